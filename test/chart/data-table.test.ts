import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { axTree, axeViolations } from '../helpers/ax.js';
import {
  defineFrameElement,
  sampleTable,
  type FrameTestElement,
  type FrameTestInput,
} from './frame-support.js';
import {
  TABLE_PAGE_ROWS,
  cellText,
  displayedTable,
  nextSort,
  sortRows,
  tablePage,
  type TableModel,
} from '../../src/chart/templates/data-table.js';
import { uiStrings } from '../../src/chart/i18n/ui.js';

const tag = defineFrameElement();

async function mount(input: Partial<FrameTestInput> = {}): Promise<FrameTestElement> {
  const full: FrameTestInput = { lang: 'vi', title: 'Mật độ thuê bao', table: sampleTable(), ...input };
  const el = await fixture<FrameTestElement>(
    staticHtml`<${unsafeStatic(tag)} .input=${full}></${unsafeStatic(tag)}>`,
  );
  await el.updateComplete;
  return el;
}

const $ = (el: FrameTestElement, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
const $$ = (el: FrameTestElement, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)] as HTMLElement[];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const bodyTexts = (el: FrameTestElement) => $$(el, 'tbody tr').map((tr) => [...tr.children].map(text));

describe('data table', () => {
  it('has a caption, th scope=col headers with the unit in the value header, and th scope=row first cells', async () => {
    const el = await mount();
    const table = $(el, 'table');
    expect(text(table.querySelector('caption')!)).to.equal(sampleTable().caption);
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(text(headers[2])).to.equal('Giá trị (thuê bao/100 dân)');
    for (const tr of table.querySelectorAll('tbody tr')) {
      expect(tr.children[0].localName).to.equal('th');
      expect(tr.children[0].getAttribute('scope')).to.equal('row');
    }
  });

  it('cell texts equal the model’s formatted texts; a missing value says "không có số liệu" (vi) / "no data" (en)', async () => {
    const el = await mount();
    expect(bodyTexts(el)).to.deep.equal([
      ['Hà Tĩnh', '2020', '94'],
      ['Bến Tre', '2020', '111,78'],
      ['Điện Biên', '2020', 'không có số liệu'],
      ['Hà Nội', '2020', '1.447.307'],
    ]);
    el.input = { ...el.input, lang: 'en', table: sampleTable('en') };
    await el.updateComplete;
    expect(bodyTexts(el)[2][2]).to.equal('no data');
    expect(bodyTexts(el)[3][2]).to.equal('1,447,307');
  });

  it('the toggle has aria-expanded and aria-controls in the same root; Enter and Space toggle it and the visibility', async () => {
    const el = await mount();
    const toggle = $(el, '[part~="table-toggle"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const region = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(region).to.exist;
    expect(region.getBoundingClientRect().width).to.be.at.most(1);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Ẩn bảng số liệu');
    expect(region.getBoundingClientRect().width).to.be.greaterThan(100);
    await sendKeys({ press: ' ' }); // the space bar: Firefox's BiDi keyboard knows no key named 'Space'
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(text(toggle)).to.equal('Xem bảng số liệu');
  });

  it('the table is in the accessibility tree while collapsed and while expanded (not display:none)', async function (this: Mocha.Context) {
    const el = await mount();
    expect(getComputedStyle($(el, 'table')).display).not.to.equal('none');
    const collapsed = await axTree();
    if (collapsed === false) this.skip();
    expect(collapsed.some((n) => n.role === 'table' && n.name === sampleTable().caption)).to.equal(true);
    expect(collapsed.some((n) => n.role === 'cell' && n.name === 'không có số liệu')).to.equal(true);
    el.figure.tableExpanded = true;
    await el.updateComplete;
    const expanded = await axTree();
    expect((expanded as { role: string; name: string }[]).some((n) => n.role === 'table')).to.equal(true);
  });

  it('collapsed, the headers hold no buttons (no invisible Tab stop); expanded, each header has a sort button', async () => {
    const el = await mount();
    expect($$(el, 'th button')).to.have.length(0);
    el.figure.tableExpanded = true;
    await el.updateComplete;
    expect($$(el, 'thead th button')).to.have.length(3);
  });

  it('a header button sorts: aria-sort ascending then descending, rows follow, missing values last', async () => {
    const el = await mount();
    el.figure.tableExpanded = true;
    await el.updateComplete;
    const valueHeader = () => $$(el, 'thead th')[2];
    (valueHeader().querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(valueHeader().getAttribute('aria-sort')).to.equal('ascending');
    expect(bodyTexts(el).map((r) => r[0])).to.deep.equal(['Hà Tĩnh', 'Bến Tre', 'Hà Nội', 'Điện Biên']);
    (valueHeader().querySelector('button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(valueHeader().getAttribute('aria-sort')).to.equal('descending');
    expect(bodyTexts(el).map((r) => r[0])).to.deep.equal(['Hà Nội', 'Bến Tre', 'Hà Tĩnh', 'Điện Biên']);
    expect($$(el, 'thead th').filter((th) => th.hasAttribute('aria-sort'))).to.have.length(1);
  });

  it('axe is clean with the table collapsed and expanded-and-sorted', async () => {
    const el = await mount();
    expect(await axeViolations(el)).to.deep.equal([]);
    el.figure.tableExpanded = true;
    el.figure.tableSort = { column: 'place', direction: 'ascending' };
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a table of 250 rows shows 100 at a time: the caption says which, the pager moves and announces, sort covers all rows', async () => {
    const el = await mount({ table: longTable(250) });
    const caption = () => text($(el, 'caption'));
    const keys = () => $$(el, 'tbody tr').map((tr) => tr.dataset['key']);
    expect(keys()).to.deep.equal(range(0, 100).map(String));
    expect(caption()).to.equal('Giá trị theo tháng. Hàng 1–100 trong 250');
    // The CSV export writes every row, not the page.
    expect(el.figure.csvText()!.trim().split(/\r?\n/).length).to.equal(251);
    // Collapsed: no pager (no invisible Tab stop), the range is in the caption.
    expect($(el, '[part~="table-pager"]')).to.equal(null);
    el.figure.tableExpanded = true;
    await el.updateComplete;
    const [previous, next] = $$(el, '[part~="table-page-button"]') as HTMLButtonElement[];
    const status = $(el, '.table-pager [role="status"]');
    expect(previous!.disabled).to.equal(true);
    expect(text(status)).to.equal('Hàng 1–100 trong 250');
    next!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(keys()).to.deep.equal(range(100, 200).map(String));
    expect(text(status)).to.equal('Hàng 101–200 trong 250');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(keys()).to.deep.equal(range(200, 250).map(String));
    expect(caption()).to.equal('Giá trị theo tháng. Hàng 201–250 trong 250');
    // The last page disables "next": focus moves to "previous" instead of falling to the page.
    expect(next!.disabled).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(previous);
    // Sorting descending by value orders all 250 rows and starts at the top again.
    el.figure.tableSort = { column: 'value', direction: 'descending' };
    await el.updateComplete;
    expect(keys()).to.deep.equal(range(150, 250).reverse().map(String));
    expect(text(status)).to.equal('Hàng 1–100 trong 250');
    // English numbers and words; axe clean with the pager shown.
    el.input = { ...el.input, lang: 'en', table: longTable(2500) };
    await el.updateComplete;
    expect(text(status)).to.equal('Rows 1–100 of 2,500');
    expect(text(next!)).to.equal('Next page');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('noTable hides the table and its toggle', async () => {
    const el = await mount({ noTable: true });
    expect($(el, 'table')).to.equal(null);
    expect($(el, '[part~="table-toggle"]')).to.equal(null);
  });
});

/** A table of `n` rows keyed 0…n-1 whose values rise with the key. */
function longTable(n: number): TableModel {
  return {
    caption: 'Giá trị theo tháng',
    columns: [
      { key: 'period', label: 'Tháng', numeric: false },
      { key: 'value', label: 'Giá trị', numeric: true },
    ],
    rows: range(0, n).map((i) => ({ key: String(i), cells: [`Tháng ${i}`, String(i)], values: [null, i] })),
  };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describe('data table model helpers', () => {
  it('tablePage() cuts pages of TABLE_PAGE_ROWS and clamps the page asked for', () => {
    expect(TABLE_PAGE_ROWS).to.equal(100);
    expect(tablePage(250, 1)).to.deep.equal({ index: 1, count: 3, from: 100, to: 200, total: 250 });
    expect(tablePage(250, 9)).to.deep.equal({ index: 2, count: 3, from: 200, to: 250, total: 250 });
    expect(tablePage(250, -3).index).to.equal(0);
    expect(tablePage(0, 0)).to.deep.equal({ index: 0, count: 1, from: 0, to: 0, total: 0 });
    expect(tablePage(100, 1)).to.deep.equal({ index: 0, count: 1, from: 0, to: 100, total: 100 });
  });

  it('sortRows(model, {place, ascending}, "vi") uses Vietnamese collation (Bến Tre, Điện Biên, Hà Nội, Hà Tĩnh)', () => {
    const rows = sortRows(sampleTable(), { column: 'place', direction: 'ascending' }, 'vi');
    expect(rows.map((r) => r.cells[0])).to.deep.equal(['Bến Tre', 'Điện Biên', 'Hà Nội', 'Hà Tĩnh']);
  });

  it('sortRows() keeps missing values last in both directions', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const rows = sortRows(sampleTable(), { column: 'value', direction }, 'vi');
      expect(rows[rows.length - 1].key).to.equal('11');
    }
  });

  it('sortRows(model, undefined) keeps the model order', () => {
    expect(sortRows(sampleTable(), undefined, 'vi').map((r) => r.key)).to.deep.equal([
      '42',
      '83',
      '11',
      '01',
    ]);
  });

  it('nextSort() starts ascending on a new column and flips on the same one', () => {
    expect(nextSort(undefined, 'value')).to.deep.equal({ column: 'value', direction: 'ascending' });
    expect(nextSort({ column: 'value', direction: 'ascending' }, 'value').direction).to.equal('descending');
    expect(nextSort({ column: 'value', direction: 'descending' }, 'place')).to.deep.equal({
      column: 'place',
      direction: 'ascending',
    });
  });

  it('cellText() and displayedTable() write the no-data phrase only into empty numeric cells', () => {
    const model = sampleTable();
    const strings = uiStrings('vi');
    expect(cellText(model, model.rows[2], 2, strings)).to.equal('không có số liệu');
    expect(cellText(model, model.rows[0], 2, strings)).to.equal('94');
    expect(displayedTable(model, strings).rows[2].cells).to.deep.equal([
      'Điện Biên',
      '2020',
      'không có số liệu',
    ]);
  });
});
