/**
 * The words of `<ict-coverage>` for one language: row headings that carry their scope, tier labels,
 * printed values, accessible names with the gap to 100 % in percentage points, the generated summary and
 * the data table. Pure: a selection from `coverage.model.ts` in, texts out (no DOM).
 */
import { MAX_SOURCES, sourceText } from '../../core/describe/summary.js';
import {
  decimalsOf,
  localized,
  lowerFirst,
  periodInline,
  seriesLabel,
  upperFirst,
  valueText,
} from '../../core/describe/labels.js';
import type { TableColumnModel, TableModelResult, TableRowModel } from '../../core/describe/table.js';
import {
  NOT_A_NUMBER,
  formatNumber,
  formatPercentagePoints,
  formatPeriod,
  formatValue,
  provinceName,
} from '../../core/format/index.js';
import type { Messages } from '../../core/i18n/messages.js';
import {
  MISSING_REASONS,
  type Language,
  type Qualifier,
  type ResolvedPlace,
} from '../../core/indicator/types.js';
import { foldForSearch } from '../../core/provinces/provinces.js';
import type { CoverageSectionInput } from './coverage.geometry.js';
import type { CoverageBar, CoverageRow, CoverageSection, CoverageSelection } from './coverage.model.js';
import type { CoverageTexts } from './coverage.strings.js';

/** The texts of one bar. */
export interface DescribedBar {
  bar: CoverageBar;
  /** The tier or scope label drawn next to the bar ("Cấp xã"); empty for a row of one bar. */
  tier: string;
  /** The printed value ("98,9 %", "trên 95 %", "không có số liệu"). */
  valueText: string;
  /** The label of the target tick ("Kế hoạch 95 %"), when there is a target. */
  targetText: string | undefined;
  /** "hoàn thành", "còn thiếu 11 điểm phần trăm", or the out-of-range warning; empty for a missing value. */
  status: string;
  /** "đạt kế hoạch 95 %", "chưa đạt kế hoạch 95 %, thiếu 3 điểm phần trăm", or "" without a target. */
  targetStatus: string;
  /** The accessible name: place, period, what, value, status, target. */
  name: string;
  /** The name in a summary sentence: heading (tier) [place, period]. */
  short: string;
}

/** The texts of one row. */
export interface DescribedRow {
  row: CoverageRow;
  /** The visible heading: the indicator (or the value's own label), with its scope when it does not say it. */
  heading: string;
  bars: DescribedBar[];
  /** Accessible name of a row with several tiers (its bars are one level down). */
  groupName: string;
}

/** The texts of one section. */
export interface DescribedSection {
  section: CoverageSection;
  /** "Điện Biên, 2022". */
  label: string;
  rows: DescribedRow[];
}

/** Everything the element says. */
export interface CoverageDescription {
  title: string;
  /** Place and period when the chart has one section ("Điện Biên, 2022"), else "". */
  where: string;
  sections: DescribedSection[];
  summary: string[];
  table: TableModelResult;
  /** Short names with values of the bars outside 0–100 % (for the visible warning). */
  outOfRange: string[];
}

/** How a stated precision of a value turns around for the gap: over 95 % leaves under 5 points. */
const GAP_QUALIFIER: Record<Qualifier, Qualifier> = {
  over: 'under',
  under: 'over',
  about: 'about',
  nearly: 'over',
};

/** True when every word of `part` is a word of `text` (diacritics and case ignored). */
export function saysAlready(text: string, part: string): boolean {
  const words = new Set(foldForSearch(text).split(' '));
  const needed = foldForSearch(part)
    .split(' ')
    .filter((w) => w !== '');
  return needed.length > 0 && needed.every((w) => words.has(w));
}

/** A difference of percentages in percentage points, without a sign: "21,5 điểm phần trăm". */
export function pointsText(points: number, lang: Language, decimals: number): string {
  return formatPercentagePoints(points, lang, decimals).replace(/^[+-]/, '');
}

interface Context {
  lang: Language;
  m: Messages;
  t: CoverageTexts;
  severalSections: boolean;
}

function sectionLabel(place: ResolvedPlace, section: CoverageSection, c: Context): string {
  return c.t.coverageSection(provinceName(place, c.lang), formatPeriod(section.period, c.lang));
}

function rowHeading(row: CoverageRow, c: Context): string {
  const only = row.bars.length === 1 ? row.bars[0] : undefined;
  if (only === undefined) return upperFirst(localized(row.indicator.label, c.lang), c.lang);
  const label = upperFirst(localized(only.obs.label ?? row.indicator.label, c.lang), c.lang);
  // The denominator must be explicit: "… (tất cả các cấp)", unless the label already says "thôn/bản".
  const series = seriesLabel(only.obs.breakdown, c.lang, c.m);
  return series && !saysAlready(label, series) ? `${label} (${lowerFirst(series, c.lang)})` : label;
}

/** Tier labels of a row of several bars: the breakdown, else the values' own labels, else a number. */
function tierLabels(row: CoverageRow, c: Context): string[] {
  if (row.bars.length === 1) return [''];
  const byBreakdown = row.bars.map((b) => seriesLabel(b.obs.breakdown, c.lang, c.m));
  if (byBreakdown.every((s) => s !== '') && new Set(byBreakdown).size === byBreakdown.length)
    return byBreakdown;
  const byLabel = row.bars.map((b) => upperFirst(localized(b.obs.label, c.lang), c.lang));
  if (byLabel.every((s) => s !== '') && new Set(byLabel).size === byLabel.length) return byLabel;
  return row.bars.map((_, i) => byBreakdown[i] || byLabel[i] || formatNumber(i + 1, c.lang, 0));
}

function gapText(bar: CoverageBar, c: Context): string {
  if (bar.gap === undefined) return '';
  if (bar.complete) return c.t.coverageComplete;
  let points = pointsText(bar.gap, c.lang, decimalsOf(bar.indicator));
  if (bar.obs.qualifier !== undefined) {
    points = c.m.phrases.withQualifier(points, c.m.qualifiers[GAP_QUALIFIER[bar.obs.qualifier]]);
  }
  return c.t.coverageGap(points);
}

function percent(value: number, bar: CoverageBar, lang: Language): string {
  return formatValue(value, 'percent', lang, bar.indicator.decimals);
}

function describeBar(
  bar: CoverageBar,
  tier: string,
  heading: string,
  section: DescribedSection,
  c: Context,
): DescribedBar {
  const { lang, m, t } = c;
  const shownValue = valueText(bar.obs, bar.indicator, lang, m);
  const targetValue = bar.target === undefined ? undefined : percent(bar.target, bar, lang);
  let status = '';
  if (bar.value !== null) {
    status = bar.outOfRange ? t.coverageOutOfRange(percent(bar.value, bar, lang)) : gapText(bar, c);
  }
  let targetStatus = '';
  if (targetValue !== undefined && bar.targetMet !== undefined) {
    targetStatus = bar.targetMet
      ? t.coverageTargetMet(targetValue)
      : t.coverageTargetMissed(targetValue, pointsText(bar.targetGap ?? 0, lang, decimalsOf(bar.indicator)));
  } else if (targetValue !== undefined) {
    targetStatus = m.phrases.target(targetValue);
  }
  const facts = [status, targetStatus];
  // What: the value's own label (more precise than the indicator's), with its tier or scope unless it says it.
  const composeName = (): string => {
    const label = lowerFirst(localized(bar.obs.label ?? bar.indicator.label, lang), lang);
    const series = seriesLabel(bar.obs.breakdown, lang, m);
    const what =
      series && !saysAlready(label, series) ? m.name.withSeries(label, lowerFirst(series, lang)) : label;
    const base = m.name.observation(
      provinceName(bar.obs.place, lang),
      periodInline(bar.obs.period, lang),
      what,
      shownValue,
    );
    return [base, ...facts.filter((f) => f !== '')].join(', ');
  };
  // Composed when read (the keys reach the bar, the tree draws it): 10 000 bars need few names.
  let name: string | undefined;
  const qualifiers = [tier ? lowerFirst(tier, lang) : '', c.severalSections ? section.label : ''].filter(
    (q) => q !== '',
  );
  const short = `${lowerFirst(heading, lang)}${qualifiers.length > 0 ? ` (${qualifiers.join(', ')})` : ''}`;
  return {
    bar,
    tier,
    valueText: shownValue,
    targetText: targetValue === undefined ? undefined : t.coverageTargetLabel(targetValue),
    status,
    targetStatus,
    get name() {
      return (name ??= composeName());
    },
    short,
  };
}

/** The texts of `selection` in `lang` (catalogue `m`, element texts `t`); `label` is the author's title. */
export function describeCoverage(
  selection: CoverageSelection,
  lang: Language,
  m: Messages,
  t: CoverageTexts,
  label?: string,
): CoverageDescription {
  const c: Context = { lang, m, t, severalSections: selection.sections.length > 1 };
  const sections: DescribedSection[] = selection.sections.map((section) => {
    const described: DescribedSection = { section, label: sectionLabel(section.place, section, c), rows: [] };
    described.rows = section.rows.map((row) => {
      const heading = rowHeading(row, c);
      const tiers = tierLabels(row, c);
      const bars = row.bars.map((bar, i) => describeBar(bar, tiers[i] ?? '', heading, described, c));
      const groupName = t.coverageGroupName(
        heading,
        bars.map((b) => t.coverageGroupPart(lowerFirst(b.tier, lang), b.valueText)),
      );
      return { row, heading, bars, groupName };
    });
    return described;
  });
  const where = sections.length === 1 ? sections[0]!.label : '';
  const title =
    label !== undefined && label.trim() !== ''
      ? label
      : selection.indicators.length === 1
        ? upperFirst(localized(selection.indicators[0]!.label, lang), lang)
        : t.coverageTitle(where);
  const bars = sections.flatMap((s) => s.rows.flatMap((r) => r.bars));
  const outOfRange = bars
    .filter((b) => b.bar.outOfRange)
    .map((b) => `${upperFirst(b.short, lang)}: ${b.valueText}`);
  return {
    title,
    where,
    sections,
    summary: summarizeCoverage(sections, bars, selection, where, c, outOfRange),
    table: tableOf(sections, bars, title, c),
    outOfRange,
  };
}

function summarizeCoverage(
  sections: readonly DescribedSection[],
  bars: readonly DescribedBar[],
  selection: CoverageSelection,
  where: string,
  c: Context,
  outOfRange: readonly string[],
): string[] {
  const { lang, m, t } = c;
  const n = (count: number): string => formatNumber(count, lang, 0);
  const rows = sections.flatMap((s) => s.rows);
  const out: string[] = [];

  // 1. What and where.
  const places = where || (sections.length <= 3 ? sections.map((s) => s.label).join('; ') : '');
  out.push(t.coverageIntro(rows.length, n(rows.length), places));

  // 2. How many reached 100 %.
  const valued = bars.filter((b) => b.bar.value !== null);
  if (valued.length > 0) {
    const reachedRows = rows.filter((r) => r.row.bars.every((b) => b.complete)).length;
    if (rows.every((r) => r.row.bars.length === 1)) {
      out.push(t.coverageReachedRows(n(reachedRows), n(rows.length)));
    } else {
      const reachedValues = valued.filter((b) => b.bar.complete).length;
      out.push(t.coverageReachedValues(n(reachedValues), n(valued.length), n(reachedRows), n(rows.length)));
    }
  }

  // 3. The lowest coverage and its gap in percentage points.
  const short = valued.filter((b) => b.bar.gap !== undefined && !b.bar.complete);
  if (short.length > 0) {
    const lowest = Math.min(...short.map((b) => b.bar.value!));
    const at = short.filter((b) => b.bar.value === lowest);
    const head = at[0]!;
    const name =
      at.length === 1 ? head.short : m.summary.andOthers(head.short, at.length - 1, n(at.length - 1));
    out.push(t.coverageLowest(name, head.valueText, head.status));
  } else if (valued.some((b) => b.bar.complete)) {
    out.push(t.coverageAllComplete);
  }

  // 4. Targets.
  const withTarget = valued.filter((b) => b.bar.targetMet !== undefined);
  if (withTarget.length > 0) {
    out.push(t.coverageTargets(n(withTarget.filter((b) => b.bar.targetMet).length), n(withTarget.length)));
  }

  // 5. Values that are not coverages.
  if (outOfRange.length > 0) out.push(t.coverageOutOfRangeSummary(outOfRange));

  // 6. Missing values.
  for (const reason of MISSING_REASONS) {
    const count = bars.filter(
      (b) => b.bar.value === null && (b.bar.obs.missing ?? 'not-available') === reason,
    ).length;
    if (count > 0) out.push(m.summary.missingCount(count, n(count), reason, m.missing[reason]));
  }

  // 7. Sources.
  const sources = new Set<string>();
  for (const source of [
    ...selection.indicators.map((i) => i.source),
    ...selection.bars.map((b) => b.obs.source),
  ]) {
    if (!source) continue;
    const text = sourceText(source, lang);
    if (text) sources.add(text);
  }
  if (sources.size > 0) {
    const list = [...sources];
    out.push(m.summary.source(list.slice(0, MAX_SOURCES), Math.max(0, list.length - MAX_SOURCES)));
  }
  return out;
}

function tableOf(
  sections: readonly DescribedSection[],
  bars: readonly DescribedBar[],
  title: string,
  c: Context,
): TableModelResult {
  const { lang, m, t } = c;
  const number = (b: DescribedBar, v: number): string => formatNumber(v, lang, decimalsOf(b.bar.indicator));
  interface Spec {
    column: TableColumnModel;
    cell: (b: DescribedBar, row: DescribedRow) => string;
    value?: (b: DescribedBar) => number | null;
  }
  const some = (test: (b: DescribedBar) => boolean): boolean => bars.some(test);
  const specs: Spec[] = [
    {
      column: { key: 'indicator', label: t.coverageTableIndicator, numeric: false },
      cell: (_b, row) => row.heading,
    },
    {
      column: { key: 'place', label: m.table.place, numeric: false },
      cell: (b) => provinceName(b.bar.obs.place, lang),
    },
    {
      column: { key: 'period', label: m.table.year, numeric: false },
      cell: (b) => formatPeriod(b.bar.obs.period, lang),
    },
  ];
  if (some((b) => seriesLabel(b.bar.obs.breakdown, lang, m) !== '' || b.tier !== '')) {
    specs.push({
      column: { key: 'series', label: m.table.series, numeric: false },
      cell: (b) => b.tier || seriesLabel(b.bar.obs.breakdown, lang, m),
    });
  }
  specs.push({
    column: { key: 'value', label: m.table.value('%'), numeric: true },
    cell: (b) =>
      b.bar.value === null ? m.missing[b.bar.obs.missing ?? 'not-available'] : number(b, b.bar.value),
    value: (b) => b.bar.value,
  });
  if (some((b) => b.bar.obs.qualifier !== undefined)) {
    specs.push({
      column: { key: 'qualifier', label: m.table.qualifier, numeric: false },
      cell: (b) => (b.bar.obs.qualifier === undefined ? '' : m.qualifiers[b.bar.obs.qualifier]),
    });
  }
  specs.push({
    column: { key: 'gap', label: t.coverageTableGap, numeric: true },
    // No gap for a value outside 0–100 % ("—"; the check column says why); a missing value's says "no data".
    cell: (b) => (b.bar.gap !== undefined ? number(b, b.bar.gap) : b.bar.outOfRange ? NOT_A_NUMBER : ''),
    value: (b) => b.bar.gap ?? null,
  });
  if (some((b) => b.bar.target !== undefined)) {
    specs.push({
      column: { key: 'target', label: m.table.target('%'), numeric: true },
      cell: (b) => (b.bar.target === undefined ? '' : number(b, b.bar.target)),
      value: (b) => b.bar.target ?? null,
    });
  }
  if (some((b) => b.bar.outOfRange)) {
    specs.push({
      column: { key: 'check', label: t.coverageTableCheck, numeric: false },
      cell: (b) => (b.bar.outOfRange ? t.coverageTableOutOfRange : ''),
    });
  }
  const rows: TableRowModel[] = [];
  for (const section of sections) {
    for (const row of section.rows) {
      for (const b of row.bars) {
        rows.push({
          key: b.bar.key,
          cells: specs.map((s) => s.cell(b, row)),
          values: specs.map((s) => (s.value ? s.value(b) : null)),
        });
      }
    }
  }
  return { caption: title, columns: specs.map((s) => s.column), rows };
}

/**
 * What the layout draws for a description: section headings only when there are several sections, tier
 * labels only in rows of several bars (a single bar's scope is in its row heading).
 */
export function layoutInput(
  description: CoverageDescription,
  highlighted: (row: CoverageRow) => boolean = () => false,
): CoverageSectionInput[] {
  const several = description.sections.length > 1;
  return description.sections.map((s) => ({
    key: s.section.key,
    label: several ? s.label : '',
    rows: s.rows.map((r) => ({
      key: r.row.key,
      label: r.heading,
      highlighted: highlighted(r.row),
      bars: r.bars.map((b) => ({
        key: b.bar.key,
        label: r.bars.length > 1 ? b.tier : '',
        value: b.bar.value,
        valueText: b.valueText,
        complete: b.bar.complete,
        outOfRange: b.bar.outOfRange,
        target: b.bar.target,
        // The attribute's target is shared: the legend says it once (see sharedTargetText).
        targetText: b.bar.targetSource === 'attribute' ? undefined : b.targetText,
      })),
    })),
  }));
}

/** The legend text of the `target` attribute ("Kế hoạch 95 %"), when some bar uses it. */
export function sharedTargetText(description: CoverageDescription): string | undefined {
  const bars = description.sections.flatMap((s) => s.rows.flatMap((r) => r.bars));
  return bars.find((b) => b.bar.targetSource === 'attribute')?.targetText;
}
