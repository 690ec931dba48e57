/**
 * Layout of `<ict-indicator-trend>`: four forms, each a pure function of its rows and the width.
 *
 * - {@link layoutColumns}: one column per period (vertical when every label fits its slot, otherwise, and
 *   below 480 px or with several series, one horizontal row per value with the period above the bar);
 * - {@link layoutLines}: one line per series over time, direct end labels (no legend), markers of eight
 *   shapes and eight dash patterns so series never differ by colour alone; long series are downsampled to
 *   the pixel width (LTTB, extremes kept);
 * - {@link layoutPlan}: actual as a bar against a plan marker;
 * - {@link layoutBeforeAfter}: a dumbbell from the before value to the after value.
 *
 * CSS px in, CSS px out (the SVG is drawn 1:1). Text widths come from a {@link TextMeasure}; every text is
 * placed so that none overlaps another or leaves the chart (labels that cannot be placed are left out of the
 * picture; they remain in the names, the tooltip and the table). No DOM, no lit.
 */
import { linearScale, type LinearScale } from '../../chart/geometry/linear-scale.js';
import { line as d3Line } from 'd3-shape';
import {
  HIGHLIGHT_MARKER,
  MIN_FONT_SIZE,
  MIN_TARGET,
  NARROW_WIDTH,
  type TextMark,
} from '../../chart/geometry/bars.js';
import { downsampleToWidth } from '../../chart/geometry/downsample.js';
import { rectsOverlap, unionRect, type Rect } from '../../chart/geometry/rect.js';
import { valueScale } from '../../chart/geometry/scales.js';
import { estimateTextWidth, wrapText, type TextFont, type TextMeasure } from '../../chart/geometry/text.js';
import { fitTicks, type TickMark } from '../../chart/geometry/ticks.js';

export { HIGHLIGHT_MARKER, NARROW_WIDTH };

/** What a text of the chart is; the element styles and tests them by role. */
export const TEXT_ROLES = [
  'value',
  'status',
  'period',
  'change',
  'series',
  'tick',
  'unit',
  'headline',
  'legend',
  'label',
  'missing',
] as const;
export type TextRole = (typeof TEXT_ROLES)[number];

/** A text to draw, with its role. */
export interface TrendText extends TextMark {
  role: TextRole;
  highlighted?: boolean;
  /** The mark it belongs to, when it belongs to one. */
  key?: string;
}

/** One point (period) of a series. */
export interface TrendPointInput {
  key: string;
  /** Position in time (`periodOrder`: months since year 0). */
  order: number;
  /** "2016", "Quý 2/2020". */
  periodText: string;
  value: number | null;
  /** The number printed at the mark ("2,85 nghìn tỷ", "trên 3.100"), or the no-data phrase. */
  valueText: string;
  /** A second line under the value: "(ước đạt)", "(kế hoạch)". */
  statusText?: string;
  /** A plan (`status: 'target'`): drawn hollow and dashed. */
  target?: boolean;
  /** An estimate or provisional figure: drawn with a dashed outline. */
  estimate?: boolean;
  highlighted?: boolean;
  /** The change label; `betweenPrevious` places it between this period and the previous one. */
  change?: { text: string; betweenPrevious: boolean };
}

/** One series: a place (and breakdown). `index` picks its colour, pattern, dash and marker (0–7). */
export interface TrendSeriesInput {
  key: string;
  label: string;
  index: number;
  highlighted?: boolean;
  points: readonly TrendPointInput[];
}

/** Options shared by the layouts. */
export interface TrendLayoutOptions {
  /** Width available, CSS px. */
  width: number;
  /** Base font size, CSS px (raised to 12 when smaller). */
  fontSize: number;
  /** Formats a value-axis tick. */
  formatTick: (value: number) => string;
  /** The unit under or above the value axis ("đồng", "thuê bao/100 dân"); empty for counts. */
  unitText?: string;
  /** Force the narrow layout. Default: `width < 480`. */
  narrow?: boolean;
  measure?: TextMeasure;
}

/** A tick of a vertical value axis. */
export interface VerticalTick {
  value: number;
  y: number;
  text: string;
}

/** Where the keyboard item and the pointer target of a mark are, and what the focus ring surrounds. */
export interface MarkPlace {
  key: string;
  /** Pointer and touch target (the nav item is laid over it). */
  hit: Rect;
  /** What the focus ring surrounds. */
  ring: Rect;
}

const PAD = 8;

/**
 * Line height of stacked texts, in em. Firefox measures an SVG text's box from the font's full ascent and
 * descent, and Vietnamese fonts are tall (stacked diacritics: "ễ", "ặ"): at 1.3 em two lines of
 * "Kế hoạch…" overlapped there; 1.5 em is the frame's own line height.
 */
const LINE_HEIGHT = 1.5;

interface Metrics {
  fs: number;
  small: TextFont;
  lineH: number;
  smallLineH: number;
  measure: TextMeasure;
}

function metricsOf(options: TrendLayoutOptions): Metrics {
  const fs = Math.max(MIN_FONT_SIZE, options.fontSize);
  const small = { size: Math.max(MIN_FONT_SIZE, Math.round(fs * 0.875)) };
  return {
    fs,
    small,
    lineH: Math.round(fs * LINE_HEIGHT),
    smallLineH: Math.round(small.size * LINE_HEIGHT),
    measure: options.measure ?? estimateTextWidth,
  };
}

/** A text whose box top is `top`; `x` is the anchor. */
function textAt(
  text: string,
  x: number,
  top: number,
  anchor: TrendText['anchor'],
  font: TextFont,
  m: Metrics,
  role: TextRole,
  extra: Partial<TrendText> = {},
): TrendText {
  const width = m.measure(text, font);
  const lineH = Math.round(font.size * LINE_HEIGHT);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    text,
    x,
    y: top + lineH * 0.75,
    anchor,
    font,
    box: { x: left, y: top, width, height: lineH },
    role,
    ...extra,
  };
}

/** The same text moved so that its box stays within [lo, hi] horizontally. */
function clampText(t: TrendText, lo: number, hi: number): TrendText {
  let dx = 0;
  if (t.box.x < lo) dx = lo - t.box.x;
  else if (t.box.x + t.box.width > hi) dx = hi - (t.box.x + t.box.width);
  if (dx === 0) return t;
  return { ...t, x: t.x + dx, box: { ...t.box, x: t.box.x + dx } };
}

function lineHeightOf(font: TextFont): number {
  return Math.round(font.size * LINE_HEIGHT);
}

/** True when some pair of `texts` overlaps or a text leaves [0, width]. */
export function textsCollide(texts: readonly TrendText[], width: number): boolean {
  for (let i = 0; i < texts.length; i++) {
    const a = texts[i]!.box;
    if (a.x < -0.5 || a.x + a.width > width + 0.5) return true;
    for (let j = i + 1; j < texts.length; j++) if (rectsOverlap(a, texts[j]!.box)) return true;
  }
  return false;
}

/** Adds `t` to `placed` when it overlaps nothing there and stays inside `bounds`; says whether it did. */
function placeIfFree(t: TrendText, placed: TrendText[], bounds: Rect): boolean {
  const b = t.box;
  if (b.x < bounds.x - 0.5 || b.x + b.width > bounds.x + bounds.width + 0.5) return false;
  if (b.y < bounds.y - 0.5 || b.y + b.height > bounds.y + bounds.height + 0.5) return false;
  if (placed.some((p) => rectsOverlap(p.box, b))) return false;
  placed.push(t);
  return true;
}

/** Ticks of a vertical value axis: the most (from one per ~3 lines down to 2) whose labels do not touch. */
export function verticalTicks(
  scale: LinearScale,
  format: (value: number) => string,
  font: TextFont,
): VerticalTick[] {
  const [y0, y1] = scale.range() as [number, number];
  const height = Math.abs(y0 - y1);
  const minGap = font.size * 1.6;
  for (let count = Math.max(2, Math.floor(height / (font.size * 3))); count >= 2; count--) {
    const values = scale.ticks(count);
    const ys = values.map((v) => scale(v));
    if (ys.every((y, i) => i === 0 || Math.abs(y - ys[i - 1]!) >= minGap)) {
      return values.map((value, i) => ({ value, y: ys[i]!, text: format(value) }));
    }
  }
  const [d0, d1] = scale.domain() as [number, number];
  return [d0, d1].map((value) => ({ value, y: scale(value), text: format(value) }));
}

/** Tick texts of a vertical axis placed right-aligned at `x` (vertically centred on their tick). */
function verticalTickTexts(ticks: readonly VerticalTick[], x: number, m: Metrics): TrendText[] {
  return ticks.map((t) => textAt(t.text, x, t.y - m.smallLineH / 2, 'end', m.small, m, 'tick'));
}

function plotHeightFor(width: number, narrow: boolean): number {
  return Math.round(Math.min(280, Math.max(narrow ? 170 : 190, width * 0.38)));
}

// ═══ Columns ═══════════════════════════════════════════════════════════════════════════════════════

/** One column (or row bar) of the columns form. */
export interface ColumnMark extends MarkPlace {
  seriesIndex: number;
  value: number | null;
  missing: boolean;
  target: boolean;
  estimate: boolean;
  highlighted: boolean;
  /** The bar; zero height (width) for a zero value. */
  bar: Rect;
  /** The outlined no-data box of a missing value. */
  placeholder?: Rect;
}

/** The result of {@link layoutColumns}. */
export interface ColumnsLayout {
  kind: 'columns';
  /** `vertical`: columns over time; `horizontal`: one row per value, periods above the bars. */
  orientation: 'vertical' | 'horizontal';
  width: number;
  height: number;
  plot: Rect;
  columns: ColumnMark[];
  texts: TrendText[];
  /** Vertical orientation: the value axis on the left. */
  yTicks: VerticalTick[];
  /** Horizontal orientation: the value axis at the bottom. */
  xTicks: TickMark[];
  axis: { y: number; x1: number; x2: number };
  /** Position of the zero line (y when vertical, x when horizontal). */
  zero: number;
}

/**
 * Columns over time. Vertical when there is one series, the width is not narrow and every label (value,
 * status, period, change) fits the column's slot without touching another; otherwise horizontal rows.
 */
export function layoutColumns(
  series: readonly TrendSeriesInput[],
  options: TrendLayoutOptions,
): ColumnsLayout {
  const width = Math.max(1, options.width);
  const narrow = options.narrow ?? width < NARROW_WIDTH;
  if (!narrow && series.length === 1) {
    // Value labels at the base size, else at the small size (12 px at least), before giving up on columns.
    for (const smallValues of [false, true]) {
      const vertical = layoutVerticalColumns(series[0]!, { ...options, width }, smallValues);
      if (vertical !== undefined) return vertical;
    }
  }
  return layoutColumnRows(series, { ...options, width });
}

function layoutVerticalColumns(
  series: TrendSeriesInput,
  options: TrendLayoutOptions,
  smallValues: boolean,
): ColumnsLayout | undefined {
  const m = metricsOf(options);
  const width = options.width;
  const points = series.points;
  if (points.length === 0) return undefined;
  const texts: TrendText[] = [];
  let top = PAD;
  if (options.unitText) {
    texts.push(textAt(options.unitText, PAD, top, 'start', m.small, m, 'unit'));
    top += m.smallLineH + 4;
  }
  const size = smallValues ? m.small.size : m.fs;
  const valueFont = (p: TrendPointInput): TextFont =>
    p.value === null ? { size, italic: true } : { size, bold: p.highlighted === true };
  const valueLineH = lineHeightOf({ size });
  const labelBlock = Math.max(...points.map((p) => (p.statusText ? 2 : 1))) * valueLineH;
  const plotTop = top + labelBlock + 4;
  const plotH = plotHeightFor(width, false);
  const plotBottom = plotTop + plotH;
  const scale = valueScale(
    points.map((p) => p.value),
    [plotBottom, plotTop],
  );
  const yTicks = verticalTicks(scale, options.formatTick, m.small);
  const tickWidth = Math.max(...yTicks.map((t) => m.measure(t.text, m.small)));
  const plotLeft = PAD + tickWidth + 8;
  const plotRight = width - PAD;
  const slot = (plotRight - plotLeft) / points.length;
  if (slot < MIN_TARGET) return undefined;
  const room = slot - 6; // labels keep 6 px apart
  const colW = Math.max(4, Math.min(slot * 0.62, m.fs * 5));
  const zeroY = scale(0);
  const periodTop = plotBottom + 6;
  const wrapped = points.map((p) =>
    wrapText(
      p.highlighted ? `${HIGHLIGHT_MARKER} ${p.periodText}` : p.periodText,
      room,
      { size: m.fs, bold: p.highlighted === true },
      m.measure,
    ),
  );
  const periodLines = Math.max(...wrapped.map((w) => w.length));
  const changeTop = periodTop + periodLines * m.lineH + 2;
  const hasChange = points.some((p) => p.change !== undefined);
  const bottom = changeTop + (hasChange ? m.smallLineH : 0);
  const columns: ColumnMark[] = [];
  for (const [i, p] of points.entries()) {
    const cx = plotLeft + slot * (i + 0.5);
    const hl = p.highlighted === true;
    const font = valueFont(p);
    // Missing: an outlined box on the baseline, the no-data phrase above it (wrapped to the slot).
    let bar: Rect;
    let placeholder: Rect | undefined;
    let labelBottom: number;
    if (p.value === null) {
      bar = { x: cx - colW / 2, y: zeroY, width: colW, height: 0 };
      placeholder = { x: cx - colW / 2, y: zeroY - m.fs * 1.2, width: colW, height: m.fs * 1.2 };
      labelBottom = placeholder.y - 4;
    } else {
      const y = scale(p.value);
      bar = { x: cx - colW / 2, y: Math.min(y, zeroY), width: colW, height: Math.abs(zeroY - y) };
      labelBottom = (p.value < 0 ? zeroY : y) - 4;
    }
    const lines = p.value === null ? wrapText(p.valueText, room, font, m.measure) : [p.valueText];
    const status = p.statusText ? [p.statusText] : [];
    const block = [...lines, ...status];
    const blockTop = labelBottom - block.length * valueLineH;
    block.forEach((text, j) => {
      const role: TextRole = j < lines.length ? (p.value === null ? 'missing' : 'value') : 'status';
      const f = role === 'status' ? { size } : font;
      texts.push(
        textAt(text, cx, blockTop + j * valueLineH, 'middle', f, m, role, { highlighted: hl, key: p.key }),
      );
    });
    wrapped[i]!.forEach((text, j) => {
      texts.push(
        textAt(text, cx, periodTop + j * m.lineH, 'middle', { size: m.fs, bold: hl }, m, 'period', {
          highlighted: hl,
          key: p.key,
        }),
      );
    });
    if (p.change !== undefined) {
      const x = p.change.betweenPrevious ? cx - slot / 2 : cx;
      texts.push(textAt(p.change.text, x, changeTop, 'middle', m.small, m, 'change', { key: p.key }));
    }
    const hitTop = Math.min(blockTop, plotTop) - 2;
    const x0 = plotLeft + slot * i;
    // Computed from both edges, so neighbouring slots share an edge exactly (no float overlap).
    const hit: Rect = { x: x0, y: hitTop, width: plotLeft + slot * (i + 1) - x0, height: bottom - hitTop };
    columns.push({
      key: p.key,
      seriesIndex: series.index,
      value: p.value,
      missing: p.value === null,
      target: p.target === true,
      estimate: p.estimate === true,
      highlighted: hl,
      bar,
      placeholder,
      hit,
      ring: { x: hit.x + 2, y: hit.y, width: hit.width - 4, height: hit.height },
    });
  }
  texts.push(...verticalTickTexts(yTicks, plotLeft - 8, m));
  // Every label must fit its slot; a label wider than that, or any overlap, sends the form to rows.
  const labels = texts.filter((t) => t.role !== 'tick' && t.role !== 'unit');
  if (labels.some((t) => t.box.width > room + 0.5)) return undefined;
  if (textsCollide(texts, width)) return undefined;
  if (texts.some((t) => t.box.y < 0)) return undefined;
  return {
    kind: 'columns',
    orientation: 'vertical',
    width,
    height: Math.ceil(bottom + PAD),
    plot: { x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotH },
    columns,
    texts,
    yTicks,
    xTicks: [],
    axis: { y: zeroY, x1: plotLeft, x2: plotRight },
    zero: zeroY,
  };
}

/** A row of the horizontal columns form: one value, its label above the bar. */
function layoutColumnRows(series: readonly TrendSeriesInput[], options: TrendLayoutOptions): ColumnsLayout {
  const m = metricsOf(options);
  const width = options.width;
  const several = series.length > 1;
  const rows = series
    .flatMap((s) => s.points.map((p) => ({ s, p })))
    .sort((a, b) => a.p.order - b.p.order || a.s.index - b.s.index);
  const texts: TrendText[] = [];
  const valueFont = (p: TrendPointInput): TextFont =>
    p.value === null ? { size: m.fs, italic: true } : { size: m.fs, bold: p.highlighted === true };
  const valueLine = (p: TrendPointInput): string =>
    p.statusText ? `${p.valueText} ${p.statusText}` : p.valueText;
  // Space right of the bars for the value labels, at most 45 % of the width; longer ones wrap.
  // A label too long for that goes under its bar and claims no space beside it.
  const maxReserve = width * 0.45;
  const reserve = Math.max(
    0,
    ...rows
      .filter(({ p }) => p.value !== null)
      .map(({ p }) => m.measure(valueLine(p), valueFont(p)) + 6)
      .filter((w) => w <= maxReserve),
  );
  const missingW = Math.max(
    0,
    ...rows.filter(({ p }) => p.value === null).map(({ p }) => m.measure(p.valueText, valueFont(p)) + 12),
  );
  const range: [number, number] = [PAD, Math.max(PAD + Math.max(60, missingW), width - PAD - reserve)];
  const scale = valueScale(
    rows.map(({ p }) => p.value),
    range,
  );
  const zeroX = scale(0);
  const barH = Math.round(m.fs * 1.4);
  const gap = Math.round(m.fs * 0.7);
  let y = PAD;
  const columns: ColumnMark[] = [];
  for (const { s, p } of rows) {
    const hl = p.highlighted === true || s.highlighted === true;
    const top = y;
    const head = several ? `${s.label}, ${p.periodText}` : p.periodText;
    const label = hl ? `${HIGHLIGHT_MARKER} ${head}` : head;
    const labelFont = { size: m.fs, bold: hl };
    const lines = wrapText(label, width - 2 * PAD, labelFont, m.measure);
    lines.forEach((text, j) =>
      texts.push(
        textAt(text, PAD, top + j * m.lineH, 'start', labelFont, m, 'period', {
          highlighted: hl,
          key: p.key,
        }),
      ),
    );
    let cursor = top + lines.length * m.lineH;
    if (p.change !== undefined) {
      // On the label's last line when it fits there, else on a line of its own.
      const last = texts[texts.length - 1]!;
      const candidate = textAt(
        p.change.text,
        last.box.x + last.box.width + m.fs,
        last.box.y + (m.lineH - m.smallLineH) / 2,
        'start',
        m.small,
        m,
        'change',
        { key: p.key },
      );
      if (candidate.box.x + candidate.box.width <= width - PAD) texts.push(candidate);
      else {
        texts.push(textAt(p.change.text, PAD, cursor, 'start', m.small, m, 'change', { key: p.key }));
        cursor += m.smallLineH;
      }
    }
    const barY = cursor + 4;
    let bar: Rect;
    let placeholder: Rect | undefined;
    let after = barY + barH;
    const font = valueFont(p);
    if (p.value === null) {
      const w = m.measure(p.valueText, font);
      placeholder = { x: zeroX, y: barY, width: w + 12, height: barH };
      bar = { x: zeroX, y: barY, width: 0, height: barH };
      texts.push(
        textAt(p.valueText, zeroX + 6, barY + (barH - m.lineH) / 2, 'start', font, m, 'missing', {
          key: p.key,
        }),
      );
    } else {
      const end = scale(p.value);
      bar = { x: Math.min(zeroX, end), y: barY, width: Math.abs(end - zeroX), height: barH };
      const text = valueLine(p);
      const w = m.measure(text, font);
      const startX = (p.value < 0 ? zeroX : end) + 6;
      if (startX + w <= width - PAD) {
        texts.push(
          textAt(text, startX, barY + (barH - m.lineH) / 2, 'start', font, m, 'value', {
            highlighted: hl,
            key: p.key,
          }),
        );
      } else {
        // Too long beside the bar: value (and status) on lines under it.
        const parts = p.statusText ? [p.valueText, p.statusText] : [p.valueText];
        parts.forEach((part, j) =>
          texts.push(
            textAt(
              part,
              PAD,
              after + 2 + j * m.lineH,
              'start',
              j === 0 ? font : { size: m.fs },
              m,
              j === 0 ? 'value' : 'status',
              { highlighted: hl, key: p.key },
            ),
          ),
        );
        after += 2 + parts.length * m.lineH;
      }
    }
    const step = Math.max(after - top + gap, MIN_TARGET + 4);
    y = top + step;
    const hit: Rect = { x: 0, y: top, width, height: step };
    columns.push({
      key: p.key,
      seriesIndex: s.index,
      value: p.value,
      missing: p.value === null,
      target: p.target === true,
      estimate: p.estimate === true,
      highlighted: hl,
      bar,
      placeholder,
      hit,
      ring: { x: 2, y: top + 2, width: width - 4, height: step - 4 },
    });
  }
  const axisY = y + 2;
  const xTicks = fitTicks(scale, {
    format: options.formatTick,
    font: m.small,
    bounds: [0, width],
    top: axisY + 8,
    measure: m.measure,
  });
  let height = axisY + 8 + m.smallLineH + PAD;
  if (options.unitText) {
    texts.push(textAt(options.unitText, range[1], axisY + 8 + m.smallLineH + 2, 'end', m.small, m, 'unit'));
    height += m.smallLineH + 2;
  }
  return {
    kind: 'columns',
    orientation: 'horizontal',
    width,
    height: Math.ceil(height),
    plot: { x: range[0], y: PAD, width: range[1] - range[0], height: axisY - PAD },
    columns,
    texts,
    yTicks: [],
    xTicks,
    axis: { y: axisY, x1: range[0], x2: range[1] },
    zero: zeroX,
  };
}

// ═══ Lines ═════════════════════════════════════════════════════════════════════════════════════════

/** Shapes of the series markers, in series order (the ninth series starts again). */
export const MARKER_SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'cross',
  'plus',
  'star',
] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/** Dash patterns of the series lines (SVG `stroke-dasharray`), in series order; the first is solid. */
export const DASHES = ['', '8 4', '2 4', '10 4 2 4', '4 4', '12 3 3 3 3 3', '1 3', '6 2 2 2'] as const;

/** One point of a line, placed. */
export interface LinePoint extends MarkPlace {
  x: number;
  y: number;
  value: number | null;
  seriesIndex: number;
}

/** One series, placed. */
export interface LineSeriesMark {
  key: string;
  index: number;
  shape: MarkerShape;
  dash: string;
  highlighted: boolean;
  /** SVG path of the (downsampled) line; gaps at missing values. */
  path: string;
  /** Points that carry a marker (every point when they are at least 12 px apart, else the two ends). */
  markers: LinePoint[];
  /** Points drawn as "no data" crosses on the baseline. */
  missing: LinePoint[];
  /** Points in the series, and points drawn after downsampling. */
  total: number;
  drawn: number;
}

/** The result of {@link layoutLines}. */
export interface LinesLayout {
  kind: 'line';
  width: number;
  height: number;
  plot: Rect;
  series: LineSeriesMark[];
  /** Every point of every series by key (all of them, however many are drawn). */
  points: Map<string, LinePoint>;
  texts: TrendText[];
  yTicks: VerticalTick[];
  /** Ticks of the time axis. */
  xTicks: { x: number; text: string }[];
  axis: { y: number; x1: number; x2: number };
  zero: number;
  /** True when some line is drawn with fewer points than it has. */
  downsampled: boolean;
  /** The series' marker before each end label, so a label is tied to its line by shape, not only colour. */
  endMarkers: {
    key: string;
    x: number;
    y: number;
    shape: MarkerShape;
    index: number;
    highlighted: boolean;
  }[];
}

const MARKER_SPACING = 12;
const MAX_LABELLED_POINTS = 40;

/**
 * One line per series over time. Values on a zero-based axis on the left, periods below; direct labels at
 * the end of each line when there are several series (dodged so they never touch); value labels at points
 * when there are few of them, and otherwise at the first, last, lowest and highest; change labels between
 * consecutive periods of a single series when they all fit.
 */
export function layoutLines(series: readonly TrendSeriesInput[], options: TrendLayoutOptions): LinesLayout {
  const m = metricsOf(options);
  const width = Math.max(1, options.width);
  const narrow = options.narrow ?? width < NARROW_WIDTH;
  const several = series.length > 1;
  const texts: TrendText[] = [];
  let top = PAD;
  if (options.unitText) {
    texts.push(textAt(options.unitText, PAD, top, 'start', m.small, m, 'unit'));
    top += m.smallLineH + 4;
  }
  const plotTop = top + m.lineH + 10; // room for a value label above the highest point
  const plotH = plotHeightFor(width, narrow);
  const plotBottom = plotTop + plotH;
  const allPoints = series.flatMap((s) => s.points);
  const scale = valueScale(
    allPoints.map((p) => p.value),
    [plotBottom, plotTop],
  );
  const zeroY = scale(0);
  const yTicks = verticalTicks(scale, options.formatTick, m.small);
  const tickWidth = Math.max(...yTicks.map((t) => m.measure(t.text, m.small)));
  const plotLeft = PAD + tickWidth + 8;

  // Direct end labels of several series, in the right margin (wrapped when long).
  const endFont = (s: TrendSeriesInput): TextFont => ({ size: m.fs, bold: s.highlighted === true });
  const endText = (s: TrendSeriesInput): string =>
    s.highlighted ? `${HIGHLIGHT_MARKER} ${s.label}` : s.label;
  const maxReserve = Math.max(60, width * 0.34);
  const endLines = several
    ? series.map((s) => wrapText(endText(s), maxReserve - 18, endFont(s), m.measure))
    : [];
  const reserve = several
    ? Math.min(
        maxReserve,
        Math.max(...endLines.map((ls, i) => Math.max(...ls.map((l) => m.measure(l, endFont(series[i]!)))))) +
          18,
      )
    : PAD;
  const plotRight = width - PAD - reserve;
  const inset = 10;
  const orders = allPoints.map((p) => p.order);
  const minOrder = Math.min(...orders);
  const maxOrder = Math.max(...orders);
  const x = linearScale()
    .domain(minOrder === maxOrder ? [minOrder - 1, maxOrder + 1] : [minOrder, maxOrder])
    .range([plotLeft + inset, Math.max(plotLeft + inset + 1, plotRight - inset)]);

  // Points of every series, placed.
  const points = new Map<string, LinePoint>();
  const marks: LineSeriesMark[] = [];
  let downsampled = false;
  for (const s of series) {
    const placed = s.points.map((p): LinePoint => {
      const px = x(p.order);
      const py = p.value === null ? zeroY : scale(p.value);
      const point: LinePoint = {
        key: p.key,
        x: px,
        y: py,
        value: p.value,
        seriesIndex: s.index,
        hit: { x: px, y: py, width: 0, height: 0 }, // filled in by the cells below
        ring: { x: px - 8, y: py - 8, width: 16, height: 16 },
      };
      points.set(p.key, point);
      return point;
    });
    // Contiguous runs of values, each downsampled to its own pixel width.
    const segments: LinePoint[][] = [];
    let run: LinePoint[] = [];
    for (const pt of placed) {
      if (pt.value === null) {
        if (run.length > 0) segments.push(run);
        run = [];
      } else run.push(pt);
    }
    if (run.length > 0) segments.push(run);
    const drawnSegments = segments.map((seg) => {
      const span = seg.length > 1 ? seg[seg.length - 1]!.x - seg[0]!.x : 1;
      const kept = downsampleToWidth(
        seg,
        span,
        (p) => p.x,
        (p) => -p.y,
      );
      return kept.map((i) => seg[i]!);
    });
    const drawn = drawnSegments.reduce((n, seg) => n + seg.length, 0);
    const valued = segments.reduce((n, seg) => n + seg.length, 0);
    if (drawn < valued) downsampled = true;
    const path = drawnSegments
      .map((seg) =>
        seg.length === 1
          ? `M${seg[0]!.x},${seg[0]!.y}h0.01`
          : (d3Line<LinePoint>()
              .x((p) => p.x)
              .y((p) => p.y)(seg) ?? ''),
      )
      .join('');
    const valuedPoints = placed.filter((p) => p.value !== null);
    const spacing =
      valuedPoints.length > 1 ? (x.range()[1]! - x.range()[0]!) / (valuedPoints.length - 1) : Infinity;
    const markers =
      spacing >= MARKER_SPACING
        ? valuedPoints
        : [valuedPoints[0], valuedPoints[valuedPoints.length - 1]].filter(
            (p): p is LinePoint => p !== undefined,
          );
    marks.push({
      key: s.key,
      index: s.index,
      shape: MARKER_SHAPES[s.index % MARKER_SHAPES.length]!,
      dash: DASHES[s.index % DASHES.length]!,
      highlighted: s.highlighted === true,
      path,
      markers: [...new Set(markers)],
      missing: placed.filter((p) => p.value === null),
      total: placed.length,
      drawn: drawn + placed.filter((p) => p.value === null).length,
    });
  }

  // Time axis: years when the series spans three years or more (or has only years), else its periods.
  const tickTop = plotBottom + 6;
  // With end labels, tick labels stay clear of their margin.
  const xTicks = timeTicks(series, x, m, [0, several ? plotRight + 8 : width], tickTop);
  for (const t of xTicks) texts.push(t.label);
  const changeTop = tickTop + m.lineH + 2;
  texts.push(...verticalTickTexts(yTicks, plotLeft - 8, m));

  // Change labels between consecutive periods: one series, all or none (a partial set would mislead).
  let bottom = changeTop;
  if (!several && series[0] !== undefined) {
    const changes: TrendText[] = [];
    const pts = series[0].points;
    for (const [i, p] of pts.entries()) {
      if (p.change === undefined) continue;
      const here = points.get(p.key)!.x;
      const prev = i > 0 ? points.get(pts[i - 1]!.key)!.x : here;
      const cx = p.change.betweenPrevious ? (here + prev) / 2 : here;
      changes.push(
        clampText(
          textAt(p.change.text, cx, changeTop, 'middle', m.small, m, 'change', { key: p.key }),
          0,
          width,
        ),
      );
    }
    if (
      changes.length > 0 &&
      !textsCollide([...texts.filter((t) => t.role === 'tick' && t.box.y > plotBottom), ...changes], width) &&
      !textsCollide(changes, width)
    ) {
      texts.push(...changes);
      bottom = changeTop + m.smallLineH;
    }
  }

  // End labels of several series, dodged vertically in the right margin.
  const endMarkers: LinesLayout['endMarkers'] = [];
  if (several) {
    const items = series.map((s, i) => {
      const last = [...s.points].reverse().find((p) => p.value !== null) ?? s.points[s.points.length - 1];
      const pt = last === undefined ? undefined : points.get(last.key);
      const lines = endLines[i]!;
      return { s, lines, y: pt?.y ?? zeroY, height: lines.length * m.lineH };
    });
    const needed = items.reduce((sum, it) => sum + it.height + 2, 0);
    const dodged = dodge(
      items.map((it) => ({ centre: it.y, height: it.height })),
      top,
      Math.max(plotBottom, top + needed),
      2,
    );
    items.forEach((it, i) => {
      const labelTop = dodged[i]!;
      const lx = plotRight + 18;
      endMarkers.push({
        key: it.s.key,
        x: plotRight + 9,
        y: labelTop + m.lineH / 2,
        shape: MARKER_SHAPES[it.s.index % MARKER_SHAPES.length]!,
        index: it.s.index,
        highlighted: it.s.highlighted === true,
      });
      it.lines.forEach((text, j) =>
        texts.push(
          textAt(text, lx, labelTop + j * m.lineH, 'start', endFont(it.s), m, 'series', {
            highlighted: it.s.highlighted === true,
            key: it.s.key,
          }),
        ),
      );
    });
  }

  // Value labels: all of them when few, else the ends and the extremes; never over another text.
  const bounds: Rect = { x: 0, y: top - 2, width, height: plotBottom - top + 2 };
  const placed = [...texts];
  const candidates = labelCandidates(series, points);
  for (const { p, pt } of candidates) {
    const font =
      p.value === null ? { size: m.small.size, italic: true } : { size: m.fs, bold: p.highlighted === true };
    const role: TextRole = p.value === null ? 'missing' : 'value';
    const above = clampText(
      textAt(p.valueText, pt.x, pt.y - 8 - m.lineH, 'middle', font, m, role, {
        key: p.key,
        highlighted: p.highlighted === true,
      }),
      0,
      width,
    );
    const below = clampText(
      textAt(p.valueText, pt.x, pt.y + 8, 'middle', font, m, role, {
        key: p.key,
        highlighted: p.highlighted === true,
      }),
      0,
      width,
    );
    if (!placeIfFree(above, placed, bounds)) placeIfFree(below, placed, bounds);
  }
  const finalTexts = placed;

  // Pointer cells: each period's slot, split between the series at their values (no two cells overlap).
  const cellTop = plotTop - m.lineH - 4;
  assignCells([...points.values()], plotLeft, plotRight, cellTop, plotBottom);

  const height = Math.ceil(Math.max(bottom, ...finalTexts.map((t) => t.box.y + t.box.height)) + PAD);
  return {
    kind: 'line',
    width,
    height,
    plot: { x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotH },
    series: marks,
    points,
    texts: finalTexts,
    yTicks,
    xTicks: xTicks.map((t) => ({ x: t.x, text: t.label.text })),
    axis: { y: zeroY, x1: plotLeft, x2: plotRight },
    zero: zeroY,
    downsampled,
    endMarkers,
  };
}

/** Which points get a value label, most important first. */
function labelCandidates(
  series: readonly TrendSeriesInput[],
  points: ReadonlyMap<string, LinePoint>,
): { p: TrendPointInput; pt: LinePoint }[] {
  const out: { p: TrendPointInput; pt: LinePoint }[] = [];
  const total = series.reduce((n, s) => n + s.points.length, 0);
  const ordered = [...series].sort((a, b) => Number(b.highlighted === true) - Number(a.highlighted === true));
  for (const s of ordered) {
    const pts = s.points;
    const valued = pts.filter((p) => p.value !== null);
    if (valued.length === 0 && total > MAX_LABELLED_POINTS) continue;
    const byValue = [...valued].sort((a, b) => a.value! - b.value!);
    const important = [valued[valued.length - 1], valued[0], byValue[byValue.length - 1], byValue[0]];
    const rest = total <= MAX_LABELLED_POINTS ? pts : [];
    const seen = new Set<string>();
    for (const p of [...important, ...rest]) {
      if (p === undefined || seen.has(p.key)) continue;
      // Several series: the end label names the line; values only when there are few points.
      if (series.length > 1 && total > MAX_LABELLED_POINTS / 2) continue;
      seen.add(p.key);
      out.push({ p, pt: points.get(p.key)! });
    }
  }
  return out;
}

/**
 * Tops of boxes of `height` wanted centred at `centre`, moved apart by at least `gap` and kept within
 * [lo, hi]: down from the top first, then up from the bottom if the last one overflows.
 */
export function dodge(
  items: readonly { centre: number; height: number }[],
  lo: number,
  hi: number,
  gap: number,
): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.centre - items[b]!.centre);
  const tops = new Array<number>(items.length);
  let cursor = lo;
  for (const i of order) {
    const wanted = items[i]!.centre - items[i]!.height / 2;
    tops[i] = Math.max(wanted, cursor);
    cursor = tops[i]! + items[i]!.height + gap;
  }
  let limit = hi;
  for (const i of [...order].reverse()) {
    if (tops[i]! + items[i]!.height > limit) tops[i] = limit - items[i]!.height;
    limit = tops[i]! - gap;
  }
  return tops;
}

/** The time axis: tick positions and labels that fit side by side. */
function timeTicks(
  series: readonly TrendSeriesInput[],
  x: LinearScale,
  m: Metrics,
  bounds: readonly [number, number],
  top: number,
): { x: number; label: TrendText }[] {
  const all = series.flatMap((s) => s.points);
  const byOrder = new Map<number, string>();
  for (const p of [...all].sort((a, b) => a.order - b.order))
    if (!byOrder.has(p.order)) byOrder.set(p.order, p.periodText);
  const orders = [...byOrder.keys()];
  const min = orders[0]!;
  const max = orders[orders.length - 1]!;
  const yearOnly = orders.every((o) => o % 12 === 0) && all.every((p) => /^\d{4}$/.test(p.periodText));
  const place = (values: { order: number; text: string }[]) =>
    values.map((v) => ({
      x: x(v.order),
      label: clampText(textAt(v.text, x(v.order), top, 'middle', m.small, m, 'tick'), bounds[0], bounds[1]),
    }));
  const fits = (ticks: { label: TrendText }[]): boolean => {
    for (let i = 1; i < ticks.length; i++) {
      const a = ticks[i - 1]!.label.box;
      const b = ticks[i]!.label.box;
      if (a.x + a.width + m.fs > b.x) return false;
    }
    return true;
  };
  if (yearOnly || max - min >= 36) {
    const y0 = Math.ceil(min / 12);
    const y1 = Math.floor(max / 12);
    if (y1 < y0) return [];
    for (let count = Math.min(12, y1 - y0 + 1); count >= 1; count--) {
      const years =
        y0 === y1
          ? [y0]
          : linearScale()
              .domain([y0, y1])
              .ticks(count)
              .filter((v) => Number.isInteger(v));
      const ticks = place(years.map((y) => ({ order: y * 12, text: String(y) })));
      if (fits(ticks)) return ticks;
    }
    return place([{ order: y0 * 12, text: String(y0) }]);
  }
  const periods = orders.map((order) => ({ order, text: byOrder.get(order)! }));
  for (let step = 1; step <= periods.length; step++) {
    const chosen = periods.filter((_, i) => i % step === 0);
    const ticks = place(chosen);
    if (fits(ticks)) return ticks;
  }
  return place(periods.slice(0, 1));
}

/**
 * Gives every point a pointer cell: the slot of its period (from the midpoint with the previous period to
 * the midpoint with the next), split between the series present there at the midpoints of their values.
 * Cells never overlap; together they cover the plot.
 */
function assignCells(points: LinePoint[], left: number, right: number, top: number, bottom: number): void {
  const byX = new Map<number, LinePoint[]>();
  for (const p of points) {
    const list = byX.get(p.x);
    if (list) list.push(p);
    else byX.set(p.x, [p]);
  }
  const xs = [...byX.keys()].sort((a, b) => a - b);
  xs.forEach((cx, i) => {
    const x0 = i === 0 ? left : (xs[i - 1]! + cx) / 2;
    const x1 = i === xs.length - 1 ? right : (cx + xs[i + 1]!) / 2;
    const column = byX.get(cx)!.sort((a, b) => a.y - b.y);
    column.forEach((p, j) => {
      const y0 = j === 0 ? top : (column[j - 1]!.y + p.y) / 2;
      const y1 = j === column.length - 1 ? bottom : (p.y + column[j + 1]!.y) / 2;
      p.hit = { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
    });
  });
}

// ═══ Plan ══════════════════════════════════════════════════════════════════════════════════════════

/** One row of the plan form. */
export interface PlanRowInput {
  key: string;
  /** The row's name when there are several rows (place, period); empty for one. */
  label: string;
  highlighted?: boolean;
  value: number;
  plan: number;
  /** "111,78 % kế hoạch". */
  headline: string;
  /** "Thực hiện: 1,34 nghìn tỷ đồng". */
  actualText: string;
  /** "Kế hoạch (suy ra từ 111,78 %): khoảng 1,2 nghìn tỷ đồng". */
  planText: string;
}

/** One row of the plan form, placed. */
export interface PlanRowMark extends MarkPlace {
  highlighted: boolean;
  bar: Rect;
  /** The plan marker, a vertical line across the bar. */
  planLine: { x: number; y1: number; y2: number };
  /** Legend swatches, left of their legend lines. */
  actualSwatch: Rect;
  planSwatch: { x: number; y1: number; y2: number };
}

/** The result of {@link layoutPlan} and the base of {@link BeforeAfterLayout}. */
export interface PlanLayout {
  kind: 'plan';
  width: number;
  height: number;
  rows: PlanRowMark[];
  texts: TrendText[];
  ticks: TickMark[];
  axis: { y: number; x1: number; x2: number };
  plot: Rect;
  zeroX: number;
}

/** Lines of `text` wrapped to `width`, as texts from `top`. */
function block(
  text: string,
  x: number,
  top: number,
  width: number,
  font: TextFont,
  m: Metrics,
  role: TextRole,
  extra: Partial<TrendText> = {},
): TrendText[] {
  const lh = lineHeightOf(font);
  return wrapText(text, width, font, m.measure).map((line, i) =>
    textAt(line, x, top + i * lh, 'start', font, m, role, extra),
  );
}

function bottomOf(texts: readonly TrendText[], fallback: number): number {
  return texts.length === 0 ? fallback : Math.max(...texts.map((t) => t.box.y + t.box.height));
}

/** The value axis under the rows of a compact form (plan, before/after), its unit caption and the sizes. */
function compactAxis(
  axisY: number,
  scale: LinearScale,
  range: [number, number],
  width: number,
  texts: TrendText[],
  m: Metrics,
  options: TrendLayoutOptions,
): {
  width: number;
  height: number;
  ticks: TickMark[];
  axis: { y: number; x1: number; x2: number };
  plot: Rect;
} {
  const ticks = fitTicks(scale, {
    format: options.formatTick,
    font: m.small,
    bounds: [0, width],
    top: axisY + 8,
    measure: m.measure,
  });
  let height = axisY + 8 + m.smallLineH + PAD;
  if (options.unitText) {
    texts.push(textAt(options.unitText, range[1], axisY + 8 + m.smallLineH + 2, 'end', m.small, m, 'unit'));
    height += m.smallLineH + 2;
  }
  return {
    width,
    height: Math.ceil(height),
    ticks,
    axis: { y: axisY, x1: range[0], x2: range[1] },
    plot: { x: range[0], y: PAD, width: range[1] - range[0], height: axisY - PAD },
  };
}

/**
 * Actual against plan, one row per observation: the share achieved as a headline, the actual as a bar from
 * zero, the plan as a thick marker across it, and a legend line for each under the bar (long texts wrap, so
 * nothing collides at 320 px). One zero-based value axis below all rows.
 */
export function layoutPlan(rows: readonly PlanRowInput[], options: TrendLayoutOptions): PlanLayout {
  const m = metricsOf(options);
  const width = Math.max(1, options.width);
  const range: [number, number] = [PAD + 2, width - PAD - 2];
  const scale = valueScale(
    rows.flatMap((r) => [r.value, r.plan]),
    range,
  );
  const zeroX = scale(0);
  const texts: TrendText[] = [];
  const marks: PlanRowMark[] = [];
  const barH = Math.round(m.fs * 1.6);
  const headFont: TextFont = { size: Math.round(m.fs * 1.2), bold: true };
  let y = PAD;
  for (const r of rows) {
    const hl = r.highlighted === true;
    const top = y;
    const own: TrendText[] = [];
    if (r.label)
      own.push(
        ...block(
          hl ? `${HIGHLIGHT_MARKER} ${r.label}` : r.label,
          PAD,
          y,
          width - 2 * PAD,
          { size: m.fs, bold: hl },
          m,
          'label',
          { key: r.key, highlighted: hl },
        ),
      );
    y = bottomOf(own, y);
    own.push(...block(r.headline, PAD, y, width - 2 * PAD, headFont, m, 'headline', { key: r.key }));
    y = bottomOf(own, y) + 10;
    const barY = y;
    const end = scale(r.value);
    const bar: Rect = { x: Math.min(zeroX, end), y: barY, width: Math.abs(end - zeroX), height: barH };
    const px = scale(r.plan);
    const planLine = { x: px, y1: barY - 7, y2: barY + barH + 7 };
    y = barY + barH + 12;
    const legendX = PAD + 22;
    const legendW = width - legendX - PAD;
    const actual = block(r.actualText, legendX, y, legendW, { size: m.fs }, m, 'legend', { key: r.key });
    const actualSwatch: Rect = { x: PAD, y: y + (m.lineH - 12) / 2, width: 14, height: 12 };
    own.push(...actual);
    y = bottomOf(own, y) + 2;
    const plan = block(r.planText, legendX, y, legendW, { size: m.fs }, m, 'legend', { key: r.key });
    const planSwatch = { x: PAD + 7, y1: y + 2, y2: y + m.lineH - 2 };
    own.push(...plan);
    y = bottomOf(own, y);
    const hit: Rect = { x: 0, y: top, width, height: Math.max(MIN_TARGET, y - top + 6) };
    texts.push(...own);
    marks.push({
      key: r.key,
      highlighted: hl,
      bar,
      planLine,
      actualSwatch,
      planSwatch,
      hit,
      ring: { x: 2, y: top, width: width - 4, height: hit.height },
    });
    y = top + hit.height + Math.round(m.fs * 0.8);
  }
  return {
    kind: 'plan',
    rows: marks,
    texts,
    zeroX,
    ...compactAxis(y, scale, range, width, texts, m, options),
  };
}

// ═══ Before / after ════════════════════════════════════════════════════════════════════════════════

/** One row of the before/after form. */
export interface BeforeAfterRowInput {
  key: string;
  label: string;
  highlighted?: boolean;
  before: number;
  after: number;
  /** "giảm 11 ngày (-73 %)". */
  headline: string;
  /** Short numbers printed by the dots: "15", "4". */
  beforeValue: string;
  afterValue: string;
  /** Legend lines: "Trước khi đơn giản hóa: 15 ngày", "2016: 4 ngày". */
  beforeText: string;
  afterText: string;
}

/** One row of the before/after form, placed. */
export interface BeforeAfterRowMark extends MarkPlace {
  highlighted: boolean;
  y: number;
  beforeX: number;
  afterX: number;
  /** The connecting line, ending at the after dot's edge, and its arrowhead. */
  line: { x1: number; x2: number };
  arrow: string;
  /** Legend symbols, centred left of their lines. */
  beforeSymbol: { x: number; y: number };
  afterSymbol: { x: number; y: number };
}

/** The result of {@link layoutBeforeAfter}. */
export interface BeforeAfterLayout extends Omit<PlanLayout, 'kind' | 'rows'> {
  kind: 'before-after';
  rows: BeforeAfterRowMark[];
}

/** Radius of the dots of the before/after form. */
export const DOT_RADIUS = 7;

/**
 * Before and after, one row per observation: the change as a headline ("giảm 11 ngày (-73 %)"), an arrow
 * from a hollow dot (before) to a filled dot (after) on a zero-based axis, the numbers over the dots when
 * they do not collide, and a legend line for each state.
 */
export function layoutBeforeAfter(
  rows: readonly BeforeAfterRowInput[],
  options: TrendLayoutOptions,
): BeforeAfterLayout {
  const m = metricsOf(options);
  const width = Math.max(1, options.width);
  const range: [number, number] = [PAD + DOT_RADIUS + 2, width - PAD - DOT_RADIUS - 2];
  const scale = valueScale(
    rows.flatMap((r) => [r.before, r.after]),
    range,
  );
  const zeroX = scale(0);
  const texts: TrendText[] = [];
  const marks: BeforeAfterRowMark[] = [];
  let y = PAD;
  for (const r of rows) {
    const hl = r.highlighted === true;
    const top = y;
    const own: TrendText[] = [];
    if (r.label)
      own.push(
        ...block(
          hl ? `${HIGHLIGHT_MARKER} ${r.label}` : r.label,
          PAD,
          y,
          width - 2 * PAD,
          { size: m.fs, bold: hl },
          m,
          'label',
          { key: r.key, highlighted: hl },
        ),
      );
    y = bottomOf(own, y);
    own.push(
      ...block(
        r.headline,
        PAD,
        y,
        width - 2 * PAD,
        { size: Math.round(m.fs * 1.2), bold: true },
        m,
        'headline',
        { key: r.key },
      ),
    );
    y = bottomOf(own, y) + 4;
    // Numbers over the dots, then the dots.
    const bx = scale(r.before);
    const ax = scale(r.after);
    const numbersTop = y;
    const dotY = numbersTop + m.lineH + DOT_RADIUS + 2;
    const nums = [
      clampText(
        textAt(r.beforeValue, bx, numbersTop, 'middle', { size: m.fs }, m, 'value', { key: r.key }),
        0,
        width,
      ),
      clampText(
        textAt(r.afterValue, ax, numbersTop, 'middle', { size: m.fs, bold: true }, m, 'value', {
          key: r.key,
        }),
        0,
        width,
      ),
    ];
    if (!textsCollide(nums, width)) own.push(...nums);
    const dir = Math.sign(ax - bx);
    const tip = ax - dir * (DOT_RADIUS + 1);
    const arrow = dir === 0 ? '' : `M${tip},${dotY} l${-dir * 8},-5 v10 z`;
    y = dotY + DOT_RADIUS + 10;
    const legendX = PAD + 22;
    const legendW = width - legendX - PAD;
    const before = block(r.beforeText, legendX, y, legendW, { size: m.fs }, m, 'legend', { key: r.key });
    const beforeSymbol = { x: PAD + 7, y: y + m.lineH / 2 };
    own.push(...before);
    y = bottomOf(own, y) + 2;
    const after = block(r.afterText, legendX, y, legendW, { size: m.fs }, m, 'legend', { key: r.key });
    const afterSymbol = { x: PAD + 7, y: y + m.lineH / 2 };
    own.push(...after);
    y = bottomOf(own, y);
    const hit: Rect = { x: 0, y: top, width, height: Math.max(MIN_TARGET, y - top + 6) };
    texts.push(...own);
    marks.push({
      key: r.key,
      highlighted: hl,
      y: dotY,
      beforeX: bx,
      afterX: ax,
      line: { x1: bx + dir * DOT_RADIUS, x2: dir === 0 ? bx : tip - dir * 8 },
      arrow,
      beforeSymbol,
      afterSymbol,
      hit,
      ring: { x: 2, y: top, width: width - 4, height: hit.height },
    });
    y = top + hit.height + Math.round(m.fs * 0.8);
  }
  return {
    kind: 'before-after',
    rows: marks,
    texts,
    zeroX,
    ...compactAxis(y, scale, range, width, texts, m, options),
  };
}

/** Every layout of the element. */
export type TrendLayout = ColumnsLayout | LinesLayout | PlanLayout | BeforeAfterLayout;

/** The marks of a layout with their pointer cells and focus rings, by key. */
export function markPlaces(layout: TrendLayout): Map<string, MarkPlace> {
  const out = new Map<string, MarkPlace>();
  const list: readonly MarkPlace[] =
    layout.kind === 'columns'
      ? layout.columns
      : layout.kind === 'line'
        ? [...layout.points.values()]
        : layout.rows;
  for (const mark of list) out.set(mark.key, mark);
  return out;
}

/** The union of the focus rings of `keys` (a group's ring), grown by 4 px; undefined for none. */
export function groupRing(places: ReadonlyMap<string, MarkPlace>, keys: readonly string[]): Rect | undefined {
  const rects = keys.map((k) => places.get(k)?.ring).filter((r): r is Rect => r !== undefined);
  const union = unionRect(rects);
  return union === undefined
    ? undefined
    : { x: union.x - 4, y: union.y - 4, width: union.width + 8, height: union.height + 8 };
}
