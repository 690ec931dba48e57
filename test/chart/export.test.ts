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
import { guardCsvCell, serializeSvg, svgToPngBlob, toCsv } from '../../src/chart/export.js';

const tag = defineFrameElement();
const SUMMARY = ['Bến Tre có 111,78 thuê bao điện thoại trên 100 dân năm 2020.'];

async function mount(input: Partial<FrameTestInput> = {}): Promise<FrameTestElement> {
  const full: FrameTestInput = {
    lang: 'vi',
    title: 'Mật độ thuê bao',
    summary: SUMMARY,
    table: sampleTable(),
    ...input,
  };
  const el = await fixture<FrameTestElement>(
    staticHtml`<${unsafeStatic(tag)} .input=${full}></${unsafeStatic(tag)}>`,
  );
  await el.updateComplete;
  return el;
}

const $ = (el: FrameTestElement, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
const active = (el: FrameTestElement) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Captures downloads: the `<a download>` click is cancelled and its blob read. */
function captureDownloads() {
  const files: { name: string; blob: Promise<Blob>; inBody: boolean }[] = [];
  const listener = (event: Event) => {
    const a = event.target as HTMLAnchorElement;
    if (a.localName !== 'a' || !a.hasAttribute('download')) return;
    event.preventDefault();
    files.push({
      name: a.download,
      blob: fetch(a.href).then((r) => r.blob()),
      inBody: document.body.contains(a),
    });
  };
  document.addEventListener('click', listener, true);
  return { files, stop: () => document.removeEventListener('click', listener, true) };
}

describe('toCsv / guardCsvCell', () => {
  it('toCsv(table) is the header labels then each row, CRLF-terminated, quoted only when needed', () => {
    const csv = toCsv({
      columns: [{ label: 'Tỉnh' }, { label: 'Giá trị (thuê bao/100 dân)' }],
      rows: [{ cells: ['Bến Tre', '111,78'] }, { cells: ['Hà "Tĩnh"', '94'] }, { cells: ['a\nb', 'x'] }],
    });
    expect(csv).to.equal(
      'Tỉnh,Giá trị (thuê bao/100 dân)\r\nBến Tre,"111,78"\r\n"Hà ""Tĩnh""",94\r\n"a\nb",x\r\n',
    );
  });

  for (const [input, output] of [
    ['=cmd|" /C calc"!A0', `'=cmd|" /C calc"!A0`],
    ['+1+1', "'+1+1"],
    ['-3,5', "'-3,5"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['1.447.307', '1.447.307'],
    ['Hà Nội', 'Hà Nội'],
    ['', ''],
  ] as const) {
    it(`guardCsvCell(${JSON.stringify(input)}) gives ${JSON.stringify(output)}`, () => {
      expect(guardCsvCell(input)).to.equal(output);
    });
  }

  it('toCsv() guards formula cells and then quotes them', () => {
    expect(
      toCsv({ columns: [{ label: '=A1' }], rows: [{ cells: ['=HYPERLINK("http://x","a,b")'] }] }),
    ).to.equal(`'=A1\r\n"'=HYPERLINK(""http://x"",""a,b"")"\r\n`);
  });
});

describe('serializeSvg / svgToPngBlob', () => {
  it('serializeSvg() adds <title>/<desc>, inlines computed fills, drops excluded helpers, keeps patterns', async () => {
    const el = await mount();
    const svg = $(el, '.chart svg') as unknown as SVGSVGElement;
    const text = serializeSvg(svg, { title: 'T', description: 'D', background: 'rgb(255, 255, 255)' });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(root.querySelector(':scope > title')!.textContent).to.equal('T');
    expect(root.querySelector(':scope > desc')!.textContent).to.equal('D');
    expect(root.getAttribute('role')).to.equal('img');
    expect(root.hasAttribute('aria-hidden')).to.equal(false);
    const bar = root.querySelector('[data-key="a"]')!;
    const live = svg.querySelector('[data-key="a"]')!;
    expect(bar.getAttribute('fill')).to.equal(getComputedStyle(live).fill);
    expect(bar.getAttribute('fill')).to.equal('rgb(0, 125, 240)'); // LIGHT_PALETTE[0], #007df0
    expect(root.querySelector('[data-ict-export="exclude"]')).to.equal(null);
    expect(root.querySelectorAll('pattern')).to.have.length(8);
  });

  it('svgToPngBlob(svg, 240, 120) gives a PNG of 480 × 240 (scale 2)', async () => {
    const el = await mount();
    const text = serializeSvg($(el, '.chart svg') as unknown as SVGSVGElement, {
      title: 'T',
      description: 'D',
    });
    const blob = await svgToPngBlob(text, 240, 120);
    expect(blob.type).to.equal('image/png');
    const signature = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
    expect([...signature]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([480, 240]);
  });
});

describe('export menu', () => {
  it('is a menu button: aria-haspopup=menu, aria-expanded, aria-controls to a role=menu of three menuitems', async () => {
    const el = await mount();
    const button = $(el, '[part~="export-button"]');
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const menu = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(menu.getAttribute('role')).to.equal('menu');
    const items = [...menu.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent!.trim());
    expect(items).to.deep.equal(['Ảnh SVG', 'Ảnh PNG', 'Số liệu CSV']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keys: ArrowDown opens on the first item, arrows wrap, Home/End, Escape closes and returns focus', async () => {
    const el = await mount();
    const button = $(el, '[part~="export-button"]');
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)?.textContent?.trim()).to.equal('Ảnh SVG');
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)?.textContent?.trim()).to.equal('Ảnh PNG');
    await sendKeys({ press: 'End' });
    expect(active(el)?.textContent?.trim()).to.equal('Số liệu CSV');
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)?.textContent?.trim()).to.equal('Ảnh SVG');
    await sendKeys({ press: 'ArrowUp' });
    expect(active(el)?.textContent?.trim()).to.equal('Số liệu CSV');
    await sendKeys({ press: 'Home' });
    expect(active(el)?.textContent?.trim()).to.equal('Ảnh SVG');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[role="menu"]')).to.equal(null);
    expect(active(el)).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('ArrowUp on the button opens on the last item; Tab closes the menu', async () => {
    const el = await mount();
    // A stop after the chart: in Firefox a Tab past the page's last stop moves focus into the browser's
    // own UI, and the page then gets no focus events or key activation (later tests would fail).
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    const button = $(el, '[part~="export-button"]');
    button.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(active(el)?.textContent?.trim()).to.equal('Số liệu CSV');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect($(el, '[role="menu"]')).to.equal(null);
    expect(document.hasFocus()).to.equal(true);
    after.remove();
  });

  it('Enter on "CSV" downloads <filename>.csv equal to the table (no-data phrase included), via a removed <a download>', async () => {
    const el = await mount({ filename: 'mat-do' });
    const capture = captureDownloads();
    try {
      $(el, '[part~="export-button"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    } finally {
      capture.stop();
    }
    expect(capture.files.map((f) => f.name)).to.deep.equal(['mat-do.csv']);
    expect(capture.files[0].inBody).to.equal(true);
    expect(document.querySelector('a[download]')).to.equal(null);
    const csv = (await (await capture.files[0].blob).text()).replace(/^\ufeff/, '');
    expect(csv).to.equal(
      'Tỉnh,Năm,Giá trị (thuê bao/100 dân)\r\nHà Tĩnh,2020,94\r\nBến Tre,2020,"111,78"\r\nĐiện Biên,2020,không có số liệu\r\nHà Nội,2020,1.447.307\r\n',
    );
    expect(active(el)).to.equal($(el, '[part~="export-button"]'));
  });

  it('the exported SVG’s <title>/<desc> equal the figure’s accessible name and description (row 38)', async function (this: Mocha.Context) {
    const el = await mount();
    const capture = captureDownloads();
    try {
      $(el, '[part~="export-button"]').click();
      await el.updateComplete;
      ($(el, '[data-format="svg"]') as HTMLButtonElement).click();
    } finally {
      capture.stop();
    }
    expect(capture.files.map((f) => f.name)).to.deep.equal(['ict-chart.svg']);
    const doc = new DOMParser().parseFromString(await (await capture.files[0].blob).text(), 'image/svg+xml');
    const title = doc.documentElement.querySelector(':scope > title')!.textContent;
    const desc = doc.documentElement.querySelector(':scope > desc')!.textContent;
    expect(title).to.equal('Mật độ thuê bao');
    expect(desc).to.equal(SUMMARY[0]);
    const tree = await axTree();
    if (tree === false) this.skip();
    const figure = tree.find((n) => n.role === 'figure')!;
    expect(figure.name).to.equal(title);
    expect(figure.description).to.equal(desc);
  });

  it('the PNG item downloads a PNG', async () => {
    const el = await mount();
    const capture = captureDownloads();
    try {
      await el.figure.exportPng();
    } finally {
      capture.stop();
    }
    expect(capture.files.map((f) => f.name)).to.deep.equal(['ict-chart.png']);
    expect((await capture.files[0].blob).type).to.equal('image/png');
  });

  it('noExport hides the menu button; no chart and no table means no menu', async () => {
    const el = await mount({ noExport: true });
    expect($(el, '[part~="export-button"]')).to.equal(null);
    const bare = await mount({ chart: false, table: undefined });
    expect($(bare, '[part~="export-button"]')).to.equal(null);
  });
});
