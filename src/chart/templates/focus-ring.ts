/**
 * The focus ring, drawn by us in SVG on top of everything (ACCESSIBILITY row 15). A CSS outline on an
 * invisible treeitem would show in some engines and not others (Safari draws none on SVG, WebKit traces
 * geometry); this ring is the same everywhere: a 3 px ring in the theme's focus colour (`--ict-focus-color`)
 * with a 2 px halo in the background colour inside it, so it keeps 3:1 against the background on one side
 * and the mark on the other. In forced colours the theme makes it `Highlight` on `Canvas`.
 */
import { css, nothing, svg, type TemplateResult } from 'lit';
import { outsetRect, type Rect } from '../geometry/rect.js';

/** Width of the ring's stroke, CSS px (WCAG 2.4.11 / Chartability: at least 2). */
export const FOCUS_RING_WIDTH = 3;

/**
 * An SVG overlay the size of the plot with one ring per rectangle (one for a mark, one per mark of a
 * focused group). Draw it after the navigation layer so nothing covers it.
 */
export function focusRing(rects: readonly Rect[], box: { width: number; height: number }): TemplateResult {
  return svg`<svg
    class="focus-layer"
    aria-hidden="true"
    width=${box.width}
    height=${box.height}
    viewBox="0 0 ${box.width} ${box.height}"
  >${
    rects.length === 0
      ? nothing
      : rects.map((r) => {
          const ring = outsetRect(r, 0);
          return svg`<rect class="focus-halo" x=${ring.x + 2} y=${ring.y + 2} width=${Math.max(0, ring.width - 4)} height=${Math.max(0, ring.height - 4)} rx="3"></rect><rect class="focus-ring" part="focus-ring" x=${ring.x} y=${ring.y} width=${ring.width} height=${ring.height} rx="4" stroke-width=${FOCUS_RING_WIDTH}></rect>`;
        })
  }</svg>`;
}

/** Styles of the ring; add to the element's `static styles`. */
export const focusRingStyles = css`
  .focus-layer {
    position: absolute;
    inset: 0;
    overflow: visible;
    pointer-events: none;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: ${FOCUS_RING_WIDTH}px;
    /* the ring is hit-testable so nothing can claim to be on top of it */
    pointer-events: visibleStroke;
  }
  .focus-halo {
    fill: none;
    stroke: var(--_focus-halo);
    stroke-width: 2px;
    pointer-events: none;
  }
`;
