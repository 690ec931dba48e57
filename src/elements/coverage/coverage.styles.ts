import { css } from 'lit';

/**
 * Styles of `<ict-coverage>`'s visual layer. Colours come from the frame's private tokens (`--_text`,
 * `--_muted`, `--_bg`, `--_fill-1`…), set by the public `--ict-*` custom properties; the element adds
 * `--ict-track-color` (outline of the 0–100 % track) and `--ict-target-color` (the target tick).
 */
export const coverageStyles = css`
  :host {
    /* The track outline must keep 3:1 against the background (WCAG 1.4.11): the axis colour does. */
    --_track: var(--ict-track-color, var(--_axis));
    --_target: var(--ict-target-color, var(--_text));
  }
  .plot {
    position: relative;
    max-width: 100%;
  }
  .marks {
    display: block;
    overflow: visible;
  }
  .track {
    fill: var(--_bg);
    stroke: var(--_track);
    stroke-width: 1px;
  }
  .track.missing {
    fill: none;
    stroke-dasharray: 4 3;
  }
  .track.highlighted {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .fill {
    stroke-width: 1px;
  }
  .section-label,
  .row-label,
  .tier-label,
  .value-label,
  .target-label {
    fill: var(--_text);
    font-family: var(--_font);
  }
  .section-label,
  .row-label {
    font-weight: 700;
  }
  .tier-label.highlighted,
  .value-label.highlighted {
    font-weight: 700;
  }
  .no-data {
    fill: var(--_muted);
    font-family: var(--_font);
    font-style: italic;
  }
  .target-tick {
    stroke: var(--_target);
    stroke-width: 2px;
  }
  /* A halo keeps the tick visible on the filled part of the track. */
  .target-halo {
    stroke: var(--_bg);
    stroke-width: 4px;
  }
  .check {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2px;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .warning-sign {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5px;
    stroke-linejoin: round;
  }
  .warning-sign-mark {
    fill: var(--_text);
  }
  .tick-label {
    fill: var(--_muted);
    font-family: var(--_font);
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
  .range-warning {
    margin: 0.5em 0 0;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .range-warning-sign {
    font-weight: 700;
  }
  /* A new value fills the track over 300 ms (200 ms–2 s, row 27); never for reduced motion. */
  @media (prefers-reduced-motion: no-preference) {
    .plot:not([data-motion='reduce']) .fill {
      transition: width 300ms ease-out;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_track: CanvasText;
      --_target: CanvasText;
    }
    .section-label,
    .row-label,
    .tier-label,
    .value-label,
    .target-label,
    .tick-label,
    .no-data,
    .warning-sign-mark {
      fill: CanvasText;
    }
    .track {
      fill: Canvas;
    }
    .check,
    .warning-sign,
    .track.highlighted {
      stroke: CanvasText;
    }
    .target-halo {
      stroke: Canvas;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .focus-halo {
      stroke: Canvas;
    }
    .range-warning {
      color: CanvasText;
    }
  }
`;
