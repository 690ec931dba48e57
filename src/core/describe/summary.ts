/**
 * The generated text summary of a chart (ACCESSIBILITY rows 4, 8, 34, 35, 40): short sentences saying
 * what is measured and in which unit, the period, the extremes with their names, the trend of a single
 * series, what the source states about changes, the highlighted place's rank, missing values, and the
 * source. Only what is in the data is said; every number is formatted by `src/core/format`. Pure: no DOM.
 */
import {
  formatDate,
  formatNumber,
  formatPercentagePoints,
  formatValue,
  provinceName,
  unitLabel,
} from '../format/index.js';
import { messages, type Messages } from '../i18n/messages.js';
import {
  MISSING_REASONS,
  type IndicatorMeta,
  type Language,
  type ObservationSource,
  type ResolvedObservation,
  type ResolvedPlace,
  type Source,
} from '../indicator/types.js';
import {
  changeText,
  decimalsOf,
  directionOf,
  isYearOnly,
  localized,
  lowerFirst,
  moveText,
  periodInline,
  periodKey,
  periodOrder,
  seriesLabel,
  upperFirst,
  valueText,
} from './labels.js';

/** What {@link summarize} is given. */
export interface SummaryInput {
  indicator: IndicatorMeta;
  /** Observations of the chart; those of other indicators are ignored. */
  observations: readonly ResolvedObservation[];
  lang: Language;
  /** The place the page is about (its rank is said when the chart has several places). */
  highlight?: ResolvedPlace;
  /** A catalogue from `messages(lang, overrides)`, for a page's rewording. */
  messages?: Messages;
}

/** At most this many sources are named; the rest are counted. */
export const MAX_SOURCES = 2;
/** At most this many "what the source says" sentences when no place is highlighted. */
export const MAX_DETAILS = 3;

const placeKey = (o: ResolvedObservation): string => `${o.place.era}:${o.place.code}`;
const seriesKey = (o: ResolvedObservation): string =>
  `${seriesLabel(o.breakdown, 'vi')}|${localized(o.label, 'vi')}`;

function distinctCount<T>(items: readonly T[], key: (item: T) => string): number {
  return new Set(items.map(key)).size;
}

/** The text of one source: publisher and title (else the file, else the web site) and its date. */
export function sourceText(source: Source | ObservationSource, lang: Language): string {
  let text = [source.publisher, source.title].filter((t): t is string => !!t && t.trim() !== '').join(', ');
  if (!text && source.file) text = source.file;
  if (!text && source.url) {
    try {
      text = new URL(source.url).hostname;
    } catch {
      text = '';
    }
  }
  if (source.date) text = text ? `${text}, ${formatDate(source.date, lang)}` : formatDate(source.date, lang);
  return text;
}

/**
 * Short sentences (≤ 20 words each, apart from author texts such as a long indicator label or
 * definition) describing the chart in `lang`:
 * 1. what and unit, period: "Mật độ thuê bao điện thoại (thuê bao/100 dân), năm 2020."
 * 2. the definition, when the indicator has one;
 * 3. one value: "Hà Tĩnh, 2020: 94 thuê bao/100 dân, tăng 1,1 % so với năm 2019."; several values:
 *    "Cao nhất là Bến Tre, với 114 thuê bao/100 dân." "Thấp nhất là Hà Tĩnh, với 94 thuê bao/100 dân." (ties:
 *    "Bến Tre và 2 nơi khác"), then up to three sentences with what the source states (changes, plan, targets),
 *    the highlighted place's first;
 * 4. the trend of a single series over several periods (targets left out), first to last; for a percent unit the change of the
 *    rate is in percentage points: "Từ năm 2019 đến năm 2021: tăng 3,2 điểm phần trăm, từ 80 % lên 83,2 %.";
 * 5. with `highlight` and several places: "Bến Tre: hạng 12/63, 85 %." (1 = highest value, among places with
 *    a value in the same period and series; ties share the better rank);
 * 6. missing values counted: "2 giá trị không có số liệu.";
 * 7. "Nguồn: …." from the indicator's and the observations' sources.
 */
export function summarize(input: SummaryInput): string[] {
  const { indicator, lang, highlight } = input;
  const m = input.messages ?? messages(lang);
  const all = input.observations.filter((o) => o.indicator === indicator.id);
  const valued = all.filter((o): o is ResolvedObservation & { value: number } => o.value !== null);
  const out: string[] = [];

  // 1. What, unit, period.
  const label = upperFirst(localized(indicator.label, lang), lang);
  const unit = unitLabel(indicator.unit, lang, 'short');
  const unitShown = unit !== '' && !label.toLocaleLowerCase().includes(unit.toLocaleLowerCase()) ? unit : '';
  const periods = [...new Map(all.map((o) => [periodKey(o.period), o.period])).values()].sort(
    (a, b) => periodOrder(a) - periodOrder(b),
  );
  const first = periods[0];
  const last = periods[periods.length - 1];
  let period = '';
  if (first && last) {
    const yearOnly = isYearOnly(first) && isYearOnly(last);
    period =
      periods.length === 1
        ? m.phrases.period(periodInline(first, lang), yearOnly)
        : m.phrases.periodRange(periodInline(first, lang), periodInline(last, lang), yearOnly);
  }
  out.push(m.summary.what(label, unitShown, period));

  // 2. Definition.
  const definition = localized(indicator.definition, lang).trim();
  if (definition) out.push(m.summary.definition(definition));

  if (all.length === 0) {
    out.push(m.summary.noValues);
    pushSource(out, indicator, all, lang, m);
    return out;
  }

  const severalPlaces = distinctCount(all, placeKey) > 1;
  const severalPeriods = periods.length > 1;
  const severalSeries = distinctCount(all, seriesKey) > 1;
  /** What tells series apart: the breakdown ("cấp xã"), else the observation's own label. */
  const seriesText = (o: ResolvedObservation): string =>
    lowerFirst(seriesLabel(o.breakdown, lang, m) || localized(o.label, lang), lang);
  /** The name of an observation by what varies in the chart: "Bến Tre", "2016", "Bến Tre (2016, cấp xã)". */
  const shortName = (o: ResolvedObservation, withPlace = false): string => {
    const parts: string[] = [];
    if (severalPlaces || withPlace) parts.push(provinceName(o.place, lang));
    if (severalPeriods) {
      const text = periodInline(o.period, lang);
      // A period that names the item on its own reads "năm 2022"; in brackets after a place, "2022".
      parts.push(parts.length === 0 ? m.phrases.against(text, isYearOnly(o.period)) : text);
    }
    if (severalSeries) parts.push(seriesText(o));
    const shown = parts.filter((p) => p !== '');
    if (shown.length === 0) return provinceName(o.place, lang);
    const [head = '', ...rest] = shown;
    return rest.length === 0 ? head : `${head} (${rest.join(', ')})`;
  };
  /** The full name of an observation: "Hà Tĩnh, 2020", with its series: "Hà Tĩnh, 2020 (cấp xã)". */
  const fullName = (o: ResolvedObservation): string => {
    const series = seriesText(o);
    const base = `${provinceName(o.place, lang)}, ${periodInline(o.period, lang)}`;
    return series ? `${base} (${series})` : base;
  };
  const detail = (o: ResolvedObservation): string => {
    const change = changeText(o, indicator, lang, m);
    const replacesValue =
      change !== undefined &&
      (o.change?.against === 'before' || (o.change?.against === 'period' && o.change.valueIsChange === true));
    const details: string[] = [];
    if (change !== undefined && !replacesValue) details.push(change);
    if (o.target !== undefined)
      details.push(m.phrases.target(formatValue(o.target, indicator.unit, lang, indicator.decimals)));
    return m.summary.value(fullName(o), replacesValue ? change : valueText(o, indicator, lang, m), details);
  };
  const isHighlight = (o: ResolvedObservation): boolean =>
    highlight !== undefined && o.place.code === highlight.code && o.place.era === highlight.era;

  // 3. The value, or the extremes and what the source says.
  const only = valued.length === 1 ? valued[0] : undefined;
  if (only) {
    out.push(detail(only));
  } else if (valued.length > 1) {
    const decimals = decimalsOf(indicator);
    const max = Math.max(...valued.map((o) => o.value));
    const min = Math.min(...valued.map((o) => o.value));
    if (directionOf(min, max, decimals) === 'flat') {
      out.push(
        m.summary.allEqual(
          formatValue(max, indicator.unit, lang, indicator.decimals),
          valued.length,
          formatNumber(valued.length, lang, 0),
        ),
      );
    } else {
      for (const [extreme, sentence] of [
        [max, m.summary.highest],
        [min, m.summary.lowest],
      ] as const) {
        const at = valued.filter((o) => o.value === extreme);
        const head = at[0];
        if (!head) continue;
        const name =
          at.length === 1
            ? shortName(head)
            : m.summary.andOthers(shortName(head), at.length - 1, formatNumber(at.length - 1, lang, 0));
        out.push(sentence(name, valueText(head, indicator, lang, m)));
      }
    }
    const stated = valued.filter(
      (o) => changeText(o, indicator, lang, m) !== undefined || o.target !== undefined,
    );
    const mine = stated.filter(isHighlight);
    const chosen = mine.length > 0 ? mine.slice(-MAX_DETAILS) : stated.length <= MAX_DETAILS ? stated : [];
    for (const o of chosen) out.push(detail(o));
  }

  // 4. Trend of one series over several periods.
  const trend = trendSentence(valued, highlight, severalPlaces, indicator, lang, m);
  if (trend) out.push(trend);

  // 5. Rank of the highlighted place.
  if (highlight && severalPlaces) {
    const own = all.filter(isHighlight);
    const ownValued = own
      .filter((o): o is ResolvedObservation & { value: number } => o.value !== null)
      .sort((a, b) => periodOrder(b.period) - periodOrder(a.period));
    const target = ownValued[0];
    if (target) {
      const peers = new Map<string, number>();
      for (const o of valued) {
        if (periodKey(o.period) !== periodKey(target.period) || seriesKey(o) !== seriesKey(target)) continue;
        if (!peers.has(placeKey(o))) peers.set(placeKey(o), o.value);
      }
      if (peers.size > 1) {
        const rank = 1 + [...peers.values()].filter((v) => v > target.value).length;
        out.push(
          m.summary.rank(
            shortName(target, true),
            formatNumber(rank, lang, 0),
            formatNumber(peers.size, lang, 0),
            valueText(target, indicator, lang, m),
          ),
        );
      }
    } else {
      const latest = [...own].sort((a, b) => periodOrder(b.period) - periodOrder(a.period))[0];
      if (latest)
        out.push(m.summary.highlightMissing(shortName(latest, true), valueText(latest, indicator, lang, m)));
    }
  }

  // 6. Missing values.
  for (const reason of MISSING_REASONS) {
    const count = all.filter((o) => o.value === null && (o.missing ?? 'not-available') === reason).length;
    if (count > 0)
      out.push(m.summary.missingCount(count, formatNumber(count, lang, 0), reason, m.missing[reason]));
  }

  // 7. Source.
  pushSource(out, indicator, all, lang, m);
  return out;
}

function pushSource(
  out: string[],
  indicator: IndicatorMeta,
  observations: readonly ResolvedObservation[],
  lang: Language,
  m: Messages,
): void {
  const texts = new Set<string>();
  for (const source of [indicator.source, ...observations.map((o) => o.source)]) {
    if (!source) continue;
    const text = sourceText(source, lang);
    if (text) texts.add(text);
  }
  if (texts.size === 0) return;
  const list = [...texts];
  out.push(m.summary.source(list.slice(0, MAX_SOURCES), Math.max(0, list.length - MAX_SOURCES)));
}

/**
 * The first-to-last change of one series (one place and breakdown) over several periods: the only series of
 * the chart, or the highlighted place's when it has exactly one. Undefined when there is none.
 */
function trendSentence(
  valued: readonly (ResolvedObservation & { value: number })[],
  highlight: ResolvedPlace | undefined,
  severalPlaces: boolean,
  indicator: IndicatorMeta,
  lang: Language,
  m: Messages,
): string | undefined {
  const groups = new Map<string, (ResolvedObservation & { value: number })[]>();
  // A plan is not a point of a trend.
  for (const o of valued.filter((v) => v.status !== 'target')) {
    const key = `${placeKey(o)}#${seriesKey(o)}`;
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  let series: (ResolvedObservation & { value: number })[] | undefined;
  if (groups.size === 1) {
    series = [...groups.values()][0];
  } else if (highlight) {
    const own = [...groups.values()].filter(
      (g) => g[0] !== undefined && g[0].place.code === highlight.code && g[0].place.era === highlight.era,
    );
    if (own.length === 1) series = own[0];
  }
  if (!series) return undefined;
  // One value per period (the first given), in time order.
  const byPeriod = new Map<string, ResolvedObservation & { value: number }>();
  for (const o of series) if (!byPeriod.has(periodKey(o.period))) byPeriod.set(periodKey(o.period), o);
  const ordered = [...byPeriod.values()].sort((a, b) => periodOrder(a.period) - periodOrder(b.period));
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (!first || !last || ordered.length < 2) return undefined;
  const periods = m.phrases.periodRange(
    periodInline(first.period, lang),
    periodInline(last.period, lang),
    isYearOnly(first.period) && isYearOnly(last.period),
  );
  const decimals = decimalsOf(indicator);
  const direction = directionOf(first.value, last.value, decimals);
  let change: string;
  if (direction === 'flat') {
    change = m.summary.unchanged(formatValue(last.value, indicator.unit, lang, indicator.decimals));
  } else if (indicator.unit === 'percent') {
    // A change of a rate is a difference in percentage points, never a percent of a percent.
    const points = formatPercentagePoints(Math.abs(last.value - first.value), lang, decimals).replace(
      /^\+/,
      '',
    );
    change = m.summary.pointsChange(
      points,
      direction,
      formatValue(first.value, 'percent', lang, indicator.decimals),
      formatValue(last.value, 'percent', lang, indicator.decimals),
    );
  } else {
    change = moveText(first.value, last.value, indicator, lang, m);
  }
  const subject = severalPlaces ? provinceName(first.place, lang) : '';
  return m.summary.trend(subject, periods, change);
}
