import { expect } from '@open-wc/testing';
import { LitElement, html, svg } from 'lit';
import {
  FRAME_NODE_BUDGET,
  MAX_FRAMES,
  ProgressiveController,
  SLOW_UPDATE_MS,
} from '../../../src/chart/controllers/progressive-controller.js';
import { pendingWork } from '../../../src/chart/controllers/pending-work.js';
import { uniqueTag } from './support.js';

/** A throwaway host drawing `items` as circles through the controller (its `updateComplete` is lit's own). */
class ListHost extends LitElement {
  static override properties = { items: { attribute: false }, other: { attribute: false } };
  declare items: readonly number[];
  declare other: readonly number[];
  /** Elements each item of `other` counts for (a heavy mark, without drawing that many). */
  otherCost = 2;
  /** Milliseconds the next render computes before its lists (as a chart's new view does). */
  computeMs = 0;
  readonly progressive = new ProgressiveController(this);
  /** How many times each item was rendered. */
  readonly renders = new Map<number, number>();

  constructor() {
    super();
    this.items = [];
    this.other = [];
  }

  private circle(n: number) {
    this.renders.set(n, (this.renders.get(n) ?? 0) + 1);
    return svg`<circle data-n=${n} r="1"></circle>`;
  }

  override render() {
    const until = performance.now() + this.computeMs;
    while (performance.now() < until) {
      // busy: the layout and texts of new data
    }
    this.computeMs = 0;
    return html`<svg>
      ${this.progressive.list('items', this.items, (n) => this.circle(n))}
      ${this.progressive.list('other', this.other, (n) => svg`<rect data-n=${n}></rect>`, this.otherCost)}
    </svg>`;
  }
}
const TAG = uniqueTag('x-progressive');
customElements.define(TAG, ListHost);

/** The next animation frame (the controller's, asked for earlier, runs before) and the update it made. */
async function nextFrame(el: ListHost): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

const range = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);
const circles = (host: ListHost): number => host.renderRoot.querySelectorAll('circle').length;

async function host(): Promise<ListHost> {
  const el = document.createElement(TAG) as ListHost;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/**
 * Assigns with `assign` and waits for the first render, again (up to 3 times) when that render got the cut budget
 * of a slow update: a busy test machine may pause the page between an update's start and its lists.
 */
async function firstRender(el: ListHost, assign: () => void): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    el.items = [];
    el.other = [];
    await el.updateComplete;
    assign();
    await el.updateComplete;
    if (el.progressive.renderBudget === FRAME_NODE_BUDGET) return;
  }
}

async function drawn(el: ListHost): Promise<void> {
  for (let work = pendingWork(el); work !== undefined; work = pendingWork(el)) {
    await work;
    await el.updateComplete;
  }
}

describe('ProgressiveController', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll(TAG)) el.remove();
  });

  it('draws a list within the frame budget at once, in item order, with nothing pending', async () => {
    const el = await host();
    await firstRender(el, () => (el.items = range(FRAME_NODE_BUDGET)));
    expect(el.progressive.renderBudget).to.equal(FRAME_NODE_BUDGET);
    expect(circles(el)).to.equal(FRAME_NODE_BUDGET);
    expect(el.progressive.drawing).to.equal(false);
    expect(pendingWork(el)).to.equal(undefined);
    const order = [...el.renderRoot.querySelectorAll('circle')].map((c) => Number(c.dataset['n']));
    expect(order).to.deep.equal(range(FRAME_NODE_BUDGET));
    expect(el.renderRoot.querySelector('g.chunk'), 'the same DOM as a plain list').to.equal(null);
  });

  it('draws a longer list over several frames, the budget per frame, each item rendered once', async () => {
    const el = await host();
    const total = FRAME_NODE_BUDGET * 3 + 123;
    el.items = range(total);
    await el.updateComplete;
    expect(circles(el), 'the first frame').to.equal(el.progressive.renderBudget);
    expect(el.progressive.renderBudget).to.be.within(FRAME_NODE_BUDGET / 4, FRAME_NODE_BUDGET);
    expect(el.progressive.drawing).to.equal(true);
    const counts = [circles(el)];
    await nextFrame(el);
    counts.push(circles(el));
    await drawn(el);
    counts.push(circles(el));
    expect(counts[1], 'the second frame adds more').to.be.above(counts[0]!);
    expect(counts[2]).to.equal(total);
    const order = [...el.renderRoot.querySelectorAll('circle')].map((c) => Number(c.dataset['n']));
    expect(order).to.deep.equal(range(total));
    // guard: a frame that adds a chunk does not render the chunks already drawn again.
    expect(Math.max(...el.renders.values())).to.equal(1);
    expect(el.renders.size).to.equal(total);
    // Each chunk is a group of its own, so that a frame lays out its new group only.
    const groups = [...el.renderRoot.querySelectorAll('svg > g.chunk')];
    expect(groups.length).to.be.above(1);
    expect(groups.map((g) => g.childElementCount).reduce((a, b) => a + b)).to.equal(total);
    expect(el.progressive.drawing).to.equal(false);
  });

  it('draws a quarter of the budget in a frame whose update has already computed for long', async () => {
    const el = await host();
    el.computeMs = SLOW_UPDATE_MS + 10;
    el.items = range(FRAME_NODE_BUDGET * 2);
    await el.updateComplete;
    expect(el.progressive.renderBudget).to.equal(FRAME_NODE_BUDGET / 4);
    expect(circles(el)).to.equal(FRAME_NODE_BUDGET / 4);
    await nextFrame(el);
    expect(circles(el), 'the next frame, with nothing to compute').to.equal(
      FRAME_NODE_BUDGET / 4 + el.progressive.renderBudget,
    );
    await drawn(el);
    expect(circles(el)).to.equal(FRAME_NODE_BUDGET * 2);
  });

  it('shares the budget between the lists of one render, by their cost per item', async () => {
    const el = await host();
    await firstRender(el, () => {
      el.items = range(FRAME_NODE_BUDGET / 2);
      el.other = range(FRAME_NODE_BUDGET);
    });
    expect(el.progressive.renderBudget).to.equal(FRAME_NODE_BUDGET);
    // The circles take half the budget; the rects cost 2 each, so a quarter of them fit (whole chunks).
    expect(circles(el)).to.equal(FRAME_NODE_BUDGET / 2);
    const rects = el.renderRoot.querySelectorAll('rect').length;
    expect(rects)
      .to.be.above(0)
      .and.at.most(FRAME_NODE_BUDGET / 4);
    await drawn(el);
    expect(el.renderRoot.querySelectorAll('rect').length).to.equal(FRAME_NODE_BUDGET);
  });

  it('starts again from the first chunk for new items, without a stale mark', async () => {
    const el = await host();
    el.items = range(FRAME_NODE_BUDGET * 3);
    await drawn(el);
    el.items = range(FRAME_NODE_BUDGET * 2, 100_000);
    await el.updateComplete;
    const first = [...el.renderRoot.querySelectorAll('circle')].map((c) => Number(c.dataset['n']));
    expect(first).to.deep.equal(range(el.progressive.renderBudget, 100_000));
    await drawn(el);
    expect(circles(el)).to.equal(FRAME_NODE_BUDGET * 2);
    expect(el.renderRoot.querySelector('circle[data-n="0"]')).to.equal(null);
  });

  it('draws a list too long for MAX_FRAMES in MAX_FRAMES frames (plus the first)', async () => {
    const el = await host();
    // Three times what MAX_FRAMES frames of the budget draw, in items counted as 100 elements each: the test
    // draws 1 800 rects, not 180 000 circles (which took over 10 s in Firefox on the CI machine).
    el.otherCost = 100;
    const total = (FRAME_NODE_BUDGET * MAX_FRAMES * 3) / 100;
    el.other = range(total);
    let frames = 1;
    await el.updateComplete;
    while (el.progressive.drawing) {
      await nextFrame(el);
      frames += 1;
      expect(frames, 'frames').to.be.at.most(MAX_FRAMES + 3);
    }
    expect(el.renderRoot.querySelectorAll('rect')).to.have.length(total);
  });

  it('releases a waiter when the host leaves the page, and draws the rest when it comes back', async () => {
    const el = await host();
    el.items = range(FRAME_NODE_BUDGET * 4);
    await el.updateComplete;
    const work = pendingWork(el);
    expect(work).to.not.equal(undefined);
    el.remove();
    await work; // resolves: nothing is drawn off the page
    expect(pendingWork(el)).to.equal(undefined);
    const partial = circles(el);
    for (let i = 0; i < 3; i++) await nextFrame(el);
    expect(circles(el), 'no frame is drawn off the page').to.equal(partial);
    document.body.append(el);
    await el.updateComplete;
    await drawn(el);
    expect(circles(el)).to.equal(FRAME_NODE_BUDGET * 4);
  });
});
