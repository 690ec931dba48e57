/**
 * The runtime validator of the indicator format: unknown input in, an {@link IndicatorDataset} or a list of
 * {@link DataIssue}s out. Hand-written (no JSON Schema engine at run time: the whole library ships in a small
 * budget); `src/schema/indicator.schema.json` describes the same format for editors and other tools.
 *
 * Pure: no DOM. Never throws.
 */
import { eraOfPeriod, findProvince, periodSpansMerger, resolvePlaceName } from '../provinces/index.js';
import {
  CATEGORIES,
  ERAS,
  FORMAT_VERSION,
  MISSING_REASONS,
  QUALIFIERS,
  SCOPES,
  SERVICE_LEVELS,
  STATUSES,
  SUBSCRIPTION_TYPES,
  TIERS,
  UNITS,
  type Breakdown,
  type Change,
  type DataIssue,
  type IndicatorMeta,
  type IssueCode,
  type LocalizedText,
  type ObservationSource,
  type ParseResult,
  type Period,
  type ResolvedObservation,
  type ResolvedPlace,
} from './types.js';
import { parseVietnameseNumber } from './vi-number.js';

/** Options of the parsers and the validator. */
export interface ParseOptions {
  /**
   * Read numbers given as text the Vietnamese way (`"1.447.307"`, `"111,78"`, `"98,9 %"`) with
   * {@link parseVietnameseNumber}. Off by default: a string where a number belongs is then a `not-a-number` error.
   * Numbers given as JSON numbers are never affected.
   */
  viNumbers?: boolean;
}

/** At most this many issues are reported for one document; hostile input cannot flood the page. */
export const MAX_ISSUES = 100;

// ---------------------------------------------------------------------------------------------------
// Known fields: anything else is reported as a warning (`unknown-value`), which catches typos like "valeu".
// ---------------------------------------------------------------------------------------------------

const ROOT_KEYS = ['$schema', 'version', 'indicators', 'observations'] as const;
const INDICATOR_KEYS = [
  'id',
  'label',
  'unit',
  'decimals',
  'category',
  'definition',
  'source',
  'notes',
] as const;
const OBSERVATION_KEYS = [
  'indicator',
  'id',
  'place',
  'period',
  'asOf',
  'value',
  'missing',
  'denominator',
  'breakdown',
  'target',
  'qualifier',
  'status',
  'change',
  'label',
  'source',
  'note',
  // A validated dataset may be fed back in (filtered, say); its `index` is accepted and recomputed.
  'index',
] as const;
const PLACE_KEYS = ['code', 'era', 'name'] as const;
const PERIOD_KEYS = ['year', 'quarter', 'month'] as const;
const BREAKDOWN_KEYS = ['tier', 'perUnit', 'level', 'subscription', 'scope'] as const;
const SOURCE_KEYS = ['publisher', 'title', 'url', 'date', 'file'] as const;
const OBSERVATION_SOURCE_KEYS = [...SOURCE_KEYS, 'quote'] as const;
const TEXT_KEYS = ['vi', 'en'] as const;
const CHANGE_KEYS = {
  period: ['against', 'period', 'percent', 'valueIsChange', 'qualifier'],
  plan: ['against', 'percentOfPlan'],
  before: ['against', 'previousValue', 'label'],
} as const;
const CHANGE_AGAINST = ['period', 'plan', 'before'] as const;
const CHANGE_QUALIFIERS = ['about', 'nearly'] as const;

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const YEAR_MONTH = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(object: Json, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key) && object[key] !== undefined;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function oneOf(values: readonly (string | number)[]): string {
  return values.join(' | ');
}

/** Sets `key` only when the value is defined, so normalised objects carry no `undefined` members. */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
  /** Read Vietnamese-formatted strings (the `viNumbers` option applies to measured values, not to periods). */
  vi?: boolean;
}

/** Collects issues and reads typed values out of unknown JSON, reporting each problem with its path. */
class Reader {
  readonly issues: DataIssue[] = [];
  errors = 0;
  private readonly viNumbers: boolean;

  constructor(options: ParseOptions | undefined) {
    this.viNumbers = options?.viNumbers === true;
  }

  issue(
    code: IssueCode,
    path: string,
    got?: unknown,
    expected?: string,
    severity: DataIssue['severity'] = 'error',
  ) {
    if (severity === 'error') this.errors++;
    if (this.issues.length >= MAX_ISSUES) {
      // A full list still makes room for an error (in place of the last warning): a failed document whose list
      // held only warnings would not say why it failed.
      if (severity !== 'error') return;
      let last = this.issues.length - 1;
      while (last >= 0 && this.issues[last]!.severity !== 'warning') last--;
      if (last < 0) return;
      this.issues.splice(last, 1);
    }
    const issue: DataIssue = { code, path, severity };
    if (got !== undefined) issue.got = got;
    if (expected !== undefined) issue.expected = expected;
    this.issues.push(issue);
  }

  warn(code: IssueCode, path: string, got?: unknown, expected?: string) {
    this.issue(code, path, got, expected, 'warning');
  }

  /** Reports a required member that is absent; returns undefined so callers can use it as a value. */
  absent(path: string, expected?: string): undefined {
    this.issue('missing-field', path, undefined, expected);
    return undefined;
  }

  /** Warns about members that the format does not define. */
  knownKeys(object: Json, allowed: readonly string[], path: string) {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) this.warn('unknown-value', join(path, key), key, oneOf(allowed));
    }
  }

  object(value: unknown, path: string): Json | undefined {
    if (isRecord(value)) return value;
    this.issue('wrong-type', path, value, 'object');
    return undefined;
  }

  string(object: Json, key: string, path: string, required = false): string | undefined {
    const at = join(path, key);
    if (!has(object, key)) {
      if (required) this.issue('missing-field', at);
      return undefined;
    }
    const value = object[key];
    if (typeof value !== 'string') {
      this.issue('wrong-type', at, value, 'string');
      return undefined;
    }
    if (required && value.trim() === '') {
      this.issue('empty', at, value);
      return undefined;
    }
    return value;
  }

  pattern(object: Json, key: string, path: string, pattern: RegExp, expected: string): string | undefined {
    const value = this.string(object, key, path);
    if (value === undefined || pattern.test(value)) return value;
    this.issue('wrong-type', join(path, key), value, expected);
    return undefined;
  }

  boolean(object: Json, key: string, path: string): boolean | undefined {
    if (!has(object, key)) return undefined;
    const value = object[key];
    if (typeof value === 'boolean') return value;
    this.issue('wrong-type', join(path, key), value, 'true | false');
    return undefined;
  }

  choice<T extends string>(object: Json, key: string, path: string, allowed: readonly T[], required = false) {
    const at = join(path, key);
    if (!has(object, key)) {
      if (required) this.issue('missing-field', at, undefined, oneOf(allowed));
      return undefined;
    }
    const value = object[key];
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.issue('unknown-value', at, value, oneOf(allowed));
    return undefined;
  }

  number(
    object: Json,
    key: string,
    path: string,
    rule: NumberRule = {},
    required = false,
  ): number | undefined {
    const at = join(path, key);
    if (!has(object, key)) {
      if (required) this.issue('missing-field', at);
      return undefined;
    }
    const raw = object[key];
    let value: number | undefined;
    if (typeof raw === 'number') {
      if (!Number.isFinite(raw)) {
        this.issue('not-finite', at, raw);
        return undefined;
      }
      value = raw;
    } else if (typeof raw === 'string' && rule.vi === true && this.viNumbers) {
      value = parseVietnameseNumber(raw);
    }
    if (value === undefined) {
      this.issue('not-a-number', at, raw);
      return undefined;
    }
    if (rule.integer === true && !Number.isInteger(value)) {
      this.issue('not-an-integer', at, raw);
      return undefined;
    }
    const { min, max } = rule;
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      const expected = max === undefined ? `≥ ${min}` : min === undefined ? `≤ ${max}` : `${min}–${max}`;
      this.issue('out-of-range', at, raw, expected);
      return undefined;
    }
    return value;
  }

  /** A {@link LocalizedText}: `{ "vi": "…", "en": "…" }`, `vi` required. */
  text(value: unknown, path: string): LocalizedText | undefined {
    if (!isRecord(value)) {
      this.issue('wrong-type', path, value, '{ "vi": "…", "en": "…" }');
      return undefined;
    }
    this.knownKeys(value, TEXT_KEYS, path);
    const vi = this.string(value, 'vi', path, true);
    const en = this.string(value, 'en', path);
    if (vi === undefined) return undefined;
    const text: LocalizedText = { vi };
    put(text, 'en', en);
    return text;
  }

  /** A {@link LocalizedText} or a plain string (notes, change labels). */
  textOrString(value: unknown, path: string): LocalizedText | string | undefined {
    return typeof value === 'string' ? value : this.text(value, path);
  }

  source(value: unknown, path: string, withQuote: boolean): ObservationSource | undefined {
    const object = this.object(value, path);
    if (!object) return undefined;
    this.knownKeys(object, withQuote ? OBSERVATION_SOURCE_KEYS : SOURCE_KEYS, path);
    const source: ObservationSource = {};
    put(source, 'publisher', this.string(object, 'publisher', path));
    put(source, 'title', this.string(object, 'title', path));
    put(source, 'url', this.string(object, 'url', path));
    put(source, 'date', this.pattern(object, 'date', path, DATE, 'YYYY | YYYY-MM | YYYY-MM-DD'));
    put(source, 'file', this.string(object, 'file', path));
    if (withQuote) put(source, 'quote', this.string(object, 'quote', path));
    return source;
  }

  period(value: unknown, path: string): Period | undefined {
    const object = this.object(value, path);
    if (!object) return undefined;
    this.knownKeys(object, PERIOD_KEYS, path);
    const errors = this.errors;
    const year = this.number(object, 'year', path, { integer: true, min: 1900, max: 2100 }, true);
    const quarter = this.number(object, 'quarter', path, { integer: true, min: 1, max: 4 });
    const month = this.number(object, 'month', path, { integer: true, min: 1, max: 12 });
    if (quarter !== undefined && month !== undefined && Math.ceil(month / 3) !== quarter) {
      this.issue('out-of-range', join(path, 'month'), month, `${quarter * 3 - 2}–${quarter * 3}`);
    }
    if (year === undefined || this.errors > errors) return undefined;
    const period: Period = { year };
    put(period, 'quarter', quarter);
    put(period, 'month', month);
    return period;
  }

  /**
   * A place: `{ code, era }`, or `{ name, era? }` resolved through the provinces module in the given era, else
   * in the era the period falls in (`eraOfPeriod`). A name alongside a code must name the same unit.
   */
  place(value: unknown, path: string, period: Period | undefined): ResolvedPlace | undefined {
    const object = this.object(value, path);
    if (!object) return undefined;
    this.knownKeys(object, PLACE_KEYS, path);
    const era = this.choice(object, 'era', path, ERAS);
    const eraGiven = has(object, 'era');
    if (has(object, 'code')) {
      const code = this.string(object, 'code', path, true);
      if (!eraGiven) this.issue('missing-field', join(path, 'era'), undefined, oneOf(ERAS));
      if (code === undefined || era === undefined) return undefined;
      if (!findProvince(code, era)) {
        this.issue('unknown-place', join(path, 'code'), code, era);
        return undefined;
      }
      if (has(object, 'name')) {
        const name = this.string(object, 'name', path, true);
        if (name !== undefined && resolvePlaceName(name, era)?.code !== code) {
          this.issue('unknown-place', join(path, 'name'), name, `${code} (${era})`);
          return undefined;
        }
      }
      return { code, era };
    }
    if (!has(object, 'name')) {
      this.issue('missing-field', join(path, 'code'));
      return undefined;
    }
    const name = this.string(object, 'name', path, true);
    if (name === undefined || (eraGiven && era === undefined)) return undefined;
    // Without an era, the era of the period; when the period is already reported, there is nothing to resolve in.
    const lookupEra = era ?? (period === undefined ? undefined : eraOfPeriod(period));
    if (lookupEra === undefined) return undefined;
    let place = resolvePlaceName(name, lookupEra);
    if (era === undefined && period !== undefined && periodSpansMerger(period)) {
      // The year 2025 alone: the era is a guess (see eraOfPeriod); names of old units fall back to 2008-2025.
      place ??= resolvePlaceName(name, '2008-2025');
      if (place) this.warn('missing-field', join(path, 'era'), undefined, oneOf(ERAS));
    }
    if (!place) this.issue('unknown-place', join(path, 'name'), name, lookupEra);
    return place;
  }

  breakdown(value: unknown, path: string): Breakdown | undefined {
    const object = this.object(value, path);
    if (!object) return undefined;
    this.knownKeys(object, BREAKDOWN_KEYS, path);
    const breakdown: Breakdown = {};
    put(breakdown, 'tier', this.choice(object, 'tier', path, TIERS));
    put(breakdown, 'perUnit', this.boolean(object, 'perUnit', path));
    // Levels 1–4 may be written as numbers; they are normalised to the strings of SERVICE_LEVELS.
    const level = object['level'];
    if (typeof level === 'number' && [1, 2, 3, 4].includes(level)) breakdown.level = String(level) as '1';
    else put(breakdown, 'level', this.choice(object, 'level', path, SERVICE_LEVELS));
    put(breakdown, 'subscription', this.choice(object, 'subscription', path, SUBSCRIPTION_TYPES));
    put(breakdown, 'scope', this.choice(object, 'scope', path, SCOPES));
    return breakdown;
  }

  change(value: unknown, path: string): Change | undefined {
    const object = this.object(value, path);
    if (!object) return undefined;
    const against = this.choice(object, 'against', path, CHANGE_AGAINST, true);
    if (against === undefined) return undefined;
    this.knownKeys(object, CHANGE_KEYS[against], path);
    if (against === 'plan') {
      const percentOfPlan = this.number(object, 'percentOfPlan', path, { min: 0, vi: true }, true);
      return percentOfPlan === undefined ? undefined : { against, percentOfPlan };
    }
    if (against === 'before') {
      const previousValue = this.number(object, 'previousValue', path, { vi: true }, true);
      const label = has(object, 'label')
        ? this.textOrString(object['label'], join(path, 'label'))
        : undefined;
      if (previousValue === undefined) return undefined;
      const change: Change = { against, previousValue };
      put(change, 'label', label);
      return change;
    }
    const at = join(path, 'period');
    const period = has(object, 'period') ? this.period(object['period'], at) : this.absent(at);
    const percent = this.number(object, 'percent', path, { vi: true });
    const valueIsChange = this.boolean(object, 'valueIsChange', path);
    const qualifier = this.choice(object, 'qualifier', path, CHANGE_QUALIFIERS);
    if (period === undefined) return undefined;
    const change: Change = { against, period };
    put(change, 'percent', percent);
    put(change, 'valueIsChange', valueIsChange);
    put(change, 'qualifier', qualifier);
    return change;
  }

  indicator(value: unknown, path: string): IndicatorMeta | undefined {
    const object = this.object(value, path);
    if (!object) return undefined;
    this.knownKeys(object, INDICATOR_KEYS, path);
    const errors = this.errors;
    const id = this.string(object, 'id', path, true);
    const label = has(object, 'label')
      ? this.text(object['label'], join(path, 'label'))
      : this.absent(join(path, 'label'));
    const unit = this.choice(object, 'unit', path, UNITS, true);
    const decimals = this.number(object, 'decimals', path, { integer: true, min: 0, max: 6 });
    const category = this.choice(object, 'category', path, CATEGORIES);
    const definition = has(object, 'definition')
      ? this.text(object['definition'], join(path, 'definition'))
      : undefined;
    const source = has(object, 'source')
      ? this.source(object['source'], join(path, 'source'), false)
      : undefined;
    let notes: LocalizedText[] | undefined;
    if (has(object, 'notes')) {
      const raw = object['notes'];
      if (Array.isArray(raw)) {
        notes = [];
        raw.forEach((note, i) => {
          const text = this.text(note, `${join(path, 'notes')}[${i}]`);
          if (text) notes?.push(text);
        });
      } else {
        this.issue('wrong-type', join(path, 'notes'), raw, 'array');
      }
    }
    if (id === undefined || label === undefined || unit === undefined || this.errors > errors)
      return undefined;
    const meta: IndicatorMeta = { id, label, unit };
    put(meta, 'decimals', decimals);
    put(meta, 'category', category);
    put(meta, 'definition', definition);
    put(meta, 'source', source);
    put(meta, 'notes', notes);
    return meta;
  }
}

/** An indicator as the observations see it: its id is known even when the rest of it is invalid. */
interface IndicatorEntry {
  id: string;
  meta: IndicatorMeta | undefined;
}

/**
 * Validates a parsed indicator document (the object of `JSON.parse`, or a `data` property set from script)
 * and normalises it to an {@link IndicatorDataset}: the single-indicator shorthand becomes the full form, every
 * observation names its indicator, every place is resolved to a code and an era, and only the fields the format
 * defines are kept.
 *
 * **Policy: all or nothing.** Any error, whether in the structure of the document (`version`, `indicators`,
 * `observations`) or in a single observation (a value that is not a number, an unknown place, a null value
 * without `missing`), makes the result `{ ok: false, issues }` listing every problem found (up to
 * {@link MAX_ISSUES}), so the chart shows a visible, announced error instead of silently drawing fewer marks
 * than the editor typed. Warnings never stop the chart; they are returned with the dataset:
 * - `unknown-value`: a member the format does not define (often a typo such as `"valeu"`); it is dropped;
 * - `missing-field` on `place.era`: a place given by name for the year 2025 alone, whose era had to be guessed;
 * - `out-of-range` on `value`: a value larger than its `denominator`;
 * - `empty` on `observations`: a valid document without observations (the chart shows its empty state);
 * - `missing-reason` on `missing`: a reason given for a value that is not null (the reason is dropped).
 *
 * Checks: `version` is 1; ids of indicators and observations are unique; every observation names a known
 * indicator (it may leave `indicator` out when the document has exactly one); enumerations (unit, era, tier…);
 * year 1900–2100, quarter 1–4 (and the month inside it), month 1–12, decimals 0–6; values, targets and
 * denominators are finite and not negative (a value may be negative only when `change.valueIsChange` says it is a
 * change); counts are whole numbers unless the indicator declares `decimals`; percent values may exceed 100
 * (plans are over-achieved); a null value needs `missing`.
 *
 * Paths look like `observations[3].value` or `indicator.unit` (shorthand); the root is `""`. `got` is the
 * offending input as it was (a string stays a string, so messages can quote it); `expected` lists the allowed
 * values or the range.
 *
 * A validated {@link IndicatorDataset} is itself a valid input: its observations' `index` is accepted and recomputed.
 *
 * With `options.viNumbers`, measured values given as strings (`value`, `target`, `denominator`, `change.percent`,
 * `change.percentOfPlan`, `change.previousValue`) are read by {@link parseVietnameseNumber}.
 *
 * @example
 * const result = validateDocument(JSON.parse(text), { viNumbers: true });
 * if (result.ok) draw(result.value); else showErrors(result.issues);
 */
export function validateDocument(input: unknown, options?: ParseOptions): ParseResult {
  const read = new Reader(options);
  try {
    return validate(input, read);
  } catch (error) {
    // Only exotic input gets here (a getter that throws, a revoked proxy): still an issue, never an exception.
    read.issue('wrong-type', '', String(error));
    return { ok: false, issues: read.issues };
  }
}

function validate(input: unknown, read: Reader): ParseResult {
  if (!isRecord(input)) {
    read.issue('not-an-object', '', input, 'object');
    return { ok: false, issues: read.issues };
  }
  const shorthand = has(input, 'indicator') && !has(input, 'indicators');
  // With both `indicators` and `indicator`, the error below says so; no extra warning about `indicator`.
  read.knownKeys(input, shorthand || has(input, 'indicator') ? [...ROOT_KEYS, 'indicator'] : ROOT_KEYS, '');
  if (!has(input, 'version')) read.issue('missing-field', 'version', undefined, String(FORMAT_VERSION));
  else if (input['version'] !== FORMAT_VERSION) {
    read.issue('unsupported-version', 'version', input['version'], String(FORMAT_VERSION));
  }
  read.string(input, '$schema', '');

  // Indicators: the full form's list or the shorthand's single one.
  const entries: IndicatorEntry[] = [];
  const addIndicator = (raw: unknown, path: string) => {
    const meta = read.indicator(raw, path);
    const id = isRecord(raw) && typeof raw['id'] === 'string' ? raw['id'] : undefined;
    if (id === undefined) return;
    if (entries.some((entry) => entry.id === id)) read.issue('duplicate-id', join(path, 'id'), id);
    else entries.push({ id, meta });
  };
  if (has(input, 'indicators') && has(input, 'indicator')) {
    read.issue('ambiguous-indicator', 'indicator', input['indicator'], 'indicators');
  } else if (shorthand) {
    addIndicator(input['indicator'], 'indicator');
  } else if (!has(input, 'indicators')) {
    read.issue('missing-field', 'indicators');
  } else if (!Array.isArray(input['indicators'])) {
    read.issue('wrong-type', 'indicators', input['indicators'], 'array');
  } else if (input['indicators'].length === 0) {
    read.issue('empty', 'indicators', input['indicators']);
  } else {
    input['indicators'].forEach((raw: unknown, i) => addIndicator(raw, `indicators[${i}]`));
  }

  // Observations.
  const observations: ResolvedObservation[] = [];
  const raw = input['observations'];
  if (!has(input, 'observations')) read.issue('missing-field', 'observations');
  else if (!Array.isArray(raw)) read.issue('wrong-type', 'observations', raw, 'array');
  else if (raw.length === 0) read.warn('empty', 'observations', raw);
  else {
    const ids = new Set<string>();
    raw.forEach((item: unknown, i) => {
      const observation = readObservation(item, `observations[${i}]`, i, entries, read);
      if (!observation) return;
      if (observation.id !== undefined) {
        if (ids.has(observation.id)) read.issue('duplicate-id', `observations[${i}].id`, observation.id);
        ids.add(observation.id);
      }
      observations.push(observation);
    });
  }

  if (read.errors > 0) return { ok: false, issues: read.issues };
  const indicators = entries
    .map((entry) => entry.meta)
    .filter((meta): meta is IndicatorMeta => meta !== undefined);
  return { ok: true, value: { version: FORMAT_VERSION, indicators, observations }, warnings: read.issues };
}

/** The indicator ids for an issue's `expected`, when there are few enough to read. */
function knownIds(entries: readonly IndicatorEntry[]): string | undefined {
  return entries.length <= 10 ? oneOf(entries.map((entry) => entry.id)) : undefined;
}

function readObservation(
  value: unknown,
  path: string,
  index: number,
  entries: readonly IndicatorEntry[],
  read: Reader,
): ResolvedObservation | undefined {
  if (!isRecord(value)) {
    read.issue('not-an-object', path, value, 'object');
    return undefined;
  }
  read.knownKeys(value, OBSERVATION_KEYS, path);
  const errors = read.errors;

  // The indicator: named, or the only one of the document.
  let entry: IndicatorEntry | undefined;
  const indicatorPath = join(path, 'indicator');
  if (has(value, 'indicator')) {
    const id = read.string(value, 'indicator', path, true);
    if (id !== undefined) {
      entry = entries.find((candidate) => candidate.id === id);
      if (!entry && entries.length > 0) read.issue('unknown-indicator', indicatorPath, id, knownIds(entries));
    }
  } else if (entries.length === 1) {
    entry = entries[0];
  } else if (entries.length > 1) {
    read.issue('ambiguous-indicator', indicatorPath, undefined, knownIds(entries));
  }
  const meta = entry?.meta;

  const id = has(value, 'id') ? read.string(value, 'id', path, true) : undefined;
  const period = has(value, 'period')
    ? read.period(value['period'], join(path, 'period'))
    : read.absent(join(path, 'period'));
  const place = has(value, 'place')
    ? read.place(value['place'], join(path, 'place'), period)
    : read.absent(join(path, 'place'));
  const asOf = read.pattern(value, 'asOf', path, YEAR_MONTH, 'YYYY | YYYY-MM');
  const change = has(value, 'change') ? read.change(value['change'], join(path, 'change')) : undefined;
  const valueIsChange = change?.against === 'period' && change.valueIsChange === true;

  // The value: a number, or null with a reason.
  const valuePath = join(path, 'value');
  const missing = read.choice(value, 'missing', path, MISSING_REASONS);
  let measured: number | null | undefined;
  if (!Object.prototype.hasOwnProperty.call(value, 'value') || value['value'] === undefined) {
    read.issue('missing-field', valuePath);
  } else if (value['value'] === null) {
    measured = null;
    if (!has(value, 'missing'))
      read.issue('missing-reason', join(path, 'missing'), null, oneOf(MISSING_REASONS));
  } else {
    measured = read.number(value, 'value', path, { vi: true, min: valueIsChange ? undefined : 0 });
    if (
      measured !== undefined &&
      meta?.unit === 'count' &&
      meta.decimals === undefined &&
      !Number.isInteger(measured)
    ) {
      read.issue('not-an-integer', valuePath, value['value']);
    }
    if (missing !== undefined) read.warn('missing-reason', join(path, 'missing'), missing);
  }
  const denominator = read.number(value, 'denominator', path, { vi: true, min: Number.MIN_VALUE });
  if (typeof measured === 'number' && denominator !== undefined && measured > denominator) {
    read.warn('out-of-range', valuePath, value['value'], `≤ ${denominator}`);
  }
  const target = read.number(value, 'target', path, { vi: true, min: 0 });
  const breakdown = has(value, 'breakdown')
    ? read.breakdown(value['breakdown'], join(path, 'breakdown'))
    : undefined;
  const qualifier = read.choice(value, 'qualifier', path, QUALIFIERS);
  const status = read.choice(value, 'status', path, STATUSES);
  const label = has(value, 'label') ? read.text(value['label'], join(path, 'label')) : undefined;
  const source = has(value, 'source') ? read.source(value['source'], join(path, 'source'), true) : undefined;
  const note = has(value, 'note') ? read.textOrString(value['note'], join(path, 'note')) : undefined;

  if (read.errors > errors || !entry || !place || !period || measured === undefined) return undefined;
  const observation: ResolvedObservation = { indicator: entry.id, place, period, value: measured, index };
  put(observation, 'id', id);
  put(observation, 'asOf', asOf);
  if (measured === null) put(observation, 'missing', missing);
  put(observation, 'denominator', denominator);
  put(observation, 'breakdown', breakdown);
  put(observation, 'target', target);
  put(observation, 'qualifier', qualifier);
  put(observation, 'status', status);
  put(observation, 'change', change);
  put(observation, 'label', label);
  put(observation, 'source', source);
  put(observation, 'note', note);
  return observation;
}
