import { css } from 'lit';

/**
 * Styles of `<ict-subscriber-density>`'s visual layer and key. Colours come from the frame's private
 * tokens (`--_text`, `--_muted`, `--_bg`, `--_color-N`, `--_fill-N`…), which the public `--ict-*` custom
 * properties set. What tells marks apart never rests on colour alone: the compared place is hollow and
 * dashed, the national figure dotted and labelled, a plan is a black tick, and every line has its own
 * marker shape and a direct label.
 */
export const subscriberDensityStyles = css`
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
  .marker.highlighted {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  /* The compared place: hollow, outlined in its type's colour with a dash. */
  .bar.compare {
    fill: var(--_bg);
    stroke-width: 2px;
    stroke-dasharray: 5 3;
  }
  /* The national figure: hollow, dotted, in the muted text colour (labelled "Cả nước"). */
  .bar.national {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: 2px;
    stroke-dasharray: 2 2;
  }
  .placeholder {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1px;
    stroke-dasharray: 4 3;
  }
  .target-tick {
    stroke: var(--_text);
    stroke-width: 3px;
    stroke-linecap: butt;
  }
  .reference-line,
  .reference-sample {
    stroke: var(--_text);
    stroke-width: 1.5px;
    stroke-dasharray: 6 4;
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
  .line.compare {
    stroke-dasharray: 7 4;
  }
  .line.national {
    stroke: var(--_muted);
    stroke-width: 2px;
    stroke-dasharray: 2 3;
  }
  .marker.main {
    stroke: var(--_bg);
    stroke-width: 1px;
  }
  .marker.compare {
    fill: var(--_bg);
    stroke-width: 2px;
  }
  .marker.national {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: 1.5px;
  }
  .missing-marker {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: 1.5px;
    stroke-dasharray: 2 2;
  }
  .leader {
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  /* A halo in the background colour keeps text readable where it crosses a gridline or a reference line. */
  .marks text {
    font-family: var(--_font);
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .marks .t-note,
  .marks .t-end-note,
  .marks .t-tick,
  .marks .t-unit,
  .marks .t-missing-note,
  .marks .t-missing {
    fill: var(--_muted);
  }
  .marks .t-missing,
  .marks .t-missing-note {
    font-style: italic;
  }
  .marks .t-header,
  .marks .t-type,
  .marks .highlighted-text {
    font-weight: 700;
  }
  .marks .t-end {
    font-weight: 600;
  }
  .marks .t-end.highlighted-text {
    font-weight: 700;
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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    color: var(--_text);
    font-size: max(0.875em, 12px);
  }
  .legend-title {
    font-weight: 600;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend svg {
    flex: none;
    overflow: visible;
  }
  .swatch {
    stroke-width: 1px;
  }
  /* Values grow to a new value only for those who do not ask for reduced motion (200 ms–2 s, row 27). */
  @media (prefers-reduced-motion: no-preference) {
    .plot:not([data-motion='reduce']) .bar {
      transition:
        width 300ms ease-out,
        height 300ms ease-out,
        x 300ms ease-out,
        y 300ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .marks text {
      stroke: Canvas;
    }
    .marks text,
    .marks .t-note,
    .marks .t-end-note,
    .marks .t-tick,
    .marks .t-unit,
    .marks .t-missing,
    .marks .t-missing-note {
      fill: CanvasText;
    }
    .placeholder,
    .bar.highlighted,
    .bar.national,
    .line.national,
    .marker.national,
    .missing-marker,
    .target-tick,
    .reference-line,
    .reference-sample,
    .leader {
      stroke: CanvasText;
    }
    .bar.compare,
    .bar.national,
    .marker.compare,
    .marker.national,
    .missing-marker {
      fill: Canvas;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .focus-halo {
      stroke: Canvas;
    }
    .legend {
      color: CanvasText;
    }
  }
`;
