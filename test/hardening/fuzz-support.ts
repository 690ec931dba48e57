// Helpers of the hostile-data fuzz tests (not a test file): watching for escaped errors and long tasks, waiting for
// an element to settle, and checking that what it shows is either a chart of the valid data or a named error.
import { expect } from '@open-wc/testing';
import { uiStrings } from '../../src/chart/i18n/ui.js';
import { MAX_ISSUES, parseJsonText, validateDocument } from '../../src/core/indicator/index.js';
import {
  ISSUE_CODES,
  type DataIssue,
  type IndicatorDataset,
  type Language,
  type ParseResult,
  type ResolvedObservation,
} from '../../src/core/indicator/types.js';
import { findProvince } from '../../src/core/provinces/index.js';
import { MAP_STRINGS } from '../../src/elements/province-map/province-map.strings.js';
import { until } from '../helpers/chart.js';
import { yieldTask } from '../helpers/keys.js';
import { ELEMENT_TAGS, type ElementTag } from '../helpers/tags.js';

export const TAGS = ELEMENT_TAGS;
export type Tag = ElementTag;

/** Tasks longer than this break the "page stays responsive" rule (issue 7). */
export const TASK_BUDGET_MS = 200;

/**
 * What fails a measure where the engine has no Long Tasks API (Firefox, WebKit). There the wall time of an update
 * is measured, which also counts whatever else shares the two cores (CI runs both engines at once): it is printed
 * against TASK_BUDGET_MS, and only a gross hang fails.
 */
export const HANG_MS = 1000;

// ─── the pure layer ───────────────────────────────────────────────────────────────────────────────

/** Parses `input` the way the elements do: text through the JSON parser, anything else through the validator. */
export function parseInput(input: unknown): ParseResult {
  return typeof input === 'string' ? parseJsonText(input) : validateDocument(input);
}

/** The shape every result must have, whatever the input. */
export function checkResultShape(result: ParseResult): void {
  expect(result.ok).to.be.a('boolean');
  if (result.ok) {
    expect(result.value.version).to.equal(1);
    expect(result.value.indicators).to.be.an('array');
    expect(result.value.observations).to.be.an('array');
    for (const w of result.warnings) checkIssue(w, 'warning');
    return;
  }
  expect(result.issues.length, 'issues of a failed parse').to.be.within(1, MAX_ISSUES);
  for (const issue of result.issues) checkIssue(issue);
  // A failure must say why: at least one listed issue is an error (warnings alone do not stop a chart).
  expect(
    result.issues.some((i) => i.severity === 'error'),
    `no error among ${result.issues.length} issues`,
  ).to.equal(true);
}

function checkIssue(issue: DataIssue, severity?: DataIssue['severity']): void {
  expect(ISSUE_CODES).to.include(issue.code);
  expect(issue.path).to.be.a('string');
  expect(['error', 'warning']).to.include(issue.severity);
  if (severity !== undefined) expect(issue.severity).to.equal(severity);
}

/**
 * What a successful parse must satisfy whatever the input (all or nothing: every input observation is kept, each
 * with a finite value or null, a real province and a declared indicator).
 */
export function checkDataset(input: unknown, dataset: IndicatorDataset): void {
  const raw = (input as { observations?: unknown }).observations;
  expect(Array.isArray(raw), 'a dataset comes from an observations array').to.equal(true);
  expect(dataset.observations.length, 'observations kept').to.equal((raw as unknown[]).length);
  const ids = new Set(dataset.indicators.map((i) => i.id));
  dataset.observations.forEach((o, i) => {
    expect(o.index).to.equal(i);
    expect(ids.has(o.indicator), `indicator ${o.indicator} declared`).to.equal(true);
    expect(findProvince(o.place.code, o.place.era), `place ${o.place.code} (${o.place.era})`).to.not.equal(
      undefined,
    );
    if (o.value !== null) {
      expect(Number.isFinite(o.value), `value ${o.value} finite`).to.equal(true);
      const isChange = o.change?.against === 'period' && o.change.valueIsChange === true;
      if (!isChange) expect(o.value >= 0, `value ${o.value} not negative`).to.equal(true);
    } else {
      expect(o.missing, 'a null value has its reason').to.be.a('string');
    }
  });
}

// ─── errors that escape ───────────────────────────────────────────────────────────────────────────

/** Collects uncaught errors, unhandled rejections and console errors while installed. */
export class EscapeWatch {
  readonly escaped: string[] = [];
  private readonly onError = (e: ErrorEvent) => this.escaped.push(`error: ${e.message}`);
  private readonly onRejection = (e: PromiseRejectionEvent) =>
    this.escaped.push(`unhandledrejection: ${String(e.reason)}`);
  private readonly consoleError = console.error;

  install(): this {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    console.error = (...args: unknown[]) => {
      this.escaped.push(`console.error: ${args.map(String).join(' ')}`);
      this.consoleError.apply(console, args);
    };
    return this;
  }

  dispose(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    console.error = this.consoleError;
  }
}

// ─── long tasks ───────────────────────────────────────────────────────────────────────────────────

/** Long tasks (Chromium's Long Tasks API), or nothing where the engine has none. */
export class LongTasks {
  readonly supported = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;
  /** The longest measure that passes: the budget for real long tasks, a hang guard for wall times. */
  readonly limit = this.supported ? TASK_BUDGET_MS : HANG_MS;
  private readonly entries: PerformanceEntry[] = [];
  private observer: PerformanceObserver | undefined;

  start(): this {
    if (!this.supported) return this;
    this.observer = new PerformanceObserver((list) => this.entries.push(...list.getEntries()));
    this.observer.observe({ type: 'longtask', buffered: true });
    return this;
  }

  /** Collects what the observer has queued (entries arrive after the task, in a later task). */
  flush(): void {
    this.entries.push(...(this.observer?.takeRecords() ?? []));
  }

  /**
   * The longest task that overlaps [from, to] (0 when none was long; the task that set `data` began before
   * `from`). An entry is queued after its task ends and delivered later, so this waits ~50 ms of other tasks.
   */
  async longestIn(from: number, to: number): Promise<number> {
    while (performance.now() - to < 50) await yieldTask();
    return this.longestWithin(from, to);
  }

  /** {@link longestIn} without the wait, for windows that ended at least 50 ms ago. */
  longestWithin(from: number, to: number): number {
    this.flush();
    let longest = 0;
    for (const e of this.entries) {
      if (e.startTime <= to + 1 && e.startTime + e.duration >= from - 1)
        longest = Math.max(longest, e.duration);
    }
    return longest;
  }

  /** How many long tasks were seen in all. */
  get count(): number {
    this.flush();
    return this.entries.length;
  }

  stop(): void {
    this.observer?.disconnect();
  }
}

// ─── the element layer ────────────────────────────────────────────────────────────────────────────

type Chart = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

/**
 * Sets `data` and measures the update up to a laid-out page: lit renders in a microtask of this task, and the
 * forced layout is the work the next frame would do anyway (WebKit's SVG text layout is where it can be slow).
 */
export async function assign(el: Chart, input: unknown): Promise<{ from: number; to: number; ms: number }> {
  const from = performance.now();
  el.data = input;
  await el.updateComplete;
  el.shadowRoot?.querySelector('svg')?.getBoundingClientRect();
  void document.body.offsetHeight;
  const to = performance.now();
  return { from, to, ms: to - from };
}

/**
 * The longest task of an update, called once the element has settled: with the Long Tasks API, any task from
 * setting `data` until now (later renders included); elsewhere the update's own duration up to layout.
 */
export async function longestTask(tasks: LongTasks, update: { from: number; ms: number }): Promise<number> {
  return tasks.supported ? tasks.longestIn(update.from, performance.now()) : update.ms;
}

/** Waits until the element no longer says it is loading (the map loads its boundaries, once per era). */
export async function settle(el: Chart, lang: Language): Promise<void> {
  const loading = [uiStrings(lang).loading, MAP_STRINGS[lang].mapLoading];
  await until(() => !loading.includes(statusText(el.shadowRoot!)), 'the end of loading', 15_000);
  await el.updateComplete;
}

function statusText(root: ShadowRoot): string {
  return (root.querySelector('[role="status"][part~="status"]')?.textContent ?? '').trim();
}

/** What an element shows. */
export interface Shown {
  alert: HTMLElement | null;
  alertText: string;
  chart: boolean;
  status: string;
  rows: HTMLTableRowElement[];
}

export function shown(root: ShadowRoot): Shown {
  const alert = root.querySelector<HTMLElement>('[role="alert"]');
  return {
    alert,
    alertText: (alert?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    chart: root.querySelector('svg.marks') !== null,
    status: statusText(root),
    rows: [...root.querySelectorAll<HTMLTableRowElement>('table[part="table"] tbody tr')],
  };
}

/** The number a table cell shows, read the way the language writes numbers; undefined for text. */
export function cellNumber(text: string, lang: Language): number | undefined {
  let t = text.replace(/[\s\u00a0\u202f%]/g, '').replace(/\u2212/g, '-');
  t = lang === 'vi' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** Whether `text` shows `value` rounded to the decimals it shows. */
export function showsValue(text: string, value: number, lang: Language): boolean {
  const n = cellNumber(text, lang);
  if (n === undefined) return false;
  const plain = text.replace(/[\s\u00a0\u202f%]/g, '');
  const at = plain.lastIndexOf(lang === 'vi' ? ',' : '.');
  const places = at === -1 ? 0 : plain.length - at - 1;
  return Math.abs(n - value) <= 0.5 * 10 ** -places * (1 + 1e-9) + Math.abs(value) * 1e-12;
}

/** The row key a data table gives an observation (core table: the id, else `indicator:index`). */
export const rowKeys = (o: ResolvedObservation): string[] => [
  ...(o.id === undefined ? [] : [o.id]),
  `${o.indicator}:${o.index}`,
  `obs-${o.index}`,
];

/** Whether a row of the data table shows the observation's value (a number cell, or a "no data" cell for null). */
export function rowShows(
  row: HTMLTableRowElement,
  o: ResolvedObservation,
  lang: Language,
  column?: number,
): boolean {
  const cells = [...row.querySelectorAll<HTMLElement>('th, td')];
  const candidates =
    column === undefined ? cells.filter((c) => c.classList.contains('numeric')) : [cells[column]!];
  const text = (c: HTMLElement) => (c.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (o.value === null)
    return candidates.some((c) => c.classList.contains('missing') && cellNumber(text(c), lang) === undefined);
  return candidates.some((c) => showsValue(text(c), o.value!, lang));
}

/** A visible alert: in the layout, outside any `aria-hidden` subtree, with text. */
export function checkAlertVisible(alert: HTMLElement, text: string): void {
  expect(alert.getClientRects().length, 'the alert is laid out').to.be.greaterThan(0);
  expect(alert.closest('[aria-hidden="true"]'), 'the alert is not hidden from assistive technology').to.equal(
    null,
  );
  expect(text, 'the alert says something').to.not.equal('');
}
