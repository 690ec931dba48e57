/**
 * The view of `<ict-province-compare>`: from the comparison model to what the element draws and says —
 * the layout, the accessible names and navigation tree, the summary sentences, the notes under the chart
 * and the data table. Pure (no DOM, no lit), so every text and number can be tested without an element.
 */
import type { NavItem, NavStrings } from '../../chart/controllers/navigation-controller.js';
import { groupLargeSets } from '../../chart/controllers/navigation-controller.js';
import type { TextMeasure } from '../../chart/geometry/text.js';
import { groupByRegion } from '../../chart/nav-groups.js';
import {
  decimalsOf,
  isYearOnly,
  localized,
  observationName,
  periodInline,
  periodKey,
  valueText,
} from '../../core/describe/labels.js';
import { observationLabeller } from '../../core/describe/observations.js';
import { sourceText, summarize } from '../../core/describe/summary.js';
import { tableModel, type TableModelResult } from '../../core/describe/table.js';
import { formatNumber, formatPeriod, formatValue, provinceName } from '../../core/format/index.js';
import { formatMarkValue, tickFormatter } from '../../core/format/marks.js';
import type { Messages } from '../../core/i18n/messages.js';
import type {
  IndicatorDataset,
  IndicatorMeta,
  Language,
  ResolvedObservation,
} from '../../core/indicator/types.js';
import { predecessorsOf, provincesOf, regionName, type RegionId } from '../../core/provinces/provinces.js';
import {
  layoutCompare,
  type CompareLayout,
  type CompareMark,
  type CompareRowInput,
  type ReferenceInput,
} from './province-compare.geometry.js';
import type { CompareForm, CompareModel, CompareRefusal, CompareRow } from './province-compare.model.js';
import type { CompareStrings } from './province-compare.strings.js';

/** One drawn province with its texts. */
export interface CompareDatum {
  row: CompareRow;
  mark: CompareMark;
  /** The visible label (without the "◆" the layout adds). */
  label: string;
  /** The accessible name, without the position: "Hà Tĩnh, 2020, thuê bao điện thoại: 94 thuê bao/100 dân, hạng 2/3". */
  name: string;
  /** What the data says about how the value was made (a sum of old units), else "". */
  note: string;
}

/** Everything the element draws and says for one comparison. */
export interface CompareView {
  indicator: IndicatorMeta;
  model: CompareModel;
  layout: CompareLayout;
  data: CompareDatum[];
  byKey: Map<string, CompareDatum>;
  items: NavItem[];
  fontSize: number;
  summary: string[];
  /** Visible notes under the chart. */
  notes: string[];
  table: TableModelResult;
  strings: CompareStrings;
}

/** What {@link buildCompareView} needs. */
export interface CompareViewInput {
  dataset: IndicatorDataset;
  indicator: IndicatorMeta;
  model: CompareModel;
  lang: Language;
  catalogue: Messages;
  strings: CompareStrings;
  form: CompareForm;
  region: RegionId | undefined;
  width: number;
  fontSize: number;
  measure?: TextMeasure;
  nav: NavStrings;
}

/** Decimals of the mean and median: one more than a whole-number indicator's, so 98,5 does not print as 99. */
export function statDecimals(indicator: IndicatorMeta): number {
  const decimals = decimalsOf(indicator);
  return decimals === 0 ? 1 : decimals;
}

/** The visible message for a comparison that cannot be drawn. */
export function refusalText(
  refusal: CompareRefusal,
  indicator: IndicatorMeta,
  lang: Language,
  strings: CompareStrings,
): string {
  const name = localized(indicator.label, lang);
  switch (refusal.reason) {
    case 'rate-not-summable':
      return strings.compareRefuseRate(name);
    case 'no-data-in-era':
      return strings.compareNoDataInEra(strings.compareEraName[refusal.era]);
    case 'none-in-region':
      return strings.compareNoneInRegion(regionName(refusal.region, lang));
    default:
      return strings.compareNoProvinces(name);
  }
}

/** Builds the view; see the module comment. */
export function buildCompareView(input: CompareViewInput): CompareView {
  const { indicator, model, lang, catalogue, strings } = input;
  const obsList = model.rows.map((r) => r.obs);
  const labelOf = observationLabeller(obsList, lang);
  const decimals = decimalsOf(indicator);
  const number = (n: number): string => formatNumber(n, lang, 0);
  const rankCount = number(model.rankCount);

  const markValue = (o: ResolvedObservation): string => {
    if (o.value === null) return catalogue.missing[o.missing ?? 'not-available'];
    const text = formatMarkValue(o.value, indicator, lang, decimals);
    return o.qualifier === undefined
      ? text
      : catalogue.phrases.withQualifier(text, catalogue.qualifiers[o.qualifier]);
  };
  const labels = new Map<CompareRow, string>();
  for (const row of model.rows) {
    const base = labelOf(row.obs);
    labels.set(
      row,
      row.highlighted && row.rank !== undefined
        ? `${base} (${strings.compareRankShort(number(row.rank), rankCount)})`
        : base,
    );
  }
  const rowInput = (row: CompareRow): CompareRowInput => ({
    key: row.key,
    label: labels.get(row)!,
    value: row.obs.value,
    valueText: markValue(row.obs),
    highlighted: row.highlighted,
  });

  // Reference lines: the national value the data states, then the unweighted mean and the median.
  const references: ReferenceInput[] = [];
  const sd = statDecimals(indicator);
  const commonPeriod = model.periods.length === 1 ? model.periods[0] : undefined;
  const national = model.national;
  const nationalPeriod =
    national !== undefined &&
    (commonPeriod === undefined || periodKey(national.period) !== periodKey(commonPeriod))
      ? formatPeriod(national.period, lang)
      : '';
  if (national !== undefined && national.value !== null) {
    references.push({
      kind: 'national',
      value: national.value,
      text: strings.compareNationalLabel(
        formatMarkValue(national.value, indicator, lang, decimals),
        nationalPeriod,
      ),
    });
  }
  if (model.stats !== undefined) {
    references.push({
      kind: 'mean',
      value: model.stats.mean,
      text: strings.compareMeanLabel(formatMarkValue(model.stats.mean, indicator, lang, sd)),
    });
    references.push({
      kind: 'median',
      value: model.stats.median,
      text: strings.compareMedianLabel(formatMarkValue(model.stats.median, indicator, lang, sd)),
    });
  }

  const maxAbs = Math.max(
    0,
    ...obsList.map((o) => Math.abs(o.value ?? 0)),
    ...references.map((r) => Math.abs(r.value)),
  );
  const layout = layoutCompare(
    model.sections.map((s) => ({
      key: s.region ?? 'all',
      heading: s.region === undefined ? undefined : regionName(s.region, lang),
      rows: s.rows.map(rowInput),
    })),
    {
      width: input.width,
      fontSize: input.fontSize,
      form: input.form,
      formatTick: tickFormatter(indicator, maxAbs, lang),
      references,
      measure: input.measure,
    },
  );

  // A value the library summed from old units says so in its name and tooltip.
  const given = new Set(input.dataset.observations);
  const noteOf = (o: ResolvedObservation): string =>
    model.aggregated && !given.has(o) && predecessorsOf(o.place.code).length > 1
      ? localized(o.note, lang)
      : '';
  const data: CompareDatum[] = model.rows.map((row, i) => {
    const note = noteOf(row.obs);
    let name = observationName(row.obs, indicator, lang, undefined, catalogue);
    if (row.rank !== undefined) name += strings.compareRankName(number(row.rank), rankCount);
    if (note !== '') name += `, ${note.charAt(0).toLocaleLowerCase() + note.slice(1)}`;
    return { row, mark: layout.rows[i]!, label: labels.get(row)!, name, note };
  });
  const byKey = new Map(data.map((d) => [d.mark.key, d]));

  const leaves: NavItem[] = data.map((d) => ({
    key: d.mark.key,
    label: d.name,
    text: provinceName(d.row.obs.place, lang),
    rect: d.mark.hit,
  }));
  const grouped = model.sections[0]?.region !== undefined;
  const tree = grouped
    ? groupByRegion(
        obsList.map((o) => o.place),
        leaves,
        lang,
        0,
      )
    : leaves;
  const items = groupLargeSets(tree, (first, last, from, to) =>
    input.nav.navGroupRange(from, to, first.text ?? first.label, last.text ?? last.label),
  );

  const { summary, notes } = describeComparison(input, references);
  return {
    indicator,
    model,
    layout,
    data,
    byKey,
    items,
    fontSize: input.fontSize,
    summary,
    notes,
    table: comparisonTable(input, references),
    strings,
  };
}

/** The summary sentences and the notes under the chart. */
function describeComparison(
  input: CompareViewInput,
  references: readonly ReferenceInput[],
): { summary: string[]; notes: string[] } {
  const { indicator, model, lang, catalogue, strings, region } = input;
  const obsList = model.rows.map((r) => r.obs);
  const number = (n: number): string => formatNumber(n, lang, 0);
  const sd = statDecimals(indicator);
  const regionText = region === undefined ? '' : regionName(region, lang);

  const base = summarize({ indicator, observations: obsList, lang, messages: catalogue });
  const hasSource = [indicator.source, ...obsList.map((o) => o.source)].some(
    (s) => s !== undefined && sourceText(s, lang) !== '',
  );
  const tail = hasSource ? base.splice(base.length - 1, 1) : [];

  const own: string[] = [];
  const notes: string[] = [];
  if (regionText !== '') {
    own.push(strings.compareRegionOnly(regionText));
    notes.push(strings.compareRegionOnly(regionText));
  }
  const withData = new Set(
    model.rows.filter((r) => r.obs.value !== null).map((r) => `${r.obs.place.era}:${r.obs.place.code}`),
  ).size;
  own.push(strings.compareCoverage(number(withData), number(model.units), regionText));

  const hl = model.highlight;
  if (hl !== undefined) {
    const name = provinceName(hl.obs.place, lang);
    if (hl.rank === undefined) {
      own.push(strings.compareHighlightValue(name, valueText(hl.obs, indicator, lang, catalogue)));
    } else {
      own.push(
        strings.compareRankSentence(
          name,
          number(hl.rank),
          number(model.rankCount),
          valueText(hl.obs, indicator, lang, catalogue),
          regionText,
        ),
      );
    }
  }
  if (model.stats !== undefined) {
    own.push(
      strings.compareStatsSentence(
        number(model.stats.count),
        formatValue(model.stats.mean, indicator.unit, lang, sd),
        formatValue(model.stats.median, indicator.unit, lang, sd),
      ),
    );
  }
  const national = model.national;
  if (national !== undefined && national.value !== null && references.some((r) => r.kind === 'national')) {
    own.push(
      strings.compareNationalSentence(
        formatValue(national.value, indicator.unit, lang, indicator.decimals),
        catalogue.phrases.period(periodInline(national.period, lang), isYearOnly(national.period)),
      ),
    );
  }
  const explain = (text: string): void => {
    own.push(text);
    notes.push(text);
  };
  if (model.aggregated) {
    explain(
      strings.compareAggregated(number(provincesOf('2008-2025').length), number(provincesOf('2025-').length)),
    );
    if (model.partialSums > 0) explain(strings.comparePartialSums(number(model.partialSums)));
  }
  if (model.leftOut !== undefined) {
    explain(strings.compareLeftOut(number(model.leftOut.count), strings.compareEraName[model.leftOut.era]));
  }
  if (model.periods.length > 1) {
    const first = model.periods[0]!;
    const last = model.periods[model.periods.length - 1]!;
    explain(strings.compareMixedPeriods(`${formatPeriod(first, lang)}–${formatPeriod(last, lang)}`));
  }
  if (!model.comparable) {
    explain(strings.compareNotComparable(model.duplicated.map((p) => provinceName(p, lang)).join(', ')));
  }
  if (model.stats !== undefined) notes.push(strings.compareMeanNote);
  for (const note of indicator.notes ?? []) notes.push(localized(note, lang));

  return { summary: [...base, ...own, ...tail], notes };
}

/** The data table: the core's table with a rank and a region column, and the reference lines as rows. */
function comparisonTable(input: CompareViewInput, references: readonly ReferenceInput[]): TableModelResult {
  const { indicator, model, lang, catalogue, strings } = input;
  const obsList = model.rows.map((r) => r.obs);
  const base = tableModel(indicator, obsList, lang, catalogue);
  const number = (n: number): string => formatNumber(n, lang, 0);
  const extra = [
    ...(model.comparable ? [{ key: 'rank', label: strings.compareRankHeader, numeric: true }] : []),
    { key: 'region', label: strings.compareRegionHeader, numeric: false },
  ];
  const at = 1; // after the place
  const columns = [...base.columns.slice(0, at), ...extra, ...base.columns.slice(at)];
  const rows = base.rows.map((r, i) => {
    const row = model.rows[i]!;
    const rank = model.comparable ? [row.rank === undefined ? '' : number(row.rank)] : [];
    const rankValue = model.comparable ? [row.rank ?? null] : [];
    const regionCell = row.region === undefined ? '' : regionName(row.region, lang);
    return {
      key: r.key,
      cells: [...r.cells.slice(0, at), ...rank, regionCell, ...r.cells.slice(at)],
      values: [...r.values.slice(0, at), ...rankValue, null, ...r.values.slice(at)],
    };
  });
  const sd = statDecimals(indicator);
  const periods = model.periods;
  const periodText =
    periods.length === 0
      ? ''
      : periods.length === 1
        ? formatPeriod(periods[0]!, lang)
        : `${formatPeriod(periods[0]!, lang)}–${formatPeriod(periods[periods.length - 1]!, lang)}`;
  const refName = {
    national: strings.compareNational,
    mean: strings.compareMean,
    median: strings.compareMedian,
  };
  for (const ref of references) {
    const isNational = ref.kind === 'national' && model.national !== undefined;
    const cellOf = (key: string): string => {
      if (key === 'place') return refName[ref.kind];
      if (key === 'value')
        return formatNumber(ref.value, lang, ref.kind === 'national' ? decimalsOf(indicator) : sd);
      if (key === 'period') return isNational ? formatPeriod(model.national!.period, lang) : periodText;
      if (key === 'rank') return strings.compareNoRank;
      return '';
    };
    rows.push({
      key: `reference:${ref.kind}`,
      cells: columns.map((c) => cellOf(c.key)),
      values: columns.map((c) => (c.key === 'value' ? ref.value : null)),
    });
  }
  return { caption: base.caption, columns, rows };
}
