export {
  REGION_IDS,
  MERGER_DATE,
  stripDiacritics,
  foldForSearch,
  provincesOf,
  findProvince,
  successorOf,
  predecessorsOf,
  provinceName,
  regionName,
  eraOfPeriod,
  periodSpansMerger,
  resolvePlaceName,
  resolvePlaceForPeriod,
  searchProvinces,
} from './provinces.js';
export type { Province, RegionId } from './provinces.js';
export { aggregateToNewEra, SUMMABLE_UNITS } from './aggregate.js';
export type { AggregateResult } from './aggregate.js';
