export * from './types.js';
export { parseVietnameseNumber } from './vi-number.js';
export { validateDocument, MAX_ISSUES } from './validate.js';
export type { ParseOptions } from './validate.js';
export { parseJsonText, parseIndicatorCsv, CSV_COLUMNS } from './parse.js';
export type { CsvColumn } from './parse.js';
