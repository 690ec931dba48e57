/**
 * Downsampling of long series for drawing: Largest-Triangle-Three-Buckets (Steinarsson 2013, "Downsampling
 * Time Series for Visual Representation", §4.2), which keeps the points that shape the line, with two
 * guarantees on top of the original: the first and last points, and the global minimum and maximum, are
 * always kept. A reader who sees no spike must be right that there is none.
 *
 * Only the drawing is downsampled. The data table, the summary and keyboard navigation keep every value.
 *
 * Pure: indices in, indices out (the caller keeps its own keys and values). No DOM.
 */

/** Fewest points a downsampled series keeps: the two ends and the two extremes. */
export const MIN_DOWNSAMPLE_SIZE = 4;

/** Index of the first smallest and the first largest value (`-1` for an empty list). */
export function extremeIndices<T>(
  points: readonly T[],
  y: (point: T) => number,
): { min: number; max: number } {
  let min = -1;
  let max = -1;
  for (let i = 0; i < points.length; i++) {
    const v = y(points[i]!);
    if (min < 0 || v < y(points[min]!)) min = i;
    if (max < 0 || v > y(points[max]!)) max = i;
  }
  return { min, max };
}

/**
 * The indices (strictly increasing) of at most `max(size, 4)` points of `points` that draw the same line:
 * LTTB over `size - 2` buckets between the first and the last point, where a bucket that holds the global
 * minimum or maximum gives that point instead of its largest triangle. When both extremes fall into one
 * bucket, one bucket fewer is used so the count still holds. `points` must be ordered by `x`; values must
 * be finite. `size ≥ points.length` keeps every index.
 *
 * @example
 * ```ts
 * const kept = downsampleLttb(months, 600, (p) => p.order, (p) => p.value); // [0, 17, 31, …, 9999]
 * const drawn = kept.map((i) => months[i]);
 * ```
 */
export function downsampleLttb<T>(
  points: readonly T[],
  size: number,
  x: (point: T) => number,
  y: (point: T) => number,
): number[] {
  const n = points.length;
  const target = Math.max(MIN_DOWNSAMPLE_SIZE, Math.floor(size));
  if (n <= Math.max(2, Math.floor(size))) return Array.from({ length: n }, (_, i) => i);
  const xs = Float64Array.from(points, x);
  const ys = Float64Array.from(points, y);
  const { min, max } = extremeIndices(points, y);
  if (target <= MIN_DOWNSAMPLE_SIZE || n <= MIN_DOWNSAMPLE_SIZE) {
    return [...new Set([0, min, max, n - 1])].sort((a, b) => a - b);
  }
  const first = run(xs, ys, target - 2, min, max);
  // Both extremes in one bucket add a point: one bucket fewer brings the count back to `target`.
  return first.length <= target ? first : run(xs, ys, target - 3, min, max);
}

/** LTTB with `buckets` buckets between the ends, forcing `min` and `max` into the result. */
function run(xs: Float64Array, ys: Float64Array, buckets: number, min: number, max: number): number[] {
  const n = xs.length;
  const out: number[] = [0];
  const every = (n - 2) / buckets;
  let a = 0; // the point kept last
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * every) + 1;
    const end = Math.min(n - 1, Math.floor((b + 1) * every) + 1); // exclusive
    // The extremes are kept whatever their triangles: a spike must survive.
    const forced = [min, max].filter((i) => i >= start && i < end && i !== 0 && i !== n - 1);
    if (forced.length > 0) {
      const unique = [...new Set(forced)].sort((p, q) => p - q);
      out.push(...unique);
      a = unique[unique.length - 1]!;
      continue;
    }
    // The next bucket's average point (the last point for the last bucket).
    const nextStart = end;
    const nextEnd = Math.min(n, Math.floor((b + 2) * every) + 1);
    let avgX = 0;
    let avgY = 0;
    const count = Math.max(1, nextEnd - nextStart);
    if (nextEnd > nextStart) {
      for (let i = nextStart; i < nextEnd; i++) {
        avgX += xs[i]!;
        avgY += ys[i]!;
      }
      avgX /= count;
      avgY /= count;
    } else {
      avgX = xs[n - 1]!;
      avgY = ys[n - 1]!;
    }
    const ax = xs[a]!;
    const ay = ys[a]!;
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      // Twice the triangle's area; the factor does not change which is largest.
      const area = Math.abs((ax - avgX) * (ys[i]! - ay) - (ax - xs[i]!) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    out.push(best);
    a = best;
  }
  out.push(n - 1);
  return out;
}

/**
 * The indices to draw of a series shown `width` CSS px wide: at most `pointsPerPixel` points per pixel
 * (default 1: more points than pixels draw nothing more), extremes and ends always kept. Short series are
 * returned whole.
 */
export function downsampleToWidth<T>(
  points: readonly T[],
  width: number,
  x: (point: T) => number,
  y: (point: T) => number,
  pointsPerPixel = 1,
): number[] {
  const budget = Math.max(MIN_DOWNSAMPLE_SIZE, Math.floor(Math.max(0, width) * pointsPerPixel));
  return downsampleLttb(points, budget, x, y);
}
