/**
 * Draws long lists of marks over several frames, so that a chart of thousands of marks never holds the page in
 * one long task (issue 7: no task over 200 ms for documents under 10 000 observations).
 *
 * A chart passes each list of marks through {@link ProgressiveController.list} in its render. While the marks of
 * one render fit {@link FRAME_NODE_BUDGET}, every list is drawn at once, exactly as `items.map(render)`: small
 * charts never change. Beyond it, the first frame draws what fits the budget and each following animation frame
 * adds up to the budget again, in chunks that are never rendered twice (lit's `guard`), each an SVG `<g class="chunk">`
 * of its own, until every mark is drawn. Lists are of SVG marks, inside the chart's `<svg>`.
 * The geometry, the summary, the data table and the keyboard tree are computed from the whole data at once, so
 * what a screen reader or the keys reach is complete from the first frame; only the painting of marks trails.
 *
 * The host's `updateComplete` resolves once every list is drawn (see `IctChartElement.getUpdateComplete`), so
 * code that awaits it (tests, the SVG export) sees the whole chart.
 */
import { svg, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { addPendingWork } from './pending-work.js';

/**
 * SVG elements a frame adds at most. Creating and laying out an SVG element took 0.015–0.026 ms in Chromium on
 * the 2-core test machine (bar chart, coverage, e-government levels at 9 999 observations), so 2 000 cost
 * ~30–50 ms: a frame stays far below the 200 ms budget with the rest of the update.
 */
export const FRAME_NODE_BUDGET = 2000;

/**
 * Frames a chart takes at most to draw: a chart of more than 30 × 2 000 elements (beyond ~10 000 observations)
 * adds more per frame rather than draw for seconds. Each frame also lays out the whole growing SVG again, so
 * past that size many small frames cost far more in total (100 000 bars: 29 s in 2 000-element frames).
 */
export const MAX_FRAMES = 30;

/**
 * An update that has already computed for this long before its first list (new data: validation, layout, texts
 * of thousands of marks) adds only a quarter of the budget in that frame: the marks get what the computation
 * left of a frame, and the next frames, with nothing to compute, draw the rest.
 */
export const SLOW_UPDATE_MS = 50;

/** Items per guarded chunk: small enough that a frame adds about its budget, large enough to keep few parts. */
const CHUNK_NODES = 250;

interface ListState {
  items: readonly unknown[];
  /** Items drawn so far (a whole number of chunks, or all). */
  drawn: number;
  /** The chunks' templates, kept so that a later render does not map them again. */
  chunks: unknown[];
}

/** Draws lists of marks over as many frames as their size needs. One per element. */
export class ProgressiveController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly lists = new Map<string, ListState>();
  /** Keys of the lists the current render drew; the others are forgotten (their data may be large). */
  private readonly touched = new Set<string>();
  /** Elements a render may add: the frame budget, more for a chart too large to draw in MAX_FRAMES. */
  private frameBudget = FRAME_NODE_BUDGET;
  /** Elements the current render may still add. */
  private budget = FRAME_NODE_BUDGET;
  /** Elements of every list of the current render, drawn or not. */
  private total = 0;
  /** What the current render started with (see renderBudget). */
  private startBudget = FRAME_NODE_BUDGET;
  /** When the current update began, until its first list has read it. */
  private updateStart: number | undefined;
  /** Lists of the current render with marks still to draw. */
  private unfinished = 0;
  private frame: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiters: (() => void)[] = [];
  /** Marks were left to draw when the host left the page. */
  private resume = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
    // What a waiting `updateComplete` needs (see pendingWork).
    addPendingWork(host, () => this.pending());
  }

  /** Elements the last render could add, after the cut for a slow update (see SLOW_UPDATE_MS). */
  get renderBudget(): number {
    return this.startBudget;
  }

  /** True while some marks of the last render are still to be drawn. */
  get drawing(): boolean {
    return this.unfinished > 0;
  }

  /** Resolves when every mark is drawn, or the host leaves the page; `undefined` when nothing is pending. */
  pending(): Promise<void> | undefined {
    if (!this.drawing) return undefined;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  hostUpdate(): void {
    this.budget = this.frameBudget;
    this.updateStart = performance.now();
    this.total = 0;
    this.unfinished = 0;
    this.touched.clear();
  }

  hostUpdated(): void {
    this.frameBudget = Math.max(FRAME_NODE_BUDGET, Math.ceil(this.total / MAX_FRAMES));
    for (const key of this.lists.keys()) if (!this.touched.has(key)) this.lists.delete(key);
    if (this.drawing) this.schedule();
    else this.release();
  }

  hostConnected(): void {
    if (!this.resume) return;
    this.resume = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancel();
    // A chart taken off the page mid-way draws the rest when it comes back; until then nothing waits on it.
    this.resume = this.drawing;
    this.unfinished = 0;
    this.release();
  }

  /**
   * The marks of `items` to render now, under `key` (one key per list of the chart, stable across renders).
   * `nodesPerItem` is about how many SVG elements one item draws. A new `items` array (new data, size or
   * language) starts the list again from its first chunk.
   */
  list<T>(key: string, items: readonly T[], render: (item: T) => unknown, nodesPerItem = 1): unknown {
    this.touched.add(key);
    if (this.updateStart !== undefined) {
      if (performance.now() - this.updateStart > SLOW_UPDATE_MS) this.budget = Math.floor(this.budget / 4);
      this.startBudget = this.budget;
      this.updateStart = undefined;
    }
    let state = this.lists.get(key);
    if (state === undefined || state.items !== items) {
      state = { items, drawn: 0, chunks: [] };
      this.lists.set(key, state);
    }
    const cost = Math.max(1, nodesPerItem);
    this.total += items.length * cost;
    // Every render may add up to the budget: the frames this controller asks for, and any other update.
    const affordable = Math.floor(this.budget / cost);
    if (state.drawn === 0 && items.length <= affordable) {
      // Fits at once: drawn as a plain list, the same DOM as without this controller.
      this.budget -= items.length * cost;
      state.drawn = items.length;
      state.chunks = [];
      return items.map(render);
    }
    if (state.chunks.length === 0 && state.drawn === items.length) return items.map(render);
    const size = Math.max(1, Math.floor(CHUNK_NODES / cost));
    const wanted = Math.min(items.length, state.drawn + Math.max(affordable, this.budget > 0 ? size : 0));
    const drawn = wanted === items.length ? wanted : Math.max(state.drawn, wanted - (wanted % size));
    this.budget = Math.max(0, this.budget - (drawn - state.drawn) * cost);
    state.drawn = drawn;
    for (let c = state.chunks.length; c * size < drawn; c++) {
      const from = c * size;
      // The same deps every render: lit keeps the chunk's DOM and does not call render() again.
      // Each chunk in a group of its own: a frame then lays out the new group, not every mark drawn before.
      state.chunks.push(
        guard([items, from], () => svg`<g class="chunk">${items.slice(from, from + size).map(render)}</g>`),
      );
    }
    if (drawn < items.length) this.unfinished++;
    return state.chunks;
  }

  /** The next frame draws more; a timer stands in where frames do not come (a hidden tab). */
  private schedule(): void {
    if (this.frame !== undefined || this.timer !== undefined) return;
    const next = (): void => {
      this.cancel();
      this.host.requestUpdate();
    };
    if (typeof requestAnimationFrame === 'function') this.frame = requestAnimationFrame(next);
    this.timer = setTimeout(next, 100);
  }

  private cancel(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.frame = undefined;
    this.timer = undefined;
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
