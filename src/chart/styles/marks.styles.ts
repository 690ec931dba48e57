import { css, unsafeCSS } from 'lit';
import { SERIES_COUNT } from './palette.js';

const range = Array.from({ length: SERIES_COUNT }, (_, i) => i + 1);
const seriesRules = unsafeCSS(
  range
    .map(
      (n) => `.ict-series-${n} { fill: var(--_fill-${n}); stroke: var(--_mark-stroke, none); }
.ict-series-stroke-${n} { stroke: var(--_color-${n}); fill: none; }
.ict-pattern-base-${n} { fill: var(--_pattern-bg, var(--_color-${n})); }`,
    )
    .join('\n'),
);

/**
 * Styles for the SVG visual layer, read by the elements' marks:
 * - `.ict-series-N` (1–8): fill of a mark of series N (solid, or its pattern while patterns are on), with
 *   a 1 px outline in `--_mark-stroke` when patterns or forced colours need one;
 * - `.ict-series-stroke-N`: a line of series N;
 * - `.ict-axis`, `.ict-grid`: axis lines and gridlines; `.ict-label`: SVG text (never under 12 px);
 * - the pattern tiles of `patternDefs()`.
 */
export const markStyles = css`
  ${seriesRules}
  .ict-pattern-ink {
    stroke: var(--_pattern-ink);
    fill: none;
  }
  .ict-pattern-ink .dot {
    fill: var(--_pattern-ink);
    stroke: none;
  }
  [class*='ict-series-'] {
    stroke-width: 1px;
  }
  .ict-axis {
    stroke: var(--_axis);
    stroke-width: 1px;
    fill: none;
  }
  .ict-grid {
    stroke: var(--_grid);
    stroke-width: 1px;
    fill: none;
  }
  .ict-label {
    fill: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-small);
  }
  .ict-label-muted {
    fill: var(--_muted);
    font-family: var(--_font);
    font-size: var(--_font-small);
  }
  @media (prefers-reduced-motion: reduce) {
    [class*='ict-'] {
      transition: none !important;
      animation: none !important;
    }
  }
`;
