import { svg, type TemplateResult } from 'lit';
import { SERIES_COUNT } from './palette.js';

/** The id of pattern `n` (1–8), for `fill="url(#…)"`; the styles' `--_fill-N` locals point at these. */
export function patternId(n: number): string {
  return `ict-pattern-${n}`;
}

/** Tile size in user units: small enough to read as texture on a 24 px bar, large enough to see. */
const TILE = 8;

/**
 * The ink of each tile (drawn over the series colour): eight textures that differ in direction and shape,
 * so series stay apart in grey scale and forced colours (ACCESSIBILITY rows 22, 24, 25).
 */
const INK: readonly (() => TemplateResult)[] = [
  () => svg`<path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" stroke-width="2"></path>`, // diagonal /
  () => svg`<path d="M-1,7 l2,2 M0,0 l8,8 M7,-1 l2,2" stroke-width="2"></path>`, // diagonal \
  () => svg`<path d="M0,4 h8" stroke-width="2"></path>`, // horizontal
  () => svg`<path d="M4,0 v8" stroke-width="2"></path>`, // vertical
  () => svg`<circle cx="4" cy="4" r="1.8" class="dot"></circle>`, // dots
  () => svg`<path d="M0,4 h8 M4,0 v8" stroke-width="1.5"></path>`, // grid
  () => svg`<path d="M0,0 l8,8 M8,0 l-8,8" stroke-width="1.5"></path>`, // cross-hatch
  () =>
    svg`<rect x="0" y="0" width="4" height="4" class="dot"></rect><rect x="4" y="4" width="4" height="4" class="dot"></rect>`, // checks
];

const ALL_SERIES: readonly number[] = Array.from({ length: SERIES_COUNT }, (_, i) => i + 1);

/**
 * `<pattern id="ict-pattern-N">` definitions to place once inside the chart's `<svg>` (in `<defs>`), for the
 * series `series` (1–8, in any order, repeats allowed; all eight when omitted). Pass the series the marks fill
 * (class `ict-series-N`): a tile nobody uses is 4–5 elements, and 50 small line charts carried 34 each.
 * Each tile is the series colour (`--_color-N`, or `--_pattern-bg` in forced colours) with ink in
 * `--_pattern-ink` (classes styled by `markStyles`; no inline style, so a strict CSP is fine). Marks use them
 * through `fill: var(--_fill-N)` (class `ict-series-N`), which points at the pattern only while patterns are on.
 *
 * @example
 * ```ts
 * svg`<svg aria-hidden="true"><defs>${patternDefs([1])}</defs><rect class="ict-series-1" …></rect></svg>`
 * ```
 */
export function patternDefs(series: Iterable<number> = ALL_SERIES): TemplateResult {
  const wanted = new Set(series);
  return svg`${ALL_SERIES.filter((n) => wanted.has(n)).map(
    (
      n,
    ) => svg`<pattern id=${patternId(n)} class="ict-pattern" patternUnits="userSpaceOnUse" width=${TILE} height=${TILE}>
      <rect class=${`ict-pattern-base ict-pattern-base-${n}`} width=${TILE} height=${TILE}></rect>
      <g class="ict-pattern-ink">${INK[n - 1]()}</g>
    </pattern>`,
  )}`;
}
