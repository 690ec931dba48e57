import { css, unsafeCSS } from 'lit';
import { MAX_CLASSES } from './province-map.geometry.js';

const classNumbers = Array.from({ length: MAX_CLASSES }, (_, i) => i + 1);

/** Fill of each colour class: its colour, or its dotted pattern while patterns are on. Constants only. */
const solidClasses = unsafeCSS(
  classNumbers
    .map(
      (
        n,
      ) => `.unit[data-class='${n}'], .swatch[data-class='${n}'], .islands[data-class='${n}'] { fill: var(--_class-${n}); }
.class-pattern-base[data-class='${n}'] { fill: var(--_pattern-base, var(--_class-${n})); }
.class-pattern-ink[data-class='${n}'] { fill: var(--_pattern-dot, var(--_ink-${n})); }`,
    )
    .join('\n'),
);
/** The pattern fills, each selector under `scope` (`:host([patterns])`, or nothing inside a media query). */
const patternClasses = (scope: string) =>
  unsafeCSS(
    classNumbers
      .map((n) =>
        ['.unit', '.swatch', '.islands']
          .map((el) => `${scope} ${el}[data-class='${n}']`.trim())
          .join(', ')
          .concat(` { fill: url(#ict-map-class-${n}); }`),
      )
      .join('\n'),
  );

/**
 * Styles of `<ict-province-map>`'s visual layer. Colours come from the frame's private tokens (`--_text`,
 * `--_muted`, `--_bg`, `--_focus`) and the class colours the element sets on its SVG (`--_class-N`, from
 * `--ict-map-color-N` or the built-in palette). Patterns (dots that grow with the class) replace the
 * colours with the `patterns` attribute, under `prefers-contrast: more` and in forced colours.
 */
export const provinceMapStyles = css`
  :host {
    --_unit-border: var(--ict-map-border-color, var(--_bg));
  }
  .plot {
    position: relative;
    max-width: 100%;
  }
  .marks {
    display: block;
    overflow: hidden;
  }
  .nav-wrap {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .unit {
    stroke: var(--_unit-border);
    stroke-width: 0.75px;
    stroke-linejoin: round;
  }
  ${solidClasses}
  .unit.nodata,
  .swatch.nodata,
  .islands.nodata {
    fill: url(#ict-map-nodata);
  }
  .nodata-base {
    fill: var(--_bg);
  }
  .nodata-ink {
    stroke: var(--_muted);
    stroke-width: 1.2px;
    fill: none;
  }
  .swatch {
    stroke: var(--_text);
    stroke-width: 1px;
  }
  .outline {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1px;
    stroke-linejoin: round;
  }
  /* The highlight: a thick outline in the text colour on a halo, and a bold "◆ name" label (never colour alone). */
  .highlight-halo {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 6px;
    stroke-linejoin: round;
  }
  .highlight-line {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5px;
    stroke-linejoin: round;
  }
  .highlight-label {
    fill: var(--_text);
    font-family: var(--_font);
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .leader {
    stroke: var(--_text);
    stroke-width: 1px;
  }
  .inset-frame {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  .islands {
    /* Reefs are under a pixel wide even in the inset: a round stroke makes each one a visible dot. */
    stroke: var(--_text);
    stroke-width: 1.2px;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .inset-label,
  .legend-title,
  .legend-text {
    fill: var(--_text);
    font-family: var(--_font);
  }
  .attribution {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: max(0.75em, 12px);
    overflow-wrap: anywhere;
  }
  .attribution a {
    color: var(--_accent);
  }
  .map-ring {
    fill: none;
    stroke-linejoin: round;
  }
  .map-ring-halo {
    fill: none;
    stroke-width: 7px;
    stroke-linejoin: round;
  }
  circle.focus-ring,
  rect.focus-ring {
    fill: none;
  }
  .focus-ring {
    stroke: var(--_focus);
  }
  .focus-halo {
    stroke: var(--_focus-halo, var(--_bg));
  }
  :host([patterns]) {
    --_unit-border: var(--_text);
  }
  ${patternClasses(':host([patterns])')}
  @media (prefers-contrast: more) {
    :host {
      --_unit-border: var(--_text);
    }
    ${patternClasses('')}
  }
  /* New values fade in for those who do not ask for reduced motion (200 ms–2 s, row 27). */
  @media (prefers-reduced-motion: no-preference) {
    .plot:not([data-motion='reduce']) .unit {
      transition: fill 300ms ease-out;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_unit-border: CanvasText;
      --_pattern-base: Canvas;
      --_pattern-dot: CanvasText;
    }
    ${patternClasses('')}
    .nodata-base,
    .inset-frame {
      fill: Canvas;
    }
    .nodata-ink,
    .outline,
    .swatch,
    .islands,
    .leader,
    .highlight-line {
      stroke: CanvasText;
    }
    .highlight-halo {
      stroke: Canvas;
    }
    .inset-label,
    .legend-title,
    .legend-text,
    .highlight-label {
      fill: CanvasText;
    }
    .highlight-label {
      stroke: Canvas;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .focus-halo {
      stroke: Canvas;
    }
  }
`;
