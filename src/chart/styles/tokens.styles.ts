import { css, unsafeCSS, type CSSResult } from 'lit';
import { DARK_PALETTE, DARK_SCHEME, LIGHT_PALETTE, LIGHT_SCHEME, SERIES_COUNT } from './palette.js';

const range = Array.from({ length: SERIES_COUNT }, (_, i) => i + 1);

/** `--_name: var(--ict-name, fallback)` lines for one scheme. Constants only: nothing user-given reaches unsafeCSS. */
function scheme(colors: typeof LIGHT_SCHEME | typeof DARK_SCHEME, palette: readonly string[]): CSSResult {
  return unsafeCSS(
    [
      `--_text: var(--ict-text-color, ${colors.text});`,
      `--_muted: var(--ict-muted-color, ${colors.muted});`,
      `--_bg: var(--ict-background, ${colors.background});`,
      `--_accent: var(--ict-accent, ${colors.accent});`,
      `--_focus: var(--ict-focus-color, ${colors.focus});`,
      `--_axis: var(--ict-axis-color, ${colors.axis});`,
      `--_grid: var(--ict-grid-color, ${colors.grid});`,
      ...range.map((n) => `--_color-${n}: var(--ict-color-${n}, ${palette[n - 1]});`),
    ].join('\n'),
  );
}

const solidFills = unsafeCSS(range.map((n) => `--_fill-${n}: var(--_color-${n});`).join('\n'));
const patternFills = unsafeCSS(range.map((n) => `--_fill-${n}: url(#ict-pattern-${n});`).join('\n'));
const systemColors = unsafeCSS(range.map((n) => `--_color-${n}: CanvasText;`).join('\n'));

/**
 * The theme: public `--ict-*` custom properties (set on the element or any ancestor) feed private `--_*`
 * locals that every other style reads.
 *
 * Public tokens: `--ict-font-family`, `--ict-font-size` (default 1rem; every size inside is in em),
 * `--ict-text-color`, `--ict-muted-color`, `--ict-background`, `--ict-accent`, `--ict-focus-color`,
 * `--ict-axis-color`, `--ict-grid-color`, `--ict-color-1` … `--ict-color-8`, `--ict-radius`, `--ict-gap`.
 *
 * Schemes: light by default, dark under `prefers-color-scheme: dark`; the `theme="light|dark"` attribute
 * wins over the media query. Patterns (`--_fill-N` = `url(#ict-pattern-N)`) switch on with the `patterns`
 * attribute, `prefers-contrast: more` and forced colours, where every colour becomes a system colour.
 */
export const tokenStyles = css`
  :host {
    --_font: var(
      --ict-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_radius: var(--ict-radius, 0.25em);
    --_gap: var(--ict-gap, 0.75em);
    /* Chartability: no text under 12 px, whatever the host size. */
    --_font-small: max(0.75em, 12px);
    /* Pattern tiles: the series colour under stripes of the background colour. */
    --_pattern-ink: var(--_bg);
    --_focus-halo: var(--_bg);
    ${scheme(LIGHT_SCHEME, LIGHT_PALETTE)}
    ${solidFills}
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${scheme(DARK_SCHEME, DARK_PALETTE)}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${scheme(DARK_SCHEME, DARK_PALETTE)}
    color-scheme: dark;
  }
  :host([patterns]) {
    ${patternFills}
    --_mark-stroke: var(--_text);
  }
  @media (prefers-contrast: more) {
    :host {
      ${patternFills}
      --_mark-stroke: var(--_text);
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_accent: LinkText;
      --_focus: Highlight;
      --_focus-halo: Canvas;
      --_axis: CanvasText;
      --_grid: GrayText;
      --_mark-stroke: CanvasText;
      --_pattern-bg: Canvas;
      --_pattern-ink: CanvasText;
      ${systemColors}
      ${patternFills}
    }
  }
`;
