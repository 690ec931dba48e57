import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
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
import { warnOnce } from '../../chart/define.js';
import { type IctMarkDetail } from '../../chart/events.js';
import { uiStrings } from '../../chart/i18n/ui.js';
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
import { isHighlighted } from '../../core/describe/observations.js';
import { formatPercent, formatPeriod, provinceName } from '../../core/format/index.js';
import { describeIssue, messages } from '../../core/i18n/messages.js';
import type { DataIssue, Era, IndicatorDataset, Language, Source } from '../../core/indicator/types.js';
import {
  describeCoverage,
  layoutInput,
  sharedTargetText,
  type CoverageDescription,
  type DescribedBar,
} from './coverage.describe.js';
import {
  layoutCoverage,
  type CoverageBarMark,
  type CoverageLayout,
  type IconMark,
} from './coverage.geometry.js';
import {
  parseIdList,
  selectCoverage,
  type CoverageProblem,
  type CoverageSelection,
} from './coverage.model.js';
import { coverageTexts, type CoverageStrings } from './coverage.strings.js';
import { coverageStyles } from './coverage.styles.js';
import { styleProps } from '../../chart/templates/style-props.js';

export type { CoverageStrings } from './coverage.strings.js';

/** One drawn bar with its texts. */
interface CoverageDatum {
  described: DescribedBar;
  mark: CoverageBarMark;
  /** The row heading, for the tooltip title. */
  heading: string;
}

/** Everything render() draws, derived from the data, the language and the size. */
interface CoverageView {
  selection: CoverageSelection;
  description: CoverageDescription;
  layout: CoverageLayout;
  byKey: Map<string, CoverageDatum>;
  items: NavItem[];
  sources: (Source | undefined)[];
}

/** A view, or the problem that stops the chart (shown as an error inside the element). */
type ViewResult = { view: CoverageView } | { problem: CoverageProblem; issue: DataIssue };

/**
 * @summary Coverage against 100 %: one row per indicator in %, a 0–100 % track per tier side by side, the gap to 100 % in percentage points, an optional target tick, a generated summary, a data table and full keyboard and screen-reader navigation.
 *
 * @tag ict-coverage
 *
 * @attr lang - Language of every text: `vi` (default) or `en`. Inherited from the nearest ancestor with `lang`, else `<html lang>`; a live change re-renders every string.
 *
 * @slot description - Author text that replaces the generated summary (read once, as the figure's description).
 *
 * @csspart chart - The box of the visual layer.
 * @csspart section-label - The heading of a place and period when the chart shows several.
 * @csspart row-label - The heading of a row: the indicator with its scope.
 * @csspart label - The tier label of a bar ("Cấp xã").
 * @csspart track - The whole 0–100 % track of a bar (its outline shows how far from complete).
 * @csspart bar - The filled part of a track.
 * @csspart value - The value printed after a track, or the no-data phrase.
 * @csspart check - The check drawn after a value of 100 %.
 * @csspart target - The target tick of a bar.
 * @csspart target-label - The label of a target tick.
 * @csspart axis - The 0–100 % axis.
 * @csspart axis-label - One tick label of the axis.
 * @csspart warning - The note listing values outside 0–100 %.
 * @csspart nav - The navigation tree laid over the bars (invisible; carries the accessible names).
 * @csspart nav-item - One navigable item over its bar.
 * @csspart focus-ring - The SVG focus ring around the focused bar.
 * @csspart tooltip - The tooltip of the hovered or focused bar.
 *
 * @cssprop --ict-font-family - Font of every text.
 * @cssprop --ict-font-size - Base font size (default 1rem); every size inside is relative to it.
 * @cssprop --ict-text-color - Text colour (also the check, the warning sign and the highlight outline).
 * @cssprop --ict-muted-color - Colour of secondary text (ticks, the no-data phrase, source).
 * @cssprop --ict-background - Background colour (also the unfilled part of a track).
 * @cssprop --ict-color-1 - Fill of the covered part of a track.
 * @cssprop --ict-track-color - Outline of the 0–100 % track (default the axis colour; keep 3:1 against the background).
 * @cssprop --ict-target-color - The target tick (default the text colour).
 * @cssprop --ict-focus-color - Colour of the focus ring (keep 3:1 against the background).
 * @cssprop --ict-axis-color - The axis line and ticks.
 *
 * @fires ict-select - A bar was selected with Enter, Space or a click; `detail` is `{ key, indicator, place, period, value }`.
 * @fires ict-mark-focus - A bar got focus (keys, Tab or click); `detail` as for `ict-select`.
 * @fires ict-data-load - The data was loaded and validated; `detail` is `{ dataset, warnings }`.
 * @fires ict-data-error - The data could not be loaded or is invalid; `detail` is `{ issues }`. The element shows them.
 *
 * @example
 * ```html
 * <ict-coverage src="/data/dien-bien-2022.json" place="11" period="2022" target="95"></ict-coverage>
 * ```
 */
export class IctCoverage extends IctChartElement {
  static override styles = [
    frameStyles,
    markStyles,
    navLayerStyles,
    focusRingStyles,
    axisStyles,
    tooltipStyles,
    coverageStyles,
  ];

  // ═══ Public properties ═══════════════════════════════════════════════════════════════════════════

  /** Ids of the indicators to draw, separated by spaces, one row each in this order (wins over `indicator`); default every indicator in %. */
  @property() indicators?: string;

  /** Only the values of this place: a province code (`11`, read with `place-era`) or a name (`Điện Biên`). */
  @property() place?: string;

  /** Era of `place`: `2008-2025` or `2025-`; default any era. */
  @property({ attribute: 'place-era' }) placeEra?: Era;

  /** Only the values of this year, e.g. `2022`. */
  @property({ type: Number }) period?: number;

  /** Target in % for every value that has no `target` of its own, drawn as a labelled tick (e.g. `95`). */
  @property({ type: Number }) target?: number;

  /** Overrides of any text per language, e.g. `{ vi: { coverageComplete: 'đạt', retry: 'Tải lại' }, en: { navFirst: 'Start' } }`. */
  @property({ attribute: false }) strings?: CoverageStrings;

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
    items: () => this.currentView()?.items ?? [],
    label: () => this.navText().navTreeLabel(this.titleText()),
    strings: () => this.navText(),
  });

  private readonly views = new ViewMemo<ViewResult | undefined>(this);
  /** Issues made by this element (not the data controller), with the problem they stand for. */
  private readonly ownIssues = new WeakMap<DataIssue, CoverageProblem>();

  // ═══ Lifecycle ═══════════════════════════════════════════════════════════════════════════════════

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Row 17: new data is announced once (the figure debounces bursts); the navigation keeps the active key.
    const view = this.currentView();
    if (view === undefined) return;
    this.figure.noteShownData(this.source.state.dataset, () =>
      uiStrings(this.locale.lang, this.strings).dataUpdated(this.titleText(), view.selection.bars.length),
    );
  }

  override render(): TemplateResult {
    const lang = this.locale.lang;
    const state = this.source.state;
    const dataset = state.status === 'ready' ? state.dataset : undefined;
    const viewed = dataset === undefined ? undefined : this.viewOf(dataset, lang);
    const result = viewed === VIEW_PENDING ? undefined : viewed;
    const view = result !== undefined && 'view' in result ? result.view : undefined;
    const frameState =
      viewed === VIEW_PENDING
        ? PENDING_FRAME_STATE
        : result !== undefined && 'problem' in result
          ? { status: 'error' as const, issues: [result.issue] }
          : chartFrameState(state, view !== undefined, undefined);
    return this.figure.render({
      lang,
      strings: this.strings,
      title: this.titleText(),
      headingLevel: this.headingLevel,
      summary: view?.description.summary,
      sources: view?.sources,
      state: frameState,
      onRetry: () => this.source.retry(),
      chart: view === undefined ? undefined : this.lazy.plot(view.layout, () => this.renderChart(view, lang)),
      table: view?.description.table,
      describeIssue: (issue, issueLang) => this.issueText(issue, issueLang),
      keymap: navHelpKeys(this.navText()),
      noExport: this.noExport,
      noTable: this.noTable,
      landmark: this.landmark,
      filename: 'ict-coverage',
    });
  }

  // ═══ Rendering ═══════════════════════════════════════════════════════════════════════════════════

  private renderChart(view: CoverageView, lang: Language): TemplateResult {
    const { layout } = view;
    const { width, height } = layout;
    const tickSize = Math.max(12, Math.round(this.metrics.fontSize * 0.875));
    const marks = svg`<svg
      class="marks"
      aria-hidden="true"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
    >
      <defs>${patternDefs([1])}</defs>
      ${
        layout.legend === undefined
          ? nothing
          : svg`<g class="legend">
              <line class="target-tick" x1=${layout.legend.tick.x} x2=${layout.legend.tick.x} y1=${layout.legend.tick.y1} y2=${layout.legend.tick.y2}></line>
              <text class="target-label" part="target-label" x=${layout.legend.label.x} y=${layout.legend.label.y} font-size=${layout.legend.label.font.size}>${layout.legend.label.text}</text>
            </g>`
      }
      ${layout.sections.map(
        (section) =>
          svg`${section.heading.map(
            (t) =>
              svg`<text class="section-label" part="section-label" x=${t.x} y=${t.y} font-size=${t.font.size}>${t.text}</text>`,
          )}`,
      )}
      ${this.progressive.list(
        'rows',
        layout.rows,
        (row) => svg`<g class="row" data-key=${row.key}>
          ${row.heading.map(
            (t) =>
              svg`<text class="row-label" part="row-label" x=${t.x} y=${t.y} font-size=${t.font.size}>${t.text}</text>`,
          )}
          ${row.bars.map((mark) => this.renderBar(mark))}
        </g>`,
        // A bar draws its track, fill and labels: about 5 elements.
        2 + (5 * layout.bars.length) / Math.max(1, layout.rows.length),
      )}
      <g class="axis" part="axis">
        <line class="axis-line" x1=${layout.axis.x1} x2=${layout.axis.x2} y1=${layout.axis.y} y2=${layout.axis.y}></line>
        ${layout.ticks.map(
          (
            t,
          ) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${layout.axis.y} y2=${layout.axis.y + 5}></line>
          <text class="tick-label" part="axis-label" x=${t.textX} y=${t.box.y + tickSize} text-anchor=${t.anchor} font-size=${tickSize}>${t.text}</text>`,
        )}
      </g>
    </svg>`;
    const warning = view.description.outOfRange;
    return html`<div
        class="plot"
        data-motion=${this.media.plotMotion(width)}
        style=${styleProps({ width: `${width}px`, height: `${height}px` })}
      >
        ${marks} ${this.nav.render()} ${focusRing(this.nav.ringRects(), { width, height })}
        ${this.renderTooltip(view, lang, height)}
      </div>
      ${
        warning.length === 0
          ? nothing
          : html`<p class="range-warning" part="warning">
              <span class="range-warning-sign" aria-hidden="true">⚠</span>
              ${coverageTexts(lang, this.strings).coverageWarning(warning)}
            </p>`
      }`;
  }

  private renderBar(mark: CoverageBarMark): TemplateResult {
    const hl = mark.highlighted ? ' highlighted' : '';
    const { track, fill, target } = mark;
    return svg`<g class="bar-group" data-key=${mark.key} data-value=${mark.value ?? ''}>
      <rect class="track${mark.missing ? ' missing' : ''}${hl}" part="track" x=${track.x} y=${track.y} width=${track.width} height=${track.height}></rect>
      ${
        mark.missing
          ? nothing
          : svg`<rect class="fill ict-series-1" part="bar" data-key=${mark.key} x=${fill.x} y=${fill.y} width=${fill.width} height=${fill.height}></rect>`
      }
      ${
        target === undefined
          ? nothing
          : svg`<line class="target-halo" x1=${target.x} x2=${target.x} y1=${target.y1} y2=${target.y2}></line>
            <line class="target-tick" part="target" x1=${target.x} x2=${target.x} y1=${target.y1} y2=${target.y2}></line>
            ${
              target.label === undefined
                ? nothing
                : svg`<text class="target-label" part="target-label" x=${target.label.x} y=${target.label.y} font-size=${target.label.font.size}>${target.label.text}</text>`
            }`
      }
      ${mark.label.map(
        (t) =>
          svg`<text class="tier-label${hl}" part="label" x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${t.font.size}>${t.text}</text>`,
      )}
      ${
        mark.valueLabel === undefined
          ? nothing
          : svg`<text class="value-label${hl}" part="value" x=${mark.valueLabel.x} y=${mark.valueLabel.y} font-size=${mark.valueLabel.font.size}>${mark.valueLabel.text}</text>`
      }
      ${mark.noData.map(
        (t) =>
          svg`<text class="no-data" part="value" x=${t.x} y=${t.y} font-size=${t.font.size}>${t.text}</text>`,
      )}
      ${mark.check === undefined ? nothing : checkIcon(mark.check)}
      ${mark.warning === undefined ? nothing : warningIcon(mark.warning)}
    </g>`;
  }

  private renderTooltip(
    view: CoverageView,
    lang: Language,
    plotHeight: number,
  ): TemplateResult | typeof nothing {
    const key = this.tooltips.key;
    const d = key === undefined ? undefined : view.byKey.get(key);
    if (d === undefined) return nothing;
    const ui = uiStrings(lang, this.strings);
    const { described, mark } = d;
    const title = described.tier ? `${d.heading} — ${described.tier}` : d.heading;
    const lines = [described.valueText];
    if (described.status) lines.push(described.status);
    if (described.targetStatus) lines.push(described.targetStatus);
    const publisher = described.bar.obs.source?.publisher ?? described.bar.indicator.source?.publisher;
    if (publisher !== undefined) lines.push(`${ui.source}: ${publisher}`);
    return tooltip({
      key: mark.key,
      title,
      lines,
      anchor: mark.hit,
      x: mark.valueLabel?.box.x ?? mark.track.x,
      plotHeight,
      onPointerEnter: () => this.tooltips.tooltipEnter(),
      onPointerLeave: () => this.tooltips.tooltipLeave(),
    });
  }

  // ═══ Derived data ════════════════════════════════════════════════════════════════════════════════

  private currentView(): CoverageView | undefined {
    const current = this.views.current;
    return current !== undefined && 'view' in current ? current.view : undefined;
  }

  private titleText(): string {
    if (this.authorLabel !== undefined) return this.authorLabel;
    // While loading or failing, the last view is of a document no longer shown: no stale title.
    if (this.source.state.status !== 'ready') return '';
    return this.currentView()?.description.title ?? '';
  }

  private navText(): NavStrings {
    return navStrings(this.locale.lang, this.strings);
  }

  private issueText(issue: DataIssue, lang: Language): string {
    const problem = this.ownIssues.get(issue);
    if (problem === undefined) return describeIssue(issue, lang, messages(lang, this.strings));
    const t = coverageTexts(lang, this.strings);
    switch (problem.kind) {
      case 'not-percent':
        return t.coverageNotPercent(problem.id, problem.unit);
      case 'not-level':
        return t.coverageNotLevel(problem.id);
      case 'no-percent':
        return t.coverageNoPercent;
      case 'no-match': {
        const parts: string[] = [];
        if (problem.place !== undefined) parts.push(provinceName(problem.place, lang));
        else if (this.place) parts.push(this.place);
        if (problem.period !== undefined) parts.push(formatPeriod({ year: problem.period }, lang));
        return t.coverageNoMatch(parts.join(', '));
      }
      default:
        return describeIssue(issue, lang, messages(lang, this.strings));
    }
  }

  /** The issue shown for a problem: a catalogue code when one fits, else this element's own message. */
  private issueOf(problem: CoverageProblem): DataIssue {
    let issue: DataIssue;
    const path = this.indicators ? 'indicators' : 'indicator';
    switch (problem.kind) {
      case 'unknown-indicator':
        issue = {
          code: 'unknown-indicator',
          path,
          got: problem.id,
          expected: problem.available.join(' | ') || undefined,
          severity: 'error',
        };
        break;
      case 'unknown-place':
        issue = {
          code: 'unknown-place',
          path: 'place',
          got: problem.place,
          expected: this.placeEra,
          severity: 'error',
        };
        break;
      case 'not-percent':
        issue = { code: 'unknown-value', path, got: problem.unit, expected: 'percent', severity: 'error' };
        break;
      case 'not-level':
        issue = { code: 'unknown-value', path, got: problem.id, severity: 'error' };
        break;
      default:
        issue = { code: 'empty', path: '', severity: 'error' };
    }
    this.ownIssues.set(issue, problem);
    return issue;
  }

  /** The view for the current inputs, recomputed only when one of them changed. */
  private viewOf(dataset: IndicatorDataset, lang: Language): ViewResult | typeof VIEW_PENDING {
    const { fontSize, measure } = this.metrics;
    const inputs: unknown[] = [dataset, lang, this.size.width, fontSize, measure, this.indicators];
    inputs.push(this.indicator, this.place, this.placeEra, this.period, this.target, this.label);
    inputs.push(this.highlight, this.highlightEra, this.strings);
    return this.views.getStaged(inputs, () => this.computeView(dataset, lang), isLargeData(dataset))!;
  }

  /** The view, in stages: each `yield` is where a large document's computation lets the page run (ViewMemo). */
  private *computeView(dataset: IndicatorDataset, lang: Language): ViewStages<ViewResult> {
    const result = selectCoverage(dataset, {
      indicators: parseIdList(this.indicators),
      indicator: this.indicator,
      place: this.place,
      placeEra: this.placeEra,
      period: Number.isFinite(this.period) ? this.period : undefined,
      target: Number.isFinite(this.target) ? this.target : undefined,
    });
    if (!result.ok) return { problem: result.problem, issue: this.issueOf(result.problem) };
    const selection = result.value;
    yield;
    const catalogue = messages(lang, this.strings);
    const t = coverageTexts(lang, this.strings);
    const description = describeCoverage(selection, lang, catalogue, t, this.authorLabel);
    if (description.outOfRange.length > 0) {
      warnOnce(
        'coverage-out-of-range',
        `<ict-coverage> drew values outside 0–100 % clamped to the track: ${description.outOfRange.join('; ')}.`,
      );
    }
    yield;
    const severalSections = description.sections.length > 1;
    const layout = layoutCoverage(
      layoutInput(description, (row) => isHighlighted(row.bars[0]!.obs, this.highlight, this.highlightEra)),
      {
        width: this.size.width,
        fontSize: this.metrics.fontSize,
        measure: this.metrics.measure,
        formatTick: (v) => formatPercent(v, lang),
        sharedTarget: sharedTargetText(description),
      },
    );
    yield;
    const marks = new Map(layout.bars.map((mark) => [mark.key, mark]));
    const byKey = new Map<string, CoverageDatum>();
    const nav = this.navText();
    const sectionItems: NavItem[] = description.sections.map((s) => {
      const rowItems: NavItem[] = s.rows.map((r) => {
        const leaves: NavItem[] = r.bars.map((b) => {
          const mark = marks.get(b.bar.key)!;
          byKey.set(b.bar.key, { described: b, mark, heading: r.heading });
          return {
            key: b.bar.key,
            get label() {
              return b.name;
            },
            text: b.tier || r.heading,
            rect: mark.hit,
          };
        });
        return leaves.length === 1
          ? leaves[0]!
          : { key: r.row.key, label: r.groupName, text: r.heading, children: leaves };
      });
      return { key: s.section.key, label: s.label, text: s.label, children: rowItems };
    });
    const top = severalSections ? sectionItems : (sectionItems[0]?.children ?? []);
    const items = groupLargeSets(top, (first, last, from, to) =>
      nav.navGroupRange(from, to, first.text ?? first.label, last.text ?? last.label),
    );
    const sources: (Source | undefined)[] = [
      ...selection.indicators.map((i) => i.source),
      ...selection.bars.map((b) => b.obs.source),
    ];
    return { view: { selection, description, layout, byKey, items, sources } };
  }

  // ═══ Events ══════════════════════════════════════════════════════════════════════════════════════

  private detailOf(key: string): IctMarkDetail | undefined {
    const d = this.currentView()?.byKey.get(key);
    if (d === undefined) return undefined;
    const { obs, indicator } = d.described.bar;
    return { key, indicator: indicator.id, place: obs.place, period: obs.period, value: obs.value };
  }
}

/** A check mark in the box `icon` (a value of 100 %). */
function checkIcon(icon: IconMark): TemplateResult {
  const { x, y, size: s } = icon;
  return svg`<path class="check" part="check" d="M${x + 0.12 * s},${y + 0.55 * s} L${x + 0.4 * s},${y + 0.82 * s} L${x + 0.9 * s},${y + 0.18 * s}"></path>`;
}

/** A warning triangle with "!" in the box `icon` (a value outside 0–100 %). */
function warningIcon(icon: IconMark): TemplateResult {
  const { x, y, size: s } = icon;
  return svg`<g class="warning-icon">
    <path class="warning-sign" d="M${x + s / 2},${y + 0.06 * s} L${x + 0.97 * s},${y + 0.94 * s} L${x + 0.03 * s},${y + 0.94 * s} Z"></path>
    <rect class="warning-sign-mark" x=${x + s / 2 - 0.06 * s} y=${y + 0.34 * s} width=${0.12 * s} height=${0.32 * s}></rect>
    <circle class="warning-sign-mark" cx=${x + s / 2} cy=${y + 0.8 * s} r=${0.07 * s}></circle>
  </g>`;
}
