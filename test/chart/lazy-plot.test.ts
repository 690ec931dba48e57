// `loading="lazy"` (issue 6: defer off-screen instances with IntersectionObserver while keeping their accessible
// summary): a chart far below the viewport shows its title, summary and data table at once and draws its plot
// only when it comes near the viewport, gets focus or a pointer, or the page is printed. Run on every element
// with a seed document it draws.
import { html } from 'lit';
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { LazyPlotController } from '../../src/chart/controllers/lazy-plot-controller.js';
import { axeViolations } from '../helpers/ax.js';
import { chartReady, mountChart, until } from '../helpers/chart.js';
import { loadDemo, mount } from '../helpers/fixtures.js';
import { deepActiveElement, press, yieldTask } from '../helpers/keys.js';
import { SEED_CASES, type ElementTag } from '../helpers/tags.js';

type Chart = HTMLElement & {
  data?: unknown;
  loading: string;
  updateComplete: Promise<unknown>;
};

/** The element's lazy-plot controller (a private field, read here to check its observer is gone). */
const lazyOf = (el: Chart) => (el as unknown as { lazy: LazyPlotController }).lazy;

const drawn = (root: ShadowRoot) => root.querySelector('svg.marks') !== null;
const text = (root: ShadowRoot, selector: string) =>
  (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * A page whose first 3 viewports are a spacer, then a button and `<tag loading="lazy">` with `props` and `data`:
 * the chart starts a viewport beyond the margin in which a lazy chart draws. Resolves once its frame is there.
 */
async function mountFar(tag: ElementTag, data: unknown, props: Record<string, unknown> = {}) {
  const wrapper = await mount<HTMLDivElement>(
    html`<div style="width:640px" lang="vi">
      <div class="spacer" style=${`height:${3 * innerHeight}px`}></div>
      <button>before</button>
    </div>`,
  );
  const el = document.createElement(tag) as Chart;
  Object.assign(el, props);
  el.loading = 'lazy';
  el.data = data;
  wrapper.append(el);
  await chartReady(el, '.deferred-plot, svg.marks, [role="alert"]');
  // Time for the observer's first report (that the chart is far away) to come and be acted on.
  for (let i = 0; i < 20; i++) await yieldTask();
  await el.updateComplete;
  return { el, root: el.shadowRoot!, wrapper, before: wrapper.querySelector('button')! };
}

const box = (el: Element | null) => {
  const r = el!.getBoundingClientRect();
  return { width: Math.round(r.width * 2) / 2, height: Math.round(r.height * 2) / 2 };
};

describe('loading="lazy"', function () {
  this.timeout(60_000);

  beforeEach(() => scrollTo(0, 0));

  for (const [tag, demo, props] of SEED_CASES) {
    it(`${tag}: far from the viewport, its title, summary and table are there and its plot is not; near it, the plot is drawn in the box kept for it`, async () => {
      const doc = await loadDemo(demo);
      // The same chart drawn at once, for reference.
      const eager = await mountChart<Chart>(tag, doc, props);
      expect(drawn(eager.root), 'reference drawn').to.equal(true);
      const reference = {
        title: text(eager.root, '[part="title"]'),
        summary: text(eager.root, '[part="summary"]'),
        rows: eager.root.querySelectorAll('[part~="row-header"]').length,
        plot: box(eager.root.querySelector('.plot')),
      };
      eager.wrapper.remove();
      expect(reference.rows, 'reference table').to.be.greaterThan(0);

      const { el, root } = await mountFar(tag, doc, props);
      expect(drawn(root), 'plot drawn while far away').to.equal(false);
      expect(root.querySelector('[role="tree"]'), 'keyboard tree while far away').to.equal(null);
      expect(text(root, '[part="title"]')).to.equal(reference.title);
      expect(text(root, '[part="summary"]')).to.equal(reference.summary);
      expect(root.querySelectorAll('[part~="row-header"]').length).to.equal(reference.rows);
      const kept = box(root.querySelector('[part="deferred-plot"]'));
      expect(kept, 'the box kept for the plot').to.deep.equal(reference.plot);
      expect(lazyOf(el).watching).to.equal(true);

      el.scrollIntoView();
      await until(() => drawn(root), 'the plot drawn near the viewport');
      await el.updateComplete;
      expect(root.querySelector('[part="deferred-plot"]')).to.equal(null);
      expect(root.querySelector('[role="tree"]'), 'keyboard tree').to.not.equal(null);
      expect(box(root.querySelector('.plot')), 'plot in the kept box').to.deep.equal(kept);
      expect(lazyOf(el).watching, 'observer and listeners removed once drawn').to.equal(false);
    });
  }

  it('is eager by default: a chart far below the viewport draws at once', async () => {
    const doc = await loadDemo('ha-tinh-2020');
    const { el, root } = await mountFar('ict-egov-level', doc);
    // Beside the lazy one, an element made without `loading`:
    const plain = document.createElement('ict-egov-level') as Chart;
    plain.data = doc;
    el.after(plain);
    await chartReady(plain);
    expect(plain.loading).to.equal('eager');
    expect(drawn(plain.shadowRoot!)).to.equal(true);
    expect(drawn(root)).to.equal(false);
  });

  it('draws when focus enters the chart, without scrolling (a keyboard user reaching its toolbar)', async () => {
    const { el, root } = await mountFar('ict-bar-chart', await loadDemo('ben-tre-2016'), SEED_CASES[0][2]);
    const button = root.querySelector<HTMLButtonElement>('[part~="button"]')!;
    button.focus({ preventScroll: true });
    await until(() => drawn(root), 'the plot drawn on focus');
    expect(scrollY, 'not scrolled').to.equal(0);
    expect(lazyOf(el).watching).to.equal(false);
  });

  it('Tab from the button before it reaches the toolbar, then the marks', async () => {
    const { root, before } = await mountFar(
      'ict-bar-chart',
      await loadDemo('ben-tre-2016'),
      SEED_CASES[0][2],
    );
    before.focus();
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await press('Tab');
      reached = deepActiveElement()?.getAttribute('role') === 'treeitem';
    }
    expect(reached, 'focus on a bar of the lazily drawn chart').to.equal(true);
    expect(drawn(root)).to.equal(true);
  });

  it('draws on a pointer press and before printing, while still far away', async () => {
    const doc = await loadDemo('ben-tre-2016');
    const a = await mountFar('ict-bar-chart', doc, SEED_CASES[0][2]);
    a.el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await until(() => drawn(a.root), 'the plot drawn on pointerdown');

    const b = await mountFar('ict-indicator-trend', doc, SEED_CASES[5][2]);
    const c = await mountFar('ict-coverage', await loadDemo('dien-bien-2022'));
    expect(drawn(b.root) || drawn(c.root)).to.equal(false);
    dispatchEvent(new Event('beforeprint'));
    await until(() => drawn(b.root) && drawn(c.root), 'every waiting plot drawn before printing');
    expect(scrollY).to.equal(0);
  });

  it('draws at once when `loading` becomes eager; removing a waiting chart removes its observer', async () => {
    const doc = await loadDemo('ha-tinh-2020');
    const a = await mountFar('ict-subscriber-density', doc);
    expect(lazyOf(a.el).watching).to.equal(true);
    a.el.loading = 'eager';
    await until(() => drawn(a.root), 'the plot drawn once eager');
    expect(lazyOf(a.el).watching).to.equal(false);

    const b = await mountFar('ict-subscriber-density', doc);
    expect(lazyOf(b.el).watching).to.equal(true);
    b.el.remove();
    expect(lazyOf(b.el).watching, 'disconnected').to.equal(false);
    // Put back far away, it waits again.
    b.wrapper.append(b.el);
    expect(lazyOf(b.el).watching, 'reconnected').to.equal(true);
  });

  it('a waiting chart has no axe violations', async () => {
    const { el } = await mountFar('ict-province-compare', await loadDemo('all-seed-facts'), SEED_CASES[3][2]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
