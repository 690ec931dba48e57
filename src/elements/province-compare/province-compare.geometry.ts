/**
 * Layout of a province comparison: one row per province as a horizontal bar (from zero) or a dot (on an
 * axis that need not start at zero), optional region sections with headings, and vertical reference
 * lines (national value, unweighted mean, median) whose labels sit in a band above the rows, packed into
 * lanes so that no label overlaps another label or crosses another line. Labels go left of the marks
 * (wide) or above them (narrow, under 480 px); the value is printed at the end of the mark.
 *
 * Pure: data and width in, rectangles and text positions out (CSS px; the SVG is drawn 1:1). It uses the
 * bar chart's building blocks and mark types (`chart/geometry`), so the same overlap checks apply: nothing
 * overlaps, nothing is clipped, no text is under 12 px.
 */
import { linearScale, type LinearScale } from '../../chart/geometry/linear-scale.js';
import {
  HIGHLIGHT_MARKER,
  MIN_FONT_SIZE,
  MIN_TARGET,
  NARROW_WIDTH,
  type TextMark,
} from '../../chart/geometry/bars.js';
import type { Rect } from '../../chart/geometry/rect.js';
import { valueScale, zeroBasedDomain } from '../../chart/geometry/scales.js';
import {
  estimateTextWidth,
  linesWidth,
  wrapText,
  type TextFont,
  type TextMeasure,
} from '../../chart/geometry/text.js';
import { fitTicks, type TickMark } from '../../chart/geometry/ticks.js';
import type { CompareForm } from './province-compare.model.js';

/** One province to lay out. */
export interface CompareRowInput {
  key: string;
  /** The visible label (the province's name; the highlighted one may carry its rank). */
  label: string;
  value: number | null;
  /** The value as printed at the mark (formatted for the language), or the no-data phrase. */
  valueText: string;
  /** Drawn outlined, bold and with {@link HIGHLIGHT_MARKER}. */
  highlighted?: boolean;
}

/** A run of rows, with a heading when grouped (a region). */
export interface CompareSectionInput {
  key: string;
  heading?: string;
  rows: readonly CompareRowInput[];
}

/** Kinds of reference line, in the order their labels are placed. */
export const REFERENCE_KINDS = ['national', 'mean', 'median'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** A vertical reference line with its label ("Trung vị: 97"). */
export interface ReferenceInput {
  kind: ReferenceKind;
  value: number;
  text: string;
}

/** Options of {@link layoutCompare}. */
export interface CompareLayoutOptions {
  width: number;
  /** Base font size, CSS px (raised to 12 when smaller). */
  fontSize: number;
  form: CompareForm;
  /** Force the narrow layout (labels above marks). Default: `width < 480`. */
  narrow?: boolean;
  formatTick: (value: number) => string;
  references?: readonly ReferenceInput[];
  measure?: TextMeasure;
}

/** One laid-out province. */
export interface CompareMark {
  key: string;
  /** Row index, top to bottom, over all sections. */
  index: number;
  /** Index of its section. */
  section: number;
  value: number | null;
  missing: boolean;
  highlighted: boolean;
  /** Bars: the bar (zero width for zero or missing). Dots: the dot's bounding box. */
  bar: Rect;
  /** Dots: the dot (a diamond when highlighted). */
  dot?: { cx: number; cy: number; r: number };
  /** Dots: a thin guide from the start of the axis to the dot. */
  guide?: { x1: number; x2: number; y: number };
  /** A missing value: the outlined placeholder that holds the no-data phrase (never a zero bar). */
  placeholder?: Rect;
  label: TextMark[];
  valueLabel: TextMark;
  /** The whole row: the pointer target and the keyboard item's box (≥ 24 px high). */
  hit: Rect;
  /** What the focus ring surrounds. */
  focus: Rect;
}

/** A section's heading and extent. */
export interface SectionMark {
  key: string;
  heading: TextMark[];
  /** From the heading's top to the last row's bottom. */
  box: Rect;
}

/** A reference line and its label. */
export interface ReferenceMark {
  kind: ReferenceKind;
  value: number;
  x: number;
  /** The line runs from y1 (the top of its label) to y2 (the axis). */
  y1: number;
  y2: number;
  label: TextMark[];
  /** The label's box. */
  box: Rect;
}

/** The result of {@link layoutCompare}. */
export interface CompareLayout {
  width: number;
  height: number;
  narrow: boolean;
  form: CompareForm;
  scale: LinearScale;
  /** Bars: x of zero. Dots: x where the axis starts. */
  zeroX: number;
  rows: CompareMark[];
  sections: SectionMark[];
  references: ReferenceMark[];
  ticks: TickMark[];
  axis: { y: number; x1: number; x2: number };
  /** The area the marks can take (for gridlines). */
  plot: Rect;
}

const PAD = 8;

interface Metrics {
  fs: number;
  tickFont: TextFont;
  headingFont: TextFont;
  barH: number;
  lineH: number;
  smallLineH: number;
  gap: number;
  r: number;
  measure: TextMeasure;
}

function metrics(options: CompareLayoutOptions): Metrics {
  const fs = Math.max(MIN_FONT_SIZE, options.fontSize);
  const tick = Math.max(MIN_FONT_SIZE, Math.round(fs * 0.875));
  const barH = Math.round(fs * 1.5);
  return {
    fs,
    tickFont: { size: tick },
    headingFont: { size: fs, bold: true },
    barH,
    lineH: Math.round(fs * 1.3),
    smallLineH: Math.round(tick * 1.3),
    gap: Math.round(fs * 0.7),
    r: Math.max(5, Math.round(barH * 0.33)),
    measure: options.measure ?? estimateTextWidth,
  };
}

const labelText = (row: CompareRowInput): string =>
  row.highlighted ? `${HIGHLIGHT_MARKER} ${row.label}` : row.label;
const labelFont = (m: Metrics, row: CompareRowInput): TextFont => ({
  size: m.fs,
  bold: row.highlighted === true,
});
const valueFont = (m: Metrics, row: CompareRowInput): TextFont =>
  row.value === null ? { size: m.fs, italic: true } : { size: m.fs, bold: row.highlighted === true };

/** Lays out `sections` of provinces in `options.width`; see the module comment. */
export function layoutCompare(
  sections: readonly CompareSectionInput[],
  options: CompareLayoutOptions,
): CompareLayout {
  const width = Math.max(1, options.width);
  const narrow = options.narrow ?? width < NARROW_WIDTH;
  if (!narrow) {
    const wide = layout(sections, { ...options, width }, false);
    if (wide !== undefined) return wide;
  }
  return layout(sections, { ...options, width }, true)!;
}

interface Flat {
  row: CompareRowInput;
  section: number;
}

function layout(
  sections: readonly CompareSectionInput[],
  options: CompareLayoutOptions,
  narrow: boolean,
): CompareLayout | undefined {
  const m = metrics(options);
  const { width, form } = options;
  const flat: Flat[] = sections.flatMap((s, section) => s.rows.map((row) => ({ row, section })));
  const rows = flat.map((f) => f.row);

  // Label lines: a column left of the marks (wide), or the full width above them (narrow).
  const maxColumn = narrow ? width - 2 * PAD : Math.max(80, width * 0.38);
  const labels = rows.map((row) => wrapText(labelText(row), maxColumn, labelFont(m, row), m.measure));
  const column = narrow
    ? 0
    : rows.reduce((max, row, i) => Math.max(max, linesWidth(labels[i]!, labelFont(m, row), m.measure)), 0);
  if (!narrow && column > width * 0.5) return undefined; // one word too long for the column: go narrow

  // Room for the printed values right of the marks (left of negative bars).
  let right = 0;
  let left = 0;
  let missing = 0;
  for (const row of rows) {
    const w = m.measure(row.valueText, valueFont(m, row));
    if (row.value === null) missing = Math.max(missing, w + 12);
    else if (row.value < 0) left = Math.max(left, w + 6);
    else right = Math.max(right, w + 6);
  }
  const dotPad = form === 'dots' ? m.r + 2 : 0;
  const x0 = narrow ? PAD : PAD + column + 8;
  const range: [number, number] = [x0 + left + dotPad, width - PAD - right - dotPad];
  if (!narrow && range[1] - range[0] < Math.max(missing, 60)) return undefined;
  if (range[1] <= range[0]) range[1] = range[0] + 1;

  const references = options.references ?? [];
  const domainValues = [...rows.map((r) => r.value), ...references.map((r) => r.value)];
  const scale = form === 'dots' ? dotScale(domainValues, range) : valueScale(domainValues, range);
  const zeroX = form === 'dots' ? range[0] : scale(0);
  const placeholderX = form === 'dots' ? range[0] - dotPad : zeroX;

  // The band of reference labels above the rows.
  const band = placeReferenceLabels(references, scale, width, m, PAD);
  let y = PAD + band.height + (band.height > 0 ? m.gap : 0);

  const sectionMarks: SectionMark[] = [];
  const marks: CompareMark[] = [];
  sections.forEach((section, s) => {
    const top = y;
    let heading: TextMark[] = [];
    if (section.heading !== undefined && section.heading !== '') {
      if (s > 0) y += m.gap;
      const lines = wrapText(section.heading, width - 2 * PAD, m.headingFont, m.measure);
      heading = lines.map((text, i) => {
        const w = m.measure(text, m.headingFont);
        const boxY = y + i * m.lineH;
        return textMark(text, PAD, boxY + m.lineH * 0.75, 'start', m.headingFont, {
          x: PAD,
          y: boxY,
          width: w,
          height: m.lineH,
        });
      });
      y += lines.length * m.lineH + Math.round(m.gap / 2);
    }
    for (const row of section.rows) {
      const index = marks.length;
      const lines = labels[index]!;
      const font = labelFont(m, row);
      let step: number;
      let barY: number;
      let label: TextMark[];
      if (narrow) {
        const block = lines.length * m.lineH;
        step = Math.max(block + 4 + m.barH + m.gap, MIN_TARGET + 4);
        label = lines.map((text, i) => {
          const boxY = y + m.gap / 2 + i * m.lineH;
          const w = m.measure(text, font);
          return textMark(text, PAD, boxY + m.lineH * 0.75, 'start', font, {
            x: PAD,
            y: boxY,
            width: w,
            height: m.lineH,
          });
        });
        barY = y + m.gap / 2 + block + 4;
      } else {
        const content = Math.max(m.barH, lines.length * m.lineH);
        step = Math.max(content + m.gap, MIN_TARGET + 4);
        barY = y + (step - m.barH) / 2;
        const blockTop = y + (step - lines.length * m.lineH) / 2;
        label = lines.map((text, i) => {
          const w = m.measure(text, font);
          const boxY = blockTop + i * m.lineH;
          return textMark(text, x0 - 8, boxY + m.lineH * 0.75, 'end', font, {
            x: x0 - 8 - w,
            y: boxY,
            width: w,
            height: m.lineH,
          });
        });
      }
      marks.push(
        rowMark(row, {
          index,
          section: s,
          top: y,
          step,
          barY,
          label,
          scale,
          zeroX,
          placeholderX,
          form,
          m,
          width,
          rangeStart: range[0],
        }),
      );
      y += step;
    }
    sectionMarks.push({
      key: section.key,
      heading,
      box: { x: 0, y: top, width, height: y - top },
    });
  });

  clearLines(
    marks,
    band.marks.map((r) => r.x),
    width,
  );
  const axisY = y + 2;
  const ticks = fitTicks(scale, {
    format: options.formatTick,
    font: m.tickFont,
    bounds: [0, width],
    top: axisY + 8,
    measure: m.measure,
  });
  const height = Math.ceil(axisY + 8 + m.tickFont.size * 1.25 + PAD);
  const plotTop = band.height > 0 ? PAD + band.height : (marks[0]?.hit.y ?? PAD);
  return {
    width,
    height,
    narrow,
    form,
    scale,
    zeroX,
    rows: marks,
    sections: sectionMarks,
    references: band.marks.map((r) => ({ ...r, y2: axisY })),
    ticks,
    axis: { y: axisY, x1: range[0], x2: range[1] },
    plot: { x: range[0], y: plotTop, width: range[1] - range[0], height: axisY - plotTop },
  };
}

/**
 * A dot plot's scale: the extent of the values (a dot shows position, so the axis need not start at
 * zero), rounded to nice ticks; a single value or none gives the zero-based domain.
 */
function dotScale(values: readonly (number | null)[], range: readonly [number, number]): LinearScale {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (finite.length === 0 || lo === hi) [lo, hi] = zeroBasedDomain(finite);
  return linearScale().domain([lo, hi]).range([range[0], range[1]]).nice(5);
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
  index: number;
  section: number;
  top: number;
  step: number;
  barY: number;
  label: TextMark[];
  scale: LinearScale;
  zeroX: number;
  placeholderX: number;
  rangeStart: number;
  form: CompareForm;
  m: Metrics;
  width: number;
}

function rowMark(row: CompareRowInput, g: RowGeometry): CompareMark {
  const { m } = g;
  const font = valueFont(m, row);
  const textW = m.measure(row.valueText, font);
  const baseline = g.barY + m.barH / 2 + m.fs * 0.35;
  const textTop = g.barY + (m.barH - m.lineH) / 2;
  const base = {
    key: row.key,
    index: g.index,
    section: g.section,
    highlighted: row.highlighted === true,
    label: g.label,
    hit: { x: 0, y: g.top, width: g.width, height: g.step },
    focus: { x: 2, y: g.top + 2, width: g.width - 4, height: g.step - 4 },
  };
  const valueAt = (x: number, anchor: 'start' | 'end'): TextMark =>
    textMark(row.valueText, x, baseline, anchor, font, {
      x: anchor === 'start' ? x : x - textW,
      y: textTop,
      width: textW,
      height: m.lineH,
    });
  if (row.value === null) {
    const placeholder: Rect = { x: g.placeholderX, y: g.barY, width: textW + 12, height: m.barH };
    return {
      ...base,
      value: null,
      missing: true,
      bar: { x: g.placeholderX, y: g.barY, width: 0, height: m.barH },
      placeholder,
      valueLabel: valueAt(g.placeholderX + 6, 'start'),
    };
  }
  const end = g.scale(row.value);
  if (g.form === 'dots') {
    const cy = g.barY + m.barH / 2;
    const r = m.r;
    return {
      ...base,
      value: row.value,
      missing: false,
      bar: { x: end - r, y: cy - r, width: 2 * r, height: 2 * r },
      dot: { cx: end, cy, r },
      guide: { x1: g.rangeStart - r - 2, x2: Math.max(g.rangeStart - r - 2, end - r), y: cy },
      valueLabel: valueAt(end + r + 4, 'start'),
    };
  }
  const bar: Rect = { x: Math.min(g.zeroX, end), y: g.barY, width: Math.abs(end - g.zeroX), height: m.barH };
  return {
    ...base,
    value: row.value,
    missing: false,
    bar,
    valueLabel: row.value < 0 ? valueAt(end - 4, 'end') : valueAt(end + 4, 'start'),
  };
}

/**
 * Moves a value printed across a reference line to just past it (and past any line it then meets), so
 * "2.835" is never cut by the median; a value that would then leave the chart stays where it was (its
 * halo keeps it readable).
 */
function clearLines(marks: CompareMark[], lines: readonly number[], width: number): void {
  const xs = [...lines].sort((a, b) => a - b);
  for (const mark of marks) {
    const label = mark.valueLabel;
    if (mark.missing || label.anchor !== 'start') continue;
    let left = label.box.x;
    for (const x of xs) {
      if (x >= left - LINE_CLEARANCE && x <= left + label.box.width + LINE_CLEARANCE)
        left = x + LINE_CLEARANCE + 2;
    }
    if (left === label.box.x || left + label.box.width > width - 2) continue;
    mark.valueLabel = { ...label, x: left, box: { ...label.box, x: left } };
  }
}

// ─── reference labels ─────────────────────────────────────────────────────────────────────────────

interface PlacedLabel {
  ref: ReferenceInput;
  x: number;
  lane: number;
  side: 'start' | 'end';
  lines: string[];
  /** Left edge and width of the label box. */
  left: number;
  w: number;
}

const LINE_CLEARANCE = 3;
const LABEL_GAP = 8;

/** Whether `x` (a line) passes through the label's box (with clearance). */
const crosses = (label: PlacedLabel, x: number): boolean =>
  x >= label.left - LINE_CLEARANCE && x <= label.left + label.w + LINE_CLEARANCE;

/**
 * Whether `c` can join the labels placed so far. A line runs from the top of its own label down to the
 * axis, so it passes every lane at and below its own: a label must not cover the line of any label in its
 * lane or above, and labels of one lane must not overlap.
 */
function fits(c: PlacedLabel, placed: readonly PlacedLabel[]): boolean {
  return placed.every((p) => {
    if (p.lane === c.lane && c.left < p.left + p.w + LABEL_GAP && p.left < c.left + c.w + LABEL_GAP) {
      return false;
    }
    if (p.lane <= c.lane && crosses(c, p.x)) return false;
    if (p.lane >= c.lane && crosses(p, c.x)) return false;
    return true;
  });
}

/**
 * Places the labels in `order`, each in the first lane (top first) and side where it fits: wrapped to the
 * room between its line and the nearest line that passes that lane (the lines of labels in that lane and
 * above), overlapping no label of its lane and covering no line. Undefined when one label fits nowhere.
 */
function placeInOrder(
  references: readonly ReferenceInput[],
  scale: LinearScale,
  width: number,
  m: Pick<Metrics, 'tickFont' | 'measure'>,
): PlacedLabel[] | undefined {
  const font = m.tickFont;
  const placed: PlacedLabel[] = [];
  for (const ref of references) {
    const x = scale(ref.value);
    const sides: ('start' | 'end')[] = x <= width / 2 ? ['start', 'end'] : ['end', 'start'];
    let done: PlacedLabel | undefined;
    for (let lane = 0; lane <= placed.length && done === undefined; lane++) {
      const through = placed.filter((p) => p.lane <= lane).map((p) => p.x);
      for (const side of sides) {
        const limit =
          side === 'start'
            ? Math.min(width - PAD, ...through.filter((t) => t > x).map((t) => t - LINE_CLEARANCE - 1))
            : Math.max(PAD, ...through.filter((t) => t < x).map((t) => t + LINE_CLEARANCE + 1));
        const room = side === 'start' ? limit - (x + 4) : x - 4 - limit;
        if (room <= 0) continue;
        const lines = wrapText(ref.text, room, font, m.measure);
        const w = linesWidth(lines, font, m.measure);
        if (w > room) continue;
        const candidate: PlacedLabel = {
          ref,
          x,
          lane,
          side,
          lines,
          left: side === 'start' ? x + 4 : x - 4 - w,
          w,
        };
        if (fits(candidate, placed)) {
          done = candidate;
          break;
        }
      }
    }
    if (done === undefined) return undefined;
    placed.push(done);
  }
  return placed;
}

/** Every order of `items` (at most 3 reference lines: 6 orders). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/**
 * Places the labels of the reference lines in lanes above the rows: each label starts just right of its
 * line (or ends just left of it, near the right edge), in the first lane where it overlaps no label and
 * crosses no line. Lines close together can box a label in, so every order of the labels is tried and
 * the one with the fewest lanes wins. Returns the marks (without y2) and the band's height.
 */
export function placeReferenceLabels(
  references: readonly ReferenceInput[],
  scale: LinearScale,
  width: number,
  m: Pick<Metrics, 'tickFont' | 'smallLineH' | 'measure'>,
  top: number,
): { marks: Omit<ReferenceMark, 'y2'>[]; height: number } {
  const font = m.tickFont;
  let placed: PlacedLabel[] | undefined;
  for (const order of permutations(references)) {
    const attempt = placeInOrder(order, scale, width, m);
    const lanesOf = (list: readonly PlacedLabel[]): number => Math.max(0, ...list.map((p) => p.lane + 1));
    if (attempt !== undefined && (placed === undefined || lanesOf(attempt) < lanesOf(placed)))
      placed = attempt;
  }
  if (placed === undefined) {
    // Nothing fits (lines packed tighter than a word): one lane per label, inside the chart, in order.
    placed = references.map((ref, lane) => {
      const x = scale(ref.value);
      const lines = wrapText(ref.text, width - 2 * PAD, font, m.measure);
      const w = Math.min(width - 2 * PAD, linesWidth(lines, font, m.measure));
      const left = Math.max(PAD, Math.min(width - PAD - w, x + 4));
      return { ref, x, lane, side: 'start', lines, left, w };
    });
  }
  // Marks in the input order (national, mean, median), whatever order placed them.
  placed = references.map((ref) => placed!.find((p) => p.ref === ref)!);

  const lanes = placed.length === 0 ? 0 : Math.max(...placed.map((p) => p.lane)) + 1;
  const laneHeight = Array.from({ length: lanes }, (_, lane) =>
    Math.max(0, ...placed.filter((p) => p.lane === lane).map((p) => p.lines.length * m.smallLineH)),
  );
  const laneTop = laneHeight.map((_, lane) => top + laneHeight.slice(0, lane).reduce((a, b) => a + b + 4, 0));
  const marks = placed.map((p) => {
    const y = laneTop[p.lane]!;
    const label = p.lines.map((text, i) => {
      const lw = m.measure(text, font);
      const boxY = y + i * m.smallLineH;
      const left = p.side === 'start' ? p.left : p.left + p.w - lw;
      return textMark(text, p.side === 'start' ? left : left + lw, boxY + m.smallLineH * 0.75, p.side, font, {
        x: left,
        y: boxY,
        width: lw,
        height: m.smallLineH,
      });
    });
    return {
      kind: p.ref.kind,
      value: p.ref.value,
      x: p.x,
      y1: y,
      label,
      box: { x: p.left, y, width: p.w, height: p.lines.length * m.smallLineH },
    };
  });
  const height = lanes === 0 ? 0 : laneHeight.reduce((a, b) => a + b, 0) + 4 * (lanes - 1);
  return { marks, height };
}
