/**
 * Layout of `<ict-subscriber-density>`: three forms, each a pure function of marks, texts and a width.
 *
 * - {@link layoutDensityBars}: one row per value, grouped by type (one period; or several periods when
 *   columns do not fit). Wide: labels in a column left of the bars. Narrow (under 480 px): labels above the
 *   bars. The value is printed at the bar end; plans are ticks across the bar; national figures are hollow
 *   dotted bars labelled "Cả nước".
 * - {@link layoutDensityColumns}: vertical columns grouped by type, a column per period (and place), the
 *   period and the change under each column. Returns undefined when the columns and their labels do not fit
 *   the width: the element then draws bars.
 * - {@link layoutDensityLines}: a line per type and place over time, markers of distinct shapes, direct end
 *   labels that are moved apart so they never collide (the plot grows when they need more height).
 *
 * Every text is measured by a {@link TextMeasure} before anything is placed, and its box is returned, so
 * tests can check that no two texts overlap and that all stay inside the width. No DOM, no lit.
 */
import { linearScale, type LinearScale } from '../../chart/geometry/linear-scale.js';
import {
  line as lineGenerator,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import {
  HIGHLIGHT_MARKER,
  MIN_FONT_SIZE,
  MIN_TARGET,
  NARROW_WIDTH,
  type TextMark,
} from '../../chart/geometry/bars.js';
import type { Rect } from '../../chart/geometry/rect.js';
import { valueScale, zeroBasedDomain } from '../../chart/geometry/scales.js';
import { estimateTextWidth, wrapText, type TextFont, type TextMeasure } from '../../chart/geometry/text.js';
import { fitTicks } from '../../chart/geometry/ticks.js';

// ═══ Inputs ══════════════════════════════════════════════════════════════════════════════════════

/** What a mark shows: a value, a national reference, or only a plan. */
export type MarkKind = 'actual' | 'national' | 'target-only';
/** Whose value: the place, the compared place, or the country. */
export type MarkRole = 'main' | 'compare' | 'national';

/** One bar or column to lay out. */
export interface DensityMarkInput {
  key: string;
  kind: MarkKind;
  role: MarkRole;
  /** Series colour and pattern 1–8. */
  colour: number;
  /** The value (the plan for `target-only`); `null` when missing. */
  value: number | null;
  /** A plan drawn as a tick. */
  target?: number;
  /** The text at the mark: the number, the no-data phrase, or "Kế hoạch: 100". */
  valueText: string;
  /** Bars: the row label (type, place or period). Columns: the label under the column (period). */
  label: string;
  /** Muted lines under the label: total count, change, plan. */
  notes: readonly string[];
  /** Outlined, bold and marked "◆". */
  highlighted?: boolean;
}

/** A group of marks of one type. */
export interface DensityGroupInput {
  key: string;
  /** The type's name. */
  label: string;
  /** Bars: print `label` as a header above the rows (when the rows are labelled by place or period). */
  header: boolean;
  marks: readonly DensityMarkInput[];
}

/** A reference line across the plot (the `reference` attribute). */
export interface ReferenceInput {
  value: number;
  /** The visible label with its value, "Mục tiêu: 100". */
  label: string;
}

/** Options shared by the three layouts. */
export interface DensityLayoutOptions {
  /** Width available, CSS px. */
  width: number;
  /** Label font size, CSS px (raised to 12 when smaller). */
  fontSize: number;
  measure?: TextMeasure;
  /** Formats a value-axis tick. */
  formatTick: (value: number) => string;
  /** The unit caption ("thuê bao/100 dân"); empty for none. */
  unit: string;
  reference?: ReferenceInput;
  /** Force the narrow bars layout (labels above bars). Default: `width < 480`. */
  narrow?: boolean;
  /** Height of the plot area of columns and lines, CSS px (default 200 / 220). */
  plotHeight?: number;
}

// ═══ Outputs ═════════════════════════════════════════════════════════════════════════════════════

/** What a text is, for styling and for tests. */
export type TextRole =
  | 'header'
  | 'label'
  | 'note'
  | 'value'
  | 'missing'
  | 'tick'
  | 'unit'
  | 'reference'
  | 'type'
  | 'end'
  | 'end-note'
  | 'missing-note';

/** A placed text. */
export interface LaidText extends TextMark {
  role: TextRole;
  highlighted?: boolean;
}

/** A straight segment. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A segment of an axis: the axis line, the zero line, or a tick mark. */
export interface AxisSegment extends Segment {
  kind: 'axis-line' | 'zero-line' | 'tick';
}

/** The reference line and its label (in a band above the plot, after a dashed sample of the line). */
export interface ReferenceMark {
  line: Segment;
  sample: Segment;
  label: LaidText[];
}

/** One laid-out bar or column. */
export interface DensityRectMark {
  key: string;
  group: number;
  kind: MarkKind;
  role: MarkRole;
  colour: number;
  highlighted: boolean;
  missing: boolean;
  /** The bar or column (zero size for a missing value or a plan only). */
  bar: Rect;
  /** For a missing value: the dashed box that holds the no-data phrase. */
  placeholder?: Rect;
  targetTick?: Segment;
  /** Label and note lines, then the value lines. */
  texts: LaidText[];
  /** The pointer target and the keyboard item's box (at least 24 × 24). */
  hit: Rect;
  /** What the focus ring surrounds. */
  focus: Rect;
}

/** Result of {@link layoutDensityBars} and {@link layoutDensityColumns}. */
export interface DensityRectLayout {
  form: 'bars' | 'columns';
  width: number;
  height: number;
  narrow: boolean;
  marks: DensityRectMark[];
  /** Texts that belong to no mark: headers, type names, ticks, unit, reference label. */
  texts: LaidText[];
  gridlines: Segment[];
  /** Axis line, zero line and tick marks. */
  axis: AxisSegment[];
  reference?: ReferenceMark;
}

/** One point of a line. */
export interface DensityLinePoint {
  key: string;
  x: number;
  y: number;
  kind: 'actual' | 'target-only';
  missing: boolean;
  targetTick?: Segment;
  hit: Rect;
  focus: Rect;
}

/** One laid-out line. */
export interface DensityLineMark {
  key: string;
  colour: number;
  shape: number;
  role: MarkRole;
  highlighted: boolean;
  /** SVG path of the line (gaps at missing values); empty for a single point. */
  path: string;
  points: DensityLinePoint[];
  /** The direct label at the end of the line. */
  label: LaidText[];
  /** From the last point to its label, when the label had to move away. */
  leader?: Segment;
}

/** Result of {@link layoutDensityLines}. */
export interface DensityLineLayout {
  form: 'lines';
  width: number;
  height: number;
  narrow: boolean;
  lines: DensityLineMark[];
  texts: LaidText[];
  gridlines: Segment[];
  axis: AxisSegment[];
  reference?: ReferenceMark;
}

/** Any of the three layouts. */
export type DensityLayout = DensityRectLayout | DensityLineLayout;

/** Every text of a layout, for overlap and bounds checks. */
export function layoutTexts(layout: DensityLayout): LaidText[] {
  const own =
    layout.form === 'lines' ? layout.lines.flatMap((l) => l.label) : layout.marks.flatMap((m) => m.texts);
  return [...layout.texts, ...(layout.reference?.label ?? []), ...own];
}

// ═══ Shared ══════════════════════════════════════════════════════════════════════════════════════

const PAD = 8;
/** Width of the dashed sample before a reference label. */
const SAMPLE = 24;

interface Metrics {
  fs: number;
  small: TextFont;
  barH: number;
  lineH: number;
  gap: number;
  measure: TextMeasure;
}

function metrics(options: DensityLayoutOptions): Metrics {
  const fs = Math.max(MIN_FONT_SIZE, options.fontSize);
  return {
    fs,
    small: { size: Math.max(MIN_FONT_SIZE, Math.round(fs * 0.875)) },
    barH: Math.round(fs * 1.5),
    lineH: Math.round(fs * 1.3),
    gap: Math.round(fs * 0.7),
    measure: options.measure ?? estimateTextWidth,
  };
}

/** A text whose box top is `top` (one line of `lineH`), anchored at `x`. */
function text(
  m: Metrics,
  value: string,
  x: number,
  top: number,
  anchor: TextMark['anchor'],
  font: TextFont,
  role: TextRole,
  highlighted = false,
): LaidText {
  const width = m.measure(value, font);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const lineH = Math.round(font.size * 1.3);
  return {
    text: value,
    x,
    y: top + lineH * 0.75,
    anchor,
    font,
    box: { x: left, y: top, width, height: lineH },
    role,
    ...(highlighted ? { highlighted } : {}),
  };
}

const labelText = (mark: DensityMarkInput): string =>
  mark.highlighted ? `${HIGHLIGHT_MARKER} ${mark.label}` : mark.label;

const valueFont = (m: Metrics, mark: DensityMarkInput): TextFont =>
  mark.value === null ? { size: m.fs, italic: true } : { size: m.fs, bold: mark.highlighted === true };

/** The values a value axis must hold: values, plans and the reference. */
function domainValues(marks: readonly DensityMarkInput[], reference: ReferenceInput | undefined): number[] {
  const out: number[] = [];
  for (const mk of marks) {
    if (mk.value !== null) out.push(mk.value);
    if (mk.target !== undefined) out.push(mk.target);
  }
  if (reference !== undefined) out.push(reference.value);
  return out;
}

/** The reference band at `top`: a dashed sample, then the label wrapped beside it. Returns its height. */
function referenceBand(
  m: Metrics,
  reference: ReferenceInput,
  width: number,
  top: number,
): { mark: Omit<ReferenceMark, 'line'>; height: number } {
  const lines = wrapText(reference.label, Math.max(40, width - 2 * PAD - SAMPLE - 6), m.small, m.measure);
  const lineH = Math.round(m.small.size * 1.3);
  const label = lines.map((t, i) =>
    text(m, t, PAD + SAMPLE + 6, top + i * lineH, 'start', m.small, 'reference'),
  );
  const mid = top + lineH / 2;
  return {
    mark: { sample: { x1: PAD, y1: mid, x2: PAD + SAMPLE, y2: mid }, label },
    height: lines.length * lineH + 4,
  };
}

// ═══ Bars ════════════════════════════════════════════════════════════════════════════════════════

/** Lays out `groups` as horizontal bars in `options.width` (labels above the bars when narrow). */
export function layoutDensityBars(
  groups: readonly DensityGroupInput[],
  options: DensityLayoutOptions,
): DensityRectLayout {
  const width = Math.max(1, options.width);
  const narrow = options.narrow ?? width < NARROW_WIDTH;
  if (!narrow) {
    const wide = layoutBarsAt(groups, { ...options, width }, false);
    if (wide !== undefined) return wide;
  }
  return layoutBarsAt(groups, { ...options, width }, true)!;
}

interface BlockLine {
  text: string;
  font: TextFont;
  role: TextRole;
}

function layoutBarsAt(
  groups: readonly DensityGroupInput[],
  options: DensityLayoutOptions,
  narrow: boolean,
): DensityRectLayout | undefined {
  const m = metrics(options);
  const { width } = options;
  const marksIn = groups.flatMap((g) => g.marks);
  const maxColumn = narrow ? width - 2 * PAD : Math.max(80, width * 0.38);
  const block = (mk: DensityMarkInput): BlockLine[] => {
    const font: TextFont = { size: m.fs, bold: mk.highlighted === true };
    return [
      ...wrapText(labelText(mk), maxColumn, font, m.measure).map((t) => ({
        text: t,
        font,
        role: 'label' as const,
      })),
      ...mk.notes.flatMap((note) =>
        wrapText(note, maxColumn, m.small, m.measure).map((t) => ({
          text: t,
          font: m.small,
          role: 'note' as const,
        })),
      ),
    ];
  };
  const blocks = groups.map((g) => g.marks.map(block));
  const lineHOf = (font: TextFont): number => Math.round(font.size * 1.3);
  const blockHeight = (lines: readonly BlockLine[]): number => lines.reduce((h, l) => h + lineHOf(l.font), 0);

  let column = 0;
  if (!narrow) {
    for (const lines of blocks.flat())
      for (const l of lines) column = Math.max(column, m.measure(l.text, l.font));
    if (column > width * 0.5) return undefined; // a word too long for the label column: go narrow
  }
  let right = 0;
  let missingReserve = 0;
  for (const mk of marksIn) {
    const w = m.measure(mk.valueText, valueFont(m, mk));
    if (mk.value === null) missingReserve = Math.max(missingReserve, w + 12);
    else right = Math.max(right, w + 8);
  }
  const x0 = narrow ? PAD : PAD + column + 8;
  const range: [number, number] = [x0, width - PAD - right];
  if (!narrow && range[1] - range[0] < Math.max(missingReserve, 60)) return undefined;
  range[1] = Math.max(range[0] + 1, range[1]);
  const scale = valueScale(domainValues(marksIn, options.reference), range);
  const zeroX = scale(0);

  const texts: LaidText[] = [];
  const marks: DensityRectMark[] = [];
  let y = PAD;
  let reference: Omit<ReferenceMark, 'line'> | undefined;
  if (options.reference !== undefined) {
    const band = referenceBand(m, options.reference, width, y);
    reference = band.mark;
    y += band.height;
  }
  const plotTop = y;
  groups.forEach((g, gi) => {
    if (g.header) {
      const font: TextFont = { size: m.fs, bold: true };
      for (const t of wrapText(g.label, width - 2 * PAD, font, m.measure)) {
        texts.push(text(m, t, PAD, y, 'start', font, 'header'));
        y += m.lineH;
      }
      y += 2;
    }
    g.marks.forEach((mk, i) => {
      const lines = blocks[gi]![i]!;
      const blockH = blockHeight(lines);
      let step: number;
      let barY: number;
      let blockTop: number;
      if (narrow) {
        step = Math.max(blockH + 4 + m.barH + m.gap, MIN_TARGET + 4);
        blockTop = y + m.gap / 2;
        barY = blockTop + blockH + 4;
      } else {
        step = Math.max(Math.max(m.barH, blockH) + m.gap, MIN_TARGET + 4);
        barY = y + (step - m.barH) / 2;
        blockTop = y + (step - blockH) / 2;
      }
      const labelTexts: LaidText[] = [];
      let lineTop = blockTop;
      for (const l of lines) {
        labelTexts.push(
          text(
            m,
            l.text,
            narrow ? PAD : x0 - 8,
            lineTop,
            narrow ? 'start' : 'end',
            l.font,
            l.role,
            mk.highlighted,
          ),
        );
        lineTop += lineHOf(l.font);
      }
      marks.push(barMark(m, mk, gi, { top: y, step, barY, width, scale, zeroX, labelTexts }));
      y += step;
    });
    if (g.header && gi < groups.length - 1) y += Math.round(m.gap / 2);
  });

  const axisY = y + 2;
  const ticks = fitTicks(scale, {
    format: options.formatTick,
    font: m.small,
    bounds: [0, width],
    top: axisY + 8,
    measure: m.measure,
  });
  for (const t of ticks) {
    texts.push({ ...t, text: t.text, x: t.textX, y: t.box.y + m.small.size, font: m.small, role: 'tick' });
  }
  let bottom = axisY + 8 + Math.round(m.small.size * 1.3);
  if (options.unit !== '') {
    texts.push(text(m, options.unit, range[1], bottom + 2, 'end', m.small, 'unit'));
    bottom += 2 + Math.round(m.small.size * 1.3);
  }
  const gridlines = ticks.map((t) => ({ x1: t.x, y1: plotTop, x2: t.x, y2: axisY }));
  const axis: AxisSegment[] = [
    { kind: 'axis-line', x1: Math.min(range[0], zeroX), y1: axisY, x2: range[1], y2: axisY },
    { kind: 'zero-line', x1: zeroX, y1: plotTop, x2: zeroX, y2: axisY },
    ...ticks.map((t) => ({ kind: 'tick' as const, x1: t.x, y1: axisY, x2: t.x, y2: axisY + 5 })),
  ];
  const layout: DensityRectLayout = {
    form: 'bars',
    width,
    height: Math.ceil(bottom + PAD),
    narrow,
    marks,
    texts,
    gridlines,
    axis,
  };
  if (reference !== undefined && options.reference !== undefined) {
    const x = scale(options.reference.value);
    layout.reference = { ...reference, line: { x1: x, y1: plotTop, x2: x, y2: axisY } };
  }
  return layout;
}

interface RowGeometry {
  top: number;
  step: number;
  barY: number;
  width: number;
  scale: LinearScale;
  zeroX: number;
  labelTexts: LaidText[];
}

function barMark(m: Metrics, mk: DensityMarkInput, group: number, g: RowGeometry): DensityRectMark {
  const font = valueFont(m, mk);
  const textTop = g.barY + (m.barH - m.lineH) / 2;
  const hit: Rect = { x: 0, y: g.top, width: g.width, height: g.step };
  const focus: Rect = { x: 2, y: g.top + 2, width: g.width - 4, height: g.step - 4 };
  const highlighted = mk.highlighted === true;
  const base = {
    key: mk.key,
    group,
    kind: mk.kind,
    role: mk.role,
    colour: mk.colour,
    highlighted,
    hit,
    focus,
  };
  const tick = (value: number): Segment => {
    const x = g.scale(value);
    return { x1: x, y1: g.barY - 3, x2: x, y2: g.barY + m.barH + 3 };
  };
  if (mk.value === null) {
    const w = m.measure(mk.valueText, font);
    return {
      ...base,
      missing: true,
      bar: { x: g.zeroX, y: g.barY, width: 0, height: m.barH },
      placeholder: { x: g.zeroX, y: g.barY, width: w + 12, height: m.barH },
      texts: [...g.labelTexts, text(m, mk.valueText, g.zeroX + 6, textTop, 'start', font, 'missing')],
    };
  }
  if (mk.kind === 'target-only') {
    const t = tick(mk.value);
    return {
      ...base,
      missing: false,
      bar: { x: g.zeroX, y: g.barY, width: 0, height: m.barH },
      targetTick: t,
      texts: [...g.labelTexts, text(m, mk.valueText, t.x1 + 6, textTop, 'start', font, 'value', highlighted)],
    };
  }
  const end = g.scale(mk.value);
  const targetTick = mk.target === undefined ? undefined : tick(mk.target);
  const after = targetTick !== undefined && targetTick.x1 >= end - 0.5 ? targetTick.x1 + 6 : end + 4;
  return {
    ...base,
    missing: false,
    bar: { x: Math.min(g.zeroX, end), y: g.barY, width: Math.abs(end - g.zeroX), height: m.barH },
    ...(targetTick !== undefined ? { targetTick } : {}),
    texts: [...g.labelTexts, text(m, mk.valueText, after, textTop, 'start', font, 'value', highlighted)],
  };
}

// ═══ Columns ═════════════════════════════════════════════════════════════════════════════════════

/** Value-axis ticks of a vertical scale, at most one per `minSpacing` px. */
function verticalTicks(scale: LinearScale, minSpacing: number): number[] {
  const [bottom, top] = scale.range() as [number, number];
  for (let count = Math.max(2, Math.floor((bottom - top) / minSpacing)); count >= 2; count--) {
    const values = scale.ticks(count);
    const spacing = values.length > 1 ? Math.abs(scale(values[0]!) - scale(values[1]!)) : Infinity;
    if (spacing >= minSpacing) return values;
  }
  return scale.domain() as number[];
}

interface VerticalAxis {
  scale: LinearScale;
  left: number;
  tickTexts: LaidText[];
  gridlines: Segment[];
}

/** A zero-based vertical value axis over [plotTop, plotBottom] with its tick labels left of `left`. */
function verticalAxis(
  m: Metrics,
  values: readonly number[],
  plotTop: number,
  plotBottom: number,
  options: DensityLayoutOptions,
): VerticalAxis {
  const scale = linearScale().domain(zeroBasedDomain(values)).range([plotBottom, plotTop]).nice(5);
  const tickValues = verticalTicks(scale, Math.round(m.small.size * 1.3) * 1.6);
  const labels = tickValues.map((v) => options.formatTick(v));
  const tickW = Math.max(0, ...labels.map((t) => m.measure(t, m.small)));
  const left = PAD + tickW + 8;
  const lineH = Math.round(m.small.size * 1.3);
  return {
    scale,
    left,
    tickTexts: tickValues.map((v, i) =>
      text(m, labels[i]!, left - 6, scale(v) - lineH / 2, 'end', m.small, 'tick'),
    ),
    gridlines: tickValues.map((v) => ({ x1: left, y1: scale(v), x2: options.width - PAD, y2: scale(v) })),
  };
}

/**
 * Lays out `groups` as vertical columns (a group per type, a column per mark), or returns undefined when a
 * column is narrower than its labels or than 24 px: the caller then draws bars.
 */
export function layoutDensityColumns(
  groups: readonly DensityGroupInput[],
  options: DensityLayoutOptions,
): DensityRectLayout | undefined {
  const m = metrics(options);
  const width = Math.max(1, options.width);
  const marksIn = groups.flatMap((g) => g.marks);
  if (marksIn.length === 0) return undefined;
  const texts: LaidText[] = [];
  let y = PAD;
  let reference: Omit<ReferenceMark, 'line'> | undefined;
  if (options.reference !== undefined) {
    const band = referenceBand(m, options.reference, width, y);
    reference = band.mark;
    y += band.height;
  }
  const smallH = Math.round(m.small.size * 1.3);
  if (options.unit !== '') {
    texts.push(text(m, options.unit, PAD, y, 'start', m.small, 'unit'));
    y += smallH + 2;
  }
  const plotTop = y + m.lineH + 4; // room for the value label above the tallest column
  const plotBottom = plotTop + (options.plotHeight ?? 200);
  const vaxis = verticalAxis(m, domainValues(marksIn, options.reference), plotTop, plotBottom, {
    ...options,
    width,
  });
  const { scale, left } = vaxis;
  const groupGap = m.fs;
  const slotW = (width - left - PAD - groupGap * (groups.length - 1)) / marksIn.length;
  if (slotW < MIN_TARGET) return undefined;

  // Everything under and above a column must fit its slot: labels and notes may wrap, words may not.
  const inner = slotW - 6;
  const missingLines = new Map<string, string[]>();
  const underLines = new Map<string, BlockLine[]>();
  for (const mk of marksIn) {
    const labelFont: TextFont = { size: m.fs, bold: mk.highlighted === true };
    const under: BlockLine[] = [
      ...wrapText(labelText(mk), inner, labelFont, m.measure).map((t) => ({
        text: t,
        font: labelFont,
        role: 'label' as const,
      })),
      ...mk.notes.flatMap((n) =>
        wrapText(n, inner, m.small, m.measure).map((t) => ({
          text: t,
          font: m.small,
          role: 'note' as const,
        })),
      ),
    ];
    underLines.set(mk.key, under);
    const widths = under.map((l) => m.measure(l.text, l.font));
    if (mk.value === null) {
      const lines = wrapText(mk.valueText, inner, valueFont(m, mk), m.measure);
      missingLines.set(mk.key, lines);
      widths.push(...lines.map((l) => m.measure(l, valueFont(m, mk))));
    } else {
      widths.push(m.measure(mk.valueText, valueFont(m, mk)));
    }
    if (Math.max(...widths) > inner) return undefined;
  }
  const typeFont: TextFont = { size: m.fs, bold: true };
  const typeLines = groups.map((g) => wrapText(g.label, g.marks.length * slotW, typeFont, m.measure));
  for (const [gi, lines] of typeLines.entries()) {
    for (const l of lines) if (m.measure(l, typeFont) > groups[gi]!.marks.length * slotW) return undefined;
  }

  const colW = Math.min(slotW * 0.7, m.fs * 3.5);
  const underTop = plotBottom + 6;
  const heightOf = (lines: readonly BlockLine[]): number =>
    lines.reduce((h, l) => h + Math.round(l.font.size * 1.3), 0);
  const underH = Math.max(...marksIn.map((mk) => heightOf(underLines.get(mk.key)!)));
  const typeTop = underTop + underH + 4;
  const marks: DensityRectMark[] = [];
  let x = left;
  groups.forEach((g, gi) => {
    const groupX = x;
    for (const mk of g.marks) {
      const cx = x + slotW / 2;
      const highlighted = mk.highlighted === true;
      const under: LaidText[] = [];
      let lineTop = underTop;
      for (const l of underLines.get(mk.key)!) {
        under.push(text(m, l.text, cx, lineTop, 'middle', l.font, l.role, highlighted && l.role === 'label'));
        lineTop += Math.round(l.font.size * 1.3);
      }
      const hit: Rect = {
        x,
        y: plotTop - m.lineH - 4,
        width: slotW,
        height: underTop + underH - (plotTop - m.lineH - 4),
      };
      const focus: Rect = { x: x + 1, y: hit.y + 1, width: slotW - 2, height: hit.height - 2 };
      const base = {
        key: mk.key,
        group: gi,
        kind: mk.kind,
        role: mk.role,
        colour: mk.colour,
        highlighted,
        hit,
        focus,
      };
      const tick = (value: number): Segment => ({
        x1: cx - colW / 2 - 3,
        y1: scale(value),
        x2: cx + colW / 2 + 3,
        y2: scale(value),
      });
      const font = valueFont(m, mk);
      if (mk.value === null) {
        const lines = missingLines.get(mk.key)!;
        const boxTop = plotBottom - lines.length * m.lineH - 6;
        marks.push({
          ...base,
          missing: true,
          bar: { x: cx - colW / 2, y: plotBottom, width: colW, height: 0 },
          placeholder: { x: x + 2, y: boxTop, width: slotW - 4, height: plotBottom - boxTop },
          texts: [
            ...lines.map((l, i) => text(m, l, cx, boxTop + 3 + i * m.lineH, 'middle', font, 'missing')),
            ...under,
          ],
        });
      } else if (mk.kind === 'target-only') {
        const t = tick(mk.value);
        marks.push({
          ...base,
          missing: false,
          bar: { x: cx - colW / 2, y: plotBottom, width: colW, height: 0 },
          targetTick: t,
          texts: [
            text(m, mk.valueText, cx, t.y1 - 4 - m.lineH, 'middle', font, 'value', highlighted),
            ...under,
          ],
        });
      } else {
        const top = scale(mk.value);
        const targetTick = mk.target === undefined ? undefined : tick(mk.target);
        const above = Math.min(top, targetTick?.y1 ?? Infinity) - 3 - m.lineH;
        marks.push({
          ...base,
          missing: false,
          bar: { x: cx - colW / 2, y: top, width: colW, height: plotBottom - top },
          ...(targetTick !== undefined ? { targetTick } : {}),
          texts: [text(m, mk.valueText, cx, above, 'middle', font, 'value', highlighted), ...under],
        });
      }
      x += slotW;
    }
    const groupW = g.marks.length * slotW;
    typeLines[gi]!.forEach((l, i) =>
      texts.push(text(m, l, groupX + groupW / 2, typeTop + i * m.lineH, 'middle', typeFont, 'type')),
    );
    x += groupGap;
  });
  const typeH = Math.max(...typeLines.map((l) => l.length)) * m.lineH;
  texts.push(...vaxis.tickTexts);
  const axis: AxisSegment[] = [
    { kind: 'axis-line', x1: left - 4, y1: plotBottom, x2: width - PAD, y2: plotBottom },
  ];
  const layout: DensityRectLayout = {
    form: 'columns',
    width,
    height: Math.ceil(typeTop + typeH + PAD),
    narrow: false,
    marks,
    texts,
    gridlines: vaxis.gridlines,
    axis,
  };
  if (reference !== undefined && options.reference !== undefined) {
    const ry = scale(options.reference.value);
    layout.reference = { ...reference, line: { x1: left, y1: ry, x2: width - PAD, y2: ry } };
  }
  return layout;
}

// ═══ Lines ═══════════════════════════════════════════════════════════════════════════════════════

/** One point of a line to lay out. */
export interface DensityPointInput {
  key: string;
  /** Position in time (`periodOrder`). */
  order: number;
  /** The value (the plan for `target-only`); null when missing. */
  value: number | null;
  target?: number;
  kind: 'actual' | 'target-only';
}

/** One line to lay out. */
export interface DensityLineInput {
  key: string;
  colour: number;
  shape: number;
  role: MarkRole;
  highlighted?: boolean;
  /** The end label: its name first, then muted lines (the last value and change). */
  label: readonly string[];
  points: readonly DensityPointInput[];
}

/** A period on the time axis. */
export interface PeriodInput {
  order: number;
  text: string;
}

/** d3 symbol types by shape number: circle, square, triangle, diamond, cross, star, wye. */
export const MARKER_SHAPES: readonly SymbolType[] = [
  symbolCircle,
  symbolSquare,
  symbolTriangle,
  symbolDiamond,
  symbolCross,
  symbolStar,
  symbolWye,
];

/** The SVG path of marker `shape` centred on 0,0 with `area` px². */
export function markerPath(shape: number, area = 72): string {
  return symbol(MARKER_SHAPES[shape % MARKER_SHAPES.length]!, area)() ?? '';
}

/** Size of a point's pointer target (≥ 24 px, WCAG 2.5.8). */
const POINT_TARGET = 28;

/**
 * Lays out `series` as lines over `periods`, with end labels that never overlap: each label starts at the
 * height of its line's last point and is pushed down or up just enough; when all of them need more height
 * than the plot has, the plot grows. `missingNote` (the list of values with no data) is printed under the
 * time axis.
 */
export function layoutDensityLines(
  series: readonly DensityLineInput[],
  periods: readonly PeriodInput[],
  options: DensityLayoutOptions & { missingNote?: string },
): DensityLineLayout {
  const m = metrics(options);
  const width = Math.max(1, options.width);
  const narrow = width < NARROW_WIDTH;
  const smallH = Math.round(m.small.size * 1.3);
  const texts: LaidText[] = [];
  let y = PAD;
  let reference: Omit<ReferenceMark, 'line'> | undefined;
  if (options.reference !== undefined) {
    const band = referenceBand(m, options.reference, width, y);
    reference = band.mark;
    y += band.height;
  }
  if (options.unit !== '') {
    texts.push(text(m, options.unit, PAD, y, 'start', m.small, 'unit'));
    y += smallH + 2;
  }
  const plotTop = y + smallH / 2 + 2;

  // End labels: wrapped to a column of at most 40 % of the width.
  // End labels are drawn semi-bold (CSS font-weight 600), so they are measured as bold.
  const nameFont = (): TextFont => ({ size: m.fs, bold: true });
  const natural = Math.max(
    0,
    ...series.flatMap((l) =>
      l.label.map((t, i) =>
        m.measure(i === 0 && l.highlighted ? `${HIGHLIGHT_MARKER} ${t}` : t, i === 0 ? nameFont() : m.small),
      ),
    ),
  );
  const colW = Math.min(natural, Math.round(width * 0.4));
  const blocks = series.map((l) =>
    l.label.flatMap((t, i) => {
      const font = i === 0 ? nameFont() : m.small;
      const shown = i === 0 && l.highlighted ? `${HIGHLIGHT_MARKER} ${t}` : t;
      return wrapText(shown, colW, font, m.measure).map((line) => ({
        text: line,
        font,
        role: (i === 0 ? 'end' : 'end-note') as TextRole,
      }));
    }),
  );
  const blockH = (b: readonly { font: TextFont }[]): number =>
    b.reduce((h, l) => h + Math.round(l.font.size * 1.3), 0);
  const labelled = series.map((l) => l.points.some((p) => p.value !== null));
  const needed = blocks.reduce((h, b, i) => h + (labelled[i] ? blockH(b) + 4 : 0), 0);
  const plotH = Math.max(options.plotHeight ?? 220, needed);
  const plotBottom = plotTop + plotH;

  const values: number[] = [];
  for (const l of series) {
    for (const p of l.points) {
      if (p.value !== null) values.push(p.value);
      if (p.target !== undefined) values.push(p.target);
    }
  }
  if (options.reference !== undefined) values.push(options.reference.value);
  const vaxis = verticalAxis(m, values, plotTop, plotBottom, { ...options, width });
  const { scale, left } = vaxis;
  const labelX = width - PAD - colW;
  const xRange: [number, number] = [left + 14, Math.max(left + 15, labelX - 16)];
  const orders = periods.map((p) => p.order);
  const lo = Math.min(...orders);
  const hi = Math.max(...orders);
  const xScale = linearScale()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .range(xRange);

  const lines: DensityLineMark[] = series.map((l) => {
    const points: DensityLinePoint[] = l.points.map((p) => {
      const x = xScale(p.order);
      const missing = p.value === null;
      const py = missing ? plotBottom : scale(p.value!);
      const hit: Rect = {
        x: x - POINT_TARGET / 2,
        y: py - POINT_TARGET / 2,
        width: POINT_TARGET,
        height: POINT_TARGET,
      };
      const point: DensityLinePoint = {
        key: p.key,
        x,
        y: py,
        kind: p.kind,
        missing,
        hit,
        focus: { ...hit },
      };
      const target = p.kind === 'target-only' ? p.value : p.target;
      if (target !== undefined && target !== null) {
        point.targetTick = { x1: x - 7, y1: scale(target), x2: x + 7, y2: scale(target) };
      }
      return point;
    });
    const drawn = l.points.map((p, i) => ({ p, pt: points[i]! })).filter(({ p }) => p.kind === 'actual');
    const path =
      drawn.filter(({ p }) => p.value !== null).length < 2
        ? ''
        : (lineGenerator<{ p: DensityPointInput; pt: DensityLinePoint }>()
            .defined(({ p }) => p.value !== null)
            .x(({ pt }) => pt.x)
            .y(({ pt }) => pt.y)(drawn) ?? '');
    return {
      key: l.key,
      colour: l.colour,
      shape: l.shape,
      role: l.role,
      highlighted: l.highlighted === true,
      path,
      points,
      label: [],
    };
  });

  // Place the end labels: desired centre = the last point with a value; then push apart.
  const order = series
    .map((l, i) => {
      const last = [...l.points.keys()].reverse().find((k) => l.points[k]!.value !== null);
      return { i, last, desired: last === undefined ? undefined : lines[i]!.points[last]!.y };
    })
    .filter((e): e is { i: number; last: number; desired: number } => e.desired !== undefined)
    .sort((a, b) => a.desired - b.desired || a.i - b.i);
  const minTop = plotTop - smallH / 2;
  const maxBottom = plotBottom;
  const tops = order.map((e) => e.desired - blockH(blocks[e.i]!) / 2);
  for (let k = 0; k < tops.length; k++) {
    tops[k] = Math.max(tops[k]!, k === 0 ? minTop : tops[k - 1]! + blockH(blocks[order[k - 1]!.i]!) + 4);
  }
  for (let k = tops.length - 1; k >= 0; k--) {
    const limit = k === tops.length - 1 ? maxBottom : tops[k + 1]! - 4;
    tops[k] = Math.min(tops[k]!, limit - blockH(blocks[order[k]!.i]!));
  }
  order.forEach((e, k) => {
    let top = tops[k]!;
    const line = lines[e.i]!;
    const highlighted = series[e.i]!.highlighted === true;
    for (const b of blocks[e.i]!) {
      line.label.push(text(m, b.text, labelX, top, 'start', b.font, b.role, highlighted && b.role === 'end'));
      top += Math.round(b.font.size * 1.3);
    }
    const centre = tops[k]! + blockH(blocks[e.i]!) / 2;
    const point = line.points[e.last]!;
    if (Math.abs(centre - e.desired) > 2) {
      line.leader = { x1: point.x + 7, y1: point.y, x2: labelX - 3, y2: centre };
    }
  });

  // Time axis: every k-th period, the latest always labelled, no two labels closer than one font size.
  const axisY = plotBottom;
  const labelTop = axisY + 10;
  const periodFont = m.small;
  let periodTexts: LaidText[] = [];
  for (let step = 1; step <= Math.max(1, periods.length); step++) {
    const chosen = periods.filter((_, i) => (periods.length - 1 - i) % step === 0);
    periodTexts = chosen.map((p) => {
      const x = xScale(p.order);
      const w = m.measure(p.text, periodFont);
      const anchor: TextMark['anchor'] = x - w / 2 < 0 ? 'start' : x + w / 2 > width ? 'end' : 'middle';
      return text(
        m,
        p.text,
        anchor === 'start' ? Math.max(0, x - 2) : anchor === 'end' ? Math.min(width, x + 2) : x,
        labelTop,
        anchor,
        periodFont,
        'tick',
      );
    });
    const fits = periodTexts.every((t, i) => {
      const next = periodTexts[i + 1];
      return next === undefined || t.box.x + t.box.width + m.fs / 2 <= next.box.x;
    });
    if (fits) break;
  }
  texts.push(...periodTexts, ...vaxis.tickTexts);
  let bottom = labelTop + smallH;
  if (options.missingNote !== undefined && options.missingNote !== '') {
    const font: TextFont = { size: m.small.size, italic: true };
    for (const l of wrapText(options.missingNote, width - 2 * PAD, font, m.measure)) {
      texts.push(text(m, l, PAD, bottom + 4, 'start', font, 'missing-note'));
      bottom += smallH;
    }
    bottom += 4;
  }
  const axis: AxisSegment[] = [
    { kind: 'axis-line', x1: left - 4, y1: axisY, x2: xRange[1] + 10, y2: axisY },
    ...periods.map((p) => ({
      kind: 'tick' as const,
      x1: xScale(p.order),
      y1: axisY,
      x2: xScale(p.order),
      y2: axisY + 5,
    })),
  ];
  const layout: DensityLineLayout = {
    form: 'lines',
    width,
    height: Math.ceil(bottom + PAD),
    narrow,
    lines,
    texts,
    gridlines: vaxis.gridlines.map((g) => ({ ...g, x2: xRange[1] + 10 })),
    axis,
  };
  if (reference !== undefined && options.reference !== undefined) {
    const ry = scale(options.reference.value);
    layout.reference = { ...reference, line: { x1: left, y1: ry, x2: xRange[1] + 10, y2: ry } };
  }
  return layout;
}
