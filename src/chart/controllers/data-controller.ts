import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { parseJsonText, validateDocument } from '../../core/indicator/parse.js';
import type { DataIssue, IndicatorDataset, ParseResult } from '../../core/indicator/types.js';
import { IctDataErrorEvent, IctDataLoadEvent } from '../events.js';
import { loadIndicatorSource } from '../load.js';

type DataHost = ReactiveControllerHost & HTMLElement;

/** What the host gives the controller on every update. */
export interface DataInputs {
  /** A document object, or its JSON text. Wins over `src` and the inline script. */
  data?: unknown;
  /** URL of a JSON or CSV document. Wins over the inline script. */
  src?: string | null;
  /** Convert Vietnamese-formatted number strings ("1.447.307") to numbers. */
  viNumbers?: boolean;
  /** Milliseconds a `src` fetch may take (default: `loadIndicatorSource`'s 15 s). */
  timeoutMs?: number;
}

/** Where the data of a chart came from. */
export const DATA_SOURCES = ['data', 'src', 'inline'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

export const DATA_STATUSES = ['empty', 'loading', 'ready', 'error'] as const;
export type DataStatus = (typeof DATA_STATUSES)[number];

/**
 * The data state a chart renders. `dataset` is present exactly when `status` is `'ready'`; `issues` is
 * non-empty exactly when `status` is `'error'`; `warnings` only accompany `'ready'`.
 */
export interface DataState {
  status: DataStatus;
  /** Which input the state comes from; absent when `status` is `'empty'`. */
  source?: DataSource;
  dataset?: IndicatorDataset;
  issues: DataIssue[];
  warnings: DataIssue[];
}

/** The selector of the inline data child a CMS editor pastes JSON into. */
export const INLINE_DATA_SELECTOR = ':scope > script[type="application/json" i]';

const emptyState = (): DataState => ({ status: 'empty', issues: [], warnings: [] });

/** Returned by the fetch task when the run was aborted because the host left the page. */
const ABORTED = Symbol('aborted');

type FetchArgs = readonly [src: string | undefined, viNumbers: boolean, timeoutMs: number | undefined];

/** What the current state was computed from, to know when to compute it again. */
interface SourceKey {
  source: DataSource | undefined;
  value: unknown;
  viNumbers: boolean;
  timeoutMs: number | undefined;
}

function sameKey(a: SourceKey | undefined, b: SourceKey): boolean {
  return (
    a !== undefined &&
    a.source === b.source &&
    a.value === b.value &&
    a.viNumbers === b.viNumbers &&
    // The timeout only concerns a fetch: changing it reloads `src`, and nothing else.
    (b.source !== 'src' || a.timeoutMs === b.timeoutMs)
  );
}

function stateOf(result: ParseResult, source: DataSource): DataState {
  return result.ok
    ? { status: 'ready', source, dataset: result.value, issues: [], warnings: result.warnings }
    : { status: 'error', source, issues: result.issues, warnings: [] };
}

function internalIssue(code: DataIssue['code'], path: string, error: unknown): ParseResult {
  return { ok: false, issues: [{ code, path, got: String(error), severity: 'error' }] };
}

/**
 * Loads, parses and validates a chart's data from one of three inputs, in this priority:
 * 1. the `data` property (a document object, or JSON text);
 * 2. the `src` attribute (JSON or CSV fetched with `@lit/task`: aborted when `src` changes or the host
 *    leaves the page, and resumed when it comes back; the last request wins, and a timeout applies);
 * 3. an inline `<script type="application/json">` child, which may be added or edited after the host
 *    is connected (a MutationObserver watches the host's children).
 *
 * Fires `ict-data-load` or `ict-data-error` on the host after the update that shows the new state.
 * Nothing escapes: every failure becomes an `error` state with issues.
 *
 * @example
 * ```ts
 * class IctBarChart extends LitElement {
 *   @property({ attribute: false }) data?: unknown;
 *   @property() src?: string;
 *   private readonly source = new IndicatorDataController(this, () => ({ data: this.data, src: this.src }));
 *   render() {
 *     const { status, dataset, issues } = this.source.state;
 *     // …loading, empty, error or the chart
 *   }
 * }
 * ```
 */
export class IndicatorDataController implements ReactiveController {
  private readonly host: DataHost;
  private readonly inputs: () => DataInputs;
  private readonly task: Task<FetchArgs, ParseResult | typeof ABORTED>;
  private current: DataState = emptyState();
  private key: SourceKey | undefined;
  private fetchArgs: FetchArgs = [undefined, false, undefined];
  private pendingEvent: IctDataLoadEvent | IctDataErrorEvent | undefined;
  private resumeOnConnect = false;
  private childObserver: MutationObserver | undefined;
  private inlineText: string | undefined;
  private settleWaiters: Array<() => void> = [];

  constructor(host: DataHost, inputs: () => DataInputs) {
    this.host = host;
    this.inputs = inputs;
    // Added before the Task so that, in each update, hostUpdate() below sets the fetch arguments the Task
    // then compares (controllers run in the order they were added).
    host.addController(this);
    this.task = new Task<FetchArgs, ParseResult | typeof ABORTED>(host, {
      // Run by hostUpdate() only when there is a `src` to fetch. Run on every change of its arguments, it also
      // ran once, empty, for every chart given `data`, and its completion asked each of those charts for a
      // second update that changed nothing (50 small charts: 50 extra updates).
      autoRun: false,
      args: () => this.fetchArgs,
      task: async ([src, viNumbers, timeoutMs], { signal }) => {
        if (src === undefined) return initialState; // not reached: run only with a `src`
        const result = await loadIndicatorSource(src, { signal, viNumbers, timeoutMs });
        return signal.aborted ? ABORTED : result;
      },
      // Task calls onComplete only for its latest run: an older, slower answer never arrives here.
      onComplete: (result) => this.settleFetch(result),
    });
  }

  /** The state to render. */
  get state(): DataState {
    return this.current;
  }

  /**
   * Loads again from the current input: fetches `src` again, or parses `data` / the inline script again
   * (use it after changing a `data` object in place, or from an error message's "try again" button).
   */
  retry(): void {
    if (this.key?.source === 'src') {
      this.setState({ status: 'loading', source: 'src', issues: [], warnings: [] });
      void this.task.run();
    } else {
      this.key = undefined;
    }
    this.host.requestUpdate();
  }

  /**
   * Resolves with the state once no load is running and the host has rendered it. For tests and for
   * pages that wait for a chart; never rejects on data problems (they are in the state).
   */
  async whenSettled(): Promise<DataState> {
    await this.host.updateComplete;
    while (this.current.status === 'loading') {
      await new Promise<void>((resolve) => this.settleWaiters.push(resolve));
      await this.host.updateComplete;
    }
    return this.current;
  }

  hostConnected(): void {
    this.childObserver ??= new MutationObserver(() => {
      if (this.readInlineText() !== this.inlineText) this.host.requestUpdate();
    });
    this.childObserver.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['type'],
    });
    if (this.resumeOnConnect) {
      // The fetch was aborted when the host left the page: back on the page, load again.
      this.resumeOnConnect = false;
      this.setState({ status: 'loading', source: 'src', issues: [], warnings: [] });
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    if (this.task.status === TaskStatus.PENDING) {
      this.task.abort();
      this.resumeOnConnect = true;
    }
  }

  hostUpdate(): void {
    const inputs = this.safeInputs();
    const viNumbers = inputs.viNumbers === true;
    const timeoutMs = inputs.timeoutMs;
    const key = this.chooseSource(inputs, viNumbers, timeoutMs);
    if (sameKey(this.key, key)) return;
    this.key = key;
    this.resumeOnConnect = false;
    if (key.source === 'src') {
      this.fetchArgs = [key.value as string, viNumbers, timeoutMs];
      this.setState({ status: 'loading', source: 'src', issues: [], warnings: [] });
      void this.task.run(); // aborts a fetch still running
      return;
    }
    // Another input wins: a fetch still running is dropped.
    this.fetchArgs = [undefined, viNumbers, timeoutMs];
    if (this.task.status === TaskStatus.PENDING) this.task.abort();
    switch (key.source) {
      case 'data':
        this.setState(stateOf(this.parseData(key.value, viNumbers), 'data'));
        return;
      case 'inline':
        this.setState(stateOf(this.parseText(key.value as string, viNumbers), 'inline'));
        return;
      default:
        this.setState(emptyState());
    }
  }

  hostUpdated(): void {
    const event = this.pendingEvent;
    this.pendingEvent = undefined;
    if (event !== undefined) this.host.dispatchEvent(event);
    if (this.current.status !== 'loading' && this.settleWaiters.length > 0) {
      const waiters = this.settleWaiters;
      this.settleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private safeInputs(): DataInputs {
    try {
      return this.inputs() ?? {};
    } catch {
      return {};
    }
  }

  private chooseSource(inputs: DataInputs, viNumbers: boolean, timeoutMs: number | undefined): SourceKey {
    const { data } = inputs;
    if (data !== undefined && data !== null && data !== '') {
      return { source: 'data', value: data, viNumbers, timeoutMs };
    }
    const src = typeof inputs.src === 'string' ? inputs.src.trim() : '';
    if (src !== '') return { source: 'src', value: src, viNumbers, timeoutMs };
    this.inlineText = this.readInlineText();
    if (this.inlineText !== undefined && this.inlineText.trim() !== '') {
      return { source: 'inline', value: this.inlineText, viNumbers, timeoutMs };
    }
    return { source: undefined, value: undefined, viNumbers, timeoutMs };
  }

  private readInlineText(): string | undefined {
    return this.host.querySelector(INLINE_DATA_SELECTOR)?.textContent ?? undefined;
  }

  private parseData(data: unknown, viNumbers: boolean): ParseResult {
    if (typeof data === 'string') return this.parseText(data, viNumbers);
    try {
      return validateDocument(data, { viNumbers });
    } catch (error) {
      return internalIssue('not-an-object', '', error); // a validator bug must not break the page
    }
  }

  private parseText(text: string, viNumbers: boolean): ParseResult {
    try {
      return parseJsonText(text, { viNumbers });
    } catch (error) {
      return internalIssue('invalid-json', '', error);
    }
  }

  private settleFetch(result: ParseResult | typeof ABORTED): void {
    if (result === ABORTED || this.key?.source !== 'src') return;
    this.setState(stateOf(result, 'src'));
  }

  private setState(state: DataState): void {
    this.current = state;
    if (state.status === 'ready' && state.dataset !== undefined) {
      this.pendingEvent = new IctDataLoadEvent({ dataset: state.dataset, warnings: state.warnings });
    } else if (state.status === 'error') {
      this.pendingEvent = new IctDataErrorEvent({ issues: state.issues });
    } else {
      this.pendingEvent = undefined;
    }
    this.host.requestUpdate();
  }
}
