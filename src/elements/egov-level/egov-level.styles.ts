import { css, unsafeCSS } from 'lit';
import { SERIES_COUNT } from '../../chart/styles/palette.js';

const range = Array.from({ length: SERIES_COUNT }, (_, i) => i + 1);
/** Constants only: nothing user-given reaches unsafeCSS. */
const patternFills = unsafeCSS(range.map((n) => `--_fill-${n}: url(#ict-pattern-${n});`).join('\n'));

/**
 * Styles of `<ict-egov-level>`'s visual layer. Colours come from the frame's private tokens (`--_text`,
 * `--_muted`, `--_bg`, `--_fill-N`…), set by the public `--ict-*` custom properties.
 *
 * Levels are always told apart by pattern as well as colour (and by their direct labels and the legend),
 * so the patterns are on whatever the `patterns` attribute says. Stacked segments are split by a 1 px gap
 * in the background colour (WCAG 1.4.11, technique G209).
 */
export const egovLevelStyles = css`
  :host {
    ${patternFills}
  }
  .plot {
    position: relative;
    max-width: 100%;
  }
  /* The navigation layer's wrapper takes no box: the layer is placed against .plot. */
  .nav-depth {
    display: contents;
  }
  .marks {
    display: block;
    overflow: visible;
  }
  .segment {
    stroke: var(--_bg);
    stroke-width: 1px;
  }
  .segment.highlighted {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .swatch {
    stroke: var(--_text);
    stroke-width: 1px;
  }
  .swatch-missing,
  .placeholder {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1px;
    stroke-dasharray: 4 3;
  }
  .track {
    fill: none;
    stroke: var(--_axis);
    stroke-width: 1px;
  }
  .row-label,
  .direct-label,
  .total,
  .legend-label,
  .panel-title {
    fill: var(--_text);
    font-family: var(--_font);
  }
  /* Direct labels may cross gridlines: a halo in the background colour keeps them readable. */
  .row-label,
  .direct-label,
  .total {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .panel-title.strong,
  .row-label.highlighted,
  .direct-label.highlighted,
  .total.highlighted {
    font-weight: 700;
  }
  .direct-label.missing {
    fill: var(--_muted);
    font-style: italic;
  }
  .note {
    fill: var(--_muted);
    font-family: var(--_font);
    font-style: italic;
  }
  .unit-label,
  .tick-label {
    fill: var(--_muted);
    font-family: var(--_font);
  }
  .gridline {
    fill: none;
    stroke: var(--_grid);
    stroke-opacity: 0.5;
  }
  .axis-line,
  .zero-line,
  .tick {
    stroke: var(--_axis);
  }
  .focus-ring {
    stroke: var(--_focus);
  }
  .focus-halo {
    stroke: var(--_focus-halo, var(--_bg));
  }
  /* Segments move to new values only for those who do not ask for reduced motion (200 ms–2 s, row 27). */
  @media (prefers-reduced-motion: no-preference) {
    .plot:not([data-motion='reduce']) .segment {
      transition:
        width 300ms ease-out,
        x 300ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .row-label,
    .direct-label,
    .total,
    .legend-label,
    .panel-title,
    .note,
    .unit-label,
    .tick-label {
      fill: CanvasText;
    }
    .row-label,
    .direct-label,
    .total {
      stroke: Canvas;
    }
    .segment,
    .segment.highlighted,
    .swatch,
    .swatch-missing,
    .placeholder,
    .track {
      stroke: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .focus-halo {
      stroke: Canvas;
    }
  }
`;
