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
import { focusRing, focusRingStyles } from '../../chart/templates/focus-ring.js';
import { navLayerStyles } from '../../chart/templates/nav-layer.js';
import { tooltip, tooltipStyles } from '../../chart/templates/tooltip.js';
import { ViewMemo } from '../../chart/view-memo.js';
import type { Rect } from '../../chart/geometry/rect.js';
import { describeIssue, messages, type DeepPartial, type Messages } from '../../core/i18n/messages.js';
import type {
  DataIssue,
  Era,
  IndicatorDataset,
  Language,
  ObservationSource,
  Source,
} from '../../core/indicator/types.js';
import { provinceName } from '../../core/provinces/provinces.js';
import { unitLabel } from '../../core/format/format.js';
import { localized, periodOrder } from '../../core/describe/labels.js';
import { densityTexts, type DensityTextOverrides, type DensityTexts } from './subscriber-density.strings.js';
import {
  buildDensityModel,
  chooseForm,
  chooseIndicators,
  DENSITY_FORMS,
  type DensityForm,
  type DensityModel,
  type DensityPoint,
  type DensitySeries,
} from './subscriber-density.model.js';
import {
  layoutDensityBars,
  layoutDensityColumns,
  layoutDensityLines,
  markerPath,
  type DensityGroupInput,
  type DensityLayout,
  type DensityLineLayout,
  type DensityLineInput,
  type DensityMarkInput,
  type DensityRectLayout,
  type DensityRectMark,
  type LaidText,
  type ReferenceInput,
  type ReferenceMark,
} from './subscriber-density.geometry.js';
import { describeDensity, type DensityDescription } from './subscriber-density.describe.js';
import { subscriberDensityStyles } from './subscriber-density.styles.js';
import { styleProps } from '../../chart/templates/style-props.js';

export { DENSITY_FORMS };
export type { DensityForm };

/**
 * Per-language overrides of every text of the element, in one object: the frame's UI strings, the
 * navigation's (`nav*`), the data catalogue's (`summary`, `missing`, `issues`, …) and the element's own
 * texts under `density` (`{ vi: { density: { national: 'Toàn quốc', types: { telephone: 'Thoại' } } } }`).
 */
export type SubscriberDensityStrings = Partial<
  Record<
    Language,
    Partial<UiStrings & NavStrings> & DeepPartial<Messages> & { density?: DensityTextOverrides }
  >
>;

/** A successful view: everything render() draws. */
interface DensityView {
  kind: 'chart';
  title: string;
  model: DensityModel;
  layout: DensityLayout;
  description: DensityDescription;
  items: NavItem[];
  sources: (Source | ObservationSource | undefined)[];
  legend: LegendEntry[];
}

/** A view that could not be drawn: an issue for the frame's error state. */
interface ErrorView {
  kind: 'error';
  title: string;
  issue: DataIssue;
  /** The element's own message for the issue. */
  message: (lang: Language) => string;
}

/** One entry of the key under the chart. */
interface LegendEntry {
  sample: 'main' | 'compare' | 'national' | 'target' | 'main-line' | 'compare-line' | 'national-line';
  text: string;
}

/**
 * @summary Subscriptions per 100 inhabitants by type (telephone, mobile, fixed and mobile broadband) for one province — labelled bars for one period, columns or lines for several — with the year-on-year change, national and target references, an optional second province, a generated summary, a data table and full keyboard and screen-reader navigation.
 *
 * @tag ict-subscriber-density
 *
 * @attr lang - Language of every text: `vi` (default) or `en`. Inherited from the nearest ancestor with `lang`, else `<html lang>`; a live change re-renders every string.
 *
 * @slot description - Author text that replaces the generated summary (read once, as the figure's description).
 *
 * @csspart chart - The box of the visual layer.
 * @csspart bar - One bar or column (the place's value; the compared place's is hollow and dashed, the national one dotted).
 * @csspart line - One line (a type for one place over time).
 * @csspart marker - A point of a line (its shape names the type).
 * @csspart target - The tick of a plan (target).
 * @csspart reference - The reference line of the `reference` attribute, and its label.
 * @csspart label - The label of a bar, a column, a group or a line end.
 * @csspart note - A secondary line under a label: total count, change, plan.
 * @csspart value - The value printed at a mark, or the no-data phrase.
 * @csspart axis - The value and time axes.
 * @csspart axis-label - One tick label of an axis, and the unit caption.
 * @csspart legend - The key under the chart (places, national figure, plan).
 * @csspart nav - The navigation tree laid over the marks (invisible; carries the accessible names).
 * @csspart nav-item - One navigable item over its mark.
 * @csspart focus-ring - The SVG focus ring around the focused mark.
 * @csspart tooltip - The tooltip of the hovered or focused mark.
 *
 * @cssprop --ict-font-family - Font of every text.
 * @cssprop --ict-font-size - Base font size (default 1rem); every size inside is relative to it.
 * @cssprop --ict-text-color - Text colour, plan ticks and the reference line.
 * @cssprop --ict-muted-color - Secondary text (notes, ticks, no-data phrase) and the national figure.
 * @cssprop --ict-background - Background colour (also the inside of hollow marks).
 * @cssprop --ict-color-1 - Telephone subscriptions (series colours follow the type: 2 mobile, 3 fixed telephone, 4 fixed broadband, 5 mobile broadband, 6–8 other indicators).
 * @cssprop --ict-color-4 - Fixed broadband subscriptions.
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
 * <ict-subscriber-density src="/data/ha-tinh-2020.json" place="42" compare="83" reference="100" reference-label="Mục tiêu"></ict-subscriber-density>
 * ```
 */
export class IctSubscriberDensity extends IctChartElement {
  static override styles = [
    frameStyles,
    markStyles,
    navLayerStyles,
    focusRingStyles,
    tooltipStyles,
    subscriberDensityStyles,
  ];

  // ═══ Public properties ═══════════════════════════════════════════════════════════════════════════

  /** Space-separated ids of the density indicators to draw, in this order; default every indicator whose unit is `per-100-inhabitants`. `indicator` picks a single one. */
  @property() indicators?: string;

  /** Province code of the place to draw; default the first place in the data. */
  @property() place?: string;

  /** Era of the `place` code, `2008-2025` or `2025-`; default any era. */
  @property({ attribute: 'place-era' }) placeEra?: Era;

  /** Province code of a second place drawn beside the first (hollow dashed bars, dashed lines), for comparison. */
  @property() compare?: string;

  /** Era of the `compare` code; default any era. */
  @property({ attribute: 'compare-era' }) compareEra?: Era;

  /** A value (subscriptions per 100 inhabitants) drawn as a dashed reference line across the chart. */
  @property({ type: Number }) reference?: number;

  /** The reference line's label, e.g. "Mục tiêu 2025"; default "Mức tham chiếu" / "Reference". */
  @property({ attribute: 'reference-label' }) referenceLabel?: string;

  /** Chart form: `auto` (bars for one period, columns for 2–3, lines for more), `bars`, `columns` or `lines`. Columns that do not fit the width become bars. */
  @property({ reflect: true }) form: DensityForm = 'auto';

  /** Overrides of any text per language, e.g. `{ vi: { density: { national: 'Toàn quốc' } }, en: { navFirst: 'Start' } }`. */
  @property({ attribute: false }) strings?: SubscriberDensityStrings;

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
    items: () => this.chartView()?.items ?? [],
    label: () => this.navText().navTreeLabel(this.titleText()),
    strings: () => this.navText(),
  });

  private readonly views = new ViewMemo<DensityView | ErrorView | undefined>();

  // ═══ Lifecycle ═══════════════════════════════════════════════════════════════════════════════════

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.chartView();
    if (view === undefined) return;
    // Row 17: new data is announced once (the figure debounces bursts); the navigation keeps the active key.
    this.figure.noteShownData(this.source.state.dataset, () =>
      uiStrings(this.locale.lang, this.strings).dataUpdated(this.titleText(), view.description.data.length),
    );
  }

  override render(): TemplateResult {
    const lang = this.locale.lang;
    const state = this.source.state;
    const dataset = state.status === 'ready' ? state.dataset : undefined;
    const view = dataset === undefined ? undefined : this.viewOf(dataset, lang);
    const chart = view?.kind === 'chart' ? view : undefined;
    const frameState =
      view?.kind === 'error'
        ? { status: 'error' as const, issues: [view.issue] }
        : chartFrameState(state, chart !== undefined, this.indicator);
    return this.figure.render({
      lang,
      strings: this.strings,
      title: this.titleText(),
      headingLevel: this.headingLevel,
      summary: chart?.description.summary,
      sources: chart?.sources,
      state: frameState,
      onRetry: () => this.source.retry(),
      chart:
        chart === undefined ? undefined : this.lazy.plot(chart.layout, () => this.renderChart(chart, lang)),
      table: chart?.description.table,
      describeIssue: (issue, issueLang) =>
        view?.kind === 'error' && issue === view.issue
          ? view.message(issueLang)
          : describeIssue(issue, issueLang, messages(issueLang, this.strings)),
      keymap: navHelpKeys(this.navText()),
      noExport: this.noExport,
      noTable: this.noTable,
      landmark: this.landmark,
      filename: 'ict-subscriber-density',
    });
  }

  // ═══ Rendering ═══════════════════════════════════════════════════════════════════════════════════

  private renderChart(view: DensityView, lang: Language): TemplateResult {
    const { layout } = view;
    const { width, height } = layout;
    const marks = layout.form === 'lines' ? this.renderLines(layout) : this.renderRects(layout);
    return html`<div
        class="plot"
        data-form=${layout.form}
        data-motion=${this.media.plotMotion(width)}
        style=${styleProps({ width: `${width}px`, height: `${height}px` })}
      >
        <svg
          class="marks"
          aria-hidden="true"
          width=${width}
          height=${height}
          viewBox="0 0 ${width} ${height}"
        >
          <defs>${patternDefs(view.model.types.map((t) => t.colour))}</defs>
          <g class="grid">
            ${layout.gridlines.map((g) => svg`<line class="gridline" x1=${g.x1} y1=${g.y1} x2=${g.x2} y2=${g.y2}></line>`)}
          </g>
          ${marks} ${this.renderReference(layout.reference)}
          <g class="axis" part="axis">
            ${layout.axis.map((a) => svg`<line class=${a.kind} x1=${a.x1} y1=${a.y1} x2=${a.x2} y2=${a.y2}></line>`)}
          </g>
          ${layout.texts.map((t) => this.renderText(t))}
        </svg>
        ${this.nav.render()} ${focusRing(this.nav.ringRects(), { width, height })}
        ${this.renderTooltip(view, lang, height)}
      </div>
      ${this.renderLegend(view)}`;
  }

  private renderText(t: LaidText): TemplateResult {
    const part =
      t.role === 'tick' || t.role === 'unit'
        ? 'axis-label'
        : t.role === 'value' || t.role === 'missing'
          ? 'value'
          : t.role === 'note' || t.role === 'end-note' || t.role === 'missing-note'
            ? 'note'
            : t.role === 'reference'
              ? 'reference'
              : 'label';
    const cls = `t-${t.role}${t.highlighted ? ' highlighted-text' : ''}`;
    return svg`<text class=${cls} part=${part} x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${t.font.size}>${t.text}</text>`;
  }

  private renderReference(reference: ReferenceMark | undefined): TemplateResult | typeof nothing {
    if (reference === undefined) return nothing;
    const { line, sample } = reference;
    return svg`<g class="reference" part="reference">
      <line class="reference-line" x1=${line.x1} y1=${line.y1} x2=${line.x2} y2=${line.y2}></line>
      <line class="reference-sample" x1=${sample.x1} y1=${sample.y1} x2=${sample.x2} y2=${sample.y2}></line>
      ${reference.label.map((t) => this.renderText(t))}
    </g>`;
  }

  private renderRects(layout: DensityRectLayout): TemplateResult {
    return svg`${layout.marks.map((mk) => this.renderRect(mk))}`;
  }

  private renderRect(mk: DensityRectMark): TemplateResult {
    const hl = mk.highlighted ? ' highlighted' : '';
    const { bar } = mk;
    let shape: TemplateResult | typeof nothing = nothing;
    if (mk.missing && mk.placeholder !== undefined) {
      const p = mk.placeholder;
      shape = svg`<rect class="placeholder" x=${p.x} y=${p.y} width=${p.width} height=${p.height} rx="2"></rect>`;
    } else if (mk.kind !== 'target-only') {
      const cls =
        mk.role === 'national'
          ? 'bar national'
          : mk.role === 'compare'
            ? `bar compare ict-series-stroke-${mk.colour}${hl}`
            : `bar main ict-series-${mk.colour}${hl}`;
      shape = svg`<rect class=${cls} part="bar" data-key=${mk.key} x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>`;
    }
    const t = mk.targetTick;
    return svg`<g class="mark" data-key=${mk.key} data-role=${mk.role}>
      ${shape}
      ${t === undefined ? nothing : svg`<line class="target-tick" part="target" x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2}></line>`}
      ${mk.texts.map((text) => this.renderText(text))}
    </g>`;
  }

  private renderLines(layout: DensityLineLayout): TemplateResult {
    return svg`${layout.lines.map((l) => {
      const hl = l.highlighted ? ' highlighted' : '';
      const stroke = l.role === 'national' ? 'national' : `ict-series-stroke-${l.colour} ${l.role}`;
      const marker =
        l.role === 'main'
          ? `ict-series-${l.colour} main`
          : l.role === 'compare'
            ? `ict-series-stroke-${l.colour} compare`
            : 'national';
      return svg`<g class="series" data-key=${l.key} data-role=${l.role}>
        ${l.path === '' ? nothing : svg`<path class=${`line ${stroke}${hl}`} part="line" d=${l.path}></path>`}
        ${l.leader === undefined ? nothing : svg`<line class="leader" x1=${l.leader.x1} y1=${l.leader.y1} x2=${l.leader.x2} y2=${l.leader.y2}></line>`}
        ${l.points.map((p) => {
          const t = p.targetTick;
          const tick =
            t === undefined
              ? nothing
              : svg`<line class="target-tick" part="target" x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2}></line>`;
          if (p.missing) {
            return svg`<circle class="missing-marker" data-key=${p.key} cx=${p.x} cy=${p.y} r="5"></circle>${tick}`;
          }
          if (p.kind === 'target-only') return tick;
          return svg`<path class=${`marker ${marker}${hl}`} part="marker" data-key=${p.key} transform="translate(${p.x} ${p.y})" d=${markerPath(l.shape)}></path>${tick}`;
        })}
        ${l.label.map((t) => this.renderText(t))}
      </g>`;
    })}`;
  }

  private renderLegend(view: DensityView): TemplateResult | typeof nothing {
    if (view.legend.length === 0) return nothing;
    const t = this.texts(this.locale.lang);
    const colour = view.model.types[0]?.colour ?? 1;
    const sample = (kind: LegendEntry['sample']): TemplateResult => {
      switch (kind) {
        case 'main':
          return svg`<rect class=${`swatch bar main ict-series-${colour}`} x="1" y="2" width="16" height="12"></rect>`;
        case 'compare':
          return svg`<rect class=${`swatch bar compare ict-series-stroke-${colour}`} x="1" y="2" width="16" height="12"></rect>`;
        case 'national':
          return svg`<rect class="swatch bar national" x="1" y="2" width="16" height="12"></rect>`;
        case 'target':
          return svg`<line class="target-tick" x1="9" y1="0" x2="9" y2="16"></line>`;
        case 'main-line':
          return svg`<line class=${`line ict-series-stroke-${colour} main`} x1="0" y1="8" x2="24" y2="8"></line>`;
        case 'compare-line':
          return svg`<line class=${`line ict-series-stroke-${colour} compare`} x1="0" y1="8" x2="24" y2="8"></line>`;
        default:
          return svg`<line class="line national" x1="0" y1="8" x2="24" y2="8"></line>`;
      }
    };
    return html`<ul class="legend" part="legend" aria-label=${t.legend}>
      ${view.legend.map(
        (entry) =>
          html`<li>
            <svg aria-hidden="true" width="24" height="16" viewBox="0 0 24 16">${sample(entry.sample)}</svg
            >${entry.text}
          </li>`,
      )}
    </ul>`;
  }

  private renderTooltip(
    view: DensityView,
    lang: Language,
    plotHeight: number,
  ): TemplateResult | typeof nothing {
    const key = this.tooltips.key;
    const d = key === undefined ? undefined : view.description.byKey.get(key);
    const anchor = key === undefined ? undefined : this.markRect(view.layout, key);
    if (d === undefined || anchor === undefined) return nothing;
    const ui = uiStrings(lang, this.strings);
    const lines = [...d.tooltip];
    const publisher = d.point.obs.source?.publisher ?? d.point.indicator.source?.publisher;
    if (publisher !== undefined) lines.push(`${ui.source}: ${publisher}`);
    return tooltip({
      key: d.key,
      title: d.title,
      lines,
      anchor: anchor.hit,
      x: anchor.x,
      plotHeight,
      onPointerEnter: () => this.tooltips.tooltipEnter(),
      onPointerLeave: () => this.tooltips.tooltipLeave(),
    });
  }

  /** The box of a mark and where its tooltip starts. */
  private markRect(layout: DensityLayout, key: string): { hit: Rect; x: number } | undefined {
    if (layout.form === 'lines') {
      for (const l of layout.lines) {
        const p = l.points.find((q) => q.key === key);
        if (p !== undefined) return { hit: p.hit, x: p.x + 12 };
      }
      return undefined;
    }
    const mk = layout.marks.find((m) => m.key === key);
    if (mk === undefined) return undefined;
    const value = mk.texts.find((t) => t.role === 'value' || t.role === 'missing');
    return { hit: mk.hit, x: layout.form === 'bars' ? (value?.box.x ?? 0) : mk.hit.x };
  }

  // ═══ Derived data ════════════════════════════════════════════════════════════════════════════════

  private texts(lang: Language): DensityTexts {
    return densityTexts(lang, this.strings?.[lang]?.density);
  }

  /** The data catalogue with the element's type names as subscription names, so names and table agree. */
  private catalogue(lang: Language): Messages {
    const own = this.strings?.[lang] ?? {};
    return messages(lang, {
      [lang]: { ...own, subscriptions: { ...this.texts(lang).types, ...(own.subscriptions ?? {}) } },
    });
  }

  private chartView(): DensityView | undefined {
    const view = this.views.current;
    return view?.kind === 'chart' ? view : undefined;
  }

  private titleText(): string {
    if (this.authorLabel !== undefined) return this.authorLabel;
    // While loading or failing, the last view is of a document no longer shown: no stale title.
    if (this.source.state.status !== 'ready') return '';
    return this.views.current?.title ?? '';
  }

  private navText(): NavStrings {
    return navStrings(this.locale.lang, this.strings);
  }

  /** The view for the current inputs, recomputed only when one of them changed. */
  private viewOf(dataset: IndicatorDataset, lang: Language): DensityView | ErrorView | undefined {
    const { fontSize, measure } = this.metrics;
    const inputs: unknown[] = [dataset, lang, this.size.width, fontSize, measure, this.form, this.strings];
    inputs.push(this.indicator, this.indicators, this.place, this.placeEra, this.compare, this.compareEra);
    inputs.push(this.reference, this.referenceLabel, this.highlight, this.highlightEra);
    return this.views.get(inputs, () => this.computeView(dataset, lang));
  }

  private computeView(dataset: IndicatorDataset, lang: Language): DensityView | ErrorView | undefined {
    const t = this.texts(lang);
    const choice = chooseIndicators(dataset, { indicator: this.indicator, indicators: this.indicators });
    if (!choice.ok) {
      const { error } = choice;
      // An unknown id in `indicator` is the frame's own error (chartFrameState); the rest are ours.
      if (error.kind === 'unknown' && this.indicator !== undefined && this.indicator !== '') return undefined;
      const path = this.indicator ? 'indicator' : 'indicators';
      const catalogue = (l: Language): Messages => messages(l, this.strings);
      if (error.kind === 'unknown') {
        const issue: DataIssue = { code: 'unknown-indicator', path, got: error.id, severity: 'error' };
        return {
          kind: 'error',
          title: t.title,
          issue,
          message: (l) => describeIssue(issue, l, catalogue(l)),
        };
      }
      // No catalogue code says "this indicator has the wrong unit": the element words it itself.
      const issue: DataIssue = {
        code: 'unknown-indicator',
        path,
        ...(error.kind === 'not-density' ? { got: error.id } : {}),
        severity: 'error',
      };
      const message =
        error.kind === 'not-density'
          ? (l: Language) =>
              this.texts(l).notDensity(error.id, unitLabel(error.unit, l, 'long') || error.unit)
          : (l: Language) => this.texts(l).noDensityIndicator;
      return { kind: 'error', title: t.title, issue, message };
    }
    const built = buildDensityModel(dataset, choice.indicators, {
      place: this.place,
      placeEra: this.placeEra,
      compare: this.compare,
      compareEra: this.compareEra,
    });
    const single = choice.indicators.length === 1 ? choice.indicators[0]! : undefined;
    const title = single !== undefined ? localized(single.label, lang) : t.title;
    if (!built.ok) {
      const code = this.place ?? '';
      const issue: DataIssue = { code: 'unknown-place', path: 'place', got: code, severity: 'error' };
      // Without a `place`, only national figures were found: there is no province to draw.
      const message = (l: Language): string =>
        code === ''
          ? this.texts(l).noDensityIndicator
          : this.texts(l).noPlace(provinceName({ code, era: this.placeEra ?? '2008-2025' }, l));
      return { kind: 'error', title, issue, message };
    }
    const model = built.model;
    const catalogue = this.catalogue(lang);
    const form = chooseForm(this.form, model.periods.length);
    const referenceValue =
      this.reference !== undefined && this.reference !== null && Number.isFinite(this.reference)
        ? this.reference
        : undefined;
    const description = describeDensity({
      model,
      lang,
      texts: t,
      catalogue,
      title,
      form,
      highlight: this.highlight,
      highlightEra: this.highlightEra,
      ...(referenceValue === undefined
        ? {}
        : { reference: { value: referenceValue, label: this.referenceLabel || t.referenceDefault } }),
    });
    const reference: ReferenceInput | undefined =
      referenceValue === undefined ? undefined : { value: referenceValue, label: description.referenceLabel };
    const layout = this.layout(model, description, form, reference);
    const items = this.navItems(model, description, layout);
    return {
      kind: 'chart',
      title,
      model,
      layout,
      description,
      items,
      sources: [...model.indicators.map((i) => i.source), ...model.observations.map((o) => o.source)],
      legend: this.legend(model, layout, t, lang),
    };
  }

  private layout(
    model: DensityModel,
    d: DensityDescription,
    form: 'bars' | 'columns' | 'lines',
    reference: ReferenceInput | undefined,
  ): DensityLayout {
    const options = {
      width: this.size.width,
      fontSize: this.metrics.fontSize,
      measure: this.metrics.measure,
      formatTick: d.formatTick,
      unit: d.unit,
      ...(reference !== undefined ? { reference } : {}),
    };
    if (form === 'lines') {
      const lines: DensityLineInput[] = model.series.map((s) => ({
        key: s.key,
        colour: s.colour,
        shape: s.shape,
        role: s.role,
        highlighted: s.points.some((p) => d.byKey.get(p.key)?.highlighted === true),
        label: d.lineLabel(s),
        points: s.points.map((p) => ({
          key: p.key,
          order: d.order(p.period),
          value: p.value,
          kind: p.kind,
          ...(p.target !== undefined ? { target: p.target } : {}),
        })),
      }));
      return layoutDensityLines(lines, d.periods, { ...options, missingNote: d.missingNote });
    }
    const groups = this.groups(model, d, form);
    if (form === 'columns') {
      const columns = layoutDensityColumns(groups.columns, options);
      if (columns !== undefined) return columns;
    }
    return layoutDensityBars(groups.bars, options);
  }

  /** The groups of marks by type, labelled for bars and for columns. */
  private groups(
    model: DensityModel,
    d: DensityDescription,
    form: 'bars' | 'columns',
  ): { bars: DensityGroupInput[]; columns: DensityGroupInput[] } {
    const bars: DensityGroupInput[] = [];
    const columns: DensityGroupInput[] = [];
    for (const type of model.types) {
      const series = model.series.filter((s) => s.type === type.type);
      const points = orderedPoints(series);
      const simple = points.length === 1 && series.length === 1 && series[0]!.role !== 'national';
      const typeLabel = d.typeLabel(type.type);
      const mark = (s: DensitySeries, p: DensityPoint, columnsForm: boolean): DensityMarkInput => {
        const datum = d.byKey.get(p.key)!;
        return {
          key: p.key,
          kind: s.role === 'national' ? 'national' : p.kind,
          role: s.role,
          colour: s.colour,
          value: p.value,
          ...(p.target !== undefined ? { target: p.target } : {}),
          valueText: datum.valueText,
          label: columnsForm ? datum.columnLabel : simple ? typeLabel : datum.rowLabel,
          notes: columnsForm ? datum.columnNotes : datum.rowNotes,
          highlighted: datum.highlighted,
        };
      };
      bars.push({
        key: `type:${type.type}`,
        label: typeLabel,
        header: !simple,
        marks: points.map(({ s, p }) => mark(s, p, false)),
      });
      if (form === 'columns') {
        columns.push({
          key: `type:${type.type}`,
          label: typeLabel,
          header: true,
          marks: points.map(({ s, p }) => mark(s, p, true)),
        });
      }
    }
    return { bars, columns };
  }

  /** The navigation tree: marks grouped by type (bars, columns) or by line, over their marks. */
  private navItems(model: DensityModel, d: DensityDescription, layout: DensityLayout): NavItem[] {
    const rectOf = (key: string): Rect | undefined => {
      if (layout.form === 'lines') {
        for (const l of layout.lines) {
          const p = l.points.find((q) => q.key === key);
          if (p !== undefined) return p.hit;
        }
        return undefined;
      }
      return layout.marks.find((m) => m.key === key)?.hit;
    };
    const leaf = (p: DensityPoint): NavItem => {
      const datum = d.byKey.get(p.key)!;
      const rect = rectOf(p.key);
      return {
        key: p.key,
        label: datum.name,
        text: layout.form === 'lines' ? datum.periodText : datum.navText,
        ...(rect ? { rect } : {}),
      };
    };
    const groups: NavItem[] =
      layout.form === 'lines'
        ? model.series.map((s) => ({
            key: `series:${s.key}`,
            label: d.lineLabel(s)[0]!,
            text: d.lineLabel(s)[0]!,
            children: s.points.map(leaf),
          }))
        : model.types.map((type) => ({
            key: `type:${type.type}`,
            label: d.typeLabel(type.type),
            text: d.typeLabel(type.type),
            children: orderedPoints(model.series.filter((s) => s.type === type.type)).map(({ p }) => leaf(p)),
          }));
    // One group, or only single-mark groups: a flat list reads better than a level of one.
    const flat = groups.length === 1 || groups.every((g) => (g.children?.length ?? 0) <= 1);
    const items = flat ? groups.flatMap((g) => g.children ?? []) : groups;
    const nav = this.navText();
    return groupLargeSets(items, (first, last, from, to) =>
      nav.navGroupRange(from, to, first.text ?? first.label, last.text ?? last.label),
    );
  }

  private legend(model: DensityModel, layout: DensityLayout, t: DensityTexts, lang: Language): LegendEntry[] {
    const lines = layout.form === 'lines';
    const out: LegendEntry[] = [];
    if (model.compare !== undefined) {
      out.push({
        sample: lines ? 'main-line' : 'main',
        text: `${t.mainMarker} ${provinceName(model.main, lang)}`,
      });
      out.push({
        sample: lines ? 'compare-line' : 'compare',
        text: `${t.compareMarker} ${provinceName(model.compare, lang)}`,
      });
    }
    if (model.series.some((s) => s.role === 'national')) {
      out.push({ sample: lines ? 'national-line' : 'national', text: t.legendNational });
    }
    if (model.series.some((s) => s.points.some((p) => p.target !== undefined || p.kind === 'target-only'))) {
      out.push({ sample: 'target', text: t.legendTarget });
    }
    return out;
  }

  // ═══ Events ══════════════════════════════════════════════════════════════════════════════════════

  private detailOf(key: string): IctMarkDetail | undefined {
    const d = this.chartView()?.description.byKey.get(key);
    if (d === undefined) return undefined;
    const { point } = d;
    return {
      key,
      indicator: point.indicator.id,
      place: point.obs.place,
      period: point.period,
      value: point.value,
    };
  }
}

/** The points of one type's series in drawing order: by period, then place, compared place, country. */
function orderedPoints(series: readonly DensitySeries[]): { s: DensitySeries; p: DensityPoint }[] {
  const rank = { main: 0, compare: 1, national: 2 } as const;
  return series
    .flatMap((s) => s.points.map((p) => ({ s, p })))
    .sort((a, b) => periodOrder(a.p.period) - periodOrder(b.p.period) || rank[a.s.role] - rank[b.s.role]);
}
