import type { ReactiveController, ReactiveControllerHost } from 'lit';

type SizeHost = ReactiveControllerHost & HTMLElement;

/** Options of {@link SizeController}. */
export interface SizeOptions {
  /** Height in CSS px when no `aspect` is given. Default {@link DEFAULT_HEIGHT}. */
  defaultHeight?: number;
  /**
   * Width ÷ height. When given, the height follows the width (`width / aspect`), kept between
   * {@link MIN_HEIGHT} and `defaultHeight × 2`, so a wide screen does not get a chart taller than the viewport.
   */
  aspect?: number;
}

/** Width assumed before the first observation (the host may not be laid out yet). */
export const DEFAULT_WIDTH = 640;
/** Default chart height in CSS px. */
export const DEFAULT_HEIGHT = 320;
/**
 * Narrowest width a chart draws at: a 320 px phone minus the page's own margins. A narrower container
 * scrolls rather than crushing labels into each other.
 */
export const MIN_WIDTH = 280;
/** Lowest height a chart draws at, so axes and labels still fit. */
export const MIN_HEIGHT = 200;
/** Below this width the chart uses its narrow layout (`narrow` is true). */
export const NARROW_BELOW = 480;

/**
 * The drawing size of a chart, following its container: a ResizeObserver on the host's content box
 * gives the width; the height comes from the options (fixed, or from an aspect ratio), never from the
 * host's own height, because the host's height is the chart's and would feed back into itself.
 *
 * Changes are coalesced to one host update per animation frame and rounded to whole pixels. Updating
 * from inside the ResizeObserver callback would change the host's height in the same frame and make the
 * browser report "ResizeObserver loop completed with undelivered notifications" on `window.onerror`.
 *
 * What is observed is a probe, not the host: an empty, invisible block of zero height at the top of the
 * host's shadow root (see {@link createProbe}). Its width is the host's content width and its height never
 * changes, so the observer wakes only when the width does, not each time the chart's own height changes
 * (a longer title, the export menu, the data table opened). WebKit once reported the loop error above in
 * CI, in a test whose hosts change height at every step, although no update of ours runs inside the loop
 * (not reproduced in 10 runs of that test here); a probe leaves it nothing of ours to report. A host
 * without a shadow root is observed itself, and so is one whose layout leaves the probe no width (a page
 * that made the host a flex row).
 *
 * @example
 * ```ts
 * class IctBarChart extends LitElement {
 *   private readonly size = new SizeController(this, { defaultHeight: 320 });
 *   render() { return svg`<svg width=${this.size.width} height=${this.size.height}>…</svg>`; }
 * }
 * ```
 */
export class SizeController implements ReactiveController {
  private readonly host: SizeHost;
  private readonly defaultHeight: number;
  private readonly aspect: number | undefined;
  private observer: ResizeObserver | undefined;
  private probe: HTMLElement | undefined;
  /** The probe had no width in a laid-out host (see `onResize`): observe the host. */
  private probeFailed = false;
  private frame = 0;
  private pendingWidth: number | undefined;
  private currentWidth = DEFAULT_WIDTH;
  private observed = false;

  constructor(host: SizeHost, options: SizeOptions = {}) {
    this.host = host;
    this.defaultHeight = positiveOr(options.defaultHeight, DEFAULT_HEIGHT);
    this.aspect =
      options.aspect !== undefined && options.aspect > 0 && Number.isFinite(options.aspect)
        ? options.aspect
        : undefined;
    host.addController(this);
  }

  /** Drawing width in CSS px: the host's content-box width, at least {@link MIN_WIDTH}. */
  get width(): number {
    return Math.max(MIN_WIDTH, this.currentWidth);
  }

  /** Drawing height in CSS px (see {@link SizeOptions}). */
  get height(): number {
    if (this.aspect === undefined) return this.defaultHeight;
    const fromAspect = Math.round(this.width / this.aspect);
    return Math.min(Math.max(fromAspect, MIN_HEIGHT), Math.max(this.defaultHeight * 2, MIN_HEIGHT));
  }

  /** True when the container is narrower than {@link NARROW_BELOW} px (phones): fewer ticks, stacked legend. */
  get narrow(): boolean {
    return this.currentWidth < NARROW_BELOW;
  }

  /** True once the host has been measured at least once (before that, `width` is {@link DEFAULT_WIDTH}). */
  get measured(): boolean {
    return this.observed;
  }

  hostConnected(): void {
    if (!this.observed) awaitingFirstRead.add(this);
    if (typeof ResizeObserver === 'undefined') return; // very old engine: keep the default width
    this.observer ??= new ResizeObserver((entries) => this.onResize(entries));
    this.observer.observe(this.observedElement(), { box: 'content-box' });
  }

  /** The probe at the top of the host's shadow root (added there once), or the host when it has none. */
  private observedElement(): Element {
    const root = this.host.shadowRoot;
    if (root === null) return this.host;
    if (this.probeFailed) {
      this.probe?.remove();
      return this.host;
    }
    this.probe ??= createProbe(this.host.ownerDocument);
    // First child, before lit's render marker, so no render of the host removes or moves it.
    if (this.probe.parentNode !== root) root.prepend(this.probe);
    return this.probe;
  }

  hostUpdate(): void {
    readAwaitingWidths();
  }

  hostDisconnected(): void {
    awaitingFirstRead.delete(this);
    this.observer?.disconnect();
    this.cancelScheduled();
    this.pendingWidth = undefined;
  }

  /**
   * Reads the host's content-box width before its first drawing, so that it is at the real width. Without
   * it every chart drew twice: at {@link DEFAULT_WIDTH}, then again a frame or two later when the first
   * ResizeObserver callback arrived (the benchmark measured a whole extra pass per chart). The read forces
   * a layout; see {@link readAwaitingWidths} for how 50 charts appended in a loop share one. A host that is
   * not laid out (display: none, not rendered) reads 0 and waits for the observer as before.
   */
  measureNow(): void {
    awaitingFirstRead.delete(this);
    if (this.observed) return;
    const rect = this.host.getBoundingClientRect();
    if (!(rect.width > 0)) return;
    const style = getComputedStyle(this.host);
    const px = (value: string) => Number.parseFloat(value) || 0;
    const width =
      rect.width -
      px(style.paddingLeft) -
      px(style.paddingRight) -
      px(style.borderLeftWidth) -
      px(style.borderRightWidth);
    if (!(width > 0)) return;
    this.observed = true;
    this.currentWidth = Math.round(width);
  }

  private onResize(entries: readonly ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    if (entry === undefined) return;
    const box = entry.contentBoxSize?.[0];
    const width = box !== undefined ? box.inlineSize : entry.contentRect.width;
    if (!(width > 0)) {
      // A hidden host (display: none, a closed <details>) reports 0: keep the last good width. A probe
      // also reports 0 in a host that is laid out but whose children do not fill its width (a page made
      // it a flex row): from then on the host itself is observed.
      // (In the next frame: a new observation made inside this callback is itself a loop error.)
      if (entry.target === this.probe && this.host.getBoundingClientRect().width > 0) {
        this.probeFailed = true;
        if (this.frame === 0) this.frame = requestAnimationFrame(() => this.apply());
      }
      return;
    }
    this.pendingWidth = Math.round(width);
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.apply());
  }

  private cancelScheduled(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private apply(): void {
    this.frame = 0;
    if (this.probeFailed && this.probe?.isConnected === true) {
      this.probe.remove();
      this.observer?.disconnect();
      this.observer?.observe(this.host, { box: 'content-box' });
    }
    const width = this.pendingWidth;
    this.pendingWidth = undefined;
    if (width === undefined) return;
    this.observed = true;
    if (width === this.currentWidth) return;
    this.currentWidth = width;
    this.host.requestUpdate();
  }
}

/** Connected hosts whose width has not been read yet. */
const awaitingFirstRead = new Set<SizeController>();

/**
 * Reads the width of every connected host still waiting for its first read, all at once, before the first
 * of them draws. Reading each at its own connection forced a layout per host, since each connection also
 * writes (the probe goes into the shadow root): 50 charts appended in one loop made 50 layouts. Now the reads
 * come together in the first update after the loop, with no write between them, so they share one.
 */
function readAwaitingWidths(): void {
  if (awaitingFirstRead.size === 0) return;
  for (const controller of [...awaitingFirstRead]) controller.measureNow();
}

/**
 * The zero-height block whose width the observer follows. Styled through the CSSOM, which a Content
 * Security Policy without 'unsafe-inline' allows (a `style` attribute it would block); hidden from
 * assistive technology and from pointer events. `all: initial` leaves it no margin, padding or border.
 */
function createProbe(doc: Document): HTMLElement {
  const probe = doc.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.dataset['ictSizeProbe'] = '';
  const style = probe.style;
  // Nothing inherited from the host, whose font and line height a page's `* { … }` reaches.
  style.setProperty('all', 'initial');
  style.font = '0/0 sans-serif'; // under `all: initial` WebKit still gave it the page's font family
  style.display = 'block';
  style.height = '0';
  style.overflow = 'hidden';
  style.visibility = 'hidden';
  style.pointerEvents = 'none';
  return probe;
}

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && value > 0 && Number.isFinite(value) ? value : fallback;
}
