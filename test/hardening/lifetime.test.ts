// Issue 7, "Lifetime": create, render, update and remove 1 000 elements (the seven kinds in turn), change
// `lang`, `theme` and `data` 1 000 times on live elements, remove them: no ResizeObserver,
// IntersectionObserver, MutationObserver, listener on window / document / media query lists, timer, interval
// or animation frame of the library may be left (counted by ./instrument.ts, in every engine), and the JS
// heap after garbage collection returns to within 10 % of its start (Chromium only: CDP).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { installInstrumentation, type LiveCounts } from './instrument.js';
import { yieldTask } from '../helpers/keys.js';
import { ELEMENT_TAGS } from '../helpers/tags.js';

// Before the library is imported (dynamically, in `before`): every observer, listener and timer it makes
// goes through the wrappers.
const probe = installInstrumentation();

const TAGS = ELEMENT_TAGS;

const LOOPS = 1000;
const CHANGES = 1000;

interface Heap {
  usedSize: number;
  totalSize: number;
}

type Chart = HTMLElement & { data?: unknown; theme?: string; updateComplete: Promise<unknown> };

/** Nothing live at all, except the locale controller's one page-wide MutationObserver on <html>. */
const NOTHING_LIVE: LiveCounts = {
  resizeObservers: 0,
  intersectionObservers: 0,
  mutationObservers: 1,
  windowListeners: 0,
  documentListeners: 0,
  mediaListeners: 0,
  timeouts: 0,
  intervals: 0,
  frames: 0,
};

let docA: unknown;
let docB: unknown;
let container: HTMLDivElement;
let heapStart: Heap | null = null;
/** Loops run to their end (their counts checked or not), for the heap test. */
let phasesDone = 0;
/** Every element the two loops removed, weakly: after a full GC none may be alive. */
const removed: WeakRef<Chart>[] = [];
let tracking = false;

/** Waits (tasks, not timers or frames: the page may be in the background) until `check` holds. */
async function until(check: () => boolean, what: string, ms = 20000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await yieldTask();
  }
}

const drawn = (el: Chart) => el.shadowRoot?.querySelector('svg.marks') != null;

/** A copy of `doc` with lower values (counts stay whole numbers): other marks, same shape. */
function lowered(doc: unknown): unknown {
  const copy = structuredClone(doc) as { observations: { value: unknown }[] };
  for (const o of copy.observations) {
    if (typeof o.value !== 'number') continue;
    if (!Number.isInteger(o.value)) o.value *= 0.9;
    else if (o.value >= 1) o.value -= 1;
  }
  return copy;
}

/** Create, render, update, remove: one cycle of the loop. */
async function cycle(i: number): Promise<void> {
  const el = document.createElement(TAGS[i % TAGS.length]!) as Chart;
  el.data = docA;
  container.append(el);
  await until(() => drawn(el), `${el.localName} #${i} to draw`);
  el.data = docB;
  await el.updateComplete;
  if (tracking) removed.push(new WeakRef(el));
  if (!drawn(el)) {
    const root = el.shadowRoot!;
    const state = (root.querySelector('[role="alert"]') ?? root.querySelector('[role="status"]'))
      ?.textContent;
    throw new Error(`${el.localName} #${i} did not draw the update: ${state?.replace(/\s+/g, ' ')}`);
  }
  el.remove();
}

/** `count` changes of lang, theme and data, in turn, spread over the live elements; each one rendered. */
async function changes(charts: Chart[], count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const el = charts[i % charts.length]!;
    const round = Math.floor(i / charts.length);
    switch (round % 3) {
      case 0:
        el.lang = round % 2 === 0 ? 'en' : 'vi';
        await Promise.resolve(); // the locale controller hears of it through a MutationObserver
        break;
      case 1:
        el.theme = round % 2 === 0 ? 'dark' : 'light';
        break;
      default:
        el.data = el.data === docA ? docB : docA;
    }
    await el.updateComplete;
  }
}

async function mountLive(): Promise<Chart[]> {
  const charts = TAGS.map((tag) => {
    const el = document.createElement(tag) as Chart;
    if (tracking) removed.push(new WeakRef(el));
    el.data = docA;
    container.append(el);
    return el;
  });
  await until(() => charts.every(drawn), 'the live charts to draw');
  return charts;
}

/** One `loading="lazy"` element of each kind, three viewports below the top: they show their frame, not their plot. */
async function mountWaiting(): Promise<Chart[]> {
  const spacer = document.createElement('div');
  spacer.style.height = `${3 * innerHeight}px`;
  container.append(spacer);
  const charts = TAGS.map((tag) => {
    const el = document.createElement(tag) as Chart;
    el.setAttribute('loading', 'lazy');
    if (tracking) removed.push(new WeakRef(el));
    el.data = docA;
    container.append(el);
    return el;
  });
  await until(
    () => charts.every((el) => el.shadowRoot?.querySelector('[part="deferred-plot"]') != null),
    'the waiting charts to show their frames',
  );
  spacer.remove();
  return charts;
}

/** A few cycles and changes; in a function of its own so that none of its elements is still referenced. */
async function warmUp(): Promise<void> {
  for (let i = 0; i < 15 * TAGS.length; i++) await cycle(i);
  const warm = await mountLive();
  await changes(warm, 30 * TAGS.length);
  for (const el of warm) el.remove();
}

/** The JS heap after full GCs, or null where the engine has no CDP (the command answers `false`). */
async function heap(): Promise<Heap | null> {
  return (await executeServerCommand<Heap | false, { gc: boolean }>('heap-usage', { gc: true })) || null;
}

const mib = (bytes: number) => (bytes / 1048576).toFixed(2);

/** The counts once every element left: the library's records drop synchronously on disconnection. */
function expectNothingLive(phase: string): void {
  expect(probe.live(), `${phase}:\n${probe.describeLive().join('\n')}`).to.deep.equal(NOTHING_LIVE);
}

describe('hardening: lifetime of the seven elements', function () {
  this.timeout(180000);

  before(async function () {
    this.timeout(120000);
    await import('../../src/index.js');
    docA = await (await fetch('/demo/data/ha-tinh-2020.json')).json();
    docB = lowered(docA);
    container = document.createElement('div');
    container.lang = 'vi';
    container.style.width = '480px';
    document.body.append(container);

    // Warm-up: every element kind, module, lazy import (the map's d3-geo and boundaries), template and
    // cache is made once before the heap is first measured.
    const start = performance.now();
    await warmUp();
    heapStart = await heap();
    tracking = true;
    console.log(
      `[hardening] lifetime warm-up: ${Math.round(performance.now() - start)} ms; heap after GC ${heapStart ? `${mib(heapStart.usedSize)} MiB` : 'not measured (no CDP in this engine)'}`,
    );
  });

  after(() => container.remove());

  it(`create, render, update and remove ${LOOPS} elements (the seven in turn): no observer, listener, timer or frame left`, async () => {
    const createdBefore = probe.created();
    const start = performance.now();
    for (let i = 0; i < LOOPS; i++) {
      await cycle(i);
      // Halfway, with one element of each kind on the page: the wrappers see what the library holds.
      if (i === LOOPS / 2) {
        const live = await mountLive();
        const counts = probe.live();
        console.log(`[hardening] live with ${TAGS.length} elements connected: ${JSON.stringify(counts)}`);
        expect(counts.resizeObservers, 'one ResizeObserver per connected element').to.equal(TAGS.length);
        expect(counts.mediaListeners, 'media query listeners while connected').to.be.greaterThan(0);
        expect(counts.intersectionObservers, 'no IntersectionObserver for eager charts').to.equal(0);
        for (const el of live) el.remove();
        // `loading="lazy"` charts far below the viewport each watch it until they draw or leave.
        const waiting = await mountWaiting();
        expect(probe.live().intersectionObservers, 'one per waiting lazy chart').to.equal(TAGS.length);
        for (const el of waiting) el.remove();
      }
    }
    const ms = performance.now() - start;
    const created = probe.created();
    console.log(
      `[hardening] lifetime: ${LOOPS} create/render/update/remove cycles in ${Math.round(ms)} ms; created by the library meanwhile: ${JSON.stringify(
        Object.fromEntries(
          Object.entries(created).map(([k, v]) => [k, v - createdBefore[k as keyof typeof created]]),
        ),
      )}`,
    );
    // The wrappers were in effect: every element made its ResizeObserver through them.
    expect(created.resizeObservers - createdBefore.resizeObservers).to.be.at.least(LOOPS);
    expect(created.listeners - createdBefore.listeners).to.be.at.least(LOOPS);
    phasesDone += 1;
    expectNothingLive(`after ${LOOPS} cycles`);
  });

  it(`change lang, theme and data ${CHANGES} times on live elements, then remove them: nothing left`, async () => {
    const charts = await mountLive();
    const start = performance.now();
    await changes(charts, CHANGES);
    const ms = performance.now() - start;
    for (const el of charts) expect(drawn(el), el.localName).to.equal(true);
    // One more data change each: their announcements (debounced 1 s) are pending; removal must cancel them.
    for (const el of charts) {
      el.data = el.data === docA ? docB : docA;
      await el.updateComplete;
    }
    const live = probe.live();
    console.log(
      `[hardening] lifetime: ${CHANGES} lang/theme/data changes in ${Math.round(ms)} ms; live before removal: ${JSON.stringify(live)}`,
    );
    expect(live.resizeObservers).to.equal(TAGS.length);
    expect(live.timeouts, 'pending announcements').to.be.greaterThan(0);
    for (const el of charts) el.remove();
    phasesDone += 1;
    expectNothingLive(`after ${CHANGES} changes and removal`);
  });

  it('the JS heap after GC returns to within 10 % of its start, and no removed element survives it (Chromium only: CDP heap)', async function () {
    if (heapStart === null) this.skip();
    expect(phasesDone, 'the two loops above ran').to.equal(2);
    const end = (await heap())!;
    const drift = (end.usedSize / heapStart!.usedSize - 1) * 100;
    const alive = removed.map((ref) => ref.deref()).filter((el): el is Chart => el !== undefined);
    console.log(
      `[hardening] heap after GC: start ${mib(heapStart!.usedSize)} MiB, end ${mib(end.usedSize)} MiB, drift ${drift.toFixed(1)} %; removed elements still alive: ${alive.length} of ${removed.length}`,
    );
    expect(
      alive.map((el) => el.localName),
      'removed elements kept alive',
    ).to.deep.equal([]);
    expect(end.usedSize).to.be.at.most(heapStart!.usedSize * 1.1);
  });
});
