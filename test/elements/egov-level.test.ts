import { html } from 'lit';
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/elements/egov-level/define.js';
import type { IctEgovLevel } from '../../src/elements/egov-level/egov-level.js';
import { NavModel } from '../../src/chart/controllers/navigation-controller.js';
import { rectsOverlap } from '../../src/chart/geometry/rect.js';
import type { IctMarkDetail } from '../../src/chart/events.js';
import { formatNumber } from '../../src/core/format/format.js';
import type { IndicatorDocument } from '../../src/core/indicator/types.js';
import {
  EXAMPLE_LEVELS,
  EXAMPLE_MANY,
  EXAMPLE_MIXED,
  EXAMPLE_MISSING,
  EXAMPLE_PER_UNIT,
  EXAMPLE_PROCESS,
} from '../../src/elements/egov-level/egov-level.examples.js';
import { HIGHLIGHT_MARKER } from '../../src/elements/egov-level/egov-level.geometry.js';
import { axeViolations, emulateMedia, resolveColor } from '../helpers/ax.js';
import {
  chartAtWidth,
  chartReady,
  domTree,
  liveText,
  mountChart,
  summaryText,
  texts,
  unmarkedVietnamese,
  until,
  type ChartSetup,
} from '../helpers/chart.js';
import { maxPresses } from '../helpers/nav.js';
import { loadDemo, mount } from '../helpers/fixtures.js';
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

async function setup(
  data: unknown,
  attrs: { width?: number; lang?: string } & Partial<IctEgovLevel> = {},
): Promise<ChartSetup<IctEgovLevel>> {
  return mountChart<IctEgovLevel>('ict-egov-level', data, attrs);
}

const segments = (root: ShadowRoot): SVGRectElement[] => [
  ...root.querySelectorAll<SVGRectElement>('rect.segment'),
];
const width = (r: Element): number => Number(r.getAttribute('width'));
const x = (r: Element): number => Number(r.getAttribute('x'));
const itemNames = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll('[role="treeitem"]')].map((i) => i.getAttribute('aria-label')!);
const leafNames = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll('[role="treeitem"]:not([aria-expanded])')].map((i) =>
    i.getAttribute('aria-label')!,
  );
const segmentOf = (root: ShadowRoot, key: string): SVGRectElement =>
  root.querySelector<SVGRectElement>(`rect.segment[data-key="${key}"]`)!;
const labelOf = (root: ShadowRoot, key: string): string =>
  (root.querySelector(`g.mark[data-key="${key}"] .direct-label`)?.textContent ?? '').trim();
const notes = (root: ShadowRoot): string => texts(root, '.note').join(' ');
/** Row labels, the lines of a wrapped label joined. */
const rowLabels = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll('g.row')].map((g) => texts(g, '.row-label').join(' '));
/** The data table (not the keyboard help's table) as rows of cell texts, header first. */
const dataTable = (root: ShadowRoot): string[][] =>
  [...root.querySelectorAll('table[part="table"] tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );

const HA_TINH_KEYS = {
  province: '42-2020-online_public_services_level3_count-province',
  district: '42-2020-online_public_services_level3_count-district',
  commune: '42-2020-online_public_services_level3_count-commune-each',
};

// ─── tests ────────────────────────────────────────────────────────────────────────────────────────

describe('<ict-egov-level>', function () {
  this.timeout(30000);

  afterEach(async () => {
    await emulateMedia({});
  });

  describe('seed facts', () => {
    it('Hà Tĩnh 2020: 788 (province), 1.068 (district) on one scale, 41 per commune in a panel of its own', async () => {
      const { root } = await setup(await loadDemo('ha-tinh-2020'));
      const [province, district, commune] = [
        HA_TINH_KEYS.province,
        HA_TINH_KEYS.district,
        HA_TINH_KEYS.commune,
      ].map((k) => segmentOf(root, k));
      // One scale for every panel: widths proportional to 788, 1068 and 41, all from the same zero.
      const perUnit = width(province!) / 788;
      expect(width(district!)).to.be.closeTo(1068 * perUnit, 1e-6);
      expect(width(commune!)).to.be.closeTo(41 * perUnit, 1e-6);
      expect(x(commune!)).to.equal(x(province!));
      expect(labelOf(root, HA_TINH_KEYS.province)).to.equal('Mức độ 3: 788');
      expect(labelOf(root, HA_TINH_KEYS.district)).to.equal('Mức độ 3: 1.068');
      expect(labelOf(root, HA_TINH_KEYS.commune)).to.equal('Mức độ 3: 41');
      // Apart and said so: its own panel, heading and note; never stacked (grouped bars) or summed.
      const panels = [...root.querySelectorAll('g.panel')];
      expect(panels.length).to.equal(2);
      expect(panels[1]!.textContent).to.contain('số liệu mỗi xã');
      expect(notes(root)).to.contain(
        'Cấp xã, mỗi xã: số của một đơn vị, không phải tổng, nên không cộng với các cấp khác.',
      );
      expect(root.textContent).to.not.contain('1.897'); // 788 + 1068 + 41
      expect(root.textContent).to.not.contain('1.856'); // 788 + 1068
      expect(root.querySelector('.total')).to.equal(null);
      expect(leafNames(root)).to.deep.equal([
        'Hà Tĩnh, 2020, cấp tỉnh, mức độ 3: 788 dịch vụ, 1/1',
        'Hà Tĩnh, 2020, cấp huyện, mức độ 3: 1.068 dịch vụ, 1/1',
        'Hà Tĩnh, 2020, cấp xã, mỗi xã, mức độ 3: 41 dịch vụ, 1/1',
      ]);
    });

    it('Bến Tre 2016: "trên 80" level-3 services, tier not stated', async () => {
      const { root } = await setup(await loadDemo('ben-tre-2016'));
      expect(segments(root).length).to.equal(1);
      expect(labelOf(root, '83-2016-online_public_services_level3_count')).to.equal('Mức độ 3: trên 80');
      expect(texts(root, '.row-label')).to.deep.equal(['Không nêu cấp']);
      expect(leafNames(root)).to.deep.equal(['Bến Tre, 2016, mức độ 3: trên 80 dịch vụ, 1/1']);
      expect(summaryText(root)).to.contain('Bến Tre, 2016, không nêu cấp: trên 80 dịch vụ mức độ 3.');
    });

    it('Bến Tre 2021: 100 % of eligible services at level 4, a full 100 % bar', async () => {
      const { root } = await setup(await loadDemo('ben-tre-2021'));
      const seg = segments(root);
      expect(seg.length).to.equal(1);
      const track = root.querySelector('rect.track')!;
      expect(x(seg[0]!)).to.equal(x(track));
      expect(width(seg[0]!)).to.be.closeTo(width(track), 1e-6);
      expect(labelOf(root, '83-2021-online_public_services_level4_share')).to.equal('Mức độ 4: 100\u00a0%');
      // The row names the basis (eligible services), the axis runs to 100 %.
      expect(texts(root, '.row-label').join(' ')).to.contain('đủ điều kiện');
      expect(texts(root, '.tick-label').pop()).to.equal('100\u00a0%');
      expect(leafNames(root)).to.deep.equal(['Bến Tre, 2021, mức độ 4: 100\u00a0%, 1/1']);
    });

    it('Điện Biên 2022: 100 % at level 4 and 100 % integrated with the national portal, never stacked together', async () => {
      const { root } = await setup(await loadDemo('dien-bien-2022'));
      const level4 = segmentOf(root, '11-2022-online_public_services_level4_share');
      const portal = segmentOf(root, '11-2022-online_services_integrated_national_portal_share');
      const tracks = [...root.querySelectorAll('rect.track')];
      expect(tracks.length).to.equal(2);
      for (const [seg, track] of [
        [level4, tracks[0]!],
        [portal, tracks[1]!],
      ] as const) {
        expect(x(seg)).to.equal(x(track));
        expect(width(seg)).to.be.closeTo(width(track), 1e-6);
      }
      expect(Number(level4.getAttribute('y'))).to.not.equal(Number(portal.getAttribute('y')));
      expect(labelOf(root, '11-2022-online_services_integrated_national_portal_share')).to.equal(
        '100\u00a0%',
      );
      expect(leafNames(root)).to.deep.equal([
        'Điện Biên, 2022, mức độ 4: 100\u00a0%, 1/1',
        'Điện Biên, 2022, tỷ lệ dịch vụ công trực tuyến tích hợp lên Cổng dịch vụ công quốc gia: 100\u00a0%, 1/1',
      ]);
      const summary = summaryText(root);
      expect(summary).to.contain('Điện Biên');
      expect(summary.match(/100 %/g)?.length).to.be.at.least(2); // summaryText() folds the no-break space
    });

    it('every seed fact: the counts drawn, the three shares said to be in the table only', async () => {
      const { root } = await setup(await loadDemo('all-seed-facts'));
      expect(segments(root).map(width).length).to.equal(4);
      expect(texts(root, '.direct-label')).to.deep.equal([
        'Mức độ 3: trên 80',
        'Mức độ 3: 788',
        'Mức độ 3: 1.068',
        'Mức độ 3: 41',
      ]);
      expect(notes(root)).to.contain('3 giá trị tỷ lệ không vẽ ở đây, có trong bảng số liệu.');
      const cells = dataTable(root).slice(1);
      expect(cells.length).to.equal(7);
    });
  });

  describe('marks, summary and table read back', () => {
    it('levels 1–4 × 3 tiers: every segment, label, summary number and table cell equals the input', async () => {
      const { root } = await setup(EXAMPLE_LEVELS);
      const obs = EXAMPLE_LEVELS.observations;
      const unit = width(segmentOf(root, obs[0]!.id!)) / (obs[0]!.value as number);
      for (const o of obs) {
        const v = o.value as number;
        const rect = segmentOf(root, o.id!);
        expect(width(rect), o.id).to.be.closeTo(v * unit, 1e-6);
        expect(labelOf(root, o.id!), o.id).to.equal(`Mức độ ${o.breakdown!.level}: ${formatNumber(v, 'vi')}`);
      }
      // Stacked: each tier's levels end to end, 1 → 4, from the same zero; the total printed at the end.
      for (const tier of ['province', 'district', 'commune']) {
        const row = obs.filter((o) => o.breakdown!.tier === tier);
        const rects = row.map((o) => segmentOf(root, o.id!));
        expect(x(rects[0]!)).to.equal(x(segmentOf(root, obs[0]!.id!)));
        for (let i = 1; i < rects.length; i++)
          expect(x(rects[i]!)).to.be.closeTo(x(rects[i - 1]!) + width(rects[i - 1]!), 1e-6);
      }
      expect(texts(root, '.total')).to.deep.equal(['Tổng: 809', 'Tổng: 566', 'Tổng: 155']);
      // The bars agree with the axis: each tick sits at its value on the same scale ("1.000" → 1000).
      const zero = x(segmentOf(root, obs[0]!.id!));
      const ticks = [...root.querySelectorAll('line.tick')].map((l) => Number(l.getAttribute('x1')));
      const tickValues = texts(root, '.tick-label').map((t) => Number(t.replace(/\./g, '')));
      expect(tickValues[0]).to.equal(0);
      expect(tickValues[tickValues.length - 1]).to.be.at.least(809);
      tickValues.forEach((v, i) => expect(ticks[i]! - zero, `tick ${v}`).to.be.closeTo(v * unit, 1e-6));
      const summary = summaryText(root);
      expect(summary).to.contain(
        'Hà Tĩnh, 2021, cấp tỉnh: 12 dịch vụ mức độ 1, 85 mức độ 2, 310 mức độ 3, 402 mức độ 4.',
      );
      expect(summary).to.contain(
        'Hà Tĩnh, 2021, cấp huyện: 40 dịch vụ mức độ 1, 96 mức độ 2, 250 mức độ 3, 180 mức độ 4.',
      );
      expect(summary).to.contain(
        'Hà Tĩnh, 2021, cấp xã: 30 dịch vụ mức độ 1, 44 mức độ 2, 60 mức độ 3, 21 mức độ 4.',
      );
      const [header, ...rows] = dataTable(root);
      expect(header).to.deep.equal([
        'Tỉnh/thành phố',
        'Năm',
        'Cấp',
        'Mức độ',
        'Số dịch vụ',
        'Tỷ lệ tính từ số lượng (%)',
      ]);
      expect(rows.length).to.equal(12);
      rows.forEach((cells, i) => {
        const o = obs[i]!;
        const total = { province: 809, district: 566, commune: 155 }[o.breakdown!.tier as 'province'];
        expect(cells).to.deep.equal([
          'Hà Tĩnh',
          '2021',
          { province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' }[o.breakdown!.tier as 'province'],
          `Mức độ ${o.breakdown!.level}`,
          formatNumber(o.value as number, 'vi'),
          formatNumber(((o.value as number) / total) * 100, 'vi', 1),
        ]);
      });
    });

    it('view="share": each tier a 100 % bar of the shares computed from its counts', async () => {
      const { root } = await setup(EXAMPLE_LEVELS, { view: 'share' });
      const tracks = [...root.querySelectorAll('rect.track')];
      expect(tracks.length).to.equal(3);
      const province = EXAMPLE_LEVELS.observations.slice(0, 4);
      const rects = province.map((o) => segmentOf(root, o.id!));
      const full = width(tracks[0]!);
      rects.forEach((r, i) =>
        expect(width(r)).to.be.closeTo(((province[i]!.value as number) / 809) * full, 1e-6),
      );
      expect(labelOf(root, province[3]!.id!)).to.equal('Mức độ 4: 49,7\u00a0%');
      expect(leafNames(root)[3]).to.equal(
        'Hà Tĩnh, 2021, cấp tỉnh, mức độ 4: 49,7\u00a0% (402/809 dịch vụ), 4/4',
      );
      expect(texts(root, '.row-label')[0]).to.equal('Cấp tỉnh (tính từ số lượng)');
      expect(texts(root, '.unit-label')).to.deep.equal(['tỷ lệ (%)']);
    });

    it('layout="grouped": one bar per level from zero, the label at its end', async () => {
      const { root } = await setup(EXAMPLE_LEVELS, { layout: 'grouped' });
      const rects = segments(root);
      expect(rects.length).to.equal(12);
      const zero = x(rects[0]!);
      for (const r of rects) expect(x(r)).to.equal(zero);
      const unit = width(rects[0]!) / 12;
      EXAMPLE_LEVELS.observations.forEach((o, i) =>
        expect(width(rects[i]!)).to.be.closeTo((o.value as number) * unit, 1e-6),
      );
      expect(root.querySelector('.total')).to.equal(null);
    });

    it('each level has its own pattern and colour, a legend entry and a direct label (never colour alone)', async () => {
      const { root } = await setup(EXAMPLE_LEVELS);
      const fills = EXAMPLE_LEVELS.observations
        .slice(0, 4)
        .map((o) => getComputedStyle(segmentOf(root, o.id!)).fill);
      for (const f of fills) expect(f).to.match(/url\("?#ict-pattern-\d"?\)/);
      expect(new Set(fills).size).to.equal(4);
      expect(texts(root, '.legend-label')).to.deep.equal(['Mức độ 1', 'Mức độ 2', 'Mức độ 3', 'Mức độ 4']);
      const swatches = [...root.querySelectorAll('.legend rect')].map((r) => getComputedStyle(r).fill);
      expect(swatches).to.deep.equal(fills);
    });

    it('touching stacked segments are split by a 1 px gap in the background colour (WCAG 1.4.11, G209)', async () => {
      const { el, root } = await setup(EXAMPLE_LEVELS);
      const background = getComputedStyle(el).backgroundColor;
      for (const r of segments(root)) {
        const style = getComputedStyle(r);
        expect(style.stroke).to.equal(background);
        expect(parseFloat(style.strokeWidth)).to.be.at.least(1);
      }
    });

    it('the 2022 scheme: partial before full process, one panel per year, the change said in the summary', async () => {
      const { root } = await setup(EXAMPLE_PROCESS);
      expect(texts(root, '.legend-label')).to.deep.equal(['Một phần', 'Toàn trình']);
      expect(texts(root, '.panel-title')).to.deep.equal(['Hà Tĩnh, 2022', 'Hà Tĩnh, 2023']);
      expect(texts(root, '.direct-label').slice(0, 2)).to.deep.equal(['Một phần: 420', 'Toàn trình: 610']);
      const summary = summaryText(root);
      expect(summary).to.contain(
        'Hà Tĩnh, cấp tỉnh, một phần, từ năm 2022 đến năm 2023: giảm từ 420 xuống 350.',
      );
      expect(summary).to.contain(
        'Hà Tĩnh, cấp tỉnh, toàn trình, từ năm 2022 đến năm 2023: tăng từ 610 lên 720.',
      );
    });

    it('mixed schemes: separate panels with a note, grouped bars, no bar holds both', async () => {
      const { root } = await setup(EXAMPLE_MIXED);
      expect(texts(root, '.panel-title')).to.deep.equal([
        'Bến Tre, 2021',
        'Mức độ 1–4 (đến năm 2022)',
        'Bến Tre, 2023',
        'Toàn trình, một phần (từ năm 2022)',
      ]);
      expect(notes(root)).to.contain('hai cách phân loại khác nhau');
      expect(summaryText(root)).to.contain('hai cách phân loại khác nhau');
      const rects = segments(root);
      for (const r of rects) expect(x(r)).to.equal(x(rects[0]!)); // grouped: every bar from zero
    });

    it('view="count" on shares only falls back to shares, with a visible note', async () => {
      const { root } = await setup(await loadDemo('dien-bien-2022'), { view: 'count' });
      expect(root.querySelectorAll('rect.track').length).to.equal(2);
      expect(notes(root)).to.contain('Dữ liệu chỉ có tỷ lệ, không có số lượng: biểu đồ hiển thị tỷ lệ.');
    });

    it('a missing level is a labelled, dashed "không có số liệu" mark, still navigable; no total that would leave it out', async () => {
      const { root } = await setup(EXAMPLE_MISSING);
      const key = 'ex-60-2021-province-4';
      expect(segmentOf(root, key)).to.equal(null);
      expect(labelOf(root, key)).to.equal('Mức độ 4: không có số liệu');
      expect(root.querySelector(`g.mark[data-key="${key}"] .swatch-missing`)).to.not.equal(null);
      expect(getComputedStyle(root.querySelector('.swatch-missing')!).strokeDasharray).to.not.equal('none');
      expect(texts(root, '.total')).to.deep.equal(['Tổng: 235']); // the province row has a gap: no total
      const item = root.querySelector(`[role="treeitem"][data-key="${key}"]`)!;
      expect(item.getAttribute('aria-label')).to.equal(
        'Bình Thuận, 2021, cấp tỉnh, mức độ 4: không có số liệu, 3/3',
      );
      expect(summaryText(root)).to.contain('1 giá trị không có số liệu.');
      expect(dataTable(root).some((r) => r.includes('không có số liệu'))).to.equal(true);
    });

    it('highlight="11" marks the place with "◆", bold text and outlined bars, not by colour alone', async () => {
      const { root } = await setup(EXAMPLE_MANY, { highlight: '11' });
      const titles = [...root.querySelectorAll<SVGTextElement>('.panel-title.highlighted')];
      expect(titles.map((t) => t.textContent)).to.deep.equal([`${HIGHLIGHT_MARKER} Điện Biên, 2021`]);
      const outlined = [...root.querySelectorAll<SVGRectElement>('rect.segment.highlighted')];
      expect(outlined.map((r) => r.dataset['key'])).to.deep.equal([
        'ex-11-2021-province-3',
        'ex-11-2021-province-4',
      ]);
      for (const r of outlined) {
        const style = getComputedStyle(r);
        expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
        expect(style.stroke).to.equal(getComputedStyle(root.querySelector('.row-label')!).fill);
      }
      for (const t of root.querySelectorAll('.direct-label.highlighted, .row-label.highlighted'))
        expect(Number(getComputedStyle(t).fontWeight)).to.be.at.least(700);
      expect(root.querySelectorAll('.row-label.highlighted').length).to.equal(1);
    });
  });

  describe('bad input', () => {
    it('invalid JSON shows a visible alert, and no chart', async () => {
      const { root } = await setup('{"version": 1, "indicators": [');
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.getClientRects().length).to.be.greaterThan(0);
      expect(root.querySelector('svg.marks')).to.equal(null);
    });

    it('a value of the wrong type shows an alert with its path', async () => {
      const bad = { ...EXAMPLE_LEVELS, observations: [{ ...EXAMPLE_LEVELS.observations[0]!, value: '12' }] };
      const { root } = await setup(bad);
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain('observations[0].value');
    });

    it("an indicator that is not about services by level gets the element's own message", async () => {
      const { root, el } = await setup(await loadDemo('ha-tinh-2020'), { indicator: 'e_documents_share' });
      const alert = root.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain(
        '“e_documents_share” không phải số lượng hay tỷ lệ dịch vụ công trực tuyến theo mức độ',
      );
      el.lang = 'en';
      await until(
        () => (root.querySelector('[role="alert"]')?.textContent ?? '').includes('is not a count'),
        'English',
      );
      el.indicator = 'no_such_indicator';
      await until(
        () => (root.querySelector('[role="alert"]')?.textContent ?? '').includes('no_such_indicator'),
        'unknown',
      );
      expect(root.querySelector('svg.marks')).to.equal(null);
    });

    it('a document with no fitting indicator says so', async () => {
      const { root } = await setup(await loadDemo('binh-thuan-2014'));
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain(
        'Dữ liệu không có chỉ tiêu dịch vụ công trực tuyến theo mức độ',
      );
    });

    it('indicator names one id (its label is the title), or several separated by spaces', async () => {
      const { root, el } = await setup(await loadDemo('dien-bien-2022'), {
        indicator: 'online_services_integrated_national_portal_share',
      });
      expect(segments(root).length).to.equal(1);
      expect(texts(root, '[part="title"]')[0]).to.equal(
        'Tỷ lệ dịch vụ công trực tuyến tích hợp lên Cổng dịch vụ công quốc gia',
      );
      el.indicator = 'online_public_services_level4_share online_services_integrated_national_portal_share';
      await until(() => segments(root).length === 2, 'two indicators');
      expect(texts(root, '[part="title"]')[0]).to.equal('Dịch vụ công trực tuyến theo mức độ');
    });
  });

  describe('keyboard', () => {
    it('one Tab stop; panels › tiers › levels; arrows, Home/End; names like "Hà Tĩnh, 2020, cấp tỉnh, mức độ 3: 788 dịch vụ"', async () => {
      const { root, before } = await setup(await loadDemo('ha-tinh-2020'));
      const items = [...root.querySelectorAll<HTMLElement>('[role="treeitem"]')];
      expect(items.filter((i) => i.tabIndex >= 0).length).to.equal(1);
      expect(tabStops(root).filter((e) => e.getAttribute('role') === 'treeitem').length).to.equal(1);
      const tree = domTree(root);
      expect(tree.map((p) => p.label)).to.deep.equal([
        'Hà Tĩnh, 2020, Mức độ 1–4 (đến năm 2022), 1/2',
        'Hà Tĩnh, 2020, Mức độ 1–4 (đến năm 2022): số liệu mỗi xã, 2/2',
      ]);
      await tabIntoTree(root, before);
      expect(activeKey()).to.equal(tree[0]!.key);
      await press('ArrowDown');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal(
        'Hà Tĩnh, 2020, cấp tỉnh: 1 mức độ, 1/2',
      );
      await press('ArrowDown');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal(
        'Hà Tĩnh, 2020, cấp tỉnh, mức độ 3: 788 dịch vụ, 1/1',
      );
      expect(activeKey()).to.equal(HA_TINH_KEYS.province);
      await press('ArrowRight');
      expect(liveText(root)).to.equal('Cuối danh sách');
      await press('ArrowUp');
      await press('End');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(/^Hà Tĩnh, 2020, cấp huyện/);
      await press('ArrowDown');
      expect(activeKey()).to.equal(HA_TINH_KEYS.district);
      await press('ArrowUp');
      await press('ArrowUp');
      await press('ArrowRight');
      await press('ArrowDown');
      await press('ArrowDown');
      expect(activeKey()).to.equal(HA_TINH_KEYS.commune);
      await press('Home');
      expect(activeKey()).to.equal(HA_TINH_KEYS.commune); // the only level of its tier
    });

    it('Enter fires ict-select with {key, indicator, place, period, value}; a click fires the same', async () => {
      const { el, root, before } = await setup(await loadDemo('ha-tinh-2020'));
      const details: IctMarkDetail[] = [];
      el.addEventListener('ict-select', (e) => details.push(e.detail));
      await tabIntoTree(root, before);
      await press('ArrowDown');
      await press('ArrowRight');
      await press('ArrowDown');
      await press('Enter');
      expect(details).to.deep.equal([
        {
          key: HA_TINH_KEYS.district,
          indicator: 'online_public_services_level3_count',
          place: { code: '42', era: '2008-2025' },
          period: { year: 2020 },
          value: 1068,
        },
      ]);
      const item = root.querySelector<HTMLElement>(`[role="treeitem"][data-key="${HA_TINH_KEYS.province}"]`)!;
      const r = item.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)],
      });
      await settleFrame();
      expect(details.length).to.equal(2);
      expect(details[1]!.value).to.equal(788);
      expect(item.getAttribute('aria-selected')).to.equal('true');
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('fires ict-mark-focus for marks, not for groups', async () => {
      const { el, root, before } = await setup(EXAMPLE_LEVELS);
      const seen: (number | null)[] = [];
      el.addEventListener('ict-mark-focus', (e) => seen.push(e.detail.value));
      await tabIntoTree(root, before);
      await press('ArrowDown');
      await press('ArrowRight');
      await press('ArrowRight');
      expect(seen).to.deep.equal([12, 85, 310]);
    });

    it('type-ahead finds a tier ("cap huyen") and a place ("ha tinh"); "w" says the path', async () => {
      const { root, before } = await setup(EXAMPLE_MANY);
      await tabIntoTree(root, before);
      await type('ha tinh');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(/^Hà Tĩnh, 2021/);
      const typed = performance.now();
      await until(() => performance.now() - typed > 1100, 'the type-ahead pause');
      await press('ArrowDown');
      await press('ArrowDown');
      await press('ArrowRight');
      await press('w');
      expect(liveText(root)).to.equal('Đang ở: Hà Tĩnh, 2021 › Cấp tỉnh › Mức độ 4');

      const other = await setup(EXAMPLE_LEVELS);
      await tabIntoTree(other.root, other.before);
      await type('cap huyen');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(
        /^Hà Tĩnh, 2021, cấp huyện: 4 mức độ, tổng 566 dịch vụ/,
      );
    });

    it('eight provinces: every mark within 8 presses, no list longer than 12', async () => {
      const { root } = await setup(EXAMPLE_MANY);
      const model = new NavModel(domTree(root));
      expect(model.all.filter((n) => n.children.length === 0).length).to.equal(16);
      for (const n of model.all) expect(n.siblings.length).to.be.at.most(12);
      expect(maxPresses(model)).to.be.at.most(8);
    });

    it('Escape hides the tooltip first, then goes up level by level, then out', async () => {
      const { root, before } = await setup(EXAMPLE_PER_UNIT);
      await tabIntoTree(root, before);
      await press('ArrowDown');
      await press('ArrowDown');
      const leaf = activeKey();
      expect(root.querySelector<HTMLElement>('.tooltip')?.dataset['key']).to.equal(leaf);
      await press('Escape');
      expect(root.querySelector('.tooltip')).to.equal(null);
      expect(activeKey()).to.equal(leaf);
      await press('Escape');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(
        /^Điện Biên, 2021, cấp tỉnh: 2 mức độ/,
      );
      await press('Escape');
      await press('Escape');
      expect(deepActiveElement()).to.equal(root.querySelector('[role="tree"]'));
    });
  });

  describe('focus ring, tooltip and pointer', () => {
    it('a focused tier rings all its segments; a focused level rings its segment, and nothing covers the ring', async () => {
      const { root, before } = await setup(EXAMPLE_LEVELS);
      await tabIntoTree(root, before);
      expect(root.querySelectorAll('.focus-ring').length).to.equal(4);
      await press('ArrowDown');
      const rings = root.querySelectorAll<SVGRectElement>('.focus-ring');
      expect(rings.length).to.equal(1);
      const ring = rings[0]!;
      expect(parseFloat(getComputedStyle(ring).strokeWidth)).to.be.at.least(2);
      const box = ring.getBoundingClientRect();
      const seg = segmentOf(root, EXAMPLE_LEVELS.observations[0]!.id!).getBoundingClientRect();
      expect(box.left).to.be.at.most(seg.left + 0.5);
      expect(box.right).to.be.at.least(seg.right - 0.5);
      expect(root.elementsFromPoint(box.left + 1, box.top + box.height / 2)[0]).to.equal(ring);
    });

    it('the tooltip shows on hover and on focus, with the value; Escape hides it without moving focus', async () => {
      const { root, before } = await setup(await loadDemo('ha-tinh-2020'));
      const item = root.querySelector<HTMLElement>(`[role="treeitem"][data-key="${HA_TINH_KEYS.district}"]`)!;
      const r = item.getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(r.left + 10), Math.round(r.top + r.height / 2)],
      });
      await settleFrame();
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      expect(tip.dataset['key']).to.equal(HA_TINH_KEYS.district);
      expect(tip.textContent).to.contain('1.068 dịch vụ');
      expect(tip.textContent).to.contain('Cấp huyện · Mức độ 3');
      await sendMouse({ type: 'move', position: [0, 0] });
      await until(() => root.querySelector('.tooltip') === null, 'tooltip hidden');
      await tabIntoTree(root, before);
      await press('ArrowDown');
      await press('ArrowDown');
      expect(root.querySelector<HTMLElement>('.tooltip')?.dataset['key']).to.equal(HA_TINH_KEYS.province);
      const focused = deepActiveElement();
      await press('Escape');
      expect(root.querySelector('.tooltip')).to.equal(null);
      expect(deepActiveElement()).to.equal(focused);
    });

    it('each mark has its item over it (explore by touch) with a target of at least 24 × 24 px', async () => {
      const { root } = await setup(EXAMPLE_MISSING);
      for (const g of root.querySelectorAll<SVGGElement>('g.mark')) {
        const key = g.dataset['key']!;
        const shape = (g.querySelector('rect.segment') ??
          g.querySelector('.direct-label'))!.getBoundingClientRect();
        const cx = shape.left + Math.max(1, shape.width / 2);
        const hits = root.elementsFromPoint(cx, shape.top + shape.height / 2);
        const item = hits.find(
          (h) => (h as HTMLElement).dataset?.['key'] === key && h.getAttribute('role') === 'treeitem',
        );
        expect(item, key).to.not.equal(undefined);
        const box = item!.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });
  });

  describe('language, layout and media', () => {
    it('el.lang = "en" re-renders every string: title, legend, labels, values, names, notes, table', async () => {
      const { el, root } = await setup(await loadDemo('ha-tinh-2020'));
      el.lang = 'en';
      await until(() => labelOf(root, HA_TINH_KEYS.district) === 'Level 3: 1,068', 'English');
      expect(texts(root, '[part="title"]')[0]).to.equal('Online public services at level 3');
      expect(texts(root, '.legend-label')).to.deep.equal(['Level 3']);
      expect(rowLabels(root)).to.deep.equal([
        'Province level',
        'District level',
        'Commune level, each commune',
      ]);
      expect(leafNames(root)[0]).to.equal('Ha Tinh, 2020, province level, level 3: 788 services, 1/1');
      expect(notes(root)).to.contain('the figure of one unit, not a total');
      expect(texts(root, '.unit-label')).to.deep.equal(['services']);
      expect(dataTable(root)[0]).to.deep.equal([
        'Province/city',
        'Year',
        'Tier',
        'Level',
        'Services',
        'Note',
      ]);
      const all = `${root.textContent} ${itemNames(root).join(' ')}`;
      for (const vi of ['Mức độ', 'Cấp tỉnh', 'dịch vụ mức', 'Xem bảng số liệu', 'mỗi xã', 'số dịch vụ'])
        expect(all, vi).to.not.contain(vi);
    });

    it('in an English UI every Vietnamese text that is read is inside lang="vi"', async () => {
      const { el, root } = await setup(await loadDemo('ben-tre-2016'), { lang: 'en' });
      root.querySelector<HTMLButtonElement>('[part~="table-toggle"]')?.click();
      await el.updateComplete;
      expect(unmarkedVietnamese(root)).to.deep.equal([]);
    });

    it("one strings property overrides the element's texts, levels and the UI", async () => {
      const { root } = await setup(await loadDemo('ben-tre-2016'), {
        strings: {
          vi: { egov: { tierNotStated: 'Chưa rõ cấp' }, levels: { '3': 'Mức 3' }, showTable: 'Mở bảng' },
        },
      });
      expect(texts(root, '.row-label')).to.deep.equal(['Chưa rõ cấp']);
      expect(texts(root, '.direct-label')).to.deep.equal(['Mức 3: trên 80']);
      expect(root.textContent).to.contain('Mở bảng');
    });

    for (const width of [320, 640]) {
      it(`at ${width} px: no two texts overlap, none leaves the chart, none under 12 px, no horizontal scroll`, async function () {
        if (document.visibilityState !== 'visible') this.skip(); // no ResizeObserver in a background page
        const { el, root } = await setup(EXAMPLE_MIXED, { width });
        await chartAtWidth(el, width);
        for (const doc of [EXAMPLE_LEVELS, EXAMPLE_PER_UNIT, EXAMPLE_MISSING, EXAMPLE_MIXED]) {
          el.data = doc;
          await el.updateComplete;
          await settleFrame();
          const svgEl = root.querySelector<SVGSVGElement>('svg.marks')!;
          const frame = svgEl.getBoundingClientRect();
          const nodes = [...svgEl.querySelectorAll<SVGTextElement>('text')];
          const boxes = nodes.map((t) => t.getBoundingClientRect());
          nodes.forEach((t, i) => {
            expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
            const b = boxes[i]!;
            expect(b.left, t.textContent!).to.be.at.least(frame.left - 0.5);
            expect(b.right, t.textContent!).to.be.at.most(frame.right + 0.5);
            expect(b.top, t.textContent!).to.be.at.least(frame.top - 0.5);
            expect(b.bottom, t.textContent!).to.be.at.most(frame.bottom + 0.5);
          });
          for (let i = 0; i < boxes.length; i++) {
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
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
          // Every navigation item stays over the chart after a change of data (explore by touch).
          for (const item of root.querySelectorAll('[role="treeitem"]:not([aria-expanded])')) {
            const box = item.getBoundingClientRect();
            expect(box.left, item.getAttribute('aria-label')!).to.be.at.least(frame.left - 0.5);
            expect(box.right, item.getAttribute('aria-label')!).to.be.at.most(frame.right + 0.5);
          }
        }
      });
    }

    it('with reduced motion the element runs no animation when the data changes', async function () {
      const applied = await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      if (!applied) this.skip(); // emulated over CDP (Chromium only)
      const { el, root } = await setup(EXAMPLE_LEVELS);
      const changed: IndicatorDocument = {
        ...EXAMPLE_LEVELS,
        observations: EXAMPLE_LEVELS.observations.map((o) => ({ ...o, value: (o.value as number) * 2 })),
      };
      el.data = changed;
      await until(() => labelOf(root, EXAMPLE_LEVELS.observations[3]!.id!) === 'Mức độ 4: 804', 'new data');
      expect(root.getAnimations()).to.deep.equal([]);
      // Without the preference the same change animates within 200 ms – 2 s.
      await emulateMedia({});
      await until(
        () => root.querySelector('.plot')?.getAttribute('data-motion') === 'full',
        'motion allowed',
      );
      getComputedStyle(segments(root)[0]!).width;
      el.data = EXAMPLE_LEVELS;
      await until(() => labelOf(root, EXAMPLE_LEVELS.observations[3]!.id!) === 'Mức độ 4: 402', 'data back');
      const durations = root.getAnimations().map((a) => Number(a.effect?.getTiming().duration));
      expect(durations.length).to.be.greaterThan(0);
      for (const d of durations) expect(d).to.be.within(200, 2000);
    });

    it('in forced colours: texts CanvasText, focus ring Highlight, levels still differ by pattern', async function () {
      const applied = await emulateMedia({ 'forced-colors': 'active' });
      if (!applied) this.skip(); // CDP only (Chromium)
      const { el, root, before } = await setup(EXAMPLE_LEVELS);
      await tabIntoTree(root, before);
      expect(getComputedStyle(root.querySelector('.focus-ring')!).stroke).to.equal(resolveColor('Highlight'));
      for (const sel of ['.row-label', '.direct-label', '.legend-label', '.panel-title'])
        expect(getComputedStyle(root.querySelector(sel)!).fill, sel).to.equal(resolveColor('CanvasText'));
      const fills = EXAMPLE_LEVELS.observations
        .slice(0, 4)
        .map((o) => getComputedStyle(segmentOf(root, o.id!)).fill);
      expect(new Set(fills).size).to.equal(4);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('new data is announced once; focus stays on the same mark', async () => {
      const { el, root, before } = await setup(EXAMPLE_LEVELS);
      await tabIntoTree(root, before);
      await press('ArrowDown');
      await press('ArrowRight');
      const focusedKey = activeKey();
      const live = root.querySelector('[aria-live="polite"][part="live"]')!;
      const heard: string[] = [];
      const observer = new MutationObserver(() => {
        if (live.textContent) heard.push(live.textContent);
      });
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      el.data = {
        ...EXAMPLE_LEVELS,
        observations: EXAMPLE_LEVELS.observations.map((o) => ({ ...o, value: 7 })),
      };
      await until(() => heard.length > 0, 'the announcement', 3000);
      observer.disconnect();
      expect(heard).to.deep.equal([
        'Đã cập nhật dữ liệu: Số dịch vụ công trực tuyến theo mức độ (dữ liệu ví dụ), 12 giá trị.',
      ]);
      expect(activeKey()).to.equal(focusedKey);
    });
  });

  describe('accessibility (axe)', () => {
    it('no axe violations: Hà Tĩnh 2020, and with a mark focused and its tooltip shown', async () => {
      const { el, root, before } = await setup(await loadDemo('ha-tinh-2020'), { highlight: '42' });
      expect(await axeViolations(el)).to.deep.equal([]);
      await tabIntoTree(root, before);
      await press('ArrowDown');
      await press('ArrowDown');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('no axe violations in the dark theme (stacked, share and grouped views)', async () => {
      for (const attrs of [{}, { view: 'share' as const }, { layout: 'grouped' as const }]) {
        const { el } = await setup(EXAMPLE_LEVELS, { theme: 'dark', ...attrs });
        expect(await axeViolations(el)).to.deep.equal([]);
      }
    });

    it('no axe violations nested two shadow roots deep; IDREFs resolve in its own root', async () => {
      const outer = await mount<HTMLDivElement>(html`<div></div>`);
      const a = outer.attachShadow({ mode: 'open' });
      const inner = document.createElement('div');
      a.append(inner);
      const b = inner.attachShadow({ mode: 'open' });
      const el = document.createElement('ict-egov-level') as IctEgovLevel;
      el.data = EXAMPLE_MIXED;
      b.append(el);
      await chartReady(el);
      expect(await axeViolations(el)).to.deep.equal([]);
      const root = el.shadowRoot!;
      for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
        for (const node of root.querySelectorAll(`[${attr}]`)) {
          for (const id of node.getAttribute(attr)!.split(/\s+/))
            expect(root.getElementById(id), `${attr}=${id}`).to.not.equal(null);
        }
      }
    });
  });
});
