import { css } from 'lit';
import { tokenStyles } from './tokens.styles.js';

/** Hides content visually while keeping it in the accessibility tree (never `display: none`). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/**
 * Layout of the figure frame: header (title + toolbar), summary, states, chart, data table, source line,
 * export menu and keyboard help. Sizes are in em from the host font size (`--ict-font-size`), so page
 * zoom, 200 % text and user styles through `::part` reach inside (ACCESSIBILITY rows 21, 29).
 */
export const frameLayoutStyles = css`
  :host {
    display: block;
    position: relative;
    font-family: var(--_font);
    font-size: var(--ict-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
  }
  :host([hidden]) {
    display: none;
  }
  .figure {
    /* Again inside the shadow tree: a page rule like "* { font: inherit; line-height: 3 }" matches the host
       and wins over :host (issue 7). Pages set these with --ict-font-family or ::part(figure); the host's
       font size is still inherited on purpose (200 % text). */
    font-family: var(--_font);
    line-height: 1.5;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    color: var(--_text);
    background: var(--_bg);
    min-width: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em var(--_gap);
  }
  .title {
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.3;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .summary,
  .summary p,
  ::slotted([slot='description']) {
    margin: 0;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .source {
    margin: 0;
    color: var(--_muted);
    font-size: max(0.875em, 12px);
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  .chart {
    position: relative;
    min-width: 0;
  }
  .chart:empty {
    display: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .button,
  .menuitem,
  .sort-button {
    font: inherit;
    font-size: max(0.875em, 12px);
    line-height: 1.25;
    cursor: pointer;
    /* No colour transition: a theme switch would fade through colours that fail contrast (axe measured
       3.9:1 mid-fade in WebKit). */
  }
  .button {
    /* WCAG 2.5.8: at least 24 × 24 CSS px, also when the text is small. */
    min-height: max(2em, 24px);
    min-width: max(2em, 24px);
    padding: 0.25em 0.75em;
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .button:hover:not(:disabled) {
    color: var(--_bg);
    background: var(--_accent);
  }
  .button:disabled {
    cursor: default;
    color: var(--_muted);
    border-color: var(--_muted);
    border-style: dashed;
  }
  .button:focus-visible,
  .menuitem:focus-visible,
  .sort-button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .key-glyph {
    font-weight: 700;
  }
  .status {
    margin: 0;
    color: var(--_text);
  }
  .status-idle {
    /* Kept in the tree (a live region must exist before its text changes) but takes no space. */
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .error {
    padding: 0.75em 1em;
    border: 2px solid var(--_text);
    border-left-width: 0.5em;
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_bg);
  }
  .error-title {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .error-list {
    margin: 0 0 0.75em;
    padding-left: 1.25em;
    overflow-wrap: anywhere;
  }
  .menu-anchor {
    position: relative;
  }
  .menu {
    position: absolute;
    right: 0;
    top: calc(100% + 0.25em);
    z-index: 2;
    display: flex;
    flex-direction: column;
    min-width: 10em;
    padding: 0.25em 0;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_text);
    border-radius: var(--_radius);
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.25);
  }
  .menuitem {
    display: block;
    width: 100%;
    min-height: max(2em, 24px);
    padding: 0.25em 1em;
    text-align: start;
    color: var(--_text);
    background: var(--_bg);
    border: 0;
  }
  .menuitem:hover,
  .menuitem:focus-visible {
    color: var(--_bg);
    background: var(--_accent);
    outline-offset: -3px;
    outline-color: var(--_bg);
  }
  .table-region {
    min-width: 0;
  }
  .table-pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-top: 0.5em;
  }
  .table-range {
    color: var(--_text);
    font-size: max(0.875em, 12px);
    font-variant-numeric: tabular-nums;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: max(0.875em, 12px);
    color: var(--_text);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
    overflow-wrap: anywhere;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_grid);
    overflow-wrap: anywhere;
  }
  thead th {
    border-bottom: 2px solid var(--_text);
  }
  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .missing {
    font-style: italic;
  }
  .sort-button {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
    min-height: 24px;
    padding: 0;
    font-size: inherit;
    font-weight: 700;
    color: inherit;
    background: none;
    border: 0;
    text-align: inherit;
  }
  .sort-icon {
    color: var(--_muted);
  }
  dialog.help {
    max-width: min(36em, 90vw);
    padding: 1em 1.25em;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_text);
    border-radius: var(--_radius);
  }
  dialog.help::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .help-header {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: 1em;
  }
  .help-title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
  }
  kbd {
    font-family: inherit;
    font-weight: 700;
    padding: 0 0.3em;
    border: 1px solid var(--_muted);
    border-radius: 0.2em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .button,
    .menuitem {
      border: 1px solid ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
    .button:focus-visible,
    .menuitem:focus-visible,
    .sort-button:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
    .error {
      border-color: CanvasText;
    }
  }
`;

/** Everything an element's `static styles` needs for the frame: tokens, layout, visually-hidden. */
export const frameStyles = [tokenStyles, visuallyHidden, frameLayoutStyles];
