/**
 * Numbers, percents, VND, units and periods in Vietnamese and English. Pure: no DOM.
 *
 * Every `Intl.NumberFormat` is made once per (locale, options) and cached: formatting the marks of a chart
 * calls these functions thousands of times.
 *
 * Spacing decisions (tested):
 * - Vietnamese writes a space before %: "111,78 %". The space is U+00A0 NO-BREAK SPACE, so the sign never
 *   wraps onto its own line; English has none: "111.78%". The sign is appended by hand rather than with
 *   `style: 'percent'`, whose spacing differs between ICU versions (Chromium's vi-VN gives "111,78%").
 * - Unit words follow the number after a normal space: "94 thuê bao/100 dân", "4 ngày",
 *   "1.341.424.606.000 đồng"; English VND puts the code first: "VND 1,341,424,606,000" (the form of
 *   Intl's `currencyDisplay: 'code'`, with a normal space).
 * - Minus signs are Intl's (U+002D HYPHEN-MINUS in both languages); a stated change always carries a sign
 *   ("+15,9 %"). Non-finite numbers format as "—".
 */
import type { Language, Period, Unit } from '../indicator/types.js';

/** Shown for NaN and ±Infinity. */
export const NOT_A_NUMBER = '—';

const NBSP = '\u00a0';

/** No-break space, used between a Vietnamese number and its % sign. */
export const PERCENT_SPACE = NBSP;

/** BCP 47 tag of a language: `vi-VN` or `en`. */
export function localeTag(lang: Language): 'vi-VN' | 'en' {
  return lang === 'en' ? 'en' : 'vi-VN';
}

const cache = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for a language and options. */
export function numberFormat(lang: Language, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const locale = localeTag(lang);
  // A hand-built key: JSON.stringify on every call showed up in profiles (labels, ticks, tables all format).
  let key = locale;
  for (const name in options) key += `|${name}=${String(options[name as keyof Intl.NumberFormatOptions])}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * The formatters of plain and signed numbers by language and decimals, looked up without building a key from
 * an options object: the marks, tables and names of a 10 000-point chart format tens of thousands of numbers,
 * and that key was a tenth of a trend's computing time.
 */
const decimalFormats = new Map<string, Intl.NumberFormat>();

function decimalFormat(lang: Language, max: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}${max}${signed ? '+' : ''}`;
  let format = decimalFormats.get(key);
  if (format === undefined) {
    const options: Intl.NumberFormatOptions = { maximumFractionDigits: max, minimumFractionDigits: 0 };
    format = numberFormat(lang, signed ? { ...options, signDisplay: 'exceptZero' } : options);
    decimalFormats.set(key, format);
  }
  return format;
}

/** The formatter of signed numbers ("+47", "-11,5", "0") with at most `decimals` fraction digits. */
export function signedFormat(lang: Language, decimals: number): Intl.NumberFormat {
  return decimalFormat(lang, clampDecimals(decimals, 2), true);
}

/** Number of cached formatters (for tests of the cache). */
export function formatterCacheSize(): number {
  return cache.size;
}

/**
 * The number of decimals a unit is shown with when the indicator does not say: 0 for `count` and `vnd`,
 * 1 for `days`, 2 for `percent` and `per-100-inhabitants`. They are maximums: trailing zeros are never shown
 * (11.7 stays "11,7", 94 stays "94").
 */
export function defaultDecimals(unit: Unit): number {
  switch (unit) {
    case 'count':
    case 'vnd':
      return 0;
    case 'days':
      return 1;
    default:
      return 2;
  }
}

function clampDecimals(decimals: number | undefined, fallback: number): number {
  if (decimals === undefined || !Number.isFinite(decimals)) return fallback;
  return Math.min(20, Math.max(0, Math.round(decimals)));
}

/** -0 prints as "-0" in Intl; a value that rounds to zero should not. */
function plain(value: number): number {
  return Object.is(value, -0) ? 0 : value;
}

/**
 * A number with grouping: `formatNumber(1447307, 'vi')` → "1.447.307", `'en'` → "1,447,307";
 * `formatNumber(111.78, 'vi')` → "111,78". `decimals` is the maximum number of fraction digits (default 2,
 * minimum 0); trailing zeros are dropped.
 */
export function formatNumber(value: number, lang: Language, decimals?: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const text = decimalFormat(lang, clampDecimals(decimals, 2), false).format(plain(value));
  return text === '-0' ? '0' : text;
}

function percentSign(lang: Language): string {
  return lang === 'en' ? '%' : `${PERCENT_SPACE}%`;
}

/**
 * A value already in percent: `formatPercent(111.78, 'vi')` → "111,78 %" (U+00A0 before %),
 * `'en'` → "111.78%". `decimals` as in {@link formatNumber} (default 2).
 */
export function formatPercent(value: number, lang: Language, decimals?: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return formatNumber(value, lang, decimals) + percentSign(lang);
}

function signed(value: number, lang: Language, decimals: number | undefined): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return signedFormat(lang, decimals ?? 2).format(plain(value));
}

/** A stated relative change, always signed: `formatSignedPercent(15.9, 'vi')` → "+15,9 %", en "+15.9%". */
export function formatSignedPercent(value: number, lang: Language, decimals?: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return signed(value, lang, decimals) + percentSign(lang);
}

/**
 * A difference of two rates, signed: `formatPercentagePoints(3.2, 'vi')` → "+3,2 điểm phần trăm",
 * en "+3.2 percentage points" ("+1 percentage point" when the shown number is 1).
 */
export function formatPercentagePoints(value: number, lang: Language, decimals?: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const number = signed(value, lang, decimals);
  if (lang !== 'en') return `${number} điểm phần trăm`;
  return `${number} ${/^[+-]?1$/.test(number) ? 'percentage point' : 'percentage points'}`;
}

/**
 * The unit's words. `short` for value labels and axis titles, `long` for sentences:
 *
 * | unit | vi short | vi long | en short | en long |
 * | --- | --- | --- | --- | --- |
 * | per-100-inhabitants | thuê bao/100 dân | thuê bao trên 100 dân | per 100 inhabitants | subscriptions per 100 inhabitants |
 * | percent | % | phần trăm | % | percent |
 * | vnd | đồng | đồng | VND | Vietnamese đồng |
 * | days | ngày | ngày | days | days |
 * | count | (empty) | (empty) | (empty) | (empty) |
 */
export function unitLabel(unit: Unit, lang: Language, form: 'short' | 'long' = 'short'): string {
  const en = lang === 'en';
  const long = form === 'long';
  switch (unit) {
    case 'per-100-inhabitants':
      if (en) return long ? 'subscriptions per 100 inhabitants' : 'per 100 inhabitants';
      return long ? 'thuê bao trên 100 dân' : 'thuê bao/100 dân';
    case 'percent':
      if (long) return en ? 'percent' : 'phần trăm';
      return '%';
    case 'vnd':
      if (en) return long ? 'Vietnamese đồng' : 'VND';
      return 'đồng';
    case 'days':
      return en ? 'days' : 'ngày';
    default:
      return '';
  }
}

/**
 * A value with its unit: "94 thuê bao/100 dân" / "94 per 100 inhabitants", "85 %" / "85%", "1.447.307",
 * "1.341.424.606.000 đồng" / "VND 1,341,424,606,000", "4 ngày" / "4 days" ("1 day").
 * `decimals` defaults to {@link defaultDecimals} of the unit.
 */
export function formatValue(value: number, unit: Unit, lang: Language, decimals?: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const d = decimals ?? defaultDecimals(unit);
  if (unit === 'percent') return formatPercent(value, lang, d);
  const number = formatNumber(value, lang, d);
  switch (unit) {
    case 'count':
      return number;
    case 'vnd':
      return lang === 'en' ? `VND ${number}` : `${number} đồng`;
    case 'days':
      return lang === 'en' && number === '1' ? '1 day' : `${number} ${unitLabel(unit, lang)}`;
    default:
      return `${number} ${unitLabel(unit, lang)}`;
  }
}

/**
 * A short number for axis ticks. Vietnamese spells the magnitude out, because Intl's short Vietnamese
 * forms ("1,34 NT", "2,5 T") are not read as words by anyone: 1341424606000 → "1,34 nghìn tỷ",
 * 2.5e9 → "2,5 tỷ", 1447307 → "1,45 triệu", 15000 → "15 nghìn". English uses the short forms: "1.34T",
 * "2.5B", "1.45M", "15K". At most 3 significant digits; values under 1,000 are plain numbers ("999", "0,25").
 * Every space of a compact form is U+00A0 ("1,34 nghìn tỷ" never breaks inside a tick label).
 */
export function formatCompact(value: number, lang: Language): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  if (Math.abs(value) < 1000) return formatNumber(value, lang, 2);
  const text = numberFormat(lang, {
    notation: 'compact',
    compactDisplay: lang === 'en' ? 'short' : 'long',
    maximumSignificantDigits: 3,
  }).format(plain(value));
  // ICU puts U+00A0 after the number and a normal space inside "nghìn tỷ"; a tick must not wrap at all.
  return text.replace(/\s/g, NBSP);
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A period: "2020"; quarter "Quý 2/2020" / "Q2 2020"; month "Tháng 6/2022" / "June 2022". A month wins
 * over a quarter when both are given. Capitalised: periods start table cells and labels.
 */
export function formatPeriod(period: Period, lang: Language): string {
  const { year, quarter, month } = period;
  if (month !== undefined && month >= 1 && month <= 12) {
    return lang === 'en' ? `${EN_MONTHS[month - 1]} ${year}` : `Tháng ${month}/${year}`;
  }
  if (quarter !== undefined && quarter >= 1 && quarter <= 4) {
    return lang === 'en' ? `Q${quarter} ${year}` : `Quý ${quarter}/${year}`;
  }
  return String(year);
}

/**
 * An ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: "2020"; "Tháng 6/2022" / "June 2022"; "24/12/2020" /
 * "24 December 2020". Anything else is returned unchanged.
 */
export function formatDate(iso: string, lang: Language): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!match) return iso;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined || month < 1 || month > 12) return month === undefined ? String(year) : iso;
  if (day === undefined) return formatPeriod({ year, month }, lang);
  if (day < 1 || day > 31) return iso;
  if (lang === 'en') return `${day} ${EN_MONTHS[month - 1]} ${year}`;
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
