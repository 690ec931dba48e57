import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IndicatorDataController } from '../../chart/controllers/data-controller.js';
import { FigureController } from '../../chart/controllers/figure-controller.js';
import { LocaleController } from '../../chart/controllers/locale-controller.js';
import { MediaController } from '../../chart/controllers/media-controller.js';
import {
  NavigationController,
  groupLargeSets,
  navHelpKeys,
  navStrings,
  type NavItem,
  type NavStrings,
  type NavVia,
} from '../../chart/controllers/navigation-controller.js';
import { SizeController } from '../../chart/controllers/size-controller.js';
import { TooltipController } from '../../chart/controllers/tooltip-controller.js';
import { IctFocusMarkEvent, IctSelectEvent, type IctMarkDetail } from '../../chart/events.js';
import { layoutBars, type BarInput, type BarLayout, type BarMark } from '../../chart/geometry/bars.js';
import { estimateTextWidth, type TextFont, type TextMeasure } from '../../chart/geometry/text.js';
import { uiStrings, type UiStrings } from '../../chart/i18n/ui.js';
import { frameStyles } from '../../chart/styles/frame.styles.js';
import { markStyles } from '../../chart/styles/marks.styles.js';
import { patternDefs } from '../../chart/styles/patterns.js';
import { axisStyles, valueAxis } from '../../chart/templates/axis.js';
import { focusRing, focusRingStyles } from '../../chart/templates/focus-ring.js';
import { navLayerStyles } from '../../chart/templates/nav-layer.js';
import { tooltip, tooltipStyles } from '../../chart/templates/tooltip.js';
import { localized, observationName, seriesLabel } from '../../core/describe/labels.js';
import { summarize } from '../../core/describe/summary.js';
import { tableModel, type TableModelResult } from '../../core/describe/table.js';
import { describeIssue, messages, type DeepPartial, type Messages } from '../../core/i18n/messages.js';
import {
  defaultDecimals,
  formatCompact,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatValue,
  unitLabel,
} from '../../core/format/format.js';
import type {
  DataIssue,
  Era,
  IndicatorDataset,
  IndicatorMeta,
  Language,
  ResolvedObservation,
  ResolvedPlace,
} from '../../core/indicator/types.js';
import { REGION_IDS, findProvince, provinceName, regionName } from '../../core/provinces/provinces.js';
import { barChartStyles } from './bar-chart.styles.js';

/** Orders of the bars. */
export const BAR_SORTS = ['none', 'descending', 'ascending'] as const;
export type BarSort = (typeof BAR_SORTS)[number];

/** Per-language overrides of every text of the element: the frame's UI strings and the navigation's. */
/**
 * Per-language overrides of every text of the element, in one object: the frame's UI strings, the
 * navigation's (`nav*`) and the data texts of the catalogue (`summary`, `issues`, `tiers`, …). Their keys
 * do not collide, so each part takes what is its own.
 */
export type BarChartStrings = Partial<
  Record<Language, Partial<UiStrings & NavStrings> & DeepPartial<Messages>>
>;

/** One drawn bar with the observation it shows. */
interface BarDatum {
  obs: ResolvedObservation;
  mark: BarMark;
  /** The visible label (place, period, series as needed). */
  label: string;
  /** The accessible name without the position. */
  name: string;
}

/** Everything render() draws, derived from the data, the language and the size. */
interface BarView {
  indicator: IndicatorMeta;
  observations: ResolvedObservation[];
  layout: BarLayout;
  data: BarDatum[];
  byKey: Map<string, BarDatum>;
  items: NavItem[];
  fontSize: number;
  highlight: ResolvedPlace | undefined;
  summary: string[];
  table: TableModelResult;
}

const UNIT_CAPTION_HEIGHT = 22;

function keyOf(obs: ResolvedObservation): string {
  return obs.id ?? `obs-${obs.index}`;
}

/** A canvas-backed text measure in the element's font (falls back to the estimate). */
function canvasMeasure(family: string): TextMeasure {
  const context = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (context === null) return estimateTextWidth;
  return (text: string, font: TextFont) => {
    context.font = `${font.italic ? 'italic ' : ''}${font.bold ? '700 ' : ''}${font.size}px ${family}`;
    // 3 % spare: hinting and a user's letter-spacing must not make two labels touch.
    return context.measureText(text).width * 1.03;
  };
}

/**
 * @summary Horizontal labelled bars of one ICT indicator — one bar per place, period or series —, with a title, a generated summary, a data table and full keyboard and screen-reader navigation.
 *
 * @tag ict-bar-chart
 *
 * @attr lang - Language of every text: `vi` (default) or `en`. Inherited from the nearest ancestor with `lang`, else `<html lang>`; a live change re-renders every string.
 *
 * @slot description - Author text that replaces the generated summary (read once, as the figure's description).
 *
 * @csspart chart - The box of the visual layer.
 * @csspart bar - One bar.
 * @csspart label - The label of a bar (place, period or series).
 * @csspart value - The value printed at the end of a bar, or the no-data phrase.
 * @csspart axis - The value axis.
 * @csspart axis-label - One tick label of the value axis.
 * @csspart nav - The navigation tree laid over the bars (invisible; carries the accessible names).
 * @csspart nav-item - One navigable item over its bar.
 * @csspart focus-ring - The SVG focus ring around the focused bar.
 * @csspart tooltip - The tooltip of the hovered or focused bar.
 *
 * @cssprop --ict-font-family - Font of every text.
 * @cssprop --ict-font-size - Base font size (default 1rem); every size inside is relative to it.
 * @cssprop --ict-text-color - Text colour.
 * @cssprop --ict-muted-color - Colour of secondary text (ticks, no-data phrase, source).
 * @cssprop --ict-background - Background colour.
 * @cssprop --ict-color-1 - Fill of the bars.
 * @cssprop --ict-focus-color - Colour of the focus ring (keep 3:1 against the background).
 * @cssprop --ict-axis-color - Axis lines.
 * @cssprop --ict-grid-color - Gridlines.
 *
 * @fires ict-select - A bar was selected with Enter, Space or a click; `detail` is `{ key, indicator, place, period, value }`.
 * @fires ict-mark-focus - A bar got focus (keys, Tab or click); `detail` as for `ict-select`.
 * @fires ict-data-load - The data was loaded and validated; `detail` is `{ dataset, warnings }`.
 * @fires ict-data-error - The data could not be loaded or is invalid; `detail` is `{ issues }`. The element shows them.
 *
 * @example
 * ```html
 * <ict-bar-chart src="/data/phone-density-2020.json" highlight="42" sort="descending"></ict-bar-chart>
 * ```
 */
export class IctBarChart extends LitElement {
  static override styles = [
    frameStyles,
    markStyles,
    navLayerStyles,
    focusRingStyles,
    axisStyles,
    tooltipStyles,
    barChartStyles,
  ];

  // ═══ Public properties ═══════════════════════════════════════════════════════════════════════════

  /** The data: an indicator document (object) or its JSON text. Wins over `src` and an inline `<script type="application/json">` child. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a JSON or CSV indicator document to fetch (aborted when it changes; the last request wins). */
  @property() src?: string;

  /** Id of the indicator to draw when the document has several; default the first one. */
  @property() indicator?: string;

  /** Title of the figure; default the indicator's name in the current language. */
  @property() label?: string;

  /** Order of the bars: `none` (as in the data), `descending` or `ascending` by value. Missing values always come last. */
  @property({ reflect: true }) sort: BarSort = 'none';

  /** Province code whose bars are highlighted: outlined, bold and marked "◆" (never by colour alone). */
  @property() highlight?: string;

  /** Era of the `highlight` code, `2008-2025` or `2025-`, for codes that changed meaning in 2025; default any era. */
  @property({ attribute: 'highlight-era' }) highlightEra?: Era;

  /** Level (1–6) of the title heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hides the export menu (SVG, PNG, CSV). */
  @property({ type: Boolean, attribute: 'no-export' }) noExport = false;

  /** Hides the data table and its toggle (the CSV export still works). */
  @property({ type: Boolean, attribute: 'no-table' }) noTable = false;

  /** Fills the bars with patterns as well as colour (always on under `prefers-contrast: more` and forced colours). */
  @property({ type: Boolean, reflect: true }) patterns = false;

  /** Colour scheme: `light` or `dark`; default follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Accept Vietnamese-formatted number strings in the data ("1.447.307", "111,78"). */
  @property({ type: Boolean, attribute: 'vi-numbers' }) viNumbers = false;

  /** Makes the figure a `region` landmark named by its title (off by default: 50 charts must not make 50 landmarks). */
  @property({ type: Boolean }) landmark = false;

  /** Overrides of any text per language, e.g. `{ vi: { retry: 'Tải lại', missing: { 'not-available': 'chưa có' } }, en: { navFirst: 'Start' } }`. */
  @property({ attribute: false }) strings?: BarChartStrings;

  // ═══ Controllers and state ═══════════════════════════════════════════════════════════════════════

  private readonly size = new SizeController(this);
  private readonly locale = new LocaleController(this);
  private readonly source = new IndicatorDataController(this, () => ({
    data: this.data,
    src: this.src ?? null,
    viNumbers: this.viNumbers,
  }));
  private readonly media = new MediaController(this);
  private readonly figure = new FigureController(this);
  private readonly tooltips = new TooltipController(this);
  private readonly nav = new NavigationController(this, {
    items: () => this.view?.items ?? [],
    label: () => this.navText().navTreeLabel(this.titleText()),
    strings: () => this.navText(),
    onFocusItem: (item, via) => this.onFocusItem(item, via),
    onBlur: () => this.tooltips.blur(),
    onSelect: (item) => this.onSelectItem(item),
    onPointerEnter: (item) => this.tooltips.pointerEnter(item.key),
    onPointerLeave: (item) => this.tooltips.pointerLeave(item.key),
    onEscape: () => this.tooltips.dismiss(),
    onHelp: (origin) => this.figure.openHelp(origin),
  });

  private view: BarView | undefined;
  /** The dataset last shown, to tell a data update (announced) from the first load (not announced). */
  private shownDataset: IndicatorDataset | undefined;
  private viewInputs: readonly unknown[] = [];
  private measure: TextMeasure = estimateTextWidth;
  private measureFamily = '';
  private fontSize = 14;
  /** Plot width of the last render: bars animate for new values, never for a new size (the first layout included). */
  private lastPlotWidth: number | undefined;

  // ═══ Lifecycle ═══════════════════════════════════════════════════════════════════════════════════

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Text is measured in the element's real font; reading the computed style is one style lookup per update.
    const style = getComputedStyle(this);
    const base = parseFloat(style.fontSize);
    this.fontSize = Math.max(12, Math.round((Number.isFinite(base) ? base : 16) * 0.875));
    if (style.fontFamily !== this.measureFamily) {
      this.measureFamily = style.fontFamily;
      this.measure = style.fontFamily === '' ? estimateTextWidth : canvasMeasure(style.fontFamily);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { status, dataset } = this.source.state;
    if (status !== 'ready' || dataset === this.shownDataset) return;
    // Row 17: new data is announced once (the figure debounces bursts); the navigation keeps the active key.
    if (this.shownDataset !== undefined && this.view !== undefined) {
      const ui = uiStrings(this.locale.lang, this.strings);
      this.figure.announce(ui.dataUpdated(this.titleText(), this.view.observations.length));
    }
    this.shownDataset = dataset;
  }

  override render(): TemplateResult {
    const lang = this.locale.lang;
    const state = this.source.state;
    const dataset = state.status === 'ready' ? state.dataset : undefined;
    const view = dataset === undefined ? undefined : this.viewOf(dataset, lang);
    const strings = this.strings;
    let frameState: { status: 'empty' | 'loading' | 'ready' | 'error'; issues?: readonly DataIssue[] } =
      state;
    if (dataset !== undefined && view === undefined) {
      frameState =
        this.indicator !== undefined && !dataset.indicators.some((i) => i.id === this.indicator)
          ? {
              status: 'error',
              issues: [
                { code: 'unknown-indicator', path: 'indicator', got: this.indicator, severity: 'error' },
              ],
            }
          : { status: 'empty' };
    }
    return this.figure.render({
      lang,
      strings,
      title: this.titleText(),
      headingLevel: this.headingLevel,
      summary: view?.summary,
      sources: view === undefined ? undefined : [view.indicator.source],
      state: frameState,
      onRetry: () => this.source.retry(),
      chart: view === undefined ? undefined : this.renderChart(view, lang),
      table: view?.table,
      describeIssue: (issue, issueLang) => describeIssue(issue, issueLang, messages(issueLang, this.strings)),
      keymap: navHelpKeys(this.navText()),
      noExport: this.noExport,
      noTable: this.noTable,
      landmark: this.landmark,
      filename: view === undefined ? 'ict-bar-chart' : `ict-bar-chart-${view.indicator.id}`,
    });
  }

  // ═══ Rendering ═══════════════════════════════════════════════════════════════════════════════════

  private renderChart(view: BarView, lang: Language): TemplateResult {
    const { layout } = view;
    const unit = unitLabel(view.indicator.unit, lang, 'short');
    const height = layout.height + (unit === '' ? 0 : UNIT_CAPTION_HEIGHT);
    const tickSize = Math.max(12, Math.round(view.fontSize * 0.875));
    const { grid, axis } = valueAxis({ ...layout, fontSize: tickSize });
    const marks = svg`<svg
      class="marks"
      aria-hidden="true"
      width=${layout.width}
      height=${height}
      viewBox="0 0 ${layout.width} ${height}"
    >
      <defs>${patternDefs()}</defs>
      ${grid}
      ${view.data.map((d) => this.renderBar(d))}
      ${axis}
      ${
        unit === ''
          ? nothing
          : svg`<text class="unit-label" part="axis-label" x=${layout.axis.x2} y=${layout.height + UNIT_CAPTION_HEIGHT - 6} text-anchor="end" font-size=${tickSize}>${unit}</text>`
      }
    </svg>`;
    // Motion follows the media query in CSS; the attribute also stops it when the query cannot be read,
    // and when the width changed: a phone would otherwise see every bar shrink from the default width.
    const resized = layout.width !== this.lastPlotWidth;
    this.lastPlotWidth = layout.width;
    return html`<div
      class="plot"
      data-motion=${this.media.reducedMotion || resized ? 'reduce' : 'full'}
      style="width:${layout.width}px;height:${height}px"
    >
      ${marks} ${this.nav.render()} ${focusRing(this.nav.ringRects(), { width: layout.width, height })}
      ${this.renderTooltip(view, lang, height)}
    </div>`;
  }

  private renderBar(d: BarDatum): TemplateResult {
    const { mark } = d;
    const hl = mark.highlighted ? ' highlighted' : '';
    const bar = mark.missing
      ? svg`<rect class="placeholder" x=${mark.placeholder!.x} y=${mark.placeholder!.y} width=${mark.placeholder!.width} height=${mark.placeholder!.height} rx="2"></rect>`
      : svg`<rect class="bar ict-series-1${hl}" part="bar" data-key=${mark.key} x=${mark.bar.x} y=${mark.bar.y} width=${mark.bar.width} height=${mark.bar.height}></rect>`;
    const v = mark.valueLabel;
    return svg`<g class="row" data-key=${mark.key}>
      ${bar}
      ${mark.label.map(
        (t) =>
          svg`<text class="bar-label${hl}" part="label" x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${t.font.size}>${t.text}</text>`,
      )}
      <text class="value-label${hl}${mark.missing ? ' missing' : ''}" part="value" x=${v.x} y=${v.y} text-anchor=${v.anchor} font-size=${v.font.size}>${v.text}</text>
    </g>`;
  }

  private renderTooltip(view: BarView, lang: Language, plotHeight: number): TemplateResult | typeof nothing {
    const key = this.tooltips.key;
    const d = key === undefined ? undefined : view.byKey.get(key);
    if (d === undefined) return nothing;
    const ui = uiStrings(lang, this.strings);
    const { obs, mark } = d;
    // A missing value says the catalogue's phrase for its reason, as the bar's own label does.
    const value =
      obs.value === null
        ? mark.valueLabel.text
        : formatValue(obs.value, view.indicator.unit, lang, this.decimals(view.indicator));
    const lines = [value];
    const publisher = obs.source?.publisher ?? view.indicator.source?.publisher;
    if (publisher !== undefined) lines.push(`${ui.source}: ${publisher}`);
    return tooltip({
      key: mark.key,
      title: d.label,
      lines,
      anchor: mark.hit,
      x: mark.missing ? mark.placeholder!.x : mark.valueLabel.box.x,
      plotHeight,
      onPointerEnter: () => this.tooltips.tooltipEnter(),
      onPointerLeave: () => this.tooltips.tooltipLeave(),
    });
  }

  // ═══ Derived data ════════════════════════════════════════════════════════════════════════════════

  private titleText(): string {
    if (this.label !== undefined && this.label !== '') return this.label;
    const indicator = this.view?.indicator ?? this.pickIndicator(this.source.state.dataset);
    return indicator === undefined ? '' : localized(indicator.label, this.locale.lang);
  }

  private navText(): NavStrings {
    return navStrings(this.locale.lang, this.strings);
  }

  private decimals(indicator: IndicatorMeta): number {
    return indicator.decimals ?? defaultDecimals(indicator.unit);
  }

  private pickIndicator(dataset: IndicatorDataset | undefined): IndicatorMeta | undefined {
    if (dataset === undefined) return undefined;
    if (this.indicator !== undefined && this.indicator !== '')
      return dataset.indicators.find((i) => i.id === this.indicator);
    return dataset.indicators[0];
  }

  /** The view for the current inputs, recomputed only when one of them changed. */
  private viewOf(dataset: IndicatorDataset, lang: Language): BarView | undefined {
    const inputs = [
      dataset,
      lang,
      this.size.width,
      this.fontSize,
      this.measure,
      this.sort,
      this.highlight,
      this.highlightEra,
      this.indicator,
      this.strings,
    ];
    if (
      this.view !== undefined &&
      inputs.length === this.viewInputs.length &&
      inputs.every((v, i) => v === this.viewInputs[i])
    ) {
      return this.view;
    }
    this.viewInputs = inputs;
    this.view = this.computeView(dataset, lang);
    return this.view;
  }

  private computeView(dataset: IndicatorDataset, lang: Language): BarView | undefined {
    const indicator = this.pickIndicator(dataset);
    if (indicator === undefined) return undefined;
    const observations = dataset.observations.filter((o) => o.indicator === indicator.id);
    if (observations.length === 0) return undefined;
    const sorted = sortObservations(observations, this.sort);
    const labelOf = labeller(observations, lang);
    const decimals = this.decimals(indicator);
    const catalogue = messages(lang, this.strings);
    const highlighted = (o: ResolvedObservation): boolean =>
      this.highlight !== undefined &&
      o.place.code === this.highlight &&
      (this.highlightEra === undefined || o.place.era === this.highlightEra);
    const rows: BarInput[] = sorted.map((o) => ({
      key: keyOf(o),
      label: labelOf(o),
      value: o.value,
      valueText:
        o.value === null
          ? catalogue.missing[o.missing ?? 'not-available']
          : formatBarValue(o.value, indicator, lang, decimals),
      highlighted: highlighted(o),
    }));
    const layout = layoutBars(rows, {
      width: this.size.width,
      fontSize: this.fontSize,
      measure: this.measure,
      formatTick: tickFormatter(indicator, observations, lang),
    });
    const data: BarDatum[] = sorted.map((obs, i) => ({
      obs,
      mark: layout.bars[i]!,
      label: rows[i]!.label,
      name: observationName(obs, indicator, lang, undefined, catalogue),
    }));
    const byKey = new Map(data.map((d) => [d.mark.key, d]));
    const leaves: NavItem[] = data.map((d) => ({
      key: d.mark.key,
      label: d.name,
      text: d.label,
      rect: d.mark.hit,
    }));
    const nav = this.navText();
    const items = groupLargeSets(groupByRegion(data, leaves, lang), (first, last, from, to) =>
      nav.navGroupRange(from, to, first.text ?? first.label, last.text ?? last.label),
    );
    const hl = sorted.find(highlighted);
    const summary = summarize({
      indicator,
      observations: sorted,
      lang,
      highlight: hl?.place,
      messages: catalogue,
    });
    return {
      summary,
      table: tableModel(indicator, sorted, lang, catalogue),
      indicator,
      observations: sorted,
      layout,
      data,
      byKey,
      items,
      fontSize: this.fontSize,
      highlight: hl?.place,
    };
  }

  // ═══ Events ══════════════════════════════════════════════════════════════════════════════════════

  private detailOf(key: string): IctMarkDetail | undefined {
    const d = this.view?.byKey.get(key);
    if (d === undefined || this.view === undefined) return undefined;
    const { obs } = d;
    return { key, indicator: this.view.indicator.id, place: obs.place, period: obs.period, value: obs.value };
  }

  private onFocusItem(item: NavItem, _via: NavVia): void {
    const detail = this.detailOf(item.key);
    // Groups (regions, bins) have no tooltip: Escape on them must go up, not dismiss an invisible tip.
    if (detail === undefined) {
      this.tooltips.blur();
      return;
    }
    this.tooltips.focus(item.key);
    emit(this, new IctFocusMarkEvent(detail));
  }

  private onSelectItem(item: NavItem): void {
    const detail = this.detailOf(item.key);
    if (detail !== undefined) emit(this, new IctSelectEvent(detail));
  }
}

/** Dispatches `event` on `target` (the events are documented with `@fires` on the class). */
function emit(target: EventTarget, event: Event): void {
  target.dispatchEvent(event);
}

// ═══ Helpers (pure) ════════════════════════════════════════════════════════════════════════════════

function sortObservations(
  observations: readonly ResolvedObservation[],
  sort: BarSort,
): ResolvedObservation[] {
  const out = [...observations];
  if (sort !== 'ascending' && sort !== 'descending') return out;
  const sign = sort === 'ascending' ? 1 : -1;
  // Stable: equal values keep the data order; missing values go last in both directions.
  return out.sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    return sign * (a.value - b.value);
  });
}

/** The visible label of each observation: the place, period and series, each only when it varies. */
function labeller(
  observations: readonly ResolvedObservation[],
  lang: Language,
): (o: ResolvedObservation) => string {
  const distinct = (f: (o: ResolvedObservation) => string): boolean => new Set(observations.map(f)).size > 1;
  const place = (o: ResolvedObservation): string => provinceName(o.place, lang);
  const period = (o: ResolvedObservation): string => formatPeriod(o.period, lang);
  // Series are named by their breakdown ("Cấp xã") when it tells them apart, else by their own labels.
  const byBreakdown = (o: ResolvedObservation): string => seriesLabel(o.breakdown, lang);
  const byLabel = (o: ResolvedObservation): string => localized(o.label, lang);
  const parts = [
    distinct((o) => `${o.place.era}:${o.place.code}`) ? place : undefined,
    distinct(period) ? period : undefined,
    distinct(byBreakdown) ? byBreakdown : distinct(byLabel) ? byLabel : undefined,
  ].filter((f): f is (o: ResolvedObservation) => string => f !== undefined);
  if (parts.length === 0) return place;
  return (o) =>
    parts
      .map((f) => f(o))
      .filter((t) => t !== '')
      .join(', ');
}

/** The number printed at a bar end: the number, with % for percentages (the unit is under the axis). */
function formatBarValue(value: number, indicator: IndicatorMeta, lang: Language, decimals: number): string {
  return indicator.unit === 'percent'
    ? formatPercent(value, lang, decimals)
    : formatNumber(value, lang, decimals);
}

function tickFormatter(
  indicator: IndicatorMeta,
  observations: readonly ResolvedObservation[],
  lang: Language,
): (value: number) => string {
  const max = Math.max(0, ...observations.map((o) => Math.abs(o.value ?? 0)));
  if (max >= 1e6) return (v) => formatCompact(v, lang);
  if (indicator.unit === 'percent') return (v) => formatPercent(v, lang);
  return (v) => formatNumber(v, lang);
}

/**
 * Bars of many provinces are grouped by region (63 provinces → 6 regions, 34 → 6), so any bar is a few
 * key presses away; other sets stay flat (and are binned by the navigation when long).
 */
function groupByRegion(data: readonly BarDatum[], leaves: readonly NavItem[], lang: Language): NavItem[] {
  if (leaves.length <= 12) return [...leaves];
  const places = new Set(data.map((d) => `${d.obs.place.era}:${d.obs.place.code}`));
  if (places.size !== data.length) return [...leaves]; // several bars per place: regions would not help
  const regions = data.map((d) => findProvince(d.obs.place.code, d.obs.place.era)?.region);
  if (regions.some((r) => r === undefined)) return [...leaves];
  return REGION_IDS.flatMap((region) => {
    const children = leaves.filter((_, i) => regions[i] === region);
    if (children.length === 0) return [];
    const name = regionName(region, lang);
    return [{ key: `region:${region}`, label: name, text: name, children }];
  });
}
