/**
 * Choosing, ordering and labelling the observations a chart draws. Pure: no DOM.
 */
import { formatPeriod, provinceName } from '../format/index.js';
import type { IndicatorDataset, IndicatorMeta, Language, ResolvedObservation } from '../indicator/types.js';
import { localized, seriesLabel } from './labels.js';

/** Orders of marks by value. */
export const VALUE_SORTS = ['none', 'descending', 'ascending'] as const;
export type ValueSort = (typeof VALUE_SORTS)[number];

/** The stable key of an observation's mark: its `id`, else its index in the document. */
export function observationKey(obs: ResolvedObservation): string {
  return obs.id ?? `obs-${obs.index}`;
}

/**
 * The indicator to draw: the one named by `id` (undefined when the document has no such indicator),
 * else the first one that `fits` (default: the first one).
 */
export function pickIndicator(
  dataset: IndicatorDataset | undefined,
  id: string | undefined,
  fits: (indicator: IndicatorMeta) => boolean = () => true,
): IndicatorMeta | undefined {
  if (dataset === undefined) return undefined;
  if (id !== undefined && id !== '') return dataset.indicators.find((i) => i.id === id);
  return dataset.indicators.find(fits);
}

/** `observations` ordered by value; stable, and missing values last in both directions. */
export function sortObservations(
  observations: readonly ResolvedObservation[],
  sort: ValueSort,
): ResolvedObservation[] {
  const out = [...observations];
  if (sort !== 'ascending' && sort !== 'descending') return out;
  const sign = sort === 'ascending' ? 1 : -1;
  return out.sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    return sign * (a.value - b.value);
  });
}

/** Whether the observation is about the highlighted place (`code`, and `era` when given). */
export function isHighlighted(
  obs: ResolvedObservation,
  code: string | undefined,
  era: string | undefined,
): boolean {
  return code !== undefined && obs.place.code === code && (era === undefined || obs.place.era === era);
}

/**
 * The visible label of each observation: the place, the period and the series, each only when it varies
 * across `observations` (one place and one year give just the series; one series gives just the place).
 */
export function observationLabeller(
  observations: readonly ResolvedObservation[],
  lang: Language,
): (o: ResolvedObservation) => string {
  const distinct = (f: (o: ResolvedObservation) => string): boolean => new Set(observations.map(f)).size > 1;
  const place = (o: ResolvedObservation): string => provinceName(o.place, lang);
  const period = (o: ResolvedObservation): string => formatPeriod(o.period, lang);
  // Series are named by their breakdown ("Cấp xã") when it tells them apart, else by their own labels.
  const byBreakdown = (o: ResolvedObservation): string => seriesLabel(o.breakdown, lang);
  const byLabel = (o: ResolvedObservation): string => localized(o.label, lang);
  const parts = [
    distinct((o) => `${o.place.era}:${o.place.code}`) ? place : undefined,
    distinct(period) ? period : undefined,
    distinct(byBreakdown) ? byBreakdown : distinct(byLabel) ? byLabel : undefined,
  ].filter((f): f is (o: ResolvedObservation) => string => f !== undefined);
  if (parts.length === 0) return place;
  return (o) =>
    parts
      .map((f) => f(o))
      .filter((t) => t !== '')
      .join(', ');
}
