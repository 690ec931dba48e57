/**
 * Words of `<ict-egov-level>` for a plan: row and panel labels, direct labels and accessible names of the
 * marks, the generated summary and the data table. Every number goes through `src/core/format`, every
 * word through the catalogues (`messages()` for levels and tiers, `egovTexts()` for the rest). Pure: no DOM.
 */
import {
  decimalsOf,
  directionOf,
  isYearOnly,
  localized,
  lowerFirst,
  moveText,
  periodInline,
  periodKey,
  periodOrder,
  upperFirst,
  valueText,
} from '../../core/describe/labels.js';
import { sourceText } from '../../core/describe/summary.js';
import type { TableModelResult } from '../../core/describe/table.js';
import {
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  formatPeriod,
  provinceName,
} from '../../core/format/index.js';
import type { Messages } from '../../core/i18n/messages.js';
import type { IndicatorMeta, Language, ResolvedObservation } from '../../core/indicator/types.js';
import type { EgovPlan, EgovRecord, PlanPanel, PlanRow, PlanSegment } from './egov-level.data.js';
import type { EgovTexts } from './egov-level.strings.js';

/** What the words depend on besides the plan. */
export interface DescribeContext {
  lang: Language;
  /** The shared catalogue (levels, tiers, missing phrases, summary phrases). */
  m: Messages;
  /** The element's own texts. */
  t: EgovTexts;
}

/** Decimals of a share printed on the chart (computed shares: one decimal is enough to read). */
const SHARE_DECIMALS = 1;

/** The place and period of a panel: "Hà Tĩnh, 2020". */
export function facetTitle(panel: PlanPanel, lang: Language): string {
  return `${provinceName(panel.place, lang)}, ${formatPeriod(panel.period, lang)}`;
}

/** The tier of a row as a label: "Cấp tỉnh", "Cấp xã, mỗi xã", "Không nêu cấp". */
export function tierLabel(row: PlanRow, ctx: DescribeContext): string {
  const { m, t } = ctx;
  if (row.tier === undefined) return row.perUnit ? upperFirst(m.perUnit.all, ctx.lang) : t.tierNotStated;
  const tier = m.tiers[row.tier];
  return row.perUnit ? m.phrases.tierPerUnit(tier, m.perUnit[row.tier]) : tier;
}

/** The label of a row: its tier, or its indicator when the basis matters; "(tính từ số lượng)" when computed. */
export function rowLabel(row: PlanRow, ctx: DescribeContext): string {
  let label: string;
  if (row.labelBy === 'indicator') {
    const first = row.segments[0]!.record;
    label = localized(first.obs.label ?? first.indicator.label, ctx.lang);
    if (row.tier !== undefined) label = `${label}, ${lowerFirst(tierLabel(row, ctx), ctx.lang)}`;
  } else {
    label = tierLabel(row, ctx);
  }
  return row.computed ? ctx.t.computedRow(label) : label;
}

/** The section heading of a panel: "Mức độ 1–4 (đến năm 2022)", or its per-unit form. */
export function sectionTitle(panel: PlanPanel, ctx: DescribeContext): string {
  const scheme = ctx.t.sections[panel.scheme];
  if (!panel.perUnit) return scheme;
  const tier = panel.rows[0]?.tier;
  return ctx.t.perUnitSection(scheme, tier === undefined ? ctx.m.perUnit.all : ctx.m.perUnit[tier]);
}

/** The level of a segment as a label ("Mức độ 3", "Toàn trình"), empty for a measure without level. */
export function levelLabel(record: EgovRecord, ctx: DescribeContext): string {
  return record.level === undefined ? '' : ctx.m.levels[record.level];
}

/** The value printed in a direct label: "788", "trên 80", "100 %", "60 %", or the missing phrase. */
export function shownValue(segment: PlanSegment, ctx: DescribeContext): string {
  const { record } = segment;
  if (segment.value === null) return ctx.m.missing[record.obs.missing ?? 'not-available'];
  if (segment.computedFrom !== undefined) return formatPercent(segment.value, ctx.lang, SHARE_DECIMALS);
  return valueText(record.obs, record.indicator, ctx.lang, ctx.m);
}

/** The value as said in names and sentences: "788 dịch vụ", "100 %", "60 % (300/500 dịch vụ)". */
export function spokenValue(segment: PlanSegment, ctx: DescribeContext): string {
  const { record } = segment;
  const { lang, t } = ctx;
  if (segment.value === null) return ctx.m.missing[record.obs.missing ?? 'not-available'];
  if (segment.computedFrom !== undefined) {
    const { count, total } = segment.computedFrom;
    return t.computedShare(
      formatPercent(segment.value, lang, SHARE_DECIMALS),
      formatNumber(count, lang, 0),
      formatNumber(total, lang, 0),
    );
  }
  const text = valueText(record.obs, record.indicator, lang, ctx.m);
  return record.measure === 'count' ? t.countValue(text, segment.value) : text;
}

/** The direct label of a segment: "Mức độ 3: 788". */
export function directLabel(segment: PlanSegment, ctx: DescribeContext): string {
  return ctx.t.directLabel(levelLabel(segment.record, ctx), shownValue(segment, ctx));
}

/** What a segment is, inside a name: "mức độ 3", or the indicator for a measure without level. */
function segmentWhat(segment: PlanSegment, ctx: DescribeContext): string {
  const { record } = segment;
  if (record.level !== undefined) return lowerFirst(ctx.m.levels[record.level], ctx.lang);
  return lowerFirst(localized(record.obs.label ?? record.indicator.label, ctx.lang), ctx.lang);
}

/** The parts naming a row: place, period and, when the row is a tier, the tier. */
function rowParts(panel: PlanPanel, row: PlanRow, ctx: DescribeContext): string[] {
  const parts = [provinceName(panel.place, ctx.lang), periodInline(panel.period, ctx.lang)];
  if (row.labelBy === 'tier' && (row.tier !== undefined || row.perUnit)) {
    parts.push(lowerFirst(tierLabel(row, ctx), ctx.lang));
  }
  return parts;
}

/** The accessible name of a mark: "Hà Tĩnh, 2020, cấp tỉnh, mức độ 3: 788 dịch vụ". */
export function markName(panel: PlanPanel, row: PlanRow, segment: PlanSegment, ctx: DescribeContext): string {
  return ctx.t.markName([...rowParts(panel, row, ctx), segmentWhat(segment, ctx)], spokenValue(segment, ctx));
}

/** The accessible name of a row: "Hà Tĩnh, 2020, cấp tỉnh: 2 mức độ, tổng 500 dịch vụ". */
export function rowName(panel: PlanPanel, row: PlanRow, plan: EgovPlan, ctx: DescribeContext): string {
  const parts = [provinceName(panel.place, ctx.lang), periodInline(panel.period, ctx.lang)];
  parts.push(lowerFirst(rowLabel(row, ctx), ctx.lang));
  const total = hasTotal(row, plan) ? formatNumber(row.total, ctx.lang, 0) : undefined;
  return ctx.t.rowName(parts, row.segments.length, total);
}

/**
 * Whether a row of counts has a total worth saying: several levels, none missing (a total that leaves out
 * a level with no data would pass for the whole).
 */
function hasTotal(row: PlanRow, plan: EgovPlan): boolean {
  return plan.view === 'count' && row.segments.length > 1 && row.segments.every((s) => s.value !== null);
}

/** The total printed at the end of a stacked bar of counts with several levels, none missing. */
export function rowTotal(row: PlanRow, plan: EgovPlan, ctx: DescribeContext): string | undefined {
  if (plan.layout !== 'stacked' || !hasTotal(row, plan)) return undefined;
  return ctx.t.total(formatNumber(row.total, ctx.lang, 0));
}

/** Notes that concern the whole chart, in the order they are drawn and said. */
export function chartNotes(plan: EgovPlan, ctx: DescribeContext): string[] {
  const { t, lang } = ctx;
  const notes: string[] = [];
  if (plan.fallback === 'no-shares') notes.push(t.shareFallbackNote);
  if (plan.fallback === 'no-counts') notes.push(t.countFallbackNote);
  if (plan.mixedSchemes) notes.push(t.mixedSchemesNote);
  if (plan.splitShares) notes.push(t.splitSharesNote);
  if (plan.notComputable > 0)
    notes.push(t.notComputableNote(plan.notComputable, formatNumber(plan.notComputable, lang, 0)));
  if (plan.notDrawn > 0)
    notes.push(
      t.notDrawnNote(
        plan.notDrawn,
        formatNumber(plan.notDrawn, lang, 0),
        plan.view === 'count' ? 'share' : 'count',
      ),
    );
  return notes;
}

/** The note of a per-unit panel ("Cấp xã, mỗi xã: số của một đơn vị, không phải tổng…"). */
export function panelNotes(panel: PlanPanel, ctx: DescribeContext): string[] {
  if (!panel.perUnit) return [];
  const labels = [...new Set(panel.rows.map((r) => tierLabel(r, ctx)))];
  return labels.map((label) => ctx.t.perUnitNote(label));
}

/** The title when no `label` is given: the indicator's name for one indicator, else the generic one. */
export function defaultTitle(indicators: readonly IndicatorMeta[], ctx: DescribeContext): string {
  return indicators.length === 1 ? localized(indicators[0]!.label, ctx.lang) : ctx.t.title;
}

/** At most this many rows are read one by one in the summary; more give the extremes. */
export const MAX_SUMMARY_ROWS = 6;
/** At most this many change sentences. */
export const MAX_TRENDS = 3;

/**
 * The summary, short sentences:
 * 1. what, unit, places and period: "Số dịch vụ công trực tuyến mức độ 3 (số dịch vụ), Hà Tĩnh, năm 2020.";
 * 2. the chart's notes (view fallback, separate schemes, shares that could not be computed…);
 * 3. each row with its levels ("Hà Tĩnh, 2020, cấp tỉnh: 788 dịch vụ mức độ 3."), or for many rows the
 *    largest and smallest mark;
 * 4. per-unit notes;
 * 5. the change of each level over the periods, first to last (shares in percentage points);
 * 6. missing values counted; 7. the sources.
 */
export function summarizeEgov(
  plan: EgovPlan,
  title: string,
  records: readonly EgovRecord[],
  highlight: { code?: string | undefined; era?: string | undefined },
  ctx: DescribeContext,
): string[] {
  const { lang, m, t } = ctx;
  const out: string[] = [];
  const panels = plan.panels;

  // 1. What, unit, where, when.
  const places = [...new Map(panels.map((p) => [`${p.place.era}:${p.place.code}`, p.place])).values()];
  const periods = [...new Map(panels.map((p) => [periodKey(p.period), p.period])).values()].sort(
    (a, b) => periodOrder(a) - periodOrder(b),
  );
  const where: string[] = [];
  if (places.length > 0 && places.length <= 3)
    where.push(places.map((p) => provinceName(p, lang)).join(', '));
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (first !== undefined && last !== undefined) {
    const yearOnly = isYearOnly(first) && isYearOnly(last);
    where.push(
      periods.length === 1
        ? m.phrases.period(periodInline(first, lang), yearOnly)
        : m.phrases.periodRange(periodInline(first, lang), periodInline(last, lang), yearOnly),
    );
  }
  out.push(m.summary.what(upperFirst(title, lang), t.summaryUnit[plan.view], where.join(', ')));

  // 2. Notes on the whole chart.
  out.push(...chartNotes(plan, ctx));

  // 3. The values.
  const rows = panels.flatMap((p) => p.rows.map((r) => ({ panel: p, row: r })));
  if (rows.length <= MAX_SUMMARY_ROWS) {
    for (const { panel, row } of rows) {
      const name = [
        provinceName(panel.place, lang),
        periodInline(panel.period, lang),
        lowerFirst(rowLabel(row, ctx), lang),
      ];
      // The unit is said once, with the first count ("12 dịch vụ mức độ 1, 85 mức độ 2"): sentences stay short.
      const items = row.segments.map((s, i) =>
        t.summaryItem(
          i === 0 && plan.view === 'count' ? spokenValue(s, ctx) : shownValue(s, ctx),
          s.record.level === undefined ? '' : lowerFirst(m.levels[s.record.level], lang),
        ),
      );
      out.push(t.summaryRow(name.join(', '), items));
    }
  } else {
    const valued = rows.flatMap(({ panel, row }) =>
      row.segments.filter((s) => s.value !== null).map((s) => ({ panel, row, s, v: s.value! })),
    );
    if (valued.length > 0) {
      const max = valued.reduce((a, b) => (b.v > a.v ? b : a));
      const min = valued.reduce((a, b) => (b.v < a.v ? b : a));
      const nameOf = (x: (typeof valued)[number]): string =>
        [...rowParts(x.panel, x.row, ctx), segmentWhat(x.s, ctx)].join(', ');
      out.push(t.summaryHighest(nameOf(max), spokenValue(max.s, ctx)));
      if (min !== max) out.push(t.summaryLowest(nameOf(min), spokenValue(min.s, ctx)));
    }
  }

  // 4. Per-unit figures are said to be per unit.
  const perUnitNotes = new Set(panels.flatMap((p) => panelNotes(p, ctx)));
  out.push(...perUnitNotes);

  // 5. Change over the periods, for each place, tier and level drawn in several periods.
  out.push(...trendSentences(plan, highlight, ctx));

  // 6. Missing values.
  const missing = plan.segments.filter((s) => s.value === null);
  for (const reason of ['not-available', 'not-applicable'] as const) {
    const count = missing.filter((s) => (s.record.obs.missing ?? 'not-available') === reason).length;
    if (count > 0)
      out.push(m.summary.missingCount(count, formatNumber(count, lang, 0), reason, m.missing[reason]));
  }

  // 7. Sources.
  const sources = new Set<string>();
  for (const r of records) {
    for (const source of [r.indicator.source, r.obs.source]) {
      if (source === undefined) continue;
      const text = sourceText(source, lang);
      if (text) sources.add(text);
    }
  }
  if (sources.size > 0) {
    const list = [...sources];
    out.push(m.summary.source(list.slice(0, 2), Math.max(0, list.length - 2)));
  }
  return out;
}

function trendSentences(
  plan: EgovPlan,
  highlight: { code?: string | undefined; era?: string | undefined },
  ctx: DescribeContext,
): string[] {
  const { lang, m } = ctx;
  const series = new Map<string, { panel: PlanPanel; row: PlanRow; s: PlanSegment }[]>();
  for (const panel of plan.panels) {
    for (const row of panel.rows) {
      for (const s of row.segments) {
        if (s.value === null) continue;
        const r = s.record;
        const key = [
          `${panel.place.era}:${panel.place.code}`,
          panel.scheme,
          row.perUnit,
          row.tier ?? '-',
          r.level ?? r.indicator.id,
          row.computed,
        ].join('|');
        const list = series.get(key) ?? [];
        list.push({ panel, row, s });
        series.set(key, list);
      }
    }
  }
  const candidates = [...series.values()]
    .map((list) => list.sort((a, b) => periodOrder(a.panel.period) - periodOrder(b.panel.period)))
    .filter((list) => new Set(list.map((x) => periodKey(x.panel.period))).size > 1);
  const isHighlighted = (x: { panel: PlanPanel }): boolean =>
    highlight.code !== undefined &&
    x.panel.place.code === highlight.code &&
    (highlight.era === undefined || x.panel.place.era === highlight.era);
  candidates.sort((a, b) => Number(isHighlighted(b[0]!)) - Number(isHighlighted(a[0]!)));
  return candidates.slice(0, MAX_TRENDS).map((list) => {
    const a = list[0]!;
    const b = list[list.length - 1]!;
    const subject = [
      provinceName(a.panel.place, lang),
      ...(a.row.labelBy === 'tier' && (a.row.tier !== undefined || a.row.perUnit)
        ? [lowerFirst(tierLabel(a.row, ctx), lang)]
        : []),
      segmentWhat(a.s, ctx),
    ].join(', ');
    const periods = m.phrases.periodRange(
      periodInline(a.panel.period, lang),
      periodInline(b.panel.period, lang),
      isYearOnly(a.panel.period) && isYearOnly(b.panel.period),
    );
    const from = a.s.value!;
    const to = b.s.value!;
    const share = plan.view === 'share';
    const decimals = share ? SHARE_DECIMALS : decimalsOf(a.s.record.indicator);
    const direction = directionOf(from, to, decimals);
    let change: string;
    if (share) {
      change =
        direction === 'flat'
          ? m.summary.unchanged(formatPercent(to, lang, decimals))
          : m.summary.pointsChange(
              formatPercentagePoints(Math.abs(to - from), lang, decimals).replace(/^\+/, ''),
              direction,
              formatPercent(from, lang, decimals),
              formatPercent(to, lang, decimals),
            );
    } else {
      change = moveText(from, to, a.s.record.indicator, lang, m);
    }
    return m.summary.trend(subject, periods, change);
  });
}

/**
 * The data table: one row per value of the chosen indicators, drawn or not (nothing the editor typed is
 * hidden): place, period, tier, level (marked when inferred from the indicator id), the indicator when
 * there are several, the count, the stated share, the share computed from counts, and the qualifier,
 * status and note when some value has one.
 */
export function tableEgov(
  records: readonly EgovRecord[],
  computedShares: ReadonlyMap<string, { share: number; total: number }>,
  caption: string,
  ctx: DescribeContext,
): TableModelResult {
  const { lang, m, t } = ctx;
  const indicators = new Set(records.map((r) => r.indicator.id));
  const yearsOnly = records.every((r) => isYearOnly(r.obs.period));
  const some = (test: (r: EgovRecord) => boolean): boolean => records.some(test);
  interface Spec {
    key: string;
    label: string;
    numeric: boolean;
    cell: (r: EgovRecord) => string;
    value?: (r: EgovRecord) => number | null;
  }
  const missingText = (o: ResolvedObservation): string => m.missing[o.missing ?? 'not-available'];
  const rowOf = (r: EgovRecord): PlanRow => ({
    key: '',
    tier: r.tier,
    perUnit: r.perUnit,
    labelBy: 'tier',
    computed: false,
    segments: [],
    total: 0,
  });
  const specs: Spec[] = [
    { key: 'place', label: m.table.place, numeric: false, cell: (r) => provinceName(r.obs.place, lang) },
    {
      key: 'period',
      label: yearsOnly ? m.table.year : m.table.period,
      numeric: false,
      cell: (r) => formatPeriod(r.obs.period, lang),
    },
    { key: 'tier', label: t.tableTier, numeric: false, cell: (r) => tierLabel(rowOf(r), ctx) },
    {
      key: 'level',
      label: t.tableLevel,
      numeric: false,
      cell: (r) => {
        if (r.level === undefined) return '';
        const level = m.levels[r.level];
        return r.levelFromId ? t.levelFromId(level) : level;
      },
    },
  ];
  if (indicators.size > 1) {
    specs.push({
      key: 'indicator',
      label: m.table.indicator,
      numeric: false,
      cell: (r) => localized(r.obs.label ?? r.indicator.label, lang),
    });
  }
  if (some((r) => r.measure === 'count')) {
    specs.push({
      key: 'count',
      label: t.tableCount,
      numeric: true,
      cell: (r) =>
        r.measure !== 'count'
          ? ''
          : r.obs.value === null
            ? missingText(r.obs)
            : formatNumber(r.obs.value, lang, decimalsOf(r.indicator)),
      value: (r) => (r.measure === 'count' ? r.obs.value : null),
    });
  }
  if (some((r) => r.measure === 'share')) {
    specs.push({
      key: 'share',
      label: t.tableShare,
      numeric: true,
      cell: (r) =>
        r.measure !== 'share'
          ? ''
          : r.obs.value === null
            ? missingText(r.obs)
            : formatNumber(r.obs.value, lang, decimalsOf(r.indicator)),
      value: (r) => (r.measure === 'share' ? r.obs.value : null),
    });
  }
  if (computedShares.size > 0) {
    specs.push({
      key: 'computed-share',
      label: t.tableComputedShare,
      numeric: true,
      cell: (r) => {
        const c = computedShares.get(r.key);
        return c === undefined ? '' : formatNumber(c.share, lang, SHARE_DECIMALS);
      },
      value: (r) => computedShares.get(r.key)?.share ?? null,
    });
  }
  if (some((r) => r.obs.qualifier !== undefined)) {
    specs.push({
      key: 'qualifier',
      label: m.table.qualifier,
      numeric: false,
      cell: (r) => (r.obs.qualifier === undefined ? '' : m.qualifiers[r.obs.qualifier]),
    });
  }
  if (some((r) => r.obs.status !== undefined)) {
    specs.push({
      key: 'status',
      label: m.table.status,
      numeric: false,
      cell: (r) => (r.obs.status === undefined ? '' : m.statuses[r.obs.status]),
    });
  }
  if (some((r) => localized(r.obs.note, lang).trim() !== '')) {
    specs.push({
      key: 'note',
      label: m.table.note,
      numeric: false,
      cell: (r) => localized(r.obs.note, lang),
    });
  }
  const periods = [...new Map(records.map((r) => [periodKey(r.obs.period), r.obs.period])).values()].sort(
    (a, b) => periodOrder(a) - periodOrder(b),
  );
  const p0 = periods[0];
  const p1 = periods[periods.length - 1];
  const periodText =
    p0 === undefined || p1 === undefined
      ? ''
      : periods.length === 1
        ? formatPeriod(p0, lang)
        : `${formatPeriod(p0, lang)}–${formatPeriod(p1, lang)}`;
  return {
    caption: m.table.caption(caption, periodText),
    columns: specs.map((s) => ({ key: s.key, label: s.label, numeric: s.numeric })),
    rows: records.map((r) => ({
      key: r.key,
      cells: specs.map((s) => s.cell(r)),
      values: specs.map((s) => (s.value ? s.value(r) : null)),
    })),
  };
}
