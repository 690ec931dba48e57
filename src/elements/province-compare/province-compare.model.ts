/**
 * The comparison semantics of `<ict-province-compare>`: which observation stands for each province, in
 * which administrative era, in which order and section; the rank, the unweighted mean and median of the
 * provinces shown, and the national value the data states. Pure: no DOM, no lit.
 *
 * Rules (each one is what the summary and the notes say):
 * - **One indicator; provinces only.** Observations with `breakdown.scope: 'national'` are the national
 *   line, never a province. Plans (`status: 'target'`) are not compared.
 * - **One period per province.** With `year`, only that year; then each province's latest period. When the
 *   periods differ the model says so (`periods`).
 * - **One era.** Default: the era of the latest observation; values of the other era are left out and
 *   counted. `era: '2025-'` sums counts and VND of the 63 old units onto the 34 new ones
 *   (`aggregateToNewEra`, which refuses rates); a rate is shown on the new units only when the data states
 *   values for them, else the model refuses (`refusal.reason: 'rate-not-summable'`).
 * - **Rank and statistics only when comparable:** when each province has one row. Rank 1 is the highest
 *   value; ties share the better rank ("1, 2, 2, 4"); missing values have no rank. The mean is unweighted
 *   (every province counts once, whatever its population) over the provinces shown (after a region filter).
 * - **Missing values last**, in every order and in every region section.
 */
import { mean as d3Mean, median as d3Median } from 'd3-array';
import { localeTag } from '../../core/format/format.js';
import { periodKey, periodOrder } from '../../core/describe/labels.js';
import { observationKey } from '../../core/describe/observations.js';
import type {
  Era,
  IndicatorMeta,
  Language,
  Period,
  ResolvedObservation,
  ResolvedPlace,
} from '../../core/indicator/types.js';
import { SUMMABLE_UNITS, aggregateToNewEra } from '../../core/provinces/aggregate.js';
import {
  REGION_IDS,
  findProvince,
  provinceName,
  provincesOf,
  successorOf,
  type RegionId,
} from '../../core/provinces/provinces.js';

/** How the provinces are drawn. */
export const COMPARE_FORMS = ['bars', 'dots'] as const;
export type CompareForm = (typeof COMPARE_FORMS)[number];

/** Orders of the provinces (missing values always last). */
export const COMPARE_SORTS = ['descending', 'ascending', 'name', 'none'] as const;
export type CompareSort = (typeof COMPARE_SORTS)[number];

/** Groupings of the provinces into sections. */
export const COMPARE_GROUPINGS = ['region'] as const;
export type CompareGrouping = (typeof COMPARE_GROUPINGS)[number];

/** What {@link compareProvinces} is asked. */
export interface CompareOptions {
  /** Era to show; default the era of the latest observation. */
  era?: Era;
  /** Only this year; default each province's latest period. */
  year?: number;
  /** Only the provinces of this region. */
  region?: RegionId;
  sort: CompareSort;
  groupBy?: CompareGrouping;
  /** Province code to highlight, and its era (see {@link resolveHighlight}). */
  highlight?: string;
  highlightEra?: Era;
  /** Language of the names, for `sort: 'name'`. */
  lang: Language;
}

/** One drawn province (or one series of a province when it has several). */
export interface CompareRow {
  obs: ResolvedObservation;
  key: string;
  region: RegionId | undefined;
  /** 1 = highest value; undefined when missing or when the rows are not comparable. */
  rank: number | undefined;
  highlighted: boolean;
}

/** Rows of one region (or all rows when not grouped). */
export interface CompareSection {
  /** The region of a region section; undefined when not grouped. */
  region: RegionId | undefined;
  rows: CompareRow[];
}

/** The unweighted statistics of the provinces shown. */
export interface CompareStats {
  /** Provinces with a value. */
  count: number;
  mean: number;
  median: number;
}

/** Why nothing can be drawn. */
export type CompareRefusal =
  | { reason: 'rate-not-summable' }
  | { reason: 'no-data-in-era'; era: Era }
  | { reason: 'no-provinces' }
  | { reason: 'none-in-region'; region: RegionId };

/** The model of one comparison. */
export interface CompareModel {
  era: Era;
  /** Every row in display order (the sections flattened). */
  rows: CompareRow[];
  sections: CompareSection[];
  /** Whether each province has exactly one row (then ranks and statistics exist). */
  comparable: boolean;
  /** Provinces with several rows, when not comparable. */
  duplicated: ResolvedPlace[];
  /** Mean and median; undefined when not comparable or fewer than two values. */
  stats: CompareStats | undefined;
  /** Provinces with a value (the rank's "of N"). */
  rankCount: number;
  /** The national value from the data, if any (the one for the provinces' period, else the latest). */
  national: ResolvedObservation | undefined;
  /** The first highlighted row. */
  highlight: CompareRow | undefined;
  /** Whether old-era values were summed onto the new units. */
  aggregated: boolean;
  /** New units whose sum is missing because an old unit lacks a value. */
  partialSums: number;
  /** Observations of the other era left out. */
  leftOut: { count: number; era: Era } | undefined;
  /** Distinct periods of the rows, oldest first. */
  periods: Period[];
  /** Units of the era (of the region when filtered). */
  units: number;
}

export type CompareResult = { ok: true; model: CompareModel } | { ok: false; refusal: CompareRefusal };

const placeKey = (p: ResolvedPlace): string => `${p.era}:${p.code}`;

/** True for a national figure (drawn as the "Cả nước" line, never as a province). */
export function isNational(obs: ResolvedObservation): boolean {
  return obs.breakdown?.scope === 'national';
}

/** Observations of the indicator that are about a province (not national, not plans). */
export function provincialObservations(
  observations: readonly ResolvedObservation[],
  indicator: IndicatorMeta,
): ResolvedObservation[] {
  return observations.filter((o) => o.indicator === indicator.id && !isNational(o) && o.status !== 'target');
}

/**
 * Whether the indicator fits a comparison: observations of at least `minProvinces` distinct provinces.
 */
export function fitsComparison(
  observations: readonly ResolvedObservation[],
  indicator: IndicatorMeta,
  minProvinces = 2,
): boolean {
  const places = new Set(provincialObservations(observations, indicator).map((o) => placeKey(o.place)));
  return places.size >= minProvinces;
}

/**
 * The code to highlight in the era shown. A code of the other era is mapped old → new (Bến Tre 83 of
 * 2008-2025 → Vĩnh Long 86 of 2025-); a new unit has several old ones, so new → old maps to nothing.
 * Without `highlightEra`, a code unknown in the era shown is read as an old code when showing 2025-.
 */
export function resolveHighlight(
  code: string | undefined,
  highlightEra: Era | undefined,
  era: Era,
): string | undefined {
  if (code === undefined || code === '') return undefined;
  if (highlightEra === era) return code;
  if (highlightEra === undefined && findProvince(code, era) !== undefined) return code;
  if (era === '2025-' && highlightEra !== '2025-') return successorOf(code)?.code;
  return undefined;
}

/** The latest observations of each province (all rows of its latest period), in input order. */
function latestPerProvince(observations: readonly ResolvedObservation[]): ResolvedObservation[] {
  const latest = new Map<string, number>();
  for (const o of observations) {
    const key = placeKey(o.place);
    latest.set(key, Math.max(latest.get(key) ?? -Infinity, periodOrder(o.period)));
  }
  return observations.filter((o) => periodOrder(o.period) === latest.get(placeKey(o.place)));
}

/** Ranks of `values` (1 = highest; ties share the better rank; null has none). */
export function competitionRanks(values: readonly (number | null)[]): (number | undefined)[] {
  const valued = values.filter((v): v is number => v !== null);
  return values.map((v) => (v === null ? undefined : 1 + valued.filter((w) => w > v).length));
}

/** A comparator of rows for `sort` (missing values are put last by the caller). */
function comparator(
  sort: CompareSort,
  lang: Language,
): ((a: CompareRow, b: CompareRow) => number) | undefined {
  const collator = new Intl.Collator(localeTag(lang), { sensitivity: 'base' });
  const byName = (a: CompareRow, b: CompareRow): number =>
    collator.compare(provinceName(a.obs.place, lang), provinceName(b.obs.place, lang));
  switch (sort) {
    case 'name':
      return byName;
    case 'descending':
      return (a, b) => (b.obs.value ?? 0) - (a.obs.value ?? 0) || byName(a, b);
    case 'ascending':
      return (a, b) => (a.obs.value ?? 0) - (b.obs.value ?? 0) || byName(a, b);
    default:
      return undefined;
  }
}

/** `rows` in the order of `sort`, missing values last (by name, or in data order for `none`). */
export function sortRows(rows: readonly CompareRow[], sort: CompareSort, lang: Language): CompareRow[] {
  const valued = rows.filter((r) => r.obs.value !== null);
  const missing = rows.filter((r) => r.obs.value === null);
  const compare = comparator(sort, lang);
  if (compare === undefined) return [...valued, ...missing];
  const byName = comparator('name', lang)!;
  return [...valued.sort(compare), ...missing.sort(byName)];
}

/** The observations in the era to show, or why there are none. */
function inEra(
  observations: readonly ResolvedObservation[],
  indicator: IndicatorMeta,
  asked: Era | undefined,
):
  | {
      ok: true;
      era: Era;
      observations: ResolvedObservation[];
      aggregated: boolean;
      leftOut: CompareModel['leftOut'];
    }
  | { ok: false; refusal: CompareRefusal } {
  const old = observations.filter((o) => o.place.era === '2008-2025');
  const current = observations.filter((o) => o.place.era === '2025-');
  const count = (list: readonly ResolvedObservation[], era: Era): CompareModel['leftOut'] =>
    list.length === 0 ? undefined : { count: list.length, era };
  let era = asked;
  if (era === undefined) {
    // The era of the latest observation; an era-less page shows the newest administrative map it has data for.
    const latest = [...observations].sort((a, b) => periodOrder(b.period) - periodOrder(a.period))[0];
    era = current.length > 0 && (old.length === 0 || latest?.place.era === '2025-') ? '2025-' : '2008-2025';
  }
  if (era === '2008-2025') {
    if (old.length === 0) return { ok: false, refusal: { reason: 'no-data-in-era', era } };
    return { ok: true, era, observations: old, aggregated: false, leftOut: count(current, '2025-') };
  }
  if (old.length === 0)
    return { ok: true, era, observations: current, aggregated: false, leftOut: undefined };
  if (SUMMABLE_UNITS.includes(indicator.unit)) {
    const result = aggregateToNewEra(observations, indicator.unit);
    if (result.ok) {
      return { ok: true, era, observations: result.observations, aggregated: true, leftOut: undefined };
    }
  }
  // A rate: the data must state the new units' values; old values are not summable.
  if (current.length > 0) {
    return { ok: true, era, observations: current, aggregated: false, leftOut: count(old, '2008-2025') };
  }
  return { ok: false, refusal: { reason: 'rate-not-summable' } };
}

/** The national observation for the rows' most common period, else the latest one. */
function nationalFor(
  observations: readonly ResolvedObservation[],
  indicator: IndicatorMeta,
  rows: readonly CompareRow[],
  year: number | undefined,
): ResolvedObservation | undefined {
  const national = observations.filter(
    (o) =>
      o.indicator === indicator.id &&
      isNational(o) &&
      o.value !== null &&
      o.status !== 'target' &&
      (year === undefined || o.period.year === year),
  );
  if (national.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(periodKey(r.obs.period), (counts.get(periodKey(r.obs.period)) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return (
    national.find((o) => periodKey(o.period) === common) ??
    [...national].sort((a, b) => periodOrder(b.period) - periodOrder(a.period))[0]
  );
}

/** The comparison of `indicator` across provinces; see the module comment for the rules. */
export function compareProvinces(
  observations: readonly ResolvedObservation[],
  indicator: IndicatorMeta,
  options: CompareOptions,
): CompareResult {
  let provincial = provincialObservations(observations, indicator);
  if (options.year !== undefined) provincial = provincial.filter((o) => o.period.year === options.year);
  if (provincial.length === 0) return { ok: false, refusal: { reason: 'no-provinces' } };

  const chosen = inEra(provincial, indicator, options.era);
  if (!chosen.ok) return chosen;
  const { era } = chosen;
  let selected = latestPerProvince(chosen.observations);
  const regionOf = (o: ResolvedObservation): RegionId | undefined => findProvince(o.place.code, era)?.region;
  if (options.region !== undefined) {
    selected = selected.filter((o) => regionOf(o) === options.region);
    if (selected.length === 0)
      return { ok: false, refusal: { reason: 'none-in-region', region: options.region } };
  }

  const perPlace = new Map<string, number>();
  for (const o of selected) perPlace.set(placeKey(o.place), (perPlace.get(placeKey(o.place)) ?? 0) + 1);
  const comparable = [...perPlace.values()].every((n) => n === 1);
  const duplicated = comparable
    ? []
    : [...perPlace.entries()]
        .filter(([, n]) => n > 1)
        .map(([key]) => selected.find((o) => placeKey(o.place) === key)!.place);

  const highlightCode = resolveHighlight(options.highlight, options.highlightEra, era);
  const ranks = comparable ? competitionRanks(selected.map((o) => o.value)) : selected.map(() => undefined);
  const rows: CompareRow[] = selected.map((obs, i) => ({
    obs,
    key: observationKey(obs),
    region: regionOf(obs),
    rank: ranks[i],
    highlighted: highlightCode !== undefined && obs.place.code === highlightCode,
  }));

  const sections: CompareSection[] =
    options.groupBy === 'region'
      ? [...REGION_IDS, undefined]
          .map((region) => ({
            region,
            rows: sortRows(
              rows.filter((r) => r.region === region),
              options.sort,
              options.lang,
            ),
          }))
          .filter((s) => s.rows.length > 0)
      : [{ region: undefined, rows: sortRows(rows, options.sort, options.lang) }];
  const ordered = sections.flatMap((s) => s.rows);

  const values = rows.map((r) => r.obs.value).filter((v): v is number => v !== null);
  const stats: CompareStats | undefined =
    comparable && values.length >= 2
      ? { count: values.length, mean: d3Mean(values)!, median: d3Median(values)! }
      : undefined;

  const periods = [...new Map(rows.map((r) => [periodKey(r.obs.period), r.obs.period])).values()].sort(
    (a, b) => periodOrder(a) - periodOrder(b),
  );
  const units = provincesOf(era).filter(
    (p) => options.region === undefined || p.region === options.region,
  ).length;
  const partialSums = chosen.aggregated
    ? rows.filter((r) => r.obs.value === null && r.obs.missing === 'not-available').length
    : 0;

  return {
    ok: true,
    model: {
      era,
      rows: ordered,
      sections,
      comparable,
      duplicated,
      stats,
      rankCount: comparable ? values.length : 0,
      national: nationalFor(observations, indicator, rows, options.year),
      highlight: ordered.find((r) => r.highlighted),
      aggregated: chosen.aggregated,
      partialSums,
      leftOut: chosen.leftOut,
      periods,
      units,
    },
  };
}
