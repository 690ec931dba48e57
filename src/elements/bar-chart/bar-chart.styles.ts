import { css } from 'lit';

/**
 * Styles of `<ict-bar-chart>`'s visual layer. Colours come from the frame's private tokens (`--_text`,
 * `--_muted`, `--_bg`, `--_fill-1`…), set by the public `--ict-*` custom properties.
 */
export const barChartStyles = css`
  .plot {
    position: relative;
    max-width: 100%;
  }
  .marks {
    display: block;
    overflow: visible;
  }
  .bar {
    stroke-width: 1px;
  }
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
  .bar-label,
  .value-label {
    fill: var(--_text);
    font-family: var(--_font);
  }
  .bar-label.highlighted,
  .value-label.highlighted {
    font-weight: 700;
  }
  .value-label.missing {
    fill: var(--_muted);
    font-style: italic;
  }
  .unit-label {
    fill: var(--_muted);
    font-family: var(--_font);
  }
  .tick-label {
    fill: var(--_muted);
    font-family: var(--_font);
  }
  .gridline {
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
  /* Bars grow to a new value only for those who do not ask for reduced motion (200 ms–2 s, row 27). */
  @media (prefers-reduced-motion: no-preference) {
    .plot:not([data-motion='reduce']) .bar {
      transition:
        width 300ms ease-out,
        x 300ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .bar-label,
    .value-label,
    .unit-label,
    .tick-label {
      fill: CanvasText;
    }
    .placeholder,
    .bar.highlighted {
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
