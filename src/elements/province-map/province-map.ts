import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { IctChartElement, chartDataInputs } from '../../chart/chart-element.js';
import { IndicatorDataController } from '../../chart/controllers/data-controller.js';
import { FigureController, chartFrameState } from '../../chart/controllers/figure-controller.js';
import { LocaleController } from '../../chart/controllers/locale-controller.js';
import { LazyPlotController } from '../../chart/controllers/lazy-plot-controller.js';
import { MediaController } from '../../chart/controllers/media-controller.js';
import {
  NAV_KEYMAP,
  NavigationController,
  markNavigation,
  groupLargeSets,
  navHelpKeys,
  navStrings,
  type NavItem,
  type NavNode,
  type NavStrings,
} from '../../chart/controllers/navigation-controller.js';
import { SizeController } from '../../chart/controllers/size-controller.js';
import { TextMetricsController } from '../../chart/controllers/text-metrics-controller.js';
import { TooltipController } from '../../chart/controllers/tooltip-controller.js';
import { type IctMarkDetail } from '../../chart/events.js';
import { HIGHLIGHT_MARKER } from '../../chart/geometry/bars.js';
import { uiStrings, type UiStrings } from '../../chart/i18n/ui.js';
import { groupByRegion } from '../../chart/nav-groups.js';
import { frameStyles } from '../../chart/styles/frame.styles.js';
import { markStyles } from '../../chart/styles/marks.styles.js';
import { focusRingStyles } from '../../chart/templates/focus-ring.js';
import { navLayerStyles } from '../../chart/templates/nav-layer.js';
import { styleProps } from '../../chart/templates/style-props.js';
import { tooltip, tooltipStyles } from '../../chart/templates/tooltip.js';
import { ViewMemo } from '../../chart/view-memo.js';
import { decimalsOf, localized, observationName, upperFirst, valueText } from '../../core/describe/labels.js';
import { summarize } from '../../core/describe/summary.js';
import { tableModel, type TableModelResult } from '../../core/describe/table.js';
import { formatNumber, formatPeriod, formatValue, unitLabel } from '../../core/format/format.js';
import { describeIssue, messages, type DeepPartial, type Messages } from '../../core/i18n/messages.js';
import type { DataIssue, Era, Language } from '../../core/indicator/types.js';
import { provinceName } from '../../core/provinces/provinces.js';
import {
  BOUNDARY_CREDIT,
  BOUNDARY_LICENCE,
  BOUNDARY_LICENCE_URL,
  BOUNDARY_ATTRIBUTION,
  boundaryUrl,
} from '../../maps/boundaries.js';
import { BOUNDARY_PATH, loadBoundariesShared, type ArchipelagoId } from './province-map.boundaries.js';
import { selectMapData, type MapData, type MapDataResult, type MapProblem } from './province-map.data.js';
import type * as GeoModuleNamespace from './province-map.geo.js';
import type { MapLayout, PreparedBoundaries, ProvinceShape } from './province-map.geo.js';
import {
  DIRECTION_KEYS,
  classColors,
  classify,
  clampClasses,
  rangeText,
  spatialNeighbours,
  type Direction,
  type MapClasses,
  type MapText,
} from './province-map.geometry.js';
import { mapStrings, type MapStrings } from './province-map.strings.js';
import { provinceMapStyles } from './province-map.styles.js';

/**
 * Per-language overrides of every text of the map in one object: the frame's UI strings, the navigation's
 * (`nav*`), the map's own (`map*`) and the data catalogue (`summary`, `missing`, …).
 */
export type ProvinceMapStrings = Partial<
  Record<Language, Partial<UiStrings & NavStrings & MapStrings> & DeepPartial<Messages>>
>;

/** The geometry module, loaded on demand (it carries d3-geo and topojson-client). */
type GeoModule = typeof GeoModuleNamespace;

/** What the boundary task gives once a file is loaded and prepared. */
interface LoadedBoundaries {
  geo: GeoModule;
  prepared: PreparedBoundaries;
}

/** One drawn unit with its data. */
interface UnitView {
  key: string;
  code: string;
  shape: ProvinceShape;
  obs: MapData['observations'][number];
  /** 0-based colour class, or -1 for a missing value. */
  classIndex: number;
  /** Visible name ("Bến Tre"). */
  text: string;
  /** The value as said ("74 thuê bao/100 dân", "không có số liệu"). */
  valueText: string;
  /** The class as said, or '' for a missing value. */
  classText: string;
  /** The accessible name without the position. */
  name: string;
  highlighted: boolean;
}

/** Everything render() draws. */
interface MapView {
  data: MapData;
  layout: MapLayout;
  classes: MapClasses | undefined;
  colors: string[];
  /** Ink of each class's pattern (dark on light fills, light on dark ones). */
  inks: string[];
  units: UnitView[];
  byKey: Map<string, UnitView>;
  items: NavItem[];
  neighbours: Map<string, Partial<Record<Direction, string>>>;
  summary: string[];
  table: TableModelResult;
  /** Legend rows: the class (or -1 for no data) of each row of `layout.legend.rows`. */
  legendClasses: number[];
  highlight: UnitView | undefined;
}

/** Provinces smaller than this (CSS px, the larger side) also get a circle as focus ring: a ring along a tiny shape reads as a dot. */
const SMALL_UNIT = 20;

/** Prepared boundaries per topology object and era: fifty maps of one file prepare it once. */
const preparedCache = new WeakMap<object, Map<Era, PreparedBoundaries>>();

/** WCAG relative luminance of a `#rrggbb` or `rgb(r, g, b)` colour. */
function luminance(color: string): number {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  const parts = hex
    ? [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16))
    : (/rgba?\(([^)]+)\)/.exec(color)?.[1] ?? '0,0,0').split(/[ ,]+/).map(Number);
  const [r = 0, g = 0, b = 0] = parts.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * @summary A map of Viet Nam's provinces coloured by one ICT indicator in classes (sequential, or diverging around a reference), with Hoàng Sa and Trường Sa, a legend, a generated summary, a data table and keyboard navigation from province to neighbouring province.
 *
 * @tag ict-province-map
 *
 * @attr lang - Language of every text: `vi` (default) or `en`. Inherited from the nearest ancestor with `lang`, else `<html lang>`; a live change re-renders every string.
 *
 * @slot description - Author text that replaces the generated summary (read once, as the figure's description).
 *
 * @csspart chart - The box of the visual layer.
 * @csspart map - The map's SVG.
 * @csspart unit - The shape of one province or city.
 * @csspart outline - The country's outline (coast and land border).
 * @csspart highlight - The outline drawn around the highlighted unit.
 * @csspart highlight-label - The "◆ name" label of the highlighted unit.
 * @csspart inset - The framed box of an archipelago (Hoàng Sa, Trường Sa).
 * @csspart inset-label - The name of an archipelago in its inset.
 * @csspart legend - The legend box.
 * @csspart legend-label - The text of one legend entry.
 * @csspart attribution - The line crediting the boundary data (CC BY-SA 4.0).
 * @csspart nav - The navigation tree laid over the map (invisible; carries the accessible names).
 * @csspart nav-item - One navigable item over its province.
 * @csspart focus-ring - The ring around the focused province or region.
 * @csspart tooltip - The tooltip of the hovered or focused province.
 *
 * @cssprop --ict-font-family - Font of every text.
 * @cssprop --ict-font-size - Base font size (default 1rem); every size inside is relative to it.
 * @cssprop --ict-text-color - Text colour, the country outline and the highlight outline.
 * @cssprop --ict-muted-color - Secondary text (attribution), inset frames and the no-data hatching.
 * @cssprop --ict-background - Background colour; also the borders between provinces.
 * @cssprop --ict-focus-color - Colour of the focus ring (keep 3:1 against the background).
 * @cssprop --ict-map-color-1 - Fill of the lowest colour class (`--ict-map-color-2` … `--ict-map-color-7` the next ones); default viridis (sequential) or orange–purple (diverging).
 * @cssprop --ict-map-border-color - Lines between provinces (default: the background colour).
 *
 * @fires ict-select - A province was selected with Enter, Space or a click; `detail` is `{ key, indicator, place, period, value }` (`key` like `vn63-83`).
 * @fires ict-mark-focus - A province got focus (keys, Tab or click); `detail` as for `ict-select`.
 * @fires ict-data-load - The data was loaded and validated; `detail` is `{ dataset, warnings }`.
 * @fires ict-data-error - The data could not be loaded or is invalid; `detail` is `{ issues }`. The element shows them.
 *
 * @example
 * ```html
 * <ict-province-map src="/data/phone-density-2020.json" highlight="42" highlight-era="2008-2025"></ict-province-map>
 * ```
 */
export class IctProvinceMap extends IctChartElement {
  static override styles = [
    frameStyles,
    markStyles,
    navLayerStyles,
    focusRingStyles,
    tooltipStyles,
    provinceMapStyles,
  ];

  // ═══ Public properties ═══════════════════════════════════════════════════════════════════════════

  /** Number of colour classes, 3–7 (default 5); the nice breaks may need one fewer (the legend lists them). */
  @property({ type: Number }) classes = 5;

  /** Colours diverge around `reference` (default: the mean of the provinces' values) instead of running low → high. */
  @property({ type: Boolean, reflect: true }) diverging = false;

  /** The value diverging colours are centred on, e.g. the national figure; default the unweighted mean of the provinces. */
  @property({ type: Number }) reference?: number;

  /** Era to draw: `2008-2025` (63 units) or `2025-` (34 units; sums 2008–2025 counts onto them); default the era of the data. */
  @property() era?: Era;

  /** Year to draw when the data has several; default each province's latest value. */
  @property({ type: Number }) year?: number;

  /** URL of the boundary TopoJSON, for sites that host their own copy; `{units}` becomes `63` or `34`. Default: the package's `maps/` folder. */
  @property({ attribute: 'boundaries-src' }) boundariesSrc?: string;

  /** Overrides of any text per language, e.g. `{ vi: { mapAttribution: 'Ranh giới', missing: { 'not-available': 'chưa có' } } }`. */
  @property({ attribute: false }) strings?: ProvinceMapStrings;

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
    items: () => this.views.current?.items ?? [],
    label: () => this.mapText().mapTreeLabel(this.titleText()),
    strings: () => this.navText(),
  });

  /**
   * The boundaries of the era the data needs: the geometry module and the file load together, only once
   * the element is on the page and knows its era; both are cached for the page.
   */
  private readonly boundaries = new Task<readonly [string | undefined, Era | undefined], LoadedBoundaries>(
    this,
    {
      args: () => this.boundaryArgs(),
      task: async ([url, era]) => {
        if (url === undefined || era === undefined) return initialState as unknown as LoadedBoundaries;
        const [geo, result] = await Promise.all([
          import('./province-map.geo.js'),
          loadBoundariesShared(url, era),
        ]);
        if (!result.ok) throw result.issue;
        let byEra = preparedCache.get(result.topology);
        if (byEra === undefined) {
          byEra = new Map();
          preparedCache.set(result.topology, byEra);
        }
        let prepared = byEra.get(era);
        if (prepared === undefined) {
          prepared = geo.prepareBoundaries(result.topology, era);
          byEra.set(era, prepared);
        }
        return { geo, prepared };
      },
    },
  );

  private readonly selections = new ViewMemo<MapDataResult | undefined>();
  private readonly views = new ViewMemo<MapView | undefined>();
  private readonly clips = new WeakMap<HTMLElement, string>();
  private liveToggle = false;

  // ═══ Lifecycle ═══════════════════════════════════════════════════════════════════════════════════

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.views.current;
    if (view === undefined || this.frameState().status !== 'ready') return;
    this.applyClipPaths(view);
    this.figure.noteShownData(this.source.state.dataset, () =>
      uiStrings(this.locale.lang, this.strings).dataUpdated(this.titleText(), view.data.fromData.size),
    );
  }

  override render(): TemplateResult {
    const lang = this.locale.lang;
    const state = this.frameState();
    const view = state.status === 'ready' ? this.currentView(lang) : undefined;
    const s = this.mapText();
    const loadingBoundaries = this.source.state.status === 'ready' && state.status === 'loading';
    return this.figure.render({
      lang,
      strings: loadingBoundaries
        ? { ...this.strings, [lang]: { ...this.strings?.[lang], loading: s.mapLoading } }
        : this.strings,
      title: this.titleText(),
      headingLevel: this.headingLevel,
      summary: view?.summary,
      sources: view === undefined ? undefined : [view.data.indicator.source],
      state: view === undefined && state.status === 'ready' ? { status: 'empty' } : state,
      onRetry: () => this.retry(),
      chart: view === undefined ? undefined : this.lazy.plot(view.layout, () => this.renderChart(view, lang)),
      table: view?.table,
      describeIssue: (issue, issueLang) => this.describeMapIssue(issue, issueLang),
      keymap: this.helpKeys(),
      noExport: this.noExport,
      noTable: this.noTable,
      landmark: this.landmark,
      filename: view === undefined ? 'ict-province-map' : `ict-province-map-${view.data.indicator.id}`,
    });
  }

  // ═══ Rendering ═══════════════════════════════════════════════════════════════════════════════════

  private renderChart(view: MapView, lang: Language): TemplateResult {
    const { layout } = view;
    const s = this.mapText();
    const colorVars: Record<string, string> = {};
    view.colors.forEach((c, i) => {
      colorVars[`--_class-${i + 1}`] = `var(--ict-map-color-${i + 1}, ${c})`;
      colorVars[`--_ink-${i + 1}`] = view.inks[i]!;
    });
    const hl = view.highlight;
    const map = svg`<svg
      class="marks"
      part="map"
      aria-hidden="true"
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
      style=${styleProps(colorVars)}
    >
      <metadata>${BOUNDARY_ATTRIBUTION}</metadata>
      <defs>${this.renderPatterns(view)}</defs>
      <g class="units">${view.units.map((u) => this.renderUnit(u))}</g>
      <path class="outline" part="outline" d=${layout.outline}></path>
      ${
        hl === undefined
          ? nothing
          : svg`<path class="highlight-halo" d=${hl.shape.d}></path><path class="highlight-line" part="highlight" d=${hl.shape.d}></path>`
      }
      ${layout.insets.map((inset) => this.renderInset(view, inset))}
      ${this.renderLegend(view)}
      ${
        layout.highlightLabel === undefined
          ? nothing
          : svg`<line class="leader" x1=${layout.highlightLabel.leader.x1} y1=${layout.highlightLabel.leader.y1} x2=${layout.highlightLabel.leader.x2} y2=${layout.highlightLabel.leader.y2}></line>
            ${this.renderText(layout.highlightLabel.text, 'highlight-label', 'highlight-label')}`
      }
    </svg>`;
    return html`<div
        class="plot"
        data-motion=${this.media.reducedMotion ? 'reduce' : 'full'}
        style=${styleProps({ width: `${layout.width}px`, height: `${layout.height}px` })}
      >
        ${map}
        <div
          class="nav-wrap"
          @keydown=${{ handleEvent: (e: KeyboardEvent) => this.onMapKey(e), capture: true }}
        >
          ${this.nav.render()}
        </div>
        ${this.renderFocusRing(view)} ${this.renderTooltip(view, lang)}
      </div>
      <p class="attribution" part="attribution">
        ${s.mapAttribution}: <span lang="en">${BOUNDARY_CREDIT}</span>,
        <a href=${BOUNDARY_LICENCE_URL} rel="license noopener noreferrer">${BOUNDARY_LICENCE}</a>
      </p>`;
  }

  private renderUnit(u: UnitView): TemplateResult {
    const classes = `unit${u.classIndex < 0 ? ' nodata' : ''}${u.highlighted ? ' highlighted' : ''}`;
    return svg`<path
      class=${classes}
      part="unit"
      data-key=${u.key}
      data-code=${u.code}
      data-class=${u.classIndex < 0 ? 'none' : String(u.classIndex + 1)}
      d=${u.shape.d}
    ></path>`;
  }

  /** One pattern per class (dots growing with the class: an order that needs no colour) and the no-data hatching. */
  private renderPatterns(view: MapView): TemplateResult {
    const count = view.colors.length;
    return svg`${view.colors.map((_, i) => {
      const r = count <= 1 ? 1.2 : 0.6 + (1.9 * i) / (count - 1);
      return svg`<pattern id=${`ict-map-class-${i + 1}`} patternUnits="userSpaceOnUse" width="6" height="6">
        <rect class="class-pattern-base" data-class=${String(i + 1)} width="6" height="6"></rect>
        <circle class="class-pattern-ink" data-class=${String(i + 1)} cx="3" cy="3" r=${r.toFixed(2)}></circle>
      </pattern>`;
    })}
      <pattern id="ict-map-nodata" patternUnits="userSpaceOnUse" width="6" height="6">
        <rect class="nodata-base" width="6" height="6"></rect>
        <path class="nodata-ink" d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2"></path>
      </pattern>`;
  }

  private renderInset(view: MapView, inset: MapLayout['insets'][number]): TemplateResult {
    const parent = view.units.find((u) => u.code === inset.parentCode);
    const cls = parent === undefined || parent.classIndex < 0 ? 'none' : String(parent.classIndex + 1);
    const box = inset.box;
    return svg`<g class="inset" data-island=${inset.id}>
      <rect class="inset-frame" part="inset" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx="3"></rect>
      ${this.renderText(inset.label, 'inset-label', 'inset-label')}
      <path class=${`islands${cls === 'none' ? ' nodata' : ''}`} data-class=${cls} data-code=${inset.parentCode} d=${inset.d}></path>
    </g>`;
  }

  private renderLegend(view: MapView): TemplateResult {
    const legend = view.layout.legend;
    return svg`<g class="legend" part="legend">
      ${legend.title === undefined ? nothing : this.renderText(legend.title, 'legend-title', 'legend-label')}
      ${legend.rows.map((row, i) => {
        const cls = view.legendClasses[i] ?? -1;
        return svg`<g class="legend-row" data-class=${cls < 0 ? 'none' : String(cls + 1)}>
          <rect class=${`swatch${cls < 0 ? ' nodata' : ''}`} data-class=${cls < 0 ? 'none' : String(cls + 1)} x=${row.swatch.x} y=${row.swatch.y} width=${row.swatch.width} height=${row.swatch.height}></rect>
          ${this.renderText(row.text, 'legend-text', 'legend-label')}
        </g>`;
      })}
    </g>`;
  }

  private renderText(t: MapText, cls: string, part: string): TemplateResult {
    return svg`<text class=${cls} part=${part} x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${t.font.size} font-weight=${t.font.bold ? 700 : 400}>${t.lines.map(
      (line, i) =>
        svg`<tspan x=${t.x} dy=${i === 0 ? 0 : t.lineHeight} font-weight=${i === 0 && t.font.bold ? 700 : 400}>${line}</tspan>`,
    )}</text>`;
  }

  /**
   * The focus ring, drawn in SVG along the focused province's outline (a small one also gets a circle so
   * the ring is never a dot), around its archipelago's inset, or along the outline of a focused region.
   */
  private renderFocusRing(view: MapView): TemplateResult {
    const { width, height } = view.layout;
    const node = this.nav.focused ? this.nav.active : undefined;
    const shapes: TemplateResult[] = [];
    if (node !== undefined) {
      const unit = view.byKey.get(node.key);
      if (unit !== undefined) {
        const b = unit.shape.bbox;
        shapes.push(svg`<path class="focus-halo map-ring-halo" d=${unit.shape.d}></path>
          <path class="focus-ring map-ring" part="focus-ring" d=${unit.shape.d}></path>`);
        if (Math.max(b.width, b.height) < SMALL_UNIT) {
          const r = Math.max(b.width, b.height) / 2 + 9;
          shapes.push(svg`<circle class="focus-halo" cx=${unit.shape.centre.x} cy=${unit.shape.centre.y} r=${r - 2.5}></circle>
            <circle class="focus-ring" part="focus-ring" cx=${unit.shape.centre.x} cy=${unit.shape.centre.y} r=${r}></circle>`);
        }
        for (const inset of view.layout.insets) {
          if (inset.parentCode !== unit.code) continue;
          const box = inset.box;
          shapes.push(
            svg`<rect class="focus-ring" part="focus-ring" x=${box.x - 3} y=${box.y - 3} width=${box.width + 6} height=${box.height + 6} rx="4"></rect>`,
          );
        }
      } else {
        const region = node.key.startsWith('region:') ? node.key.slice('region:'.length) : undefined;
        const outline =
          region === undefined
            ? undefined
            : view.layout.regionOutlines[region as keyof MapLayout['regionOutlines']];
        const ds =
          outline !== undefined
            ? [outline]
            : this.leavesOf(node).map((k) => view.byKey.get(k)?.shape.d ?? '');
        for (const d of ds) {
          shapes.push(svg`<path class="focus-halo map-ring-halo" d=${d}></path>
            <path class="focus-ring map-ring" part="focus-ring" d=${d}></path>`);
        }
      }
    }
    return svg`<svg class="focus-layer" aria-hidden="true" width=${width} height=${height} viewBox="0 0 ${width} ${height}">${shapes}</svg>`;
  }

  private leavesOf(node: NavNode): string[] {
    return node.children.length === 0 ? [node.key] : node.children.flatMap((c) => this.leavesOf(c));
  }

  private renderTooltip(view: MapView, lang: Language): TemplateResult | typeof nothing {
    const key = this.tooltips.key;
    const u = key === undefined ? undefined : view.byKey.get(key);
    if (u === undefined) return nothing;
    const ui = uiStrings(lang, this.strings);
    const s = this.mapText();
    const lines = [u.valueText];
    if (view.data.periods.length > 1 || u.obs.value === null) lines.push(formatPeriod(u.obs.period, lang));
    if (u.classText !== '') lines.push(upperFirst(u.classText, lang));
    for (const inset of view.layout.insets)
      if (inset.parentCode === u.code) lines.push(s.mapIncludes(inset.id));
    const publisher = u.obs.source?.publisher ?? view.data.indicator.source?.publisher;
    if (publisher !== undefined) lines.push(`${ui.source}: ${publisher}`);
    const b = u.shape.bbox;
    return tooltip({
      key: u.key,
      title: u.highlighted ? `${HIGHLIGHT_MARKER} ${u.text}` : u.text,
      lines,
      anchor: b,
      x: b.x + b.width + 4,
      plotHeight: view.layout.height,
      onPointerEnter: () => this.tooltips.tooltipEnter(),
      onPointerLeave: () => this.tooltips.tooltipLeave(),
    });
  }

  /** Gives every navigation item the shape of its province as its pointer area (CSSOM: CSP-safe). */
  private applyClipPaths(view: MapView): void {
    const root = this.renderRoot;
    for (const el of root.querySelectorAll<HTMLElement>('.nav-item[data-key]')) {
      const unit = view.byKey.get(el.dataset['key'] ?? '');
      const clip = unit === undefined ? '' : `path('${unit.shape.clip}')`;
      if (this.clips.get(el) === clip) continue;
      this.clips.set(el, clip);
      el.style.setProperty('clip-path', clip === '' ? null : clip);
    }
  }

  // ═══ Derived data ════════════════════════════════════════════════════════════════════════════════

  private titleText(): string {
    if (this.authorLabel !== undefined) return this.authorLabel;
    const selection = this.selection();
    const indicator =
      selection !== undefined && 'indicator' in selection
        ? selection.indicator
        : selection?.ok
          ? selection.data.indicator
          : undefined;
    return indicator === undefined ? '' : localized(indicator.label, this.locale.lang);
  }

  private navText(): NavStrings {
    return navStrings(this.locale.lang, this.strings);
  }

  private mapText(): MapStrings {
    return mapStrings(this.locale.lang, this.strings);
  }

  /** The keyboard help: the navigation's keymap, with the arrows described as moves on the map. */
  private helpKeys(): { keys: string[]; action: string }[] {
    const nav = this.navText();
    const s = this.mapText();
    const rows = navHelpKeys(nav);
    const arrows = new Map<string, Direction>([
      ['previous', 'left'],
      ['next', 'right'],
      ['parent', 'up'],
      ['child', 'down'],
    ]);
    return NAV_KEYMAP.map((binding, i) => {
      const direction = arrows.get(binding.command);
      return direction === undefined ? rows[i]! : { keys: rows[i]!.keys, action: s.mapArrowHelp(direction) };
    });
  }

  /** The map's data for the current dataset and attributes (memoised). */
  private selection(): MapDataResult | undefined {
    const dataset = this.source.state.status === 'ready' ? this.source.state.dataset : undefined;
    if (dataset === undefined) return undefined;
    const era = this.era === '2008-2025' || this.era === '2025-' ? this.era : undefined;
    const inputs = [dataset, this.indicator, era, this.year, this.highlight, this.highlightEra];
    return this.selections.get(inputs, () =>
      selectMapData(dataset, {
        indicator: this.indicator,
        era,
        year: this.year,
        highlight: this.highlight,
        highlightEra: this.highlightEra,
      }),
    );
  }

  /** The boundary file and era the data needs, or nothing yet. */
  private boundaryArgs(): readonly [string | undefined, Era | undefined] {
    const selection = this.selection();
    if (selection === undefined || !selection.ok) return [undefined, undefined];
    const era = selection.data.era;
    return [boundaryUrl(era, this.boundariesSrc), era];
  }

  /** The state the frame shows: the data's, then the map's own problems, then the boundaries'. */
  private frameState(): ReturnType<typeof chartFrameState> {
    const state = this.source.state;
    if (state.status !== 'ready') return chartFrameState(state, false, this.indicator);
    const selection = this.selection();
    if (selection === undefined || !selection.ok) {
      if (selection === undefined || selection.problem === 'no-indicator')
        return chartFrameState(state, false, this.indicator);
      return {
        status: 'error',
        issues: [
          {
            code: 'unknown-value',
            path: 'map',
            got: selection.problem,
            expected: localized(selection.indicator.label, this.locale.lang),
            severity: 'error',
          },
        ],
      };
    }
    switch (this.boundaries.status) {
      case TaskStatus.COMPLETE:
        return this.boundaries.value?.prepared === undefined ? { status: 'loading' } : { status: 'ready' };
      case TaskStatus.ERROR: {
        const error = this.boundaries.error as DataIssue | undefined;
        const issue: DataIssue =
          error !== undefined && typeof error === 'object' && 'code' in error
            ? error
            : { code: 'fetch-failed', path: BOUNDARY_PATH, got: String(error), severity: 'error' };
        return { status: 'error', issues: [issue] };
      }
      default:
        return { status: 'loading' };
    }
  }

  private describeMapIssue(issue: DataIssue, lang: Language): string {
    const catalogue = messages(lang, this.strings);
    const s = mapStrings(lang, this.strings);
    if (issue.path === 'map') return s.mapProblem(issue.got as MapProblem, String(issue.expected ?? ''));
    if (issue.path === BOUNDARY_PATH) {
      const url = this.boundaryArgs()[0] ?? '';
      const own =
        issue.code === 'fetch-failed' || issue.code === 'fetch-timeout'
          ? { ...issue, got: undefined }
          : issue;
      const reason = describeIssue({ ...own, path: '' }, lang, catalogue);
      return `${s.mapBoundaryError(url)}: ${reason.charAt(0).toLocaleLowerCase(lang) + reason.slice(1)}.`;
    }
    return describeIssue(issue, lang, catalogue);
  }

  private retry(): void {
    if (this.source.state.status === 'error' || this.boundaries.status !== TaskStatus.ERROR)
      this.source.retry();
    else void this.boundaries.run();
  }

  private dark(): boolean {
    return this.theme === 'dark' || (this.theme !== 'light' && this.media.dark);
  }

  /** The view for the current inputs, recomputed only when one of them changed. */
  private currentView(lang: Language): MapView | undefined {
    const selection = this.selection();
    const loaded = this.boundaries.value;
    if (selection === undefined || !selection.ok || loaded?.prepared === undefined) return undefined;
    if (loaded.prepared.era !== selection.data.era) return undefined;
    const { fontSize, measure } = this.metrics;
    const inputs: unknown[] = [selection, loaded, lang, this.size.width, fontSize, measure];
    inputs.push(clampClasses(this.classes), this.diverging, this.reference, this.strings, this.dark());
    return this.views.get(inputs, () => this.computeView(selection.data, loaded, lang));
  }

  private computeView(data: MapData, loaded: LoadedBoundaries, lang: Language): MapView {
    const { indicator, era } = data;
    const s = this.mapText();
    const catalogue = messages(lang, this.strings);
    const nav = this.navText();
    const values = data.observations.flatMap((o) => (o.value === null ? [] : [o.value]));
    const reference =
      this.reference !== undefined && Number.isFinite(this.reference) ? this.reference : undefined;
    const meanReference =
      this.diverging && reference === undefined && values.length > 0
        ? Number((values.reduce((a, b) => a + b, 0) / values.length).toFixed(decimalsOf(indicator)))
        : undefined;
    const classes = classify(values, {
      classes: this.classes,
      diverging: this.diverging,
      reference: reference ?? meanReference,
    });
    const colors = classColors(classes?.count ?? 0, { diverging: this.diverging, dark: this.dark() });
    const inks = colors.map((c) => (luminance(c) > 0.25 ? '#1a1a1a' : '#ffffff'));
    const classRange = (i: number): string =>
      classes === undefined
        ? ''
        : rangeText(classes.bounds[i]!, classes.bounds[i + 1]!, indicator.unit, lang, classes.decimals);
    const count = formatNumber(classes?.count ?? 0, lang, 0);

    // The legend: one row per class, then the no-data entry when a unit has no value.
    const legendClasses: number[] = Array.from({ length: classes?.count ?? 0 }, (_, i) => i);
    const entries = legendClasses.map((i) => ({ key: `class-${i + 1}`, text: classRange(i) }));
    if (data.observations.some((o) => o.value === null)) {
      legendClasses.push(-1);
      entries.push({ key: 'nodata', text: upperFirst(catalogue.missing['not-available'], lang) });
    }
    const unit = unitLabel(indicator.unit, lang, 'short');
    const highlightCode = data.highlight?.code;
    const parentName = (id: ArchipelagoId): string => {
      const island = loaded.prepared.archipelagos.find((a) => a.id === id);
      return island === undefined ? '' : provinceName({ code: island.parentCode, era }, lang);
    };
    const layout = loaded.geo.layoutMap(loaded.prepared, {
      width: this.size.width,
      fontSize: this.metrics.fontSize,
      measure: this.metrics.measure,
      legend: { title: indicator.unit === 'percent' ? '' : unit || s.mapLegendValue, entries },
      insetNames: {
        'hoang-sa': s.mapInset('hoang-sa', parentName('hoang-sa')),
        'truong-sa': s.mapInset('truong-sa', parentName('truong-sa')),
      },
      highlight:
        highlightCode === undefined
          ? undefined
          : {
              code: highlightCode,
              text: `${HIGHLIGHT_MARKER} ${provinceName({ code: highlightCode, era }, lang)}`,
            },
    });

    const shapes = new Map(layout.provinces.map((p) => [p.code, p]));
    const units: UnitView[] = data.observations.flatMap((obs) => {
      const shape = shapes.get(obs.place.code);
      if (shape === undefined) return [];
      const classIndex = obs.value === null || classes === undefined ? -1 : classes.classOf(obs.value);
      const classText =
        classIndex < 0
          ? ''
          : s.mapClass(formatNumber(classIndex + 1, lang, 0), count, classRange(classIndex));
      const name = observationName(obs, indicator, lang, undefined, catalogue);
      return [
        {
          key: data.keys.get(obs.place.code)!,
          code: obs.place.code,
          shape,
          obs,
          classIndex,
          text: provinceName(obs.place, lang),
          valueText: valueText(obs, indicator, lang, catalogue),
          classText,
          name: classText === '' ? name : `${name}, ${classText}`,
          highlighted: obs.place.code === highlightCode,
        },
      ];
    });
    const byKey = new Map(units.map((u) => [u.key, u]));
    const leaves: NavItem[] = units.map((u) => ({
      key: u.key,
      label: u.name,
      text: u.text,
      rect: u.shape.hit,
    }));
    const items = groupLargeSets(
      groupByRegion(
        units.map((u) => u.obs.place),
        leaves,
        lang,
      ),
      (first, last, from, to) =>
        nav.navGroupRange(from, to, first.text ?? first.label, last.text ?? last.label),
    );
    const adjacency = new Map<string, Set<string>>();
    for (const [code, list] of loaded.prepared.adjacency) {
      adjacency.set(data.keys.get(code) ?? code, new Set([...list].map((c) => data.keys.get(c) ?? c)));
    }
    const neighbours = spatialNeighbours(
      units.map((u) => ({ key: u.key, ...u.shape.centre })),
      { adjacency },
    );

    // Summary: the frame's sentences, with what the map adds after the first (era, roll-up, reference, left-outs).
    const base = summarize({
      indicator,
      observations: data.observations,
      lang,
      highlight: data.highlight,
      messages: catalogue,
    });
    const extra = [s.mapEra(era, formatNumber(data.observations.length, lang, 0))];
    if (data.aggregated) extra.push(s.mapAggregated);
    if (classes?.reference !== undefined) {
      extra.push(
        s.mapReference(
          formatValue(classes.reference, indicator.unit, lang, indicator.decimals),
          reference === undefined,
        ),
      );
    }
    const dropped = data.dropped.otherEra + data.dropped.otherPeriods + data.dropped.otherSeries;
    if (dropped > 0) extra.push(s.mapDropped(dropped, formatNumber(dropped, lang, 0)));
    const summary = [...base.slice(0, 1), ...extra, ...base.slice(1)];

    // The table: every unit, with its colour class.
    const table = tableModel(indicator, data.observations, lang, catalogue);
    table.columns.push({ key: 'class', label: s.mapClassColumn, numeric: false });
    table.rows.forEach((row, i) => {
      const u = units[i];
      row.cells.push(
        u === undefined || u.classIndex < 0
          ? ''
          : `${formatNumber(u.classIndex + 1, lang, 0)}: ${classRange(u.classIndex)}`,
      );
      row.values.push(null);
    });

    return {
      data,
      layout,
      classes,
      colors,
      inks,
      units,
      byKey,
      items,
      neighbours,
      summary,
      table,
      legendClasses,
      highlight: units.find((u) => u.highlighted),
    };
  }

  // ═══ Keyboard and events ═════════════════════════════════════════════════════════════════════════

  /**
   * Arrow keys on a province move to the neighbouring province in that direction on the map (the
   * NavigationController binds the arrows to tree moves and has no hook to change that, so the keys are
   * caught here first, in the capture phase). On a region group the arrows keep their tree meaning.
   */
  private onMapKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const direction = DIRECTION_KEYS[event.key];
    const view = this.views.current;
    const target = event.target;
    if (direction === undefined || view === undefined || !(target instanceof HTMLElement)) return;
    const key = target.getAttribute('role') === 'treeitem' ? target.dataset['key'] : undefined;
    if (key === undefined || !view.byKey.has(key)) return;
    event.preventDefault();
    event.stopPropagation();
    const next = view.neighbours.get(key)?.[direction];
    if (next !== undefined) {
      void this.nav.focusItem(next);
      return;
    }
    this.liveToggle = !this.liveToggle;
    const text = this.mapText().mapEdge(direction);
    this.nav.liveText = this.liveToggle ? text : `${text}\u00a0`;
    this.requestUpdate();
  }

  private detailOf(key: string): IctMarkDetail | undefined {
    const view = this.views.current;
    const u = view?.byKey.get(key);
    if (u === undefined || view === undefined) return undefined;
    return {
      key,
      indicator: view.data.indicator.id,
      place: u.obs.place,
      period: u.obs.period,
      value: u.obs.value,
    };
  }
}
