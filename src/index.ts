/**
 * ict-charts: accessible, bilingual chart web components for ICT indicators.
 *
 * Importing this module registers every element (harmless when another copy of the library already
 * did). To register one element only, import its entry instead: `ict-charts/bar-chart`.
 */
import './elements/bar-chart/define.js';
import './elements/coverage/define.js';
import './elements/egov-level/define.js';
import './elements/indicator-trend/define.js';
import './elements/province-compare/define.js';
import './elements/province-map/define.js';
import './elements/subscriber-density/define.js';
export { IctBarChart } from './elements/bar-chart/bar-chart.js';
export { IctCoverage } from './elements/coverage/coverage.js';
export { IctEgovLevel } from './elements/egov-level/egov-level.js';
export { IctIndicatorTrend } from './elements/indicator-trend/indicator-trend.js';
export { IctProvinceCompare } from './elements/province-compare/province-compare.js';
export { IctProvinceMap } from './elements/province-map/province-map.js';
export { IctSubscriberDensity } from './elements/subscriber-density/subscriber-density.js';

export {
  IctSelectEvent,
  IctFocusMarkEvent,
  IctDataLoadEvent,
  IctDataErrorEvent,
  type IctMarkDetail,
  type IctDataLoadDetail,
  type IctDataErrorDetail,
} from './chart/events.js';

// The data contract: types, validation and parsing, the Vietnamese-number helper.
export * from './core/indicator/index.js';

// The built-in province list of both eras and the 63 → 34 roll-up.
export {
  REGION_IDS,
  MERGER_DATE,
  provincesOf,
  findProvince,
  successorOf,
  predecessorsOf,
  provinceName,
  regionName,
  eraOfPeriod,
  resolvePlaceName,
  searchProvinces,
  foldForSearch,
  aggregateToNewEra,
  type Province,
  type RegionId,
  type AggregateResult,
} from './core/provinces/index.js';

// Number, unit and period formatting for vi-VN and en, the way the charts do it.
export {
  formatNumber,
  formatPercent,
  formatSignedPercent,
  formatPercentagePoints,
  formatValue,
  formatCompact,
  formatPeriod,
  formatDate,
  unitLabel,
} from './core/format/index.js';

// Text catalogues (every string is overridable) and generated descriptions.
export { messages, describeIssue, type Messages, type MessageOverrides } from './core/i18n/index.js';
export { uiStrings, type UiStrings, type UiStringOverrides } from './chart/i18n/ui.js';
export { summarize, tableModel, observationName } from './core/describe/index.js';
