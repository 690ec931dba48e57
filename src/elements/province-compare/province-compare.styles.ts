import { css } from 'lit';

/**
 * Styles of `<ict-province-compare>`'s visual layer. Colours come from the frame's private tokens (`--_text`,
 * `--_muted`, `--_bg`, `--_fill-1`…), set by the public `--ict-*` custom properties. Texts carry a halo in
 * the background colour (`paint-order: stroke`) so a reference line crossing a name or a value never makes
 * it hard to read; lines carry a halo too, so they stay visible across bars of any colour.
 */
export const provinceCompareStyles = css`
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
  .bar.highlighted,
  .point.highlighted {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .point {
    stroke: var(--_bg);
    stroke-width: 1px;
  }
  .guide {
    stroke: var(--_grid);
    stroke-width: 1px;
    stroke-dasharray: 1 3;
  }
  .placeholder {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1px;
    stroke-dasharray: 4 3;
  }
  .placeholder.highlighted {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .bar-label,
  .value-label,
  .section-heading,
  .reference-label {
    fill: var(--_text);
    font-family: var(--_font);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .bar-label.highlighted,
  .value-label.highlighted,
  .section-heading {
    font-weight: 700;
  }
  .value-label.missing {
    fill: var(--_muted);
    font-style: italic;
  }
  .unit-label,
  .tick-label {
    fill: var(--_muted);
    font-family: var(--_font);
  }
  .reference-line {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .reference-line.ref-mean {
    stroke-dasharray: 6 4;
  }
  .reference-line.ref-median {
    stroke-dasharray: 2 3;
  }
  .reference-halo {
    stroke: var(--_bg);
    stroke-width: 4px;
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
  .notes {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    color: var(--_muted);
    font-size: max(0.875em, 12px);
    overflow-wrap: anywhere;
  }
  .message {
    margin: 0;
    padding: 0.75em 1em;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  /* Marks move to a new value only for those who do not ask for reduced motion (200 ms–2 s, row 27). */
  @media (prefers-reduced-motion: no-preference) {
    .plot:not([data-motion='reduce']) .bar {
      transition:
        width 300ms ease-out,
        x 300ms ease-out;
    }
    .plot:not([data-motion='reduce']) circle.point {
      transition: cx 300ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .bar-label,
    .value-label,
    .unit-label,
    .tick-label,
    .section-heading,
    .reference-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .placeholder,
    .bar.highlighted,
    .point.highlighted,
    .reference-line {
      stroke: CanvasText;
    }
    .reference-halo,
    .point {
      stroke: Canvas;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .focus-halo {
      stroke: Canvas;
    }
    .message {
      border-color: CanvasText;
    }
  }
`;
