import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Era } from '../core/indicator/types.js';
import type { DataInputs } from './controllers/data-controller.js';
import { pendingWork } from './controllers/pending-work.js';

/**
 * The public properties every indicator chart shares (data input, title, highlight, toolbar switches,
 * theme). Declarations only: behaviour comes from the controllers each element composes (size, locale,
 * data, figure, navigation, tooltip), so an element takes what it needs and nothing else.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart header - The title, the summary and the toolbar.
 * @csspart title - The title heading.
 * @csspart summary - The generated summary (or the slotted description).
 * @csspart toolbar - The row of buttons: table, keyboard help, download.
 * @csspart button - Every button of the frame (also named by one of the parts below).
 * @csspart table-toggle - The button that shows and hides the data table.
 * @csspart help-button - The button that opens the keyboard help.
 * @csspart export-button - The download menu's button.
 * @csspart menu - The download menu.
 * @csspart menuitem - One format in the download menu.
 * @csspart status - The loading, drawing and empty states.
 * @csspart error - The error state (`role="alert"`).
 * @csspart error-title - The error's heading.
 * @csspart error-list - The list of problems in the data.
 * @csspart error-message - One problem.
 * @csspart retry-button - The error's Retry button.
 * @csspart table - The data table.
 * @csspart caption - The data table's caption (with the rows shown, when the table is paged).
 * @csspart table-header - A column header of the data table.
 * @csspart sort-button - A column header's sort button (while the table is shown).
 * @csspart row-header - The first cell of a row.
 * @csspart cell - Any other cell.
 * @csspart table-pager - The pager of a table of more than 100 rows (while the table is shown).
 * @csspart table-page-button - The pager's previous and next buttons.
 * @csspart source - The source line.
 * @csspart source-link - A link to a source.
 * @csspart help-dialog - The keyboard help dialog.
 * @csspart help-title - Its heading.
 * @csspart help-intro - Its introduction.
 * @csspart help-table - Its table of keys.
 * @csspart key - A key in that table.
 * @csspart help-close - Its Close button.
 * @csspart live - The polite live region of data updates (visually hidden).
 * @csspart nav-group - A group item of the navigation tree (a region, a series, a range).
 * @csspart tooltip-title - The first line of the tooltip (the mark's place and period).
 * @csspart deferred-plot - The empty box that holds the plot's place while a `loading="lazy"` chart waits to draw it.
 */
export abstract class IctChartElement extends LitElement {
  /** The data: an indicator document (object) or its JSON text. Wins over `src` and an inline `<script type="application/json">` child. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a JSON or CSV indicator document to fetch (aborted when it changes; the last request wins). */
  @property() src?: string;

  /** Id of the indicator to draw when the document has several; default the first one that fits the element. */
  @property() indicator?: string;

  /** Title of the figure; default the indicator's name in the current language. */
  @property() label?: string;

  /**
   * The author's title, when there is one: `label` as a non-empty string. Removing the attribute sets
   * `label` to `null` (lit), which must fall back to the indicator's name like an absent label.
   */
  protected get authorLabel(): string | undefined {
    return typeof this.label === 'string' && this.label !== '' ? this.label : undefined;
  }

  /** Province code to highlight: outlined, bold and marked "◆" (never by colour alone). */
  @property() highlight?: string;

  /** Era of the `highlight` code, `2008-2025` or `2025-`, for codes that changed meaning in 2025; default any era. */
  @property({ attribute: 'highlight-era' }) highlightEra?: Era;

  /** Level (1–6) of the title heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hides the export menu (SVG, PNG, CSV). */
  @property({ type: Boolean, attribute: 'no-export' }) noExport = false;

  /** Hides the data table and its toggle (the CSV export still works). */
  @property({ type: Boolean, attribute: 'no-table' }) noTable = false;

  /** Fills the marks with patterns as well as colour (always on under `prefers-contrast: more` and forced colours). */
  @property({ type: Boolean, reflect: true }) patterns = false;

  /** Colour scheme: `light` or `dark`; default follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Accept Vietnamese-formatted number strings in the data ("1.447.307", "111,78"). */
  @property({ type: Boolean, attribute: 'vi-numbers' }) viNumbers = false;

  /**
   * Complete once the chart is all there: a chart of thousands of observations computes its view over several
   * tasks (`ViewMemo.getStaged`) and draws its marks over several frames (`ProgressiveController`), and code that
   * awaits `updateComplete` (a test, an export) must see it whole.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let work = pendingWork(this); work !== undefined; work = pendingWork(this)) {
      await work;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * `lazy` draws the chart's visual layer only when the element comes within a viewport of the screen (or gets
   * focus, a pointer, or the page is printed); the title, summary, data table and source are there at once.
   * For pages of many charts. Default `eager`, as for `<img>`. While the plot waits, `updateComplete` resolves
   * without it.
   */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Makes the figure a `region` landmark named by its title (off by default: 50 charts must not make 50 landmarks). */
  @property({ type: Boolean }) landmark = false;
}

/** What the data controller reads from a chart: the `data` property, else `src`, with `vi-numbers`. */
export function chartDataInputs(chart: IctChartElement): DataInputs {
  return { data: chart.data, src: chart.src ?? null, viNumbers: chart.viNumbers };
}
