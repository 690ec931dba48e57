export {
  changeText,
  decimalsOf,
  directionOf,
  isYearOnly,
  localized,
  lowerFirst,
  moveText,
  observationName,
  periodInline,
  periodKey,
  periodOrder,
  seriesLabel,
  upperFirst,
  valueText,
} from './labels.js';
export { MAX_DETAILS, MAX_SOURCES, sourceText, summarize } from './summary.js';
export type { SummaryInput } from './summary.js';
export { tableModel } from './table.js';
export type { TableColumnModel, TableModelResult, TableRowModel } from './table.js';
export {
  VALUE_SORTS,
  isHighlighted,
  observationKey,
  observationLabeller,
  pickIndicator,
  sortObservations,
} from './observations.js';
export type { ValueSort } from './observations.js';
