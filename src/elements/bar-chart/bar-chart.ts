import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../../chart/templates/style-props.js';
import { IctChartElement, chartDataInputs } from '../../chart/chart-element.js';
import { IndicatorDataController } from '../../chart/controllers/data-controller.js';
import { FigureController, chartFrameState } from '../../chart/controllers/figure-controller.js';
import { LocaleController } from '../../chart/controllers/locale-controller.js';
import { LazyPlotController } from '../../chart/controllers/lazy-plot-controller.js';
import { MediaController } from '../../chart/controllers/media-controller.js';
import { ProgressiveController } from '../../chart/controllers/progressive-controller.js';
import {
  NavigationController,
  markNavigation,
  groupLargeSets,
  navHelpKeys,
  navStrings,
  type NavItem,
  type NavStrings,
} from '../../chart/controllers/navigation-controller.js';
import { SizeController } from '../../chart/controllers/size-controller.js';
import { TextMetricsController } from '../../chart/controllers/text-metrics-controller.js';
import { TooltipController } from '../../chart/controllers/tooltip-controller.js';
import { type IctMarkDetail } from '../../chart/events.js';
import { groupByRegion } from '../../chart/nav-groups.js';
import {
  PENDING_FRAME_STATE,
  VIEW_PENDING,
  ViewMemo,
  isLargeData,
  type ViewStages,
} from '../../chart/view-memo.js';
import { layoutBars, type BarInput, type BarLayout, type BarMark } from '../../chart/geometry/bars.js';
import { uiStrings, type UiStrings } from '../../chart/i18n/ui.js';
import { frameStyles } from '../../chart/styles/frame.styles.js';
import { markStyles } from '../../chart/styles/marks.styles.js';
import { patternDefs } from '../../chart/styles/patterns.js';
import { axisStyles, plotBoxWithUnit, unitCaption, valueAxis } from '../../chart/templates/axis.js';
import { focusRing, focusRingStyles } from '../../chart/templates/focus-ring.js';
import { navLayerStyles } from '../../chart/templates/nav-layer.js';
import { tooltip, tooltipStyles } from '../../chart/templates/tooltip.js';
import { decimalsOf, localized, observationName } from '../../core/describe/labels.js';
import {
  VALUE_SORTS,
  isHighlighted,
  observationKey,
  observationLabeller,
  pickIndicator,
  sortObservations,
  type ValueSort,
} from '../../core/describe/observations.js';
import { summarize } from '../../core/describe/summary.js';
import { tableModel, type TableModelResult } from '../../core/describe/table.js';
import { describeIssue, messages, type DeepPartial, type Messages } from '../../core/i18n/messages.js';
import { formatValue, unitLabel } from '../../core/format/format.js';
import { formatMarkValue, tickFormatter } from '../../core/format/marks.js';
import type {
  IndicatorDataset,
  IndicatorMeta,
  Language,
  ResolvedObservation,
  ResolvedPlace,
  Source,
} from '../../core/indicator/types.js';
import { barChartStyles } from './bar-chart.styles.js';

/** Orders of the bars. */
export const BAR_SORTS = VALUE_SORTS;
export type BarSort = ValueSort;

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
  /** The indicator's source and each observation's, for the source line (made once per view, not per frame). */
  sources: (Source | undefined)[];
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
export class IctBarChart extends IctChartElement {
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

  /** Order of the bars: `none` (as in the data), `descending` or `ascending` by value. Missing values always come last. */
  @property({ reflect: true }) sort: BarSort = 'none';

  /** Overrides of any text per language, e.g. `{ vi: { retry: 'Tải lại', missing: { 'not-available': 'chưa có' } }, en: { navFirst: 'Start' } }`. */
  @property({ attribute: false }) strings?: BarChartStrings;

  // ═══ Controllers and state ═══════════════════════════════════════════════════════════════════════

  private readonly size = new SizeController(this);
  private readonly metrics = new TextMetricsController(this);
  private readonly locale = new LocaleController(this);
  private readonly source = new IndicatorDataController(this, () => chartDataInputs(this));
  private readonly media = new MediaController(this);
  private readonly figure = new FigureController(this);
  private readonly progressive = new ProgressiveController(this);
  private readonly lazy = new LazyPlotController(this, () => this.loading);
  private readonly tooltips = new TooltipController(this);
  private readonly nav = new NavigationController(this, {
    ...markNavigation(this, this.tooltips, this.figure, (key) => this.detailOf(key)),
    items: () => this.views.current?.items ?? [],
    label: () => this.navText().navTreeLabel(this.titleText()),
    strings: () => this.navText(),
  });

  private readonly views = new ViewMemo<BarView | undefined>(this);

  // ═══ Lifecycle ═══════════════════════════════════════════════════════════════════════════════════

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Row 17: new data is announced once (the figure debounces bursts); the navigation keeps the active key.
    const view = this.views.current;
    if (view === undefined) return;
    this.figure.noteShownData(this.source.state.dataset, () =>
      uiStrings(this.locale.lang, this.strings).dataUpdated(this.titleText(), view.observations.length),
    );
  }

  override render(): TemplateResult {
    const lang = this.locale.lang;
    const state = this.source.state;
    const dataset = state.status === 'ready' ? state.dataset : undefined;
    const result = dataset === undefined ? undefined : this.viewOf(dataset, lang);
    const pending = result === VIEW_PENDING;
    const view = pending ? undefined : result;
    const strings = this.strings;
    return this.figure.render({
      lang,
      strings,
      title: this.titleText(),
      headingLevel: this.headingLevel,
      summary: view?.summary,
      sources: view?.sources,
      state: pending ? PENDING_FRAME_STATE : chartFrameState(state, view !== undefined, this.indicator),
      onRetry: () => this.source.retry(),
      chart:
        view === undefined
          ? undefined
          : this.lazy.plot(plotBoxWithUnit(view.layout, unitLabel(view.indicator.unit, lang, 'short')), () =>
              this.renderChart(view, lang),
            ),
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
    const { height } = plotBoxWithUnit(layout, unit);
    const tickSize = Math.max(12, Math.round(view.fontSize * 0.875));
    const { grid, axis } = valueAxis({ ...layout, fontSize: tickSize });
    const marks = svg`<svg
      class="marks"
      aria-hidden="true"
      width=${layout.width}
      height=${height}
      viewBox="0 0 ${layout.width} ${height}"
    >
      <defs>${patternDefs([1])}</defs>
      ${grid}
      ${this.progressive.list('bars', view.data, (d) => this.renderBar(d), 4)}
      ${axis}
      ${unitCaption(layout, unit, tickSize)}
    </svg>`;
    return html`<div
      class="plot"
      data-motion=${this.media.plotMotion(layout.width)}
      style=${styleProps({ width: `${layout.width}px`, height: `${height}px` })}
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
        : formatValue(obs.value, view.indicator.unit, lang, decimalsOf(view.indicator));
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
    if (this.authorLabel !== undefined) return this.authorLabel;
    // While loading or failing, the last view is of a document no longer shown: no stale title.
    if (this.source.state.status !== 'ready') return '';
    const indicator =
      this.views.current?.indicator ?? pickIndicator(this.source.state.dataset, this.indicator);
    return indicator === undefined ? '' : localized(indicator.label, this.locale.lang);
  }

  private navText(): NavStrings {
    return navStrings(this.locale.lang, this.strings);
  }

  /** The view for the current inputs, recomputed only when one of them changed. */
  private viewOf(dataset: IndicatorDataset, lang: Language): BarView | undefined | typeof VIEW_PENDING {
    const { fontSize, measure } = this.metrics;
    const inputs: unknown[] = [dataset, lang, this.size.width, fontSize, measure, this.sort];
    inputs.push(this.highlight, this.highlightEra, this.indicator, this.strings);
    return this.views.getStaged(inputs, () => this.computeView(dataset, lang), isLargeData(dataset));
  }

  /** The view, in stages: each `yield` is where a large document's computation lets the page run (ViewMemo). */
  private *computeView(dataset: IndicatorDataset, lang: Language): ViewStages<BarView | undefined> {
    const indicator = pickIndicator(dataset, this.indicator);
    if (indicator === undefined) return undefined;
    const observations = dataset.observations.filter((o) => o.indicator === indicator.id);
    if (observations.length === 0) return undefined;
    const sorted = sortObservations(observations, this.sort);
    const labelOf = observationLabeller(observations, lang);
    const decimals = decimalsOf(indicator);
    const catalogue = messages(lang, this.strings);
    const highlighted = (o: ResolvedObservation): boolean =>
      isHighlighted(o, this.highlight, this.highlightEra);
    const rows: BarInput[] = sorted.map((o) => ({
      key: observationKey(o),
      label: labelOf(o),
      value: o.value,
      valueText:
        o.value === null
          ? catalogue.missing[o.missing ?? 'not-available']
          : formatMarkValue(o.value, indicator, lang, decimals),
      highlighted: highlighted(o),
    }));
    yield;
    const layout = layoutBars(rows, {
      width: this.size.width,
      fontSize: this.metrics.fontSize,
      measure: this.metrics.measure,
      formatTick: tickFormatter(
        indicator,
        Math.max(0, ...observations.map((o) => Math.abs(o.value ?? 0))),
        lang,
      ),
    });
    yield;
    // Accessible names are composed when read (the keys reach a bar, the tree draws it): 10 000 bars need few.
    const data: BarDatum[] = sorted.map((obs, i) => {
      let name: string | undefined;
      return {
        obs,
        mark: layout.bars[i]!,
        label: rows[i]!.label,
        get name() {
          return (name ??= observationName(obs, indicator, lang, undefined, catalogue));
        },
      };
    });
    const byKey = new Map(data.map((d) => [d.mark.key, d]));
    const leaves: NavItem[] = data.map((d) => ({
      key: d.mark.key,
      get label() {
        return d.name;
      },
      text: d.label,
      rect: d.mark.hit,
    }));
    const nav = this.navText();
    const places = data.map((d) => d.obs.place);
    const items = groupLargeSets(groupByRegion(places, leaves, lang), (first, last, from, to) =>
      nav.navGroupRange(from, to, first.text ?? first.label, last.text ?? last.label),
    );
    yield;
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
      sources: [indicator.source, ...sorted.map((o) => o.source)],
      table: tableModel(indicator, sorted, lang, catalogue),
      indicator,
      observations: sorted,
      layout,
      data,
      byKey,
      items,
      fontSize: this.metrics.fontSize,
      highlight: hl?.place,
    };
  }

  // ═══ Events ══════════════════════════════════════════════════════════════════════════════════════

  private detailOf(key: string): IctMarkDetail | undefined {
    const view = this.views.current;
    const d = view?.byKey.get(key);
    if (d === undefined || view === undefined) return undefined;
    const { obs } = d;
    return { key, indicator: view.indicator.id, place: obs.place, period: obs.period, value: obs.value };
  }
}
