import { html } from 'lit';
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/elements/indicator-trend/define.js';
import type { IctIndicatorTrend } from '../../src/elements/indicator-trend/indicator-trend.js';
import type { NavModel } from '../../src/chart/controllers/navigation-controller.js';
import { FULL_TREE_MAX_NODES } from '../../src/chart/controllers/navigation-controller.js';
import { TABLE_PAGE_ROWS } from '../../src/chart/templates/data-table.js';
import type { IctMarkDetail } from '../../src/chart/events.js';
import { rectsOverlap } from '../../src/chart/geometry/rect.js';
import { formatCompact, formatNumber } from '../../src/core/format/format.js';
import type { IndicatorDocument, Observation } from '../../src/core/indicator/types.js';
import { axeViolations, contrast, emulateMedia, resolveColor } from '../helpers/ax.js';
import {
  chartAtWidth,
  domTree,
  liveText,
  mountChart,
  navModelOf,
  summaryText,
  texts,
  until,
  unmarkedVietnamese,
  type ChartSetup,
} from '../helpers/chart.js';
import { CODES, loadDemo, mount } from '../helpers/fixtures.js';
import { activeKey, deepActiveElement, press, settleFrame, tabIntoTree, type } from '../helpers/keys.js';
import { maxPresses } from '../helpers/nav.js';

// ─── helpers ──────────────────────────────────────────────────────────────────────────────────────

async function setup(
  data: unknown,
  attrs: { width?: number; lang?: string } & Partial<IctIndicatorTrend> = {},
): Promise<ChartSetup<IctIndicatorTrend>> {
  return mountChart<IctIndicatorTrend>('ict-indicator-trend', data, attrs);
}

const svgTexts = (root: ShadowRoot, cls: string): string[] => texts(root, `svg.marks text.${cls}`);
const form = (root: ShadowRoot): string | null =>
  root.querySelector('.plot')?.getAttribute('data-form') ?? null;

/** The data table (not the keyboard help's), header row first. */
function dataTable(root: ShadowRoot): string[][] {
  const table = [...root.querySelectorAll('table')].find((t) => t.closest('dialog') === null);
  return [...table!.querySelectorAll('tr')].map((tr) =>
    // Ordinary white space only: the no-break spaces of "111,78 %" are part of what is checked.
    [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim()),
  );
}

/** Keys of the groups above `key` in the model, top level first (the groups drawn open). */
function openPath(model: NavModel, key: string): string[] {
  const out: string[] = [];
  for (let n = model.get(key)?.parent; n !== undefined; n = n.parent) out.unshift(n.key);
  return out;
}

const leafLabels = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll('[role="treeitem"]:not([aria-expanded])')].map((e) =>
    e.getAttribute('aria-label')!,
  );

/** Every text of the chart's SVG: none overlapping another, all inside the SVG, none under 12 px. */
function expectNoOverlaps(root: ShadowRoot): void {
  const svgEl = root.querySelector<SVGSVGElement>('svg.marks')!;
  const frame = svgEl.getBoundingClientRect();
  const nodes = [...svgEl.querySelectorAll<SVGTextElement>('text')].filter(
    (t) => (t.textContent ?? '').trim() !== '',
  );
  const boxes = nodes.map((t) => t.getBoundingClientRect());
  nodes.forEach((t, i) => {
    const b = boxes[i]!;
    expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
    expect(b.left, `${t.textContent} left`).to.be.at.least(frame.left - 0.5);
    expect(b.right, `${t.textContent} right`).to.be.at.most(frame.right + 0.5);
    expect(b.top, `${t.textContent} top`).to.be.at.least(frame.top - 0.5);
    expect(b.bottom, `${t.textContent} bottom`).to.be.at.most(frame.bottom + 0.5);
  });
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = rectsOverlap(
        { x: a.left, y: a.top, width: a.width, height: a.height },
        { x: b.left, y: b.top, width: b.width, height: b.height },
      );
      expect(overlap, `"${nodes[i]!.textContent}" / "${nodes[j]!.textContent}"`).to.equal(false);
    }
}

const SUBSCRIBERS = {
  id: 'mobile_subscribers',
  label: { vi: 'Số thuê bao di động', en: 'Mobile subscribers' },
  unit: 'count' as const,
  source: { publisher: 'Sở Thông tin và Truyền thông (minh hoạ)' },
};

/** One place, one value per year (null for a missing one). */
function yearly(
  values: readonly (number | null)[],
  code: string = CODES.haTinh,
  from = 2013,
): IndicatorDocument {
  return {
    version: 1,
    indicators: [SUBSCRIBERS],
    observations: values.map((value, i): Observation =>
      value === null
        ? {
            place: { code, era: '2008-2025' },
            period: { year: from + i },
            value: null,
            missing: 'not-available',
          }
        : { place: { code, era: '2008-2025' }, period: { year: from + i }, value },
    ),
  };
}

const EIGHT = [3100, 3350, 2900, 4100, 4300, 4800, null, 5200];

/** Several places, `years` values each. */
function places(codes: readonly string[], years: number): IndicatorDocument {
  return {
    version: 1,
    indicators: [SUBSCRIBERS],
    observations: codes.flatMap((code, p) =>
      Array.from({ length: years }, (_, i): Observation => ({
        place: { code, era: '2008-2025' },
        period: { year: 2011 + i },
        value: 1000 + p * 150 + i * (20 + p * 10),
      })),
    ),
  };
}

/** 5 places × 2 000 months = 10 000 values (the format's periods stop at year 2100: 2 412 months per place). */
function tenThousand(): IndicatorDocument {
  const codes = [CODES.haTinh, CODES.benTre, CODES.dienBien, CODES.binhThuan, CODES.haNoi];
  return {
    version: 1,
    indicators: [SUBSCRIBERS],
    observations: codes.flatMap((code, p) =>
      Array.from({ length: 2000 }, (_, i): Observation => ({
        place: { code, era: '2008-2025' },
        period: { year: 1910 + Math.floor(i / 12), month: (i % 12) + 1 },
        // Hà Tĩnh peaks once at 9 999 (month 1 234) and dips once to 1 (month 777): both must be drawn.
        value:
          p === 0 && i === 1234
            ? 9999
            : p === 0 && i === 777
              ? 1
              : 1000 + Math.round(300 * Math.sin(i / 40 + p)) + p * 50,
      })),
    ),
  };
}

// ─── tests ────────────────────────────────────────────────────────────────────────────────────────

describe('<ict-indicator-trend>', function () {
  this.timeout(120000);

  afterEach(async () => {
    await emulateMedia({});
  });

  describe('seed facts', () => {
    it('Bến Tre 2016 revenue: plan form, actual bar past a plan marker at value ÷ 111,78 × 100, "111,78 % kế hoạch", plan said to be derived', async () => {
      const doc = await loadDemo('ben-tre-2016');
      const { root } = await setup(doc, { indicator: 'postal_telecom_revenue' });
      expect(form(root)).to.equal('plan');
      const bar = root.querySelector<SVGRectElement>('rect.bar')!;
      const marker = root.querySelector<SVGLineElement>('line.plan-marker[part="plan-marker"]')!;
      const axis = root.querySelector<SVGLineElement>('.zero-line')!;
      const zero = Number(axis.getAttribute('x1'));
      const actualLength = Number(bar.getAttribute('width'));
      const planLength = Number(marker.getAttribute('x1')) - zero;
      expect(Number(bar.getAttribute('x'))).to.be.closeTo(zero, 1e-6);
      expect((actualLength / planLength) * 100).to.be.closeTo(111.78, 1e-6);
      expect(svgTexts(root, 't-headline')).to.deep.equal(['111,78\u00a0% kế hoạch']);
      const legend = svgTexts(root, 't-legend').join(' ');
      expect(legend).to.contain(`Thực hiện: ${formatCompact(1341424606000, 'vi')} đồng`);
      expect(legend).to.contain('suy ra từ 111,78\u00a0%');
      expect(legend).to.contain('khoảng 1,2\u00a0nghìn\u00a0tỷ đồng');
      // Axis compact, names and table full.
      expect(texts(root, '.tick-label')).to.include('1\u00a0nghìn\u00a0tỷ');
      const name = leafLabels(root)[0]!;
      expect(name).to.contain('1.341.424.606.000 đồng');
      expect(name).to.contain('đạt 111,78\u00a0% kế hoạch');
      expect(name).to.contain('kế hoạch suy ra từ 111,78\u00a0%: khoảng 1.200.000.000.000 đồng');
      const table = dataTable(root);
      expect(table[0]).to.include('Kế hoạch suy ra (đồng)');
      expect(table[1]).to.include('1.341.424.606.000');
      expect(table[1]).to.include('khoảng 1.200.000.000.000');
      expect(summaryText(root)).to.contain(
        // summaryText() folds the no-break spaces
        'suy ra từ tỷ lệ 111,78 %, kế hoạch khoảng 1.200.000.000.000 đồng',
      );
    });

    it('Bến Tre 2016 procedure time: before/after form, an arrow from 15 to 4 days, "giảm 11 ngày (-73 %)"', async () => {
      const doc = await loadDemo('ben-tre-2016');
      const { root } = await setup(doc, { indicator: 'admin_procedure_processing_days' });
      expect(form(root)).to.equal('before-after');
      const before = root.querySelector<SVGCircleElement>('circle[data-state="before"]')!;
      const after = root.querySelector<SVGCircleElement>('circle[data-state="after"]')!;
      const zero = Number(root.querySelector('.zero-line')!.getAttribute('x1'));
      const b = Number(before.getAttribute('cx')) - zero;
      const a = Number(after.getAttribute('cx')) - zero;
      expect(a / b).to.be.closeTo(4 / 15, 1e-6);
      expect(svgTexts(root, 't-headline')).to.deep.equal(['giảm 11 ngày (-73\u00a0%)']);
      expect(svgTexts(root, 't-value')).to.deep.equal(['15', '4']);
      expect(svgTexts(root, 't-legend')).to.deep.equal(['Trước khi đơn giản hóa: 15 ngày', '2016: 4 ngày']);
      expect(leafLabels(root)[0]).to.contain(
        'giảm từ 15 ngày (trước khi đơn giản hóa) xuống 4 ngày (-73\u00a0%)',
      );
    });

    it('Hà Tĩnh 2020 BTS stations: one column "trên 3.100", value as the source hedges it', async () => {
      const doc = await loadDemo('ha-tinh-2020');
      const { root } = await setup(doc, { indicator: 'bts_stations_count' });
      expect(form(root)).to.equal('columns');
      expect(root.querySelectorAll('[part="column"]').length).to.equal(1);
      expect(svgTexts(root, 't-value')).to.deep.equal(['trên 3.100']);
      expect(leafLabels(root)[0]).to.equal(
        'Hà Tĩnh, 2020, số trạm thu phát sóng thông tin di động (BTS): trên 3.100, 1/1',
      );
    });

    it('Hà Tĩnh 2020 ICT revenue: "2,85 nghìn tỷ" (ước đạt) and the stated "khoảng +3,5 % so với 2019"; full in the tooltip and table', async () => {
      const doc = await loadDemo('ha-tinh-2020');
      const { root, before } = await setup(doc, { indicator: 'ict_sector_revenue' });
      expect(svgTexts(root, 't-value')).to.deep.equal([`${formatCompact(2.85e12, 'vi')}`]);
      expect(svgTexts(root, 't-value')[0]).to.equal('2,85\u00a0nghìn\u00a0tỷ');
      expect(svgTexts(root, 't-status')).to.deep.equal(['(ước đạt)']);
      expect(svgTexts(root, 't-change')).to.deep.equal(['khoảng +3,5\u00a0% so với 2019']);
      const table = dataTable(root);
      expect(table[1]).to.include('2.850.000.000.000');
      expect(table[1]).to.include('tăng khoảng 3,5\u00a0% so với năm 2019');
      await tabIntoTree(root, before);
      const tip = root.querySelector('.tooltip')!.textContent!.replace(/\s+/g, ' ');
      expect(tip).to.contain('2.850.000.000.000 đồng (ước đạt)');
      expect(tip).to.contain('Tăng khoảng 3,5 % so với năm 2019'); // folded spaces, as above
    });

    it('Bến Tre 2016 certificates: one column of 147', async () => {
      const doc = await loadDemo('ben-tre-2016');
      const { root } = await setup(doc, { indicator: 'digital_certificates_issued_count' });
      expect(svgTexts(root, 't-value')).to.deep.equal(['147']);
      expect(svgTexts(root, 't-period')).to.deep.equal(['2016']);
      expect(summaryText(root)).to.contain('Bến Tre, 2016 (cấp tỉnh): 147.');
    });

    it('Điện Biên staff 2007 → 2022: two columns, 2 and 49 to scale, "+2.350 %" between them, the trend in the summary', async () => {
      const doc = await loadDemo('dien-bien-2022');
      const { root } = await setup(doc, { indicator: 'department_staff_count' });
      expect(form(root)).to.equal('columns');
      const heights = [...root.querySelectorAll('[part="column"]')].map((c) =>
        Number(c.getAttribute('height')),
      );
      expect(heights[0]! / heights[1]!).to.be.closeTo(2 / 49, 1e-9);
      expect(svgTexts(root, 't-value')).to.deep.equal(['2', '49']);
      expect(svgTexts(root, 't-change')).to.deep.equal(['+2.350\u00a0%']);
      expect(leafLabels(root)[1]).to.contain('tăng 47 (+2.350\u00a0%) so với năm 2007');
      expect(summaryText(root)).to.contain('Từ năm 2007 đến năm 2022: tăng từ 2 lên 49.');
      const table = dataTable(root);
      expect(table[0]).to.include('Thay đổi so với kỳ trước');
      expect(table[2]).to.include('tăng 47 (+2.350\u00a0%) so với năm 2007');
    });

    it('Bình Thuận key tasks 2013/2014: the 2014 plan is a hollow dashed column marked "(kế hoạch)", no change into a plan', async () => {
      const doc = await loadDemo('binh-thuan-2014');
      const { root } = await setup(doc, { indicator: 'assigned_key_tasks_count' });
      const columns = [...root.querySelectorAll<SVGRectElement>('[part="column"]')];
      expect(columns.map((c) => c.classList.contains('target'))).to.deep.equal([false, true]);
      const style = getComputedStyle(columns[1]!);
      expect(style.fill).to.equal('none');
      expect(style.strokeDasharray).to.not.equal('none');
      expect(Number(columns[0]!.getAttribute('height'))).to.equal(Number(columns[1]!.getAttribute('height')));
      expect(svgTexts(root, 't-status')).to.deep.equal(['(kế hoạch)']);
      expect(svgTexts(root, 't-change')).to.deep.equal([]);
      expect(leafLabels(root)[1]).to.contain('8 (kế hoạch)');
    });
  });

  describe('marks, summary and table read back', () => {
    it('columns: bar heights, printed numbers, names, summary and table all equal the input (a wrong one fails)', async () => {
      const { root } = await setup(yearly(EIGHT));
      expect(form(root)).to.equal('columns');
      const columns = [...root.querySelectorAll<SVGRectElement>('[part="column"]')];
      expect(columns.length).to.equal(7); // the missing year is a placeholder, not a zero column
      const valued = EIGHT.filter((v): v is number => v !== null);
      const perUnit = Number(columns[0]!.getAttribute('height')) / valued[0]!;
      columns.forEach((c, i) =>
        expect(Number(c.getAttribute('height')), `column ${i}`).to.be.closeTo(valued[i]! * perUnit, 1e-6),
      );
      expect(svgTexts(root, 't-value')).to.deep.equal(valued.map((v) => formatNumber(v, 'vi')));
      const names = leafLabels(root);
      EIGHT.forEach((v, i) => {
        expect(names[i]).to.contain(`${2013 + i}`);
        expect(names[i]).to.contain(v === null ? 'không có số liệu' : formatNumber(v, 'vi'));
      });
      const summary = summaryText(root);
      expect(summary).to.contain('Cao nhất là năm 2020, với 5.200.');
      expect(summary).to.contain('Thấp nhất là năm 2015, với 2.900.');
      const table = dataTable(root);
      expect(table.slice(1).map((r) => r[2])).to.deep.equal(
        EIGHT.map((v) => (v === null ? 'không có số liệu' : formatNumber(v, 'vi'))),
      );
      // Changes between consecutive years: +8,1 % (3 100 → 3 350), -13 % (3 350 → 2 900) …
      expect(svgTexts(root, 't-change').slice(0, 2)).to.deep.equal(['+8,1\u00a0%', '-13\u00a0%']);
    });

    it('form="line" draws the same values as one line whose points sit at their values', async () => {
      const { root } = await setup(yearly(EIGHT), { form: 'line' });
      expect(form(root)).to.equal('line');
      const markers = [...root.querySelectorAll<SVGPathElement>('[part="marker"]')];
      expect(markers.length).to.equal(7);
      const ys = markers.map((m) =>
        Number(/translate\([\d.]+,([\d.]+)\)/.exec(m.getAttribute('transform')!)![1]),
      );
      const axisY = Number(root.querySelector('.axis-line')!.getAttribute('y1'));
      const valued = EIGHT.filter((v): v is number => v !== null);
      const perUnit = (axisY - ys[0]!) / valued[0]!;
      ys.forEach((y, i) => expect(axisY - y, `point ${i}`).to.be.closeTo(valued[i]! * perUnit, 1e-6));
      expect(root.querySelectorAll('.missing-mark').length).to.equal(1);
    });

    it('auto draws columns for ≤ 8 periods and a line for 9', async () => {
      const { root, el } = await setup(yearly([1, 2, 3, 4, 5, 6, 7, 8]));
      expect(form(root)).to.equal('columns');
      el.data = yearly([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      await until(() => form(root) === 'line', 'a line for 9 periods');
    });
  });

  describe('several places', () => {
    it('one line per place with direct end labels, distinct markers and dashes; highlight by width, bold and "◆"', async () => {
      const codes = [CODES.haTinh, CODES.benTre, CODES.dienBien];
      const { root } = await setup(places(codes, 6), { highlight: CODES.benTre });
      expect(form(root)).to.equal('line');
      const lines = [...root.querySelectorAll<SVGPathElement>('[part="line"]')];
      expect(lines.length).to.equal(3);
      expect(new Set(lines.map((l) => l.dataset['dash'])).size).to.equal(3);
      const shapes = new Set(
        [...root.querySelectorAll<SVGPathElement>('[part="marker"]')].map((m) => m.dataset['shape']),
      );
      expect(shapes.size).to.equal(3);
      expect(svgTexts(root, 't-series').sort()).to.deep.equal(['Hà Tĩnh', 'Điện Biên', '◆ Bến Tre'].sort());
      const highlighted = root.querySelector<SVGPathElement>('[part="line"].highlighted')!;
      const plain = lines.find((l) => !l.classList.contains('highlighted'))!;
      expect(parseFloat(getComputedStyle(highlighted).strokeWidth)).to.be.greaterThan(
        parseFloat(getComputedStyle(plain).strokeWidth),
      );
      const label = root.querySelector<SVGTextElement>('text.t-series.highlighted')!;
      expect(Number(getComputedStyle(label).fontWeight)).to.be.at.least(700);
      expect(summaryText(root)).to.contain('Bến Tre (2016): hạng 2/3, 1.300.');
    });

    it('place="ha tinh" (or "42") draws that place only; an unknown place is an alert', async () => {
      const codes = [CODES.haTinh, CODES.benTre];
      const { root, el } = await setup(places(codes, 4), { place: 'ha tinh' });
      expect(form(root)).to.equal('columns');
      expect(leafLabels(root).every((n) => n.startsWith('Hà Tĩnh'))).to.equal(true);
      el.place = CODES.benTre;
      await until(() => leafLabels(root)[0]?.startsWith('Bến Tre') === true, 'Bến Tre only');
      el.place = 'Hà Nội';
      await until(() => root.querySelector('[role="alert"]') !== null, 'the alert');
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain(
        'Chỉ tiêu này không có số liệu của “Hà Nội”',
      );
    });
  });

  describe('long series (10 000 values)', () => {
    it('downsamples each line to the plot width, keeps the peak and the dip, and still gives all 10 000 values to the table and the keys', async () => {
      const start = performance.now();
      const { el, root, before } = await setup(tenThousand());
      const firstRender = performance.now() - start;
      expect(form(root)).to.equal('line');
      const path = root.querySelector<SVGPathElement>('[part="line"][data-key^="2008-2025:42"]')!;
      const points = [...path.getAttribute('d')!.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      const plotWidth =
        Number(root.querySelector('.axis-line')!.getAttribute('x2')) -
        Number(root.querySelector('.axis-line')!.getAttribute('x1'));
      expect(points.length).to.be.at.most(plotWidth);
      expect(points.length).to.be.lessThan(2000);
      // Highest and lowest drawn points are the data's 9 999 and 1.
      const axisY = Number(root.querySelector('.axis-line')!.getAttribute('y1'));
      const ys = points.map((p) => p[1]!);
      const top = Math.min(...ys);
      const bottom = Math.max(...ys);
      expect((axisY - bottom) / (axisY - top)).to.be.closeTo(1 / 9999, 1e-3);
      expect(summaryText(root)).to.match(
        /Đường được vẽ giản lược còn [\d.]+ điểm; bảng số liệu và phím mũi tên cho đủ 10\.000 giá trị\./,
      );
      // Keys: every value is a leaf; five places, then decades, years, months; every leaf a few presses away.
      const model = navModelOf(el);
      expect(model.roots.length).to.equal(5);
      expect(model.all.filter((n) => n.children.length === 0).length).to.equal(10000);
      for (const n of model.all) expect(n.siblings.length).to.be.at.most(12);
      // Row 14 asks for ≤ 8 presses; 10 000 leaves under ≤ 12 siblings per level need 5 levels, and the shared
      // keys (±1, ±10, Home/End, ↑/↓) reach the farthest month in 21. Type-ahead shortens it (below).
      expect(maxPresses(model)).to.be.at.most(24);
      // The peak month is named with its value and its change.
      const peak = model.all.find((n) => n.item.label.startsWith('Hà Tĩnh, tháng 11/2012'));
      expect(peak?.item.label).to.contain(': 9.999, tăng');
      // Drawn: the five places, closed (the tree is larger than FULL_TREE_MAX_NODES), nothing below them.
      expect(model.all.length).to.be.greaterThan(FULL_TREE_MAX_NODES);
      const drawn = domTree(root);
      expect(drawn.map((n) => n.children)).to.deep.equal([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(
        [...root.querySelectorAll('[role="tree"] > [role="treeitem"]')].map((e) =>
          e.getAttribute('aria-expanded'),
        ),
      ).to.deep.equal(['false', 'false', 'false', 'false', 'false']);
      // The table: one page of rows, its range in the caption; all 10 000 are paged through (see data-table tests).
      const table = dataTable(root);
      expect(table.length).to.equal(TABLE_PAGE_ROWS + 1);
      expect(root.querySelector('caption')!.textContent).to.contain('Hàng 1–100 trong 10.000');
      // Keys: a place by type-ahead ("d" → Điện Biên), then down the levels to January 2012.
      await tabIntoTree(root, before);
      await type('d');
      expect(activeKey()).to.equal('group:series:2008-2025:11|');
      const pressStart = performance.now();
      for (const key of [
        'ArrowDown',
        'ArrowRight',
        'ArrowDown',
        'ArrowRight',
        'ArrowDown',
        'ArrowRight',
        'ArrowRight',
        'ArrowDown',
      ])
        await press(key);
      const perPress = (performance.now() - pressStart) / 8;
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(
        /^Điện Biên, tháng 1\/2012, số thuê bao di động: [\d.]+, .*, 1\/12$/,
      );
      await press('w');
      expect(liveText(root)).to.match(
        /^Đang ở: Điện Biên › Mục 10–17: .* › 2010–2019 › 2012 › Tháng 1\/2012$/,
      );
      // Drawn now: the open path down to the active month, its siblings, and the other groups closed.
      const items = [...root.querySelectorAll('[role="treeitem"]')];
      expect(items.length).to.be.lessThan(80);
      const open = items
        .filter((e) => e.getAttribute('aria-expanded') === 'true')
        .map((e) => e.getAttribute('data-key'));
      expect(open).to.deep.equal(openPath(model, activeKey()!));
      console.log(
        `10 000 values: first render ${Math.round(firstRender)} ms, ${Math.round(perPress)} ms per key press, ${items.length} tree items drawn`,
      );
    });
  });

  describe('keyboard', () => {
    it('one Tab stop; arrows move period by period; Home/End; Enter fires ict-select with the datum', async () => {
      const doc = await loadDemo('dien-bien-2022');
      const { el, root, before } = await setup(doc, { indicator: 'department_staff_count' });
      const items = [...root.querySelectorAll<HTMLElement>('[role="treeitem"]')];
      expect(items.filter((i) => i.tabIndex >= 0).length).to.equal(1);
      const details: IctMarkDetail[] = [];
      const focused: (number | null)[] = [];
      el.addEventListener('ict-select', (e) => details.push(e.detail));
      el.addEventListener('ict-mark-focus', (e) => focused.push(e.detail.value));
      await tabIntoTree(root, before);
      expect(activeKey()).to.equal('11-2007-department_staff_count');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal(
        'Điện Biên, 2007, số cán bộ, công chức của Sở: 2, 1/2',
      );
      await press('ArrowRight');
      expect(activeKey()).to.equal('11-2022-department_staff_count');
      await press('ArrowRight');
      expect(liveText(root)).to.equal('Cuối danh sách');
      await press('Home');
      expect(activeKey()).to.equal('11-2007-department_staff_count');
      await press('End');
      await press('Enter');
      expect(details).to.deep.equal([
        {
          key: '11-2022-department_staff_count',
          indicator: 'department_staff_count',
          place: { code: CODES.dienBien, era: '2008-2025' },
          period: { year: 2022 },
          value: 49,
        },
      ]);
      expect(focused).to.deep.equal([2, 49, 2, 49]);
    });

    it('several places: type-ahead "ben tre" finds the place, ↓ enters it, "w" says where, Escape goes back up', async () => {
      const { root, before } = await setup(places([CODES.haTinh, CODES.benTre, CODES.dienBien], 6));
      await tabIntoTree(root, before);
      expect(activeKey()).to.equal('group:series:2008-2025:42|');
      await type('ben tre');
      expect(activeKey()).to.equal('group:series:2008-2025:83|');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal('Bến Tre, 6 giá trị, 2/3');
      const typed = performance.now();
      await until(() => performance.now() - typed > 1100, 'the type-ahead pause');
      await press('ArrowDown');
      await press('ArrowRight');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(
        /^Bến Tre, 2012, số thuê bao di động: 1\.180, tăng 30 \(\+2,6\u00a0%\) so với năm 2011, 2\/6$/,
      );
      await press('w');
      expect(liveText(root)).to.equal('Đang ở: Bến Tre › 2012');
      expect(root.querySelector('.tooltip')).to.not.equal(null);
      await press('Escape'); // the tooltip first, focus stays
      expect(root.querySelector('.tooltip')).to.equal(null);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(/^Bến Tre, 2012/);
      await press('Escape');
      expect(activeKey()).to.equal('group:series:2008-2025:83|');
    });

    it('a monthly series is grouped by year; type-ahead "2012" finds the year, ↓ its first month', async () => {
      const doc: IndicatorDocument = {
        version: 1,
        indicators: [SUBSCRIBERS],
        observations: Array.from({ length: 36 }, (_, i): Observation => ({
          place: { code: CODES.haTinh, era: '2008-2025' },
          period: { year: 2011 + Math.floor(i / 12), month: (i % 12) + 1 },
          value: 100 + i,
        })),
      };
      const { root, before } = await setup(doc);
      expect(domTree(root).map((i) => i.label)).to.deep.equal([
        'Năm 2011, 12 giá trị, 1/3',
        'Năm 2012, 12 giá trị, 2/3',
        'Năm 2013, 12 giá trị, 3/3',
      ]);
      await tabIntoTree(root, before);
      await type('2012');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal('Năm 2012, 12 giá trị, 2/3');
      const typed = performance.now();
      await until(() => performance.now() - typed > 1100, 'the type-ahead pause');
      await press('ArrowDown');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal(
        'Hà Tĩnh, tháng 1/2012, số thuê bao di động: 112, tăng 1 (+0,9\u00a0%) so với tháng 12/2011, 1/12',
      );
    });

    it('a click on a column selects it too (pointer parity), and hovering shows the tooltip with the full value', async () => {
      const doc = await loadDemo('dien-bien-2022');
      const { el, root } = await setup(doc, { indicator: 'department_staff_count' });
      const details: IctMarkDetail[] = [];
      el.addEventListener('ict-select', (e) => details.push(e.detail));
      const column = root.querySelectorAll<SVGRectElement>('[part="column"]')[1]!.getBoundingClientRect();
      const at: [number, number] = [
        Math.round(column.left + column.width / 2),
        Math.round(column.top + column.height / 2),
      ];
      const hits = root.elementsFromPoint(...at);
      expect(
        hits.some(
          (h) =>
            h.getAttribute('data-key') === '11-2022-department_staff_count' &&
            h.getAttribute('role') === 'treeitem',
        ),
      ).to.equal(true);
      await sendMouse({ type: 'move', position: at });
      await settleFrame();
      expect(root.querySelector<HTMLElement>('.tooltip')?.dataset['key']).to.equal(
        '11-2022-department_staff_count',
      );
      await sendMouse({ type: 'click', position: at });
      await settleFrame();
      expect(details.map((d) => d.value)).to.deep.equal([49]);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('draws a focus ring ≥ 2 px with ≥ 3:1 against the background around the focused mark', async () => {
      const { el, root, before } = await setup(yearly(EIGHT), { form: 'line' });
      await tabIntoTree(root, before);
      const ring = root.querySelector<SVGRectElement>('.focus-ring')!;
      expect(ring).to.not.equal(null);
      const style = getComputedStyle(ring);
      expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
      expect(contrast(style.stroke, getComputedStyle(el).backgroundColor)).to.be.at.least(3);
      const marker = root
        .querySelector<SVGPathElement>(`[part="marker"][data-key="${activeKey()}"]`)!
        .getBoundingClientRect();
      const box = ring.getBoundingClientRect();
      expect(box.left).to.be.at.most(marker.left);
      expect(box.right).to.be.at.least(marker.right);
    });
  });

  describe('language, layout and media', () => {
    it('el.lang = "en" re-renders every string: title, values, changes, headline, legend, names, table', async () => {
      const doc = await loadDemo('ben-tre-2016');
      const { el, root } = await setup(doc, { indicator: 'postal_telecom_revenue' });
      el.lang = 'en';
      await until(() => svgTexts(root, 't-headline')[0] === '111.78% of plan', 'English');
      expect(svgTexts(root, 't-legend').join(' | ')).to.equal(
        `Actual: VND ${formatCompact(1341424606000, 'en')} | Plan (derived from 111.78%): about VND 1.2T`,
      );
      expect(leafLabels(root)[0]).to.contain('VND 1,341,424,606,000');
      expect(leafLabels(root)[0]).to.contain('plan derived from 111.78%: about VND 1,200,000,000,000');
      expect(root.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(
        'Postal and telecom revenue',
      );
      const all = root.textContent ?? '';
      for (const vi of ['kế hoạch', 'Thực hiện', 'đồng', 'Xem bảng số liệu', 'suy ra'])
        expect(all, vi).to.not.contain(vi);
      const svgAll = root.querySelector('svg.marks')!.textContent!;
      for (const vi of ['kế hoạch', 'nghìn tỷ', 'đồng']) expect(svgAll, vi).to.not.contain(vi);
    });

    it('in an English UI every Vietnamese text that is read (source titles, labels given only in vi) is inside lang="vi"', async () => {
      const doc = await loadDemo('dien-bien-2022');
      const { el, root } = await setup(doc, { indicator: 'department_staff_count' });
      el.lang = 'en';
      await until(() => leafLabels(root)[0]?.startsWith('Dien Bien') === true, 'English');
      root.querySelector<HTMLButtonElement>('[part~="table-toggle"]')?.click();
      await el.updateComplete;
      expect(unmarkedVietnamese(root)).to.deep.equal([]);
    });

    it('lang switch on columns: change labels and before/after in English', async () => {
      const staff = await loadDemo('dien-bien-2022');
      const { el, root } = await setup(staff, { indicator: 'department_staff_count', lang: 'en' });
      expect(svgTexts(root, 't-change')).to.deep.equal(['+2,350%']);
      expect(leafLabels(root)[1]).to.contain('up 47 (+2,350%) from 2007');
      const days = await loadDemo('ben-tre-2016');
      el.indicator = 'admin_procedure_processing_days';
      el.data = days;
      await until(() => svgTexts(root, 't-headline')[0] === 'down 11 days (-73%)', 'English before/after');
      expect(svgTexts(root, 't-legend')).to.deep.equal(['Before simplification: 15 days', '2016: 4 days']);
    });

    for (const width of [320, 640]) {
      it(`at ${width} px every form keeps its texts apart and inside, none under 12 px, no horizontal scroll`, async function () {
        if (document.visibilityState !== 'visible') this.skip(); // no ResizeObserver in a background page
        const ben = await loadDemo('ben-tre-2016');
        const cases: [unknown, Partial<IctIndicatorTrend>][] = [
          [ben, { indicator: 'postal_telecom_revenue' }],
          [ben, { indicator: 'admin_procedure_processing_days' }],
          [await loadDemo('ha-tinh-2020'), { indicator: 'ict_sector_revenue' }],
          [yearly(EIGHT), {}],
          [yearly(EIGHT), { form: 'line' }],
          [
            places([CODES.haTinh, CODES.benTre, CODES.dienBien, CODES.binhThuan], 12),
            { highlight: CODES.benTre },
          ],
        ];
        for (const [data, attrs] of cases) {
          const { el, root } = await setup(data, { width, ...attrs });
          await chartAtWidth(el, width);
          expectNoOverlaps(root);
          expect(el.scrollWidth, `${JSON.stringify(attrs)} scroll`).to.be.at.most(el.clientWidth);
        }
      });
    }

    it('at 320 px the columns turn into rows with the period above each bar', async function () {
      if (document.visibilityState !== 'visible') this.skip();
      const { el, root } = await setup(yearly(EIGHT), { width: 320 });
      await chartAtWidth(el, 320);
      const bars = [...root.querySelectorAll<SVGRectElement>('[part="column"]')];
      const first = bars[0]!.getBoundingClientRect();
      const label = root
        .querySelector<SVGTextElement>(`text.t-period[data-key="${bars[0]!.dataset['key']}"]`)!
        .getBoundingClientRect();
      expect(label.bottom).to.be.at.most(first.top + 1);
      expect(first.width).to.be.greaterThan(first.height);
    });

    it('with reduced motion nothing animates when the data changes', async function () {
      const applied = await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      if (!applied) this.skip(); // CDP only (Chromium)
      const { el, root } = await setup(yearly(EIGHT));
      el.data = yearly([10, 20, 30, 40, 50, 60, 70, 80]);
      await until(() => svgTexts(root, 't-value')[0] === '10', 'new data');
      expect(root.getAnimations()).to.deep.equal([]);
    });

    it('missing values are drawn as "không có số liệu" (a placeholder in columns, a cross and a gap in a line), never as zero', async () => {
      const { root, el } = await setup(yearly(EIGHT));
      expect(root.querySelectorAll('rect.placeholder').length).to.equal(1);
      expect(svgTexts(root, 't-missing').join(' ')).to.equal('không có số liệu');
      expect(leafLabels(root)[6]).to.contain('không có số liệu');
      expect(summaryText(root)).to.contain('1 giá trị không có số liệu.');
      el.form = 'line';
      await until(() => form(root) === 'line', 'line');
      expect(root.querySelectorAll('.missing-mark').length).to.equal(1);
      expect((root.querySelector('[part="line"]')!.getAttribute('d')!.match(/M/g) ?? []).length).to.equal(2);
    });
  });

  describe('bad input', () => {
    it('invalid JSON shows a visible alert', async () => {
      const { root } = await setup('{"version": 1, "indicators": [');
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.getClientRects().length).to.be.greaterThan(0);
      expect(root.querySelector('svg.marks')).to.equal(null);
    });

    it('a value of the wrong type shows the alert with its path', async () => {
      const bad = yearly([1, 2]);
      (bad.observations[1] as unknown as { value: unknown }).value = '1.447.307';
      const { root } = await setup(bad);
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain('observations[1].value');
    });

    it('form="plan" on data without a plan, and form="before-after" without a before value, say why', async () => {
      const { root, el } = await setup(yearly([1, 2]), { form: 'plan' });
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain(
        'số liệu không có kế hoạch hay tỷ lệ hoàn thành kế hoạch',
      );
      el.form = 'before-after';
      await until(
        () => (root.querySelector('[role="alert"]')?.textContent ?? '').includes('không có giá trị trước đó'),
        'before-after',
      );
      el.lang = 'en';
      await until(
        () => (root.querySelector('[role="alert"]')?.textContent ?? '').includes('no earlier value'),
        'English',
      );
    });

    it('an unknown indicator attribute is an alert', async () => {
      const { root } = await setup(yearly([1, 2]), { indicator: 'nope' });
      expect(root.querySelector('[role="alert"]')).to.not.equal(null);
    });
  });

  describe('texts and updates', () => {
    it("the strings property rewords the element's own texts, per language", async () => {
      const doc = await loadDemo('ben-tre-2016');
      const { root } = await setup(doc, {
        indicator: 'postal_telecom_revenue',
        strings: { vi: { trendPlanShare: (p: string) => `đạt ${p} kế hoạch năm` } },
      });
      expect(svgTexts(root, 't-headline')).to.deep.equal(['đạt 111,78\u00a0% kế hoạch năm']);
    });

    it('quarters are periods too: "Quý 1/2020" … in labels, names and the table ("Kỳ")', async () => {
      const doc: IndicatorDocument = {
        version: 1,
        indicators: [SUBSCRIBERS],
        observations: Array.from({ length: 6 }, (_, i): Observation => ({
          place: { code: CODES.haTinh, era: '2008-2025' },
          period: { year: 2020 + Math.floor(i / 4), quarter: (i % 4) + 1 },
          value: 1000 + i * 10,
        })),
      };
      const { root } = await setup(doc);
      expect(form(root)).to.equal('columns');
      expect(svgTexts(root, 't-period').join(' ')).to.contain('Quý 1/2020');
      expect(leafLabels(root)[4]).to.match(
        /^Hà Tĩnh, quý 1\/2021, .*: 1\.040, tăng 10 \(\+1\u00a0%\) so với quý 4\/2020, 5\/6$/,
      );
      const table = dataTable(root);
      expect(table[0]![1]).to.equal('Kỳ');
      expect(table[5]![1]).to.equal('Quý 1/2021');
    });

    it('new data is announced once, politely, and focus stays on the same datum', async () => {
      const { el, root, before } = await setup(yearly([1, 2, 3]));
      await tabIntoTree(root, before);
      await press('ArrowRight');
      const key = activeKey();
      const live = root.querySelector('[aria-live="polite"][part="live"]')!;
      const heard: string[] = [];
      const observer = new MutationObserver(() => live.textContent && heard.push(live.textContent));
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      el.data = yearly([4, 5, 6]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      el.data = yearly([7, 8, 9]);
      await until(() => heard.length > 0, 'the announcement', 3000);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      observer.disconnect();
      expect(heard).to.deep.equal([`Đã cập nhật dữ liệu: ${SUBSCRIBERS.label.vi}, 3 giá trị.`]);
      expect(activeKey()).to.equal(key);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.contain(': 8');
    });
  });

  describe('accessibility (axe)', () => {
    it('no violations in every form, light; and with a mark focused', async () => {
      const ben = await loadDemo('ben-tre-2016');
      for (const [data, attrs] of [
        [ben, { indicator: 'postal_telecom_revenue' }],
        [ben, { indicator: 'admin_procedure_processing_days' }],
        [yearly(EIGHT), {}],
        [places([CODES.haTinh, CODES.benTre, CODES.dienBien], 12), { highlight: CODES.benTre }],
      ] as [unknown, Partial<IctIndicatorTrend>][]) {
        const { el, root, before } = await setup(data, attrs);
        expect(await axeViolations(el), JSON.stringify(attrs)).to.deep.equal([]);
        await tabIntoTree(root, before);
        await press('ArrowRight');
        expect(await axeViolations(el), `${JSON.stringify(attrs)} focused`).to.deep.equal([]);
        if (deepActiveElement()!.hasAttribute('aria-expanded')) {
          await press('ArrowDown'); // a point of a line, the Tab stop now
          await press('ArrowRight');
          expect(await axeViolations(el), `${JSON.stringify(attrs)} point focused`).to.deep.equal([]);
        }
      }
    });

    it('no violations with theme="dark"; text keeps 4.5:1 on the dark background', async () => {
      const wrapper = await mount<HTMLDivElement>(html`<div style="background:#121212;width:640px"></div>`);
      const el = document.createElement('ict-indicator-trend') as IctIndicatorTrend;
      el.theme = 'dark';
      el.data = yearly(EIGHT);
      wrapper.append(el);
      await until(() => el.shadowRoot?.querySelector('svg.marks') != null, 'chart');
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
      const bg = getComputedStyle(el).backgroundColor;
      for (const t of el.shadowRoot!.querySelectorAll<SVGTextElement>('svg.marks text'))
        expect(contrast(getComputedStyle(t).fill, bg), t.textContent!).to.be.at.least(4.5);
    });

    it('forced colours: texts CanvasText, focus ring Highlight, lines still differ by dash and marker; no violations', async function () {
      const applied = await emulateMedia({ 'forced-colors': 'active' });
      if (!applied) this.skip(); // CDP only (Chromium)
      const { el, root, before } = await setup(places([CODES.haTinh, CODES.benTre], 6));
      const lines = [...root.querySelectorAll<SVGPathElement>('[part="line"]')];
      expect(getComputedStyle(lines[0]!).stroke).to.equal(getComputedStyle(lines[1]!).stroke); // one system colour…
      expect(lines[0]!.getAttribute('stroke-dasharray')).to.not.equal(
        lines[1]!.getAttribute('stroke-dasharray'),
      ); // …other cues
      expect(getComputedStyle(root.querySelector('text.t-series')!).fill).to.equal(
        resolveColor('CanvasText'),
      );
      await tabIntoTree(root, before);
      expect(getComputedStyle(root.querySelector('.focus-ring')!).stroke).to.equal(resolveColor('Highlight'));
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });
});
