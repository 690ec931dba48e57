/**
 * Axis ticks that never overlap or leave the chart: the largest d3 tick count whose formatted labels
 * fit side by side with a gap.
 */
import type { LinearScale } from './linear-scale.js';
import type { Rect } from './rect.js';
import { estimateTextWidth, type TextFont, type TextMeasure } from './text.js';

/** One tick of a horizontal value axis. */
export interface TickMark {
  value: number;
  /** Position of the tick line (CSS px). */
  x: number;
  /** The formatted label. */
  text: string;
  /** Where the label's x sits on its box: centred under the tick, or pulled inside at the chart edges. */
  anchor: 'start' | 'middle' | 'end';
  /** x of the label's anchor point. */
  textX: number;
  /** Estimated box of the label text (y = top of the text). */
  box: Rect;
}

/** What {@link fitTicks} needs to know. */
export interface FitTicksOptions {
  /** Formats a tick value for the current language. */
  format: (value: number) => string;
  font: TextFont;
  /** Left and right limits the labels must stay within (usually 0 and the chart width). */
  bounds: readonly [number, number];
  /** y of the top of the label text. */
  top: number;
  /** Minimum free space between two labels, px. Default: one font size. */
  gap?: number;
  /** The most ticks to try. Default: one per 70 px of range. */
  maxCount?: number;
  measure?: TextMeasure;
}

/** Places the labels of `ticks` (values) of `scale`; the label anchor is pulled in at the bounds. */
export function placeTicks(
  scale: LinearScale,
  values: readonly number[],
  options: FitTicksOptions,
): TickMark[] {
  const measure = options.measure ?? estimateTextWidth;
  const [lo, hi] = options.bounds;
  return values.map((value) => {
    const x = scale(value);
    const text = options.format(value);
    const width = measure(text, options.font);
    let anchor: TickMark['anchor'] = 'middle';
    let left = x - width / 2;
    if (left < lo) {
      anchor = 'start';
      left = Math.max(lo, x - 2);
    } else if (left + width > hi) {
      anchor = 'end';
      left = Math.min(hi, x + 2) - width;
    }
    const textX = anchor === 'start' ? left : anchor === 'end' ? left + width : x;
    return {
      value,
      x,
      text,
      anchor,
      textX,
      box: { x: left, y: options.top, width, height: options.font.size * 1.25 },
    };
  });
}

/**
 * The ticks of `scale` at the largest count (from `maxCount` down to 2) whose labels do not overlap
 * (at least `gap` apart) and stay inside `bounds`. Always returns at least the two ends of the domain.
 */
export function fitTicks(scale: LinearScale, options: FitTicksOptions): TickMark[] {
  const [r0, r1] = scale.range() as [number, number];
  const gap = options.gap ?? options.font.size;
  const maxCount = options.maxCount ?? Math.max(2, Math.floor(Math.abs(r1 - r0) / 70));
  for (let count = maxCount; count >= 2; count--) {
    const ticks = placeTicks(scale, scale.ticks(count), options);
    if (ticksFit(ticks, gap, options.bounds)) return ticks;
  }
  const [d0, d1] = scale.domain() as [number, number];
  const ends = d0 === 0 || d1 === 0 ? [d0, d1] : [d0, 0, d1];
  return placeTicks(scale, ends, options);
}

function ticksFit(ticks: readonly TickMark[], gap: number, bounds: readonly [number, number]): boolean {
  for (let i = 0; i < ticks.length; i++) {
    const box = ticks[i]!.box;
    if (box.x < bounds[0] - 0.5 || box.x + box.width > bounds[1] + 0.5) return false;
    const next = ticks[i + 1];
    if (next !== undefined && box.x + box.width + gap > next.box.x) return false;
  }
  return ticks.length >= 2;
}
