/**
 * What `<ict-subscriber-density>` draws, derived from a dataset: which indicators are densities, the
 * subscription type of each series, the place and the compared place, the national reference, targets,
 * the total counts that give context, and the change between consecutive periods.
 *
 * Pure: no DOM, no lit, no language (texts are made by the element). Every number here is in the data or
 * computed from two numbers of the data; nothing is rounded.
 */
import { periodKey, periodOrder } from '../../core/describe/labels.js';
import { observationKey } from '../../core/describe/observations.js';
import {
  SUBSCRIPTION_TYPES,
  type Era,
  type IndicatorDataset,
  type IndicatorMeta,
  type Period,
  type ResolvedObservation,
  type ResolvedPlace,
  type SubscriptionType,
  type Unit,
} from '../../core/indicator/types.js';

/** The unit every drawn indicator has. */
export const DENSITY_UNIT = 'per-100-inhabitants';

/** A series type: a known subscription type, or an indicator named by its own label. */
export type SeriesType = SubscriptionType | `indicator:${string}`;

/** Chart forms. `auto` chooses bars for one period, columns for 2–3, lines for more. */
export const DENSITY_FORMS = ['auto', 'bars', 'columns', 'lines'] as const;
export type DensityForm = (typeof DENSITY_FORMS)[number];

/** Most periods drawn as columns by `auto`; more become lines. */
export const MAX_COLUMN_PERIODS = 3;

/**
 * The subscription type an indicator id speaks of, if it says: `phone_subscriptions_per_100` → telephone,
 * `fixed_broadband_subscriptions_per_100` → fixed-broadband, `mobile_phone_…` → mobile. Undefined when
 * the id names no known type.
 */
export function inferSubscriptionType(id: string): SubscriptionType | undefined {
  const s = `_${id.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_`;
  if (/_mobile_broadband_|_broadband_mobile_/.test(s)) return 'mobile-broadband';
  if (/_fixed_broadband_|_broadband_fixed_/.test(s)) return 'fixed-broadband';
  if (/_fixed_(tele)?phone_|_landline_|_fixed_line_/.test(s)) return 'fixed-telephone';
  if (/_mobile_|_cellular_|_cell_phone_/.test(s)) return 'mobile';
  if (/_(tele)?phones?_/.test(s)) return 'telephone';
  return undefined;
}

/** The type of a series: the observation's breakdown, else the indicator id's, else the indicator itself. */
export function seriesTypeOf(obs: ResolvedObservation, indicator: IndicatorMeta): SeriesType {
  return obs.breakdown?.subscription ?? inferSubscriptionType(indicator.id) ?? `indicator:${indicator.id}`;
}

/** Canonical position of a type: the known types in their listed order, indicator types after them. */
function typeRank(type: SeriesType): number {
  const i = SUBSCRIPTION_TYPES.indexOf(type as SubscriptionType);
  return i >= 0 ? i : SUBSCRIPTION_TYPES.length;
}

/** Why no indicator could be chosen. */
export type IndicatorChoiceError =
  { kind: 'unknown'; id: string } | { kind: 'not-density'; id: string; unit: Unit } | { kind: 'none' };

/** The indicators to draw, or why there are none. */
export type IndicatorChoice =
  { ok: true; indicators: IndicatorMeta[] } | { ok: false; error: IndicatorChoiceError };

/**
 * The density indicators to draw: `indicator` alone when given; else the ids of `indicators`
 * (space-separated, in that order); else every indicator of the document whose unit is per 100 inhabitants.
 * An id the document lacks, or whose unit is another one, is an error (the element says which).
 */
export function chooseIndicators(
  dataset: IndicatorDataset,
  options: { indicator?: string; indicators?: string },
): IndicatorChoice {
  const wanted =
    options.indicator !== undefined && options.indicator.trim() !== ''
      ? [options.indicator.trim()]
      : (options.indicators ?? '').split(/[\s,]+/).filter((id) => id !== '');
  if (wanted.length === 0) {
    const all = dataset.indicators.filter((i) => i.unit === DENSITY_UNIT);
    return all.length > 0 ? { ok: true, indicators: all } : { ok: false, error: { kind: 'none' } };
  }
  const out: IndicatorMeta[] = [];
  for (const id of wanted) {
    const found = dataset.indicators.find((i) => i.id === id);
    if (found === undefined) return { ok: false, error: { kind: 'unknown', id } };
    if (found.unit !== DENSITY_UNIT)
      return { ok: false, error: { kind: 'not-density', id, unit: found.unit } };
    if (!out.includes(found)) out.push(found);
  }
  return { ok: true, indicators: out };
}

/** The role of a series in the chart. */
export type SeriesRole = 'main' | 'compare' | 'national';

/** A change computed between a point and the previous point of its series. */
export interface ComputedChange {
  /** The earlier period. */
  from: Period;
  fromValue: number;
  /** Later value minus earlier value, in subscriptions per 100 inhabitants. */
  difference: number;
  /** The difference in percent of the earlier value; undefined when the earlier value is zero. */
  relative: number | undefined;
}

/** One value of one series in one period. */
export interface DensityPoint {
  /** Stable key (the observation's). */
  key: string;
  obs: ResolvedObservation;
  indicator: IndicatorMeta;
  period: Period;
  /** The value, `null` when missing. For a target-only point, the plan. */
  value: number | null;
  /** `target-only`: the source gives only a plan for this period (`status: "target"`), drawn as a tick. */
  kind: 'actual' | 'target-only';
  /** The plan for the same period: the observation's `target`, or a `status: "target"` observation's value. */
  target?: number;
  /** The total count of subscriptions of the same place, period and type, when the document has it. */
  count?: ResolvedObservation;
  /** The change from the previous point of the series (both with values). */
  computed?: ComputedChange;
}

/** One line / group of bars: a type for one place (or the national reference). */
export interface DensitySeries {
  key: string;
  type: SeriesType;
  /** Position of the type in the chart (0-based). */
  typeIndex: number;
  /** Colour and pattern number 1–8 (stable per type: telephone is always 1). */
  colour: number;
  /** Marker shape number (stable per type). */
  shape: number;
  role: SeriesRole;
  place: ResolvedPlace;
  /** The indicators the series' points come from (one, except in odd documents). */
  indicators: IndicatorMeta[];
  /** In time order; one per period at most. */
  points: DensityPoint[];
}

/** One type of the chart. */
export interface DensityType {
  type: SeriesType;
  /** The indicator that names the type when it is not a known one. */
  indicator: IndicatorMeta;
  colour: number;
  shape: number;
}

/** Everything the element draws, before any text or geometry. */
export interface DensityModel {
  indicators: IndicatorMeta[];
  types: DensityType[];
  /** Ordered by type, then main, compare, national. */
  series: DensitySeries[];
  /** The periods of the place (and the compared place), in time order. */
  periods: Period[];
  main: ResolvedPlace;
  compare?: ResolvedPlace;
  /** A `compare` place was asked for but has no value of these indicators. */
  compareMissing?: ResolvedPlace;
  /** Every density observation drawn (points and their plans), in series order: the table's rows. */
  observations: ResolvedObservation[];
}

/** The model, or why the place cannot be drawn. */
export type DensityModelResult =
  { ok: true; model: DensityModel } | { ok: false; place: ResolvedPlace | string };

/** Options of {@link buildDensityModel}. */
export interface DensityModelOptions {
  /** Province code to draw; default the first place of the data. */
  place?: string;
  placeEra?: Era;
  /** Province code to draw beside it. */
  compare?: string;
  compareEra?: Era;
}

const samePlace = (a: ResolvedPlace, b: ResolvedPlace): boolean => a.code === b.code && a.era === b.era;
const matches = (p: ResolvedPlace, code: string | undefined, era: Era | undefined): boolean =>
  code !== undefined && p.code === code && (era === undefined || p.era === era);

/** Marker shapes and colours follow the type, so a type looks the same in every chart of a page. */
function styleOf(type: SeriesType, indicatorTypes: readonly SeriesType[]): { colour: number; shape: number } {
  const rank = typeRank(type);
  if (rank < SUBSCRIPTION_TYPES.length) return { colour: rank + 1, shape: rank };
  const extra = indicatorTypes.filter((t) => typeRank(t) >= SUBSCRIPTION_TYPES.length).indexOf(type);
  const n = SUBSCRIPTION_TYPES.length + Math.max(0, extra);
  return { colour: (n % 8) + 1, shape: n % 7 };
}

/** True for an observation that is not a density of a place (a stated change given as the value). */
const isChangeValue = (o: ResolvedObservation): boolean =>
  o.change?.against === 'period' && o.change.valueIsChange === true;

/** A count indicator that counts subscriptions (the context shown beside a density). */
function isSubscriptionCount(indicator: IndicatorMeta): boolean {
  return indicator.unit === 'count' && /subscri|thue_?bao/i.test(indicator.id);
}

/**
 * The model of the chart for `indicators` (from {@link chooseIndicators}):
 * - the place: `place` (+ `placeEra`), else the first place with a value of these indicators;
 * - the compared place, when it has values (else `compareMissing`);
 * - national figures (`breakdown.scope: "national"`) as a reference series per type, in the chart's periods;
 * - a point per series and period (the first observation when a document repeats one), its plan, its
 *   total count, and its change from the previous point of the series.
 * `ok: false` when the place has no value of these indicators.
 */
export function buildDensityModel(
  dataset: IndicatorDataset,
  indicators: readonly IndicatorMeta[],
  options: DensityModelOptions = {},
): DensityModelResult {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const own = dataset.observations.filter((o) => byId.has(o.indicator) && !isChangeValue(o));
  const local = own.filter((o) => o.breakdown?.scope !== 'national');
  const national = own.filter((o) => o.breakdown?.scope === 'national');

  const main =
    options.place !== undefined && options.place !== ''
      ? local.find((o) => matches(o.place, options.place, options.placeEra))?.place
      : local[0]?.place;
  if (main === undefined) {
    return { ok: false, place: options.place !== undefined && options.place !== '' ? options.place : '' };
  }
  const wantsCompare = options.compare !== undefined && options.compare !== '';
  const compareObs = wantsCompare
    ? local.filter((o) => matches(o.place, options.compare, options.compareEra) && !samePlace(o.place, main))
    : [];
  const compare = compareObs[0]?.place;
  const mainObs = local.filter((o) => samePlace(o.place, main));

  // Periods: those of the place and the compared place.
  const periodMap = new Map<string, Period>();
  for (const o of [...mainObs, ...compareObs])
    if (!periodMap.has(periodKey(o.period))) periodMap.set(periodKey(o.period), o.period);
  const periods = [...periodMap.values()].sort((a, b) => periodOrder(a) - periodOrder(b));
  const inPeriods = (p: Period): boolean => periodMap.has(periodKey(p));

  // Types, in the order of `indicators`, then canonical order within an indicator's breakdowns.
  const typeOf = (o: ResolvedObservation): SeriesType => seriesTypeOf(o, byId.get(o.indicator)!);
  const seen: SeriesType[] = [];
  const typeIndicator = new Map<SeriesType, IndicatorMeta>();
  for (const indicator of indicators) {
    const ofIndicator = [...mainObs, ...compareObs].filter((o) => o.indicator === indicator.id).map(typeOf);
    const distinct = [...new Set(ofIndicator)].sort((a, b) => typeRank(a) - typeRank(b));
    for (const t of distinct) {
      if (!seen.includes(t)) {
        seen.push(t);
        typeIndicator.set(t, indicator);
      }
    }
  }
  const types: DensityType[] = seen.map((type) => ({
    type,
    indicator: typeIndicator.get(type)!,
    ...styleOf(type, seen),
  }));

  // Counts of subscriptions, by place, period and type.
  const counts = new Map<string, ResolvedObservation>();
  for (const o of dataset.observations) {
    const indicator = dataset.indicators.find((i) => i.id === o.indicator);
    if (indicator === undefined || !isSubscriptionCount(indicator) || o.value === null) continue;
    const type = o.breakdown?.subscription ?? inferSubscriptionType(indicator.id);
    if (type === undefined) continue;
    const key = `${o.place.era}:${o.place.code}|${periodKey(o.period)}|${type}`;
    if (!counts.has(key)) counts.set(key, o);
  }

  const series: DensitySeries[] = [];
  const used: ResolvedObservation[] = [];
  for (const [typeIndex, t] of types.entries()) {
    const roles: [SeriesRole, ResolvedPlace | undefined, readonly ResolvedObservation[]][] = [
      ['main', main, mainObs],
      ['compare', compare, compareObs],
      ['national', undefined, national.filter((o) => inPeriods(o.period))],
    ];
    for (const [role, place, pool] of roles) {
      if (role === 'compare' && place === undefined) continue;
      const ofType = pool.filter((o) => typeOf(o) === t.type);
      if (ofType.length === 0) continue;
      const built = buildPoints(ofType, byId, role === 'national' ? undefined : counts, t.type);
      if (built.points.length === 0) continue;
      used.push(...built.used);
      const first = ofType[0]!;
      series.push({
        key: `${t.type}|${role}`,
        type: t.type,
        typeIndex,
        colour: t.colour,
        shape: t.shape,
        role,
        place: place ?? first.place,
        indicators: [...new Set(ofType.map((o) => byId.get(o.indicator)!))],
        points: built.points,
      });
    }
  }

  return {
    ok: true,
    model: {
      indicators: [...indicators],
      types,
      series,
      periods,
      main,
      ...(compare !== undefined ? { compare } : {}),
      ...(wantsCompare && compare === undefined
        ? { compareMissing: { code: options.compare!, era: options.compareEra ?? main.era } }
        : {}),
      observations: used,
    },
  };
}

/** The points of one series: one per period, plans attached, counts and computed changes added. */
function buildPoints(
  observations: readonly ResolvedObservation[],
  byId: ReadonlyMap<string, IndicatorMeta>,
  counts: ReadonlyMap<string, ResolvedObservation> | undefined,
  type: SeriesType,
): { points: DensityPoint[]; used: ResolvedObservation[] } {
  const byPeriod = new Map<string, { actual?: ResolvedObservation; plan?: ResolvedObservation }>();
  for (const o of observations) {
    const key = periodKey(o.period);
    const slot = byPeriod.get(key) ?? {};
    if (o.status === 'target') slot.plan ??= o;
    else slot.actual ??= o;
    byPeriod.set(key, slot);
  }
  const points: DensityPoint[] = [];
  const used: ResolvedObservation[] = [];
  for (const { actual, plan } of byPeriod.values()) {
    const obs = actual ?? plan!;
    const indicator = byId.get(obs.indicator)!;
    const point: DensityPoint = {
      key: observationKey(obs),
      obs,
      indicator,
      period: obs.period,
      value: obs.value,
      kind: actual === undefined ? 'target-only' : 'actual',
    };
    const target = actual?.target ?? plan?.value ?? undefined;
    if (actual !== undefined && target !== undefined && target !== null) point.target = target;
    const known = type.startsWith('indicator:') ? undefined : type;
    if (counts !== undefined && known !== undefined && actual !== undefined) {
      const count = counts.get(`${obs.place.era}:${obs.place.code}|${periodKey(obs.period)}|${known}`);
      if (count !== undefined) point.count = count;
    }
    points.push(point);
    used.push(obs);
    if (actual !== undefined && plan !== undefined) used.push(plan);
  }
  points.sort((a, b) => periodOrder(a.period) - periodOrder(b.period));
  let previous: DensityPoint | undefined;
  for (const p of points) {
    if (p.kind !== 'actual') continue;
    if (previous !== undefined && previous.value !== null && p.value !== null) {
      const difference = p.value - previous.value;
      p.computed = {
        from: previous.period,
        fromValue: previous.value,
        difference,
        relative: previous.value === 0 ? undefined : (difference / previous.value) * 100,
      };
    }
    previous = p;
  }
  return { points, used };
}

/** The form to draw: `form`, or by the number of periods (1: bars, ≤ 3: columns, more: lines). */
export function chooseForm(form: DensityForm | undefined, periodCount: number): Exclude<DensityForm, 'auto'> {
  if (form === 'bars' || (form === 'columns' && periodCount >= 1)) return form;
  if (form === 'lines') return periodCount >= 2 ? 'lines' : 'bars';
  if (periodCount <= 1) return 'bars';
  return periodCount <= MAX_COLUMN_PERIODS ? 'columns' : 'lines';
}
