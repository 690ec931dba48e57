/**
 * Value scales (our two-point linear scale, see linear-scale.ts). Bars always start at zero: a cut axis makes a 5-point gap look like 50 %.
 */
import { linearScale, type LinearScale } from './linear-scale.js';

/**
 * The domain of a zero-based value axis for `values` (nulls ignored): it always contains 0, and an
 * empty or all-zero input gives `[0, 1]` so that the axis still has a length.
 */
export function zeroBasedDomain(values: readonly (number | null | undefined)[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo === hi) return [0, 1];
  return [lo, hi];
}

/**
 * A linear scale from the zero-based domain of `values` onto `range` (CSS px), extended to round tick
 * values (`nice`) so the last tick is at or beyond the largest bar.
 */
export function valueScale(
  values: readonly (number | null | undefined)[],
  range: readonly [number, number],
  tickCount = 5,
): LinearScale {
  return linearScale().domain(zeroBasedDomain(values)).range([range[0], range[1]]).nice(tickCount);
}
