import { html } from 'lit';
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/elements/province-map/define.js';
import type { IctProvinceMap } from '../../src/elements/province-map/province-map.js';
import { NavModel } from '../../src/chart/controllers/navigation-controller.js';
import { rectsOverlap } from '../../src/chart/geometry/rect.js';
import type { IctMarkDetail } from '../../src/chart/events.js';
import { formatNumber } from '../../src/core/format/format.js';
import type { Era } from '../../src/core/indicator/types.js';
import { predecessorsOf, provinceName, provincesOf } from '../../src/core/provinces/provinces.js';
import { axeViolations, contrast, emulateMedia, resolveColor } from '../helpers/ax.js';
import {
  chartAtWidth,
  chartReady,
  domTree,
  liveText,
  mountChart,
  summaryText,
  tableCells,
  texts,
  until,
  type ChartSetup,
} from '../helpers/chart.js';
import { maxPresses } from '../helpers/nav.js';
import { CODES, PHONE_DENSITY, STATIONS, loadDemo, mount, provinceDocument } from '../helpers/fixtures.js';
import {
  activeKey,
  deepActiveElement,
  press,
  settleFrame,
  tabIntoTree,
  tabStops,
  type,
} from '../helpers/keys.js';

// ─── fixtures and helpers ─────────────────────────────────────────────────────────────────────────

/** 0.5 … 99.5, spread over the 63 provinces: five classes 0–20–40–60–80–100. */
const value63 = (i: number): number => 0.5 + ((i * 37) % 100);
const DOC63 = provinceDocument('2008-2025', value63);
const VALUES63 = new Map(provincesOf('2008-2025').map((p, i) => [p.code, value63(i)]));

async function setup(
  data: unknown,
  attrs: { width?: number; lang?: string } & Partial<IctProvinceMap> = {},
): Promise<ChartSetup<IctProvinceMap>> {
  return mountChart<IctProvinceMap>('ict-province-map', data, attrs);
}

const units = (root: ShadowRoot): SVGPathElement[] => [...root.querySelectorAll<SVGPathElement>('path.unit')];
const unit = (root: ShadowRoot, code: string): SVGPathElement =>
  root.querySelector<SVGPathElement>(`path.unit[data-code="${code}"]`)!;
const item = (root: ShadowRoot, key: string): HTMLElement =>
  root.querySelector<HTMLElement>(`[role="treeitem"][data-key="${key}"]`)!;

/** A client point inside a unit, nearest to the centre of its box (the unit is scrolled into view first). */
function centreOf(root: ShadowRoot, code: string): [number, number] {
  const path = unit(root, code);
  path.scrollIntoView({ block: 'center', inline: 'center' });
  const svg = path.ownerSVGElement!.getBoundingClientRect();
  // Sample the path's box for a point inside the shape, nearest to the box centre.
  const box = path.getBBox();
  let best: [number, number] | undefined;
  let bestDistance = Infinity;
  for (let fx = 0.05; fx < 1; fx += 0.05)
    for (let fy = 0.05; fy < 1; fy += 0.05) {
      const x = box.x + box.width * fx;
      const y = box.y + box.height * fy;
      if (!path.isPointInFill(new DOMPoint(x, y))) continue;
      const d = (fx - 0.5) ** 2 + (fy - 0.5) ** 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = [x, y];
      }
    }
  if (best === undefined) throw new Error(`no inside point for ${code}`);
  return [Math.round(svg.left + best[0]), Math.round(svg.top + best[1])];
}

const cssFill = (el: Element): string => getComputedStyle(el).fill;

/** The lines of an inset's name, joined by spaces (each line is a tspan). */
const lines = (inset: Element): string => texts(inset, '.inset-label tspan').join(' ');

// ─── tests ────────────────────────────────────────────────────────────────────────────────────────

describe('<ict-province-map>', function () {
  this.timeout(60000);

  afterEach(async () => {
    await emulateMedia({});
  });

  describe('colour classes', () => {
    it('colours each province by the class of its input value (0–20–40–60–80–100), the legend explaining the same fills', async () => {
      const { root } = await setup(DOC63);
      expect(units(root).length).to.equal(63);
      expect(texts(root, '.legend-text')).to.deep.equal(['0–20', '20–40', '40–60', '60–80', '80–100']);
      expect(texts(root, '.legend-title')).to.deep.equal(['thuê bao/100 dân']);
      const swatchFill = new Map(
        [...root.querySelectorAll('rect.swatch')].map((s) => [s.getAttribute('data-class'), cssFill(s)]),
      );
      expect(new Set(swatchFill.values()).size, 'five distinct fills').to.equal(5);
      for (const [code, value] of VALUES63) {
        const expected = String(Math.floor(value / 20) + 1);
        const path = unit(root, code);
        expect(path.dataset['class'], `${code} = ${value}`).to.equal(expected);
        expect(cssFill(path), code).to.equal(swatchFill.get(expected));
      }
      // A wrong colour for Bến Tre (value 83.5? – whatever the input says) would fail above; spot-check one by hand.
      expect(VALUES63.get(CODES.haTinh)).to.equal(
        value63(provincesOf('2008-2025').findIndex((p) => p.code === '42')),
      );
    });

    it('classes="3" gives fewer, wider classes; classes="7" more, with nice breaks', async () => {
      const { el, root } = await setup(DOC63, { classes: 3 });
      expect(texts(root, '.legend-text')).to.deep.equal(['0–40', '40–80', '80–120']);
      el.classes = 7;
      await until(() => texts(root, '.legend-text').length === 7, 'seven classes');
      expect(texts(root, '.legend-text')).to.deep.equal([
        '0–15',
        '15–30',
        '30–45',
        '45–60',
        '60–75',
        '75–90',
        '90–105',
      ]);
      for (const [code, value] of VALUES63)
        expect(unit(root, code).dataset['class']).to.equal(String(Math.floor(value / 15) + 1));
    });

    it('diverging with a reference centres the classes on it, and the summary names the reference', async () => {
      const { root } = await setup(DOC63, { diverging: true, reference: 50, classes: 4 });
      expect(texts(root, '.legend-text')).to.deep.equal(['0–25', '25–50', '50–75', '75–100']);
      for (const [code, value] of VALUES63)
        expect(unit(root, code).dataset['class']).to.equal(String(Math.floor(value / 25) + 1));
      expect(summaryText(root)).to.contain('Màu chia hai phía quanh mức 50 thuê bao/100 dân.');
    });

    it('percent ranges are written in the page format (vi "20–40 %", en "20–40%")', async () => {
      const doc = provinceDocument('2008-2025', value63, {
        id: 'share',
        label: { vi: 'Tỷ lệ', en: 'Share' },
        unit: 'percent',
      });
      const { el, root } = await setup(doc);
      expect(texts(root, '.legend-text')[1]).to.equal('20–40\u00a0%');
      el.lang = 'en';
      await until(() => texts(root, '.legend-text')[1] === '20–40%', 'English ranges');
    });

    it('provinces without data (null or absent) get the hatched fill and a legend entry; they stay navigable', async () => {
      const doc = provinceDocument('2008-2025', (i) => (i % 9 === 0 ? null : value63(i)));
      doc.observations = doc.observations.filter(
        (o) => !('code' in o.place && o.place.code === CODES.benTre),
      );
      const { root } = await setup(doc);
      const missing = units(root).filter((p) => p.dataset['class'] === 'none');
      expect(missing.length).to.equal(provincesOf('2008-2025').filter((_, i) => i % 9 === 0).length + 1);
      expect(unit(root, CODES.benTre).dataset['class']).to.equal('none');
      const hatch = cssFill(missing[0]!);
      expect(hatch).to.match(/url\(.*ict-map-nodata/);
      expect(texts(root, '.legend-text')).to.include('Không có số liệu');
      expect(cssFill(root.querySelector('rect.swatch.nodata')!)).to.equal(hatch);
      expect(item(root, 'vn63-83').getAttribute('aria-label')).to.match(
        /^Bến Tre, 2020, .*: không có số liệu, \d+\/\d+$/,
      );
      expect(summaryText(root)).to.contain(`${missing.length} giá trị không có số liệu.`);
    });

    it('highlight="83" outlines Bến Tre in the text colour and labels it "◆ Bến Tre" in bold: not by colour alone', async () => {
      const { root } = await setup(DOC63, { highlight: CODES.benTre, highlightEra: '2008-2025' });
      const line = root.querySelector<SVGPathElement>('path.highlight-line')!;
      expect(line.getAttribute('d')).to.equal(unit(root, CODES.benTre).getAttribute('d'));
      const style = getComputedStyle(line);
      expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
      expect(style.stroke).to.equal(getComputedStyle(root.querySelector('.legend-text')!).fill);
      const label = root.querySelector<SVGTextElement>('text.highlight-label')!;
      expect(label.textContent!.trim()).to.equal('◆ Bến Tre');
      expect(Number(getComputedStyle(label).fontWeight)).to.be.at.least(700);
      // Its fill is its class's, like any other province of the class.
      const cls = unit(root, CODES.benTre).dataset['class'];
      const peer = units(root).find((p) => p.dataset['class'] === cls && p.dataset['code'] !== CODES.benTre)!;
      expect(cssFill(unit(root, CODES.benTre))).to.equal(cssFill(peer));
    });
  });

  describe('eras and islands', () => {
    it('draws the 34 units of 2025 for 2025 data, and the summary says which era is shown', async () => {
      const doc = provinceDocument('2025-', (i) => 10 + i * 2);
      const { root } = await setup(doc);
      expect(units(root).length).to.equal(34);
      expect(unit(root, '86').dataset['class']).to.not.equal('none');
      expect(summaryText(root)).to.contain(
        'Bản đồ 34 tỉnh, thành phố từ ngày 1/7/2025, có quần đảo Hoàng Sa và Trường Sa.',
      );
      expect(item(root, 'vn34-86').getAttribute('aria-label')).to.match(/^Vĩnh Long, 2025/);
    });

    it('the 63-unit map says so: "Bản đồ 63 tỉnh, thành phố trước ngày 1/7/2025…"', async () => {
      const { root } = await setup(DOC63);
      expect(summaryText(root)).to.contain(
        'Bản đồ 63 tỉnh, thành phố trước ngày 1/7/2025, có quần đảo Hoàng Sa và Trường Sa.',
      );
    });

    it('era="2025-" sums old counts onto the 34 units (Vĩnh Long = Bến Tre + Trà Vinh + Vĩnh Long), shown in table and names', async () => {
      const doc = provinceDocument('2008-2025', (i) => 100 + i, STATIONS);
      const { root } = await setup(doc, { era: '2025-' });
      expect(units(root).length).to.equal(34);
      const old = new Map(provincesOf('2008-2025').map((p, i) => [p.code, 100 + i]));
      const sum = predecessorsOf('86').reduce((s, p) => s + old.get(p.code)!, 0);
      expect(item(root, 'vn34-86').getAttribute('aria-label')).to.contain(`: ${formatNumber(sum, 'vi')}`);
      const row = tableCells(root).find((r) => r[0] === 'Vĩnh Long')!;
      expect(row).to.include(formatNumber(sum, 'vi'));
      expect(summaryText(root)).to.contain('Giá trị của mỗi đơn vị mới là tổng của các tỉnh cũ hợp thành.');
    });

    it('era="2025-" refuses to add up a rate, with a clear alert', async () => {
      const { root } = await setup(DOC63, { era: '2025-' });
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.getClientRects().length).to.be.greaterThan(0);
      expect(alert.textContent).to.contain('tỷ lệ và mật độ không cộng được');
      expect(root.querySelector('svg.marks')).to.equal(null);
    });

    it('always shows Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) in named insets with their islands, in both eras', async () => {
      for (const era of ['2008-2025', '2025-'] as Era[]) {
        const { root, el } = await setup(provinceDocument(era, (i) => i + 1));
        const hs = root.querySelector('[data-island="hoang-sa"]')!;
        const ts = root.querySelector('[data-island="truong-sa"]')!;
        expect(lines(hs)).to.equal('Quần đảo Hoàng Sa (Đà Nẵng)');
        expect(lines(ts)).to.equal('Quần đảo Trường Sa (Khánh Hòa)');
        expect(hs.querySelector('path.islands')!.getAttribute('d')!.split('M').length - 1).to.be.at.least(22);
        expect(ts.querySelector('path.islands')!.getAttribute('d')!.split('M').length - 1).to.be.at.least(
          300,
        );
        // Each island path has the class of the unit it belongs to.
        expect(hs.querySelector('path.islands')!.getAttribute('data-class')).to.equal(
          unit(root, '48').dataset['class'],
        );
        // The insets never cover land: no point of a frame lies in a province.
        for (const frame of [hs, ts].map((g) => g.querySelector<SVGRectElement>('rect.inset-frame')!)) {
          const b = frame.getBBox();
          for (let fx = 0; fx <= 1; fx += 0.125)
            for (let fy = 0; fy <= 1; fy += 0.125) {
              const p = new DOMPoint(b.x + b.width * fx, b.y + b.height * fy);
              for (const path of units(root))
                expect(path.isPointInFill(p), `${era} ${path.dataset['code']}`).to.equal(false);
            }
        }
        el.lang = 'en';
        await until(
          () => lines(root.querySelector('[data-island="hoang-sa"]')!) === 'Hoang Sa Archipelago (Da Nang)',
          'English inset',
        );
        expect(lines(root.querySelector('[data-island="truong-sa"]')!)).to.equal(
          'Truong Sa Archipelago (Khanh Hoa)',
        );
      }
    });

    it('prints the CC BY-SA attribution of the boundaries under the map, with a link to the licence', async () => {
      const { root } = await setup(DOC63);
      const line = root.querySelector<HTMLElement>('[part="attribution"]')!;
      expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Ranh giới tỉnh: Open Development Mekong / Department of Survey and Mapping (Viet Nam), CC BY-SA 4.0',
      );
      expect(line.querySelector('a')!.getAttribute('href')).to.equal(
        'https://creativecommons.org/licenses/by-sa/4.0/',
      );
      expect(line.getClientRects().length).to.be.greaterThan(0);
      expect(root.querySelector('svg.marks metadata')!.textContent).to.contain('CC BY-SA 4.0');
    });
  });

  describe('boundaries loading', () => {
    it('a bad boundaries URL (404) gives the visible error state (role=alert) with the reason and a Retry button', async () => {
      const { root } = await setup(DOC63, { boundariesSrc: '/__test/status?code=404' });
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert, 'alert').to.not.equal(null);
      expect(alert.getClientRects().length).to.be.greaterThan(0);
      expect(alert.textContent).to.contain('Không tải được tệp ranh giới tỉnh');
      expect(alert.textContent).to.contain('404');
      expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Thử lại');
      expect(root.querySelector('svg.marks')).to.equal(null);
    });

    it('a file that is not a topology, or one of the other era, is refused with an alert', async () => {
      const { root, el } = await setup(DOC63, { boundariesSrc: '/__test/type?ct=application/json' });
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain('TopoJSON');
      el.boundariesSrc = '/src/maps/vn-provinces-34.topo.json';
      await until(
        () => (root.querySelector('[role="alert"]')?.textContent ?? '').includes('34'),
        'era mismatch',
      );
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain('63 (2008-2025)');
    });

    it('boundaries-src with {units} loads the file of the era; a site copy works like the default', async () => {
      const { root } = await setup(
        provinceDocument('2025-', (i) => i),
        { boundariesSrc: '/src/maps/vn-provinces-{units}.topo.json' },
      );
      expect(units(root).length).to.equal(34);
    });

    it('fetches the boundary file only once a map is on the page', async () => {
      const before = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('vn-provinces-63.topo.json?lazy')).length;
      const el = document.createElement('ict-province-map') as IctProvinceMap;
      el.boundariesSrc = '/src/maps/vn-provinces-63.topo.json?lazy';
      el.data = DOC63;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const count = () =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('vn-provinces-63.topo.json?lazy')).length;
      expect(count()).to.equal(before);
      const wrapper = await mount<HTMLDivElement>(html`<div style="width:640px"></div>`);
      wrapper.append(el);
      await chartReady(el);
      expect(count()).to.equal(before + 1);
    });
  });

  describe('summary and table', () => {
    it('the summary names the highest, the lowest and the highlighted province’s value and rank, recomputed from the input', async () => {
      const { root } = await setup(DOC63, { highlight: CODES.haTinh });
      const entries = [...VALUES63];
      const max = entries.reduce((a, b) => (b[1] > a[1] ? b : a));
      const min = entries.reduce((a, b) => (b[1] < a[1] ? b : a));
      const own = VALUES63.get(CODES.haTinh)!;
      const rank = 1 + entries.filter(([, v]) => v > own).length;
      const text = summaryText(root);
      const name = (code: string) => provinceName({ code, era: '2008-2025' }, 'vi');
      expect(text).to.contain(
        `Cao nhất là ${name(max[0])}, với ${formatNumber(max[1], 'vi')} thuê bao/100 dân.`,
      );
      expect(text).to.contain(
        `Thấp nhất là ${name(min[0])}, với ${formatNumber(min[1], 'vi')} thuê bao/100 dân.`,
      );
      expect(text).to.contain(`Hà Tĩnh: hạng ${rank}/63, ${formatNumber(own, 'vi')} thuê bao/100 dân.`);
    });

    it('the table lists the 63 provinces in code order with their formatted values and colour classes', async () => {
      const { root } = await setup(DOC63);
      const rows = tableCells(root);
      expect(rows[0]).to.deep.equal(['Tỉnh/thành phố', 'Năm', 'Giá trị (thuê bao/100 dân)', 'Lớp màu']);
      const body = rows.slice(1);
      expect(body.length).to.equal(63);
      provincesOf('2008-2025').forEach((p, i) => {
        const v = VALUES63.get(p.code)!;
        const k = Math.floor(v / 20);
        expect(body[i]).to.deep.equal([
          p.name.vi,
          '2020',
          formatNumber(v, 'vi'),
          `${k + 1}: ${k * 20}–${(k + 1) * 20}`,
        ]);
      });
    });

    it('the real seed facts render: telephone density of Bến Tre 2016 (114) and Hà Tĩnh 2020 (94), the rest without data', async () => {
      const doc = await loadDemo('all-seed-facts');
      const { root } = await setup(doc, { indicator: 'phone_subscriptions_per_100' });
      const valued = units(root).filter((p) => p.dataset['class'] !== 'none');
      expect(valued.map((p) => p.dataset['code']).sort()).to.deep.equal(['42', '83']);
      expect(item(root, 'vn63-83').getAttribute('aria-label')).to.match(
        /^Bến Tre, 2016, .*: 114 thuê bao\/100 dân/,
      );
      expect(item(root, 'vn63-42').getAttribute('aria-label')).to.match(
        /^Hà Tĩnh, 2020, .*: 94 thuê bao\/100 dân/,
      );
      expect(summaryText(root)).to.contain('Cao nhất là Bến Tre (2016), với 114 thuê bao/100 dân.');
      expect(summaryText(root)).to.contain('từ năm 2016 đến năm 2020');
    });

    it('the seed e-government shares (Điện Biên 2022, Bến Tre 2021: 100 %) and the single Bến Tre 2016 document render', async () => {
      const doc = await loadDemo('all-seed-facts');
      const { root } = await setup(doc, { indicator: 'online_public_services_level4_share' });
      expect(
        units(root)
          .filter((p) => p.dataset['class'] !== 'none')
          .map((p) => p.dataset['code'])
          .sort(),
      ).to.deep.equal(['11', '83']);
      expect(item(root, 'vn63-11').getAttribute('aria-label')).to.contain('100\u00a0%');
      const single = await setup(await loadDemo('ben-tre-2016'), {
        indicator: 'phone_subscriptions_per_100',
      });
      expect(
        units(single.root)
          .filter((p) => p.dataset['class'] !== 'none')
          .map((p) => p.dataset['code']),
      ).to.deep.equal(['83']);
      expect(texts(single.root, '.legend-text')[0]).to.equal('114');
    });
  });

  describe('keyboard', () => {
    it('one Tab stop; Tab lands on the first region, ↓ enters it, and the focused name reads province, value and class', async () => {
      const { root, before } = await setup(DOC63);
      expect(tabStops(root).filter((e) => e.getAttribute('role') === 'treeitem').length).to.equal(1);
      await tabIntoTree(root, before);
      expect(activeKey()).to.equal('region:nmm');
      // The region has 14 provinces: the navigation splits it in two groups of 7 first.
      while (deepActiveElement()!.hasAttribute('aria-expanded')) await press('ArrowDown');
      const key = activeKey()!;
      expect(key).to.match(/^vn63-\d\d$/);
      const code = key.slice(5);
      const v = VALUES63.get(code)!;
      const k = Math.floor(v / 20);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal(
        `${provinceName({ code, era: '2008-2025' }, 'vi')}, 2020, mật độ thuê bao điện thoại: ${formatNumber(v, 'vi')} thuê bao/100 dân, lớp màu ${k + 1} trong 5 (${k * 20}–${(k + 1) * 20}), 1/7`,
      );
    });

    it('arrows move to the neighbouring province on the map: Hà Tĩnh ↑ Nghệ An, ↓ Quảng Bình, and back', async () => {
      const { root } = await setup(DOC63);
      item(root, 'vn63-42').focus();
      await settleFrame();
      await press('ArrowUp');
      expect(activeKey()).to.equal('vn63-40');
      await press('ArrowDown');
      expect(activeKey()).to.equal('vn63-42');
      await press('ArrowDown');
      expect(activeKey()).to.equal('vn63-44');
    });

    it('"?" opens the keyboard help, which describes the arrows as moves on the map', async () => {
      const { root } = await setup(DOC63);
      item(root, 'vn63-42').focus();
      await settleFrame();
      await press('?');
      const dialog = root.querySelector<HTMLDialogElement>('dialog')!;
      await until(() => dialog.open, 'the help dialog');
      const text = dialog.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Tỉnh kề bên ở phía tây trên bản đồ');
      expect(text).to.contain('Tỉnh kề bên ở phía bắc trên bản đồ');
      await press('Escape');
      await until(() => !dialog.open, 'closed');
      expect(activeKey()).to.equal('vn63-42');
    });

    it('an arrow with no province further that way says so in the live region and keeps focus', async () => {
      const { root } = await setup(DOC63);
      item(root, 'vn63-11').focus(); // Điện Biên, the westernmost
      await settleFrame();
      await press('ArrowLeft');
      expect(activeKey()).to.equal('vn63-11');
      expect(liveText(root)).to.equal('Không còn tỉnh nào ở phía tây');
    });

    for (const era of ['2008-2025', '2025-'] as Era[]) {
      it(`real arrow presses reach every one of the ${era === '2025-' ? 34 : 63} provinces from Hà Nội`, async () => {
        const { root } = await setup(provinceDocument(era, (i) => i + 1));
        const keys = provincesOf(era).map((p) => `${era === '2025-' ? 'vn34' : 'vn63'}-${p.code}`);
        const edges = new Map<string, Set<string>>();
        for (const key of keys) {
          const out = new Set<string>();
          for (const arrow of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
            item(root, key).focus();
            await settleFrame();
            await press(arrow);
            const landed = activeKey();
            if (landed !== undefined && landed !== key) out.add(landed);
          }
          edges.set(key, out);
        }
        const seen = new Set([keys[0]!]);
        const queue = [keys[0]!];
        while (queue.length > 0)
          for (const next of edges.get(queue.shift()!) ?? [])
            if (!seen.has(next)) (seen.add(next), queue.push(next));
        expect([...keys].filter((k) => !seen.has(k))).to.deep.equal([]);
      });
    }

    it('63 provinces are grouped by 6 regions (≤ 8 presses through the tree); type-ahead and "w" find Hà Tĩnh', async () => {
      const { root, before } = await setup(DOC63);
      const tree = domTree(root);
      expect(tree.length).to.equal(6);
      const model = new NavModel(tree);
      expect(model.all.filter((n) => n.children.length === 0).length).to.equal(63);
      expect(maxPresses(model)).to.be.at.most(8);
      await tabIntoTree(root, before);
      await type('ha tinh');
      expect(activeKey()).to.equal('vn63-42');
      const typed = performance.now();
      await until(() => performance.now() - typed > 1100, 'the type-ahead pause');
      await press('w');
      expect(liveText(root)).to.match(/^Đang ở: Bắc Trung Bộ và Duyên hải miền Trung › .*Hà Tĩnh$/);
    });

    it('Enter fires ict-select with the province, and a click on a province fires the same', async () => {
      const { el, root } = await setup(DOC63);
      const details: IctMarkDetail[] = [];
      const focused: string[] = [];
      el.addEventListener('ict-select', (e) => details.push(e.detail));
      el.addEventListener('ict-mark-focus', (e) => focused.push(e.detail.key));
      item(root, 'vn63-42').focus();
      await settleFrame();
      expect(focused).to.deep.equal(['vn63-42']);
      await press('Enter');
      expect(details).to.deep.equal([
        {
          key: 'vn63-42',
          indicator: PHONE_DENSITY.id,
          place: { code: CODES.haTinh, era: '2008-2025' },
          period: { year: 2020 },
          value: VALUES63.get(CODES.haTinh)!,
        },
      ]);
      const [x, y] = centreOf(root, CODES.benTre);
      await sendMouse({ type: 'click', position: [x, y] });
      await settleFrame();
      expect(details.length).to.equal(2);
      expect(details[1]!.key).to.equal('vn63-83');
      expect(details[1]!.value).to.equal(VALUES63.get(CODES.benTre));
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('moving is read once, through the focused item’s name (name, value, class); the live region stays silent', async () => {
      const { root } = await setup(DOC63);
      const live = [...root.querySelectorAll('[aria-live]')];
      let mutations = 0;
      const observer = new MutationObserver((records) => (mutations += records.length));
      for (const region of live)
        observer.observe(region, { childList: true, characterData: true, subtree: true });
      item(root, 'vn63-42').focus();
      await settleFrame();
      await press('ArrowUp');
      await press('ArrowLeft');
      await new Promise((resolve) => setTimeout(resolve, 400));
      observer.disconnect();
      expect(mutations).to.equal(0);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(
        /thuê bao\/100 dân, lớp màu \d trong 5/,
      );
    });
  });

  describe('focus ring and tooltip', () => {
    it('draws the focus ring along the focused province, ≥ 2 px and ≥ 3:1 against the background', async () => {
      const { el, root } = await setup(DOC63);
      item(root, 'vn63-42').focus();
      await settleFrame();
      const ring = root.querySelector<SVGPathElement>('.focus-layer path.focus-ring')!;
      expect(ring.getAttribute('d')).to.equal(unit(root, '42').getAttribute('d'));
      const style = getComputedStyle(ring);
      expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
      expect(contrast(style.stroke, getComputedStyle(el).backgroundColor)).to.be.at.least(3);
      // A tiny province (Bắc Ninh) also gets a circle; Đà Nẵng's ring includes the Hoàng Sa inset.
      item(root, 'vn63-27').focus();
      await settleFrame();
      const circle = root.querySelector<SVGCircleElement>('.focus-layer circle.focus-ring')!;
      expect(Number(circle.getAttribute('r'))).to.be.at.least(12);
      item(root, 'vn63-48').focus();
      await settleFrame();
      const insetRing = root.querySelector<SVGRectElement>('.focus-layer rect.focus-ring')!;
      const frame = root.querySelector<SVGRectElement>('[data-island="hoang-sa"] rect.inset-frame')!;
      expect(Number(insetRing.getAttribute('x'))).to.be.below(Number(frame.getAttribute('x')));
    });

    it('a focused region is outlined as a whole', async () => {
      const { root, before } = await setup(DOC63);
      await tabIntoTree(root, before);
      await press('ArrowRight'); // Đồng bằng sông Hồng
      expect(activeKey()).to.equal('region:rrd');
      expect(root.querySelectorAll('.focus-layer path.focus-ring').length).to.equal(1);
    });

    it('shows the tooltip on hover — over the province under the pointer, not a neighbour’s box — and on focus; Escape hides it', async () => {
      const { root } = await setup(DOC63);
      for (const code of ['35', '01', '83']) {
        // Hà Nam, Hà Nội and Bến Tre sit among neighbours whose boxes overlap theirs.
        const [x, y] = centreOf(root, code);
        await sendMouse({ type: 'move', position: [x, y] });
        await until(
          () => root.querySelector<HTMLElement>('.tooltip')?.dataset['key'] === `vn63-${code}`,
          `tooltip of ${code}`,
        );
      }
      expect(root.querySelector('.tooltip')!.textContent).to.contain(
        `${formatNumber(VALUES63.get('83')!, 'vi')} thuê bao/100 dân`,
      );
      await sendMouse({ type: 'move', position: [0, 0] });
      await until(() => root.querySelector('.tooltip') === null, 'tooltip hidden');
      item(root, 'vn63-56').focus();
      await settleFrame();
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      expect(tip.dataset['key']).to.equal('vn63-56');
      expect(tip.textContent).to.contain('Gồm quần đảo Trường Sa');
      const focused = deepActiveElement();
      await press('Escape');
      expect(root.querySelector('.tooltip')).to.equal(null);
      expect(deepActiveElement()).to.equal(focused);
    });

    it('every province has its item on top of it, and each item’s box is ≥ 24 × 24 px', async () => {
      const { root } = await setup(DOC63);
      for (const code of ['01', '27', '35', '42', '83', '96']) {
        const [x, y] = centreOf(root, code);
        const hits = root.elementsFromPoint(x, y);
        expect(
          hits.find((h) => h.getAttribute('role') === 'treeitem')?.getAttribute('data-key'),
          code,
        ).to.equal(`vn63-${code}`);
      }
      for (const el of root.querySelectorAll<HTMLElement>('[role="treeitem"]:not([aria-expanded])')) {
        const box = el.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });
  });

  describe('language, layout and media', () => {
    it('el.lang = "en" re-renders every string: title, legend, insets, attribution, summary, names, table', async () => {
      const { el, root } = await setup(
        provinceDocument('2008-2025', (i) => (i === 0 ? null : value63(i))),
        { highlight: CODES.benTre },
      );
      el.lang = 'en';
      await until(() => texts(root, '.legend-title')[0] === 'per 100 inhabitants', 'English');
      expect(texts(root, '.legend-text')).to.include('No data');
      expect(root.querySelector('[part="attribution"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(
        /^Province boundaries: Open Development Mekong/,
      );
      expect(texts(root, 'text.highlight-label')).to.deep.equal(['◆ Ben Tre']);
      expect(summaryText(root)).to.contain('Map of the 63 provinces and cities before 1 July 2025');
      expect(item(root, 'vn63-42').getAttribute('aria-label')).to.match(
        /^Ha Tinh, 2020, telephone subscriptions per 100 inhabitants: [\d.]+ per 100 inhabitants, colour class \d of 5/,
      );
      expect(root.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal(
        `${PHONE_DENSITY.label.en}: provinces and cities`,
      );
      expect(tableCells(root)[0]).to.deep.equal([
        'Province/city',
        'Year',
        'Value (per 100 inhabitants)',
        'Colour class',
      ]);
      const all = root.textContent ?? '';
      for (const vi of [
        'không có số liệu',
        'thuê bao',
        'Ranh giới',
        'Quần đảo',
        'Bản đồ',
        'Xem bảng số liệu',
        'lớp màu',
      ])
        expect(all, vi).to.not.contain(vi);
    });

    for (const width of [320, 640]) {
      it(`at ${width} px: the whole country fits, texts ≥ 12 px, no two texts overlap, nothing outside, no horizontal scroll`, async function () {
        if (document.visibilityState !== 'visible') this.skip(); // no ResizeObserver in a background page
        const { el, root } = await setup(DOC63, { width, highlight: CODES.benTre });
        await chartAtWidth(el, width);
        const svgEl = root.querySelector<SVGSVGElement>('svg.marks')!;
        const frame = svgEl.getBoundingClientRect();
        for (const p of units(root)) {
          const b = p.getBoundingClientRect();
          expect(b.left).to.be.at.least(frame.left - 0.5);
          expect(b.right).to.be.at.most(frame.right + 0.5);
          expect(b.bottom).to.be.at.most(frame.bottom + 0.5);
        }
        const nodes = [...svgEl.querySelectorAll<SVGTSpanElement>('tspan')];
        const boxes = nodes.map((t) => t.getBoundingClientRect());
        nodes.forEach((t, i) => {
          expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
          const b = boxes[i]!;
          expect(b.left, t.textContent!).to.be.at.least(frame.left - 0.5);
          expect(b.right, t.textContent!).to.be.at.most(frame.right + 0.5);
          expect(b.bottom, t.textContent!).to.be.at.most(frame.bottom + 0.5);
        });
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            // WebKit gives every tspan the box of its whole <text>: lines of one label cannot be told apart
            // there (Chromium and Firefox check them).
            const sameBox = a.top === b.top && a.left === b.left && a.bottom === b.bottom;
            if (nodes[i]!.parentElement === nodes[j]!.parentElement && sameBox) continue;
            const overlap = rectsOverlap(
              { x: a.left, y: a.top, width: a.width, height: a.height },
              { x: b.left, y: b.top, width: b.width, height: b.height },
            );
            expect(overlap, `"${nodes[i]!.textContent}" / "${nodes[j]!.textContent}"`).to.equal(false);
          }
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(frame.width).to.be.at.most(width);
      });
    }

    it('with reduced motion nothing animates when the data changes', async function () {
      const applied = await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      if (!applied) this.skip(); // CDP only (Chromium)
      const { el, root } = await setup(DOC63);
      el.data = provinceDocument('2008-2025', (i) => 100 - value63(i));
      await until(() => root.querySelector('.plot') !== null && units(root).length === 63, 'new data');
      await settleFrame();
      expect(root.getAnimations()).to.deep.equal([]);
    });

    it('in forced colours classes become dotted patterns in system colours, the ring Highlight, texts CanvasText', async function () {
      const applied = await emulateMedia({ 'forced-colors': 'active' });
      if (!applied) this.skip(); // CDP only (Chromium)
      const { root } = await setup(DOC63);
      expect(cssFill(unit(root, CODES.benTre))).to.match(/url\(.*ict-map-class-\d/);
      expect(getComputedStyle(root.querySelector('.legend-text')!).fill).to.equal(resolveColor('CanvasText'));
      item(root, 'vn63-42').focus();
      await settleFrame();
      expect(getComputedStyle(root.querySelector('.focus-layer .focus-ring')!).stroke).to.equal(
        resolveColor('Highlight'),
      );
    });

    it('patterns: each class gets a denser dot pattern, so classes differ without colour', async () => {
      const { root } = await setup(DOC63, { patterns: true });
      const radii = [...root.querySelectorAll('pattern circle')].map((c) => Number(c.getAttribute('r')));
      expect(radii.length).to.equal(5);
      for (let i = 1; i < radii.length; i++) expect(radii[i]!).to.be.above(radii[i - 1]!);
      expect(cssFill(unit(root, CODES.benTre))).to.match(/url\(.*ict-map-class-\d/);
    });
  });

  describe('bad input', () => {
    it('invalid JSON text shows the error state, visibly, as an alert', async () => {
      const { root } = await setup('{"version": 1, "indicators": [');
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.getClientRects().length).to.be.greaterThan(0);
      expect(root.querySelector('svg.marks')).to.equal(null);
    });

    it('a value of the wrong type and an unknown indicator show alerts', async () => {
      const bad = { ...DOC63, observations: [{ ...DOC63.observations[0]!, value: '94' }] };
      const { root, el } = await setup(bad);
      expect(root.querySelector('[role="alert"]')).to.not.equal(null);
      el.data = DOC63;
      el.indicator = 'no_such_indicator';
      await until(
        () => (root.querySelector('[role="alert"]')?.textContent ?? '').includes('no_such_indicator'),
        'unknown indicator',
      );
    });
  });

  describe('accessibility (axe)', () => {
    // One axe run per test: on the 63-unit map each takes up to ~20 s in WebKit on a busy machine.
    it('has no axe violations at rest', async () => {
      const { el } = await setup(DOC63, { highlight: CODES.haTinh });
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('has no axe violations with a province focused and its tooltip', async () => {
      const { el, root } = await setup(DOC63, { highlight: CODES.haTinh });
      item(root, 'vn63-42').focus();
      await settleFrame();
      expect(root.querySelector('[part~="tooltip"]'), 'the tooltip').to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('has no axe violations with the table shown', async () => {
      const { el, root } = await setup(DOC63, { highlight: CODES.haTinh });
      root.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
      await el.updateComplete;
      expect(root.querySelector('[part~="table"] tbody tr'), 'a table row').to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('has no axe violations in the dark theme and the 34-unit map', async () => {
      const dark = await setup(DOC63, { theme: 'dark' });
      expect(await axeViolations(dark.el)).to.deep.equal([]);
      const fresh = await setup(provinceDocument('2025-', (i) => i * 3));
      expect(await axeViolations(fresh.el)).to.deep.equal([]);
    });

    it('has no axe violations in forced colours', async function () {
      const applied = await emulateMedia({ 'forced-colors': 'active' });
      if (!applied) this.skip();
      const { el } = await setup(DOC63);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('has no axe violations in the error state', async () => {
      const { el } = await setup(DOC63, { boundariesSrc: '/__test/status?code=500' });
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });
});
