export {
  NOT_A_NUMBER,
  PERCENT_SPACE,
  localeTag,
  numberFormat,
  formatterCacheSize,
  defaultDecimals,
  formatNumber,
  formatPercent,
  formatSignedPercent,
  formatPercentagePoints,
  unitLabel,
  formatValue,
  formatCompact,
  formatPeriod,
  formatDate,
} from './format.js';
// Place names are formatted too; re-exported so a summary needs one import.
export { provinceName, regionName } from '../provinces/provinces.js';
export { formatMarkValue, tickFormatter } from './marks.js';
