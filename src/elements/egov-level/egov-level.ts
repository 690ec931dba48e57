import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../../chart/templates/style-props.js';
import { IctChartElement, chartDataInputs } from '../../chart/chart-element.js';
import { IndicatorDataController } from '../../chart/controllers/data-controller.js';
import { FigureController } from '../../chart/controllers/figure-controller.js';
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
import { uiStrings, type UiStrings } from '../../chart/i18n/ui.js';
import { frameStyles } from '../../chart/styles/frame.styles.js';
import { markStyles } from '../../chart/styles/marks.styles.js';
import { patternDefs } from '../../chart/styles/patterns.js';
import { axisStyles } from '../../chart/templates/axis.js';
import { focusRing, focusRingStyles } from '../../chart/templates/focus-ring.js';
import { navLayerStyles } from '../../chart/templates/nav-layer.js';
import { tooltip, tooltipStyles } from '../../chart/templates/tooltip.js';
import {
  PENDING_FRAME_STATE,
  VIEW_PENDING,
  ViewMemo,
  isLargeData,
  type ViewStages,
} from '../../chart/view-memo.js';
import type { TableModelResult } from '../../core/describe/table.js';
import { formatNumber, formatPercent } from '../../core/format/format.js';
import { describeIssue, messages, type DeepPartial, type Messages } from '../../core/i18n/messages.js';
import type {
  DataIssue,
  IndicatorDataset,
  IndicatorMeta,
  Language,
  Source,
} from '../../core/indicator/types.js';
import {
  EGOV_LAYOUTS,
  EGOV_VIEWS,
  LEVEL_ORDER,
  planEgov,
  selectEgov,
  seriesOf,
  type EgovLayoutMode,
  type EgovPlan,
  type EgovRecord,
  type EgovView,
  type PlanPanel,
  type PlanRow,
  type PlanSegment,
} from './egov-level.data.js';
import {
  chartNotes,
  defaultTitle,
  directLabel,
  facetTitle,
  levelLabel,
  markName,
  panelNotes,
  rowLabel,
  rowName,
  rowTotal,
  sectionTitle,
  spokenValue,
  summarizeEgov,
  tableEgov,
  type DescribeContext,
} from './egov-level.describe.js';
import { layoutEgov, type EgovLayout, type PanelInput, type SegmentMark } from './egov-level.geometry.js';
import { egovTexts, type EgovTexts } from './egov-level.strings.js';
import { egovLevelStyles } from './egov-level.styles.js';

export { EGOV_LAYOUTS, EGOV_VIEWS };
export type { EgovLayoutMode, EgovView };

/**
 * Per-language overrides of every text of the element, in one object: the frame's UI strings, the
 * navigation's (`nav*`), the data texts of the shared catalogue (`levels`, `tiers`, `missing`, …) and the
 * element's own texts under `egov` (see `EgovTexts`).
 */
export type EgovLevelStrings = Partial<
  Record<Language, Partial<UiStrings & NavStrings> & DeepPartial<Messages> & { egov?: Partial<EgovTexts> }>
>;

/** One drawn mark with what it says. */
interface EgovDatum {
  panel: PlanPanel;
  row: PlanRow;
  segment: PlanSegment;
  mark: SegmentMark;
  /** Accessible name ("Hà Tĩnh, 2020, cấp tỉnh, mức độ 3: 788 dịch vụ"). */
  name: string;
  /** Tooltip title ("Cấp tỉnh · Mức độ 3"). */
  title: string;
}

/** Everything render() draws, derived from the data, the language, the size and the attributes. */
interface EgovViewModel {
  plan: EgovPlan;
  records: EgovRecord[];
  indicators: IndicatorMeta[];
  title: string;
  layout: EgovLayout;
  /** The series the segments fill (`ict-series-N`): only their pattern tiles are defined. */
  fillSeries: Set<number>;
  data: EgovDatum[];
  byKey: Map<string, EgovDatum>;
  items: NavItem[];
  summary: string[];
  table: TableModelResult;
  sources: (Source | undefined)[];
}

/** What the view could not be made from (shown as the frame's error or empty state). */
type ViewProblem = { status: 'error'; issues: DataIssue[] } | { status: 'empty' };

const NO_ITEMS: readonly NavItem[] = [];

/** Issues of this element (not of the data), with their own messages. */
const ownIssues = new WeakMap<DataIssue, (lang: Language) => string>();

/**
 * @summary Online public services by level and tier — the 1–4 scheme and the full-process / partial scheme in force since 2022 — as stacked, grouped or 100 % bars, with small multiples per place and year, a title, a generated summary, a data table and full keyboard and screen-reader navigation.
 *
 * @tag ict-egov-level
 *
 * @attr lang - Language of every text: `vi` (default) or `en`. Inherited from the nearest ancestor with `lang`, else `<html lang>`; a live change re-renders every string.
 * @attr indicator - Id of the indicator to draw, or several ids separated by spaces; default every indicator of the document about online public services by level (a count or percent with `breakdown.level`, or an id such as `online_public_services_level3_count`).
 *
 * @slot description - Author text that replaces the generated summary (read once, as the figure's description).
 *
 * @csspart chart - The box of the visual layer.
 * @csspart segment - One bar or bar segment: one level of one tier.
 * @csspart label - The label of a tier row (left of the bars, or above them under 480 px).
 * @csspart value - A direct label ("Mức độ 3: 788") or the total at the end of a stacked bar.
 * @csspart panel-title - The heading of a small multiple (place and year, scheme).
 * @csspart note - A note: per-commune figures, separate schemes, shares that could not be computed.
 * @csspart legend - The legend of the levels.
 * @csspart legend-label - The text of one legend entry.
 * @csspart axis - The value axis.
 * @csspart axis-label - One tick label of the value axis, and the unit under it.
 * @csspart nav - The navigation tree laid over the bars (invisible; carries the accessible names).
 * @csspart nav-item - One navigable item over its mark, or a group (a tier, a panel).
 * @csspart focus-ring - The SVG focus ring around the focused mark or group.
 * @csspart tooltip - The tooltip of the hovered or focused mark.
 *
 * @cssprop --ict-font-family - Font of every text.
 * @cssprop --ict-font-size - Base font size (default 1rem); every size inside is relative to it.
 * @cssprop --ict-text-color - Text colour.
 * @cssprop --ict-muted-color - Colour of secondary text (ticks, notes, no-data phrase).
 * @cssprop --ict-background - Background colour; also the 1 px gap between stacked segments.
 * @cssprop --ict-color-1 - Level 1 (with pattern 1, diagonal lines).
 * @cssprop --ict-color-2 - Level 2 (pattern 2, the other diagonal).
 * @cssprop --ict-color-3 - Level 3 (pattern 3, horizontal lines).
 * @cssprop --ict-color-4 - Level 4 (pattern 4, vertical lines).
 * @cssprop --ict-color-5 - Partial, "một phần" (pattern 5, dots).
 * @cssprop --ict-color-6 - Full process, "toàn trình" (pattern 6, grid).
 * @cssprop --ict-color-7 - A related measure without level (pattern 7, cross-hatch).
 * @cssprop --ict-focus-color - Colour of the focus ring (keep 3:1 against the background).
 * @cssprop --ict-axis-color - Axis lines and the 100 % track.
 * @cssprop --ict-grid-color - Gridlines.
 *
 * @fires ict-select - A mark was selected with Enter, Space or a click; `detail` is `{ key, indicator, place, period, value }` (`value` as the data states it, a count or a share).
 * @fires ict-mark-focus - A mark got focus (keys, Tab or click); `detail` as for `ict-select`.
 * @fires ict-data-load - The data was loaded and validated; `detail` is `{ dataset, warnings }`.
 * @fires ict-data-error - The data could not be loaded or is invalid; `detail` is `{ issues }`. The element shows them.
 *
 * @example
 * ```html
 * <ict-egov-level src="/data/ha-tinh-2020.json"></ict-egov-level>
 * <ict-egov-level src="/data/dien-bien-2022.json" view="share"></ict-egov-level>
 * ```
 */
export class IctEgovLevel extends IctChartElement {
  static override styles = [
    frameStyles,
    markStyles,
    navLayerStyles,
    focusRingStyles,
    axisStyles,
    tooltipStyles,
    egovLevelStyles,
  ];

  // ═══ Public properties ═══════════════════════════════════════════════════════════════════════════

  /** What the bars measure: `count` (numbers of services) or `share` (100 % bars; from the data's shares, or computed from counts when the total is known). Default: counts when the data has them, else shares. A view the data cannot give falls back to the other one, with a note. */
  @property({ reflect: true }) view?: EgovView;

  /** Count view: `stacked` (the levels of a tier in one bar) or `grouped` (one bar per level). Default: stacked, grouped when both schemes or per-commune figures are drawn. The share view is always 100 % stacked. */
  @property({ reflect: true }) layout?: EgovLayoutMode;

  /** Overrides of any text per language, e.g. `{ vi: { egov: { tierNotStated: 'Chưa rõ cấp' }, levels: { '3': 'Mức 3' } }, en: { navFirst: 'Start' } }`. */
  @property({ attribute: false }) strings?: EgovLevelStrings;

  // ═══ Controllers and state ═══════════════════════════════════════════════════════════════════════

  private readonly size = new SizeController(this);
  private readonly metrics = new TextMetricsController(this);
  private readonly locale = new LocaleController(this);
  private readonly source = new IndicatorDataController(this, () => chartDataInputs(this));
  private readonly media = new MediaController(this);
  private readonly lazy = new LazyPlotController(this, () => this.loading);
  private readonly figure = new FigureController(this);
  private readonly progressive = new ProgressiveController(this);
  private readonly tooltips = new TooltipController(this);
  private readonly nav = new NavigationController(this, {
    ...markNavigation(this, this.tooltips, this.figure, (key) => this.detailOf(key)),
    items: () => this.currentView()?.items ?? NO_ITEMS,
    label: () => this.navText().navTreeLabel(this.titleText()),
    strings: () => this.navText(),
  });

  private readonly views = new ViewMemo<EgovViewModel | ViewProblem | undefined>(this);

  // ═══ Lifecycle ═══════════════════════════════════════════════════════════════════════════════════

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Row 17: new data is announced once (the figure debounces bursts); the navigation keeps the active key.
    const view = this.currentView();
    if (view === undefined) return;
    this.figure.noteShownData(this.source.state.dataset, () =>
      uiStrings(this.locale.lang, this.strings).dataUpdated(this.titleText(), view.records.length),
    );
  }

  override render(): TemplateResult {
    const lang = this.locale.lang;
    const state = this.source.state;
    const dataset = state.status === 'ready' ? state.dataset : undefined;
    const result = dataset === undefined ? undefined : this.viewOf(dataset, lang);
    const pending = result === VIEW_PENDING;
    const view = result !== undefined && !pending && 'plan' in result ? result : undefined;
    const problem = result !== undefined && !pending && !('plan' in result) ? result : undefined;
    const frameState = pending ? PENDING_FRAME_STATE : (problem ?? state);
    return this.figure.render({
      lang,
      strings: this.strings,
      title: this.titleText(),
      headingLevel: this.headingLevel,
      summary: view?.summary,
      sources: view?.sources,
      state: frameState,
      onRetry: () => this.source.retry(),
      chart: view === undefined ? undefined : this.lazy.plot(view.layout, () => this.renderChart(view, lang)),
      table: view?.table,
      describeIssue: (issue, issueLang) =>
        ownIssues.get(issue)?.(issueLang) ??
        describeIssue(issue, issueLang, messages(issueLang, this.strings)),
      keymap: navHelpKeys(this.navText()),
      noExport: this.noExport,
      noTable: this.noTable,
      landmark: this.landmark,
      filename: 'ict-egov-level',
    });
  }

  // ═══ Rendering ═══════════════════════════════════════════════════════════════════════════════════

  private renderChart(view: EgovViewModel, lang: Language): TemplateResult {
    const { layout } = view;
    const { width, height } = layout;
    const marks = svg`<svg
      class="marks"
      aria-hidden="true"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
    >
      <defs>${patternDefs(view.fillSeries)}</defs>
      ${this.renderLegend(layout)}
      ${layout.notes.map((t) => svg`<text class="note" part="note" x=${t.x} y=${t.y} font-size=${t.font.size}>${t.text}</text>`)}
      ${this.progressive.list('panels', layout.panels, (p) => this.renderPanel(p), 3)}
      ${this.progressive.list(
        'rows',
        layout.rows,
        (r) => svg`<g class="row" data-row=${r.key}>
          ${this.renderGrid(r, layout)}
          ${r.track ? svg`<rect class="track" x=${r.track.x} y=${r.track.y} width=${r.track.width} height=${r.track.height}></rect>` : nothing}
          ${r.label.map(
            (t) =>
              svg`<text class="row-label${r.highlighted ? ' highlighted' : ''}" part="label" x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${t.font.size}>${t.text}</text>`,
          )}
          ${
            r.total
              ? svg`<text class="total${r.highlighted ? ' highlighted' : ''}" part="value" x=${r.total.x} y=${r.total.y} font-size=${r.total.font.size}>${r.total.text}</text>`
              : nothing
          }
        </g>`,
        // The gridlines, the zero line, the track, a label and the total.
        6,
      )}
      ${this.progressive.list('segments', view.data, (d) => this.renderSegment(d.mark), 4)}
      ${this.renderAxis(layout)}
    </svg>`;
    return html`<div
      class="plot"
      data-motion=${this.media.plotMotion(width)}
      style=${styleProps({ width: `${width}px`, height: `${height}px` })}
    >
      ${marks} ${this.nav.render()} ${focusRing(this.nav.ringRects(), { width, height })}
      ${this.renderTooltip(view, lang, height)}
    </div>`;
  }

  private renderLegend(layout: EgovLayout): TemplateResult | typeof nothing {
    if (layout.legend.length === 0) return nothing;
    return svg`<g class="legend" part="legend">${layout.legend.map(
      (
        l,
      ) => svg`<rect class="swatch ict-series-${l.series}" x=${l.swatch.x} y=${l.swatch.y} width=${l.swatch.width} height=${l.swatch.height}></rect>
        <text class="legend-label" part="legend-label" x=${l.text.x} y=${l.text.y} font-size=${l.text.font.size}>${l.text.text}</text>`,
    )}</g>`;
  }

  private renderPanel(panel: EgovLayout['panels'][number]): TemplateResult {
    return svg`<g class="panel" data-panel=${panel.key}>
      ${panel.heading.map(
        (t) =>
          svg`<text class="panel-title${t.font.bold ? ' strong' : ''}${panel.highlighted ? ' highlighted' : ''}" part="panel-title" x=${t.x} y=${t.y} font-size=${t.font.size}>${t.text}</text>`,
      )}
      ${panel.notes.map((t) => svg`<text class="note" part="note" x=${t.x} y=${t.y} font-size=${t.font.size}>${t.text}</text>`)}
    </g>`;
  }

  /**
   * Gridlines and the zero line across a row's bars only, never through a label or a lane of labels. The
   * gridlines of a row are one path: 10 000 rows would otherwise draw 60 000 lines.
   */
  private renderGrid(row: EgovLayout['rows'][number], layout: EgovLayout): TemplateResult {
    const { top, bottom } = row.bars;
    const gridlines = layout.ticks.map((t) => `M${t.x} ${top}V${bottom}`).join('');
    return svg`<path class="gridline" d=${gridlines}></path><line class="zero-line" x1=${layout.zeroX} x2=${layout.zeroX} y1=${top} y2=${bottom}></line>`;
  }

  private renderSegment(mark: SegmentMark): TemplateResult {
    const hl = mark.highlighted ? ' highlighted' : '';
    const bar = mark.missing
      ? mark.placeholder
        ? svg`<rect class="placeholder" x=${mark.placeholder.x} y=${mark.placeholder.y} width=${mark.placeholder.width} height=${mark.placeholder.height} rx="2"></rect>`
        : nothing
      : svg`<rect class="segment ict-series-${mark.series}${hl}" part="segment" data-key=${mark.key} x=${mark.bar.x} y=${mark.bar.y} width=${mark.bar.width} height=${mark.bar.height}></rect>`;
    const swatch = mark.swatch
      ? svg`<rect class=${mark.missing ? 'swatch swatch-missing' : `swatch ict-series-${mark.series}`} x=${mark.swatch.x} y=${mark.swatch.y} width=${mark.swatch.width} height=${mark.swatch.height}></rect>`
      : nothing;
    const t = mark.label;
    return svg`<g class="mark" data-key=${mark.key}>
      ${bar} ${swatch}
      <text class="direct-label${hl}${mark.missing ? ' missing' : ''}" part="value" x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${t.font.size}>${t.text}</text>
    </g>`;
  }

  private renderAxis(layout: EgovLayout): TemplateResult {
    const { axis, ticks, caption } = layout;
    return svg`<g class="axis" part="axis">
      <line class="axis-line" x1=${axis.x1} x2=${axis.x2} y1=${axis.y} y2=${axis.y}></line>
      ${ticks.map(
        (t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${axis.y} y2=${axis.y + 5}></line>
          <text class="tick-label" part="axis-label" x=${t.textX} y=${t.box.y + t.box.height * 0.8} text-anchor=${t.anchor} font-size=${t.box.height / 1.25}>${t.text}</text>`,
      )}
      ${
        caption
          ? svg`<text class="unit-label" part="axis-label" x=${caption.x} y=${caption.y} text-anchor=${caption.anchor} font-size=${caption.font.size}>${caption.text}</text>`
          : nothing
      }
    </g>`;
  }

  private renderTooltip(
    view: EgovViewModel,
    lang: Language,
    plotHeight: number,
  ): TemplateResult | typeof nothing {
    const key = this.tooltips.key;
    const d = key === undefined ? undefined : view.byKey.get(key);
    if (d === undefined) return nothing;
    const ui = uiStrings(lang, this.strings);
    const ctx = this.describeContext(lang);
    const lines = [spokenValue(d.segment, ctx)];
    const { obs, indicator } = d.segment.record;
    const publisher = obs.source?.publisher ?? indicator.source?.publisher ?? obs.source?.title;
    if (publisher !== undefined) lines.push(`${ui.source}: ${publisher}`);
    const { mark } = d;
    return tooltip({
      key: mark.key,
      title: d.title,
      lines,
      anchor: mark.hit,
      x: mark.missing ? mark.label.box.x : mark.bar.x + mark.bar.width,
      plotHeight,
      onPointerEnter: () => this.tooltips.tooltipEnter(),
      onPointerLeave: () => this.tooltips.tooltipLeave(),
    });
  }

  // ═══ Derived data ════════════════════════════════════════════════════════════════════════════════

  private currentView(): EgovViewModel | undefined {
    const v = this.views.current;
    return v !== undefined && 'plan' in v ? v : undefined;
  }

  private titleText(): string {
    if (this.authorLabel !== undefined) return this.authorLabel;
    // While loading or failing, the last view is of a document no longer shown: no stale title.
    if (this.source.state.status !== 'ready') return '';
    return this.currentView()?.title ?? '';
  }

  private navText(): NavStrings {
    return navStrings(this.locale.lang, this.strings);
  }

  private describeContext(lang: Language): DescribeContext {
    return { lang, m: messages(lang, this.strings), t: egovTexts(lang, this.strings) };
  }

  /** The view for the current inputs, recomputed only when one of them changed. */
  private viewOf(
    dataset: IndicatorDataset,
    lang: Language,
  ): EgovViewModel | ViewProblem | undefined | typeof VIEW_PENDING {
    const { fontSize, measure } = this.metrics;
    const inputs: unknown[] = [dataset, lang, this.size.width, fontSize, measure, this.view, this.layout];
    inputs.push(this.highlight, this.highlightEra, this.indicator, this.strings, this.label);
    return this.views.getStaged(inputs, () => this.computeView(dataset, lang), isLargeData(dataset));
  }

  /** The view, in stages: each `yield` is where a large document's computation lets the page run (ViewMemo). */
  private *computeView(dataset: IndicatorDataset, lang: Language): ViewStages<EgovViewModel | ViewProblem> {
    const ctx = this.describeContext(lang);
    const selection = selectEgov(dataset, this.indicator);
    if (!selection.ok) return this.selectionProblem(selection, dataset);
    const { records, indicators } = selection;
    if (records.length === 0) return { status: 'empty' };
    const view = (EGOV_VIEWS as readonly string[]).includes(this.view ?? '') ? this.view : undefined;
    const layoutMode = (EGOV_LAYOUTS as readonly string[]).includes(this.layout ?? '')
      ? this.layout
      : undefined;
    const plan = planEgov(records, { view, layout: layoutMode });
    yield;
    const title = this.authorLabel ?? defaultTitle(indicators, ctx);
    const highlighted = (p: PlanPanel): boolean =>
      this.highlight !== undefined &&
      p.place.code === this.highlight &&
      (this.highlightEra === undefined || p.place.era === this.highlightEra);

    // Headings: the place and period; the section when the chart has several kinds of panels.
    const sections = new Set(plan.panels.map((p) => `${p.scheme}|${p.perUnit}`));
    const panelInputs: PanelInput[] = plan.panels.map((panel) => {
      const hl = highlighted(panel);
      return {
        key: panel.key,
        title: facetTitle(panel, lang),
        ...(sections.size > 1 ? { subtitle: sectionTitle(panel, ctx) } : {}),
        notes: panelNotes(panel, ctx),
        highlighted: hl,
        rows: panel.rows.map((row) => {
          const total = rowTotal(row, plan, ctx);
          return {
            key: `${panel.key}#${row.key}`,
            label: rowLabel(row, ctx),
            highlighted: hl,
            ...(total === undefined ? {} : { totalText: total }),
            segments: row.segments.map((s) => ({
              key: s.key,
              series: seriesOf(s.record.level),
              value: s.value,
              label: directLabel(s, ctx),
              highlighted: hl,
            })),
          };
        }),
      };
    });
    const levels = new Set(plan.segments.map((s) => s.record.level));
    const legend = LEVEL_ORDER.filter((l) => levels.has(l)).map((l) => ({
      series: seriesOf(l),
      text: ctx.m.levels[l],
    }));
    yield;
    const share = plan.view === 'share';
    const layout = layoutEgov(panelInputs, legend, {
      width: this.size.width,
      fontSize: this.metrics.fontSize,
      measure: this.metrics.measure,
      mode: plan.layout,
      share,
      max: plan.max,
      formatTick: share ? (v) => formatPercent(v, lang, 0) : (v) => formatNumber(v, lang),
      axisCaption: ctx.t.axisCaption[plan.view],
      notes: chartNotes(plan, ctx),
    });
    yield;

    const marks = new Map(layout.segments.map((m) => [m.key, m]));
    const data: EgovDatum[] = [];
    const rowItems = new Map<string, NavItem[]>();
    for (const panel of plan.panels) {
      for (const row of panel.rows) {
        for (const segment of row.segments) {
          const mark = marks.get(segment.key)!;
          // The name and the tooltip title are composed when read: 10 000 segments need few of them.
          let name: string | undefined;
          let title: string | undefined;
          data.push({
            panel,
            row,
            segment,
            mark,
            get name() {
              return (name ??= markName(panel, row, segment, ctx));
            },
            get title() {
              if (title === undefined) {
                const level = levelLabel(segment.record, ctx);
                const label = rowLabel(row, ctx);
                title = level === '' ? label : `${label} · ${level}`;
              }
              return title;
            },
          });
        }
      }
    }
    const byKey = new Map(data.map((d) => [d.mark.key, d]));
    for (const d of data) {
      const key = `${d.panel.key}#${d.row.key}`;
      const list = rowItems.get(key) ?? [];
      const short = levelLabel(d.segment.record, ctx) || rowLabel(d.row, ctx);
      list.push({
        key: d.mark.key,
        get label() {
          return d.name;
        },
        text: short,
        rect: d.mark.hit,
      });
      rowItems.set(key, list);
    }
    // The tree: panels (when several) › tiers › levels.
    const panelItems: NavItem[] = plan.panels.map((panel) => {
      const facet = facetTitle(panel, lang);
      const parts = sections.size > 1 ? [facet, sectionTitle(panel, ctx)] : [facet];
      return {
        key: `panel:${panel.key}`,
        label: ctx.t.panelName(parts),
        text: parts.join(', '),
        children: panel.rows.map((row) => {
          let label: string | undefined;
          return {
            key: `row:${panel.key}#${row.key}`,
            get label() {
              return (label ??= rowName(panel, row, plan, ctx));
            },
            text: rowLabel(row, ctx),
            children: rowItems.get(`${panel.key}#${row.key}`) ?? [],
          };
        }),
      };
    });
    yield;
    const top = panelItems.length === 1 ? (panelItems[0]!.children ?? []) : panelItems;
    const nav = this.navText();
    const items = groupLargeSets(top, (first, last, from, to) =>
      nav.navGroupRange(from, to, first.text ?? first.label, last.text ?? last.label),
    );
    const summary = summarizeEgov(
      plan,
      title,
      records,
      { code: this.highlight, era: this.highlightEra },
      ctx,
    );
    yield;
    return {
      plan,
      records,
      indicators,
      title,
      layout,
      fillSeries: new Set(plan.segments.map((s) => seriesOf(s.record.level))),
      data,
      byKey,
      items,
      summary,
      table: tableEgov(records, plan.computedShares, title, ctx),
      sources: [...indicators.map((i) => i.source), ...records.map((r) => r.obs.source)],
    };
  }

  /** The error of a selection that gave nothing to draw. */
  private selectionProblem(
    selection: Exclude<ReturnType<typeof selectEgov>, { ok: true }>,
    dataset: IndicatorDataset,
  ): ViewProblem {
    if (selection.reason === 'unknown-indicator') {
      return {
        status: 'error',
        issues: [
          {
            code: 'unknown-indicator',
            path: 'indicator',
            got: selection.id,
            expected: dataset.indicators.map((i) => i.id).join(' | '),
            severity: 'error',
          },
        ],
      };
    }
    const issue: DataIssue = {
      code: 'unknown-indicator',
      path: selection.reason === 'not-fitting' ? 'indicator' : '',
      ...(selection.reason === 'not-fitting' ? { got: selection.id } : {}),
      severity: 'error',
    };
    const id = selection.reason === 'not-fitting' ? selection.id : undefined;
    ownIssues.set(issue, (lang) => {
      const t = egovTexts(lang, this.strings);
      return id === undefined ? t.noneFitting : t.notFitting(id);
    });
    return { status: 'error', issues: [issue] };
  }

  // ═══ Events ══════════════════════════════════════════════════════════════════════════════════════

  private detailOf(key: string): IctMarkDetail | undefined {
    const d = this.currentView()?.byKey.get(key);
    if (d === undefined) return undefined;
    const { obs, indicator } = d.segment.record;
    return { key, indicator: indicator.id, place: obs.place, period: obs.period, value: obs.value };
  }
}
