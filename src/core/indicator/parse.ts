/**
 * Parsers of the two text forms of indicator data: JSON (the format itself) and CSV (one row per observation,
 * the indicator's metadata repeated or left blank after its first row). Both end in {@link validateDocument}.
 *
 * Pure: no DOM. Never throws.
 */
import { csvParseRows } from 'd3-dsv';
import type { DataIssue, ParseResult } from './types.js';
import { validateDocument, type ParseOptions } from './validate.js';

export { validateDocument };
export type { ParseOptions };

/**
 * Parses JSON text and validates it with {@link validateDocument}. A byte-order mark is ignored.
 *
 * Invalid JSON gives one `invalid-json` issue whose `path` is the position of the error as `line:column`
 * (1-based, e.g. `"3:14"`; `""` when the browser does not tell) and whose `got` is the text around it
 * (at most 40 characters). Empty text gives an `empty` issue.
 *
 * @example
 * const result = parseJsonText(script.textContent ?? '', { viNumbers: true });
 */
export function parseJsonText(text: string, options?: ParseOptions): ParseResult {
  const source = String(text).replace(/^\uFEFF/, '');
  if (source.trim() === '') return failure({ code: 'empty', path: '', severity: 'error' });
  let input: unknown;
  try {
    input = JSON.parse(source);
  } catch (error) {
    return failure(jsonIssue(source, error));
  }
  return validateDocument(input, options);
}

/** The `invalid-json` issue for a `JSON.parse` error, located by the engine's message where it gives one. */
function jsonIssue(text: string, error: unknown): DataIssue {
  const message = error instanceof Error ? error.message : String(error);
  let offset: number | undefined;
  const position = /position (\d+)/.exec(message); // Chromium: "… in JSON at position 42 (line 3 column 5)"
  const lineColumn = /line (\d+) column (\d+)/.exec(message); // Firefox: "… at line 3 column 5 of the JSON data"
  if (position) offset = Number(position[1]);
  else if (lineColumn) offset = offsetOf(text, Number(lineColumn[1]), Number(lineColumn[2]));
  else offset = jsonErrorOffset(text); // WebKit: "JSON Parse error: Expected ']'", no position
  if (offset === undefined) return { code: 'invalid-json', path: '', severity: 'error' };
  offset = Math.min(Math.max(offset, 0), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return {
    code: 'invalid-json',
    path: `${line}:${column}`,
    got: errorContext(text, offset),
    severity: 'error',
  };
}

/** Characters a word is made of: the context never starts or ends inside one. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}_$.+-]/u;

/**
 * The text around `offset` on its line, for an error message: about `reach` characters each side, cut at word
 * edges (never "rsion": 1"), white space collapsed, "…" where the line goes on.
 *
 * @example errorContext('{"version": 1, oops }', 15, 5) // '…: 1, oops…'
 */
export function errorContext(text: string, offset: number, reach = 20): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const inWord = (i: number) => WORD_CHAR.test(text.charAt(i - 1)) && WORD_CHAR.test(text.charAt(i));
  // A cut word is dropped, unless the error is inside it (one long word: then it is cut).
  let from = Math.max(lineStart, offset - reach);
  const firstFrom = from;
  while (from > lineStart && from < offset && inWord(from)) from++;
  if (from === offset && offset > firstFrom) from = firstFrom;
  let to = Math.min(lineEnd, offset + reach);
  const firstTo = to;
  while (to < lineEnd && to > offset && inWord(to)) to--;
  if (to === offset && firstTo > offset) to = firstTo;
  const middle = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${middle}${to < lineEnd ? '…' : ''}`;
}

// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const JSON_STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const JSON_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * The offset of the first syntax error in JSON text, found by a small scanner, for engines whose `JSON.parse`
 * messages give no position. Undefined when the scanner finds none (or the nesting is too deep to scan).
 * @internal exported for tests
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const token = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (match) i += match[0].length;
    return match !== null;
  };
  const list = (close: string, member: () => boolean): boolean => {
    i++;
    space();
    for (let first = true; ; first = false) {
      if (text.charAt(i) === close && first) {
        i++;
        return true;
      }
      if (!member()) return false;
      space();
      if (text.charAt(i) === close) {
        i++;
        return true;
      }
      if (text.charAt(i) !== ',') return false;
      i++;
      space();
    }
  };
  const value = (): boolean => {
    space();
    const c = text.charAt(i);
    if (c === '{') {
      return list('}', () => {
        if (!token(JSON_STRING)) return false;
        space();
        if (text.charAt(i) !== ':') return false;
        i++;
        return value();
      });
    }
    if (c === '[') return list(']', value);
    return token(c === '"' ? JSON_STRING : JSON_LITERAL);
  };
  try {
    if (!value()) return i;
    space();
    return i < text.length ? i : undefined;
  } catch {
    return undefined; // too deep for the stack
  }
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

function failure(issue: DataIssue): ParseResult {
  return { ok: false, issues: [issue] };
}

// ---------------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------------

/**
 * The CSV columns, in the order the documentation lists them. Names are matched case-insensitively after
 * trimming. Indicator columns (the first six) may be repeated on every row or filled once, on the first row of
 * that indicator.
 */
export const CSV_COLUMNS = [
  'indicator',
  'indicator_label_vi',
  'indicator_label_en',
  'unit',
  'decimals',
  'category',
  'id',
  'province_code',
  'era',
  'province',
  'year',
  'quarter',
  'month',
  'as_of',
  'value',
  'missing',
  'denominator',
  'target',
  'tier',
  'per_unit',
  'level',
  'subscription',
  'scope',
  'qualifier',
  'status',
  'note',
  'source_publisher',
  'source_title',
  'source_url',
  'source_date',
  'quote',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const REQUIRED_COLUMNS = ['indicator', 'indicator_label_vi', 'unit', 'year', 'value'] as const;
const INDICATOR_COLUMNS = [
  'indicator_label_vi',
  'indicator_label_en',
  'unit',
  'decimals',
  'category',
] as const;

/** Where a member of an observation comes from in a CSV row; anything else maps to the row itself. */
const OBSERVATION_COLUMN: Record<string, CsvColumn> = {
  indicator: 'indicator',
  id: 'id',
  place: 'province',
  'place.code': 'province_code',
  'place.name': 'province',
  'place.era': 'era',
  period: 'year',
  'period.year': 'year',
  'period.quarter': 'quarter',
  'period.month': 'month',
  asOf: 'as_of',
  value: 'value',
  missing: 'missing',
  denominator: 'denominator',
  target: 'target',
  'breakdown.tier': 'tier',
  'breakdown.perUnit': 'per_unit',
  'breakdown.level': 'level',
  'breakdown.subscription': 'subscription',
  'breakdown.scope': 'scope',
  qualifier: 'qualifier',
  status: 'status',
  note: 'note',
  'source.publisher': 'source_publisher',
  'source.title': 'source_title',
  'source.url': 'source_url',
  'source.date': 'source_date',
  'source.quote': 'quote',
};

const INDICATOR_COLUMN: Record<string, CsvColumn> = {
  id: 'indicator',
  label: 'indicator_label_vi',
  'label.vi': 'indicator_label_vi',
  'label.en': 'indicator_label_en',
  unit: 'unit',
  decimals: 'decimals',
  category: 'category',
};

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE = ['true', '1', 'yes', 'có'];
const FALSE = ['false', '0', 'no', 'không'];

type Json = Record<string, unknown>;

/** Where each indicator's metadata was read: its first row, and the row of each column filled later. */
interface IndicatorRows {
  first: number;
  columns: Partial<Record<CsvColumn, number>>;
}

/**
 * Parses CSV text (comma-separated, RFC 4180 quoting, first line the header; parsed with d3-dsv) into an
 * indicator document, one observation per row, and validates it with {@link validateDocument}.
 *
 * Columns ({@link CSV_COLUMNS}): `indicator`, `indicator_label_vi`, `indicator_label_en`, `unit`, `decimals`,
 * `category` (the indicator; repeated or filled on its first row only), `id`, `province_code` + `era` or
 * `province` (a name), `year`, `quarter`, `month`, `as_of`, `value` (empty = null, then `missing` is needed),
 * `missing`, `denominator`, `target`, `tier`, `per_unit` (`true`/`false`), `level`, `subscription`, `scope`,
 * `qualifier`, `status`, `note`, `source_publisher`, `source_title`, `source_url`, `source_date`, `quote`.
 * Required: `indicator`, `indicator_label_vi`, `unit`, `year`, `value`, and `province_code` or `province`.
 * Empty cells are absent values.
 *
 * Issue paths name the spreadsheet row (the header is row 1) and the column: `rows[5].value`. Unknown columns
 * give a warning on the header (`rows[1].colour`); a row with more cells than the header a `csv-parse` error; a
 * later row that contradicts an indicator's metadata an `ambiguous-indicator` error on that cell.
 *
 * Numbers in cells are read as plain decimals (`1447307`, `11.7`); with `options.viNumbers`, measured values
 * are read the Vietnamese way instead (`1.447.307`, `11,7`).
 *
 * @example
 * parseIndicatorCsv('indicator,indicator_label_vi,unit,province,year,value\nphone_per_100,Mật độ,per-100-inhabitants,Hà Tĩnh,2020,94');
 */
export function parseIndicatorCsv(text: string, options?: ParseOptions): ParseResult {
  const rows = csvParseRows(String(text).replace(/^\uFEFF/, ''));
  const issues: DataIssue[] = [];
  const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const dataRows = rows.slice(1);
  if (header.every((name) => name === '') || dataRows.every(isBlank)) {
    return failure({ code: 'empty', path: '', severity: 'error' });
  }

  // The header: known columns by position, unknown ones warned about, required ones checked.
  const known = CSV_COLUMNS as readonly string[];
  header.forEach((name) => {
    if (name !== '' && !known.includes(name)) {
      issues.push({
        code: 'unknown-value',
        path: `rows[1].${name}`,
        got: name,
        expected: known.join(' | '),
        severity: 'warning',
      });
    }
  });
  const missingColumns: string[] = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (!header.includes('province_code') && !header.includes('province')) missingColumns.push('province');
  for (const column of missingColumns) {
    issues.push({ code: 'missing-field', path: `rows[1].${column}`, severity: 'error' });
  }
  if (missingColumns.length > 0) return { ok: false, issues };

  // Rows → a document.
  const indicators: Json[] = [];
  const indicatorRows: IndicatorRows[] = [];
  const observations: Json[] = [];
  const observationRows: number[] = [];
  dataRows.forEach((cells, i) => {
    const row = i + 2;
    if (isBlank(cells)) return;
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      issues.push({
        code: 'csv-parse',
        path: `rows[${row}]`,
        got: cells.length,
        expected: `≤ ${header.length}`,
        severity: 'error',
      });
    }
    const cell = (column: CsvColumn): string => {
      const at = header.indexOf(column);
      return at === -1 ? '' : (cells[at] ?? '').trim();
    };
    const id = cell('indicator');
    if (id === '') {
      issues.push({ code: 'missing-field', path: `rows[${row}].indicator`, severity: 'error' });
      return;
    }
    let k = indicators.findIndex((meta) => meta['id'] === id);
    if (k === -1) {
      k = indicators.push({ id, label: {} }) - 1;
      indicatorRows.push({ first: row, columns: {} });
    }
    const meta = indicators[k] as Json;
    const metaRows = indicatorRows[k] as IndicatorRows;
    for (const column of INDICATOR_COLUMNS) {
      const value = cell(column);
      if (value === '') continue;
      const before = metaRows.columns[column];
      if (before === undefined) {
        metaRows.columns[column] = row;
        setIndicatorColumn(meta, column, value);
      } else if (value !== cellAt(dataRows[before - 2], header, column)) {
        issues.push({
          code: 'ambiguous-indicator',
          path: `rows[${row}].${column}`,
          got: value,
          expected: cellAt(dataRows[before - 2], header, column),
          severity: 'error',
        });
      }
    }
    observations.push(observationOf(cell, options?.viNumbers === true));
    observationRows.push(row);
  });

  // Validation, with the paths of the document mapped back to rows and columns.
  const result = validateDocument({ version: 1, indicators, observations }, options);
  const where = (path: string): string => csvPath(path, observationRows, indicatorRows);
  const found = (result.ok ? result.warnings : result.issues).map((issue) => ({
    ...issue,
    path: where(issue.path),
  }));
  const all = [...issues, ...found];
  if (!result.ok || all.some((issue) => issue.severity === 'error')) return { ok: false, issues: all };
  return { ok: true, value: result.value, warnings: all };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function cellAt(cells: readonly string[] | undefined, header: readonly string[], column: CsvColumn): string {
  const at = header.indexOf(column);
  return at === -1 ? '' : (cells?.[at] ?? '').trim();
}

function setIndicatorColumn(meta: Json, column: (typeof INDICATOR_COLUMNS)[number], value: string): void {
  const label = meta['label'] as Json;
  if (column === 'indicator_label_vi') label['vi'] = value;
  else if (column === 'indicator_label_en') label['en'] = value;
  else if (column === 'decimals') meta['decimals'] = integerCell(value);
  else meta[column] = value;
}

/** One row as an observation of the format; cells are converted where the text is unambiguous. */
function observationOf(cell: (column: CsvColumn) => string, viNumbers: boolean): Json {
  const observation: Json = { indicator: cell('indicator') };
  const set = (target: Json, key: string, value: unknown) => {
    if (value !== '' && value !== undefined) target[key] = value;
  };
  const measured = (text: string): unknown => {
    if (text === '') return undefined;
    // With viNumbers the validator reads the text the Vietnamese way ("1.500" is 1500, not 1.5).
    return viNumbers || !PLAIN_NUMBER.test(text) ? text : Number(text);
  };
  set(observation, 'id', cell('id'));
  const place: Json = {};
  set(place, 'code', cell('province_code'));
  set(place, 'name', cell('province'));
  set(place, 'era', cell('era'));
  if (Object.keys(place).length > 0) observation['place'] = place;
  const period: Json = {};
  set(period, 'year', integerCell(cell('year')));
  set(period, 'quarter', integerCell(cell('quarter')));
  set(period, 'month', integerCell(cell('month')));
  observation['period'] = period;
  set(observation, 'asOf', cell('as_of'));
  const value = cell('value');
  observation['value'] = value === '' ? null : measured(value);
  set(observation, 'missing', cell('missing'));
  set(observation, 'denominator', measured(cell('denominator')));
  set(observation, 'target', measured(cell('target')));
  const breakdown: Json = {};
  set(breakdown, 'tier', cell('tier'));
  set(breakdown, 'perUnit', booleanCell(cell('per_unit')));
  set(breakdown, 'level', cell('level'));
  set(breakdown, 'subscription', cell('subscription'));
  set(breakdown, 'scope', cell('scope'));
  if (Object.keys(breakdown).length > 0) observation['breakdown'] = breakdown;
  set(observation, 'qualifier', cell('qualifier'));
  set(observation, 'status', cell('status'));
  set(observation, 'note', cell('note'));
  const source: Json = {};
  set(source, 'publisher', cell('source_publisher'));
  set(source, 'title', cell('source_title'));
  set(source, 'url', cell('source_url'));
  set(source, 'date', cell('source_date'));
  set(source, 'quote', cell('quote'));
  if (Object.keys(source).length > 0) observation['source'] = source;
  return observation;
}

/** Whole numbers become numbers, other numbers too (the validator says they are not whole); the rest stays text. */
function integerCell(text: string): unknown {
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}

function booleanCell(text: string): unknown {
  const folded = text.toLowerCase();
  if (TRUE.includes(folded)) return true;
  if (FALSE.includes(folded)) return false;
  return text;
}

/** Maps a path of the document built from the CSV (`observations[3].period.year`) to its cell (`rows[5].year`). */
function csvPath(
  path: string,
  observationRows: readonly number[],
  indicatorRows: readonly IndicatorRows[],
): string {
  const observation = /^observations\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (observation) {
    const row = observationRows[Number(observation[1])];
    const member = observation[2];
    const column = member === undefined ? undefined : OBSERVATION_COLUMN[member];
    return column === undefined ? `rows[${row}]` : `rows[${row}].${column}`;
  }
  const indicator = /^indicators\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (indicator) {
    const rows = indicatorRows[Number(indicator[1])];
    const member = indicator[2];
    const column = member === undefined ? undefined : INDICATOR_COLUMN[member];
    if (!rows) return '';
    const row = column === undefined ? rows.first : (rows.columns[column] ?? rows.first);
    return column === undefined ? `rows[${row}]` : `rows[${row}].${column}`;
  }
  return path === 'observations' || path === 'indicators' ? '' : path;
}
