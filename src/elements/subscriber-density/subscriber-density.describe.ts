/**
 * The words of `<ict-subscriber-density>`: each mark's accessible name, visible labels and notes, tooltip
 * lines, the generated summary and the data table, from a {@link DensityModel}. Pure: no DOM, no lit.
 *
 * Shared describers do the common work: `observationName` names a mark, `changeText` words a change the
 * source states, `moveText` a move between two values, `summarize` writes the summary of a single
 * indicator and `tableModel` each indicator's table rows. What is new here: a change computed between
 * consecutive periods (a difference in "thuê bao/100 dân" and a relative change in %), the national
 * reference, the total count beside a density, and a summary and table across several indicators.
 */
import {
  changeText,
  decimalsOf,
  directionOf,
  isYearOnly,
  localized,
  lowerFirst,
  moveText,
  observationName,
  periodInline,
  periodOrder,
  upperFirst,
  valueText,
} from '../../core/describe/labels.js';
import { isHighlighted } from '../../core/describe/observations.js';
import { sourceText, summarize } from '../../core/describe/summary.js';
import { tableModel } from '../../core/describe/table.js';
import {
  formatNumber,
  formatPeriod,
  formatSignedPercent,
  formatValue,
  provinceName,
  unitLabel,
} from '../../core/format/index.js';
import { formatMarkValue, tickFormatter } from '../../core/format/marks.js';
import type { Messages } from '../../core/i18n/messages.js';
import {
  MISSING_REASONS,
  type Era,
  type IndicatorMeta,
  type Language,
  type Period,
  type ResolvedObservation,
} from '../../core/indicator/types.js';
import type { TableColumn, TableModel, TableRow } from '../../chart/templates/data-table.js';
import type { PeriodInput } from './subscriber-density.geometry.js';
import type {
  ComputedChange,
  DensityModel,
  DensityPoint,
  DensitySeries,
  SeriesType,
} from './subscriber-density.model.js';
import type { DensityTexts } from './subscriber-density.strings.js';

/** The words of one mark. */
export interface DensityDatum {
  key: string;
  point: DensityPoint;
  series: DensitySeries;
  /** Accessible name without the position: "Hà Tĩnh, 2020, mật độ thuê bao điện thoại: 94 thuê bao/100 dân, tăng 1,1 % so với năm 2019". */
  name: string;
  /** Tooltip title: "Điện thoại · Hà Tĩnh · 2020". */
  title: string;
  /** Tooltip lines: value with unit, change, total count, plan, national comparison. */
  tooltip: string[];
  /** Printed at the mark: "94", "không có số liệu", "Kế hoạch: 100". */
  valueText: string;
  /** Bars: the row label when rows are labelled by place or period ("Hà Tĩnh", "2020", "2020, Bến Tre"). */
  rowLabel: string;
  /** Bars: muted lines under the label (total count, change, plan). */
  rowNotes: string[];
  /** Columns: the label under the column ("2020", "■ 2020", "Cả nước"). */
  columnLabel: string;
  /** Columns: the change under the column. */
  columnNotes: string[];
  /** Type-ahead and "where am I" text of the item. */
  navText: string;
  periodText: string;
  highlighted: boolean;
}

/** What {@link describeDensity} returns. */
export interface DensityDescription {
  data: DensityDatum[];
  byKey: Map<string, DensityDatum>;
  summary: string[];
  table: TableModel;
  /** The unit caption of the value axis. */
  unit: string;
  formatTick: (value: number) => string;
  /** The reference line's visible label ("Mục tiêu: 100"), or "". */
  referenceLabel: string;
  typeLabel: (type: SeriesType) => string;
  /** A line's end label: its name, then the last value with its change. */
  lineLabel: (series: DensitySeries) => string[];
  periods: PeriodInput[];
  order: (period: Period) => number;
  /** "Không có số liệu: Điện thoại, 2018." under a line chart, or "". */
  missingNote: string;
}

/** What {@link describeDensity} is given. */
export interface DensityDescribeInput {
  model: DensityModel;
  lang: Language;
  texts: DensityTexts;
  catalogue: Messages;
  /** The chart's title (for the summary and the table caption). */
  title: string;
  form: 'bars' | 'columns' | 'lines';
  highlight?: string;
  highlightEra?: Era;
  /** The `reference` attribute with its label. */
  reference?: { value: number; label: string };
}

/** A signed number: "+14", "-3,5", "0". */
function signedNumber(value: number, lang: Language, decimals: number): string {
  const text = formatNumber(Math.abs(value), lang, decimals);
  if (text === formatNumber(0, lang, decimals)) return text;
  return `${value > 0 ? '+' : '-'}${text}`;
}

/** Describes `input.model`: every mark's words, the summary and the table. */
export function describeDensity(input: DensityDescribeInput): DensityDescription {
  const { model, lang, texts: t, catalogue: m } = input;
  const unit = unitLabel('per-100-inhabitants', lang, 'short');
  const several = model.periods.length > 1;
  const withPlaces = model.compare !== undefined;
  const typeLabel = (type: SeriesType): string => {
    if (!type.startsWith('indicator:')) return t.types[type as keyof DensityTexts['types']];
    const indicator = model.types.find((x) => x.type === type)?.indicator;
    return indicator === undefined ? type : localized(indicator.label, lang);
  };
  const placeOf = (s: DensitySeries): string =>
    s.role === 'national' ? t.national : provinceName(s.place, lang);
  const periodPhrase = (p: Period): string => m.phrases.period(periodInline(p, lang), isYearOnly(p));
  const against = (p: Period): string => m.phrases.against(periodInline(p, lang), isYearOnly(p));

  /** The national point of the same type and period, for comparisons. */
  const nationalOf = (s: DensitySeries, p: DensityPoint): DensityPoint | undefined =>
    s.role === 'national'
      ? undefined
      : model.series
          .find((n) => n.role === 'national' && n.type === s.type)
          ?.points.find((q) => periodOrder(q.period) === periodOrder(p.period) && q.kind === 'actual');

  const stated = (p: DensityPoint): { long: string; short: string; compact: string } | undefined => {
    const long = changeText(p.obs, p.indicator, lang, m);
    if (long === undefined) return undefined;
    const c = p.obs.change;
    if (c?.against !== 'period' || c.percent === undefined || c.valueIsChange)
      return { long, short: long, compact: long };
    const qualifier = c.qualifier === undefined ? '' : `${m.qualifiers[c.qualifier]} `;
    const signed = `${qualifier}${formatSignedPercent(c.percent, lang)}`;
    return { long, short: t.statedShort(signed, formatPeriod(c.period, lang)), compact: signed };
  };
  const computed = (p: DensityPoint, c: ComputedChange): { long: string; short: string; compact: string } => {
    const decimals = decimalsOf(p.indicator);
    const diff = signedNumber(c.difference, lang, decimals);
    const rel = c.relative === undefined ? undefined : formatSignedPercent(c.relative, lang, 1);
    const direction = directionOf(c.fromValue, c.fromValue + c.difference, decimals);
    return {
      long: t.computedLong(
        formatValue(Math.abs(c.difference), 'per-100-inhabitants', lang, p.indicator.decimals),
        direction,
        rel,
        against(c.from),
      ),
      short: t.computedShort(diff, rel, formatPeriod(c.from, lang)),
      compact: rel === undefined ? diff : `${diff} (${rel})`,
    };
  };
  /** The change of a point: what the source states, else the computed one. */
  const changeOf = (p: DensityPoint): { long: string; short: string; compact: string } | undefined =>
    stated(p) ?? (p.computed === undefined ? undefined : computed(p, p.computed));
  const countText = (s: DensitySeries, p: DensityPoint): { long: string; short: string } | undefined => {
    const count = p.count;
    if (count === undefined || count.value === null) return undefined;
    let number = formatNumber(count.value, lang, 0);
    if (count.qualifier !== undefined)
      number = m.phrases.withQualifier(number, m.qualifiers[count.qualifier]);
    return { long: t.countLong(number, lowerFirst(typeLabel(s.type), lang)), short: t.count(number) };
  };
  const versusNational = (s: DensitySeries, p: DensityPoint): string | undefined => {
    const n = nationalOf(s, p);
    if (n === undefined || n.value === null || p.value === null || p.kind !== 'actual') return undefined;
    const decimals = decimalsOf(p.indicator);
    return t.versus(
      lowerFirst(t.national, lang),
      formatValue(Math.abs(p.value - n.value), 'per-100-inhabitants', lang, p.indicator.decimals),
      directionOf(n.value, p.value, decimals),
    );
  };
  const targetPhrase = (p: DensityPoint): string | undefined =>
    p.target === undefined
      ? undefined
      : m.phrases.target(formatValue(p.target, 'per-100-inhabitants', lang, p.indicator.decimals));

  const nameOf = (s: DensitySeries, p: DensityPoint): string => {
    if (s.role !== 'national') return observationName(p.obs, p.indicator, lang, undefined, m);
    let what = lowerFirst(localized(p.obs.label ?? p.indicator.label, lang), lang);
    if (p.obs.label === undefined && p.obs.breakdown?.subscription !== undefined) {
      what = m.name.withSeries(what, lowerFirst(typeLabel(s.type), lang));
    }
    return m.name.observation(
      t.national,
      periodInline(p.period, lang),
      what,
      valueText(p.obs, p.indicator, lang, m),
    );
  };

  const data: DensityDatum[] = [];
  for (const s of model.series) {
    const nationalSeries = s.role === 'national';
    const nationalPoints = s.points.length;
    for (const p of s.points) {
      const change = nationalSeries ? undefined : changeOf(p);
      const count = nationalSeries ? undefined : countText(s, p);
      const target = targetPhrase(p);
      const versus = versusNational(s, p);
      const details = [change?.long, count?.long, p.kind === 'actual' ? target : undefined, versus].filter(
        (x): x is string => x !== undefined,
      );
      const period = formatPeriod(p.period, lang);
      const place = placeOf(s);
      const type = typeLabel(s.type);
      const valueShown =
        p.value === null
          ? m.missing[p.obs.missing ?? 'not-available']
          : p.kind === 'target-only'
            ? t.targetShort(formatNumber(p.value, lang, decimalsOf(p.indicator)))
            : formatMarkValue(p.value, p.indicator, lang, decimalsOf(p.indicator));
      const rowLabel = several
        ? withPlaces || nationalSeries || model.series.some((x) => x.role === 'national' && x.type === s.type)
          ? `${period}, ${place}`
          : period
        : place;
      const marker = s.role === 'main' ? t.mainMarker : t.compareMarker;
      const columnLabel = nationalSeries
        ? nationalPoints > 1
          ? `${t.national} ${period}`
          : t.national
        : withPlaces
          ? `${marker} ${period}`
          : period;
      const highlighted = !nationalSeries && isHighlighted(p.obs, input.highlight, input.highlightEra);
      data.push({
        key: p.key,
        point: p,
        series: s,
        name: [nameOf(s, p), ...details].join(', '),
        title: [type, place, period].join(' · '),
        tooltip: [valueText(p.obs, p.indicator, lang, m), ...details],
        valueText: valueShown,
        rowLabel,
        rowNotes: [
          count?.short,
          change?.short,
          p.kind === 'actual' && p.target !== undefined
            ? t.targetShort(formatNumber(p.target, lang, decimalsOf(p.indicator)))
            : undefined,
        ].filter((x): x is string => x !== undefined),
        columnLabel,
        columnNotes: change === undefined ? [] : [change.compact],
        navText: rowLabel,
        periodText: period,
        highlighted,
      });
    }
  }
  // A type drawn as one mark is named by its type; rows of a group by their place or period.
  for (const type of model.types) {
    const ofType = data.filter((d) => d.series.type === type.type);
    if (ofType.length === 1 && ofType[0]!.series.role !== 'national')
      ofType[0]!.navText = typeLabel(type.type);
  }
  const byKey = new Map(data.map((d) => [d.key, d]));

  const lineLabel = (s: DensitySeries): string[] => {
    const type = typeLabel(s.type);
    const name =
      s.role === 'national'
        ? `${type}, ${t.national}`
        : withPlaces
          ? `${type}, ${provinceName(s.place, lang)}`
          : type;
    const last = [...s.points].reverse().find((p) => p.value !== null);
    if (last === undefined) return [name];
    const d = byKey.get(last.key)!;
    const change = s.role === 'national' ? undefined : changeOf(last);
    return [name, change === undefined ? d.valueText : `${d.valueText} (${change.compact})`];
  };

  const missing = data.filter((d) => d.point.value === null);
  const missingNote =
    input.form === 'lines' && missing.length > 0
      ? t.missingNote(
          m.missing['not-available'],
          missing.map((d) => {
            const name = lineLabel(d.series)[0]!;
            const reason = d.point.obs.missing ?? 'not-available';
            return `${name}, ${d.periodText}${reason === 'not-available' ? '' : ` (${m.missing[reason]})`}`;
          }),
        )
      : '';

  const firstIndicator = model.indicators[0]!;
  const max = Math.max(
    0,
    ...data.map((d) => Math.abs(d.point.value ?? 0)),
    ...data.map((d) => d.point.target ?? 0),
  );
  const referenceLabel =
    input.reference === undefined
      ? ''
      : t.referenceLabel(
          input.reference.label,
          formatNumber(input.reference.value, lang, decimalsOf(firstIndicator)),
        );

  const description: DensityDescription = {
    data,
    byKey,
    summary: [],
    table: { caption: '', columns: [], rows: [] },
    unit,
    formatTick: tickFormatter(firstIndicator, max, lang),
    referenceLabel,
    typeLabel,
    lineLabel,
    periods: model.periods.map((p) => ({ order: periodOrder(p), text: formatPeriod(p, lang) })),
    order: periodOrder,
    missingNote,
  };
  const helpers: Helpers = {
    typeLabel,
    placeOf,
    periodPhrase,
    changeOf,
    countText,
    versusNational,
    targetPhrase,
    unit,
  };
  description.summary = summaryOf(input, helpers);
  description.table = tableOf(input, helpers);
  return description;
}

interface Helpers {
  typeLabel: (type: SeriesType) => string;
  placeOf: (s: DensitySeries) => string;
  periodPhrase: (p: Period) => string;
  changeOf: (p: DensityPoint) => { long: string; short: string; compact: string } | undefined;
  countText: (s: DensitySeries, p: DensityPoint) => { long: string; short: string } | undefined;
  versusNational: (s: DensitySeries, p: DensityPoint) => string | undefined;
  targetPhrase: (p: DensityPoint) => string | undefined;
  unit: string;
}

/** A copy without sources: the summary names sources once, at its end. */
const withoutSource = <T extends { source?: unknown }>(x: T): T => ({ ...x, source: undefined });

/** The place names of the chart: "Hà Tĩnh", "Hà Tĩnh và Bến Tre". */
function placesText(model: DensityModel, lang: Language): string {
  const names = [model.main, model.compare].filter((p) => p !== undefined).map((p) => provinceName(p!, lang));
  return names.join(lang === 'en' ? ' and ' : ' và ');
}

function periodsPhrase(periods: readonly Period[], lang: Language, m: Messages): string {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (first === undefined || last === undefined) return '';
  const yearOnly = isYearOnly(first) && isYearOnly(last);
  return periods.length === 1
    ? m.phrases.period(periodInline(first, lang), yearOnly)
    : m.phrases.periodRange(periodInline(first, lang), periodInline(last, lang), yearOnly);
}

/**
 * The summary: for one indicator, `summarize()` (its first sentence names the place too); for several,
 * one sentence per type. Then the computed changes, total counts, the national figures, the reference,
 * a compared place without data, and the sources.
 */
function summaryOf(input: DensityDescribeInput, h: Helpers): string[] {
  const { model, lang, texts: t, catalogue: m } = input;
  const out: string[] = [];
  const locals = model.series.filter((s) => s.role !== 'national');
  const what = t.summaryWhat(
    upperFirst(input.title, lang),
    h.unit,
    placesText(model, lang),
    periodsPhrase(model.periods, lang, m),
  );
  const several = model.periods.length > 1;

  if (model.indicators.length === 1) {
    const indicator = model.indicators[0]!;
    const observations = locals.flatMap((s) => s.points.map((p) => withoutSource(p.obs)));
    const sentences = summarize({
      indicator: withoutSource(indicator),
      observations,
      lang,
      highlight: model.compare !== undefined ? model.main : undefined,
      messages: m,
    });
    out.push(what, ...sentences.slice(1));
    if (several) pushLatestComputed(out, locals, input, h);
  } else {
    out.push(what);
    for (const type of model.types) {
      const ofType = locals.filter((s) => s.type === type.type);
      const label = h.typeLabel(type.type);
      if (!several) {
        const parts = ofType.flatMap((s) =>
          s.points.map((p) => {
            const details = [h.changeOf(p)?.long, h.targetPhrase(p)].filter((x) => x !== undefined);
            const value = valueText(p.obs, p.indicator, lang, m);
            const head = model.compare !== undefined ? `${h.placeOf(s)} ${value}` : value;
            return [head, ...details].join(', ');
          }),
        );
        if (parts.length > 0) out.push(t.summaryType(label, parts));
        continue;
      }
      for (const s of ofType) {
        const valued = s.points.filter(
          (p): p is DensityPoint & { value: number } => p.value !== null && p.kind === 'actual',
        );
        const name = model.compare !== undefined ? `${label}, ${h.placeOf(s)}` : label;
        const first = valued[0];
        const last = valued[valued.length - 1];
        if (first === undefined || last === undefined) continue;
        if (first === last) {
          out.push(
            t.summaryType(name, [
              `${valueText(last.obs, last.indicator, lang, m)} (${periodInline(last.period, lang)})`,
            ]),
          );
          continue;
        }
        out.push(
          t.summaryTrend(
            name,
            periodsPhrase([first.period, last.period], lang, m),
            moveText(first.value, last.value, last.indicator, lang, m),
          ),
        );
        const change = h.changeOf(last);
        if (change !== undefined) out.push(t.summaryLatest(h.periodPhrase(last.period), change.long));
      }
    }
    for (const reason of MISSING_REASONS) {
      const count = locals
        .flatMap((s) => s.points)
        .filter((p) => p.value === null && (p.obs.missing ?? 'not-available') === reason).length;
      if (count > 0)
        out.push(m.summary.missingCount(count, formatNumber(count, lang, 0), reason, m.missing[reason]));
    }
  }

  // Total counts (the latest three), national figures, the reference, a compared place without data.
  const counted = locals
    .flatMap((s) => s.points.map((p) => ({ s, p })))
    .filter(({ s, p }) => h.countText(s, p) !== undefined);
  for (const { s, p } of counted.slice(-3)) {
    out.push(t.summaryCount(`${h.placeOf(s)}, ${h.periodPhrase(p.period)}`, h.countText(s, p)!.long));
  }
  for (const n of model.series.filter((s) => s.role === 'national')) {
    const latest = [...n.points].reverse().find((p) => p.value !== null);
    if (latest === undefined) continue;
    const parts = [valueText(latest.obs, latest.indicator, lang, m)];
    const mine = locals.find((s) => s.type === n.type && s.role === 'main');
    const own = mine?.points.find((p) => periodOrder(p.period) === periodOrder(latest.period));
    const versus = mine === undefined || own === undefined ? undefined : h.versusNational(mine, own);
    if (versus !== undefined) parts.push(`${h.placeOf(mine!)} ${versus}`);
    out.push(
      t.summaryType(
        `${t.national} (${lowerFirst(h.typeLabel(n.type), lang)}), ${periodInline(latest.period, lang)}`,
        parts,
      ),
    );
  }
  if (input.reference !== undefined) {
    out.push(
      t.summaryReference(
        input.reference.label,
        formatValue(input.reference.value, 'per-100-inhabitants', lang),
      ),
    );
  }
  if (model.compareMissing !== undefined)
    out.push(t.compareMissing(provinceName(model.compareMissing, lang)));

  const sources = new Set<string>();
  for (const source of [
    ...model.indicators.map((i) => i.source),
    ...model.observations.map((o) => o.source),
  ]) {
    if (source === undefined) continue;
    const text = sourceText(source, lang);
    if (text) sources.add(text);
  }
  if (sources.size > 0) {
    const list = [...sources];
    out.push(m.summary.source(list.slice(0, 2), Math.max(0, list.length - 2)));
  }
  return out;
}

/** "Năm 2020: tăng 14 thuê bao/100 dân (+17,5 %) so với năm 2019." for each series whose latest change is computed. */
function pushLatestComputed(
  out: string[],
  locals: readonly DensitySeries[],
  input: DensityDescribeInput,
  h: Helpers,
): void {
  for (const s of locals) {
    const last = [...s.points].reverse().find((p) => p.value !== null && p.kind === 'actual');
    if (
      last === undefined ||
      last.computed === undefined ||
      changeText(last.obs, last.indicator, input.lang, input.catalogue) !== undefined
    )
      continue;
    const change = h.changeOf(last)!;
    const name =
      input.model.compare !== undefined
        ? `${h.placeOf(s)}, ${h.periodPhrase(last.period)}`
        : h.periodPhrase(last.period);
    out.push(input.texts.summaryLatest(name, change.long));
  }
}

/** Row key of an observation as `tableModel()` makes it. */
const rowKey = (o: ResolvedObservation): string => o.id ?? `${o.indicator}:${o.index}`;

/**
 * The data table: `tableModel()` rows of each indicator, merged into one table in the chart's order, with
 * the type, the national rows named "Cả nước", the computed change and the total count as extra columns.
 */
function tableOf(input: DensityDescribeInput, h: Helpers): TableModel {
  const { model, lang, texts: t, catalogue: m } = input;
  const pointOf = new Map<string, { s: DensitySeries; p: DensityPoint }>();
  for (const s of model.series) {
    for (const p of s.points) pointOf.set(rowKey(p.obs), { s, p });
  }
  const seriesOfObs = (o: ResolvedObservation): DensitySeries | undefined =>
    pointOf.get(rowKey(o))?.s ??
    model.series.find(
      (s) =>
        s.role !== 'national' &&
        s.place.code === o.place.code &&
        s.place.era === o.place.era &&
        s.points.some((p) => p.indicator.id === o.indicator),
    );

  const columns: TableColumn[] = [];
  const cellsByRow = new Map<string, Map<string, { cell: string; value: number | null }>>();
  for (const indicator of model.indicators) {
    const rows = model.observations.filter((o) => o.indicator === indicator.id);
    if (rows.length === 0) continue;
    const tm = tableModel(indicator as IndicatorMeta, rows, lang, m);
    for (const c of tm.columns) if (!columns.some((x) => x.key === c.key)) columns.push({ ...c });
    for (const row of tm.rows) {
      const cells = new Map<string, { cell: string; value: number | null }>();
      tm.columns.forEach((c, i) =>
        cells.set(c.key, { cell: row.cells[i] ?? '', value: row.values[i] ?? null }),
      );
      cellsByRow.set(row.key, cells);
    }
  }
  // The type column; the breakdown column only when it says more than the type.
  const severalTypes = model.types.length > 1;
  const extra: TableColumn[] = [];
  if (severalTypes) extra.push({ key: 'type', label: t.tableType, numeric: false });
  const anyComputed = model.series.some((s) =>
    s.points.some((p) => p.computed !== undefined && changeText(p.obs, p.indicator, lang, m) === undefined),
  );
  const anyCount = model.series.some((s) => s.points.some((p) => p.count !== undefined));
  const ordered = [
    ...columns.filter((c) => c.key === 'place' || c.key === 'period'),
    ...extra,
    ...columns.filter((c) => c.key !== 'place' && c.key !== 'period'),
    ...(anyComputed ? [{ key: 'computed', label: t.tableComputed, numeric: false }] : []),
    ...(anyCount ? [{ key: 'count', label: t.tableCount, numeric: true }] : []),
  ];
  const rows: TableRow[] = [];
  // The breakdown column is dropped when it only repeats the type (or says "national" on a national row).
  let breakdownSaysMore = false;
  for (const o of model.observations) {
    const key = rowKey(o);
    const cells = cellsByRow.get(key) ?? new Map<string, { cell: string; value: number | null }>();
    const s = seriesOfObs(o);
    const info = pointOf.get(key);
    const breakdown = cells.get('series')?.cell ?? '';
    if (s !== undefined) {
      if (s.role !== 'national' && breakdown !== '' && breakdown !== h.typeLabel(s.type))
        breakdownSaysMore = true;
      cells.set('type', { cell: h.typeLabel(s.type), value: null });
      if (s.role === 'national') cells.set('place', { cell: t.national, value: null });
    } else if (breakdown !== '') {
      breakdownSaysMore = true;
    }
    if (
      info !== undefined &&
      info.p.computed !== undefined &&
      changeText(o, info.p.indicator, lang, m) === undefined
    ) {
      cells.set('computed', { cell: h.changeOf(info.p)?.long ?? '', value: null });
    }
    const count = info?.p.count;
    if (count !== undefined && count.value !== null) {
      cells.set('count', { cell: formatNumber(count.value, lang, 0), value: count.value });
    }
    rows.push({
      key,
      cells: ordered.map((c) => cells.get(c.key)?.cell ?? ''),
      values: ordered.map((c) => cells.get(c.key)?.value ?? null),
    });
  }
  const seriesIndex = ordered.findIndex((c) => c.key === 'series');
  const keep = (_: unknown, i: number): boolean => breakdownSaysMore || i !== seriesIndex;
  const finalColumns = ordered.filter(keep);
  const finalRows = rows.map((r) => ({ ...r, cells: r.cells.filter(keep), values: r.values.filter(keep) }));
  const periods = model.periods;
  const periodText =
    periods.length === 0
      ? ''
      : periods.length === 1
        ? formatPeriod(periods[0]!, lang)
        : `${formatPeriod(periods[0]!, lang)}–${formatPeriod(periods[periods.length - 1]!, lang)}`;
  return {
    caption: m.table.caption(`${input.title}, ${placesText(model, lang)}`, periodText),
    columns: finalColumns,
    rows: finalRows,
  };
}
