/** The value axis of a horizontal bar chart: the baseline, tick lines, gridlines and tick labels. */
import { css, nothing, svg, type TemplateResult } from 'lit';
import type { Rect } from '../geometry/rect.js';
import type { TickMark } from '../geometry/ticks.js';

/** What {@link valueAxis} draws. */
export interface AxisView {
  ticks: readonly TickMark[];
  /** The axis line. */
  axis: { y: number; x1: number; x2: number };
  /** Gridlines run over this box. */
  plot: Rect;
  /** x of the zero line, drawn stronger. */
  zeroX: number;
  fontSize: number;
}

/** Gridlines (draw before the marks) and the axis with labels (draw after them). */
export function valueAxis(view: AxisView): { grid: TemplateResult; axis: TemplateResult } {
  const grid = svg`<g class="grid">${view.ticks.map(
    (t) => svg`<line class="gridline" x1=${t.x} x2=${t.x} y1=${view.plot.y} y2=${view.axis.y}></line>`,
  )}</g>`;
  const axis = svg`<g class="axis" part="axis">
    <line class="axis-line" x1=${Math.min(view.axis.x1, view.zeroX)} x2=${view.axis.x2} y1=${view.axis.y} y2=${view.axis.y}></line>
    <line class="zero-line" x1=${view.zeroX} x2=${view.zeroX} y1=${view.plot.y} y2=${view.axis.y}></line>
    ${view.ticks.map(
      (t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${view.axis.y} y2=${view.axis.y + 5}></line>
      <text class="tick-label" part="axis-label" x=${t.textX} y=${t.box.y + view.fontSize} text-anchor=${t.anchor} font-size=${view.fontSize}>${t.text}</text>`,
    )}
  </g>`;
  return { grid, axis };
}

/** Room under the value axis for the unit's caption ("người", "%"). */
export const UNIT_CAPTION_HEIGHT = 22;

/** The size of a plot of `layout`'s size with the unit's caption under its axis (none for an empty unit). */
export function plotBoxWithUnit(
  layout: { width: number; height: number },
  unit: string,
): { width: number; height: number } {
  return { width: layout.width, height: layout.height + (unit === '' ? 0 : UNIT_CAPTION_HEIGHT) };
}

/** The unit's caption under the right end of the value axis; nothing for an empty unit. */
export function unitCaption(
  layout: { height: number; axis: { x2: number } },
  unit: string,
  fontSize: number,
): TemplateResult | typeof nothing {
  return unit === ''
    ? nothing
    : svg`<text class="unit-label" part="axis-label" x=${layout.axis.x2} y=${layout.height + UNIT_CAPTION_HEIGHT - 6} text-anchor="end" font-size=${fontSize}>${unit}</text>`;
}

/** Styles of the axis; add to the element's `static styles`. */
export const axisStyles = css`
  .gridline {
    stroke: var(--_grid);
    stroke-width: 1px;
  }
  .axis-line,
  .zero-line,
  .tick {
    stroke: var(--_axis);
    stroke-width: 1px;
  }
  .tick-label {
    fill: var(--_muted);
  }
`;
