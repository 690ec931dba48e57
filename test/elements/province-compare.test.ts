import { html } from 'lit';
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/elements/province-compare/define.js';
import type { IctProvinceCompare } from '../../src/elements/province-compare/province-compare.js';
import { NavModel } from '../../src/chart/controllers/navigation-controller.js';
import { HIGHLIGHT_MARKER } from '../../src/chart/geometry/bars.js';
import { rectsOverlap } from '../../src/chart/geometry/rect.js';
import type { IctMarkDetail } from '../../src/chart/events.js';
import { formatNumber } from '../../src/core/format/format.js';
import type { IndicatorDocument, Observation } from '../../src/core/indicator/types.js';
import {
  predecessorsOf,
  provinceName,
  provincesOf,
  regionName,
  successorOf,
} from '../../src/core/provinces/provinces.js';
import { axeViolations, contrast, emulateMedia, resolveColor } from '../helpers/ax.js';
import {
  chartAtWidth,
  domTree,
  liveText,
  mountChart,
  summaryText,
  texts,
  until,
  type ChartSetup,
} from '../helpers/chart.js';
import { maxPresses } from '../helpers/nav.js';
import { PHONE_DENSITY, STATIONS, loadDemo, mount, provinceDocument } from '../helpers/fixtures.js';
import {
  activeKey,
  deepActiveElement,
  press,
  settleFrame,
  tabIntoTree,
  tabStops,
  type,
} from '../helpers/keys.js';

// ─── helpers ──────────────────────────────────────────────────────────────────────────────────────

const TAG = 'ict-province-compare';

async function setup(
  data: unknown,
  attrs: { width?: number; lang?: string } & Partial<IctProvinceCompare> = {},
): Promise<ChartSetup<IctProvinceCompare>> {
  return mountChart<IctProvinceCompare>(TAG, data, attrs);
}

interface ExampleDoc {
  observations: { place: { code: string; era: '2008-2025' }; value: number | null }[];
}

/** The labelled 63-province example (invented values). */
async function example(): Promise<ExampleDoc> {
  const response = await fetch('/demo/examples/example-63-provinces.json');
  return (await response.json()) as ExampleDoc;
}

const num = (attr: string | null): number => Number(attr);
const bars = (root: ShadowRoot): SVGRectElement[] => [...root.querySelectorAll<SVGRectElement>('rect.bar')];
const rowLabel = (root: ShadowRoot, key: string): string =>
  texts(root, `g.row-texts[data-key="${key}"] .bar-label`).join(' ');
/** The data table (not the keyboard help's table) as rows of trimmed cell texts, header first. */
const dataTable = (root: ShadowRoot): string[][] =>
  [...root.querySelectorAll('.table-region table tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
const items = (root: ShadowRoot): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>('[role="treeitem"]:not([aria-expanded])'),
];

/** Ranks as the spec says: 1 + number of provinces with a higher value. */
function rankOf(value: number, values: readonly number[]): number {
  return 1 + values.filter((v) => v > value).length;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 === 0 ? (s[mid - 1]! + s[mid]!) / 2 : s[Math.floor(mid)]!;
}

/** A small 2020 document of old codes, with an optional national value. */
function smallDoc(
  values: readonly (readonly [string, number | null])[],
  national?: number,
): IndicatorDocument {
  const observations: Observation[] = values.map(([code, value]) =>
    value === null
      ? { place: { code, era: '2008-2025' }, period: { year: 2020 }, value: null, missing: 'not-available' }
      : { place: { code, era: '2008-2025' }, period: { year: 2020 }, value },
  );
  if (national !== undefined) {
    observations.push({
      place: { code: '01', era: '2008-2025' },
      period: { year: 2020 },
      value: national,
      breakdown: { scope: 'national' },
    });
  }
  return { version: 1, indicators: [PHONE_DENSITY], observations };
}

const FIVE = smallDoc(
  [
    ['42', 94],
    ['83', 114],
    ['01', 120.5],
    ['11', null],
    ['60', 90],
  ],
  101,
);

// ─── tests ────────────────────────────────────────────────────────────────────────────────────────

describe('<ict-province-compare>', function () {
  this.timeout(30000);

  afterEach(async () => {
    await emulateMedia({});
  });

  describe('marks, summary and table read back against the input', () => {
    it('63 provinces (labelled example data): bar lengths, value labels, order, rank, mean and median lines, summary and table all match the input numbers', async () => {
      const doc = await example();
      const { root } = await setup(doc, { highlight: '83', highlightEra: '2008-2025' });
      const byName = new Map(doc.observations.map((o) => [provinceName(o.place, 'vi'), o.value]));
      const values = doc.observations.map((o) => o.value).filter((v): v is number => v !== null);

      // Marks: one bar per valued province, one placeholder for the one without data.
      const rects = bars(root);
      expect(rects.length).to.equal(62);
      expect(root.querySelectorAll('rect.placeholder').length).to.equal(1);
      const rows = [...root.querySelectorAll<SVGGElement>('g.row')];
      const zeroX = num(rects[0]!.getAttribute('x'));
      const perUnit = num(rects[0]!.getAttribute('width')) / Math.max(...values);
      const order: string[] = [];
      for (const row of rows) {
        const key = row.dataset['key']!;
        const name = rowLabel(root, key)
          .replace(`${HIGHLIGHT_MARKER} `, '')
          .replace(/ \(hạng .*\)$/, '');
        order.push(name);
        const value = byName.get(name);
        expect(value, name).to.not.equal(undefined);
        const valueText = texts(root, `g.row-texts[data-key="${key}"] .value-label`)[0];
        if (value === null) {
          expect(row.querySelector('rect.bar'), name).to.equal(null);
          expect(valueText).to.equal('không có số liệu');
          continue;
        }
        const bar = row.querySelector('rect.bar')!;
        expect(num(bar.getAttribute('x')), name).to.be.closeTo(zeroX, 1e-6);
        expect(num(bar.getAttribute('width')), name).to.be.closeTo(value! * perUnit, 1e-6);
        expect(valueText, name).to.equal(formatNumber(value!, 'vi', 1));
      }
      // Sorted descending, no data last.
      const orderValues = order.map((n) => byName.get(n) ?? null);
      expect(orderValues.slice(0, 62)).to.deep.equal([...values].sort((a, b) => b - a));
      expect(orderValues[62]).to.equal(null);

      // Mean and median lines at their values, labelled as an unweighted average.
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const med = median(values);
      const meanLine = root.querySelector('line.reference-line.ref-mean')!;
      const medianLine = root.querySelector('line.reference-line.ref-median')!;
      expect(num(meanLine.getAttribute('x1'))).to.be.closeTo(zeroX + mean * perUnit, 1e-6);
      expect(num(medianLine.getAttribute('x1'))).to.be.closeTo(zeroX + med * perUnit, 1e-6);
      const refLabels = texts(root, '.reference-label').join(' ');
      expect(refLabels).to.contain('không gia quyền');
      expect(refLabels).to.contain(formatNumber(mean, 'vi', 1));
      expect(refLabels).to.contain(`Trung vị: ${formatNumber(med, 'vi', 1)}`);

      // The highlighted rank, on the chart and in the summary.
      const rank = rankOf(byName.get('Bến Tre')!, values);
      expect(texts(root, '.bar-label.highlighted').join(' ')).to.equal(
        `${HIGHLIGHT_MARKER} Bến Tre (hạng ${rank}/62)`,
      );
      const summary = summaryText(root);
      expect(summary).to.contain(
        `Bến Tre: hạng ${rank}/62, ${formatNumber(byName.get('Bến Tre')!, 'vi')} thuê bao/100 dân.`,
      );
      expect(summary).to.contain(
        `Trung bình cộng không gia quyền của 62 tỉnh, thành phố: ${formatNumber(mean, 'vi', 1)} thuê bao/100 dân; trung vị: ${formatNumber(med, 'vi', 1)} thuê bao/100 dân.`,
      );
      expect(summary).to.contain('Có số liệu của 62/63 tỉnh, thành phố.');
      expect(summary).to.contain('1 giá trị không có số liệu.');

      // The table: every province with its value and its rank, then the mean and the median.
      const cells = dataTable(root);
      const header = cells[0]!;
      expect(header.slice(0, 3)).to.deep.equal(['Tỉnh/thành phố', 'Hạng (1 = cao nhất)', 'Vùng']);
      const valueCol = header.findIndex((h) => h.startsWith('Giá trị'));
      const body = cells.slice(1);
      expect(body.length).to.equal(63 + 2);
      for (const row of body.slice(0, 63)) {
        const value = byName.get(row[0]!);
        if (value === null || value === undefined) {
          expect(row[valueCol]).to.equal('không có số liệu');
          expect(row[1]).to.equal('không có số liệu');
        } else {
          expect(row[valueCol], row[0]).to.equal(formatNumber(value, 'vi', 1));
          expect(row[1], row[0]).to.equal(String(rankOf(value, values)));
        }
      }
      expect(body[63]!.slice(0, 2)).to.deep.equal([
        'Trung bình các tỉnh (không gia quyền)',
        'không xếp hạng',
      ]);
      expect(body[63]![valueCol]).to.equal(formatNumber(mean, 'vi', 1));
      expect(body[64]![valueCol]).to.equal(formatNumber(med, 'vi', 1));
      // The example is labelled as such, on the chart and in the notes.
      expect(root.querySelector('[part~="title"]')!.textContent).to.contain('số liệu minh họa');
      expect(texts(root, '.notes li')).to.include('Số liệu minh họa, không phải số liệu thật.');
    });

    it('form="dots": one dot per province at its value on a linear axis; the highlighted one is an outlined diamond', async () => {
      const { root } = await setup(FIVE, { form: 'dots', highlight: '83' });
      const dots = [...root.querySelectorAll<SVGCircleElement>('g.row circle.point')];
      const diamond = root.querySelector<SVGPathElement>('path.point.highlighted')!;
      expect(dots.length).to.equal(3);
      expect(diamond).to.not.equal(null);
      expect(bars(root).length).to.equal(0);
      // Centres lie on one line x = a + b·value.
      const points = dots.map((d) => {
        const key = d.closest('g.row')!.getAttribute('data-key')!;
        const value = Number(
          texts(root, `g.row-texts[data-key="${key}"] .value-label`)[0]!.replace(',', '.'),
        );
        return [value, num(d.getAttribute('cx'))] as const;
      });
      const [[v0, x0], [v1, x1]] = points as unknown as [[number, number], [number, number]];
      const b = (x1 - x0) / (v1 - v0);
      for (const [v, x] of points) expect(x).to.be.closeTo(x0 + (v - v0) * b, 1e-6);
      expect(b).to.be.greaterThan(0);
      expect(parseFloat(getComputedStyle(diamond).strokeWidth)).to.be.at.least(2);
      expect(texts(root, '.value-label').sort()).to.deep.equal(
        ['114', '120,5', '90', '94', 'không có số liệu'].sort(),
      );
    });

    it('sort="ascending", "name" (Vietnamese collation) and "none" reorder the rows; no data stays last', async () => {
      const { el, root } = await setup(FIVE, { sort: 'ascending' });
      const names = (): string[] =>
        texts(root, '.bar-label').map((t) => t.replace(`${HIGHLIGHT_MARKER} `, ''));
      expect(names()).to.deep.equal(['Bình Thuận', 'Hà Tĩnh', 'Bến Tre', 'Hà Nội', 'Điện Biên']);
      el.sort = 'name';
      await el.updateComplete;
      expect(names()).to.deep.equal(['Bến Tre', 'Bình Thuận', 'Hà Nội', 'Hà Tĩnh', 'Điện Biên']);
      el.sort = 'none';
      await el.updateComplete;
      expect(names()).to.deep.equal(['Hà Tĩnh', 'Bến Tre', 'Hà Nội', 'Bình Thuận', 'Điện Biên']);
      el.setAttribute('sort', 'descending');
      await el.updateComplete;
      expect(names()).to.deep.equal(['Hà Nội', 'Bến Tre', 'Hà Tĩnh', 'Bình Thuận', 'Điện Biên']);
    });

    it('a province without data is a dashed placeholder with "không có số liệu", never a zero bar, and is still navigable', async () => {
      const { root } = await setup(FIVE);
      const placeholder = root.querySelector<SVGRectElement>('rect.placeholder')!;
      expect(placeholder).to.not.equal(null);
      expect(getComputedStyle(placeholder).fill).to.equal('none');
      expect(getComputedStyle(placeholder).strokeDasharray).to.not.equal('none');
      const row = placeholder.closest('g.row')!;
      expect(row.querySelector('rect.bar')).to.equal(null);
      expect(root.querySelector('.value-label.missing')!.textContent).to.equal('không có số liệu');
      expect(texts(root, '.bar-label').at(-1)).to.equal('Điện Biên');
      const item = items(root).find((i) => i.getAttribute('aria-label')!.startsWith('Điện Biên'))!;
      expect(item.getAttribute('aria-label')).to.contain('không có số liệu');
      expect(dataTable(root).some((r) => r[0] === 'Điện Biên' && r.includes('không có số liệu'))).to.equal(
        true,
      );
    });

    it('highlight="83" is outlined, bold, marked "◆" and labelled with its rank — not by colour alone', async () => {
      const { root } = await setup(FIVE, { highlight: '83', highlightEra: '2008-2025' });
      const bar = root.querySelector<SVGRectElement>('rect.bar.highlighted')!;
      const style = getComputedStyle(bar);
      expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
      expect(contrast(style.stroke, getComputedStyle(root.host).backgroundColor)).to.be.at.least(3);
      const label = root.querySelector<SVGTextElement>('.bar-label.highlighted')!;
      expect(label.textContent).to.equal(`${HIGHLIGHT_MARKER} Bến Tre (hạng 2/4)`);
      expect(Number(getComputedStyle(label).fontWeight)).to.be.at.least(700);
      expect(root.querySelectorAll('.bar-label.highlighted').length).to.equal(1);
      // Under grey scale the highlighted bar still differs from the others by its outline.
      const other = bars(root).find((b) => !b.classList.contains('highlighted'))!;
      expect(getComputedStyle(other).strokeWidth).to.not.equal(style.strokeWidth);
      expect(summaryText(root)).to.contain('Bến Tre: hạng 2/4, 114 thuê bao/100 dân.');
    });

    it('a highlighted province without data keeps its outlined placeholder and bold "◆" label; the summary says it has no data', async () => {
      const { root } = await setup(FIVE, { highlight: '11' });
      const placeholder = root.querySelector<SVGRectElement>('rect.placeholder.highlighted')!;
      expect(parseFloat(getComputedStyle(placeholder).strokeWidth)).to.be.at.least(2);
      expect(texts(root, '.bar-label.highlighted')).to.deep.equal([`${HIGHLIGHT_MARKER} Điện Biên`]);
      expect(summaryText(root)).to.contain('Điện Biên: không có số liệu.');
    });

    it('ties share a rank ("hạng 1/3" twice)', async () => {
      const { root } = await setup(
        smallDoc([
          ['42', 100],
          ['83', 100],
          ['01', 90],
        ]),
        { highlight: '42' },
      );
      expect(summaryText(root)).to.contain('Hà Tĩnh: hạng 1/3');
      const names = items(root).map((i) => i.getAttribute('aria-label')!);
      expect(names.filter((n) => n.includes('hạng 1/3')).length).to.equal(2);
      expect(names.some((n) => n.includes('hạng 3/3'))).to.equal(true);
    });

    it('a national observation is drawn as its own "Cả nước" line, in the summary and the table, not as a province', async () => {
      const { root } = await setup(FIVE);
      const line = root.querySelector('line.reference-line.ref-national')!;
      const rect = bars(root)[0]!; // Hà Nội 120,5
      const perUnit = num(rect.getAttribute('width')) / 120.5;
      expect(num(line.getAttribute('x1'))).to.be.closeTo(num(rect.getAttribute('x')) + 101 * perUnit, 1e-6);
      expect(texts(root, '.reference-label.ref-national').join(' ')).to.equal('Cả nước: 101');
      expect(summaryText(root)).to.contain('Cả nước năm 2020: 101 thuê bao/100 dân.');
      expect(dataTable(root).some((r) => r[0] === 'Cả nước' && r.includes('101'))).to.equal(true);
      expect(bars(root).length).to.equal(4);
      // The mean is the provinces' own (94, 114, 120,5, 90), not including the national value.
      expect(summaryText(root)).to.contain(
        'Trung bình cộng không gia quyền của 4 tỉnh, thành phố: 104,63 thuê bao/100 dân',
      );
    });

    it('region="mrd" shows the 13 Mekong provinces only; the average and ranks are theirs', async () => {
      const doc = provinceDocument('2008-2025', (i) => 50 + i);
      const { root } = await setup(doc, { region: 'mrd', highlight: '83' });
      const mekong = provincesOf('2008-2025').filter((p) => p.region === 'mrd');
      expect(bars(root).length).to.equal(13);
      const labels = texts(root, '.bar-label').join(' ');
      for (const p of mekong) expect(labels).to.contain(p.name.vi);
      const values = mekong.map((p) => 50 + provincesOf('2008-2025').indexOf(p));
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const summary = summaryText(root);
      expect(summary).to.contain('Chỉ hiển thị vùng Đồng bằng sông Cửu Long.');
      expect(summary).to.contain(`của 13 tỉnh, thành phố: ${formatNumber(mean, 'vi', 2)} thuê bao/100 dân`);
      const benTre = 50 + provincesOf('2008-2025').findIndex((p) => p.code === '83');
      expect(summary).to.contain(
        `Bến Tre: hạng ${rankOf(benTre, values)}/13 trong vùng Đồng bằng sông Cửu Long`,
      );
    });

    it('group-by="region" draws six region sections with headings, north to south, sorted within', async () => {
      const doc = provinceDocument('2008-2025', (i) => (i === 5 ? null : 30 + ((i * 29) % 97)));
      const { root } = await setup(doc, { groupBy: 'region' });
      expect(texts(root, '.section-heading')).to.deep.equal(
        (['nmm', 'rrd', 'ncc', 'ch', 'se', 'mrd'] as const).map((r) => regionName(r, 'vi')),
      );
      const headings = [...root.querySelectorAll<SVGTextElement>('.section-heading')].map((h) =>
        num(h.getAttribute('y')),
      );
      const rowsY = [...root.querySelectorAll<SVGGElement>('g.row-texts')].map((g) =>
        num(g.querySelector('.value-label')!.getAttribute('y')),
      );
      // Each section's rows lie between its heading and the next one, values descending, no data last.
      const valueOf = (g: SVGGElement): number | null => {
        const t = g.querySelector('.value-label')!.textContent!;
        return t === 'không có số liệu' ? null : Number(t.replace(/\./g, '').replace(',', '.'));
      };
      const groups = [...root.querySelectorAll<SVGGElement>('g.row-texts')];
      for (let s = 0; s < 6; s++) {
        const inSection = groups.filter(
          (_, i) => rowsY[i]! > headings[s]! && (s === 5 || rowsY[i]! < headings[s + 1]!),
        );
        const values = inSection.map(valueOf);
        const valued = values.filter((v): v is number => v !== null);
        expect(valued, `section ${s}`).to.deep.equal([...valued].sort((a, b) => b - a));
        if (values.includes(null)) expect(values.at(-1)).to.equal(null);
      }
      expect(groups.length).to.equal(63);
    });
  });

  describe('eras', () => {
    it('era="2025-" sums a count onto the 34 new units, and says so in the summary, the names and a note under the chart', async () => {
      const value = (i: number) => 10 + i;
      const doc = provinceDocument('2008-2025', value, STATIONS);
      const { root } = await setup(doc, { era: '2025-', highlight: '83', highlightEra: '2008-2025' });
      expect(bars(root).length).to.equal(34);
      const old = provincesOf('2008-2025');
      const vinhLong = successorOf('83')!;
      const sum = predecessorsOf(vinhLong.code)
        .map((p) => value(old.findIndex((o) => o.code === p.code)))
        .reduce((a, b) => a + b, 0);
      const row = [...root.querySelectorAll<SVGGElement>('g.row-texts')].find((g) =>
        g.querySelector('.bar-label')!.textContent!.includes('Vĩnh Long'),
      )!;
      expect(row.querySelector('.value-label')!.textContent).to.equal(formatNumber(sum, 'vi'));
      expect(row.querySelector('.bar-label')!.textContent).to.match(/^◆ Vĩnh Long \(hạng \d+\/34\)$/);
      const note = 'Số liệu của 63 tỉnh, thành phố cũ được cộng lại theo 34 đơn vị hành chính từ 01/07/2025.';
      expect(summaryText(root)).to.contain(note);
      expect(texts(root, '.notes li')).to.include(note);
      const name = items(root).find((i) => i.getAttribute('aria-label')!.startsWith('Vĩnh Long'))!;
      expect(name.getAttribute('aria-label')).to.contain('tổng của Bến Tre, Trà Vinh, Vĩnh Long');
    });

    it('era="2025-" refuses a rate it would have to sum, with a visible alert; with stated 34-unit values it draws them', async () => {
      const doc = provinceDocument('2008-2025', (i) => 60 + i);
      const { el, root } = await setup(doc, { era: '2025-' });
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert).to.not.equal(null);
      expect(alert.getClientRects().length).to.be.greaterThan(0);
      expect(alert.textContent).to.contain('Không thể cộng');
      expect(alert.textContent).to.contain('tỷ lệ');
      expect(root.querySelector('svg.marks')).to.equal(null);
      const both = provinceDocument('2008-2025', (i) => 60 + i);
      both.observations.push(...provinceDocument('2025-', (i) => 80 + i).observations);
      el.data = both;
      await until(() => root.querySelector('svg.marks') !== null, 'the chart');
      expect(bars(root).length).to.equal(34);
      expect(summaryText(root)).to.contain(
        '63 giá trị theo 63 tỉnh, thành phố (trước 01/07/2025) không được hiển thị.',
      );
    });

    it('34 units of 2025 (provinceDocument) render with their new names and group into six regions', async () => {
      const doc = provinceDocument('2025-', (i) => 40 + i * 2);
      const { root } = await setup(doc, { groupBy: 'region', highlight: '86', highlightEra: '2025-' });
      expect(bars(root).length).to.equal(34);
      const labels = texts(root, '.bar-label').join(' | ');
      for (const p of provincesOf('2025-')) expect(labels).to.contain(p.name.vi);
      expect(domTree(root).length).to.equal(6);
      expect(summaryText(root)).to.match(/Vĩnh Long: hạng \d+\/34/);
    });
  });

  describe('seed facts', () => {
    it('phone_subscriptions_per_100: Bến Tre 114 (2016) and Hà Tĩnh 94 (2020), with the years and a note that they differ', async () => {
      const { root } = await setup(await loadDemo('all-seed-facts'), {
        indicator: 'phone_subscriptions_per_100',
        highlight: '83',
      });
      expect(texts(root, '.value-label')).to.deep.equal(['114', '94']);
      expect(texts(root, '.bar-label')).to.deep.equal([
        `${HIGHLIGHT_MARKER} Bến Tre, 2016 (hạng 1/2)`,
        'Hà Tĩnh, 2020',
      ]);
      const summary = summaryText(root);
      expect(summary).to.contain('Bến Tre: hạng 1/2, 114 thuê bao/100 dân.');
      expect(summary).to.contain('Các giá trị thuộc các kỳ khác nhau (2016–2020)');
      expect(texts(root, '.notes li').join(' ')).to.contain('các kỳ khác nhau');
      const source = root.querySelector('[part~="source"]')!.textContent!.replace(/\s+/g, ' ');
      expect(source).to.contain('Tổng kết ngành thông tin và truyền thông tỉnh Bến Tre năm 2016');
      expect(source).to.contain('Hội nghị tổng kết năm 2020, tỉnh Hà Tĩnh');
    });

    it('e_documents_share: all 4 seed values (95, 100, 99, 97 %); Hà Tĩnh has two, so no rank or average, and it says why', async () => {
      const { root } = await setup(await loadDemo('all-seed-facts'), { indicator: 'e_documents_share' });
      expect(texts(root, '.value-label').sort()).to.deep.equal(
        ['100\u00a0%', '97\u00a0%', '99\u00a0%', 'trên 95\u00a0%'].sort(),
      );
      expect(root.querySelector('.reference-line')).to.equal(null);
      expect(summaryText(root)).to.contain('Không xếp hạng, không tính trung bình: Hà Tĩnh có nhiều giá trị');
    });

    it('year="2020" keeps one year of e_documents_share: Hà Tĩnh\'s two values (100 % and 99 %)', async () => {
      const { root } = await setup(await loadDemo('all-seed-facts'), {
        indicator: 'e_documents_share',
        year: 2020,
      });
      expect(texts(root, '.value-label')).to.deep.equal(['100\u00a0%', '99\u00a0%']);
      expect(summaryText(root)).to.not.contain('các kỳ khác nhau');
    });

    it('postal_telecom_enterprises_count on era="2025-": Hà Tĩnh keeps 13; Vĩnh Long has no sum (only Bến Tre reported)', async () => {
      const { root } = await setup(await loadDemo('all-seed-facts'), {
        indicator: 'postal_telecom_enterprises_count',
        era: '2025-',
      });
      expect(texts(root, '.value-label')).to.deep.equal(['13', 'không có số liệu']);
      expect(texts(root, '.notes li').join(' ')).to.contain('không có tổng');
    });

    it('loads a seed document from src', async () => {
      const wrapper = await mount<HTMLDivElement>(
        html`<div style="width:640px">
          <ict-province-compare
            src="/demo/data/all-seed-facts.json"
            indicator="phone_subscriptions_per_100"
          ></ict-province-compare>
        </div>`,
      );
      const el = wrapper.querySelector(TAG) as IctProvinceCompare;
      await until(() => el.shadowRoot?.querySelector('svg.marks') != null, 'the chart');
      expect(texts(el.shadowRoot!, '.value-label')).to.deep.equal(['114', '94']);
    });

    it('an indicator with only a national value does not fit: a clear visible message', async () => {
      const { root } = await setup(await loadDemo('all-seed-facts'), {
        indicator: 'provinces_with_all_eligible_services_level4_count',
      });
      const alert = root.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('không có số liệu theo tỉnh, thành phố để so sánh');
    });
  });

  describe('bad input', () => {
    it('invalid JSON text shows a visible alert', async () => {
      const { root } = await setup('{"version": 1, "indicators": [');
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.getClientRects().length).to.be.greaterThan(0);
      expect(root.querySelector('svg.marks')).to.equal(null);
    });

    it('a value of the wrong type and an unknown indicator show the error state', async () => {
      const bad = { ...FIVE, observations: [{ ...FIVE.observations[0]!, value: '94' }] };
      const { el, root } = await setup(bad);
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain('observations[0].value');
      el.data = FIVE;
      el.indicator = 'no_such_indicator';
      await until(
        () => root.querySelector('[role="alert"]')?.textContent?.includes('no_such_indicator') === true,
        'error',
      );
    });
  });

  describe('updates, pointer and strings', () => {
    it('two data updates 300 ms apart give one polite announcement, and focus stays on the same province', async () => {
      const { el, root, before } = await setup(FIVE);
      await tabIntoTree(root, before);
      await press('ArrowRight');
      const focusedKey = activeKey();
      const live = root.querySelector('[aria-live="polite"][part="live"]')!;
      const heard: string[] = [];
      const observer = new MutationObserver(() => {
        if (live.textContent) heard.push(live.textContent);
      });
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      el.data = smallDoc([
        ['42', 95],
        ['83', 115],
        ['01', 121],
        ['11', null],
        ['60', 91],
      ]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      el.data = smallDoc([
        ['42', 96],
        ['83', 116],
        ['01', 122],
        ['11', null],
        ['60', 92],
      ]);
      await until(() => heard.length > 0, 'the announcement', 3000);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      observer.disconnect();
      expect(heard).to.deep.equal([`Đã cập nhật dữ liệu: ${PHONE_DENSITY.label.vi}, 5 giá trị.`]);
      expect(activeKey()).to.equal(focusedKey);
      expect(
        root.querySelector(`[data-key="${focusedKey}"][role="treeitem"]`)!.getAttribute('aria-label'),
      ).to.match(/Bến Tre.*116/);
    });

    it('each mark has its tree item over it (explore by touch), ≥ 24 × 24 px; the focus ring is ≥ 2 px and ≥ 3:1', async () => {
      const { el, root, before } = await setup(FIVE, { form: 'dots' });
      for (const row of root.querySelectorAll<SVGGElement>('g.row')) {
        const key = row.dataset['key']!;
        const shape = row.querySelector('rect, circle, path')!.getBoundingClientRect();
        const hits = root.elementsFromPoint(shape.left + shape.width / 2, shape.top + shape.height / 2);
        const item = hits.find(
          (h) => h.getAttribute('role') === 'treeitem' && (h as HTMLElement).dataset['key'] === key,
        );
        expect(item, key).to.not.equal(undefined);
        const box = item!.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
      await tabIntoTree(root, before);
      const ring = getComputedStyle(root.querySelector('.focus-ring')!);
      expect(parseFloat(ring.strokeWidth)).to.be.at.least(2);
      expect(contrast(ring.stroke, getComputedStyle(el).backgroundColor)).to.be.at.least(3);
    });

    it('the strings property rewords the comparison texts and the data texts alike', async () => {
      const { root } = await setup(FIVE, {
        strings: {
          vi: {
            compareMedianLabel: (v: string) => `Giá trị giữa: ${v}`,
            compareNationalLabel: (v: string) => `Toàn quốc: ${v}`,
            missing: { 'not-available': 'chưa báo cáo' },
          },
        },
      });
      const labels = texts(root, '.reference-label').join(' ');
      expect(labels).to.contain('Giá trị giữa: 104');
      expect(labels).to.contain('Toàn quốc: 101');
      expect(texts(root, '.value-label')).to.include('chưa báo cáo');
    });
  });

  describe('keyboard', () => {
    it('one Tab stop; arrows, Home and End move; Enter fires ict-select with the province; a click does the same', async () => {
      const { el, root, before } = await setup(FIVE);
      const details: IctMarkDetail[] = [];
      el.addEventListener('ict-select', (e) => details.push(e.detail));
      const leaves = items(root);
      expect(tabStops(root).filter((e) => e.getAttribute('role') === 'treeitem').length).to.equal(1);
      await tabIntoTree(root, before);
      const keys = leaves.map((i) => i.dataset['key']);
      expect(activeKey()).to.equal(keys[0]);
      await press('ArrowRight');
      expect(activeKey()).to.equal(keys[1]);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal(
        'Bến Tre, 2020, mật độ thuê bao điện thoại: 114 thuê bao/100 dân, hạng 2/4, 2/5',
      );
      await press('Enter');
      expect(details).to.deep.equal([
        {
          key: keys[1]!,
          indicator: PHONE_DENSITY.id,
          place: { code: '83', era: '2008-2025' },
          period: { year: 2020 },
          value: 114,
        },
      ]);
      await press('End');
      expect(activeKey()).to.equal(keys[4]);
      await press('Home');
      expect(activeKey()).to.equal(keys[0]);
      const r = leaves[2]!.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(r.left + 20), Math.round(r.top + r.height / 2)],
      });
      await settleFrame();
      expect(details.length).to.equal(2);
      expect(details[1]!.value).to.equal(94);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('63 provinces by region: six region groups, ≤ 12 siblings, every province ≤ 8 presses; "ben tre" finds Bến Tre and "w" says the region', async () => {
      const { root, before } = await setup(await example(), { groupBy: 'region' });
      const tree = domTree(root);
      expect(tree.map((t) => t.label.replace(/, \d+\/\d+$/, ''))).to.deep.equal(
        (['nmm', 'rrd', 'ncc', 'ch', 'se', 'mrd'] as const).map((r) => regionName(r, 'vi')),
      );
      const model = new NavModel(tree);
      expect(model.all.filter((n) => n.children.length === 0).length).to.equal(63);
      for (const n of model.all) expect(n.siblings.length).to.be.at.most(12);
      expect(maxPresses(model)).to.be.at.most(8);
      await tabIntoTree(root, before);
      await type('ben tre');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(/^Bến Tre, 2020/);
      const typed = performance.now();
      await until(() => performance.now() - typed > 1100, 'the type-ahead pause');
      await press('w');
      expect(liveText(root)).to.match(/^Đang ở: Đồng bằng sông Cửu Long › (.* › )?Bến Tre$/);
    });

    it('34 units by region: "w" says exactly "Đồng bằng sông Cửu Long › Vĩnh Long"', async () => {
      const { root, before } = await setup(
        provinceDocument('2025-', (i) => 40 + i),
        { groupBy: 'region' },
      );
      await tabIntoTree(root, before);
      await type('vinh long');
      const typed = performance.now();
      await until(() => performance.now() - typed > 1100, 'the type-ahead pause');
      await press('w');
      expect(liveText(root)).to.equal('Đang ở: Đồng bằng sông Cửu Long › Vĩnh Long');
    });

    it('63 sorted provinces (not grouped) are binned in chart order; each name carries its rank', async () => {
      const doc = await example();
      const { root } = await setup(doc);
      const tree = domTree(root);
      expect(tree.length).to.be.at.most(12);
      const model = new NavModel(tree);
      expect(maxPresses(model)).to.be.at.most(8);
      const leafNames = model.all.filter((n) => n.children.length === 0).map((n) => n.item.label);
      expect(leafNames[0]).to.match(/^Ninh Bình, 2020, .*: 134 thuê bao\/100 dân, hạng 1\/62, 1\/\d+$/);
      // Same order as the bars.
      const labels = texts(root, '.bar-label');
      leafNames.forEach((n, i) => expect(n.startsWith(labels[i]!), `${i}`).to.equal(true));
    });

    it('Escape first hides the tooltip, then goes up to the region, then out of the marks', async () => {
      const { root, before } = await setup(
        provinceDocument('2025-', (i) => i + 1),
        { groupBy: 'region' },
      );
      await tabIntoTree(root, before);
      const region = activeKey();
      await press('ArrowDown');
      const leaf = activeKey();
      expect(root.querySelector<HTMLElement>('.tooltip')?.dataset['key']).to.equal(leaf);
      await press('Escape');
      expect(root.querySelector('.tooltip')).to.equal(null);
      expect(activeKey()).to.equal(leaf);
      await press('Escape');
      expect(activeKey()).to.equal(region);
      await press('Escape');
      expect(activeKey()).to.equal(undefined);
    });
  });

  describe('language, layout and media', () => {
    it('el.lang = "en" re-renders every string: names, values, reference labels, notes, summary, table, tree', async () => {
      const { el, root } = await setup(await example(), { highlight: '83' });
      el.lang = 'en';
      await until(() => root.querySelector('.unit-label')?.textContent === 'per 100 inhabitants', 'English');
      const summary = summaryText(root);
      expect(summary).to.match(/Ben Tre: rank \d+ of 62, 106 per 100 inhabitants\./);
      expect(summary).to.contain('Unweighted average of 62 provinces: ');
      expect(texts(root, '.reference-label').join(' ')).to.contain('Unweighted average of provinces');
      expect(texts(root, '.bar-label.highlighted')[0]).to.match(/^◆ Ben Tre \(rank \d+ of 62\)$/);
      expect(texts(root, '.bar-label')).to.include('Hanoi');
      expect(texts(root, '.value-label')).to.include('no data');
      expect(texts(root, '.notes li')).to.include('Example data, not real figures.');
      expect(dataTable(root)[0]!.slice(0, 3)).to.deep.equal([
        'Province/city',
        'Rank (1 = highest)',
        'Region',
      ]);
      const all = root.textContent ?? '';
      const labels = [...root.querySelectorAll('[aria-label]')]
        .map((e) => e.getAttribute('aria-label'))
        .join(' ');
      for (const vi of [
        'không có số liệu',
        'thuê bao/100 dân',
        'Xem bảng số liệu',
        'Trung bình',
        'Trung vị',
        'hạng',
        'Ghi chú',
        'Vùng',
      ])
        expect(`${all} ${labels}`, vi).to.not.contain(vi);
    });

    for (const width of [320, 640]) {
      it(`at ${width} px: no two texts overlap, all inside the SVG, text ≥ 12 px, no horizontal scroll (63 provinces, grouped, national line)`, async function () {
        if (document.visibilityState !== 'visible') this.skip(); // no ResizeObserver in a background page
        const doc = (await example()) as unknown as IndicatorDocument;
        const withNational = {
          ...doc,
          observations: [
            ...doc.observations,
            {
              place: { code: '01', era: '2008-2025' },
              period: { year: 2020 },
              value: 101,
              breakdown: { scope: 'national' },
            },
          ],
        };
        const { el, root } = await setup(withNational, { width, groupBy: 'region', highlight: '83' });
        await chartAtWidth(el, width);
        const svgEl = root.querySelector<SVGSVGElement>('svg.marks')!;
        const frame = svgEl.getBoundingClientRect();
        const nodes = [...svgEl.querySelectorAll<SVGTextElement>('text')];
        const boxes = nodes
          .map((t) => t.getBBox())
          .map((b) => ({ x: b.x, y: b.y, width: b.width, height: b.height }));
        expect(root.querySelectorAll('line.reference-line').length).to.equal(3);
        nodes.forEach((t, i) => {
          expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
          const b = boxes[i]!;
          expect(b.x, t.textContent!).to.be.at.least(-0.5);
          expect(b.x + b.width, t.textContent!).to.be.at.most(frame.width + 0.5);
        });
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            // Glyph boxes include the line's ascent and descent: shrink 1 px so touching lines do not count.
            const shrink = (r: { x: number; y: number; width: number; height: number }) => ({
              x: r.x + 0.5,
              y: r.y + 1,
              width: Math.max(0, r.width - 1),
              height: Math.max(0, r.height - 2),
            });
            expect(
              rectsOverlap(shrink(boxes[i]!), shrink(boxes[j]!)),
              `"${nodes[i]!.textContent}" / "${nodes[j]!.textContent}"`,
            ).to.equal(false);
          }
        }
        if (width < 480) {
          for (const row of root.querySelectorAll<SVGGElement>('g.row')) {
            const key = row.dataset['key']!;
            const label = root
              .querySelector<SVGTextElement>(`g.row-texts[data-key="${key}"] .bar-label`)!
              .getBBox();
            const mark = row.querySelector('rect')!.getBBox();
            expect(label.y + label.height, key).to.be.at.most(mark.y + 1);
          }
        }
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      });
    }

    it('with reduced motion nothing animates when the data changes', async function () {
      const applied = await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      if (!applied) this.skip(); // emulated over CDP (Chromium only)
      const { el, root } = await setup(FIVE);
      el.data = smallDoc([
        ['42', 10],
        ['83', 200],
        ['01', 50],
      ]);
      await until(() => bars(root).length === 3, 'new data');
      expect(root.getAnimations()).to.deep.equal([]);
    });

    it('in forced colours: the focus ring is Highlight; texts and reference lines are CanvasText', async function () {
      const applied = await emulateMedia({ 'forced-colors': 'active' });
      if (!applied) this.skip(); // CDP only (Chromium)
      const { root, before } = await setup(FIVE);
      await tabIntoTree(root, before);
      expect(getComputedStyle(root.querySelector('.focus-ring')!).stroke).to.equal(resolveColor('Highlight'));
      const canvasText = resolveColor('CanvasText');
      for (const selector of ['.bar-label', '.value-label', '.reference-label', '.reference-line'])
        expect(
          getComputedStyle(root.querySelector(selector)!)[
            selector.includes('line') && !selector.includes('label') ? 'stroke' : 'fill'
          ],
          selector,
        ).to.equal(canvasText);
      expect(await axeViolations(root.host)).to.deep.equal([]);
    });

    it('reference lines keep ≥ 3:1 and every SVG text ≥ 4.5:1 against the background, light and dark', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const { root } = await setup(FIVE, { theme });
        const bg = getComputedStyle(root.host).backgroundColor;
        for (const line of root.querySelectorAll('.reference-line'))
          expect(contrast(getComputedStyle(line).stroke, bg), theme).to.be.at.least(3);
        for (const label of root.querySelectorAll('svg.marks text'))
          expect(contrast(getComputedStyle(label).fill, bg), `${theme} ${label.textContent}`).to.be.at.least(
            4.5,
          );
      }
    });
  });

  describe('accessibility (axe)', () => {
    it('no violations in light (with a focused mark and its tooltip) and in dark', async () => {
      const { el, root, before } = await setup(FIVE, { highlight: '42' });
      expect(await axeViolations(el)).to.deep.equal([]);
      await tabIntoTree(root, before);
      await press('ArrowRight');
      expect(await axeViolations(el)).to.deep.equal([]);
      const dark = await setup(FIVE, { theme: 'dark', form: 'dots', highlight: '83' });
      expect(await axeViolations(dark.el)).to.deep.equal([]);
    });

    it('no violations for 63 provinces by region, and for the refusal message', async () => {
      const { el } = await setup(await example(), { groupBy: 'region', highlight: '83' });
      expect(await axeViolations(el)).to.deep.equal([]);
      const refused = await setup(
        provinceDocument('2008-2025', (i) => i + 1),
        { era: '2025-' },
      );
      expect(refused.root.querySelector('[role="alert"]')).to.not.equal(null);
      expect(await axeViolations(refused.el)).to.deep.equal([]);
    });
  });
});
