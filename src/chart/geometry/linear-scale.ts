/**
 * A two-point linear scale: the part of d3-scale's `scaleLinear` the charts use (`domain`, `range`,
 * `nice`, `ticks`, mapping), on d3-array's tick maths.
 *
 * Why not d3-scale's own: `scaleLinear` always carries `tickFormat` (d3-format) and generic
 * interpolation (d3-interpolate, which pulls d3-color), about 34 KB minified (≈ 12 KB gzip) in every
 * element's bundle. The charts format numbers with `Intl` and only map numbers to pixels, so none of
 * that code ever ran. The mapping and `nice` below are d3-scale 4.0's own formulas, so positions are
 * bit-for-bit those of `scaleLinear` (`test/chart/linear-scale.test.ts` compares them).
 */
import { ticks as arrayTicks, tickIncrement } from 'd3-array';

/** A linear map from a numeric domain onto a numeric range (CSS px). Call it with a value. */
export interface LinearScale {
  /** The position of `value`; `undefined` (as d3) for `null`, `undefined` and `NaN`. */
  (value: number | null | undefined): number;
  /** The domain as a new array. */
  domain(): [number, number];
  /** Sets the domain (two values; the first is where the range starts). */
  domain(domain: readonly [number, number] | readonly number[]): LinearScale;
  range(): [number, number];
  range(range: readonly [number, number] | readonly number[]): LinearScale;
  /** Extends the domain to round values of the tick step for about `count` ticks (d3's `nice`). */
  nice(count?: number): LinearScale;
  /** About `count` round values inside the domain (d3-array's `ticks`). */
  ticks(count?: number): number[];
}

/** d3-interpolate's `interpolateNumber`: this form (not `a + (b - a) * t`) keeps d3's rounding. */
const lerp = (a: number, b: number, t: number): number => a * (1 - t) + b * t;

/** A linear scale with domain and range `[0, 1]`, like `scaleLinear()`. */
export function linearScale(): LinearScale {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;

  const scale = ((value: number | null | undefined): number => {
    if (value === null || value === undefined || Number.isNaN(+value)) return undefined as unknown as number;
    // d3's bimap: a reversed domain swaps both ends, so the same expression is evaluated as d3 does.
    const [a, b, from, to] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
    const span = b - a;
    const t = span ? (+value - a) / span : Number.isNaN(span) ? NaN : 0.5;
    return lerp(from, to, t);
  }) as LinearScale;

  function domain(): [number, number];
  function domain(next: readonly number[]): LinearScale;
  function domain(next?: readonly number[]): [number, number] | LinearScale {
    if (next === undefined) return [d0, d1];
    d0 = +(next[0] ?? 0);
    d1 = +(next[next.length - 1] ?? 1);
    return scale;
  }
  function range(): [number, number];
  function range(next: readonly number[]): LinearScale;
  function range(next?: readonly number[]): [number, number] | LinearScale {
    if (next === undefined) return [r0, r1];
    r0 = +(next[0] ?? 0);
    r1 = +(next[next.length - 1] ?? 1);
    return scale;
  }
  scale.domain = domain;
  scale.range = range;

  scale.ticks = (count = 10) => {
    try {
      return arrayTicks(d0, d1, count);
    } catch {
      // d3-array throws "Invalid array length" on a span of subnormal numbers ([-5e-324, 5e-324]): the ends.
      return d0 === d1 ? [d0] : [d0, d1];
    }
  };

  scale.nice = (count = 10) => {
    const reversed = d1 < d0;
    let start = reversed ? d1 : d0;
    let stop = reversed ? d0 : d1;
    let previous: number | undefined;
    // As d3: the domain changes only once the step is stable (at most 10 rounds), never on a 0/NaN step.
    for (let i = 0; i < 10; i++) {
      const step = tickIncrement(start, stop, count);
      if (step === previous) {
        if (reversed) [d0, d1] = [stop, start];
        else [d0, d1] = [start, stop];
        return scale;
      }
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else {
        return scale;
      }
      previous = step;
    }
    return scale;
  };

  return scale;
}
