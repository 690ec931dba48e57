/**
 * Names and short texts of observations: the accessible name of a mark, series labels, a value with its
 * qualifier and status, and what the source says about a change. Every number goes through
 * `src/core/format`; every word comes from the i18n catalogue. Pure: no DOM.
 */
import {
  defaultDecimals,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatValue,
  localeTag,
  provinceName,
} from '../format/index.js';
import { messages, type Direction, type Messages } from '../i18n/messages.js';
import type {
  Breakdown,
  IndicatorMeta,
  Language,
  LocalizedText,
  Period,
  ResolvedObservation,
} from '../indicator/types.js';

/** A text in `lang`: `en` falls back to `vi`; a plain string is used as is; undefined gives "". */
export function localized(text: LocalizedText | string | undefined, lang: Language): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.vi;
}

/** First words that keep their capital inside a sentence. */
const PROPER_WORDS: ReadonlySet<string> = new Set([
  'Internet',
  'Communist',
  'Party',
  'Prime',
  'Vietnam',
  'Vietnamese',
  'Đảng',
]);

/**
 * The text with its first letter in lower case, for use inside a sentence ("Mật độ…" → "mật độ…").
 * A first word whose second character is a capital or a digit is an acronym and stays ("BTS", "TP.", "4G"),
 * and so do a few proper words ("Internet", "Communist Party", "Đảng").
 */
export function lowerFirst(text: string, lang: Language): string {
  // Cached: the same few labels are lowered for every mark, row and sentence (7–17 ms per chart in profiles).
  const key = `${lang}\u0000${text}`;
  let out = lowerFirstCache.get(key);
  if (out === undefined) {
    out = lowerFirstUncached(text, lang);
    if (lowerFirstCache.size >= 2000) lowerFirstCache.clear();
    lowerFirstCache.set(key, out);
  }
  return out;
}

const lowerFirstCache = new Map<string, string>();

function lowerFirstUncached(text: string, lang: Language): string {
  const chars = text[Symbol.iterator]();
  const first = chars.next().value;
  const second = chars.next().value;
  if (first === undefined) return text;
  if (second !== undefined && /[\p{Lu}\p{N}]/u.test(second)) return text;
  if (PROPER_WORDS.has(text.split(/[\s,.;:()/]/, 1)[0] ?? '')) return text;
  return first.toLocaleLowerCase(localeTag(lang)) + text.slice(first.length);
}

/** The text with its first letter in upper case, for the start of a sentence. */
export function upperFirst(text: string, lang: Language): string {
  const chars = Array.from(text);
  const first = chars[0];
  return first === undefined ? text : first.toLocaleUpperCase(localeTag(lang)) + chars.slice(1).join('');
}

/** True when the period is a year only (no quarter or month). */
export function isYearOnly(period: Period): boolean {
  return period.quarter === undefined && period.month === undefined;
}

/** A key equal for equal periods: "2020", "2020-Q2", "2020-M06". */
export function periodKey(period: Period): string {
  if (period.month !== undefined) return `${period.year}-M${String(period.month).padStart(2, '0')}`;
  if (period.quarter !== undefined) return `${period.year}-Q${period.quarter}`;
  return String(period.year);
}

/** A number that orders periods in time (a year sorts with its first month). */
export function periodOrder(period: Period): number {
  const month = period.month ?? (period.quarter === undefined ? 1 : period.quarter * 3 - 2);
  return period.year * 12 + (month - 1);
}

/** A period inside a sentence or name: "2020", "quý 2/2020" (vi lower case), "Q2 2020", "June 2022". */
export function periodInline(period: Period, lang: Language): string {
  const text = formatPeriod(period, lang);
  return lang === 'en' ? text : lowerFirst(text, lang);
}

/**
 * The label of a breakdown, its parts joined by commas: "Băng rộng cố định", "Cấp xã, mỗi xã",
 * "Cấp tỉnh, mức độ 3" / "Province level, level 3". Empty when there is no breakdown.
 */
export function seriesLabel(
  breakdown: Breakdown | undefined,
  lang: Language,
  catalogue: Messages = messages(lang),
): string {
  if (!breakdown) return '';
  const parts: string[] = [];
  if (breakdown.tier !== undefined) {
    const tier = catalogue.tiers[breakdown.tier];
    parts.push(
      breakdown.perUnit ? catalogue.phrases.tierPerUnit(tier, catalogue.perUnit[breakdown.tier]) : tier,
    );
  } else if (breakdown.perUnit) {
    parts.push(catalogue.perUnit.all);
  }
  if (breakdown.level !== undefined) parts.push(catalogue.levels[breakdown.level]);
  if (breakdown.subscription !== undefined) parts.push(catalogue.subscriptions[breakdown.subscription]);
  if (breakdown.scope !== undefined) parts.push(catalogue.scopes[breakdown.scope]);
  return parts.map((part, i) => (i === 0 ? upperFirst(part, lang) : lowerFirst(part, lang))).join(', ');
}

/** The decimals values of the indicator are shown with. */
export function decimalsOf(indicator: IndicatorMeta): number {
  return indicator.decimals ?? defaultDecimals(indicator.unit);
}

/**
 * The value of an observation as said in names and sentences: the number with its unit, the qualifier
 * before it and a status other than `actual` after it ("trên 80", "2.850.000.000.000 đồng (ước đạt)",
 * "129/129"); a missing value gives the missing phrase ("không có số liệu", "không áp dụng").
 */
export function valueText(
  obs: ResolvedObservation,
  indicator: IndicatorMeta,
  lang: Language,
  catalogue: Messages = messages(lang),
): string {
  if (obs.value === null) return catalogue.missing[obs.missing ?? 'not-available'];
  let text =
    indicator.unit === 'count' && obs.denominator !== undefined
      ? `${formatNumber(obs.value, lang, decimalsOf(indicator))}/${formatNumber(obs.denominator, lang, decimalsOf(indicator))}`
      : formatValue(obs.value, indicator.unit, lang, indicator.decimals);
  if (obs.qualifier !== undefined)
    text = catalogue.phrases.withQualifier(text, catalogue.qualifiers[obs.qualifier]);
  if (obs.status !== undefined && obs.status !== 'actual') {
    text = catalogue.phrases.withStatus(text, catalogue.statuses[obs.status]);
  }
  return text;
}

/** The direction of a move, judged on the values as shown (rounded to `decimals`). */
export function directionOf(from: number, to: number, decimals: number): Direction {
  const scale = 10 ** Math.min(decimals, 12);
  const a = Math.round(from * scale);
  const b = Math.round(to * scale);
  return a === b ? 'flat' : b > a ? 'up' : 'down';
}

/**
 * A move between two values of the indicator: "tăng từ 80 lên 94 thuê bao/100 dân", "giảm từ 15 xuống
 * 4 ngày", "từ 80 % lên 83,2 %" (percent and English VND carry the unit on both values), "không đổi, ở mức
 * 4 ngày". With `label`, the first value is named: "giảm từ 15 ngày (trước khi đơn giản hóa) xuống 4 ngày".
 */
export function moveText(
  from: number,
  to: number,
  indicator: IndicatorMeta,
  lang: Language,
  catalogue: Messages = messages(lang),
  label = '',
): string {
  const { unit } = indicator;
  const decimals = decimalsOf(indicator);
  const toText = formatValue(to, unit, lang, indicator.decimals);
  const fromFull = formatValue(from, unit, lang, indicator.decimals);
  // A unit written after the number is said once, after the second value ("từ 15 xuống 4 ngày").
  const trailing = unit !== 'percent' && !(unit === 'vnd' && lang === 'en');
  const fromText = label
    ? catalogue.phrases.beforeLabel(fromFull, label)
    : trailing
      ? formatNumber(from, lang, decimals)
      : fromFull;
  return catalogue.phrases.fromTo(fromText, toText, directionOf(from, to, decimals));
}

/**
 * What the source states about a change of this observation, worded as stated, or undefined when it
 * states none that can be said:
 * - against a period: "tăng 15,9 % so với năm 2019" / "up 15.9% from 2019" (with "khoảng"/"gần" when the
 *   source hedges); when the value itself is the change, that value is the change ("tăng 9,1 %");
 * - against the plan: "đạt 111,78 % kế hoạch" / "111.78% of the plan achieved";
 * - against a before state: "giảm từ 15 xuống 4 ngày" / "down from 15 to 4 days", with the before state's
 *   label when given ("giảm từ 15 ngày (trước khi đơn giản hóa) xuống 4 ngày").
 * Nothing is computed except the direction of a before/after move.
 */
export function changeText(
  obs: ResolvedObservation,
  indicator: IndicatorMeta,
  lang: Language,
  catalogue: Messages = messages(lang),
): string | undefined {
  const change = obs.change;
  if (!change) return undefined;
  const { phrases } = catalogue;
  switch (change.against) {
    case 'period': {
      const against = phrases.against(periodInline(change.period, lang), isYearOnly(change.period));
      const qualifier = change.qualifier === undefined ? undefined : catalogue.qualifiers[change.qualifier];
      if (change.valueIsChange) {
        if (obs.value === null) return undefined;
        const size = formatValue(Math.abs(obs.value), indicator.unit, lang, indicator.decimals);
        return phrases.statedChange(
          size,
          directionOf(0, obs.value, decimalsOf(indicator)),
          against,
          qualifier,
        );
      }
      if (change.percent === undefined) return undefined;
      const percent = formatPercent(Math.abs(change.percent), lang);
      return phrases.statedChange(percent, directionOf(0, change.percent, 2), against, qualifier);
    }
    case 'plan':
      return phrases.ofPlan(formatPercent(change.percentOfPlan, lang));
    case 'before':
      if (obs.value === null) return undefined;
      return moveText(
        change.previousValue,
        obs.value,
        indicator,
        lang,
        catalogue,
        localized(change.label, lang),
      );
    default:
      return undefined;
  }
}

/**
 * The accessible name of one mark, one sentence a screen reader reads well:
 * "Hà Tĩnh, 2020, thuê bao điện thoại: 94 thuê bao/100 dân" /
 * "Ha Tinh, 2020, telephone subscriptions: 94 per 100 inhabitants".
 * - the place in the language (Vietnamese name in vi, English name in en);
 * - what: the observation's own label when it has one, else the indicator's label followed by the series
 *   in brackets when the observation has a breakdown ("…: băng rộng cố định");
 * - the value as {@link valueText} says it (qualifier, status, or "không có số liệu");
 * - with `position` (`index` 0-based), ", 3/12" is added.
 */
export function observationName(
  obs: ResolvedObservation,
  indicator: IndicatorMeta,
  lang: Language,
  position?: { index: number; count: number },
  catalogue: Messages = messages(lang),
): string {
  let what = lowerFirst(localized(obs.label ?? indicator.label, lang), lang);
  if (obs.label === undefined) {
    const series = seriesLabel(obs.breakdown, lang, catalogue);
    if (series) what = catalogue.name.withSeries(what, lowerFirst(series, lang));
  }
  const name = catalogue.name.observation(
    provinceName(obs.place, lang),
    periodInline(obs.period, lang),
    what,
    valueText(obs, indicator, lang, catalogue),
  );
  if (!position) return name;
  return (
    name +
    catalogue.name.position(formatNumber(position.index + 1, lang, 0), formatNumber(position.count, lang, 0))
  );
}
