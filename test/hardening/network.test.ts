// Issue 7, "Network": the seven real elements against failing `src` URLs — 404, 500, a timeout, a wrong
// content type, invalid JSON, 20 MB, a lost connection, offline, an answer arriving after `src` changed, the
// element removed while loading. Each time: a clear state (the alert, or the loading status), announced
// (the alert is inserted with role=alert; the status line is a live region that is always there), no
// stale data from a document shown before, and nothing left running (timers, listeners, observers).
// The data controller's own cases against a test host are in test/chart/controllers/.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DataIssue } from '../../src/core/indicator/types.js';
import { describeIssue } from '../../src/core/i18n/messages.js';
import { uiStrings } from '../../src/chart/i18n/ui.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../src/chart/load.js';
import { summaryText, texts, until } from '../helpers/chart.js';
import { yieldTask } from '../helpers/keys.js';
import { ELEMENT_TAGS } from '../helpers/tags.js';
import { releaseRequests, requestId, requestLog } from '../chart/controllers/support.js';
import { installInstrumentation } from './instrument.js';

const probe = installInstrumentation();

const TAGS = ELEMENT_TAGS;
type Tag = (typeof TAGS)[number];
/**
 * Elements whose requests stay open, at most four at a time: a browser opens six connections to one host,
 * and the tests' own requests (the server's log) need one.
 */
const BATCHES: readonly (readonly Tag[])[] = [TAGS.slice(0, 4), TAGS.slice(4)];

/**
 * The longest main-thread block tolerated while a huge file is refused: a freeze, not a budget. Chromium's long
 * tasks also count time the page waits for a core while other test files run beside it (2.4 s once in CI with
 * the page idle); the figures are printed.
 */
const MAX_BLOCK_MS = 5000;

/** Every request the page makes, with its signal: the library's own abort, seen from the page. */
const requests: { url: string; signal: AbortSignal | undefined }[] = [];
const pageFetch = window.fetch;
function recordRequests(): void {
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    const request = input instanceof Request ? input : undefined;
    requests.push({
      url: request?.url ?? String(input),
      signal: init?.signal ?? request?.signal ?? undefined,
    });
    return pageFetch.call(this, input, init);
  };
}

/**
 * The `count` requests tagged `id` were aborted: by the library (their signals) and on the wire (the server saw
 * each connection close before the answer's end).
 */
async function untilAborted(id: string, count: number): Promise<void> {
  const mine = requests.filter((r) => new URL(r.url, location.href).searchParams.get('id') === id);
  expect(mine.length, `requests tagged ${id}`).to.equal(count);
  for (const r of mine) expect(r.signal?.aborted, `${r.url} aborted by the library`).to.equal(true);
  await untilLogged(id, 'aborted', count);
}

/** Waits until the server's `count` requests for `id` have ended, aborted by the browser or sent in full. */
async function untilEnded(id: string, count: number, ms = 20000): Promise<void> {
  const start = performance.now();
  for (;;) {
    const log = await requestLog(id);
    if (log.started === count && log.aborted + log.finished === count) return;
    if (performance.now() - start > ms) {
      throw new Error(`timed out waiting for ${count} requests to end: ${JSON.stringify(log)}`);
    }
    await yieldTask();
  }
}

/**
 * Holds a measure of {@link watchMainThread} to MAX_BLOCK_MS where it counts the page's own tasks (Chromium's
 * Long Tasks API). Elsewhere it is the longest gap between pings, which also counts the engine's own network
 * work and, in CI, the other engine's test pages on the same two cores (2.7 s once in Firefox while the page
 * ran nothing): printed only.
 */
function expectResponsive(measure: { longest: number; how: string }, what: string): void {
  if (measure.how === 'long task') expect(measure.longest, what).to.be.below(MAX_BLOCK_MS);
}

/** A seed document every element draws (checked by the first test). */
const DOC_A = '/demo/data/ha-tinh-2020.json';
/** Another one, with other titles and values. */
const DOC_B = '/demo/data/all-seed-facts.json';

const VI = uiStrings('vi');

interface Chart {
  tag: Tag;
  el: HTMLElement & { src?: string };
  root: ShadowRoot;
  loads: number;
  errors: DataIssue[][];
}

let container: HTMLDivElement;

/** Waits until the server's log for `id` has `count` requests `started`, `aborted` or `finished`. */
async function untilLogged(
  id: string,
  field: 'started' | 'aborted' | 'finished',
  count: number,
  ms = 10000,
): Promise<void> {
  const start = performance.now();
  for (;;) {
    const log = await requestLog(id);
    if (log[field] === count) return;
    if (performance.now() - start > ms) {
      throw new Error(`timed out waiting for ${count} requests ${field}: ${JSON.stringify(log)}`);
    }
    await yieldTask();
  }
}

/**
 * `url` made distinct per element: Chromium's cache lock sends one request per URL at a time, so seven
 * elements loading one URL would wait for each other instead of loading in parallel.
 */
function urlFor(url: string, tag: Tag): string {
  return `${url}${url.includes('?') ? '&' : '?'}for=${tag}`;
}

/**
 * After a held answer is released, how long a request the library failed to abort would take to be answered and
 * drawn (a local server, a tiny or missing file).
 */
const AFTER_RELEASE_MS = 1000;

/** Lets the held answers of `id` come, then waits long enough for any of them to be shown. */
async function releaseAndWait(id: string): Promise<void> {
  await releaseRequests(id);
  const until = performance.now() + AFTER_RELEASE_MS;
  while (performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(200, until - performance.now())));
  }
}

/** One element of each kind, in a 640 px `lang="vi"` container, `src` set by `srcOf` before connection. */
function mountAll(srcOf: (tag: Tag) => string | undefined, tags: readonly Tag[] = TAGS): Chart[] {
  return tags.map((tag) => {
    const el = document.createElement(tag) as Chart['el'];
    const chart: Chart = { tag, el, root: undefined as unknown as ShadowRoot, loads: 0, errors: [] };
    el.addEventListener('ict-data-load', () => (chart.loads += 1));
    el.addEventListener('ict-data-error', (event) =>
      chart.errors.push((event as CustomEvent<{ issues: DataIssue[] }>).detail.issues),
    );
    const src = srcOf(tag);
    if (src !== undefined) el.setAttribute('src', urlFor(src, tag));
    container.append(el);
    chart.root = el.shadowRoot!;
    return chart;
  });
}

const hasAlert = (c: Chart) => c.root.querySelector('[role="alert"]') !== null;
const hasMarks = (c: Chart) => c.root.querySelector('svg.marks') !== null;

async function untilEach(charts: Chart[], check: (c: Chart) => boolean, what: string, ms = 15000) {
  await until(
    () => charts.every(check),
    `${what} (${charts
      .filter((c) => !check(c))
      .map((c) => c.tag)
      .join(', ')})`,
    ms,
  );
  await Promise.all(
    charts.map((c) => (c.el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
  );
}

/** What the element shows, for the assertions and their messages. */
function shown(c: Chart) {
  const alert = c.root.querySelector('[role="alert"]');
  const labelId = alert?.getAttribute('aria-labelledby') ?? '';
  return {
    alertName: labelId === '' ? '' : (c.root.getElementById(labelId)?.textContent ?? '').trim(),
    messages: texts(c.root, '[role="alert"] li'),
    status: (c.root.querySelector('[role="status"]')?.textContent ?? '').trim(),
    title: (c.root.querySelector('[part="title"]')?.textContent ?? '').trim(),
    summary: summaryText(c.root),
    marks: hasMarks(c),
    tableRows: c.root.querySelectorAll('table[part="table"] tr').length,
    sourceLine: c.root.querySelector('[part="source"]') !== null,
    navItems: c.root.querySelectorAll('[role="treeitem"]').length,
  };
}

/**
 * Only the error: an alert named "Không hiển thị được biểu đồ" listing the messages of the issues the
 * element reported (one `ict-data-error` with exactly `codes`), an idle status line, and nothing of any
 * document: no marks, table, summary, source line, navigation items, and the neutral title.
 */
function expectOnlyError(c: Chart, codes: readonly string[]): DataIssue[] {
  const what = shown(c);
  expect(c.errors.length, `${c.tag}: ict-data-error events`).to.equal(1);
  const issues = c.errors[0]!;
  expect(
    issues.map((i) => i.code),
    `${c.tag}: issue codes`,
  ).to.deep.equal(codes);
  expect(what, c.tag).to.deep.equal({
    alertName: VI.errorTitle,
    messages: issues.map((issue) => describeIssue(issue, 'vi')),
    status: '',
    title: VI.untitled,
    summary: '',
    marks: false,
    tableRows: 0,
    sourceLine: false,
    navItems: 0,
  });
  return issues;
}

/** The library's timers, listeners and observers still live once every element left the page. */
async function expectNothingLive(): Promise<void> {
  container.remove();
  // An aborted fetch settles a few tasks later; its timer is cleared then.
  try {
    await until(() => {
      const live = probe.live();
      return live.timeouts + live.intervals + live.frames === 0;
    }, 'the library timers to be cleared');
  } catch {
    /* reported by the assertion below */
  }
  const { mutationObservers, ...rest } = probe.live();
  expect(rest, probe.describeLive().join('\n')).to.deep.equal({
    resizeObservers: 0,
    intersectionObservers: 0,
    windowListeners: 0,
    documentListeners: 0,
    mediaListeners: 0,
    timeouts: 0,
    intervals: 0,
    frames: 0,
  });
  // The locale controller's one page-wide MutationObserver on <html> stays by design.
  expect(mutationObservers, probe.describeLive().join('\n')).to.be.at.most(1);
}

/** Longest main-thread block while `run` runs: long tasks where the engine reports them, else ping gaps. */
async function watchMainThread<T>(
  run: () => Promise<T>,
): Promise<{ value: T; ms: number; longest: number; how: string }> {
  const longTasks: number[] = [];
  const observer =
    typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('longtask')
      ? new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)))
      : undefined;
  observer?.observe({ type: 'longtask' });
  let stop = false;
  let gap = 0;
  const pinger = (async () => {
    let last = performance.now();
    while (!stop) {
      await yieldTask();
      const now = performance.now();
      gap = Math.max(gap, now - last);
      last = now;
    }
  })();
  const start = performance.now();
  const value = await run();
  const ms = performance.now() - start;
  stop = true;
  await pinger;
  observer?.disconnect();
  return {
    value,
    ms,
    longest: observer ? Math.max(0, ...longTasks) : gap,
    how: observer ? 'long task' : 'task gap',
  };
}

describe('hardening: network failures of src on the seven elements', function () {
  this.timeout(30000);

  before(async () => {
    await import('../../src/index.js');
    recordRequests();
  });

  after(() => {
    window.fetch = pageFetch;
  });

  beforeEach(() => {
    container = document.createElement('div');
    container.lang = 'vi';
    container.style.width = '640px';
    document.body.append(container);
  });

  afterEach(async () => {
    await expectNothingLive();
  });

  it('every element draws both seed documents from src (the baseline of the cases below)', async () => {
    for (const url of [DOC_A, DOC_B]) {
      const {
        value: charts,
        ms,
        longest,
        how,
      } = await watchMainThread(async () => {
        const all = mountAll(() => url);
        await untilEach(all, hasMarks, `the charts of ${url}`);
        return all;
      });
      // For comparison with the failure cases: a normal load of seven charts.
      console.log(
        `[hardening] reference, 7 elements drawing ${url}: ${Math.round(ms)} ms, longest main-thread block ${Math.round(longest)} ms (${how})`,
      );
      for (const c of charts) {
        expect(c.loads, c.tag).to.equal(1);
        expect(shown(c).tableRows, c.tag).to.be.greaterThan(1);
      }
      for (const c of charts) c.el.remove();
    }
  });

  const FAILURES: ReadonlyArray<{ name: string; src: string; codes: string[]; message: RegExp }> = [
    { name: '404', src: '/demo/data/no-such-file.json', codes: ['http-status'], message: /404/ },
    { name: '500', src: '/__test/status?code=500', codes: ['http-status'], message: /500/ },
    {
      name: 'a wrong content type (text/html, an SPA fallback page)',
      src: `/__test/type?ct=text/html&file=${DOC_A}`,
      codes: ['unsupported-content-type'],
      message: /text\/html/,
    },
    {
      name: 'invalid JSON (served as application/json)',
      src: '/__test/type?ct=application/json&file=/test/fixtures/controllers/invalid.json',
      codes: ['invalid-json'],
      message: /JSON/,
    },
    {
      name: 'a lost connection (the server destroys the socket)',
      src: '/__test/reset',
      codes: ['fetch-failed'],
      message: /__test\/reset/,
    },
  ];
  for (const failure of FAILURES) {
    it(`${failure.name}: loading status, then only the error alert, one ict-data-error`, async () => {
      const charts = mountAll(() => failure.src);
      await Promise.all(
        charts.map((c) => (c.el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
      );
      // Before the answer: the polite status line says so (it may already have answered: then the alert).
      for (const c of charts) {
        if (!hasAlert(c)) expect(shown(c).status, c.tag).to.equal(VI.loading);
      }
      await untilEach(charts, hasAlert, 'the alerts');
      for (const c of charts) {
        const issues = expectOnlyError(c, failure.codes);
        expect(describeIssue(issues[0]!, 'vi'), c.tag).to.match(failure.message);
        expect(c.loads, c.tag).to.equal(0);
      }
    });
  }

  it(`no answer within the default ${DEFAULT_TIMEOUT_MS / 1000} s: fetch-timeout alert, the request aborted (4 of the 7 elements)`, async function () {
    this.timeout(DEFAULT_TIMEOUT_MS + 30000);
    // One batch of 4: seven hanging requests would take all six connections a browser opens to one host.
    const tags = BATCHES[0]!;
    const id = requestId('hang');
    const start = performance.now();
    const charts = mountAll(() => `/__test/hang?id=${id}`, tags);
    await untilLogged(id, 'started', tags.length);
    for (const c of charts) {
      expect(shown(c).status, c.tag).to.equal(VI.loading);
      expect(shown(c).marks, c.tag).to.equal(false);
    }
    await untilEach(charts, hasAlert, 'the timeout alerts', DEFAULT_TIMEOUT_MS + 15000);
    const ms = performance.now() - start;
    console.log(`[hardening] timeout: alerts after ${Math.round(ms)} ms (limit ${DEFAULT_TIMEOUT_MS} ms)`);
    expect(ms).to.be.at.least(DEFAULT_TIMEOUT_MS - 50);
    for (const c of charts) expectOnlyError(c, ['fetch-timeout']);
    await untilAborted(id, tags.length);
  });

  it(`a 20 MiB file with Content-Length is refused unread (cap ${DEFAULT_MAX_BYTES / 1048576} MiB): out-of-range alert, page responsive`, async () => {
    // One element at a time, as on a page: seven 20 MiB answers at once saturate this 2-core machine.
    for (const tag of TAGS) {
      const id = requestId(`big-${tag}`);
      const measure = await watchMainThread(async () => {
        const [chart] = mountAll(() => `/__test/big?mb=20&id=${id}`, [tag]);
        await untilEach([chart!], hasAlert, 'the alert');
        return chart!;
      });
      console.log(
        `[hardening] 20 MiB with Content-Length, ${tag}: alert after ${Math.round(measure.ms)} ms, longest main-thread block ${Math.round(measure.longest)} ms (${measure.how})`,
      );
      const [issue] = expectOnlyError(measure.value, ['out-of-range']);
      // The declared length, known before reading any of the body (the server may still send it all).
      expect(issue!.got, tag).to.be.greaterThan(20 * 1048576);
      expect(measure.ms, tag).to.be.below(10000);
      expectResponsive(measure, tag);
      measure.value.el.remove();
      // The next case starts once this answer is over: a 20 MiB body still arriving (Firefox takes the rest of a
      // cancelled one) would weigh on the next measurement.
      await untilEnded(id, 1);
    }
  });

  it('a 20 MiB file streamed without Content-Length: reading stops past the cap, out-of-range alert, page responsive', async () => {
    const id = requestId('big-chunked');
    const tags: Tag[] = ['ict-bar-chart', 'ict-province-map'];
    const measure = await watchMainThread(async () => {
      // 64 KiB per 10 ms: 20 MiB take 3 s to send, the cap is passed after 0.8 s.
      const all = mountAll(() => `/__test/big?mb=20&chunked=1&pace=10&id=${id}`, tags);
      await untilEach(all, hasAlert, 'the alerts', 20000);
      return all;
    });
    console.log(
      `[hardening] 20 MiB streamed, 2 elements: alerts after ${Math.round(measure.ms)} ms, longest main-thread block ${Math.round(measure.longest)} ms (${measure.how})`,
    );
    for (const c of measure.value) {
      const [issue] = expectOnlyError(c, ['out-of-range']);
      // Stopped at the first chunk past the cap, before the end.
      expect(issue!.got, c.tag)
        .to.be.above(DEFAULT_MAX_BYTES)
        .and.below(20 * 1048576);
    }
    // The rest was not downloaded: the browser closed each stream before its end. Firefox's network process may
    // read ahead of the page and take the rest after the page cancelled its reader (1 CI run in 3): there the
    // check is the cap above, and the next case waits for this answer to end.
    if (navigator.userAgent.includes('Firefox/')) await untilEnded(id, tags.length);
    else await untilLogged(id, 'aborted', tags.length);
    expect(measure.ms).to.be.below(15000);
    expectResponsive(measure, 'streamed');
  });

  it('4.5 MiB just under the cap is read and parsed: an error alert (not a document), page responsive', async () => {
    const {
      value: charts,
      ms,
      longest,
      how,
    } = await watchMainThread(async () => {
      const all = mountAll(() => '/__test/big?mb=4.5', ['ict-bar-chart']);
      await untilEach(all, hasAlert, 'the alert', 20000);
      return all;
    });
    console.log(
      `[hardening] 4.5 MiB under the cap, parsed: alert after ${Math.round(ms)} ms, longest main-thread block ${Math.round(longest)} ms (${how})`,
    );
    const c = charts[0]!;
    expect(c.errors).to.have.length(1);
    expect(c.errors[0]!.map((i) => i.code)).not.to.include('out-of-range');
    expect(shown(c).marks).to.equal(false);
    expect(ms).to.be.below(15000);
  });

  it('offline (Chromium only: CDP fails the requests with net::ERR_INTERNET_DISCONNECTED): fetch-failed alert; back online, Retry draws the chart', async function () {
    const charts = mountAll(() => undefined);
    if (!(await executeServerCommand<boolean, { offline: boolean }>('network-offline', { offline: true }))) {
      this.skip();
    }
    try {
      for (const c of charts) c.el.setAttribute('src', urlFor(`${DOC_A}?offline=1`, c.tag));
      await untilEach(charts, hasAlert, 'the alerts');
    } finally {
      await executeServerCommand('network-offline', { offline: false });
    }
    for (const c of charts) expectOnlyError(c, ['fetch-failed']);
    for (const c of charts) (c.root.querySelector('[part~="retry-button"]') as HTMLButtonElement).click();
    await untilEach(charts, hasMarks, 'the charts after Retry');
    for (const c of charts) {
      expect(hasAlert(c), c.tag).to.equal(false);
      expect(c.loads, c.tag).to.equal(1);
    }
  });

  it('document A shown, then src fails: A disappears (marks, table, summary, title), only the error; a fixed src recovers and is announced', async function () {
    this.timeout(40000);
    const charts = mountAll(() => DOC_A);
    await untilEach(charts, hasMarks, 'document A');
    const before = new Map(charts.map((c) => [c, shown(c)]));
    // The polite status line already exists, empty: a change of its text is announced.
    const statusLine = (c: Chart) => c.root.querySelector('[role="status"]');
    const lines = new Map(charts.map((c) => [c, statusLine(c)]));
    for (const c of charts) {
      expect(lines.get(c), c.tag).to.exist;
      expect(before.get(c)!.summary, c.tag).not.to.equal('');
      expect(before.get(c)!.title, c.tag).not.to.equal(VI.untitled);
    }

    const slowFail = requestId('slow-500');
    for (const c of charts)
      c.el.setAttribute('src', urlFor(`/__test/delay?ms=600&id=${slowFail}&file=/no-such-file.json`, c.tag));
    await Promise.all(
      charts.map((c) => (c.el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
    // While the new src loads, A is already gone: only the loading status.
    for (const c of charts) {
      const now = shown(c);
      expect(now.status, c.tag).to.equal(VI.loading);
      expect(statusLine(c) === lines.get(c), `${c.tag}: the same live status element`).to.equal(true);
      expect([now.marks, now.tableRows, now.summary], c.tag).to.deep.equal([false, 0, '']);
      expect(now.title, `${c.tag}: the title of A while loading`).not.to.equal(before.get(c)!.title);
    }
    await untilEach(charts, hasAlert, 'the alerts');
    for (const c of charts) {
      expectOnlyError(c, ['http-status']);
      expect(c.root.textContent, `${c.tag}: A's summary`).not.to.contain(before.get(c)!.summary);
    }

    // Fixed: document B. The error goes, B is drawn, and the update is said in the polite live region.
    for (const c of charts) c.el.setAttribute('src', urlFor(DOC_B, c.tag));
    await untilEach(charts, hasMarks, 'document B');
    for (const c of charts) {
      const now = shown(c);
      expect(hasAlert(c), c.tag).to.equal(false);
      expect(now.status, c.tag).to.equal('');
      expect(now.tableRows, c.tag).to.be.greaterThan(1);
      expect(now.summary, c.tag).not.to.equal('');
      expect(c.loads, c.tag).to.equal(2);
    }
    const live = (c: Chart) => (c.root.querySelector('[part="live"]')?.textContent ?? '').trim();
    await untilEach(charts, (c) => live(c) !== '', 'the update announcements', 10000);
    for (const c of charts) {
      expect(live(c), c.tag).to.equal(VI.dataUpdated(shown(c).title, extractCount(live(c))));
    }
  });

  for (const tags of BATCHES) {
    it(`a slow answer arriving after src changed is never shown, to an error or to another document (${tags.join(', ')})`, async function () {
      this.timeout(40000);
      // Slow A replaced by a failing src: the error stays, A never appears, the slow request is aborted.
      // The slow answers are held by the server until released: they can only come after src changed.
      const slowA = requestId('slow-a');
      const charts = mountAll(() => `/__test/delay?hold=1&id=${slowA}&file=${DOC_A}`, tags);
      await untilLogged(slowA, 'started', tags.length);
      for (const c of charts) c.el.setAttribute('src', urlFor('/__test/status?code=503', c.tag));
      await untilEach(charts, hasAlert, 'the alerts');
      await untilAborted(slowA, tags.length);
      await releaseAndWait(slowA); // a slow answer not aborted would be shown by now
      for (const c of charts) {
        expectOnlyError(c, ['http-status']);
        expect(c.loads, c.tag).to.equal(0);
      }
      for (const c of charts) c.el.remove();

      // A slow failure replaced by document B: B stays, the failure is never shown nor reported.
      const slowFail = requestId('slow-fail');
      const others = mountAll(() => `/__test/delay?hold=1&id=${slowFail}&file=/no-such-file.json`, tags);
      await untilLogged(slowFail, 'started', tags.length);
      for (const c of others) c.el.setAttribute('src', urlFor(DOC_B, c.tag));
      await untilEach(others, hasMarks, 'document B');
      await untilAborted(slowFail, tags.length);
      await releaseAndWait(slowFail);
      for (const c of others) {
        expect(hasAlert(c), c.tag).to.equal(false);
        expect(c.errors, c.tag).to.deep.equal([]);
        expect(c.loads, c.tag).to.equal(1);
        expect(hasMarks(c), c.tag).to.equal(true);
      }
    });

    it(`removed while loading: the request is aborted, no event, nothing left running; back on the page it loads (${tags.join(', ')})`, async () => {
      const id = requestId('removed');
      const charts = mountAll(() => `/__test/delay?ms=3000&id=${id}&file=${DOC_A}`, tags);
      await untilLogged(id, 'started', tags.length);
      for (const c of charts) c.el.remove();
      await untilAborted(id, tags.length);
      // Each fetch's time-limit timer is cleared with it.
      await until(() => probe.live().timeouts === 0, 'the fetch timers to be cleared');
      for (const c of charts) {
        expect([c.loads, c.errors.length], c.tag).to.deep.equal([0, 0]);
        expect(shown(c).marks, c.tag).to.equal(false);
      }
      for (const c of charts) container.append(c.el);
      await untilLogged(id, 'started', 2 * tags.length);
      await untilEach(charts, hasMarks, 'document A after reconnection');
      for (const c of charts) expect([c.loads, c.errors.length], c.tag).to.deep.equal([1, 0]);
    });
  }
});

/** The value count in a "… N giá trị." announcement. */
function extractCount(text: string): number {
  return Number(/(\d+) giá trị\.$/.exec(text)?.[1] ?? NaN);
}
