import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IctChartElement, chartDataInputs } from '../../chart/chart-element.js';
import { IndicatorDataController } from '../../chart/controllers/data-controller.js';
import { FigureController, chartFrameState } from '../../chart/controllers/figure-controller.js';
import { LocaleController } from '../../chart/controllers/locale-controller.js';
import { LazyPlotController } from '../../chart/controllers/lazy-plot-controller.js';
import { MediaController } from '../../chart/controllers/media-controller.js';
import {
  NavigationController,
  markNavigation,
  navHelpKeys,
  navStrings,
  type NavStrings,
} from '../../chart/controllers/navigation-controller.js';
import { SizeController } from '../../chart/controllers/size-controller.js';
import { TextMetricsController } from '../../chart/controllers/text-metrics-controller.js';
import { TooltipController } from '../../chart/controllers/tooltip-controller.js';
import { warnOnce } from '../../chart/define.js';
import { type IctMarkDetail } from '../../chart/events.js';
import { uiStrings, type UiStrings } from '../../chart/i18n/ui.js';
import { frameStyles } from '../../chart/styles/frame.styles.js';
import { markStyles } from '../../chart/styles/marks.styles.js';
import { patternDefs } from '../../chart/styles/patterns.js';
import { axisStyles, plotBoxWithUnit, unitCaption, valueAxis } from '../../chart/templates/axis.js';
import { focusRing, focusRingStyles } from '../../chart/templates/focus-ring.js';
import { navLayerStyles } from '../../chart/templates/nav-layer.js';
import { tooltip, tooltipStyles } from '../../chart/templates/tooltip.js';
import { ViewMemo } from '../../chart/view-memo.js';
import { decimalsOf, localized } from '../../core/describe/labels.js';
import { pickIndicator } from '../../core/describe/observations.js';
import { describeIssue, messages, type DeepPartial, type Messages } from '../../core/i18n/messages.js';
import type { Era, IndicatorDataset, IndicatorMeta, Language } from '../../core/indicator/types.js';
import { ERAS } from '../../core/indicator/types.js';
import { formatValue, unitLabel } from '../../core/format/format.js';
import { REGION_IDS, type RegionId } from '../../core/provinces/provinces.js';
import type { CompareLayout, CompareMark, ReferenceMark } from './province-compare.geometry.js';
import {
  COMPARE_FORMS,
  COMPARE_GROUPINGS,
  COMPARE_SORTS,
  compareProvinces,
  fitsComparison,
  type CompareForm,
  type CompareGrouping,
  type CompareSort,
} from './province-compare.model.js';
import { compareStrings, type CompareStrings } from './province-compare.strings.js';
import { provinceCompareStyles } from './province-compare.styles.js';
import {
  buildCompareView,
  refusalText,
  type CompareDatum,
  type CompareView,
} from './province-compare.view.js';
import { styleProps } from '../../chart/templates/style-props.js';

/**
 * Per-language overrides of every text of the element, in one object: the frame's UI strings, the
 * navigation's (`nav*`), the comparison's (`compare*`) and the data catalogue's (`summary`, `missing`, …).
 */
export type ProvinceCompareStrings = Partial<
  Record<Language, Partial<UiStrings & NavStrings & CompareStrings> & DeepPartial<Messages>>
>;

/** What the element shows once the data is ready: the chart, its own message, or nothing to draw. */
type Shown =
  | { kind: 'chart'; view: CompareView }
  | { kind: 'message'; indicator: IndicatorMeta; text: string; summary: string[] };

/**
 * @summary One ICT indicator across Vietnam's provinces — a sorted bar chart or dot plot of up to 63 (2008–2025) or 34 (from 1 July 2025) units — with the host province highlighted and ranked, the unweighted average, median and national lines, region sections or a region filter, and a clear mark for provinces without data.
 *
 * @tag ict-province-compare
 *
 * @attr lang - Language of every text: `vi` (default) or `en`. Inherited from the nearest ancestor with `lang`, else `<html lang>`; a live change re-renders every string.
 *
 * @slot description - Author text that replaces the generated summary (read once, as the figure's description).
 *
 * @csspart chart - The box of the visual layer.
 * @csspart bar - One bar (form `bars`).
 * @csspart dot - One dot (form `dots`); the highlighted province's is a diamond.
 * @csspart placeholder - The dashed box of a province without data (never a zero bar).
 * @csspart label - The name of a province (above its mark under 480 px).
 * @csspart value - The value printed at the end of a mark, or the no-data phrase.
 * @csspart section-heading - The heading of a region section (`group-by="region"`).
 * @csspart reference-line - A reference line: national value, unweighted average or median.
 * @csspart reference-label - The label of a reference line.
 * @csspart axis - The value axis.
 * @csspart axis-label - One tick label of the value axis, and the unit under it.
 * @csspart notes - The notes under the chart (era sums, mixed years, what the average is).
 * @csspart message - The element's own message when it cannot compare (a rate on the new units, no provinces).
 * @csspart nav - The navigation tree laid over the marks (invisible; carries the accessible names).
 * @csspart nav-item - One navigable item over its mark.
 * @csspart focus-ring - The SVG focus ring around the focused mark.
 * @csspart tooltip - The tooltip of the hovered or focused mark.
 *
 * @cssprop --ict-font-family - Font of every text.
 * @cssprop --ict-font-size - Base font size (default 1rem); every size inside is relative to it.
 * @cssprop --ict-text-color - Text colour, the highlight's outline and the reference lines.
 * @cssprop --ict-muted-color - Colour of secondary text (ticks, no-data phrase, notes, source).
 * @cssprop --ict-background - Background colour (also the halo that keeps texts readable over lines).
 * @cssprop --ict-color-1 - Fill of the bars and dots.
 * @cssprop --ict-focus-color - Colour of the focus ring (keep 3:1 against the background).
 * @cssprop --ict-axis-color - Axis lines.
 * @cssprop --ict-grid-color - Gridlines.
 *
 * @fires ict-select - A province was selected with Enter, Space or a click (a portal opens the province's page); `detail` is `{ key, indicator, place, period, value }`.
 * @fires ict-mark-focus - A province got focus (keys, Tab or click); `detail` as for `ict-select`.
 * @fires ict-data-load - The data was loaded and validated; `detail` is `{ dataset, warnings }`.
 * @fires ict-data-error - The data could not be loaded or is invalid; `detail` is `{ issues }`. The element shows them.
 *
 * @example
 * ```html
 * <ict-province-compare src="/data/phone-density-2020.json" highlight="83" highlight-era="2008-2025"
 *   group-by="region"></ict-province-compare>
 * ```
 */
export class IctProvinceCompare extends IctChartElement {
  static override styles = [
    frameStyles,
    markStyles,
    navLayerStyles,
    focusRingStyles,
    axisStyles,
    tooltipStyles,
    provinceCompareStyles,
  ];

  // ═══ Public properties ═══════════════════════════════════════════════════════════════════════════

  /** How each province is drawn: `bars` (default; from zero) or `dots` (a dot plot; the axis may start above zero). */
  @property({ reflect: true }) form: CompareForm = 'bars';

  /** Order: `descending` (default), `ascending`, `name` (alphabetical, Vietnamese collation) or `none` (as in the data). Provinces without data always come last. */
  @property({ reflect: true }) sort: CompareSort = 'descending';

  /** Show only the provinces of one region: `nmm`, `rrd`, `ncc`, `ch`, `se` or `mrd`; the average and median are then the region's. */
  @property() region?: RegionId;

  /** `region` draws one section per region (north to south) with a heading, sorted within; default one list. */
  @property({ attribute: 'group-by' }) groupBy?: CompareGrouping;

  /** Administrative era to show: `2008-2025` (63 units) or `2025-` (34 units). `2025-` sums old counts onto the new units and refuses rates the data does not state for them. Default: the era of the latest data. */
  @property() era?: Era;

  /** Only this year; default each province's latest period (the summary says when they differ). */
  @property({ type: Number }) year?: number;

  /** Overrides of any text per language, e.g. `{ vi: { compareNational: 'Toàn quốc' }, en: { missing: { 'not-available': 'n/a' } } }`. */
  @property({ attribute: false }) strings?: ProvinceCompareStrings;

  // ═══ Controllers and state ═══════════════════════════════════════════════════════════════════════

  private readonly size = new SizeController(this);
  private readonly metrics = new TextMetricsController(this);
  private readonly locale = new LocaleController(this);
  private readonly source = new IndicatorDataController(this, () => chartDataInputs(this));
  private readonly media = new MediaController(this);
  private readonly lazy = new LazyPlotController(this, () => this.loading);
  private readonly figure = new FigureController(this);
  private readonly tooltips = new TooltipController(this);
  private readonly nav = new NavigationController(this, {
    ...markNavigation(this, this.tooltips, this.figure, (key) => this.detailOf(key)),
    items: () => this.currentView()?.items ?? [],
    label: () => this.navText().navTreeLabel(this.titleText()),
    strings: () => this.navText(),
  });

  private readonly views = new ViewMemo<Shown | undefined>();

  // ═══ Lifecycle ═══════════════════════════════════════════════════════════════════════════════════

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.currentView();
    if (view === undefined) return;
    this.figure.noteShownData(this.source.state.dataset, () =>
      uiStrings(this.locale.lang, this.strings).dataUpdated(this.titleText(), view.data.length),
    );
  }

  override render(): TemplateResult {
    const lang = this.locale.lang;
    const state = this.source.state;
    const dataset = state.status === 'ready' ? state.dataset : undefined;
    const shown = dataset === undefined ? undefined : this.shownOf(dataset, lang);
    const view = shown?.kind === 'chart' ? shown.view : undefined;
    const indicator = shown?.kind === 'chart' ? shown.view.indicator : shown?.indicator;
    return this.figure.render({
      lang,
      strings: this.strings,
      title: this.titleText(),
      headingLevel: this.headingLevel,
      summary: shown?.kind === 'chart' ? shown.view.summary : shown?.summary,
      // The indicator's source, then those stated on the values shown (the frame drops duplicates).
      sources:
        indicator === undefined
          ? undefined
          : [indicator.source, ...(view?.model.rows.map((r) => r.obs.source) ?? [])],
      state: chartFrameState(state, shown !== undefined, this.indicator),
      onRetry: () => this.source.retry(),
      chart:
        shown === undefined
          ? undefined
          : shown.kind === 'chart'
            ? this.lazy.plot(
                plotBoxWithUnit(shown.view.layout, unitLabel(shown.view.indicator.unit, lang, 'short')),
                () => this.renderChart(shown.view, lang),
              )
            : html`<p class="message" part="message" role="alert">${shown.text}</p>`,
      table: view?.table,
      describeIssue: (issue, issueLang) => describeIssue(issue, issueLang, messages(issueLang, this.strings)),
      keymap: view === undefined ? undefined : navHelpKeys(this.navText()),
      noExport: this.noExport,
      noTable: this.noTable,
      landmark: this.landmark,
      filename: indicator === undefined ? 'ict-province-compare' : `ict-province-compare-${indicator.id}`,
    });
  }

  // ═══ Rendering ═══════════════════════════════════════════════════════════════════════════════════

  private renderChart(view: CompareView, lang: Language): TemplateResult {
    const { layout } = view;
    const unit = unitLabel(view.indicator.unit, lang, 'short');
    const { height } = plotBoxWithUnit(layout, unit);
    const tickSize = Math.max(12, Math.round(view.fontSize * 0.875));
    const { grid, axis } = valueAxis({ ...layout, fontSize: tickSize });
    const rows = svg`<g class="rows">${view.data.map((d) => this.renderMark(d.mark, layout))}</g>`;
    // Lines cross bars (drawn over them, with a halo) but pass behind dots, which they would hide.
    const linesUnderMarks = layout.form === 'dots';
    const marks = svg`<svg
      class="marks form-${layout.form}"
      aria-hidden="true"
      width=${layout.width}
      height=${height}
      viewBox="0 0 ${layout.width} ${height}"
    >
      <defs>${patternDefs([1])}</defs>
      ${grid}
      ${linesUnderMarks ? nothing : rows} ${layout.references.map((r) => this.renderReferenceLine(r))}
      ${linesUnderMarks ? rows : nothing}
      <g class="texts">
        ${layout.sections.map((s) =>
          s.heading.map(
            (t) =>
              svg`<text class="section-heading" part="section-heading" data-section=${s.key} x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${t.font.size}>${t.text}</text>`,
          ),
        )}
        ${view.data.map((d) => this.renderTexts(d.mark))}
        ${layout.references.map((r) =>
          r.label.map(
            (t) =>
              svg`<text class="reference-label ref-${r.kind}" part="reference-label" data-ref=${r.kind} x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${t.font.size}>${t.text}</text>`,
          ),
        )}
      </g>
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
      </div>
      ${
        view.notes.length === 0
          ? nothing
          : html`<ul class="notes" part="notes" aria-label=${view.strings.compareNotesLabel}>
              ${view.notes.map((n) => html`<li>${n}</li>`)}
            </ul>`
      }`;
  }

  private renderMark(mark: CompareMark, layout: CompareLayout): TemplateResult {
    const hl = mark.highlighted ? ' highlighted' : '';
    let shape: TemplateResult;
    if (mark.missing) {
      const p = mark.placeholder!;
      shape = svg`<rect class="placeholder${hl}" part="placeholder" x=${p.x} y=${p.y} width=${p.width} height=${p.height} rx="2"></rect>`;
    } else if (layout.form === 'dots' && mark.dot !== undefined) {
      const { cx, cy, r } = mark.dot;
      const guide = mark.guide!;
      const s = r * 1.35;
      const dot = mark.highlighted
        ? svg`<path class="point ict-series-1 highlighted" part="dot" d="M${cx},${cy - s}L${cx + s},${cy}L${cx},${cy + s}L${cx - s},${cy}Z"></path>`
        : svg`<circle class="point ict-series-1" part="dot" cx=${cx} cy=${cy} r=${r}></circle>`;
      shape = svg`<line class="guide" x1=${guide.x1} x2=${guide.x2} y1=${guide.y} y2=${guide.y}></line>${dot}`;
    } else {
      const b = mark.bar;
      shape = svg`<rect class="bar ict-series-1${hl}" part="bar" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`;
    }
    return svg`<g class="row" data-key=${mark.key}>${shape}</g>`;
  }

  private renderTexts(mark: CompareMark): TemplateResult {
    const hl = mark.highlighted ? ' highlighted' : '';
    const v = mark.valueLabel;
    return svg`<g class="row-texts" data-key=${mark.key}>
      ${mark.label.map(
        (t) =>
          svg`<text class="bar-label${hl}" part="label" x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${t.font.size}>${t.text}</text>`,
      )}
      <text class="value-label${hl}${mark.missing ? ' missing' : ''}" part="value" x=${v.x} y=${v.y} text-anchor=${v.anchor} font-size=${v.font.size}>${v.text}</text>
    </g>`;
  }

  private renderReferenceLine(r: ReferenceMark): TemplateResult {
    // A halo in the background colour under the line keeps it visible across bars of any colour.
    return svg`<g class="reference ref-${r.kind}" data-ref=${r.kind}>
      <line class="reference-halo" x1=${r.x} x2=${r.x} y1=${r.y1} y2=${r.y2}></line>
      <line class="reference-line ref-${r.kind}" part="reference-line" x1=${r.x} x2=${r.x} y1=${r.y1} y2=${r.y2}></line>
    </g>`;
  }

  private renderTooltip(
    view: CompareView,
    lang: Language,
    plotHeight: number,
  ): TemplateResult | typeof nothing {
    const key = this.tooltips.key;
    const d = key === undefined ? undefined : view.byKey.get(key);
    if (d === undefined) return nothing;
    const ui = uiStrings(lang, this.strings);
    const { row, mark } = d;
    const obs = row.obs;
    const value =
      obs.value === null
        ? mark.valueLabel.text
        : formatValue(obs.value, view.indicator.unit, lang, decimalsOf(view.indicator));
    const lines = [value];
    if (row.rank !== undefined) {
      lines.push(view.strings.compareRankShort(String(row.rank), String(view.model.rankCount)));
    }
    if (d.note !== '') lines.push(d.note);
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

  private currentView(): CompareView | undefined {
    const shown = this.views.current;
    return shown?.kind === 'chart' ? shown.view : undefined;
  }

  private titleText(): string {
    if (this.authorLabel !== undefined) return this.authorLabel;
    // While loading or failing, the last view is of a document no longer shown: no stale title.
    if (this.source.state.status !== 'ready') return '';
    const shown = this.views.current;
    const indicator =
      (shown?.kind === 'chart' ? shown.view.indicator : shown?.indicator) ??
      this.pickIndicator(this.source.state.dataset);
    return indicator === undefined ? '' : localized(indicator.label, this.locale.lang);
  }

  private navText(): NavStrings {
    return navStrings(this.locale.lang, this.strings);
  }

  /** The indicator named by `indicator`, else the first with values for two provinces, else the first with one. */
  private pickIndicator(dataset: IndicatorDataset | undefined): IndicatorMeta | undefined {
    if (dataset === undefined) return undefined;
    const fits = (min: number) => (i: IndicatorMeta) => fitsComparison(dataset.observations, i, min);
    return (
      pickIndicator(dataset, this.indicator, fits(2)) ??
      (this.indicator ? undefined : pickIndicator(dataset, undefined, fits(1))) ??
      (this.indicator ? undefined : dataset.indicators[0])
    );
  }

  /** The attributes, read defensively: an unknown value warns once and takes the default. */
  private options(): {
    form: CompareForm;
    sort: CompareSort;
    region: RegionId | undefined;
    era: Era | undefined;
    year: number | undefined;
    groupBy: CompareGrouping | undefined;
  } {
    const known = <T extends string>(value: unknown, list: readonly T[], name: string): T | undefined => {
      if (value === undefined || value === null || value === '') return undefined;
      if ((list as readonly unknown[]).includes(value)) return value as T;
      warnOnce(
        `province-compare-${name}`,
        `<ict-province-compare ${name}="${String(value)}"> is not one of ${list.join(', ')}; the default is used.`,
      );
      return undefined;
    };
    const year = this.year;
    return {
      form: known(this.form, COMPARE_FORMS, 'form') ?? 'bars',
      sort: known(this.sort, COMPARE_SORTS, 'sort') ?? 'descending',
      region: known(this.region, REGION_IDS, 'region'),
      era: known(this.era, ERAS, 'era'),
      groupBy: known(this.groupBy, COMPARE_GROUPINGS, 'group-by'),
      year: typeof year === 'number' && Number.isInteger(year) ? year : undefined,
    };
  }

  /** What to show for the current inputs, recomputed only when one of them changed. */
  private shownOf(dataset: IndicatorDataset, lang: Language): Shown | undefined {
    const { fontSize, measure } = this.metrics;
    const inputs: unknown[] = [dataset, lang, this.size.width, fontSize, measure, this.sort, this.form];
    inputs.push(this.region, this.groupBy, this.era, this.year, this.highlight, this.highlightEra);
    inputs.push(this.indicator, this.strings);
    return this.views.get(inputs, () => this.computeShown(dataset, lang));
  }

  private computeShown(dataset: IndicatorDataset, lang: Language): Shown | undefined {
    const indicator = this.pickIndicator(dataset);
    if (indicator === undefined) return undefined;
    const catalogue = messages(lang, this.strings);
    const strings = compareStrings(lang, this.strings);
    const options = this.options();
    const result = compareProvinces(dataset.observations, indicator, {
      ...options,
      highlight: this.highlight,
      highlightEra: this.highlightEra,
      lang,
    });
    if (!result.ok) {
      const text = refusalText(result.refusal, indicator, lang, strings);
      const what = localized(indicator.label, lang);
      // The message itself is visible and announced (role=alert); the summary only names the figure.
      return { kind: 'message', indicator, text, summary: [`${what}.`] };
    }
    const view = buildCompareView({
      dataset,
      indicator,
      model: result.model,
      lang,
      catalogue,
      strings,
      form: options.form,
      region: options.region,
      width: this.size.width,
      fontSize: this.metrics.fontSize,
      measure: this.metrics.measure,
      nav: this.navText(),
    });
    return { kind: 'chart', view };
  }

  // ═══ Events ══════════════════════════════════════════════════════════════════════════════════════

  private detailOf(key: string): IctMarkDetail | undefined {
    const view = this.currentView();
    const d: CompareDatum | undefined = view?.byKey.get(key);
    if (d === undefined || view === undefined) return undefined;
    const { obs } = d.row;
    return { key, indicator: view.indicator.id, place: obs.place, period: obs.period, value: obs.value };
  }
}
