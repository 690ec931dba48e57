/**
 * Layout of a horizontal labelled bar chart: one row per datum, the label on the left (wide) or above
 * the bar (narrow, under 480 px), the value printed at the bar end, a zero-based value axis below.
 *
 * Pure: data and width in, rectangles and text positions out (CSS px; the SVG is drawn 1:1). Text
 * widths come from a {@link TextMeasure}, so labels are wrapped and columns sized before anything is
 * drawn: nothing overlaps, nothing is clipped, no text is under 12 px.
 */
import type { LinearScale } from './linear-scale.js';
import type { Rect } from './rect.js';
import { valueScale } from './scales.js';
import {
  LINE_HEIGHT,
  estimateTextWidth,
  rememberingMeasure,
  linesWidth,
  wrapText,
  type TextFont,
  type TextMeasure,
} from './text.js';
import { fitTicks, type TickMark } from './ticks.js';

/** Smallest text the chart draws (Chartability: text under 12 px is a critical failure). */
export const MIN_FONT_SIZE = 12;
/** Under this width the labels go above the bars. */
export const NARROW_WIDTH = 480;
/** Smallest pointer target (WCAG 2.5.8: 24 × 24 CSS px). */
export const MIN_TARGET = 24;
/** Marker drawn before a highlighted label, so the highlight does not rely on colour (WCAG 1.4.1). */
export const HIGHLIGHT_MARKER = '◆';

/** One bar to lay out. */
export interface BarInput {
  /** Stable key, unique in the chart. */
  key: string;
  /** The visible label (place, period or series). */
  label: string;
  /** The value, `null` when missing. */
  value: number | null;
  /** The value as printed at the bar end (formatted for the language), or the no-data phrase. */
  valueText: string;
  /** Drawn outlined, bold and with {@link HIGHLIGHT_MARKER}. */
  highlighted?: boolean;
}

/** A text to draw. */
export interface TextMark {
  text: string;
  /** x of the anchor point. */
  x: number;
  /** y of the baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  font: TextFont;
  /** Estimated box of the text (for overlap checks and hit areas). */
  box: Rect;
}

/** One laid-out bar. */
export interface BarMark {
  key: string;
  /** Row index, top to bottom. */
  index: number;
  value: number | null;
  missing: boolean;
  highlighted: boolean;
  /** The bar; zero width for a zero or missing value. */
  bar: Rect;
  /** For a missing value: the outlined placeholder box that holds the no-data phrase. */
  placeholder?: Rect;
  /** The label, one mark per line (the highlight marker is part of the first line). */
  label: TextMark[];
  /** The value at the bar end (or the no-data phrase inside the placeholder). */
  valueLabel: TextMark;
  /** The whole row: the pointer target and the keyboard item's box (at least 24 px high). */
  hit: Rect;
  /** What the focus ring surrounds: the row, inset so neighbouring rings never touch. */
  focus: Rect;
}

/** Options of {@link layoutBars}. */
export interface BarLayoutOptions {
  /** Width available, CSS px. */
  width: number;
  /** Base font size, CSS px (the host's computed font size; raised to 12 when smaller). */
  fontSize: number;
  /** Force the narrow layout (labels above bars). Default: `width < 480`. */
  narrow?: boolean;
  /** Formats an axis tick value. */
  formatTick: (value: number) => string;
  measure?: TextMeasure;
}

/** The result of {@link layoutBars}. */
export interface BarLayout {
  width: number;
  height: number;
  narrow: boolean;
  /** Value → x. */
  scale: LinearScale;
  /** x of the zero line. */
  zeroX: number;
  bars: BarMark[];
  ticks: TickMark[];
  /** The axis line. */
  axis: { y: number; x1: number; x2: number };
  /** The area the bars can take (for gridlines). */
  plot: Rect;
}

const PAD = 8;

/** Lays out `rows` as horizontal bars in `options.width`. */
export function layoutBars(rows: readonly BarInput[], options: BarLayoutOptions): BarLayout {
  const width = Math.max(1, options.width);
  const narrow = options.narrow ?? width < NARROW_WIDTH;
  if (!narrow) {
    const wide = layoutWide(rows, { ...options, width });
    if (wide !== undefined) return wide;
  }
  return layoutNarrow(rows, { ...options, width });
}

interface Metrics {
  fs: number;
  tickFont: TextFont;
  barH: number;
  lineH: number;
  gap: number;
  measure: TextMeasure;
}

function metrics(options: BarLayoutOptions): Metrics {
  const fs = Math.max(MIN_FONT_SIZE, options.fontSize);
  return {
    fs,
    tickFont: { size: Math.max(MIN_FONT_SIZE, Math.round(fs * 0.875)) },
    barH: Math.round(fs * 1.5),
    lineH: Math.round(fs * LINE_HEIGHT),
    gap: Math.round(fs * 0.7),
    measure: rememberingMeasure(options.measure ?? estimateTextWidth),
  };
}

function labelText(row: BarInput): string {
  return row.highlighted ? `${HIGHLIGHT_MARKER} ${row.label}` : row.label;
}

function labelFont(m: Metrics, row: BarInput): TextFont {
  return { size: m.fs, bold: row.highlighted === true };
}

function valueFont(m: Metrics, row: BarInput): TextFont {
  return row.value === null ? { size: m.fs, italic: true } : { size: m.fs, bold: row.highlighted === true };
}

/** Horizontal space the value labels need right (and, for negative values, left) of the bars. */
function valueReserve(
  rows: readonly BarInput[],
  m: Metrics,
): { left: number; right: number; missing: number } {
  let left = 0;
  let right = 0;
  let missing = 0;
  for (const row of rows) {
    const w = m.measure(row.valueText, valueFont(m, row));
    if (row.value === null) missing = Math.max(missing, w + 12);
    else if (row.value < 0) left = Math.max(left, w + 6);
    else right = Math.max(right, w + 6);
  }
  return { left, right, missing };
}

function layoutWide(rows: readonly BarInput[], options: BarLayoutOptions): BarLayout | undefined {
  const m = metrics(options);
  const width = options.width;
  const maxColumn = Math.max(80, width * 0.38);
  const labels = rows.map((row) => wrapText(labelText(row), maxColumn, labelFont(m, row), m.measure));
  const column = rows.reduce(
    (max, row, i) => Math.max(max, linesWidth(labels[i]!, labelFont(m, row), m.measure)),
    0,
  );
  if (column > width * 0.5) return undefined; // a single word too long for the column: go narrow
  const reserve = valueReserve(rows, m);
  const x0 = PAD + column + (column > 0 ? 8 : 0);
  const range: [number, number] = [x0 + reserve.left, width - PAD - reserve.right];
  if (range[1] - range[0] < Math.max(reserve.missing, 60)) return undefined;
  const scale = valueScale(
    rows.map((r) => r.value),
    range,
  );
  const zeroX = scale(0);
  let y = PAD;
  const bars = rows.map((row, index): BarMark => {
    const lines = labels[index]!;
    const content = Math.max(m.barH, lines.length * m.lineH);
    const step = Math.max(content + m.gap, MIN_TARGET + 4);
    const top = y;
    y += step;
    const barY = top + (step - m.barH) / 2;
    const blockTop = top + (step - lines.length * m.lineH) / 2;
    const font = labelFont(m, row);
    const label = lines.map((text, i) => {
      const w = m.measure(text, font);
      const baseline = blockTop + i * m.lineH + m.lineH * 0.75;
      return textMark(text, x0 - 8, baseline, 'end', font, {
        x: x0 - 8 - w,
        y: blockTop + i * m.lineH,
        width: w,
        height: m.lineH,
      });
    });
    return barMark(row, index, { top, step, barY, label, scale, zeroX, m, width });
  });
  return finish(bars, { width, narrow: false, scale, zeroX, y, m, range, formatTick: options.formatTick });
}

function layoutNarrow(rows: readonly BarInput[], options: BarLayoutOptions): BarLayout {
  const m = metrics(options);
  const width = options.width;
  const reserve = valueReserve(rows, m);
  const range: [number, number] = [
    PAD + reserve.left,
    Math.max(PAD + reserve.left + 1, width - PAD - reserve.right),
  ];
  const scale = valueScale(
    rows.map((r) => r.value),
    range,
  );
  const zeroX = scale(0);
  let y = PAD;
  const bars = rows.map((row, index): BarMark => {
    const font = labelFont(m, row);
    const lines = wrapText(labelText(row), width - 2 * PAD, font, m.measure);
    const block = lines.length * m.lineH;
    const step = Math.max(block + 4 + m.barH + m.gap, MIN_TARGET + 4);
    const top = y;
    y += step;
    const label = lines.map((text, i) => {
      const w = m.measure(text, font);
      return textMark(text, PAD, top + m.gap / 2 + i * m.lineH + m.lineH * 0.75, 'start', font, {
        x: PAD,
        y: top + m.gap / 2 + i * m.lineH,
        width: w,
        height: m.lineH,
      });
    });
    const barY = top + m.gap / 2 + block + 4;
    return barMark(row, index, { top, step, barY, label, scale, zeroX, m, width });
  });
  return finish(bars, { width, narrow: true, scale, zeroX, y, m, range, formatTick: options.formatTick });
}

function textMark(
  text: string,
  x: number,
  y: number,
  anchor: TextMark['anchor'],
  font: TextFont,
  box: Rect,
): TextMark {
  return { text, x, y, anchor, font, box };
}

interface RowGeometry {
  top: number;
  step: number;
  barY: number;
  label: TextMark[];
  scale: LinearScale;
  zeroX: number;
  m: Metrics;
  width: number;
}

function barMark(row: BarInput, index: number, g: RowGeometry): BarMark {
  const { m, zeroX } = g;
  const font = valueFont(m, row);
  const textW = m.measure(row.valueText, font);
  const baseline = g.barY + m.barH / 2 + m.fs * 0.35;
  const textTop = g.barY + (m.barH - m.lineH) / 2;
  const hit: Rect = { x: 0, y: g.top, width: g.width, height: g.step };
  const focus: Rect = { x: 2, y: g.top + 2, width: g.width - 4, height: g.step - 4 };
  const base = { key: row.key, index, highlighted: row.highlighted === true, label: g.label, hit, focus };
  if (row.value === null) {
    const placeholder: Rect = { x: zeroX, y: g.barY, width: textW + 12, height: m.barH };
    return {
      ...base,
      value: null,
      missing: true,
      bar: { x: zeroX, y: g.barY, width: 0, height: m.barH },
      placeholder,
      valueLabel: textMark(row.valueText, zeroX + 6, baseline, 'start', font, {
        x: zeroX + 6,
        y: textTop,
        width: textW,
        height: m.lineH,
      }),
    };
  }
  const end = g.scale(row.value);
  const bar: Rect = { x: Math.min(zeroX, end), y: g.barY, width: Math.abs(end - zeroX), height: m.barH };
  const valueLabel =
    row.value < 0
      ? textMark(row.valueText, end - 4, baseline, 'end', font, {
          x: end - 4 - textW,
          y: textTop,
          width: textW,
          height: m.lineH,
        })
      : textMark(row.valueText, end + 4, baseline, 'start', font, {
          x: end + 4,
          y: textTop,
          width: textW,
          height: m.lineH,
        });
  return { ...base, value: row.value, missing: false, bar, valueLabel };
}

interface FinishInput {
  width: number;
  narrow: boolean;
  scale: LinearScale;
  zeroX: number;
  y: number;
  m: Metrics;
  range: [number, number];
  formatTick: (value: number) => string;
}

function finish(bars: BarMark[], f: FinishInput): BarLayout {
  const axisY = f.y + 2;
  const ticks = fitTicks(f.scale, {
    format: f.formatTick,
    font: f.m.tickFont,
    bounds: [0, f.width],
    top: axisY + 8,
    measure: f.m.measure,
  });
  const height = Math.ceil(axisY + 8 + f.m.tickFont.size * 1.25 + PAD);
  const plotTop = bars[0]?.hit.y ?? PAD;
  return {
    width: f.width,
    height,
    narrow: f.narrow,
    scale: f.scale,
    zeroX: f.zeroX,
    bars,
    ticks,
    axis: { y: axisY, x1: f.range[0], x2: f.range[1] },
    plot: { x: f.range[0], y: plotTop, width: f.range[1] - f.range[0], height: axisY - plotTop },
  };
}
