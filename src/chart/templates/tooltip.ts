/**
 * The tooltip: an HTML box placed next to the hovered or focused mark (WCAG 1.4.13: hoverable — the
 * pointer can move onto it —, persistent until the pointer or focus leaves, dismissed by Escape). It is
 * `aria-hidden`: its text is the focused item's accessible name and the table's row, so a screen reader
 * never reads it twice.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import type { Rect } from '../geometry/rect.js';

/** What {@link tooltip} shows. */
export interface TooltipView {
  /** The mark the tooltip belongs to (for tests and styling). */
  key: string;
  title: string;
  /** Further lines: the value with its unit, status, qualifier, source… */
  lines: readonly string[];
  /** The mark's box in the plot's CSS px. */
  anchor: Rect;
  /** x in the plot where the tooltip should start (usually the end of the bar). */
  x: number;
  /** Height of the plot, to open upwards near its bottom. */
  plotHeight: number;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** The tooltip, or nothing when `view` is undefined. */
export function tooltip(view: TooltipView | undefined): TemplateResult | typeof nothing {
  if (view === undefined) return nothing;
  const below = view.anchor.y + view.anchor.height + 80 <= view.plotHeight || view.anchor.y < 80;
  const style = {
    // Never wider than the plot and never past its right edge: no horizontal scroll at 320 px.
    left: `max(0px, min(${Math.round(view.x)}px, 100% - min(18em, 100%)))`,
    top: below ? `${view.anchor.y + view.anchor.height}px` : 'auto',
    bottom: below ? 'auto' : `calc(100% - ${view.anchor.y}px)`,
  };
  return html`<div
    class="tooltip"
    part="tooltip"
    aria-hidden="true"
    data-key=${view.key}
    style=${styleProps(style)}
    @pointerenter=${view.onPointerEnter}
    @pointerleave=${view.onPointerLeave}
  >
    <div class="tooltip-title" part="tooltip-title">${view.title}</div>
    ${view.lines.map((line) => html`<div class="tooltip-line">${line}</div>`)}
  </div>`;
}

/** Styles of the tooltip; add to the element's `static styles`. */
export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    z-index: 2;
    box-sizing: border-box;
    width: max-content;
    max-width: min(18em, 100%);
    padding: 0.4em 0.6em;
    border: 1px solid var(--_axis);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_text);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.18);
    font-size: max(12px, 0.9em);
    line-height: 1.35;
    overflow-wrap: anywhere;
    pointer-events: auto;
  }
  .tooltip-title {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .tooltip {
      box-shadow: none;
    }
  }
`;
