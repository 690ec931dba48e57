// Issue 7, "Hostile host page": the seven charts on a page with aggressive global CSS (a reset, Bootstrap,
// `* { box-sizing: content-box; line-height: 3; font-size: 20px !important }`, `svg { width: 100% !important }`,
// `text { fill: red }`, `table { display: none }`), a `<base href>` on another site and a second, separately
// built copy of the library (its own lit) must render exactly as on a clean page whose charts have the same
// host font size (see HOST_FONT). Both pages are iframes of the same size served by the test server
// (fixtures/clean.html, fixtures/hostile.html, fixtures/page.ts).
import { expect } from '@open-wc/testing';
import { until } from '../helpers/chart.js';
import { PAGE_SELECTORS, TAGS, computedStyleOf, type FixtureState } from './fixtures/page-shared.js';

/**
 * The font size the hostile page's `* { font-size: 20px !important }` gives the chart elements. A host's
 * font size is the one thing a chart deliberately takes from the page (every size inside is in em, so page
 * styles and 200 % text can resize it: test/chart/styles.test.ts), so the clean page's charts get it too.
 */
const HOST_FONT = '20px';
const FRAME_WIDTH = 720;
const FRAME_HEIGHT = 9000;
/** Largest position or size difference accepted between the two pages, in CSS px. */
const TOLERANCE = 0.5;
/** SVG elements counted as marks in the figures printed. */
const MARK_TAGS = new Set(['rect', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text']);
/** Computed properties compared for every element of a chart's shadow tree. */
const STYLE_PROPS = [
  'display',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'color',
  'fill',
  'stroke',
  'box-sizing',
];
/** Page properties that follow the page's content size, which the charts make grow. */
const SIZE_PROPS = new Set([
  'height',
  'block-size',
  'width',
  'inline-size',
  'perspective-origin',
  'transform-origin',
]);

interface Page {
  frame: HTMLIFrameElement;
  win: Window;
  doc: Document;
  state: FixtureState;
}

/** One element of a chart's shadow tree: what it is, its own text, its box relative to the host. */
interface Item {
  key: string;
  text: string;
  box: [number, number, number, number];
  style: string[];
  mark: boolean;
}

interface Snapshot {
  host: [number, number];
  items: Item[];
}

const frames: HTMLIFrameElement[] = [];

/** Opens a fixture page in a fresh iframe and waits until every copy it names has been tried. */
async function openPage(file: string, query: string): Promise<Page> {
  const frame = document.createElement('iframe');
  // In the viewport: an iframe out of sight may get no resize observations or frames.
  frame.style.cssText = `position: fixed; left: 0; top: 0; width: ${FRAME_WIDTH}px; height: ${FRAME_HEIGHT}px; border: 0;`;
  frame.src = `/test/hardening/fixtures/${file}?${query}`;
  document.body.append(frame);
  frames.push(frame);
  await until(() => frame.contentWindow?.hostileFixture?.done === true, `${file} loaded`, 60000);
  const win = frame.contentWindow!;
  return { frame, win, doc: win.document, state: win.hostileFixture! };
}

/** The chart of `tag` in the page's chart list. */
const chartOf = (page: Page, tag: string): HTMLElement =>
  page.doc.querySelector<HTMLElement>(`#charts ${tag}`)!;

/** True when the chart shows its marks (and, for the map, its 63 provinces) and no error. */
function drawn(page: Page, tag: string): boolean {
  const root = chartOf(page, tag)?.shadowRoot;
  if (!root || root.querySelector('[role="alert"]') || !root.querySelector('svg.marks')) return false;
  return tag !== 'ict-province-map' || root.querySelectorAll('path.unit').length === 63;
}

const ownText = (el: Element): string =>
  [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** Every element of the chart's shadow tree (styles and pattern tiles aside), in document order. */
function snapshot(host: HTMLElement): Snapshot {
  const view = host.ownerDocument.defaultView!;
  const origin = host.getBoundingClientRect();
  const r = (v: number): number => Math.round(v * 100) / 100;
  const items = [...host.shadowRoot!.querySelectorAll('*')]
    .filter((el) => !el.closest('style, defs, template'))
    .map((el): Item => {
      const box = el.getBoundingClientRect();
      const style = view.getComputedStyle(el);
      return {
        key: `${el.localName}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}`,
        text: ownText(el),
        // Not rendered (a closed dialog, display: contents): no box, whose origin would be the viewport's.
        box:
          el.getClientRects().length === 0
            ? [0, 0, 0, 0]
            : [r(box.left - origin.left), r(box.top - origin.top), r(box.width), r(box.height)],
        style: STYLE_PROPS.map((p) => `${p}: ${style.getPropertyValue(p)}`),
        mark: el.namespaceURI === 'http://www.w3.org/2000/svg' && MARK_TAGS.has(el.localName),
      };
    });
  return { host: [r(origin.width), r(origin.height)], items };
}

/** Waits until every chart is drawn and its snapshot no longer changes (a resize may redraw it once). */
async function settle(page: Page): Promise<void> {
  await until(() => Object.keys(TAGS).every((tag) => drawn(page, tag)), 'every chart drawn', 30000);
  let last = '';
  let since = performance.now();
  let polled = 0;
  await until(
    () => {
      // A snapshot of all seven charts is costly: take one every 100 ms, not at every task.
      if (performance.now() - polled < 100) return false;
      polled = performance.now();
      const now = JSON.stringify(Object.keys(TAGS).map((tag) => snapshot(chartOf(page, tag))));
      if (now !== last) {
        last = now;
        since = performance.now();
      }
      return performance.now() - since > 300;
    },
    'the charts to stop changing',
    30000,
  );
}

/** Differences between a chart on the clean and on the hostile page; the largest position difference. */
function compare(clean: Snapshot, hostile: Snapshot): { problems: string[]; maxDiff: number } {
  const problems: string[] = [];
  let maxDiff = 0;
  const hostDiff = Math.max(...clean.host.map((v, i) => Math.abs(v - hostile.host[i]!)));
  if (hostDiff > TOLERANCE) problems.push(`host size ${clean.host} vs ${hostile.host}`);
  if (clean.items.length !== hostile.items.length) {
    problems.push(`${clean.items.length} elements vs ${hostile.items.length}`);
  }
  clean.items.forEach((a, i) => {
    const b = hostile.items[i];
    if (b === undefined) return;
    if (a.key !== b.key) problems.push(`#${i}: ${a.key} vs ${b.key}`);
    if (a.text !== b.text) problems.push(`#${i} ${a.key}: text "${a.text}" vs "${b.text}"`);
    const diff = Math.max(...a.box.map((v, j) => Math.abs(v - b.box[j]!)));
    maxDiff = Math.max(maxDiff, diff);
    if (diff > TOLERANCE) problems.push(`#${i} ${a.key} "${a.text}": box ${a.box} vs ${b.box}`);
    a.style.forEach((s, j) => {
      if (s !== b.style[j]) problems.push(`#${i} ${a.key}: ${s} vs ${b.style[j]}`);
    });
  });
  return { problems, maxDiff: Math.max(maxDiff, hostDiff) };
}

/** Opens the data table of every chart (its toggle button) and waits until it is shown. */
async function expandTables(page: Page): Promise<void> {
  for (const tag of Object.keys(TAGS)) {
    const toggle = chartOf(page, tag).shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]');
    expect(toggle, `${tag}: table toggle`).to.exist;
    toggle!.click();
  }
  await until(
    () =>
      Object.keys(TAGS).every(
        (tag) =>
          (chartOf(page, tag).shadowRoot!.querySelector('table[part="table"]')?.getBoundingClientRect()
            .width ?? 0) > 100,
      ),
    'every table shown',
    10000,
  );
}

/** The page elements' computed styles that differ from before the library loaded. */
function pageStyleChanges(page: Page): string[] {
  const changes: string[] = [];
  for (const selector of PAGE_SELECTORS) {
    const before = page.state.before[selector]!;
    const now = computedStyleOf(page.doc.querySelector(selector)!);
    for (const [name, value] of Object.entries(before)) {
      if (SIZE_PROPS.has(name) && (selector === 'html' || selector === 'body')) continue;
      if (now[name] !== value) changes.push(`${selector} ${name}: ${value} → ${now[name]}`);
    }
  }
  return changes;
}

/** Compares every chart of both pages; prints marks and elements compared and the largest difference. */
function compareAll(clean: Page, hostile: Page, label: string): string[] {
  const problems: string[] = [];
  for (const tag of Object.keys(TAGS)) {
    const a = snapshot(chartOf(clean, tag));
    const b = snapshot(chartOf(hostile, tag));
    const result = compare(a, b);
    const marks = a.items.filter((item) => item.mark).length;
    console.log(
      `[hardening] hostile host (${label}) <${tag}>: ${marks} marks, ${a.items.length} elements compared, max position difference ${result.maxDiff.toFixed(2)} px, host ${b.host.join(' × ')} px`,
    );
    expect(marks, `${tag}: marks drawn`).to.be.greaterThan(0);
    problems.push(...result.problems.slice(0, 8).map((p) => `<${tag}> ${p}`));
  }
  return problems;
}

describe('hostile host page (issue 7)', function () {
  this.timeout(180000);
  let clean: Page;

  before(async function () {
    this.timeout(120000);
    clean = await openPage('clean.html', `copies=source&host-font=${HOST_FONT}`);
    expect(clean.state.errors).to.deep.equal([]);
    await settle(clean);
  });

  after(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  for (const copies of [
    ['source', 'bundle'],
    ['bundle', 'source'],
  ] as const) {
    describe(`two copies loaded, the ${copies[0]} copy first`, () => {
      let hostile: Page;

      before(async function () {
        this.timeout(120000);
        hostile = await openPage('hostile.html', `copies=${copies.join(',')}`);
      });

      after(() => hostile.frame.remove());

      it('both copies load without an uncaught error; the first defines every tag, the second warns once per tag', async () => {
        expect(hostile.state.errors).to.deep.equal([]);
        expect(hostile.state.loaded).to.deep.equal([...copies]);
        // Really two copies: no element class and no LitElement in common.
        expect(hostile.state.shared).to.deep.equal([]);
        expect(hostile.state.litCopies).to.equal(2);
        for (const tag of Object.keys(TAGS)) {
          expect(hostile.state.definedBy[tag], tag).to.equal(copies[0]);
          const conflicts = hostile.state.warnings.filter((w) => w.includes(`(define-conflict:${tag})`));
          expect(conflicts, tag).to.have.length(1);
        }
        // Uncaught errors while drawing count too.
        await settle(hostile);
        expect(hostile.state.errors).to.deep.equal([]);
      });

      it("the map's boundaries load from beside the copy that defined it (import.meta.url, not the base href)", async () => {
        await settle(hostile);
        const folder = copies[0] === 'source' ? '/src/maps/' : '/__second-copy/maps/';
        const boundaries = hostile.win.performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((url) => url.includes('vn-provinces-'));
        expect(boundaries).to.deep.equal([
          `${hostile.win.location.origin}${folder}vn-provinces-63.topo.json`,
        ]);
      });

      it("a relative src names a file on the base href's site: that chart shows its error, the page goes on", async () => {
        expect(hostile.doc.baseURI).to.equal('https://example.invalid/other/');
        const el = hostile.doc.getElementById('relative-src')!;
        await until(() => el.shadowRoot?.querySelector('[role="alert"]') != null, 'the error', 20000);
        expect(el.shadowRoot!.querySelector('svg.marks')).to.equal(null);
        // "could not load" that URL: it went to the other site, not to this server (where the file exists).
        expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(
          '"../demo/data/ben-tre-2016.json"',
        );
        expect(hostile.state.errors).to.deep.equal([]);
      });

      it('the page really is hostile: its base URL is another site, the global rules apply to its own elements', () => {
        expect(hostile.doc.baseURI).to.equal('https://example.invalid/other/');
        const view = hostile.win;
        const p = hostile.doc.getElementById('page-text')!;
        expect(view.getComputedStyle(p).fontSize).to.equal('20px');
        expect(view.getComputedStyle(p).lineHeight).to.equal('60px');
        expect(view.getComputedStyle(hostile.doc.getElementById('page-table')!).display).to.equal('none');
        // Bootstrap is there (its custom properties on :root).
        expect(
          view.getComputedStyle(hostile.doc.documentElement).getPropertyValue('--bs-body-font-family'),
        ).not.to.equal('');
      });

      it('every chart draws the same marks, texts, boxes and styles as on the clean page (within 0.5 px)', async () => {
        await settle(hostile);
        const problems = compareAll(clean, hostile, `${copies[0]} first, table collapsed`);
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it('no SVG text is red (`text { fill: red }`) and every data table stays in the accessibility tree', async () => {
        await settle(hostile);
        const view = hostile.win;
        for (const tag of Object.keys(TAGS)) {
          const root = chartOf(hostile, tag).shadowRoot!;
          const svgTexts = [...root.querySelectorAll('svg text')];
          expect(svgTexts.length, `${tag}: SVG texts`).to.be.greaterThan(0);
          for (const text of svgTexts) {
            expect(view.getComputedStyle(text).fill, `${tag} "${text.textContent}"`).not.to.equal(
              'rgb(255, 0, 0)',
            );
          }
          // Collapsed, the table is only visually hidden: `table { display: none }` does not reach it.
          const table = root.querySelector('table[part="table"]')!;
          expect(view.getComputedStyle(table).display, tag).to.equal('table');
          expect(view.getComputedStyle(table).visibility, tag).to.equal('visible');
          expect(table.querySelectorAll('td').length, `${tag}: cells`).to.be.greaterThan(0);
        }
      });

      it('expanded, every data table is shown and laid out as on the clean page', async () => {
        await settle(hostile);
        await expandTables(clean);
        await expandTables(hostile);
        try {
          await settle(clean);
          await settle(hostile);
          const problems = compareAll(clean, hostile, `${copies[0]} first, table expanded`);
          expect(problems, problems.join('\n')).to.deep.equal([]);
        } finally {
          for (const page of [clean, hostile]) {
            for (const tag of Object.keys(TAGS)) {
              chartOf(page, tag)
                .shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!
                .click();
            }
          }
          await until(
            () =>
              Object.keys(TAGS).every(
                (tag) =>
                  chartOf(clean, tag)
                    .shadowRoot!.querySelector('[part~="table-toggle"]')
                    ?.getAttribute('aria-expanded') === 'false',
              ),
            'tables collapsed again',
          );
        }
      });

      it("the library leaves the page's own computed styles as they were, on both pages", () => {
        expect(pageStyleChanges(clean)).to.deep.equal([]);
        expect(pageStyleChanges(hostile)).to.deep.equal([]);
      });
    });
  }
});
