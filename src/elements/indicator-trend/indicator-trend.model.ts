/**
 * The data side of `<ict-indicator-trend>`: which observations are drawn, how they form series (one per
 * place and breakdown), which form fits them, the plan and the before state of the compact forms, the change
 * between consecutive periods, and the time groups of long series for keyboard navigation.
 *
 * Pure and language-free: numbers and structures out; the words are in `indicator-trend.strings.ts`.
 */
import type { NavItem } from '../../chart/controllers/navigation-controller.js';
import { decimalsOf, directionOf, periodKey, periodOrder, seriesLabel } from '../../core/describe/labels.js';
import type { Direction } from '../../core/i18n/messages.js';
import type {
  Breakdown,
  Era,
  IndicatorMeta,
  Period,
  ResolvedObservation,
  ResolvedPlace,
} from '../../core/indicator/types.js';
import { resolvePlaceName } from '../../core/provinces/provinces.js';

/** The forms of the element; `auto` picks one from the data (see {@link chooseForm}). */
export const TREND_FORMS = ['auto', 'line', 'columns', 'plan', 'before-after'] as const;
export type TrendForm = (typeof TREND_FORMS)[number];
/** A form actually drawn. */
export type DrawnForm = Exclude<TrendForm, 'auto'>;

/** `auto` draws columns up to this many periods, a line beyond (a column per month of ten years is a comb). */
export const AUTO_COLUMNS_MAX_PERIODS = 8;

/** One series: the observations of one place and breakdown, in time order. */
export interface TrendSeriesModel {
  /** Stable key: era, code and breakdown. */
  key: string;
  place: ResolvedPlace;
  breakdown?: Breakdown;
  /** Ordered by period, then by position in the document. */
  observations: ResolvedObservation[];
}

/** Time order of observations: period, then document position (stable for equal periods). */
export function byTime(a: ResolvedObservation, b: ResolvedObservation): number {
  return periodOrder(a.period) - periodOrder(b.period) || a.index - b.index;
}

const placeKey = (place: ResolvedPlace): string => `${place.era}:${place.code}`;

/**
 * The series of `observations`, in order of first appearance. A series is a place and a breakdown: an
 * observation's own `label` does not split it (Điện Biên's staff of 2007 and of 2022 are one series even
 * though the 2022 figure is worded more precisely).
 */
export function seriesOf(observations: readonly ResolvedObservation[]): TrendSeriesModel[] {
  const out = new Map<string, TrendSeriesModel>();
  for (const obs of observations) {
    const key = `${placeKey(obs.place)}|${seriesLabel(obs.breakdown, 'vi')}`;
    let series = out.get(key);
    if (series === undefined) {
      series = { key, place: obs.place, breakdown: obs.breakdown, observations: [] };
      out.set(key, series);
    }
    series.observations.push(obs);
  }
  for (const series of out.values()) series.observations.sort(byTime);
  return [...out.values()];
}

/**
 * The observations of the place `place` names: a code (`"83"`, with `era` when given) or a name in any
 * spelling ("Bến Tre", "ben tre"). `undefined` or `""` keeps every observation; a place with no observation
 * gives an empty list.
 */
export function filterByPlace(
  observations: readonly ResolvedObservation[],
  place: string | undefined,
  era?: Era,
): ResolvedObservation[] {
  const wanted = place?.trim() ?? '';
  if (wanted === '') return [...observations];
  const inEra = (o: ResolvedObservation): boolean => era === undefined || o.place.era === era;
  const byCode = observations.filter((o) => o.place.code === wanted && inEra(o));
  if (byCode.length > 0) return byCode;
  // A name is resolved in each observation's own era ("Bắc Ninh" is 27 before the merger, 24 after).
  const codes = new Map<Era, string | undefined>();
  const codeIn = (e: Era): string | undefined => {
    if (!codes.has(e)) codes.set(e, resolvePlaceName(wanted, e)?.code);
    return codes.get(e);
  };
  return observations.filter((o) => inEra(o) && codeIn(o.place.era) === o.place.code);
}

/** What the plan of an observation is, and whether it was derived from a share of plan achieved. */
export interface PlanInfo {
  value: number;
  plan: number;
  /** Share of the plan achieved, in percent (stated, or computed from a stated target). */
  percentOfPlan: number;
  /** True when the plan is not stated but computed as value ÷ percentOfPlan × 100. */
  derived: boolean;
  /** True when the share was stated by the source (`change.percentOfPlan`). */
  percentStated: boolean;
}

/**
 * The plan of `obs`: its stated `target` (share computed unless stated), else the plan derived from a
 * stated `change.percentOfPlan` (value ÷ percent × 100: Bến Tre's 1.341.424.606.000 đồng at 111,78 % gives
 * a plan of about 1,2 nghìn tỷ). Undefined without either, or for a missing value.
 */
export function planOf(obs: ResolvedObservation): PlanInfo | undefined {
  if (obs.value === null) return undefined;
  const stated = obs.change?.against === 'plan' ? obs.change.percentOfPlan : undefined;
  if (obs.target !== undefined && obs.target > 0) {
    return {
      value: obs.value,
      plan: obs.target,
      percentOfPlan: stated ?? (obs.value / obs.target) * 100,
      derived: false,
      percentStated: stated !== undefined,
    };
  }
  if (stated !== undefined && stated > 0) {
    return {
      value: obs.value,
      plan: (obs.value / stated) * 100,
      percentOfPlan: stated,
      derived: true,
      percentStated: true,
    };
  }
  return undefined;
}

/** The before state of a before/after observation. */
export interface BeforeInfo {
  before: number;
  after: number;
  /** after − before. */
  difference: number;
  /** The change relative to before, in percent; undefined when before is 0. */
  percent: number | undefined;
  direction: Direction;
}

/** The before and after values of `obs` (`change.against === 'before'`), or undefined. */
export function beforeOf(obs: ResolvedObservation, indicator: IndicatorMeta): BeforeInfo | undefined {
  if (obs.value === null || obs.change?.against !== 'before') return undefined;
  const before = obs.change.previousValue;
  const after = obs.value;
  return {
    before,
    after,
    difference: after - before,
    percent: before === 0 ? undefined : ((after - before) / Math.abs(before)) * 100,
    direction: directionOf(before, after, decimalsOf(indicator)),
  };
}

/** Which form fits: the requested one, or for `auto` the compact forms the data states, else by periods. */
export function chooseForm(
  requested: TrendForm,
  observations: readonly ResolvedObservation[],
  series: readonly TrendSeriesModel[],
): DrawnForm {
  if (requested !== 'auto') return requested;
  const valued = observations.filter((o) => o.value !== null);
  if (valued.length > 0 && valued.every((o) => o.change?.against === 'plan')) return 'plan';
  if (valued.length > 0 && valued.every((o) => o.change?.against === 'before')) return 'before-after';
  const periods = new Set(observations.map((o) => periodKey(o.period)));
  // Several lines read better than interleaved columns; one series of a few periods reads best as columns.
  if (series.length > 1) return 'line';
  return periods.size <= AUTO_COLUMNS_MAX_PERIODS ? 'columns' : 'line';
}

/** Whether the data can be drawn in `form`: the compact forms need a plan or a before state. */
export function formFits(
  form: DrawnForm,
  observations: readonly ResolvedObservation[],
  indicator: IndicatorMeta,
): boolean {
  if (form === 'plan') return observations.some((o) => planOf(o) !== undefined);
  if (form === 'before-after') return observations.some((o) => beforeOf(o, indicator) !== undefined);
  return observations.length > 0;
}

/** The change of one point from the previous one of its series, or as the source states it. */
export type PointChange =
  | {
      kind: 'stated';
      /** The stated change in percent, or, when `valueIsChange`, the value itself in the indicator's unit. */
      amount: number;
      valueIsChange: boolean;
      qualifier?: 'about' | 'nearly';
      /** The period the source compares with. */
      against: Period;
      /** True when that period is the previous point of the series: the label then sits between them. */
      againstPrevious: boolean;
      direction: Direction;
    }
  | {
      kind: 'computed';
      from: number;
      to: number;
      /** to − from, in the indicator's unit (percentage points for a percent unit). */
      difference: number;
      /** Relative change in percent; undefined when `from` is 0, and for a percent unit (points are said). */
      percent: number | undefined;
      against: Period;
      againstPrevious: true;
      direction: Direction;
    };

/**
 * The change of `obs` against `previous` (the point before it in its series). What the source states wins:
 * a `change` against a period is shown as stated ("khoảng +3,5 %"), whichever period it names. Otherwise the
 * change is computed from the two values, except when either is missing or is a plan (`status: 'target'`):
 * a plan is not a change that happened.
 */
export function changeOf(
  obs: ResolvedObservation,
  previous: ResolvedObservation | undefined,
  indicator: IndicatorMeta,
): PointChange | undefined {
  const change = obs.change;
  const decimals = decimalsOf(indicator);
  if (change?.against === 'period') {
    const againstPrevious = previous !== undefined && periodKey(previous.period) === periodKey(change.period);
    if (change.valueIsChange === true && obs.value !== null) {
      return {
        kind: 'stated',
        amount: obs.value,
        valueIsChange: true,
        qualifier: change.qualifier,
        against: change.period,
        againstPrevious,
        direction: directionOf(0, obs.value, decimals),
      };
    }
    if (change.percent !== undefined) {
      return {
        kind: 'stated',
        amount: change.percent,
        valueIsChange: false,
        qualifier: change.qualifier,
        against: change.period,
        againstPrevious,
        direction: directionOf(0, change.percent, 2),
      };
    }
  }
  if (previous === undefined || obs.value === null || previous.value === null) return undefined;
  if (obs.status === 'target' || previous.status === 'target') return undefined;
  if (obs.change?.against === 'period' && obs.change.valueIsChange === true) return undefined;
  const from = previous.value;
  const to = obs.value;
  return {
    kind: 'computed',
    from,
    to,
    difference: to - from,
    percent: indicator.unit === 'percent' || from === 0 ? undefined : ((to - from) / Math.abs(from)) * 100,
    against: previous.period,
    againstPrevious: true,
    direction: directionOf(from, to, decimals),
  };
}

/** Decimals a computed relative change is shown with: 1 under 10 %, 0 above ("+3,5 %", "-73 %", "+2.350 %"). */
export function percentDecimals(percent: number): number {
  return Math.abs(percent) < 10 ? 1 : 0;
}

// ═══ Time groups for keyboard navigation ═══════════════════════════════════════════════════════════

/** A leaf to group, with its period. */
export interface TimedItem {
  item: NavItem;
  period: Period;
}

/** Names of the time groups, in the page language. */
export interface TimeGroupNames {
  /** A year of sub-year periods: `text` "2016", `label` "Năm 2016, 12 giá trị". */
  year: (year: number, count: number) => { label: string; text: string };
  /** A decade: "2010–2019". */
  decade: (from: number, to: number, count: number) => { label: string; text: string };
}

/** Lists longer than this are grouped by time. */
export const TIME_GROUP_THRESHOLD = 12;

/**
 * `items` (one series, in time order) grouped so that long lists stay short: months and quarters by year
 * when the series spans several years, then years (or year groups) by decade when there are more than
 * {@link TIME_GROUP_THRESHOLD}. The navigation bins whatever is still too long. Group keys are
 * `${prefix}y2016` and `${prefix}d2010`.
 */
export function groupByTime(items: readonly TimedItem[], names: TimeGroupNames, prefix: string): NavItem[] {
  if (items.length <= TIME_GROUP_THRESHOLD) return items.map((t) => t.item);
  const years = [...new Set(items.map((t) => t.period.year))];
  const subYear = items.some((t) => t.period.month !== undefined || t.period.quarter !== undefined);
  // Level 1: years (only when periods finer than a year repeat within years).
  let level: { item: NavItem; year: number; count: number }[];
  if (subYear && years.length > 1) {
    level = years.map((year) => {
      const children = items.filter((t) => t.period.year === year).map((t) => t.item);
      const name = names.year(year, children.length);
      return { item: { key: `${prefix}y${year}`, ...name, children }, year, count: children.length };
    });
  } else {
    level = items.map((t) => ({ item: t.item, year: t.period.year, count: 1 }));
  }
  if (level.length <= TIME_GROUP_THRESHOLD) return level.map((l) => l.item);
  // Level 2: decades.
  const decades = [...new Set(level.map((l) => Math.floor(l.year / 10) * 10))];
  if (decades.length <= 1) return level.map((l) => l.item);
  return decades.map((decade) => {
    const inside = level.filter((l) => Math.floor(l.year / 10) * 10 === decade);
    const count = inside.reduce((sum, l) => sum + l.count, 0);
    const name = names.decade(decade, decade + 9, count);
    return { key: `${prefix}d${decade}`, ...name, children: inside.map((l) => l.item) };
  });
}
