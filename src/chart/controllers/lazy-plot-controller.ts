/**
 * `loading="lazy"`: a chart far from the viewport draws its frame at once (title, summary, data table, source,
 * toolbar: everything a screen reader or a search finds) and its visual layer (the SVG marks, the keyboard
 * tree laid over them, the legend) only when it comes within one viewport of the screen. A page of fifty
 * charts then creates the marks of the few in view, not of all fifty (issue 6: "defer off-screen instances
 * with IntersectionObserver while keeping their accessible summary").
 *
 * The plot is drawn, and stays drawn, as soon as one of these happens:
 * - the element comes within one viewport's width and height of the visible area (IntersectionObserver);
 * - focus enters the element or a pointer presses in it (a keyboard user tabbing into the toolbar, an export);
 * - the page is about to be printed (`beforeprint`);
 * - `loading` stops being `lazy`, or the browser has no IntersectionObserver.
 * Until then the plot's place is held by an empty box of the plot's own size, so nothing moves when it comes.
 * `eager` (the default, as for `<img>`) draws at once. The observer and the listeners exist only while a plot
 * waits, and are removed when it is drawn or the element leaves the page.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { styleProps } from '../templates/style-props.js';

/** How far outside the viewport a lazy chart starts drawing: one viewport in each direction. */
export const LAZY_ROOT_MARGIN = '100%';

type LazyHost = ReactiveControllerHost & HTMLElement;

/** Draws a chart's visual layer only once it is near the viewport, when `loading` is `lazy`. One per element. */
export class LazyPlotController implements ReactiveController {
  private readonly host: LazyHost;
  private readonly loading: () => unknown;
  /** The plot has been drawn (or was never deferred): it stays. */
  private shown = false;
  private observer: IntersectionObserver | undefined;
  private readonly show = (): void => {
    if (this.shown) return;
    this.shown = true;
    this.unwatch();
    this.host.requestUpdate();
  };

  /** `loading` reads the host's `loading` property; anything but `lazy` draws at once. */
  constructor(host: LazyHost, loading: () => unknown) {
    this.host = host;
    this.loading = loading;
    host.addController(this);
  }

  /** The observer and listeners are in place (for tests of the clean-up). */
  get watching(): boolean {
    return this.observer !== undefined;
  }

  hostConnected(): void {
    // Whether an eager chart draws at once is decided at its update: `loading` may still be set before that.
    if (!this.shown && this.loading() === 'lazy') this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unwatch();
  }

  /**
   * The visual layer: `draw()` once the plot is shown, else an empty box of `width` × `height` px (the plot's
   * size) in its place. `draw` is not called while the plot waits, so nothing of the marks is built.
   */
  plot<T>(box: { width: number; height: number }, draw: () => T): T | TemplateResult {
    return this.shown ? draw() : this.placeholder(box);
  }

  private placeholder(box: { width: number; height: number }): TemplateResult {
    return html`<div
      class="deferred-plot"
      part="deferred-plot"
      style=${styleProps({ width: `${box.width}px`, height: `${box.height}px` })}
    ></div>`;
  }

  /** Shows the plot unless `loading` is `lazy`; watches the viewport while a connected lazy plot waits. */
  private sync(): void {
    if (this.shown) return;
    if (this.loading() !== 'lazy' || typeof IntersectionObserver !== 'function') {
      this.shown = true;
      this.unwatch();
      return;
    }
    if (this.host.isConnected) this.watch();
  }

  private watch(): void {
    if (this.observer !== undefined) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.show();
      },
      { rootMargin: LAZY_ROOT_MARGIN },
    );
    this.observer.observe(this.host);
    this.host.addEventListener('focusin', this.show);
    this.host.addEventListener('pointerdown', this.show);
    window.addEventListener('beforeprint', this.show);
  }

  private unwatch(): void {
    if (this.observer === undefined) return;
    this.observer.disconnect();
    this.observer = undefined;
    this.host.removeEventListener('focusin', this.show);
    this.host.removeEventListener('pointerdown', this.show);
    window.removeEventListener('beforeprint', this.show);
  }
}
