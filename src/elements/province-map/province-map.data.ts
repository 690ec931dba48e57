/**
 * What `<ict-province-map>` draws from a dataset: which era (63 or 34 units), which period, one value per
 * unit (every unit of the era present, those without data as missing values), and the roll-up of old
 * units onto the new ones when asked. Pure: no DOM.
 */
import { isYearOnly, periodKey, periodOrder } from '../../core/describe/labels.js';
import type {
  Era,
  IndicatorDataset,
  IndicatorMeta,
  Period,
  ResolvedObservation,
  ResolvedPlace,
} from '../../core/indicator/types.js';
import { aggregateToNewEra } from '../../core/provinces/aggregate.js';
import { findProvince, provincesOf, successorOf } from '../../core/provinces/provinces.js';
import { pickIndicator } from '../../core/describe/observations.js';

/** Why a dataset cannot be drawn as asked. */
export const MAP_PROBLEMS = ['rate-not-summable', 'cannot-split', 'no-values'] as const;
export type MapProblem = (typeof MAP_PROBLEMS)[number];

/** What {@link selectMapData} is given (the element's attributes). */
export interface MapSelection {
  /** `indicator` attribute. */
  indicator?: string;
  /** `era` attribute: the era to draw; default the era of the data. */
  era?: Era;
  /** `year` attribute: the year to draw; default each unit's latest value. */
  year?: number;
  /** `highlight` / `highlight-era` attributes. */
  highlight?: string;
  highlightEra?: Era;
}

/** The data of one map. */
export interface MapData {
  indicator: IndicatorMeta;
  era: Era;
  /** One observation per unit of the era, in code order; units without data get a missing value. */
  observations: ResolvedObservation[];
  /** Key of each unit's mark (`vn63-83`, `vn34-86`), by code. */
  keys: Map<string, string>;
  /** Units whose value comes from the data (not filled in as missing). */
  fromData: Set<string>;
  /** True when old units were summed onto the 2025 units (`era="2025-"` with 2008–2025 data). */
  aggregated: boolean;
  /** Values in the data left out: of the other era, of other periods, of further series of one unit. */
  dropped: { otherEra: number; otherPeriods: number; otherSeries: number };
  /** Distinct periods shown, in time order. */
  periods: Period[];
  /** The highlighted unit in the map's era (an old unit's successor on a 2025 map). */
  highlight: ResolvedPlace | undefined;
}

export type MapDataResult =
  | { ok: true; data: MapData }
  | { ok: false; problem: MapProblem; indicator: IndicatorMeta }
  | { ok: false; problem: 'no-indicator' };

/** The key of a unit's mark: the id of the unit in `vn-provinces.json` (`vn63-83`, `vn34-86`). */
export function unitKey(code: string, era: Era): string {
  return `${era === '2025-' ? 'vn34' : 'vn63'}-${code}`;
}

/** The era most of the latest period's values are in (ties: the newer era). */
function dataEra(observations: readonly ResolvedObservation[]): Era {
  const latest = Math.max(...observations.map((o) => periodOrder(o.period)));
  const recent = observations.filter((o) => periodOrder(o.period) === latest);
  const old = recent.filter((o) => o.place.era === '2008-2025').length;
  return old > recent.length - old ? '2008-2025' : '2025-';
}

/**
 * The map's data:
 * 1. the indicator (`indicator`, else the first); none → `no-indicator`;
 * 2. the era: `era` when given, else the era of the latest values. A `2025-` map of 2008–2025 data sums
 *    the old units onto the new ones with `aggregateToNewEra` — counts and VND only: a rate is refused
 *    (`rate-not-summable`) unless the data states the new units' values. A `2008-2025` map cannot split
 *    2025 values (`cannot-split` when nothing else is left). Values of the other era are left out;
 * 3. the period: `year` when given, else each unit's latest value (periods may then differ, and every name,
 *    tooltip and table row says its own);
 * 4. one value per unit: a unit with several series in that period shows the first one of the data;
 * 5. every unit of the era, in code order: those without a value get `value: null` (`not-available`).
 */
export function selectMapData(dataset: IndicatorDataset, selection: MapSelection): MapDataResult {
  const indicator = pickIndicator(dataset, selection.indicator);
  if (indicator === undefined) return { ok: false, problem: 'no-indicator' };
  const all = dataset.observations.filter((o) => o.indicator === indicator.id);
  if (all.length === 0) return { ok: false, problem: 'no-values', indicator };

  const era: Era = selection.era ?? dataEra(all);
  let inEra: ResolvedObservation[];
  let aggregated = false;
  let otherEra = 0;
  const hasOld = all.some((o) => o.place.era === '2008-2025');
  if (era === '2025-' && selection.era === '2025-' && hasOld) {
    // Asked for the 34 units with data of the 63: sum the old units onto the new ones.
    const result = aggregateToNewEra(all, indicator.unit);
    if (result.ok) {
      inEra = result.observations;
      aggregated = true;
    } else {
      // A rate cannot be summed; it is drawn only where the data states the new units' own values.
      inEra = all.filter((o) => o.place.era === '2025-');
      otherEra = all.length - inEra.length;
      if (inEra.length === 0) return { ok: false, problem: 'rate-not-summable', indicator };
    }
  } else {
    inEra = all.filter((o) => o.place.era === era);
    otherEra = all.length - inEra.length;
    if (inEra.length === 0)
      return { ok: false, problem: era === '2008-2025' ? 'cannot-split' : 'no-values', indicator };
  }

  // The period: the given year, else each unit's latest.
  let otherPeriods = 0;
  let candidates = inEra;
  if (selection.year !== undefined && Number.isFinite(selection.year)) {
    candidates = inEra.filter((o) => o.period.year === selection.year);
    otherPeriods = inEra.length - candidates.length;
  }
  const byUnit = new Map<string, ResolvedObservation[]>();
  for (const o of candidates) {
    const list = byUnit.get(o.place.code);
    if (list) list.push(o);
    else byUnit.set(o.place.code, [o]);
  }
  let otherSeries = 0;
  const chosen = new Map<string, ResolvedObservation>();
  for (const [code, list] of byUnit) {
    const latest = Math.max(...list.map((o) => periodOrder(o.period)));
    const recent = list.filter((o) => periodOrder(o.period) === latest);
    otherPeriods += list.length - recent.length;
    otherSeries += recent.length - 1;
    chosen.set(
      code,
      recent.reduce((a, b) => (b.index < a.index ? b : a)),
    );
  }

  const periods = [
    ...new Map([...chosen.values()].map((o) => [periodKey(o.period), o.period])).values(),
  ].sort((a, b) => periodOrder(a) - periodOrder(b));
  const shownPeriod: Period =
    selection.year !== undefined && Number.isFinite(selection.year)
      ? { year: selection.year }
      : (periods[periods.length - 1] ?? { year: era === '2025-' ? 2025 : 2024 });
  const maxIndex = Math.max(0, ...dataset.observations.map((o) => o.index));
  const keys = new Map<string, string>();
  const fromData = new Set<string>();
  const observations = provincesOf(era).map((p, i) => {
    keys.set(p.code, unitKey(p.code, era));
    const own = chosen.get(p.code);
    if (own !== undefined) {
      fromData.add(p.code);
      return own;
    }
    const missing: ResolvedObservation = {
      indicator: indicator.id,
      index: maxIndex + 1 + i,
      place: { code: p.code, era },
      period: isYearOnly(shownPeriod) ? { year: shownPeriod.year } : { ...shownPeriod },
      value: null,
      missing: 'not-available',
    };
    return missing;
  });
  if (chosen.size === 0) return { ok: false, problem: 'no-values', indicator };

  return {
    ok: true,
    data: {
      indicator,
      era,
      observations,
      keys,
      fromData,
      aggregated,
      dropped: { otherEra, otherPeriods, otherSeries },
      periods: periods.length > 0 ? periods : [shownPeriod],
      highlight: highlightIn(era, selection.highlight, selection.highlightEra),
    },
  };
}

/**
 * The highlighted unit on a map of `era`: the code itself when it names a unit of that era (and
 * `highlightEra` is that era or not given), the unit an old province merged into on a 2025 map, else none.
 */
export function highlightIn(
  era: Era,
  code: string | undefined,
  codeEra: Era | undefined,
): ResolvedPlace | undefined {
  if (code === undefined || code === '') return undefined;
  if (codeEra === undefined || codeEra === era) {
    return findProvince(code, era) !== undefined ? { code, era } : undefined;
  }
  if (codeEra === '2008-2025' && era === '2025-') {
    const successor = successorOf(code);
    return successor === undefined ? undefined : { code: successor.code, era };
  }
  return undefined;
}
