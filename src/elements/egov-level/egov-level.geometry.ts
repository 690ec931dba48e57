/**
 * Layout of `<ict-egov-level>`: a legend, then panels (one place and period, one scheme) stacked top to
 * bottom, each with a heading, notes and one row per tier, and one value axis at the bottom shared by every
 * panel (one scale for the whole chart: a per-commune 41 is never drawn as long as a district's 1.068).
 *
 * A row is either one stacked bar (the levels of that tier, left to right 1 → 4 or partial → full process)
 * with its direct labels in a lane under the bar, or a group of bars (one per level) with the label at
 * each bar's end. In the share view a row is a 100 % bar: a track from 0 to 100 % with the shares in it.
 *
 * Pure: texts and width in, rectangles and text positions out (CSS px; the SVG is drawn 1:1). Text widths
 * come from a {@link TextMeasure}, so nothing overlaps, nothing leaves the chart and no text is under
 * 12 px, at 320 px as at 1 280 px; under 480 px the row labels go above the bars.
 */
import { linearScale, type LinearScale } from '../../chart/geometry/linear-scale.js';
import type { TextMark } from '../../chart/geometry/bars.js';
import type { Rect } from '../../chart/geometry/rect.js';
import { valueScale } from '../../chart/geometry/scales.js';
import {
  estimateTextWidth,
  rememberingMeasure,
  linesWidth,
  wrapText,
  type TextFont,
  type TextMeasure,
} from '../../chart/geometry/text.js';
import { fitTicks, type TickMark } from '../../chart/geometry/ticks.js';

/** Smallest text drawn (Chartability: under 12 px is a critical failure). */
export const MIN_FONT_SIZE = 12;
/** Under this width the row labels go above the bars. */
export const NARROW_WIDTH = 480;
/** Smallest pointer target (WCAG 2.5.8). */
export const MIN_TARGET = 24;
/** Side of the pattern swatch before a direct label and in the legend. */
export const SWATCH = 12;
/** Marker before a highlighted place (the highlight never relies on colour). */
export const HIGHLIGHT_MARKER = '◆';

const PAD = 8;
const SWATCH_GAP = 4;
const LABEL_GAP = 12;

// ═══ Input ═════════════════════════════════════════════════════════════════════════════════════════

/** One level of one row. */
export interface SegmentInput {
  key: string;
  /** Colour and pattern, 1–8. */
  series: number;
  /** The drawn value (a count, or a share in %); `null` draws no bar. */
  value: number | null;
  /** The direct label ("Mức độ 3: 788"), or the missing phrase ("Mức độ 4: không có số liệu"). */
  label: string;
  highlighted?: boolean;
}

/** One row: a tier (or an indicator) of a panel. */
export interface RowInput {
  key: string;
  /** Row label ("Cấp tỉnh", "Cấp xã, mỗi xã"). */
  label: string;
  segments: readonly SegmentInput[];
  /** Printed at the end of a stacked bar ("Tổng: 500"). */
  totalText?: string;
  highlighted?: boolean;
}

/** One small multiple. */
export interface PanelInput {
  key: string;
  /** First heading line, bold ("Hà Tĩnh, 2020"); the highlight marker is added when `highlighted`. */
  title?: string;
  /** Second heading line ("Mức độ 1–4 (đến năm 2022)"). */
  subtitle?: string;
  /** Notes under the heading, in a smaller italic font. */
  notes?: readonly string[];
  rows: readonly RowInput[];
  highlighted?: boolean;
}

/** One legend entry. */
export interface LegendInput {
  series: number;
  text: string;
}

/** Options of {@link layoutEgov}. */
export interface EgovLayoutOptions {
  width: number;
  /** Base font size, CSS px (raised to 12). */
  fontSize: number;
  /** One stacked bar per row, or one bar per level. */
  mode: 'stacked' | 'grouped';
  /** 100 % bars: the axis runs from 0 to (at least) 100 and each row has a track. */
  share: boolean;
  /** The largest value the axis must reach. */
  max: number;
  formatTick: (value: number) => string;
  /** The unit under the axis ("số dịch vụ"). */
  axisCaption: string;
  /** Notes on the whole chart, under the legend (separate schemes, shares that could not be computed…). */
  notes?: readonly string[];
  /** Force the narrow layout; default `width < 480`. */
  narrow?: boolean;
  measure?: TextMeasure;
}

// ═══ Output ════════════════════════════════════════════════════════════════════════════════════════

/** A laid-out segment (a mark). */
export interface SegmentMark {
  key: string;
  rowKey: string;
  panelKey: string;
  series: number;
  value: number | null;
  missing: boolean;
  highlighted: boolean;
  /** The bar; zero width for a missing value. */
  bar: Rect;
  /** Grouped bars: the dashed box that holds the missing phrase. */
  placeholder?: Rect;
  /** The direct label. */
  label: TextMark;
  /** The pattern square before a label in a lane (stacked rows). */
  swatch?: Rect;
  /** Pointer target and navigation item: at least 24 × 24. */
  hit: Rect;
}

/** A laid-out row. */
export interface RowMark {
  key: string;
  panelKey: string;
  label: TextMark[];
  /** Share view: the 0–100 % track behind the bar. */
  track?: Rect;
  total?: TextMark;
  /** The row's area. */
  box: Rect;
  /** Top and bottom of the bars (gridlines run there only: never through a label or a lane). */
  bars: { top: number; bottom: number };
  highlighted: boolean;
}

/** A laid-out panel. */
export interface PanelMark {
  key: string;
  heading: TextMark[];
  notes: TextMark[];
  /** Top and bottom of the rows (gridlines run between them). */
  rowsTop: number;
  rowsBottom: number;
  box: Rect;
  highlighted: boolean;
}

/** A legend entry: its swatch and text. */
export interface LegendMark {
  series: number;
  swatch: Rect;
  text: TextMark;
}

/** The result of {@link layoutEgov}. */
export interface EgovLayout {
  width: number;
  height: number;
  narrow: boolean;
  legend: LegendMark[];
  /** The chart's notes, under the legend. */
  notes: TextMark[];
  panels: PanelMark[];
  rows: RowMark[];
  segments: SegmentMark[];
  scale: LinearScale;
  zeroX: number;
  ticks: TickMark[];
  axis: { y: number; x1: number; x2: number };
  caption: TextMark | undefined;
}

// ═══ Layout ════════════════════════════════════════════════════════════════════════════════════════

interface Metrics {
  fs: number;
  small: number;
  lineH: number;
  smallLineH: number;
  barH: number;
  laneH: number;
  rowGap: number;
  measure: TextMeasure;
}

function metrics(options: EgovLayoutOptions): Metrics {
  const fs = Math.max(MIN_FONT_SIZE, options.fontSize);
  const small = Math.max(MIN_FONT_SIZE, Math.round(fs * 0.875));
  // 1.5 em lines: Firefox gives SVG text the font's whole ascent and descent (1.36 em for Noto Sans, more
  // with stacked Vietnamese marks), so wrapped lines 1.3 em apart touched there.
  const lineH = Math.round(fs * 1.5);
  return {
    fs,
    small,
    lineH,
    smallLineH: Math.round(small * 1.5),
    barH: Math.round(fs * 1.5),
    // A lane line is a pointer target for a missing value: 24 px at least.
    laneH: Math.max(MIN_TARGET, lineH),
    rowGap: Math.round(fs * 0.8),
    measure: rememberingMeasure(options.measure ?? estimateTextWidth),
  };
}

function text(
  value: string,
  x: number,
  top: number,
  height: number,
  anchor: TextMark['anchor'],
  font: TextFont,
  width: number,
): TextMark {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    text: value,
    x,
    y: top + height / 2 + font.size * 0.35,
    anchor,
    font,
    box: { x: left, y: top, width, height },
  };
}

/** Lines of `value` wrapped to `maxWidth`, placed from `top` at `x`. */
function textBlock(
  value: string,
  x: number,
  top: number,
  maxWidth: number,
  font: TextFont,
  lineH: number,
  m: Metrics,
  anchor: TextMark['anchor'] = 'start',
): TextMark[] {
  return wrapText(value, maxWidth, font, m.measure).map((line, i) =>
    text(line, x, top + i * lineH, lineH, anchor, font, m.measure(line, font)),
  );
}

function blockHeight(block: readonly TextMark[], lineH: number): number {
  return block.length * lineH;
}

/** Lays out `panels` (with `legend` above them) in `options.width`. */
export function layoutEgov(
  panels: readonly PanelInput[],
  legend: readonly LegendInput[],
  options: EgovLayoutOptions,
): EgovLayout {
  const width = Math.max(1, options.width);
  const narrow = options.narrow ?? width < NARROW_WIDTH;
  if (!narrow) {
    const wide = layout(panels, legend, { ...options, width }, false);
    if (wide !== undefined) return wide;
  }
  return layout(panels, legend, { ...options, width }, true)!;
}

function layout(
  panels: readonly PanelInput[],
  legendInput: readonly LegendInput[],
  options: EgovLayoutOptions,
  narrow: boolean,
): EgovLayout | undefined {
  const m = metrics(options);
  const { width } = options;
  const labelFont = (row: RowInput): TextFont => ({ size: m.fs, bold: row.highlighted === true });
  const segmentFont = (s: SegmentInput): TextFont =>
    s.value === null ? { size: m.small, italic: true } : { size: m.small, bold: s.highlighted === true };
  const allRows = panels.flatMap((p) => p.rows);

  // The label column (wide layout only).
  let column = 0;
  if (!narrow) {
    const maxColumn = Math.max(80, width * 0.3);
    for (const row of allRows) {
      const lines = wrapText(row.label, maxColumn, labelFont(row), m.measure);
      column = Math.max(column, linesWidth(lines, labelFont(row), m.measure));
    }
    if (column > width * 0.45) return undefined; // one word too long for a column: labels go above the bars
  }
  const x0 = PAD + (column > 0 ? column + LABEL_GAP : 0);
  const right = width - PAD;

  // Space right of the bars: totals (stacked) or the direct labels (grouped).
  let reserve = 0;
  let missingWidth = 0;
  for (const row of allRows) {
    if (options.mode === 'stacked' || options.share) {
      if (row.totalText !== undefined)
        reserve = Math.max(
          reserve,
          m.measure(row.totalText, { size: m.small, bold: row.highlighted === true }) + 6,
        );
    } else {
      for (const s of row.segments) {
        const w = m.measure(s.label, segmentFont(s));
        if (s.value === null) missingWidth = Math.max(missingWidth, w + 12);
        else reserve = Math.max(reserve, w + 6);
      }
    }
  }
  const range: [number, number] = [x0, right - reserve];
  if (range[1] - range[0] < Math.max(60, missingWidth)) {
    if (!narrow) return undefined;
    // Even the narrow layout has no room for the labels at the bar ends: give the bars what is left.
    range[1] = Math.max(range[0] + 40, range[1]);
  }
  const scale = options.share
    ? linearScale()
        .domain([0, Math.max(100, options.max)])
        .range(range)
    : valueScale([0, options.max], range);
  const zeroX = scale(0);

  const out: EgovLayout = {
    width,
    height: 0,
    narrow,
    legend: [],
    notes: [],
    panels: [],
    rows: [],
    segments: [],
    scale,
    zeroX,
    ticks: [],
    axis: { y: 0, x1: range[0], x2: range[1] },
    caption: undefined,
  };

  // Legend: swatch and text, flowing in lines.
  let y = PAD;
  if (legendInput.length > 0) {
    const font: TextFont = { size: m.fs };
    const lineH = Math.max(m.lineH, SWATCH + 6);
    let x = PAD;
    let line = 0;
    for (const entry of legendInput) {
      const w = SWATCH + SWATCH_GAP + 2 + m.measure(entry.text, font);
      if (x > PAD && x + w > right) {
        line += 1;
        x = PAD;
      }
      const top = y + line * lineH;
      out.legend.push({
        series: entry.series,
        swatch: { x, y: top + (lineH - SWATCH) / 2, width: SWATCH, height: SWATCH },
        text: text(
          entry.text,
          x + SWATCH + SWATCH_GAP + 2,
          top,
          lineH,
          'start',
          font,
          w - SWATCH - SWATCH_GAP - 2,
        ),
      });
      x += w + 16;
    }
    y += (line + 1) * lineH + m.rowGap;
  }
  for (const note of options.notes ?? []) {
    const block = textBlock(note, PAD, y, right - PAD, { size: m.small, italic: true }, m.smallLineH, m);
    out.notes.push(...block);
    y += blockHeight(block, m.smallLineH);
  }
  if (out.notes.length > 0) y += m.rowGap;

  for (const panel of panels) {
    const panelTop = y;
    const heading: TextMark[] = [];
    if (panel.title !== undefined && panel.title !== '') {
      const title = panel.highlighted ? `${HIGHLIGHT_MARKER} ${panel.title}` : panel.title;
      heading.push(...textBlock(title, PAD, y, right - PAD, { size: m.fs, bold: true }, m.lineH, m));
      y += blockHeight(heading, m.lineH);
    }
    if (panel.subtitle !== undefined && panel.subtitle !== '') {
      const sub = textBlock(
        panel.subtitle,
        PAD,
        y,
        right - PAD,
        { size: m.fs, bold: panel.title === undefined },
        m.lineH,
        m,
      );
      heading.push(...sub);
      y += blockHeight(sub, m.lineH);
    }
    const notes: TextMark[] = [];
    for (const note of panel.notes ?? []) {
      const block = textBlock(note, PAD, y, right - PAD, { size: m.small, italic: true }, m.smallLineH, m);
      notes.push(...block);
      y += blockHeight(block, m.smallLineH);
    }
    if (heading.length + notes.length > 0) y += 4;
    const rowsTop = y;
    for (const row of panel.rows) {
      y =
        options.mode === 'stacked' || options.share
          ? stackedRow(out, panel, row, y, {
              m,
              narrow,
              x0,
              right,
              share: options.share,
              labelFont,
              segmentFont,
            })
          : groupedRow(out, panel, row, y, { m, narrow, x0, right, share: false, labelFont, segmentFont });
    }
    const rowsBottom = y;
    y += m.rowGap;
    out.panels.push({
      key: panel.key,
      heading,
      notes,
      rowsTop,
      rowsBottom,
      box: { x: 0, y: panelTop, width, height: rowsBottom - panelTop },
      highlighted: panel.highlighted === true,
    });
  }

  // The axis under every panel, and the unit under the axis.
  const axisY = y;
  const tickFont: TextFont = { size: m.small };
  out.ticks = fitTicks(scale, {
    format: options.formatTick,
    font: tickFont,
    bounds: [0, width],
    top: axisY + 8,
    measure: m.measure,
  });
  out.axis = { y: axisY, x1: range[0], x2: range[1] };
  y = axisY + 8 + m.small * 1.25 + 4;
  if (options.axisCaption !== '') {
    // Right-aligned under the end of the axis, or from the left edge when it is longer than the axis.
    const w = m.measure(options.axisCaption, tickFont);
    out.caption =
      w <= range[1] - PAD
        ? text(options.axisCaption, range[1], y, m.smallLineH, 'end', tickFont, w)
        : text(options.axisCaption, PAD, y, m.smallLineH, 'start', tickFont, w);
    y += m.smallLineH;
  }
  out.height = Math.ceil(y + PAD);
  return out;
}

interface RowContext {
  m: Metrics;
  narrow: boolean;
  x0: number;
  right: number;
  share: boolean;
  labelFont: (row: RowInput) => TextFont;
  segmentFont: (s: SegmentInput) => TextFont;
}

/** The row label: in the left column (wide) or above the bars (narrow). Returns the marks and their height. */
function rowLabel(row: RowInput, top: number, ctx: RowContext): TextMark[] {
  const { m, narrow, x0 } = ctx;
  const font = ctx.labelFont(row);
  if (narrow) return textBlock(row.label, PAD, top, ctx.right - PAD, font, m.lineH, m);
  // The column was sized to the widest label: half a pixel of slack keeps float rounding from wrapping it.
  return textBlock(row.label, x0 - LABEL_GAP, top, x0 - LABEL_GAP - PAD + 0.5, font, m.lineH, m, 'end');
}

function moveBlock(block: TextMark[], dy: number): TextMark[] {
  return block.map((t) => ({ ...t, y: t.y + dy, box: { ...t.box, y: t.box.y + dy } }));
}

/** A stacked (or 100 %) row: the bar, then a lane of direct labels under it. Returns the next row's top. */
function stackedRow(out: EgovLayout, panel: PanelInput, row: RowInput, top: number, ctx: RowContext): number {
  const { m, narrow, x0, right } = ctx;
  const scale = out.scale;
  let label = rowLabel(row, top, ctx);
  const labelH = blockHeight(label, m.lineH);
  const barTop = narrow ? top + labelH + 4 : top;
  // Bars sit in a 24 px band so the pointer targets of neighbouring rows never overlap.
  const band = Math.max(MIN_TARGET, m.barH);
  const barY = barTop + (band - m.barH) / 2;

  // Segments, left to right from zero.
  let cum = 0;
  const placed: { s: SegmentInput; bar: Rect }[] = row.segments.map((s) => {
    const from = scale(cum);
    if (s.value !== null) cum += s.value;
    const to = scale(cum);
    return { s, bar: { x: from, y: barY, width: Math.max(0, to - from), height: m.barH } };
  });

  // The lane: each label (swatch + text) as near its segment as the previous one allows.
  const laneTop = barTop + band + 2;
  let line = 0;
  let cursor = -Infinity;
  const laneLeft = narrow ? PAD : x0;
  const marks: SegmentMark[] = placed.map(({ s, bar }) => {
    const font = ctx.segmentFont(s);
    const tw = m.measure(s.label, font);
    const w = SWATCH + SWATCH_GAP + tw;
    let x = Math.max(laneLeft, bar.x, cursor);
    if (x + w > right && x > laneLeft) {
      line += 1;
      x = laneLeft;
    }
    cursor = x + w + LABEL_GAP;
    const lineTop = laneTop + line * m.laneH;
    const swatch: Rect = { x, y: lineTop + (m.laneH - SWATCH) / 2, width: SWATCH, height: SWATCH };
    const labelMark = text(
      s.label,
      x + SWATCH + SWATCH_GAP,
      lineTop + (m.laneH - m.lineH) / 2,
      m.lineH,
      'start',
      font,
      tw,
    );
    const missing = s.value === null;
    const hit = missing
      ? { x, y: lineTop, width: Math.max(MIN_TARGET, w), height: m.laneH }
      : widen({ x: bar.x, y: barTop, width: bar.width, height: band }, out.zeroX, right);
    return {
      key: s.key,
      rowKey: row.key,
      panelKey: panel.key,
      series: s.series,
      value: s.value,
      missing,
      highlighted: s.highlighted === true,
      bar,
      label: labelMark,
      swatch,
      hit,
    };
  });
  const laneH = (line + 1) * m.laneH;
  const contentH = band + 2 + laneH;
  let bottom: number;
  if (narrow) {
    bottom = barTop + contentH;
  } else {
    // The label is centred on the bar when it is short, else starts at the row's top.
    const shift = Math.max(0, band / 2 - labelH / 2);
    label = moveBlock(label, shift);
    bottom = top + Math.max(labelH, contentH);
  }
  const end = scale(cum);
  const total =
    row.totalText === undefined
      ? undefined
      : text(
          row.totalText,
          Math.max(end, ctx.share ? scale(100) : end) + 6,
          barY + (m.barH - m.lineH) / 2,
          m.lineH,
          'start',
          { size: m.small, bold: row.highlighted === true },
          m.measure(row.totalText, { size: m.small, bold: row.highlighted === true }),
        );
  out.segments.push(...marks);
  out.rows.push({
    key: row.key,
    panelKey: panel.key,
    label,
    ...(ctx.share ? { track: { x: scale(0), y: barY, width: scale(100) - scale(0), height: m.barH } } : {}),
    ...(total === undefined ? {} : { total }),
    box: { x: 0, y: top, width: out.width, height: bottom - top },
    bars: { top: barTop, bottom: barTop + band },
    highlighted: row.highlighted === true,
  });
  return bottom + m.rowGap;
}

/** A grouped row: one bar per level, each with its label at the end. Returns the next row's top. */
function groupedRow(out: EgovLayout, panel: PanelInput, row: RowInput, top: number, ctx: RowContext): number {
  const { m, narrow, right } = ctx;
  const scale = out.scale;
  const zeroX = out.zeroX;
  let label = rowLabel(row, top, ctx);
  const labelH = blockHeight(label, m.lineH);
  const barsTop = narrow ? top + labelH + 4 : top;
  const step = Math.max(MIN_TARGET + 2, m.barH + 4);
  const marks: SegmentMark[] = row.segments.map((s, i) => {
    const slotTop = barsTop + i * step;
    const barY = slotTop + (step - m.barH) / 2;
    const font = ctx.segmentFont(s);
    const tw = m.measure(s.label, font);
    const textTop = barY + (m.barH - m.lineH) / 2;
    const hit: Rect = {
      x: ctx.narrow ? PAD : ctx.x0,
      y: slotTop,
      width: right - (ctx.narrow ? PAD : ctx.x0),
      height: step,
    };
    const base = {
      key: s.key,
      rowKey: row.key,
      panelKey: panel.key,
      series: s.series,
      value: s.value,
      highlighted: s.highlighted === true,
      hit,
    };
    if (s.value === null) {
      const placeholder: Rect = {
        x: zeroX,
        y: barY,
        width: Math.min(tw + 12, right - zeroX),
        height: m.barH,
      };
      return {
        ...base,
        missing: true,
        bar: { x: zeroX, y: barY, width: 0, height: m.barH },
        placeholder,
        label: text(s.label, zeroX + 6, textTop, m.lineH, 'start', font, tw),
      };
    }
    const end = scale(s.value);
    const bar: Rect = { x: zeroX, y: barY, width: Math.max(0, end - zeroX), height: m.barH };
    return {
      ...base,
      missing: false,
      bar,
      label: text(s.label, end + 4, textTop, m.lineH, 'start', font, tw),
    };
  });
  const barsH = row.segments.length * step;
  let bottom: number;
  if (narrow) bottom = barsTop + barsH;
  else {
    label = moveBlock(label, Math.max(0, Math.min(step, barsH) / 2 - m.lineH / 2));
    bottom = top + Math.max(labelH, barsH);
  }
  out.segments.push(...marks);
  out.rows.push({
    key: row.key,
    panelKey: panel.key,
    label,
    box: { x: 0, y: top, width: out.width, height: bottom - top },
    bars: { top: barsTop, bottom: barsTop + barsH },
    highlighted: row.highlighted === true,
  });
  return bottom + m.rowGap;
}

/** `rect` widened to the minimum target around its centre, kept between `lo` and `hi`. */
function widen(rect: Rect, lo: number, hi: number): Rect {
  if (rect.width >= MIN_TARGET) return rect;
  const centre = rect.x + rect.width / 2;
  const x = Math.min(Math.max(lo, centre - MIN_TARGET / 2), hi - MIN_TARGET);
  return { ...rect, x, width: MIN_TARGET };
}

/** Every text of a layout (legend, headings, notes, row labels, direct labels, totals, ticks, caption). */
export function layoutTexts(layout: EgovLayout): { text: string; box: Rect }[] {
  const marks: TextMark[] = [
    ...layout.legend.map((l) => l.text),
    ...layout.notes,
    ...layout.panels.flatMap((p) => [...p.heading, ...p.notes]),
    ...layout.rows.flatMap((r) => [...r.label, ...(r.total ? [r.total] : [])]),
    ...layout.segments.map((s) => s.label),
    ...(layout.caption ? [layout.caption] : []),
  ];
  return [
    ...marks.map((t) => ({ text: t.text, box: t.box })),
    ...layout.ticks.map((t) => ({ text: t.text, box: t.box })),
  ];
}
