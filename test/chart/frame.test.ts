import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { axTree, axeViolations } from '../helpers/ax.js';
import {
  defineFrameElement,
  duplicateIds,
  sampleKeymap,
  sampleTable,
  unresolvedIdrefs,
  type FrameTestElement,
  type FrameTestInput,
} from './frame-support.js';
import { ANNOUNCE_DEBOUNCE_MS } from '../../src/chart/controllers/figure-controller.js';

const tag = defineFrameElement();
const SUMMARY = ['Bến Tre có 111,78 thuê bao điện thoại trên 100 dân năm 2020.', 'Cao nhất là Hà Nội.'];
const base: FrameTestInput = {
  lang: 'vi',
  title: 'Thuê bao điện thoại trên 100 dân',
  summary: SUMMARY,
  sources: [{ publisher: 'Sở TT&TT Bến Tre', url: 'https://example.org/bao-cao', date: '2021-01-15' }],
  table: sampleTable(),
  keymap: sampleKeymap,
};

async function mount(input: Partial<FrameTestInput> = {}, light = html``): Promise<FrameTestElement> {
  const el = await fixture<FrameTestElement>(
    staticHtml`<${unsafeStatic(tag)} .input=${{ ...base, ...input }}>${light}</${unsafeStatic(tag)}>`,
  );
  await el.updateComplete;
  return el;
}

const $ = (el: FrameTestElement, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;

describe('figure frame', () => {
  it('figure is named by the visible title and described by the summary (AX tree)', async function (this: Mocha.Context) {
    const el = await mount();
    const figure = $(el, 'figure');
    const title = el.shadowRoot!.getElementById(figure.getAttribute('aria-labelledby')!)!;
    expect(title.textContent!.trim()).to.equal(base.title);
    expect(title.getAttribute('role')).to.equal('heading');
    const tree = await axTree();
    if (tree === false) this.skip();
    const node = tree.find((n) => n.role === 'figure');
    expect(node, 'a figure node').to.exist;
    expect(node!.name).to.equal(base.title);
    expect(node!.description).to.include(SUMMARY[0]);
    expect(node!.description).to.include(SUMMARY[1]);
    expect(tree.some((n) => n.role === 'heading' && n.name === base.title)).to.equal(true);
  });

  it('headingLevel sets aria-level; out-of-range levels give 2', async () => {
    const el = await mount({ headingLevel: 3 });
    expect($(el, '[part="title"]').getAttribute('aria-level')).to.equal('3');
    el.input = { ...base, headingLevel: 9 };
    await el.updateComplete;
    expect($(el, '[part="title"]').getAttribute('aria-level')).to.equal('2');
  });

  it('an empty title gives the localised untitled name', async () => {
    const el = await mount({ title: '', lang: 'en' });
    expect($(el, '[part="title"]').textContent!.trim()).to.equal('Chart');
  });

  it('every IDREF resolves inside the element’s own shadow root, and ids are unique, also with the table and menu open', async () => {
    const el = await mount();
    expect(unresolvedIdrefs(el.shadowRoot!)).to.deep.equal([]);
    el.figure.tableExpanded = true;
    await el.updateComplete;
    ($(el, '[part~="export-button"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '[role="menu"]')).to.exist;
    expect(unresolvedIdrefs(el.shadowRoot!)).to.deep.equal([]);
    expect(duplicateIds(el.shadowRoot!)).to.deep.equal([]);
  });

  it('two frames on one page use different ids (no duplicate-id across charts)', async () => {
    const a = await mount();
    const b = await mount();
    expect(a.figure.ids.title).not.to.equal(b.figure.ids.title);
  });

  it('IDREFs still resolve and axe is clean when nested two shadow roots deep', async () => {
    const outerTag = `x-frame-outer-${Math.random().toString(36).slice(2)}`;
    customElements.define(
      outerTag,
      class extends HTMLElement {
        constructor() {
          super();
          const root = this.attachShadow({ mode: 'open' });
          const middle = document.createElement('div');
          const inner = middle.attachShadow({ mode: 'open' });
          const chart = document.createElement(tag) as FrameTestElement;
          chart.input = base;
          inner.append(chart);
          root.append(middle);
        }
      },
    );
    // Appended by hand: open-wc's fixture() waits a frame for non-lit elements, and rAF never fires in a
    // background tab when wtr runs files concurrently.
    const outer = document.createElement(outerTag);
    document.body.append(outer);
    try {
      const chart = outer
        .shadowRoot!.querySelector('div')!
        .shadowRoot!.querySelector(tag) as FrameTestElement;
      await chart.updateComplete;
      expect(unresolvedIdrefs(chart.shadowRoot!)).to.deep.equal([]);
      expect(chart.figure.titleText()).to.equal(base.title);
      expect(await axeViolations(outer)).to.deep.equal([]);
    } finally {
      outer.remove();
    }
  });

  it('the visual SVG layer is aria-hidden and named nodes under it do not exist', async () => {
    const el = await mount();
    const svg = $(el, '.chart svg');
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect([...svg.querySelectorAll('[aria-label]')]).to.have.length(0);
  });

  it('axe finds no violation (wcag2a/aa, wcag21, wcag22aa, best-practice) and open-wc accessible()', async () => {
    const el = await mount();
    expect(await axeViolations(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('landmark gives a region named by the title; without it there is no region', async () => {
    const el = await mount();
    expect($(el, 'figure').hasAttribute('role')).to.equal(false);
    const tree = await axTree();
    if (tree !== false) expect(tree.some((n) => n.role === 'region')).to.equal(false);
    el.input = { ...base, landmark: true };
    await el.updateComplete;
    expect($(el, 'figure').getAttribute('role')).to.equal('region');
    const tree2 = await axTree();
    if (tree2 !== false)
      expect(tree2.some((n) => n.role === 'region' && n.name === base.title)).to.equal(true);
  });

  it('slot="description" replaces the generated summary and is read once (row 33)', async function (this: Mocha.Context) {
    const author = 'Mô tả do biên tập viên viết.';
    const el = await mount({}, html`<p slot="description">${author}</p>`);
    expect(el.figure.descriptionText()).to.equal(author);
    const tree = await axTree();
    if (tree === false) this.skip();
    const figure = tree.find((n) => n.role === 'figure')!;
    expect(figure.description).to.equal(author);
    // Text as read in browse mode: static text nodes (InlineTextBox children repeat their parent's text).
    const everything = tree
      .filter((n) => n.role !== 'InlineTextBox')
      .map((n) => n.name)
      .join('\n');
    expect(everything).not.to.include(SUMMARY[0]);
    expect(everything.split(author).length - 1, 'author text read once').to.equal(1);
  });

  it('source line says "Nguồn:" in vi and "Source:" in en, links only http(s) URLs', async () => {
    const el = await mount();
    const source = $(el, '[part="source"]');
    expect(source.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Nguồn: Sở TT&TT Bến Tre/);
    const link = source.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/bao-cao');
    el.input = {
      ...base,
      lang: 'en',
      sources: [
        { publisher: 'Evil', url: 'javascript:alert(1)' },
        { title: 'Report', file: 'report.pdf' },
      ],
    };
    await el.updateComplete;
    const en = $(el, '[part="source"]');
    expect(en.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Source: Evil/);
    expect(en.querySelector('a')).to.equal(null);
  });

  it('announce() in a burst writes the live region once, with the last text, after ≥ 1 s (row 17)', async () => {
    const el = await mount();
    const live = $(el, '[aria-live="polite"]');
    const writes: string[] = [];
    const observer = new MutationObserver(() => writes.push(live.textContent ?? ''));
    observer.observe(live, { childList: true, characterData: true, subtree: true });
    const start = performance.now();
    el.figure.announce('Cập nhật 1');
    await new Promise((r) => setTimeout(r, 300));
    el.figure.announce('Cập nhật 2');
    await new Promise((r) => setTimeout(r, ANNOUNCE_DEBOUNCE_MS + 200));
    observer.disconnect();
    expect(writes.filter((w) => w !== '')).to.deep.equal(['Cập nhật 2']);
    expect(performance.now() - start).to.be.at.least(ANNOUNCE_DEBOUNCE_MS);
    expect(ANNOUNCE_DEBOUNCE_MS).to.be.at.least(1000);
  });

  it('the "?" button opens the key map dialog, named, with every key; Escape closes and returns focus (row 5)', async () => {
    const el = await mount();
    const button = $(el, '[part~="help-button"]') as HTMLButtonElement;
    button.focus();
    expect($(el, 'dialog'), 'drawn only while open').to.equal(null);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    const name = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(name.textContent!.trim()).to.equal('Phím tắt của biểu đồ');
    const rows = [...dialog.querySelectorAll('tbody tr')].map((tr) =>
      tr.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal(['← → Giá trị trước / sau', 'Home Giá trị đầu tiên', '? Mở bảng phím tắt']);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect($(el, 'dialog'), 'removed once closed').to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('openHelp(origin) returns focus to the origin when closed', async () => {
    const el = await mount();
    const origin = $(el, '[part~="table-toggle"]');
    origin.focus();
    el.figure.openHelp(origin);
    await el.updateComplete;
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    el.figure.closeHelp();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.shadowRoot!.activeElement).to.equal(origin);
  });

  it('no keymap means no help button and no dialog', async () => {
    const el = await mount({ keymap: [] });
    expect($(el, '[part~="help-button"]')).to.equal(null);
    expect($(el, 'dialog')).to.equal(null);
  });
});
