import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { DataIssue, Language, Source } from '../../core/indicator/types.js';
import { describeIssue as defaultDescribeIssue } from '../../core/i18n/messages.js';
import { downloadBlob, serializeSvg, svgToPngBlob, toCsv } from '../export.js';
import { pendingWork } from './pending-work.js';
import { uiStrings, type UiStringOverrides, type UiStrings } from '../i18n/ui.js';
import {
  displayedTable,
  nextSort,
  renderDataTable,
  type SortState,
  type TableModel,
} from '../templates/data-table.js';
import { renderExportMenu, type ExportFormat } from '../templates/export-menu.js';
import {
  clampHeadingLevel,
  createFrameIds,
  renderFrame,
  renderSourceLine,
  type FrameIds,
} from '../templates/frame.js';
import { renderHelpDialog, type HelpKey } from '../templates/help-dialog.js';
import { renderError, renderStatus, type FrameStatus } from '../templates/states.js';

type FigureHost = ReactiveControllerHost & HTMLElement;

/** What an element's `render()` gives the frame. Only `lang` and `title` are required. */
export interface FrameInput {
  lang: Language;
  /** The element's `strings` property: per-language overrides of the interface texts. */
  strings?: UiStringOverrides;
  /** The figure's visible title and accessible name (text, never HTML); empty gives "Biểu đồ". */
  title: string;
  /** `aria-level` of the title, 1–6 (default 2). */
  headingLevel?: number;
  /** Summary sentences; replaced by the author's `slot="description"` content when there is one. */
  summary?: readonly string[];
  /** Sources for the "Nguồn: …" line (duplicates and empty ones dropped). */
  sources?: readonly (Source | undefined)[];
  /** The data state (the data controller's `state` fits). Without it the frame shows the chart. */
  state?: { status: FrameStatus; issues?: readonly DataIssue[] };
  /** Called by the error state's Retry button. */
  onRetry?: () => void;
  /** The visual layer (an `aria-hidden` SVG template); shown only when the state is ready. */
  chart?: unknown;
  /** The data table model; also what the CSV export writes. */
  table?: TableModel;
  /** Rows of the keyboard help; the help button appears when there are some. */
  keymap?: readonly HelpKey[];
  /** Hide the export menu (`no-export`). */
  noExport?: boolean;
  /** Hide the data table and its toggle (`no-table`); CSV export still works. */
  noTable?: boolean;
  /** Make the figure a `region` landmark named by its title. */
  landmark?: boolean;
  /** Base name of exported files, without extension (default `ict-chart`). */
  filename?: string;
  /** Message of one data issue (default: the i18n catalogue's `describeIssue`). */
  describeIssue?: (issue: DataIssue, lang: Language) => string;
}

/**
 * The frame state of a chart: the data state, except when the data is ready but gives nothing to draw:
 * then an error when the `indicator` attribute names an indicator the document lacks, else empty.
 */
export function chartFrameState(
  state: {
    status: FrameStatus;
    issues?: readonly DataIssue[];
    dataset?: { indicators: readonly { id: string }[] };
  },
  hasView: boolean,
  indicator: string | undefined,
): { status: FrameStatus; issues?: readonly DataIssue[] } {
  const dataset = state.status === 'ready' ? state.dataset : undefined;
  if (dataset === undefined || hasView) return state;
  if (indicator !== undefined && indicator !== '' && !dataset.indicators.some((i) => i.id === indicator)) {
    return {
      status: 'error',
      issues: [{ code: 'unknown-indicator', path: 'indicator', got: indicator, severity: 'error' }],
    };
  }
  return { status: 'empty' };
}

/** Polite announcements of data updates wait this long for quiet, so a burst gives one (ACCESSIBILITY row 17). */
export const ANNOUNCE_DEBOUNCE_MS = 1000;

/**
 * The figure frame every chart element is wrapped in: title, summary, states, the chart, the data table
 * and its toggle, the source line, the export menu, the keyboard help and a polite live region. The
 * element renders `this.figure.render({...})` and places its SVG in `chart`.
 *
 * @example
 * ```ts
 * class IctBarChart extends LitElement {
 *   static styles = [frameStyles, markStyles];
 *   private readonly figure = new FigureController(this);
 *   render() {
 *     return this.figure.render({
 *       lang: this.locale.lang,
 *       title: label,
 *       summary: summarize({ indicator, observations, lang }),
 *       sources: [indicator.source],
 *       state: this.source.state,
 *       onRetry: () => this.source.retry(),
 *       chart: html`<svg aria-hidden="true">${patternDefs()}…</svg>`,
 *       table: tableModel(indicator, observations, lang),
 *       keymap,
 *     });
 *   }
 * }
 * ```
 */
export class FigureController implements ReactiveController {
  /** Ids of the frame's elements (stable for the controller's life). */
  readonly ids: FrameIds = createFrameIds();

  private readonly host: FigureHost;
  private expanded = false;
  private sort: SortState | undefined;
  private page = 0;
  private menuOpen = false;
  private input: FrameInput | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private helpReturnFocus: HTMLElement | undefined;
  private helpOpen = false;
  private shownData: unknown;

  constructor(host: FigureHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    this.menuOpen = false;
    this.helpOpen = false;
    this.helpReturnFocus = undefined;
  }

  // ═══ Public API ════════════════════════════════════════════════════════════════════════════════

  /** Whether the data table is shown on screen (it is in the accessibility tree either way). */
  get tableExpanded(): boolean {
    return this.expanded;
  }
  set tableExpanded(value: boolean) {
    if (value === this.expanded) return;
    this.expanded = value;
    this.host.requestUpdate();
  }

  /** The current sort of the data table. */
  get tableSort(): SortState | undefined {
    return this.sort;
  }
  set tableSort(value: SortState | undefined) {
    this.sort = value;
    this.page = 0; // a new order starts at its top
    this.host.requestUpdate();
  }

  /** The page of a long data table shown (0-based; see `TABLE_PAGE_ROWS`), clamped when drawn. */
  get tablePage(): number {
    return this.page;
  }
  set tablePage(value: number) {
    this.page = Math.max(0, Math.floor(value) || 0);
    this.host.requestUpdate();
  }

  /**
   * Says `text` through the polite live region after `delayMs` (default 1 s) of quiet: calls in a burst
   * replace each other and only the last is announced. `delayMs: 0` announces at once.
   */
  announce(text: string, options: { delayMs?: number } = {}): void {
    clearTimeout(this.announceTimer);
    const write = () => {
      this.announceTimer = undefined;
      const live = this.element(this.ids.live);
      if (!live) return;
      // The same text twice would not be announced again: clear first, write a moment later (a timer,
      // not requestAnimationFrame, which does not run in a background tab).
      if (live.textContent === text) {
        live.textContent = '';
        this.announceTimer = setTimeout(() => {
          this.announceTimer = undefined;
          live.textContent = text;
        }, 100);
      } else {
        live.textContent = text;
      }
    };
    const delay = options.delayMs ?? ANNOUNCE_DEBOUNCE_MS;
    if (delay <= 0) write();
    else this.announceTimer = setTimeout(write, delay);
  }

  /**
   * Call from `updated()` with the dataset on screen: when it replaces another one, `text()` is
   * announced once (row 17; bursts are debounced by {@link announce}). The first load is not announced.
   */
  noteShownData(dataset: unknown, text: () => string): void {
    if (dataset === undefined || dataset === this.shownData) return;
    if (this.shownData !== undefined) this.announce(text());
    this.shownData = dataset;
  }

  /**
   * Opens the keyboard help; focus returns to `returnFocusTo` (default: the focused element) on close. The
   * dialog is drawn only while open: closed, its key table was ~300 DOM nodes in every chart of a page.
   */
  openHelp(returnFocusTo?: HTMLElement): void {
    if (this.helpOpen) return;
    this.helpReturnFocus = returnFocusTo ?? this.focusedElement();
    this.helpOpen = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const dialog = this.element(this.ids.help) as HTMLDialogElement | null;
      if (this.helpOpen && dialog?.isConnected === true && !dialog.open) dialog.showModal();
    });
  }

  /** Closes the keyboard help (focus returns to where it was opened from). */
  closeHelp(): void {
    const dialog = this.element(this.ids.help) as HTMLDialogElement | null;
    if (dialog?.open) dialog.close();
  }

  /** The figure's description as shown: the author's slotted text, or the generated summary. */
  descriptionText(): string {
    const summary = this.element(this.ids.summary);
    const slot = summary?.querySelector('slot');
    const assigned = slot?.assignedNodes({ flatten: true }) ?? [];
    const text =
      assigned.length > 0
        ? assigned.map((node) => node.textContent ?? '').join(' ')
        : (summary?.textContent ?? '');
    return text.replace(/\s+/g, ' ').trim();
  }

  /** The figure's name as shown (the title). */
  titleText(): string {
    return (this.element(this.ids.title)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The chart's SVG (the first `<svg>` of the chart area), if rendered. */
  chartSvg(): SVGSVGElement | null {
    return (this.host.shadowRoot?.querySelector('.chart svg') as SVGSVGElement | null) ?? null;
  }

  /** The chart as a standalone SVG file text, or undefined when no chart is shown. */
  svgText(): string | undefined {
    const svg = this.chartSvg();
    if (!svg) return undefined;
    const figure = this.element(this.ids.figure);
    const background = figure ? getComputedStyle(figure).backgroundColor : undefined;
    return serializeSvg(svg, { title: this.titleText(), description: this.descriptionText(), background });
  }

  /** The data table as CSV (as displayed: no-data phrase in empty cells, model order). */
  csvText(): string | undefined {
    const table = this.input?.table;
    if (!table) return undefined;
    return toCsv(displayedTable(table, this.strings()));
  }

  /**
   * While a chart of thousands of marks is still computing or drawing them (over several tasks and frames), a
   * promise of its last frame; `undefined` when the chart is whole, so that an export is written at once, as the
   * menu is chosen.
   */
  private marksToDraw(): Promise<unknown> | undefined {
    return pendingWork(this.host) === undefined ? undefined : this.host.updateComplete;
  }

  exportSvg(): void {
    const drawing = this.marksToDraw();
    if (drawing !== undefined) {
      void drawing.then(() => this.exportSvg());
      return;
    }
    const text = this.svgText();
    if (text === undefined) return;
    downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${this.filename()}.svg`);
  }

  async exportPng(): Promise<void> {
    await this.marksToDraw();
    const svg = this.chartSvg();
    const text = this.svgText();
    if (!svg || text === undefined) return;
    const box = svg.getBoundingClientRect();
    try {
      const blob = await svgToPngBlob(text, box.width, box.height);
      downloadBlob(blob, `${this.filename()}.png`);
    } catch {
      // A PNG that cannot be made (no canvas) is not an error of the page: the SVG export remains.
    }
  }

  exportCsv(): void {
    const text = this.csvText();
    if (text === undefined) return;
    // A BOM makes spreadsheet programs read the Vietnamese text as UTF-8.
    downloadBlob(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }), `${this.filename()}.csv`);
  }

  /** The frame around `input.chart`; call it from the element's `render()`. */
  render(input: FrameInput): TemplateResult {
    this.input = input;
    const { ids } = this;
    const lang = input.lang;
    const strings = this.strings();
    const status: FrameStatus = input.state?.status ?? 'ready';
    const describe = input.describeIssue ?? defaultDescribeIssue;
    const table = input.table;
    const showTable = status === 'ready' && table !== undefined && !input.noTable;
    const keymap = input.keymap ?? [];

    const formats: ExportFormat[] = status === 'ready' && input.chart !== undefined ? ['svg', 'png'] : [];
    if (status === 'ready' && table) formats.push('csv');
    const exportMenu =
      input.noExport || formats.length === 0
        ? nothing
        : renderExportMenu({
            strings,
            open: this.menuOpen,
            buttonId: ids.menuButton,
            menuId: ids.menu,
            formats,
            onButtonClick: () => this.toggleMenu('first'),
            onButtonKeydown: (event) => this.onMenuButtonKeydown(event),
            onMenuKeydown: (event) => this.onMenuKeydown(event),
            onMenuFocusout: (event) => this.onMenuFocusout(event),
            onChoose: (format) => this.choose(format),
          });
    const helpButton =
      keymap.length === 0
        ? nothing
        : html`<button
            type="button"
            class="button"
            part="button help-button"
            id=${ids.helpButton}
            aria-haspopup="dialog"
            @click=${(event: Event) => this.openHelp(event.currentTarget as HTMLElement)}
          >
            <span class="key-glyph" aria-hidden="true">?</span> ${strings.helpButton}
          </button>`;
    const tableToggle = showTable
      ? html`<button
          type="button"
          class="button"
          part="button table-toggle"
          id=${ids.tableToggle}
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls=${ids.tableRegion}
          @click=${() => (this.tableExpanded = !this.expanded)}
        >
          ${this.expanded ? strings.hideTable : strings.showTable}
        </button>`
      : nothing;
    const toolbar =
      helpButton === nothing && exportMenu === nothing && tableToggle === nothing
        ? nothing
        : html`<div class="toolbar" part="toolbar">${tableToggle} ${helpButton} ${exportMenu}</div>`;

    return renderFrame({
      ids,
      lang,
      strings,
      title: input.title,
      headingLevel: clampHeadingLevel(input.headingLevel),
      summary: input.summary ?? [],
      landmark: input.landmark === true,
      toolbar,
      status: renderStatus(status, strings),
      error:
        status === 'error'
          ? renderError({
              strings,
              titleId: ids.errorTitle,
              messages: (input.state?.issues ?? []).map((issue) => describe(issue, lang)),
              onRetry: input.onRetry,
            })
          : nothing,
      chart: status === 'ready' ? (input.chart ?? nothing) : nothing,
      table: showTable
        ? html`<div class="table-region ${this.expanded ? '' : 'visually-hidden'}" id=${ids.tableRegion}>
            ${renderDataTable(table, {
              lang,
              strings,
              id: ids.table,
              expanded: this.expanded,
              sort: this.sort,
              onSort: (column) => (this.tableSort = nextSort(this.sort, column)),
              page: this.page,
              onPage: (page) => void this.turnPage(page),
            })}
          </div>`
        : nothing,
      source: renderSourceLine(input.sources, lang, strings),
      help:
        keymap.length === 0 || !this.helpOpen
          ? nothing
          : renderHelpDialog({
              strings,
              keymap,
              dialogId: ids.help,
              titleId: ids.helpTitle,
              onClose: () => this.onHelpClosed(),
            }),
    });
  }

  // ═══ Implementation ════════════════════════════════════════════════════════════════════════════

  private strings(): UiStrings {
    return uiStrings(this.input?.lang ?? 'vi', this.input?.strings);
  }

  private filename(): string {
    return this.input?.filename || 'ict-chart';
  }

  /** Shows table page `page`; a pager button that the move disabled hands focus to the other one. */
  private async turnPage(page: number): Promise<void> {
    this.tablePage = page;
    await this.host.updateComplete;
    const active = this.host.shadowRoot?.activeElement;
    if (active instanceof HTMLButtonElement && active.disabled) {
      const other = this.host.shadowRoot?.querySelector<HTMLButtonElement>(
        '.table-pager button:not(:disabled)',
      );
      other?.focus();
    }
  }

  /** An element of the frame by id, looked up in the host's own shadow root (never `document`). */
  private element(id: string): HTMLElement | null {
    return (this.host.shadowRoot?.getElementById(id) as HTMLElement | null) ?? null;
  }

  private focusedElement(): HTMLElement | undefined {
    const active = this.host.shadowRoot?.activeElement;
    return active instanceof HTMLElement ? active : undefined;
  }

  private onHelpClosed(): void {
    const target = this.helpReturnFocus ?? this.element(this.ids.helpButton) ?? undefined;
    this.helpReturnFocus = undefined;
    this.helpOpen = false;
    this.host.requestUpdate();
    target?.focus();
  }

  private menuItems(): HTMLElement[] {
    const menu = this.element(this.ids.menu);
    return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
  }

  private async openMenu(focus: 'first' | 'last'): Promise<void> {
    this.menuOpen = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const items = this.menuItems();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  private closeMenu(returnFocus: boolean): void {
    if (!this.menuOpen) return;
    this.menuOpen = false;
    this.host.requestUpdate();
    if (returnFocus) this.element(this.ids.menuButton)?.focus();
  }

  private toggleMenu(focus: 'first' | 'last'): void {
    if (this.menuOpen) this.closeMenu(true);
    else void this.openMenu(focus);
  }

  private onMenuButtonKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
    // Enter and Space reach the button's click handler natively.
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const items = this.menuItems();
    const index = items.indexOf(this.focusedElement() as HTMLElement);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = (index + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (index - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.closeMenu(true);
        return;
      case 'Tab':
        this.closeMenu(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    items[next]?.focus();
  }

  private onMenuFocusout(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    const menu = this.element(this.ids.menu);
    const button = this.element(this.ids.menuButton);
    if (to && (menu?.contains(to) || to === button)) return;
    this.closeMenu(false);
  }

  private choose(format: ExportFormat): void {
    this.closeMenu(true);
    if (format === 'svg') this.exportSvg();
    else if (format === 'png') void this.exportPng();
    else this.exportCsv();
  }
}
