import {
  html,
  noChange,
  nothing,
  render as renderTemplate,
  svg,
  type PropertyDeclaration,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';
import { property } from 'lit/decorators.js';
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  type SymbolType,
} from 'd3-shape';
import { IctChartElement, chartDataInputs } from '../../chart/chart-element.js';
import { IndicatorDataController } from '../../chart/controllers/data-controller.js';
import { FigureController, chartFrameState } from '../../chart/controllers/figure-controller.js';
import { LocaleController } from '../../chart/controllers/locale-controller.js';
import { LazyPlotController } from '../../chart/controllers/lazy-plot-controller.js';
import { MediaController } from '../../chart/controllers/media-controller.js';
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
import { warnOnce } from '../../chart/define.js';
import { type IctMarkDetail } from '../../chart/events.js';
import type { Rect } from '../../chart/geometry/rect.js';
import {
  PENDING_FRAME_STATE,
  VIEW_PENDING,
  ViewMemo,
  isLargeData,
  type ViewStages,
} from '../../chart/view-memo.js';
import { uiStrings, type UiStrings } from '../../chart/i18n/ui.js';
import { frameStyles } from '../../chart/styles/frame.styles.js';
import { markStyles } from '../../chart/styles/marks.styles.js';
import { patternDefs } from '../../chart/styles/patterns.js';
import { axisStyles, valueAxis } from '../../chart/templates/axis.js';
import { focusRing, focusRingStyles } from '../../chart/templates/focus-ring.js';
import { navLayerStyles } from '../../chart/templates/nav-layer.js';
import { styleProps } from '../../chart/templates/style-props.js';
import { tooltip, tooltipStyles } from '../../chart/templates/tooltip.js';
import {
  changeText,
  decimalsOf,
  isYearOnly,
  localized,
  moveText,
  observationName,
  periodInline,
  periodKey,
  periodOrder,
  seriesLabel,
  upperFirst,
  valueText,
} from '../../core/describe/labels.js';
import { isHighlighted, observationKey, pickIndicator } from '../../core/describe/observations.js';
import { summarize } from '../../core/describe/summary.js';
import { tableModel, type TableModelResult } from '../../core/describe/table.js';
import {
  formatCompact,
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  formatPeriod,
  formatSignedPercent,
  formatValue,
  signedFormat,
  PERCENT_SPACE,
  unitLabel,
} from '../../core/format/format.js';
import { formatMarkValue, tickFormatter } from '../../core/format/marks.js';
import { describeIssue, messages, type DeepPartial, type Messages } from '../../core/i18n/messages.js';
import type {
  DataIssue,
  IndicatorDataset,
  IndicatorMeta,
  Language,
  ResolvedObservation,
  ResolvedPlace,
  Unit,
} from '../../core/indicator/types.js';
import { provinceName } from '../../core/provinces/provinces.js';
import {
  DOT_RADIUS,
  MARKER_SHAPES,
  groupRing,
  layoutBeforeAfter,
  layoutColumns,
  layoutLines,
  layoutPlan,
  markPlaces,
  type BeforeAfterLayout,
  type ColumnsLayout,
  type LinesLayout,
  type MarkPlace,
  type MarkerShape,
  type PlanLayout,
  type TrendLayout,
  type TrendPointInput,
  type TrendSeriesInput,
  type TrendText,
} from './indicator-trend.geometry.js';
import {
  TREND_FORMS,
  beforeOf,
  chooseForm,
  changeOf,
  filterByPlace,
  formFits,
  groupByTime,
  percentDecimals,
  planOf,
  seriesOf,
  type DrawnForm,
  type PointChange,
  type TimeGroupNames,
  type TrendForm,
  type TrendSeriesModel,
} from './indicator-trend.model.js';
import { indicatorTrendStyles } from './indicator-trend.styles.js';
import { trendStrings, type TrendStrings } from './indicator-trend.strings.js';

export { TREND_FORMS, type TrendForm };

/**
 * Per-language overrides of every text of the element, in one object: the frame's UI strings, the
 * navigation's (`nav*`), the element's own (`trend*`) and the data texts of the catalogue (`summary`,
 * `missing`, …). Their keys do not collide, so each part takes what is its own.
 */
export type IndicatorTrendStrings = Partial<
  Record<Language, Partial<UiStrings & NavStrings & TrendStrings> & DeepPartial<Messages>>
>;

/** One drawn value with its observation and texts. */
interface TrendDatum {
  obs: ResolvedObservation;
  /** Accessible name without the position. */
  name: string;
  /** Tooltip title ("Hà Tĩnh, 2020"). */
  title: string;
  /** Tooltip lines (full value, change, plan, source); made when the tooltip shows (a long series has 10 000 data). */
  lines: () => string[];
}

/** Everything render() draws, derived from the data, the language and the size. */
interface TrendView {
  indicator: IndicatorMeta;
  form: DrawnForm;
  observations: ResolvedObservation[];
  layout: TrendLayout;
  places: Map<string, MarkPlace>;
  /** The focus ring of an item (made when asked for, then kept). */
  ringOf: (key: string) => Rect | undefined;
  byKey: Map<string, TrendDatum>;
  items: NavItem[];
  summary: string[];
  table: TableModelResult;
  fontSize: number;
}

/** A problem of the element's own attributes with the data (shown as the error state). */
type ViewResult = { view: TrendView } | { issue: DataIssue } | undefined;

/** Values from this size are printed compact at the marks and on the axis ("1,34 nghìn tỷ"); full in names and the table. */
const COMPACT_FROM = 1e6;

const SYMBOLS: Record<MarkerShape, { type: SymbolType; rotate: number }> = {
  circle: { type: symbolCircle, rotate: 0 },
  square: { type: symbolSquare, rotate: 0 },
  triangle: { type: symbolTriangle, rotate: 0 },
  diamond: { type: symbolDiamond, rotate: 0 },
  'triangle-down': { type: symbolTriangle, rotate: 180 },
  cross: { type: symbolCross, rotate: 45 },
  plus: { type: symbolCross, rotate: 0 },
  star: { type: symbolStar, rotate: 0 },
};
const symbolPaths = new Map<MarkerShape, string>(
  MARKER_SHAPES.map((shape) => [shape, symbol(SYMBOLS[shape].type, 90)() ?? '']),
);

/** CSS part of each text role. */
const TEXT_PARTS: Record<TrendText['role'], string> = {
  value: 'value',
  status: 'value',
  missing: 'value',
  period: 'label',
  label: 'label',
  change: 'change',
  series: 'series-label',
  tick: 'axis-label',
  unit: 'axis-label',
  headline: 'headline',
  legend: 'legend',
};

/** A number with its sign: "+47", "-11" (Intl's signs, as every number of the library). */
function signedNumber(value: number, lang: Language, decimals: number): string {
  return signedFormat(lang, decimals).format(value);
}

/** Rounded to `digits` significant digits: a plan derived from a two-decimal percent is not exact to the đồng. */
function significant(value: number, digits: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}

/**
 * A value with its unit, compact from a million up: "1,34 nghìn tỷ đồng" / "VND 1.34T", "3.100", "4 ngày".
 */
function compactValue(value: number, unit: Unit, lang: Language, decimals: number): string {
  if (Math.abs(value) < COMPACT_FROM) return formatValue(value, unit, lang, decimals);
  const number = formatCompact(value, lang);
  switch (unit) {
    case 'vnd':
      return lang === 'en' ? `VND ${number}` : `${number} đồng`;
    case 'count':
      return number;
    case 'percent':
      return formatPercent(value, lang, decimals);
    default:
      return `${number} ${unitLabel(unit, lang)}`;
  }
}

/**
 * @summary An ICT indicator over time — revenue, stations, certificates, subscribers — as columns or a line with change labels, or in the two compact forms the sources use: actual against plan, and before against after.
 *
 * @tag ict-indicator-trend
 *
 * @attr lang - Language of every text: `vi` (default) or `en`. Inherited from the nearest ancestor with `lang`, else `<html lang>`; a live change re-renders every string.
 *
 * @slot description - Author text that replaces the generated summary (read once, as the figure's description).
 *
 * @csspart chart - The box of the visual layer.
 * @csspart column - One column (or, in the narrow layout, one bar) of the columns form.
 * @csspart line - The line of one series.
 * @csspart marker - A point marker of a line (its shape tells the series apart).
 * @csspart bar - The actual value's bar of the plan form.
 * @csspart plan-marker - The plan marker of the plan form.
 * @csspart dot - A dot of the before/after form (hollow: before; filled: after).
 * @csspart label - A period or row label.
 * @csspart value - A value printed at its mark, its status, or the no-data phrase.
 * @csspart change - A change label between consecutive periods ("+12,5 %", "khoảng +3,5 %").
 * @csspart series-label - The direct label at the end of a line.
 * @csspart headline - The headline of a compact form ("111,78 % kế hoạch", "giảm 11 ngày (-73 %)").
 * @csspart legend - A legend line of a compact form.
 * @csspart axis - A value axis.
 * @csspart axis-label - A tick label or the unit of an axis.
 * @csspart nav - The navigation tree laid over the marks (invisible; carries the accessible names).
 * @csspart nav-item - One navigable item over its mark.
 * @csspart focus-ring - The SVG focus ring around the focused mark.
 * @csspart tooltip - The tooltip of the hovered or focused mark.
 *
 * @cssprop --ict-font-family - Font of every text.
 * @cssprop --ict-font-size - Base font size (default 1rem); every size inside is relative to it.
 * @cssprop --ict-text-color - Text colour, plan markers and before/after arrows.
 * @cssprop --ict-muted-color - Secondary text (ticks, changes, statuses, the no-data phrase).
 * @cssprop --ict-background - Background colour.
 * @cssprop --ict-color-1 - Columns, bars and the first series (`--ict-color-2` … `--ict-color-8` for further series).
 * @cssprop --ict-focus-color - Colour of the focus ring (keep 3:1 against the background).
 * @cssprop --ict-axis-color - Axis lines.
 * @cssprop --ict-grid-color - Gridlines.
 *
 * @fires ict-select - A mark was selected with Enter, Space or a click; `detail` is `{ key, indicator, place, period, value }`.
 * @fires ict-mark-focus - A mark got focus (keys, Tab or click); `detail` as for `ict-select`.
 * @fires ict-data-load - The data was loaded and validated; `detail` is `{ dataset, warnings }`.
 * @fires ict-data-error - The data could not be loaded or is invalid; `detail` is `{ issues }`. The element shows them.
 *
 * @example
 * ```html
 * <ict-indicator-trend src="/data/ben-tre-2016.json" indicator="postal_telecom_revenue"></ict-indicator-trend>
 * <ict-indicator-trend src="/data/subscribers.json" form="line" place="Hà Tĩnh"></ict-indicator-trend>
 * ```
 */
export class IctIndicatorTrend extends IctChartElement {
  static override styles = [
    frameStyles,
    markStyles,
    navLayerStyles,
    focusRingStyles,
    axisStyles,
    tooltipStyles,
    indicatorTrendStyles,
  ];

  // ═══ Public properties ═══════════════════════════════════════════════════════════════════════════

  /** Form: `auto` (default: plan or before/after when the data states one, else columns up to 8 periods and a line beyond), `columns`, `line`, `plan` or `before-after`. */
  @property({ reflect: true }) form: TrendForm = 'auto';

  /** Draw only this place: a province code ("42") or a name in any spelling ("Hà Tĩnh", "ha tinh"). Default: every place, one line each. */
  @property() place?: string;

  /** Overrides of any text per language, e.g. `{ vi: { trendPlanShare: (p) => \`đạt ${p} kế hoạch\` }, en: { navFirst: 'Start' } }`. */
  @property({ attribute: false }) strings?: IndicatorTrendStrings;

  // ═══ Controllers and state ═══════════════════════════════════════════════════════════════════════

  private readonly size = new SizeController(this);
  private readonly metrics = new TextMetricsController(this);
  private readonly locale = new LocaleController(this);
  private readonly source = new IndicatorDataController(this, () => chartDataInputs(this));
  private readonly media = new MediaController(this);
  private readonly lazy = new LazyPlotController(this, () => this.loading);
  private readonly figure = new FigureController(this);
  /**
   * The host the navigation and tooltip controllers are given: the element itself, except that their
   * update requests redraw the plot only. A focus move must not re-render the frame around it — with 10 000
   * values that meant diffing a 10 000-row table on every arrow key (see {@link render}).
   */
  private readonly plotHost = new Proxy(this, {
    get: (target, property) => {
      if (property === 'requestUpdate') return () => this.requestPlotUpdate();
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  private readonly tooltips = new TooltipController(this.plotHost);
  private readonly nav = new NavigationController(this.plotHost, {
    items: () => this.currentView()?.items ?? [],
    label: () => this.navText().navTreeLabel(this.titleText()),
    strings: () => this.navText(),
    // Events go to the element itself, not to the plot-only update host the controllers are given.
    ...markNavigation(this, this.tooltips, this.figure, (key) => this.detailOf(key)),
  });

  private readonly views = new ViewMemo<ViewResult>(this);
  /** Set by every update request except the plot's own: the frame (title, summary, table…) must be redrawn. */
  private frameDirty = true;
  /** The plot, rendered into its slot in the frame after each update. */
  private plot: TemplateResult | typeof nothing = nothing;
  private readonly plotSlot: Ref<HTMLDivElement> = createRef();

  // ═══ Lifecycle ═══════════════════════════════════════════════════════════════════════════════════

  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    useNewValue?: boolean,
    newValue?: unknown,
  ): void {
    this.frameDirty = true;
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  /** An update that redraws the plot only (focus, tooltip, live text of the navigation). */
  private requestPlotUpdate(): void {
    super.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const slot = this.plotSlot.value;
    if (slot !== undefined) renderTemplate(this.plot, slot, { host: this });
    const view = this.currentView();
    if (view === undefined) return;
    this.figure.noteShownData(this.source.state.dataset, () =>
      uiStrings(this.locale.lang, this.strings).dataUpdated(this.titleText(), view.observations.length),
    );
  }

  override render(): unknown {
    const lang = this.locale.lang;
    const state = this.source.state;
    const dataset = state.status === 'ready' ? state.dataset : undefined;
    const viewed = dataset === undefined ? undefined : this.viewOf(dataset, lang);
    const result = viewed === VIEW_PENDING ? undefined : viewed;
    const view = result !== undefined && 'view' in result ? result.view : undefined;
    const frameState =
      viewed === VIEW_PENDING
        ? PENDING_FRAME_STATE
        : result !== undefined && 'issue' in result
          ? { status: 'error' as const, issues: [result.issue] }
          : chartFrameState(state, view !== undefined, this.indicator);
    // The plot is drawn into a stable slot after the update (updated()); the frame is re-rendered only when
    // something other than the plot asked for the update.
    this.plot =
      view === undefined ? nothing : this.lazy.plot(view.layout, () => this.renderChart(view, lang));
    if (!this.frameDirty) return noChange;
    this.frameDirty = false;
    return this.renderFrame(lang, frameState, view);
  }

  private renderFrame(
    lang: Language,
    frameState: ReturnType<typeof chartFrameState>,
    view: TrendView | undefined,
  ): TemplateResult {
    return this.figure.render({
      lang,
      strings: this.strings,
      title: this.titleText(),
      headingLevel: this.headingLevel,
      summary: view?.summary,
      sources: view === undefined ? undefined : [view.indicator.source],
      state: frameState,
      onRetry: () => this.source.retry(),
      chart: view === undefined ? undefined : html`<div class="plot-slot" ${ref(this.plotSlot)}></div>`,
      table: view?.table,
      describeIssue: (issue, issueLang) => this.describeIssue(issue, issueLang),
      keymap: navHelpKeys(this.navText()),
      noExport: this.noExport,
      noTable: this.noTable,
      landmark: this.landmark,
      filename: view === undefined ? 'ict-indicator-trend' : `ict-indicator-trend-${view.indicator.id}`,
    });
  }

  // ═══ Rendering ═══════════════════════════════════════════════════════════════════════════════════

  private renderChart(view: TrendView, lang: Language): TemplateResult {
    const { layout } = view;
    const { width, height } = layout;
    let body: unknown;
    switch (layout.kind) {
      case 'columns':
        body = this.renderColumns(layout, view.fontSize);
        break;
      case 'line':
        body = this.renderLines(layout);
        break;
      case 'plan':
        body = this.renderPlan(layout, view.fontSize);
        break;
      default:
        body = this.renderBeforeAfter(layout, view.fontSize);
    }
    // The series the marks fill (`ict-series-N`): only their pattern tiles are defined. Lines and dots have
    // their own solid colours.
    const filled =
      layout.kind === 'columns'
        ? layout.columns.filter((c) => !c.target).map((c) => (c.seriesIndex % 8) + 1)
        : layout.kind === 'plan'
          ? [1]
          : [];
    const marks = svg`<svg
      class="marks form-${view.form}"
      aria-hidden="true"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
    >
      <defs>${patternDefs(filled)}</defs>
      ${body}
      ${layout.texts.map((t) => this.renderText(t))}
    </svg>`;
    const active = this.nav.focused ? this.nav.active : undefined;
    const ring = active === undefined ? undefined : view.ringOf(active.key);
    return html`<div
      class="plot"
      data-motion=${this.media.plotMotion(width)}
      data-form=${view.form}
      style=${styleProps({ width: `${width}px`, height: `${height}px` })}
    >
      ${marks} ${this.nav.render()} ${focusRing(ring === undefined ? [] : [ring], { width, height })}
      ${this.renderTooltip(view, lang, height)}
    </div>`;
  }

  private renderText(t: TrendText): TemplateResult {
    const cls = `t-${t.role}${t.highlighted ? ' highlighted' : ''}`;
    return svg`<text class=${cls} part=${TEXT_PARTS[t.role]} data-key=${t.key ?? nothing} x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${t.font.size} font-weight=${t.font.bold ? 700 : nothing} font-style=${t.font.italic ? 'italic' : nothing}>${t.text}</text>`;
  }

  /** Horizontal gridlines and the zero line of a vertical value axis. */
  private renderVerticalGrid(layout: ColumnsLayout | LinesLayout): TemplateResult {
    const { plot } = layout;
    return svg`<g class="grid">${layout.yTicks.map(
      (t) => svg`<line class="gridline" x1=${plot.x} x2=${plot.x + plot.width} y1=${t.y} y2=${t.y}></line>`,
    )}</g>`;
  }

  private renderColumns(layout: ColumnsLayout, fontSize: number): TemplateResult {
    const horizontal = layout.orientation === 'horizontal';
    const axis = horizontal
      ? valueAxis({
          ticks: layout.xTicks,
          axis: layout.axis,
          plot: layout.plot,
          zeroX: layout.zero,
          fontSize: Math.max(12, Math.round(fontSize * 0.875)),
        })
      : undefined;
    const columns = layout.columns.map((c) => {
      const cls = [
        horizontal ? 'bar' : 'column',
        c.target ? 'target' : `ict-series-${(c.seriesIndex % 8) + 1}`,
        c.estimate ? 'estimate' : '',
        c.highlighted ? 'highlighted' : '',
      ]
        .filter(Boolean)
        .join(' ');
      if (c.placeholder !== undefined) {
        const p = c.placeholder;
        return svg`<rect class="placeholder" data-key=${c.key} x=${p.x} y=${p.y} width=${p.width} height=${p.height} rx="2"></rect>`;
      }
      return svg`<rect class=${cls} part="column" data-key=${c.key} x=${c.bar.x} y=${c.bar.y} width=${c.bar.width} height=${c.bar.height}></rect>`;
    });
    if (horizontal) return svg`${axis!.grid}${columns}${axis!.axis}`;
    return svg`${this.renderVerticalGrid(layout)}${columns}
      <g class="axis" part="axis"><line class="axis-line" x1=${layout.plot.x} x2=${layout.plot.x + layout.plot.width} y1=${layout.zero} y2=${layout.zero}></line></g>`;
  }

  private renderLines(layout: LinesLayout): TemplateResult {
    const { plot } = layout;
    const bottom = plot.y + plot.height;
    const marker = (p: { x: number; y: number; key: string }, s: LinesLayout['series'][number]) => {
      const spec = SYMBOLS[s.shape];
      const rotate = spec.rotate === 0 ? '' : ` rotate(${spec.rotate})`;
      return svg`<path class=${`marker series-fill-${(s.index % 8) + 1}${s.highlighted ? ' highlighted' : ''}`} part="marker" data-key=${p.key} data-shape=${s.shape} transform=${`translate(${p.x},${p.y})${rotate}`} d=${symbolPaths.get(s.shape)!}></path>`;
    };
    return svg`${this.renderVerticalGrid(layout)}
      <g class="axis" part="axis">
        <line class="axis-line" x1=${plot.x} x2=${plot.x + plot.width} y1=${bottom} y2=${bottom}></line>
        ${layout.xTicks.map((t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + 5}></line>`)}
      </g>
      ${layout.endMarkers.map((e) => {
        const spec = SYMBOLS[e.shape];
        const rotate = spec.rotate === 0 ? '' : ` rotate(${spec.rotate})`;
        return svg`<path class=${`marker key-marker series-fill-${(e.index % 8) + 1}${e.highlighted ? ' highlighted' : ''}`} data-key=${e.key} data-shape=${e.shape} transform=${`translate(${e.x},${e.y})${rotate}`} d=${symbolPaths.get(e.shape)!}></path>`;
      })}
      ${layout.series.map(
        (s) => svg`<g class="series" data-key=${s.key}>
          <path class=${`line ict-series-stroke-${(s.index % 8) + 1}${s.highlighted ? ' highlighted' : ''}`} part="line" data-key=${s.key} data-dash=${s.dash || 'solid'} stroke-dasharray=${s.dash || nothing} d=${s.path}></path>
          ${s.missing.map((p) => svg`<path class="missing-mark" data-key=${p.key} transform=${`translate(${p.x},${p.y})`} d="M-4,-4L4,4M-4,4L4,-4"></path>`)}
          ${s.markers.map((p) => marker(p, s))}
        </g>`,
      )}`;
  }

  private renderPlan(layout: PlanLayout, fontSize: number): TemplateResult {
    const { grid, axis } = this.compactAxis(
      layout,
      fontSize,
      layout.rows.map((r) => ({ y1: r.bar.y - 10, y2: r.bar.y + r.bar.height + 10 })),
    );
    return svg`${grid}
      ${layout.rows.map(
        (r) => svg`<g class="row" data-key=${r.key}>
          <rect class=${`bar ict-series-1${r.highlighted ? ' highlighted' : ''}`} part="bar" data-key=${r.key} x=${r.bar.x} y=${r.bar.y} width=${r.bar.width} height=${r.bar.height}></rect>
          <line class="plan-marker" part="plan-marker" data-key=${r.key} x1=${r.planLine.x} x2=${r.planLine.x} y1=${r.planLine.y1} y2=${r.planLine.y2}></line>
          <rect class="swatch ict-series-1" x=${r.actualSwatch.x} y=${r.actualSwatch.y} width=${r.actualSwatch.width} height=${r.actualSwatch.height}></rect>
          <line class="plan-marker swatch" x1=${r.planSwatch.x} x2=${r.planSwatch.x} y1=${r.planSwatch.y1} y2=${r.planSwatch.y2}></line>
        </g>`,
      )}
      ${axis}`;
  }

  private renderBeforeAfter(layout: BeforeAfterLayout, fontSize: number): TemplateResult {
    const { grid, axis } = this.compactAxis(
      layout,
      fontSize,
      layout.rows.map((r) => ({ y1: r.y - 12, y2: r.y + 12 })),
    );
    const r0 = DOT_RADIUS;
    return svg`${grid}
      ${layout.rows.map(
        (r) => svg`<g class="row" data-key=${r.key}>
          <line class="connector" x1=${r.line.x1} x2=${r.line.x2} y1=${r.y} y2=${r.y}></line>
          ${r.arrow ? svg`<path class="arrow" d=${r.arrow}></path>` : nothing}
          <circle class="dot-before" part="dot" data-key=${r.key} data-state="before" cx=${r.beforeX} cy=${r.y} r=${r0}></circle>
          <circle class=${`dot-after${r.highlighted ? ' highlighted' : ''}`} part="dot" data-key=${r.key} data-state="after" cx=${r.afterX} cy=${r.y} r=${r0}></circle>
          <circle class="dot-before" cx=${r.beforeSymbol.x} cy=${r.beforeSymbol.y} r="5"></circle>
          <circle class="dot-after" cx=${r.afterSymbol.x} cy=${r.afterSymbol.y} r="5"></circle>
        </g>`,
      )}
      ${axis}`;
  }

  /**
   * The value axis of the compact forms, with gridlines and the zero line only across each row's mark
   * (`bands`): full-height lines would cross the headline and legend texts.
   */
  private compactAxis(
    layout: PlanLayout | BeforeAfterLayout,
    fontSize: number,
    bands: readonly { y1: number; y2: number }[],
  ): { grid: TemplateResult; axis: TemplateResult } {
    const { axis } = valueAxis({
      ticks: layout.ticks,
      axis: layout.axis,
      plot: { ...layout.plot, y: layout.axis.y, height: 0 },
      zeroX: layout.zeroX,
      fontSize: Math.max(12, Math.round(fontSize * 0.875)),
    });
    const grid = svg`<g class="grid">${bands.map(
      (b) =>
        svg`${layout.ticks.map((t) => svg`<line class="gridline" x1=${t.x} x2=${t.x} y1=${b.y1} y2=${b.y2}></line>`)}
        <line class="axis-line" x1=${layout.zeroX} x2=${layout.zeroX} y1=${b.y1} y2=${b.y2}></line>`,
    )}</g>`;
    return { grid, axis };
  }

  private renderTooltip(
    view: TrendView,
    _lang: Language,
    plotHeight: number,
  ): TemplateResult | typeof nothing {
    const key = this.tooltips.key;
    const d = key === undefined ? undefined : view.byKey.get(key);
    const place = key === undefined ? undefined : view.places.get(key);
    if (d === undefined || place === undefined || key === undefined) return nothing;
    return tooltip({
      key,
      title: d.title,
      lines: d.lines(),
      anchor: place.ring,
      x: place.ring.x + place.ring.width + 4,
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
      this.currentView()?.indicator ?? pickIndicator(this.source.state.dataset, this.indicator);
    return indicator === undefined ? '' : localized(indicator.label, this.locale.lang);
  }

  private navText(): NavStrings {
    return navStrings(this.locale.lang, this.strings);
  }

  private currentView(): TrendView | undefined {
    const current = this.views.current;
    return current !== undefined && 'view' in current ? current.view : undefined;
  }

  private describeIssue(issue: DataIssue, lang: Language): string {
    const own = trendStrings(lang, this.strings);
    if (issue.path === 'form' && (issue.got === 'plan' || issue.got === 'before-after')) {
      return own.trendFormMismatch(issue.got);
    }
    if (issue.path === 'place' && typeof issue.got === 'string') return own.trendPlaceMissing(issue.got);
    return describeIssue(issue, lang, messages(lang, this.strings));
  }

  /** The requested form, or `auto` (with one warning) for a value that is not a form. */
  private requestedForm(): TrendForm {
    if ((TREND_FORMS as readonly string[]).includes(this.form)) return this.form;
    warnOnce(
      'trend-form',
      `<ict-indicator-trend> form="${String(this.form)}" is not one of ${TREND_FORMS.join(', ')}; "auto" is used.`,
    );
    return 'auto';
  }

  /** The view for the current inputs, recomputed only when one of them changed. */
  private viewOf(dataset: IndicatorDataset, lang: Language): ViewResult | typeof VIEW_PENDING {
    const { fontSize, measure } = this.metrics;
    const inputs: unknown[] = [dataset, lang, this.size.width, fontSize, measure, this.form, this.place];
    inputs.push(this.highlight, this.highlightEra, this.indicator, this.strings);
    return this.views.getStaged(inputs, () => this.computeView(dataset, lang), isLargeData(dataset));
  }

  /** The view, in stages: each `yield` is where a large document's computation lets the page run (ViewMemo). */
  private *computeView(dataset: IndicatorDataset, lang: Language): ViewStages<ViewResult> {
    const indicator = pickIndicator(dataset, this.indicator);
    if (indicator === undefined) return undefined;
    const all = dataset.observations.filter((o) => o.indicator === indicator.id);
    if (all.length === 0) return undefined;
    const chosen = filterByPlace(all, this.place);
    if (chosen.length === 0) {
      return { issue: { code: 'unknown-place', path: 'place', got: this.place ?? '', severity: 'error' } };
    }
    const series = seriesOf(chosen);
    const form = chooseForm(this.requestedForm(), chosen, series);
    if (!formFits(form, chosen, indicator)) {
      return { issue: { code: 'unknown-value', path: 'form', got: form, severity: 'error' } };
    }
    yield;
    const texts = new TrendTexts(indicator, lang, this.strings, chosen);
    const highlighted = (o: ResolvedObservation): boolean =>
      isHighlighted(o, this.highlight, this.highlightEra);
    // Several places: the highlight tells one apart. One place: everything would be highlighted, so nothing is.
    const severalPlaces = new Set(chosen.map((o) => `${o.place.era}:${o.place.code}`)).size > 1;
    const hl = (o: ResolvedObservation): boolean => severalPlaces && highlighted(o);
    const layoutOptions = {
      width: this.size.width,
      fontSize: this.metrics.fontSize,
      measure: this.metrics.measure,
      formatTick: tickFormatter(indicator, Math.max(0, ...chosen.map((o) => Math.abs(o.value ?? 0))), lang),
      unitText: unitLabel(indicator.unit, lang, 'short'),
    };
    const built =
      form === 'plan'
        ? this.buildPlan(chosen, texts, hl, layoutOptions)
        : form === 'before-after'
          ? this.buildBeforeAfter(chosen, texts, hl, layoutOptions)
          : this.buildTrend(form, series, texts, hl, layoutOptions);
    yield;
    const { layout, observations, byKey, leaves, extraSummary, tableExtras } = built;
    const places = markPlaces(layout);
    // Navigation: one group per series when there are several, time groups inside long series.
    const nav = this.navText();
    const own = texts.own;
    const names: TimeGroupNames = {
      year: (year, count) => {
        const label = own.trendNavYear(String(year), formatNumber(count, lang, 0));
        return { label, text: String(year) };
      },
      decade: (from, to, count) => ({
        label: own.trendNavDecade(String(from), String(to), formatNumber(count, lang, 0)),
        text: `${from}–${to}`,
      }),
    };
    let items: NavItem[];
    if (form === 'plan' || form === 'before-after') {
      items = leaves.map((l) => l.item);
    } else {
      const bySeries = series
        .map((s) => ({ s, timed: leaves.filter((l) => l.seriesKey === s.key) }))
        .filter((g) => g.timed.length > 0);
      items =
        bySeries.length === 1
          ? groupByTime(bySeries[0]!.timed, names, 'group:')
          : bySeries.map(({ s, timed }) => {
              const label = texts.seriesName(s);
              return {
                key: `group:series:${s.key}`,
                label: own.trendNavSeries(label, formatNumber(timed.length, lang, 0)),
                text: label,
                children: groupByTime(timed, names, `group:${s.key}|`),
              };
            });
    }
    items = groupLargeSets(items, (first, last, from, to) =>
      nav.navGroupRange(from, to, first.text ?? first.label, last.text ?? last.label),
    );
    for (const leaf of leaves) leaf.item.rect = places.get(leaf.item.key)?.hit;
    // Rings are made for the item that gets focus, not for every group up front (10 000 values have ~1 200).
    const nodes = new Map<string, NavItem>();
    const index = (item: NavItem): void => {
      nodes.set(item.key, item);
      item.children?.forEach(index);
    };
    items.forEach(index);
    const leafKeys = (item: NavItem): string[] =>
      item.children === undefined || item.children.length === 0
        ? [item.key]
        : item.children.flatMap(leafKeys);
    const rings = new Map<string, Rect | undefined>();
    const ringOf = (key: string): Rect | undefined => {
      if (!rings.has(key)) {
        const item = nodes.get(key);
        const leaf = item?.children === undefined || item.children.length === 0;
        rings.set(key, leaf ? places.get(key)?.ring : groupRing(places, leafKeys(item)));
      }
      return rings.get(key);
    };

    yield;
    const catalogue = texts.catalogue;
    const hlObs = observations.find(highlighted);
    const summary = summarize({
      indicator,
      observations,
      lang,
      highlight: severalPlaces ? hlObs?.place : undefined,
      messages: catalogue,
    });
    // The element's own sentences go before the source sentence, which ends the summary.
    const sourceAt = summary.findIndex((s) => /^(Nguồn|Sources?):/.test(s));
    summary.splice(sourceAt < 0 ? summary.length : sourceAt, 0, ...extraSummary);
    const table = tableModel(indicator, observations, lang, catalogue);
    for (const extra of tableExtras) {
      if (extra.cells.every((c) => c === '')) continue;
      table.columns.push(extra.column);
      table.rows.forEach((row, i) => {
        row.cells.push(extra.cells[i] ?? '');
        row.values.push(extra.values[i] ?? null);
      });
    }
    return {
      view: {
        indicator,
        form,
        observations,
        layout,
        places,
        ringOf,
        byKey,
        items,
        summary,
        table,
        fontSize: this.metrics.fontSize,
      },
    };
  }

  /** Columns or lines: every observation, one series per place and breakdown. */
  private buildTrend(
    form: DrawnForm,
    models: readonly TrendSeriesModel[],
    texts: TrendTexts,
    hl: (o: ResolvedObservation) => boolean,
    options: Parameters<typeof layoutColumns>[1],
  ): Built {
    const byKey = new Map<string, TrendDatum>();
    const leaves: Leaf[] = [];
    const observations: ResolvedObservation[] = [];
    const computed: string[] = [];
    const series: TrendSeriesInput[] = models.map((model, index) => {
      const points = model.observations.map((obs, i): TrendPointInput => {
        const previous = i > 0 ? model.observations[i - 1] : undefined;
        const change = changeOf(obs, previous, texts.indicator);
        const key = observationKey(obs);
        const long = change === undefined ? undefined : texts.changeLong(obs, change);
        // Names and titles are read when an item is drawn, focused or searched: a long series draws a few.
        let name: string | undefined;
        const nameOf = () => (name ??= long === undefined ? texts.name(obs) : `${texts.name(obs)}, ${long}`);
        byKey.set(key, {
          obs,
          get name() {
            return nameOf();
          },
          get title() {
            return texts.title(obs);
          },
          lines: () => texts.tooltipLines(obs, long),
        });
        leaves.push({
          item: {
            key,
            get label() {
              return nameOf();
            },
            text: texts.periodText(obs),
          },
          period: obs.period,
          seriesKey: model.key,
        });
        observations.push(obs);
        computed.push(change?.kind === 'computed' ? (long ?? '') : '');
        return {
          key,
          order: texts.order(obs),
          periodText: texts.periodText(obs),
          value: obs.value,
          valueText: texts.markValue(obs),
          statusText: texts.statusText(obs),
          target: obs.status === 'target',
          estimate: obs.status === 'estimate' || obs.status === 'provisional',
          highlighted: hl(obs),
          change:
            change === undefined
              ? undefined
              : { text: texts.changeShort(change), betweenPrevious: change.againstPrevious },
        };
      });
      return {
        key: model.key,
        label: texts.seriesName(model),
        index,
        highlighted: model.observations.some(hl),
        points,
      };
    });
    const layout = form === 'line' ? layoutLines(series, options) : layoutColumns(series, options);
    const extraSummary: string[] = [];
    const overall = models.length === 1 ? texts.overallTrend(models[0]!) : undefined;
    if (overall !== undefined) extraSummary.push(overall);
    if (layout.kind === 'line' && layout.downsampled) {
      const drawn = layout.series.reduce((n, s) => n + s.drawn, 0);
      extraSummary.push(
        texts.own.trendDownsampled(
          formatNumber(drawn, texts.lang, 0),
          formatNumber(observations.length, texts.lang, 0),
        ),
      );
    }
    return {
      layout,
      observations,
      byKey,
      leaves,
      extraSummary,
      tableExtras: [
        {
          column: { key: 'trend-change', label: texts.own.trendTableChange, numeric: false },
          cells: computed,
          values: computed.map(() => null),
        },
      ],
    };
  }

  /** Actual against plan: the observations with a plan (stated target or share of plan achieved). */
  private buildPlan(
    chosen: readonly ResolvedObservation[],
    texts: TrendTexts,
    hl: (o: ResolvedObservation) => boolean,
    options: Parameters<typeof layoutPlan>[1],
  ): Built {
    const rows = chosen.flatMap((obs) => {
      const plan = planOf(obs);
      return plan === undefined ? [] : [{ obs, plan }];
    });
    const several = rows.length > 1;
    const byKey = new Map<string, TrendDatum>();
    const leaves: Leaf[] = [];
    const extraSummary: string[] = [];
    const { own, lang, indicator } = texts;
    const decimals = decimalsOf(indicator);
    const layout = layoutPlan(
      rows.map(({ obs, plan }) => {
        const key = observationKey(obs);
        const percent = formatPercent(plan.percentOfPlan, lang);
        const derivedFrom = plan.derived ? percent : undefined;
        const planShort = plan.derived
          ? own.trendAbout(compactValue(significant(plan.plan, 4), indicator.unit, lang, decimals))
          : compactValue(plan.plan, indicator.unit, lang, decimals);
        const planFull = plan.derived
          ? own.trendAbout(formatValue(significant(plan.plan, 4), indicator.unit, lang, indicator.decimals))
          : formatValue(plan.plan, indicator.unit, lang, indicator.decimals);
        const stated = changeText(obs, indicator, lang, texts.catalogue);
        const name = [
          texts.name(obs),
          stated ?? own.trendPlanShare(percent),
          own.trendPlanName(planFull, derivedFrom),
        ].join(', ');
        byKey.set(key, {
          obs,
          name,
          title: texts.title(obs),
          lines: () => [
            valueText(obs, indicator, lang, texts.catalogue),
            own.trendPlanShare(percent),
            own.trendPlanLegend(planFull, derivedFrom),
            ...texts.sourceLine(obs),
          ],
        });
        leaves.push({
          item: { key, label: name, text: texts.rowText(obs) },
          period: obs.period,
          seriesKey: '',
        });
        if (plan.derived && extraSummary.length < 3) {
          extraSummary.push(own.trendPlanSummary(texts.fullName(obs), planFull, percent));
        }
        return {
          key,
          label: several ? texts.rowText(obs) : '',
          highlighted: several && hl(obs),
          value: plan.value,
          plan: plan.plan,
          headline: own.trendPlanShare(percent),
          actualText: own.trendActualLegend(compactValue(plan.value, indicator.unit, lang, decimals)),
          planText: own.trendPlanLegend(planShort, derivedFrom),
        };
      }),
      options,
    );
    const observations = rows.map((r) => r.obs);
    return {
      layout,
      observations,
      byKey,
      leaves,
      extraSummary,
      tableExtras: [
        {
          column: {
            key: 'trend-plan',
            label: own.trendTablePlan(unitLabel(indicator.unit, lang, 'short')),
            numeric: true,
          },
          cells: rows.map(({ plan }) =>
            plan.derived ? own.trendAbout(formatNumber(significant(plan.plan, 4), lang, decimals)) : '',
          ),
          values: rows.map(({ plan }) => (plan.derived ? significant(plan.plan, 4) : null)),
        },
      ],
    };
  }

  /** Before and after: the observations with a stated before value. */
  private buildBeforeAfter(
    chosen: readonly ResolvedObservation[],
    texts: TrendTexts,
    hl: (o: ResolvedObservation) => boolean,
    options: Parameters<typeof layoutBeforeAfter>[1],
  ): Built {
    const { own, lang, indicator } = texts;
    const rows = chosen.flatMap((obs) => {
      const info = beforeOf(obs, indicator);
      return info === undefined ? [] : [{ obs, info }];
    });
    const several = rows.length > 1;
    const byKey = new Map<string, TrendDatum>();
    const leaves: Leaf[] = [];
    const decimals = decimalsOf(indicator);
    const layout = layoutBeforeAfter(
      rows.map(({ obs, info }) => {
        const key = observationKey(obs);
        const headline = texts.beforeAfterHeadline(info);
        const label = obs.change?.against === 'before' ? localized(obs.change.label, lang) : '';
        const beforeName = upperFirst(label || own.trendBefore, lang);
        const stated = changeText(obs, indicator, lang, texts.catalogue);
        const percent =
          info.percent === undefined
            ? ''
            : ` (${formatSignedPercent(info.percent, lang, percentDecimals(info.percent))})`;
        const name = `${texts.name(obs)}, ${stated ?? headline}${percent}`;
        byKey.set(key, {
          obs,
          name,
          title: texts.title(obs),
          lines: () => [
            headline,
            own.trendBeforeLegend(
              beforeName,
              formatValue(info.before, indicator.unit, lang, indicator.decimals),
            ),
            own.trendAfterLegend(
              formatPeriod(obs.period, lang),
              valueText(obs, indicator, lang, texts.catalogue),
            ),
            ...texts.sourceLine(obs),
          ],
        });
        leaves.push({
          item: { key, label: name, text: texts.rowText(obs) },
          period: obs.period,
          seriesKey: '',
        });
        return {
          key,
          label: several ? texts.rowText(obs) : '',
          highlighted: several && hl(obs),
          before: info.before,
          after: info.after,
          headline,
          beforeValue: texts.short(info.before),
          afterValue: texts.short(info.after),
          beforeText: own.trendBeforeLegend(
            beforeName,
            compactValue(info.before, indicator.unit, lang, decimals),
          ),
          afterText: own.trendAfterLegend(
            formatPeriod(obs.period, lang),
            compactValue(info.after, indicator.unit, lang, decimals),
          ),
        };
      }),
      options,
    );
    return { layout, observations: rows.map((r) => r.obs), byKey, leaves, extraSummary: [], tableExtras: [] };
  }

  // ═══ Events ══════════════════════════════════════════════════════════════════════════════════════

  private detailOf(key: string): IctMarkDetail | undefined {
    const view = this.currentView();
    const d = view?.byKey.get(key);
    if (d === undefined || view === undefined) return undefined;
    const { obs } = d;
    return { key, indicator: view.indicator.id, place: obs.place, period: obs.period, value: obs.value };
  }
}

// ═══ Helpers of the view ═════════════════════════════════════════════════════════════════════════════

/** A navigation leaf before grouping. */
interface Leaf {
  item: NavItem;
  period: ResolvedObservation['period'];
  seriesKey: string;
}

/** What each form's builder gives the view. */
interface Built {
  layout: TrendLayout;
  observations: ResolvedObservation[];
  byKey: Map<string, TrendDatum>;
  leaves: Leaf[];
  extraSummary: string[];
  tableExtras: {
    column: { key: string; label: string; numeric: boolean };
    cells: string[];
    values: (number | null)[];
  }[];
}

/** The texts of one view: values, names, periods and changes in one language. */
class TrendTexts {
  readonly catalogue: Messages;
  readonly own: TrendStrings;
  readonly indicator: IndicatorMeta;
  readonly lang: Language;
  private readonly compact: boolean;
  private readonly decimals: number;
  private readonly severalPlaces: boolean;
  private readonly severalBreakdowns: boolean;
  private readonly ui: UiStrings;

  constructor(
    indicator: IndicatorMeta,
    lang: Language,
    strings: IndicatorTrendStrings | undefined,
    observations: readonly ResolvedObservation[],
  ) {
    this.indicator = indicator;
    this.lang = lang;
    this.catalogue = messages(lang, strings);
    this.own = trendStrings(lang, strings);
    this.ui = uiStrings(lang, strings);
    this.decimals = decimalsOf(indicator);
    this.compact = Math.max(0, ...observations.map((o) => Math.abs(o.value ?? 0))) >= COMPACT_FROM;
    this.severalPlaces = new Set(observations.map((o) => `${o.place.era}:${o.place.code}`)).size > 1;
    this.severalBreakdowns = new Set(observations.map((o) => seriesLabel(o.breakdown, 'vi'))).size > 1;
  }

  /** Time order of an observation (months since year 0). */
  order(obs: ResolvedObservation): number {
    return periodOrder(obs.period);
  }

  periodText(obs: ResolvedObservation): string {
    return formatPeriod(obs.period, this.lang);
  }

  place(place: ResolvedPlace): string {
    return provinceName(place, this.lang);
  }

  /** A series' name: its place, and its breakdown when breakdowns differ. */
  seriesName(model: TrendSeriesModel): string {
    const series = seriesLabel(model.breakdown, this.lang, this.catalogue);
    const place = this.place(model.place);
    if (!this.severalBreakdowns || series === '') return place;
    return this.severalPlaces ? `${place}, ${series}` : series;
  }

  /** A row's short name (plan and before/after forms): "Bến Tre, 2016". */
  rowText(obs: ResolvedObservation): string {
    return `${this.place(obs.place)}, ${this.periodText(obs)}`;
  }

  private readonly inlineCache = new Map<string, string>();

  /** A period inside a sentence ("tháng 6/2022"), cached: a long series asks for each one twice. */
  inline(period: ResolvedObservation['period']): string {
    const key = periodKey(period);
    let text = this.inlineCache.get(key);
    if (text === undefined) {
      text = periodInline(period, this.lang);
      this.inlineCache.set(key, text);
    }
    return text;
  }

  /** "Bến Tre, 2016" in a sentence. */
  fullName(obs: ResolvedObservation): string {
    return `${this.place(obs.place)}, ${this.inline(obs.period)}`;
  }

  title(obs: ResolvedObservation): string {
    const series = seriesLabel(obs.breakdown, this.lang, this.catalogue);
    return [this.place(obs.place), this.periodText(obs), series].filter((t) => t !== '').join(', ');
  }

  name(obs: ResolvedObservation): string {
    return observationName(obs, this.indicator, this.lang, undefined, this.catalogue);
  }

  /** A short number as printed on the chart: compact from a million up, else the mark format. */
  short(value: number): string {
    return this.compact
      ? formatCompact(value, this.lang)
      : formatMarkValue(value, this.indicator, this.lang, this.decimals);
  }

  /** The number at a mark, with its qualifier ("trên 3.100"), or the no-data phrase. */
  markValue(obs: ResolvedObservation): string {
    if (obs.value === null) return this.catalogue.missing[obs.missing ?? 'not-available'];
    const text = this.short(obs.value);
    return obs.qualifier === undefined
      ? text
      : this.catalogue.phrases.withQualifier(text, this.catalogue.qualifiers[obs.qualifier]);
  }

  /** "(ước đạt)", "(kế hoạch)" for figures that are not final. */
  statusText(obs: ResolvedObservation): string | undefined {
    if (obs.status === undefined || obs.status === 'actual') return undefined;
    return `(${this.catalogue.statuses[obs.status]})`;
  }

  /** A change as a label on the chart. */
  changeShort(change: PointChange): string {
    const { lang } = this;
    let text: string;
    if (change.kind === 'stated') {
      text = change.valueIsChange
        ? signedNumber(change.amount, lang, this.decimals) +
          (this.indicator.unit === 'percent' ? (lang === 'en' ? '%' : `${PERCENT_SPACE}%`) : '')
        : formatSignedPercent(change.amount, lang);
      if (change.qualifier !== undefined)
        text = this.own.trendHedged(this.catalogue.qualifiers[change.qualifier], text);
      if (!change.againstPrevious) text = this.own.trendVersus(text, formatPeriod(change.against, lang));
      return text;
    }
    if (this.indicator.unit === 'percent')
      return this.own.trendPointsShort(signedNumber(change.difference, lang, this.decimals));
    return change.percent !== undefined
      ? formatSignedPercent(change.percent, lang, percentDecimals(change.percent))
      : signedNumber(change.difference, lang, this.decimals);
  }

  /** A change in a name, a tooltip or the table: stated as the source says it, or computed. */
  changeLong(obs: ResolvedObservation, change: PointChange): string {
    const { lang, indicator } = this;
    if (change.kind === 'stated') return changeText(obs, indicator, lang, this.catalogue) ?? '';
    const size =
      indicator.unit === 'percent'
        ? formatPercentagePoints(Math.abs(change.difference), lang, this.decimals).replace(/^\+/, '')
        : formatValue(Math.abs(change.difference), indicator.unit, lang, indicator.decimals);
    const percent =
      change.percent === undefined
        ? undefined
        : formatSignedPercent(change.percent, lang, percentDecimals(change.percent));
    const against = this.catalogue.phrases.against(
      periodInline(change.against, lang),
      isYearOnly(change.against),
    );
    return this.own.trendChangeFrom(size, percent, change.direction, against);
  }

  beforeAfterHeadline(info: NonNullable<ReturnType<typeof beforeOf>>): string {
    const { lang, indicator } = this;
    const size = formatValue(Math.abs(info.difference), indicator.unit, lang, indicator.decimals);
    const percent =
      info.percent === undefined
        ? undefined
        : formatSignedPercent(info.percent, lang, percentDecimals(info.percent));
    return this.own.trendBeforeAfter(size, percent, info.direction);
  }

  /**
   * "Từ năm 2007 đến năm 2022: tăng từ 2 lên 49." for one series whose observations carry labels of their
   * own (the shared summary then sees several series and says no trend); undefined otherwise.
   */
  overallTrend(model: TrendSeriesModel): string | undefined {
    const points = model.observations.filter((o) => o.value !== null && o.status !== 'target');
    const first = points[0];
    const last = points[points.length - 1];
    if (first === undefined || last === undefined || points.length < 2) return undefined;
    const labels = new Set(points.map((o) => localized(o.label, 'vi')));
    if (labels.size <= 1) return undefined; // the shared summary says this trend already
    const periods = this.catalogue.phrases.periodRange(
      this.inline(first.period),
      this.inline(last.period),
      isYearOnly(first.period) && isYearOnly(last.period),
    );
    const move = moveText(first.value!, last.value!, this.indicator, this.lang, this.catalogue);
    return this.catalogue.summary.trend('', periods, move);
  }

  sourceLine(obs: ResolvedObservation): string[] {
    const publisher = obs.source?.publisher ?? this.indicator.source?.publisher;
    return publisher === undefined ? [] : [`${this.ui.source}: ${publisher}`];
  }

  tooltipLines(obs: ResolvedObservation, change: string | undefined): string[] {
    const lines = [valueText(obs, this.indicator, this.lang, this.catalogue)];
    if (change !== undefined && change !== '') lines.push(upperFirst(change, this.lang));
    return [...lines, ...this.sourceLine(obs)];
  }
}
