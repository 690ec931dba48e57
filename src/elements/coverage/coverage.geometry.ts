/**
 * Layout of `<ict-coverage>`: rows of progress tracks from 0 to 100 %, one row per indicator, the tiers
 * of a row side by side as a group of tracks (never stacked into one bar, which would add shares of
 * different denominators).
 *
 * Every track is the whole 0–100 % range, outlined, so the unfilled part ("how far from complete") reads
 * without colour; the value is printed after the track, a check marks 100 %, a warning sign a value outside
 * 0–100 % (drawn clamped), a tick with its label a target. Every track shares one scale, so rows compare.
 * - wide (≥ 480 px): the row heading on its own line(s) across the width, tier labels in a column left of
 *   the tracks;
 * - narrow (< 480 px, or when a label would crowd the tracks): tier labels above their tracks, tracks as
 *   wide as the value column allows.
 *
 * Pure: data and width in, rectangles and text positions out (CSS px, drawn 1:1). Text widths come from a
 * {@link TextMeasure}; nothing overlaps, nothing is clipped, no text is under 12 px.
 */
import { linearScale, type LinearScale } from '../../chart/geometry/linear-scale.js';
import { HIGHLIGHT_MARKER, MIN_FONT_SIZE, MIN_TARGET, type TextMark } from '../../chart/geometry/bars.js';
import type { Rect } from '../../chart/geometry/rect.js';
import {
  estimateTextWidth,
  rememberingMeasure,
  linesWidth,
  wrapText,
  type TextFont,
  type TextMeasure,
} from '../../chart/geometry/text.js';
import { fitTicks, type TickMark } from '../../chart/geometry/ticks.js';

/** Under this width the tier labels go above their tracks. */
export const NARROW_WIDTH = 480;
/** The shortest track of the wide layout; below it the narrow layout is used. */
export const MIN_WIDE_TRACK = 160;
/** Space around the drawing. */
export const PAD = 8;

/** One bar (a tier or scope of a row) to lay out. */
export interface CoverageBarInput {
  /** Stable key, unique in the chart. */
  key: string;
  /** The tier or scope label ("Cấp xã"); empty for a row of one bar (its heading says it). */
  label: string;
  /** The value in %, `null` when missing. Drawn clamped to 0–100. */
  value: number | null;
  /** The value as printed ("98,9 %", "trên 95 %"), or the no-data phrase. */
  valueText: string;
  /** The value is 100 %: a check is drawn after it. */
  complete: boolean;
  /** The value is outside 0–100 %: a warning sign is drawn after it. */
  outOfRange: boolean;
  /** A target in %, drawn as a tick across the track. */
  target?: number;
  /** The tick's own label ("Kế hoạch 95 %") on a line above the track; none for the shared target. */
  targetText?: string;
}

/** One row: an indicator with its heading and one or more bars. */
export interface CoverageRowInput {
  key: string;
  /** The heading (indicator and scope), wrapped across the width. */
  label: string;
  /** Drawn with "◆", bold labels and a stronger outline. */
  highlighted?: boolean;
  bars: readonly CoverageBarInput[];
}

/** A group of rows for one place and period; `label` empty: no heading (a chart of one section). */
export interface CoverageSectionInput {
  key: string;
  label: string;
  rows: readonly CoverageRowInput[];
}

/** A square icon's box (check or warning), top-left corner and side. */
export interface IconMark {
  x: number;
  y: number;
  size: number;
}

/** A laid-out bar. */
export interface CoverageBarMark {
  key: string;
  rowKey: string;
  value: number | null;
  missing: boolean;
  complete: boolean;
  outOfRange: boolean;
  highlighted: boolean;
  /** The whole 0–100 % track (outlined). */
  track: Rect;
  /** The filled part, 0 to the clamped value; zero width for a missing value. */
  fill: Rect;
  /** The tier label, one mark per line. */
  label: TextMark[];
  /** The printed value after the track; undefined for a missing value. */
  valueLabel: TextMark | undefined;
  /** The no-data phrase, inside the track when it fits, else under it. */
  noData: TextMark[];
  /** The check after a value of 100 %. */
  check: IconMark | undefined;
  /** The warning sign after a value outside 0–100 %. */
  warning: IconMark | undefined;
  /** The target tick and its label (none when the target is the chart's shared one, see the legend). */
  target: { x: number; y1: number; y2: number; label: TextMark | undefined } | undefined;
  /** The pointer target and the keyboard item's box: the bar's slot (the whole row for a single bar). */
  hit: Rect;
}

/** A laid-out row. */
export interface CoverageRowMark {
  key: string;
  highlighted: boolean;
  heading: TextMark[];
  bars: CoverageBarMark[];
  /** From the heading's top to the last bar's bottom. */
  box: Rect;
}

/** A laid-out section. */
export interface CoverageSectionMark {
  key: string;
  heading: TextMark[];
  rows: CoverageRowMark[];
}

/** Options of {@link layoutCoverage}. */
export interface CoverageLayoutOptions {
  /** Width available, CSS px. */
  width: number;
  /** Base font size, CSS px (raised to 12 when smaller). */
  fontSize: number;
  /** Force the narrow layout. Default: `width < 480` or when tier labels would crowd the tracks. */
  narrow?: boolean;
  /** Formats a tick of the 0–100 % axis ("50 %"). */
  formatTick: (value: number) => string;
  /**
   * The label of a target shared by many bars (the `target` attribute: "Kế hoạch 95 %"): said once in a
   * legend above the rows, with a sample of the tick, instead of over every track.
   */
  sharedTarget?: string;
  measure?: TextMeasure;
}

/** The legend of the shared target: a sample tick and its label. */
export interface TargetLegendMark {
  tick: { x: number; y1: number; y2: number };
  label: TextMark;
}

/** The result of {@link layoutCoverage}. */
export interface CoverageLayout {
  width: number;
  height: number;
  narrow: boolean;
  /** Percent → x, shared by every track. */
  scale: LinearScale;
  /** x of 0 % and of 100 %. */
  track: { x0: number; x1: number };
  sections: CoverageSectionMark[];
  rows: CoverageRowMark[];
  bars: CoverageBarMark[];
  ticks: TickMark[];
  axis: { y: number; x1: number; x2: number };
  /** The shared target's legend, when `sharedTarget` is given. */
  legend: TargetLegendMark | undefined;
}

interface Metrics {
  fs: number;
  lineH: number;
  barH: number;
  rowGap: number;
  barGap: number;
  icon: number;
  tickFont: TextFont;
  measure: TextMeasure;
}

function metrics(options: CoverageLayoutOptions): Metrics {
  const fs = Math.max(MIN_FONT_SIZE, options.fontSize);
  return {
    fs,
    // Vietnamese stacks two marks over a letter ("ộ", "ỗ"): Firefox reports 19 px boxes for 14 px text,
    // so lines 1.3 em apart touched; 1.45 em keeps wrapped lines apart in every engine.
    lineH: Math.round(fs * 1.45),
    barH: Math.max(16, Math.round(fs * 1.25)),
    rowGap: Math.round(fs * 0.9),
    barGap: Math.round(fs * 0.35),
    icon: Math.round(fs * 0.95),
    tickFont: { size: Math.max(MIN_FONT_SIZE, Math.round(fs * 0.875)) },
    measure: rememberingMeasure(options.measure ?? estimateTextWidth),
  };
}

const headingFont = (m: Metrics): TextFont => ({ size: m.fs, bold: true });
const sectionFont = (m: Metrics): TextFont => ({ size: Math.round(m.fs * 1.1), bold: true });
const labelFont = (m: Metrics, row: CoverageRowInput): TextFont => ({
  size: m.fs,
  bold: row.highlighted === true,
});
const noDataFont = (m: Metrics): TextFont => ({ size: m.fs, italic: true });

/** Width the value column needs: the widest printed value, with its check or warning sign. */
function valueColumn(sections: readonly CoverageSectionInput[], m: Metrics): number {
  let widest = 0;
  for (const row of sections.flatMap((s) => s.rows)) {
    for (const bar of row.bars) {
      if (bar.value === null) continue;
      const icon = bar.complete || bar.outOfRange ? 4 + m.icon : 0;
      widest = Math.max(widest, 6 + m.measure(bar.valueText, labelFont(m, row)) + icon);
    }
  }
  return widest;
}

/** Text marks for wrapped `texts`, one per line from `top`, each `lineH` high. */
function lines(
  texts: readonly string[],
  x: number,
  top: number,
  anchor: TextMark['anchor'],
  font: TextFont,
  lineH: number,
  measure: TextMeasure,
): TextMark[] {
  return texts.map((line, i) => {
    const w = measure(line, font);
    const boxX = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
    return {
      text: line,
      x,
      y: top + i * lineH + lineH * 0.75,
      anchor,
      font,
      box: { x: boxX, y: top + i * lineH, width: w, height: lineH },
    };
  });
}

/** Lays out `sections` in `options.width`. */
export function layoutCoverage(
  sections: readonly CoverageSectionInput[],
  options: CoverageLayoutOptions,
): CoverageLayout {
  const width = Math.max(1, options.width);
  const m = metrics(options);
  const reserve = valueColumn(sections, m);
  const rows = sections.flatMap((s) => s.rows);

  // Wide: a column for the tier labels, if it leaves the tracks room.
  let narrow = options.narrow ?? width < NARROW_WIDTH;
  let x0 = PAD;
  const wideLabels = new Map<string, string[]>();
  if (!narrow) {
    const maxColumn = Math.max(60, width * 0.28);
    let column = 0;
    for (const row of rows) {
      for (const bar of row.bars) {
        if (bar.label === '') continue;
        const wrapped = wrapText(bar.label, maxColumn, labelFont(m, row), m.measure);
        wideLabels.set(bar.key, wrapped);
        column = Math.max(column, linesWidth(wrapped, labelFont(m, row), m.measure));
      }
    }
    x0 = PAD + column + (column > 0 ? 10 : 0);
    if (column > width * 0.4 || width - PAD - reserve - x0 < MIN_WIDE_TRACK) narrow = true;
  }
  if (narrow) x0 = PAD;
  const x1 = Math.max(x0 + 40, width - PAD - reserve);
  const scale = linearScale().domain([0, 100]).range([x0, x1]);
  const fullWidth = width - 2 * PAD;

  let y = PAD;
  let legend: TargetLegendMark | undefined;
  if (options.sharedTarget !== undefined && options.sharedTarget !== '') {
    const font: TextFont = { size: m.fs };
    const w = m.measure(options.sharedTarget, font);
    const textX = PAD + 12;
    legend = {
      tick: { x: PAD + 3, y1: y + 1, y2: y + m.lineH - 1 },
      label: {
        text: options.sharedTarget,
        x: textX,
        y: y + m.lineH * 0.75,
        anchor: 'start',
        font,
        box: { x: textX, y, width: w, height: m.lineH },
      },
    };
    y += m.lineH + Math.round(m.rowGap * 0.5);
  }
  const sectionMarks: CoverageSectionMark[] = [];
  const rowMarks: CoverageRowMark[] = [];
  const barMarks: CoverageBarMark[] = [];

  for (const section of sections) {
    let heading: TextMark[] = [];
    if (section.label !== '') {
      const font = sectionFont(m);
      const lineH = Math.round(font.size * 1.45);
      const wrapped = wrapText(section.label, fullWidth, font, m.measure);
      heading = lines(wrapped, PAD, y, 'start', font, lineH, m.measure);
      y += wrapped.length * lineH + Math.round(m.rowGap * 0.4);
    }
    const sectionRows: CoverageRowMark[] = [];
    for (const row of section.rows) {
      const highlighted = row.highlighted === true;
      const rowTop = y;
      const headingText = highlighted ? `${HIGHLIGHT_MARKER} ${row.label}` : row.label;
      const headingLines = wrapText(headingText, fullWidth, headingFont(m), m.measure);
      const headingMarks = lines(headingLines, PAD, y, 'start', headingFont(m), m.lineH, m.measure);
      y += headingLines.length * m.lineH + 2;
      const bars: CoverageBarMark[] = [];
      row.bars.forEach((bar, index) => {
        const barTop = y;
        const font = labelFont(m, row);
        let label: TextMark[] = [];
        // Narrow: the tier label above its track, as wide as the chart.
        if (narrow && bar.label !== '') {
          const wrapped = wrapText(bar.label, fullWidth, font, m.measure);
          label = lines(wrapped, PAD, y, 'start', font, m.lineH, m.measure);
          y += wrapped.length * m.lineH;
        }
        // A target's label takes a line of its own above the track.
        const targetTop = y;
        const hasTarget = bar.target !== undefined && Number.isFinite(bar.target);
        const targetText = hasTarget ? (bar.targetText ?? '') : '';
        if (targetText !== '') y += m.lineH;
        const wrappedWide = narrow ? [] : (wideLabels.get(bar.key) ?? []);
        // At least a line of text high, so the value printed beside the track stays inside its slot.
        const content = Math.max(m.barH, m.lineH, wrappedWide.length * m.lineH, MIN_TARGET);
        const contentTop = y;
        const trackY = contentTop + (content - m.barH) / 2;
        if (!narrow && wrappedWide.length > 0) {
          label = lines(
            wrappedWide,
            x0 - 10,
            contentTop + (content - wrappedWide.length * m.lineH) / 2,
            'end',
            font,
            m.lineH,
            m.measure,
          );
        }
        y = contentTop + content;

        const track: Rect = { x: x0, y: trackY, width: x1 - x0, height: m.barH };
        const missing = bar.value === null || !Number.isFinite(bar.value);
        const clamped = missing ? 0 : Math.min(100, Math.max(0, bar.value!));
        const fill: Rect = { x: x0, y: trackY, width: scale(clamped) - x0, height: m.barH };
        const baseline = trackY + m.barH / 2 + m.fs * 0.35;
        const textTop = trackY + (m.barH - m.lineH) / 2;

        let valueLabel: TextMark | undefined;
        let check: IconMark | undefined;
        let warning: IconMark | undefined;
        let noData: TextMark[] = [];
        if (missing) {
          const nf = noDataFont(m);
          const w = m.measure(bar.valueText, nf);
          if (w + 12 <= x1 - x0) {
            noData = [
              {
                text: bar.valueText,
                x: x0 + 6,
                y: baseline,
                anchor: 'start',
                font: nf,
                box: { x: x0 + 6, y: textTop, width: w, height: m.lineH },
              },
            ];
          } else {
            // Too long for the track (a large font on a phone): under it, wrapped.
            const wrapped = wrapText(bar.valueText, width - PAD - x0, nf, m.measure);
            noData = lines(wrapped, x0, y + 2, 'start', nf, m.lineH, m.measure);
            y += wrapped.length * m.lineH + 2;
          }
        } else {
          const w = m.measure(bar.valueText, font);
          valueLabel = {
            text: bar.valueText,
            x: x1 + 6,
            y: baseline,
            anchor: 'start',
            font,
            box: { x: x1 + 6, y: textTop, width: w, height: m.lineH },
          };
          const icon: IconMark = { x: x1 + 6 + w + 4, y: trackY + (m.barH - m.icon) / 2, size: m.icon };
          if (bar.complete) check = icon;
          else if (bar.outOfRange) warning = icon;
        }

        let target: CoverageBarMark['target'];
        if (hasTarget) {
          const tx = scale(Math.min(100, Math.max(0, bar.target!)));
          const tf: TextFont = { size: m.fs };
          const w = m.measure(targetText, tf);
          const left = Math.min(Math.max(PAD, tx - w / 2), width - PAD - w);
          target = {
            x: tx,
            y1: trackY - 3,
            y2: trackY + m.barH + 3,
            label:
              targetText === ''
                ? undefined
                : {
                    text: targetText,
                    x: left,
                    y: targetTop + m.lineH * 0.75,
                    anchor: 'start',
                    font: tf,
                    box: { x: left, y: targetTop, width: w, height: m.lineH },
                  },
          };
        }

        const last = index === row.bars.length - 1;
        // Slots tile the row without gaps, so explore-by-touch always lands on an item.
        const bottom = last ? y : y + m.barGap;
        const single = row.bars.length === 1;
        const hitTop = single ? rowTop : barTop;
        const hit: Rect = { x: 0, y: hitTop, width, height: Math.max(MIN_TARGET, bottom - hitTop) };
        bars.push({
          key: bar.key,
          rowKey: row.key,
          value: missing ? null : bar.value,
          missing,
          complete: bar.complete,
          outOfRange: bar.outOfRange,
          highlighted,
          track,
          fill,
          label,
          valueLabel,
          noData,
          check,
          warning,
          target,
          hit,
        });
        y = bottom;
      });
      const rowMark: CoverageRowMark = {
        key: row.key,
        highlighted,
        heading: headingMarks,
        bars,
        box: { x: 0, y: rowTop, width, height: y - rowTop },
      };
      sectionRows.push(rowMark);
      rowMarks.push(rowMark);
      barMarks.push(...bars);
      y += m.rowGap;
    }
    sectionMarks.push({ key: section.key, heading, rows: sectionRows });
  }

  const axisY = y - m.rowGap + 6;
  const ticks = fitTicks(scale, {
    format: options.formatTick,
    font: m.tickFont,
    bounds: [0, width],
    top: axisY + 8,
    measure: m.measure,
  });
  const height = Math.ceil(axisY + 8 + m.tickFont.size * 1.25 + PAD);
  return {
    width,
    height,
    narrow,
    scale,
    track: { x0, x1 },
    sections: sectionMarks,
    rows: rowMarks,
    bars: barMarks,
    ticks,
    axis: { y: axisY, x1: x0, x2: x1 },
    legend,
  };
}

/** Every text and icon box of a layout, named, for overlap and bounds checks. */
export function layoutBoxes(layout: CoverageLayout): { name: string; box: Rect }[] {
  const out: { name: string; box: Rect }[] = [];
  const add = (marks: readonly TextMark[]): void => {
    for (const t of marks) out.push({ name: t.text, box: t.box });
  };
  for (const section of layout.sections) add(section.heading);
  for (const row of layout.rows) add(row.heading);
  for (const bar of layout.bars) {
    add(bar.label);
    add(bar.noData);
    if (bar.valueLabel !== undefined) add([bar.valueLabel]);
    if (bar.target?.label !== undefined) add([bar.target.label]);
    for (const icon of [bar.check, bar.warning]) {
      if (icon !== undefined)
        out.push({
          name: `icon:${bar.key}`,
          box: { x: icon.x, y: icon.y, width: icon.size, height: icon.size },
        });
    }
  }
  for (const tick of layout.ticks) out.push({ name: `tick:${tick.text}`, box: tick.box });
  if (layout.legend !== undefined) add([layout.legend.label]);
  return out;
}
