import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addPendingWork } from './controllers/pending-work.js';
import { nextTask } from './next-task.js';

/**
 * Observations beyond which a chart computes its view over several tasks ({@link ViewMemo.getStaged}). At 1 000
 * observations every element computes and draws within ~90 ms (Chromium, 2-core test machine); at 9 999 the
 * heaviest views (e-government levels, coverage) took ~215 ms of computing alone in a sampling profile, on top of
 * validation and the first frame of marks, and their update task 175–300 ms: past the 200 ms a task may take
 * (issue 7).
 */
export const STAGED_VIEW_OBSERVATIONS = 2000;

/** Whether a chart of `dataset` computes its view over several tasks (see STAGED_VIEW_OBSERVATIONS). */
export function isLargeData(dataset: { observations: readonly unknown[] }): boolean {
  return dataset.observations.length > STAGED_VIEW_OBSERVATIONS;
}

/** What {@link ViewMemo.getStaged} returns while the view of new data is still being computed. */
export const VIEW_PENDING: unique symbol = Symbol('view pending');

/** The frame state a chart shows while the view of its new data is computed ("Đang vẽ biểu đồ…"). */
export const PENDING_FRAME_STATE = { status: 'drawing' } as const;

/**
 * The stages of a view's computation: a generator whose every `yield` marks a point where a large computation may
 * pause until a later task, and whose return value is the view.
 */
export type ViewStages<V> = Generator<void, V, void>;

/** Runs `stages` to its end at once. */
function runAll<V>(stages: ViewStages<V>): V {
  for (;;) {
    const step = stages.next();
    if (step.done === true) return step.value;
  }
}

interface StagedRun {
  inputs: readonly unknown[];
  waiters: (() => void)[];
}

/**
 * Keeps the last computed view of an element and recomputes it only when one of its inputs changed
 * (compared with `===`): a render for a tooltip or a focus move must not re-run layout, summary and table.
 *
 * With a host, it can also compute a large view over several tasks ({@link getStaged}), so that thousands of
 * observations never hold the page in one long task; the host's `updateComplete` waits for it.
 *
 * @example
 * ```ts
 * private readonly views = new ViewMemo<BarView | undefined>(this);
 * const view = this.views.get([dataset, lang, this.size.width], () => this.computeView(dataset, lang));
 * // computeView a generator (`function*`, `yield` between its stages): in tasks when the data is large.
 * const staged = this.views.getStaged([dataset, lang], () => this.computeView(dataset, lang), isLargeData(dataset));
 * if (staged === VIEW_PENDING) … // render PENDING_FRAME_STATE
 * ```
 */
export class ViewMemo<V> implements ReactiveController {
  private readonly host: ReactiveControllerHost | undefined;
  private inputs: readonly unknown[] | undefined;
  private value: V | undefined;
  /** The view the last call returned (`undefined` after {@link VIEW_PENDING}). */
  private shown: V | undefined;
  private run: StagedRun | undefined;
  /** What a staged computation threw, thrown again by the render that asks for its view (as a direct one would). */
  private failure: { inputs: readonly unknown[]; error: unknown } | undefined;
  /** A staged computation was dropped when the host left the page: the next connection renders again. */
  private resume = false;

  constructor(host?: ReactiveControllerHost) {
    this.host = host;
    if (host === undefined) return;
    host.addController(this);
    addPendingWork(host, () => this.pending());
  }

  /** The view for `inputs`: the cached one when every input is identical, else `compute()`. */
  get(inputs: readonly unknown[], compute: () => V): V {
    if (this.cached(inputs)) return (this.shown = this.value as V);
    // A staged run of other inputs (large data just replaced by small) must not overwrite this view later.
    if (this.run !== undefined) this.finish();
    return (this.shown = this.store(inputs, compute()));
  }

  /**
   * The view for `inputs`, computed by `stages`. When `inTasks` is false, or the view is cached, it is the same as
   * {@link get}. Otherwise the stages run after this render, each in a task of its own, and the host renders
   * again when they are done (its `updateComplete` waits for that). Meanwhile this returns the last view if it
   * was computed from the same first input (the dataset: a resize or a new language keeps the chart shown), else
   * {@link VIEW_PENDING}: the host then shows its loading state, never a view of other data.
   * `inputs[0]` must therefore be the data the view shows.
   */
  getStaged(
    inputs: readonly unknown[],
    stages: () => ViewStages<V>,
    inTasks: boolean,
  ): V | typeof VIEW_PENDING {
    if (!inTasks || this.host === undefined) return this.get(inputs, () => runAll(stages()));
    if (this.cached(inputs)) return (this.shown = this.value as V);
    const failure = this.failure;
    if (failure !== undefined && same(failure.inputs, inputs)) {
      this.failure = undefined;
      throw failure.error;
    }
    if (this.run === undefined || !same(this.run.inputs, inputs)) this.start(inputs, stages);
    if (this.inputs !== undefined && this.inputs[0] === inputs[0]) return (this.shown = this.value as V);
    this.shown = undefined;
    return VIEW_PENDING;
  }

  /** The view the last render got (`undefined` while it waits for the view of new data). */
  get current(): V | undefined {
    return this.shown;
  }

  /** Resolves when the staged computation in progress is done (or dropped); `undefined` when there is none. */
  pending(): Promise<void> | undefined {
    const run = this.run;
    if (run === undefined) return undefined;
    return new Promise((resolve) => run.waiters.push(resolve));
  }

  hostConnected(): void {
    if (!this.resume) return;
    this.resume = false;
    this.host?.requestUpdate();
  }

  hostDisconnected(): void {
    // Nobody sees a chart that left the page: its computation stops, and starts again if it comes back.
    if (this.run === undefined) return;
    this.resume = true;
    this.finish();
  }

  private cached(inputs: readonly unknown[]): boolean {
    return this.inputs !== undefined && same(this.inputs, inputs);
  }

  private store(inputs: readonly unknown[], value: V): V {
    this.inputs = inputs;
    this.value = value;
    return value;
  }

  private start(inputs: readonly unknown[], stages: () => ViewStages<V>): void {
    // A run of older inputs is dropped, and its waiters move on to this one.
    const run: StagedRun = { inputs, waiters: this.run?.waiters ?? [] };
    this.run = run;
    void (async () => {
      let steps: ViewStages<V> | undefined;
      try {
        for (;;) {
          await nextTask();
          if (this.run !== run) return;
          steps ??= stages();
          const step = steps.next();
          if (step.done === true) {
            this.store(inputs, step.value);
            break;
          }
        }
      } catch (error) {
        this.failure = { inputs, error };
      }
      // The render that shows the view gets a task of its own, apart from the last stage.
      await nextTask();
      if (this.run !== run) return;
      this.finish();
      this.host?.requestUpdate();
    })();
  }

  /** Ends the run in progress and lets its waiters go (they then wait for the render it asked for). */
  private finish(): void {
    const waiters = this.run?.waiters ?? [];
    this.run = undefined;
    for (const resolve of waiters) resolve();
  }
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
