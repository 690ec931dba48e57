/**
 * Which values `<ict-coverage>` draws, and what they mean against 100 %. Pure: dataset and query in,
 * sections → rows → bars out (no DOM, no language).
 *
 * - Indicators: the ids of the `indicators` attribute in their order, else the one of `indicator`, else
 *   every indicator measured in `percent`, in document order. A named indicator that is unknown, not in %
 *   or that only states changes is a problem, reported instead of a chart.
 * - Observations: those of the chosen indicators, filtered by `place` (a code, with `place-era`, or a
 *   name) and `period` (a year). A value that is itself a change (`change.valueIsChange`: "tăng 9,1 %") is
 *   not a level reached and is left out. A `status: "target"` observation gives the target of the actual
 *   value with the same place, period and breakdown (else it is drawn as a target without a value).
 * - Layout: one section per place and period (in document order), one row per indicator in a section,
 *   one bar per tier or scope of the row (side by side, never stacked).
 */
import { decimalsOf, localized, periodKey } from '../../core/describe/labels.js';
import { observationKey } from '../../core/describe/observations.js';
import type {
  Era,
  IndicatorDataset,
  IndicatorMeta,
  Period,
  ResolvedObservation,
  ResolvedPlace,
} from '../../core/indicator/types.js';
import { findProvince, resolvePlaceName } from '../../core/provinces/provinces.js';

/** What to draw: the element's attributes, parsed. */
export interface CoverageQuery {
  /** Ids from the `indicators` attribute, in order. Wins over `indicator`. */
  indicators?: readonly string[];
  /** The `indicator` attribute: one id. */
  indicator?: string;
  /** A province code ("11") or name ("Điện Biên"). */
  place?: string;
  /** Era of `place`. */
  placeEra?: Era;
  /** Only this year. */
  period?: number;
  /** Target for every value that has none of its own, in %. */
  target?: number;
}

/** Why nothing can be drawn. */
export type CoverageProblem =
  | { kind: 'unknown-indicator'; id: string; available: readonly string[] }
  | { kind: 'not-percent'; id: string; unit: string }
  | { kind: 'not-level'; id: string }
  | { kind: 'no-percent' }
  | { kind: 'unknown-place'; place: string }
  | { kind: 'no-match'; place?: ResolvedPlace; period?: number };

/** One bar: a value against 100 %. */
export interface CoverageBar {
  /** Stable key: the observation's id, else its index (`obs-3`). */
  key: string;
  obs: ResolvedObservation;
  indicator: IndicatorMeta;
  value: number | null;
  /** The target tick, in %, when there is one. */
  target: number | undefined;
  /** Where the target comes from. */
  targetSource: 'observation' | 'attribute' | undefined;
  /** The value, as shown (rounded to the indicator's decimals), is 100 %. */
  complete: boolean;
  /** The value is above 100 % or below 0 %: not a coverage; drawn clamped and flagged. */
  outOfRange: boolean;
  /** 100 − value in percentage points, rounded as shown; undefined when missing or out of range. */
  gap: number | undefined;
  /** Whether the value reached its target (undefined without a target or a value). */
  targetMet: boolean | undefined;
  /** Target − value in percentage points when the target is not met. */
  targetGap: number | undefined;
}

/** One indicator in one section: one bar, or several tiers side by side. */
export interface CoverageRow {
  key: string;
  indicator: IndicatorMeta;
  place: ResolvedPlace;
  period: Period;
  bars: CoverageBar[];
}

/** The rows of one place and period. */
export interface CoverageSection {
  key: string;
  place: ResolvedPlace;
  period: Period;
  rows: CoverageRow[];
}

/** What is drawn. */
export interface CoverageSelection {
  /** The indicators drawn, in row order. */
  indicators: IndicatorMeta[];
  sections: CoverageSection[];
  /** Every row, in reading order. */
  rows: CoverageRow[];
  /** Every bar, in reading order. */
  bars: CoverageBar[];
}

/** The result of {@link selectCoverage}. */
export type CoverageResult = { ok: true; value: CoverageSelection } | { ok: false; problem: CoverageProblem };

/** The indicators' unit that the element draws. */
export const COVERAGE_UNIT = 'percent';

/** `value` rounded to `decimals` places, as it is shown. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** Math.min(Math.max(0, decimals), 12);
  return Math.round(value * scale) / scale;
}

/** Splits the `indicators` attribute: ids separated by spaces or commas. */
export function parseIdList(text: string | undefined | null): string[] {
  return (text ?? '').split(/[\s,]+/).filter((id) => id !== '');
}

const placeKey = (place: ResolvedPlace): string => `${place.era}:${place.code}`;

/** What makes two observations the same series of one row (a target and its actual value). */
function seriesKey(o: ResolvedObservation): string {
  const b = o.breakdown ?? {};
  return [b.tier, b.scope, b.level, b.subscription, b.perUnit, localized(o.label, 'vi')].join('|');
}

function placeMatcher(
  query: CoverageQuery,
): { ok: true; test: (p: ResolvedPlace) => boolean; place?: ResolvedPlace } | { ok: false } {
  const text = query.place?.trim() ?? '';
  if (text === '') return { ok: true, test: () => true };
  if (/^\d{1,3}$/.test(text)) {
    const code = text.padStart(2, '0');
    const era = query.placeEra;
    return {
      ok: true,
      test: (p) => p.code === code && (era === undefined || p.era === era),
      place: era === undefined ? undefined : { code, era },
    };
  }
  const resolved = resolvePlaceName(text, query.placeEra);
  if (resolved === undefined) return { ok: false };
  // Without an era, a name of both eras ("Điện Biên") matches the unit of either era's code.
  const other = query.placeEra === undefined ? resolvePlaceName(text, '2025-') : undefined;
  const places = [resolved, ...(other !== undefined ? [other] : [])];
  return {
    ok: true,
    test: (p) => places.some((q) => q.code === p.code && q.era === p.era),
    place: resolved,
  };
}

/** A bare code's unit for a message: the 63-unit era when the code exists there, else the 34-unit one. */
function guessPlace(text: string | undefined): ResolvedPlace | undefined {
  const code = text?.trim() ?? '';
  if (!/^\d{1,3}$/.test(code)) return undefined;
  const padded = code.padStart(2, '0');
  for (const era of ['2008-2025', '2025-'] as const) {
    if (findProvince(padded, era) !== undefined) return { code: padded, era };
  }
  return undefined;
}

function chooseIndicators(
  dataset: IndicatorDataset,
  query: CoverageQuery,
): { ok: true; value: IndicatorMeta[]; named: boolean } | { ok: false; problem: CoverageProblem } {
  const ids =
    query.indicators !== undefined && query.indicators.length > 0
      ? [...query.indicators]
      : query.indicator !== undefined && query.indicator.trim() !== ''
        ? [query.indicator.trim()]
        : undefined;
  if (ids === undefined) {
    const all = dataset.indicators.filter((i) => i.unit === COVERAGE_UNIT);
    return all.length === 0
      ? { ok: false, problem: { kind: 'no-percent' } }
      : { ok: true, value: all, named: false };
  }
  const out: IndicatorMeta[] = [];
  for (const id of ids) {
    const indicator = dataset.indicators.find((i) => i.id === id);
    if (indicator === undefined) {
      const available = dataset.indicators.filter((i) => i.unit === COVERAGE_UNIT).map((i) => i.id);
      return { ok: false, problem: { kind: 'unknown-indicator', id, available } };
    }
    if (indicator.unit !== COVERAGE_UNIT) {
      return { ok: false, problem: { kind: 'not-percent', id, unit: indicator.unit } };
    }
    if (!out.includes(indicator)) out.push(indicator);
  }
  return { ok: true, value: out, named: true };
}

/** A value that states a change ("tăng 9,1 % so với năm 2019") is not a level of coverage. */
function isChange(o: ResolvedObservation): boolean {
  return o.change?.against === 'period' && o.change.valueIsChange === true;
}

function makeBar(
  obs: ResolvedObservation,
  indicator: IndicatorMeta,
  target: number | undefined,
  targetSource: CoverageBar['targetSource'],
): CoverageBar {
  const d = decimalsOf(indicator);
  const value = obs.value;
  const shown = value === null ? null : roundTo(value, d);
  const complete = shown === 100;
  const outOfRange = shown !== null && !complete && (shown > 100 || shown < 0);
  const gap = shown === null || outOfRange ? undefined : roundTo(100 - shown, d);
  const shownTarget = target === undefined ? undefined : roundTo(target, d);
  const targetMet = shown === null || shownTarget === undefined ? undefined : shown >= shownTarget;
  const targetGap =
    targetMet === false && shown !== null && shownTarget !== undefined
      ? roundTo(shownTarget - shown, d)
      : undefined;
  return {
    key: observationKey(obs),
    obs,
    indicator,
    value,
    target,
    targetSource,
    complete,
    outOfRange,
    gap,
    targetMet,
    targetGap,
  };
}

/** Sections, rows and bars to draw for `query`, or the problem that prevents a chart. */
export function selectCoverage(dataset: IndicatorDataset, query: CoverageQuery = {}): CoverageResult {
  const chosen = chooseIndicators(dataset, query);
  if (!chosen.ok) return chosen;
  const indicators = chosen.value;
  const matcher = placeMatcher(query);
  if (!matcher.ok) return { ok: false, problem: { kind: 'unknown-place', place: query.place ?? '' } };

  if (chosen.named) {
    for (const indicator of indicators) {
      const own = dataset.observations.filter((o) => o.indicator === indicator.id);
      if (own.length > 0 && own.every(isChange)) {
        return { ok: false, problem: { kind: 'not-level', id: indicator.id } };
      }
    }
  }

  const byId = new Map(indicators.map((i) => [i.id, i]));
  const kept = dataset.observations.filter(
    (o) =>
      byId.has(o.indicator) &&
      !isChange(o) &&
      matcher.test(o.place) &&
      (query.period === undefined || o.period.year === query.period),
  );
  const attributeTarget =
    query.target !== undefined && Number.isFinite(query.target) ? query.target : undefined;

  // Targets stated as their own observations go to the actual value of the same series.
  const actuals = kept.filter((o) => o.status !== 'target');
  const targets = kept.filter((o) => o.status === 'target' && o.value !== null);
  const rowKeyOf = (o: ResolvedObservation): string =>
    `${o.indicator}@${placeKey(o.place)}@${periodKey(o.period)}`;
  const targetOf = new Map<ResolvedObservation, number>();
  const orphans = new Set<ResolvedObservation>();
  // Actual values by row and series, in document order (a map, not a search per target: 100 000 rows).
  const actualsOf = new Map<string, ResolvedObservation[]>();
  for (const a of actuals) {
    const key = JSON.stringify([rowKeyOf(a), seriesKey(a)]);
    const list = actualsOf.get(key);
    if (list === undefined) actualsOf.set(key, [a]);
    else list.push(a);
  }
  for (const t of targets) {
    const match = actualsOf
      .get(JSON.stringify([rowKeyOf(t), seriesKey(t)]))
      ?.find((a) => a.target === undefined);
    if (match !== undefined && !targetOf.has(match)) targetOf.set(match, t.value!);
    else orphans.add(t);
  }

  const bars: CoverageBar[] = [];
  for (const o of kept) {
    const indicator = byId.get(o.indicator)!;
    if (o.status === 'target') {
      if (!orphans.has(o)) continue;
      // A plan without a value: a bar with no value and the plan as its target.
      const placeholder: ResolvedObservation = { ...o, value: null, missing: 'not-available' };
      bars.push(makeBar(placeholder, indicator, o.value ?? undefined, 'observation'));
      continue;
    }
    const own = o.target ?? targetOf.get(o);
    if (own !== undefined) bars.push(makeBar(o, indicator, own, 'observation'));
    else
      bars.push(
        makeBar(o, indicator, attributeTarget, attributeTarget === undefined ? undefined : 'attribute'),
      );
  }

  if (bars.length === 0) {
    // Name the place as the document does (a bare code has no era of its own).
    const place =
      dataset.observations.find((o) => matcher.test(o.place))?.place ??
      matcher.place ??
      guessPlace(query.place);
    return { ok: false, problem: { kind: 'no-match', place, period: query.period } };
  }

  // Sections in order of first appearance, rows in indicator order, bars in document order.
  const sections: CoverageSection[] = [];
  // The bars of each section, in document order (grouped once: filtering all bars per section was quadratic).
  const barsOf = new Map<string, CoverageBar[]>();
  for (const bar of bars) {
    const key = `section:${placeKey(bar.obs.place)}:${periodKey(bar.obs.period)}`;
    const list = barsOf.get(key);
    if (list === undefined) {
      barsOf.set(key, [bar]);
      sections.push({ key, place: bar.obs.place, period: bar.obs.period, rows: [] });
    } else list.push(bar);
  }
  for (const section of sections) {
    const inSection = barsOf.get(section.key) ?? [];
    for (const indicator of indicators) {
      const own = inSection.filter((b) => b.indicator === indicator);
      if (own.length === 0) continue;
      section.rows.push({
        key: `row:${indicator.id}:${section.key.slice('section:'.length)}`,
        indicator,
        place: section.place,
        period: section.period,
        bars: own,
      });
    }
  }
  const rows = sections.flatMap((s) => s.rows);
  const drawn = indicators.filter((i) => rows.some((r) => r.indicator === i));
  return { ok: true, value: { indicators: drawn, sections, rows, bars: rows.flatMap((r) => r.bars) } };
}
