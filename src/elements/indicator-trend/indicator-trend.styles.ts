import { css, unsafeCSS } from 'lit';
import { SERIES_COUNT } from '../../chart/styles/palette.js';

/** `.series-fill-N`: a marker's solid colour (markers are too small for a pattern to read). */
const seriesFills = unsafeCSS(
  Array.from(
    { length: SERIES_COUNT },
    (_, i) => `.series-fill-${i + 1} { fill: var(--_color-${i + 1}); }`,
  ).join('\n'),
);

/**
 * Styles of `<ict-indicator-trend>`'s visual layer. Colours come from the frame's private tokens (`--_text`,
 * `--_muted`, `--_bg`, `--_color-N`, `--_fill-N`), set by the public `--ict-*` custom properties. Series
 * differ by dash, marker shape and direct labels as well as colour, so forced colours (every colour
 * `CanvasText`) keep them apart.
 */
export const indicatorTrendStyles = css`
  ${seriesFills}
  .plot {
    position: relative;
    max-width: 100%;
  }
  .marks {
    display: block;
    overflow: visible;
  }
  text {
    font-family: var(--_font);
    fill: var(--_text);
  }
  .t-tick,
  .t-unit,
  .t-change,
  .t-status,
  .t-missing {
    fill: var(--_muted);
  }
  .t-missing {
    font-style: italic;
  }
  .t-headline,
  .highlighted {
    font-weight: 700;
  }
  .column,
  .bar {
    stroke-width: 1px;
  }
  .column.estimate,
  .bar.estimate {
    stroke: var(--_text);
    stroke-width: 2px;
    stroke-dasharray: 4 3;
  }
  /* A plan is not an outcome: hollow, dashed, in the series colour. */
  .column.target {
    fill: none;
    stroke: var(--_color-1);
    stroke-width: 2px;
    stroke-dasharray: 6 3;
  }
  .column.highlighted,
  .bar.highlighted {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .placeholder {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1px;
    stroke-dasharray: 4 3;
  }
  .line {
    fill: none;
    stroke-width: 2.5px;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line.highlighted {
    stroke-width: 4px;
  }
  .marker {
    stroke: var(--_bg);
    stroke-width: 1px;
  }
  .marker.highlighted {
    stroke: var(--_text);
    stroke-width: 1.5px;
  }
  .missing-mark {
    stroke: var(--_muted);
    stroke-width: 2px;
    fill: none;
  }
  .plan-marker {
    stroke: var(--_text);
    stroke-width: 4px;
  }
  .connector {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .arrow {
    fill: var(--_text);
  }
  .dot-before {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .dot-after {
    fill: var(--_color-1);
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .gridline {
    stroke: var(--_grid);
    stroke-opacity: 0.5;
  }
  .axis-line,
  .tick {
    stroke: var(--_axis);
    stroke-width: 1px;
  }
  .focus-ring {
    stroke: var(--_focus);
  }
  .focus-halo {
    stroke: var(--_focus-halo, var(--_bg));
  }
  /* Columns and bars grow to a new value, for those who do not ask for reduced motion (200 ms–2 s). */
  @media (prefers-reduced-motion: no-preference) {
    .plot:not([data-motion='reduce']) .column,
    .plot:not([data-motion='reduce']) .bar {
      transition:
        height 300ms ease-out,
        y 300ms ease-out,
        width 300ms ease-out,
        x 300ms ease-out;
    }
  }
  @media (forced-colors: active) {
    text,
    .t-tick,
    .t-unit,
    .t-change,
    .t-status,
    .t-missing {
      fill: CanvasText;
    }
    .placeholder,
    .missing-mark,
    .column.highlighted,
    .bar.highlighted,
    .column.estimate,
    .bar.estimate,
    .plan-marker,
    .connector,
    .dot-before,
    .dot-after {
      stroke: CanvasText;
    }
    .column.target {
      stroke: CanvasText;
    }
    .arrow {
      fill: CanvasText;
    }
    .dot-before,
    .marker {
      stroke: Canvas;
    }
    .dot-before {
      fill: Canvas;
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
