import { html } from 'lit';
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/elements/bar-chart/define.js';
import type { IctBarChart } from '../../src/elements/bar-chart/bar-chart.js';
import { NavModel } from '../../src/chart/controllers/navigation-controller.js';
import { HIGHLIGHT_MARKER } from '../../src/chart/geometry/bars.js';
import { rectsOverlap } from '../../src/chart/geometry/rect.js';
import type { IctMarkDetail } from '../../src/chart/events.js';
import { formatNumber, formatPercent } from '../../src/core/format/format.js';
import type { IndicatorDocument } from '../../src/core/indicator/types.js';
import { provinceName, provincesOf } from '../../src/core/provinces/provinces.js';
import { axeViolations, contrast, emulateMedia, resolveColor } from '../helpers/ax.js';
import {
  chartAtWidth,
  chartReady,
  domTree,
  liveText,
  mountChart,
  tableCells,
  texts,
  unmarkedVietnamese,
  until,
  type ChartSetup,
} from '../helpers/chart.js';
import { bigDocument } from '../hardening/arbitraries.js';
import { maxPresses } from '../helpers/nav.js';
import {
  CODES,
  PHONE_DENSITY,
  loadDemo,
  mount,
  provinceDocument,
  smallDocument,
} from '../helpers/fixtures.js';
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
  attrs: { width?: number; lang?: string } & Partial<IctBarChart> = {},
): Promise<ChartSetup<IctBarChart>> {
  return mountChart<IctBarChart>('ict-bar-chart', data, attrs);
}

const ready = (el: IctBarChart): Promise<void> => chartReady(el);
const atWidth = (el: IctBarChart, width: number): Promise<void> => chartAtWidth(el, width);

const bars = (root: ShadowRoot): SVGRectElement[] => [...root.querySelectorAll<SVGRectElement>('rect.bar')];

const FIVE = smallDocument([
  [CODES.haNoi, 120.5],
  [CODES.haTinh, 94],
  [CODES.benTre, 111.78],
  [CODES.dienBien, null],
  [CODES.binhThuan, 11.7],
]);

const PERCENT_DOC: IndicatorDocument = {
  version: 1,
  indicators: [
    { id: 'plan_share', label: { vi: 'Tỷ lệ hoàn thành kế hoạch', en: 'Plan achieved' }, unit: 'percent' },
  ],
  observations: [
    { place: { code: CODES.benTre, era: '2008-2025' }, period: { year: 2021 }, value: 111.78 },
    { place: { code: CODES.haTinh, era: '2008-2025' }, period: { year: 2021 }, value: 98.9 },
  ],
};

// ─── tests ────────────────────────────────────────────────────────────────────────────────────────

describe('<ict-bar-chart>', function () {
  // sendMouse and size changes are slow when this file runs in a background page (see /tmp/h3b-notes.md).
  this.timeout(30000);

  afterEach(async () => {
    await emulateMedia({});
  });

  describe('marks', () => {
    it('draws one bar per observation of the seed (Hà Tĩnh 2020, level-3 services: 788, 1068, 41) with widths proportional to the values', async () => {
      const doc = await loadDemo('ha-tinh-2020');
      const { root } = await setup(doc, { indicator: 'online_public_services_level3_count' });
      const values = [788, 1068, 41];
      const rects = bars(root);
      expect(rects.length).to.equal(3);
      const widths = rects.map((r) => Number(r.getAttribute('width')));
      const perUnit = widths[0]! / values[0]!;
      widths.forEach((w, i) => expect(w, `bar ${i}`).to.be.closeTo(values[i]! * perUnit, 1e-6));
      expect(texts(root, '.value-label')).to.deep.equal(values.map((v) => formatNumber(v, 'vi')));
      expect(texts(root, '.value-label')).to.deep.equal(['788', '1.068', '41']);
    });

    it('prints the values formatted for the language (vi "111,78 %", en "111.78%")', async () => {
      const { root, el } = await setup(PERCENT_DOC);
      expect(texts(root, '.value-label')).to.deep.equal([
        formatPercent(111.78, 'vi'),
        formatPercent(98.9, 'vi'),
      ]);
      expect(texts(root, '.value-label')[0]).to.equal('111,78\u00a0%');
      el.lang = 'en';
      await until(() => texts(root, '.value-label')[0] === '111.78%', 'English numbers');
      expect(texts(root, '.value-label')).to.deep.equal(['111.78%', '98.9%']);
    });

    it('labels bars with the province names, and sort="descending" orders them by value with no data last', async () => {
      const { root } = await setup(FIVE, { sort: 'descending' });
      expect(texts(root, '.bar-label')).to.deep.equal([
        'Hà Nội',
        'Bến Tre',
        'Hà Tĩnh',
        'Bình Thuận',
        'Điện Biên',
      ]);
      expect(texts(root, '.value-label')).to.deep.equal([
        '120,5',
        '111,78',
        '94',
        '11,7',
        'không có số liệu',
      ]);
    });

    it('sort="ascending" and sort="none" order the bars too', async () => {
      const { root, el } = await setup(FIVE, { sort: 'ascending' });
      expect(texts(root, '.bar-label')).to.deep.equal([
        'Bình Thuận',
        'Hà Tĩnh',
        'Bến Tre',
        'Hà Nội',
        'Điện Biên',
      ]);
      el.sort = 'none';
      await el.updateComplete;
      expect(texts(root, '.bar-label')).to.deep.equal([
        'Hà Nội',
        'Hà Tĩnh',
        'Bến Tre',
        'Điện Biên',
        'Bình Thuận',
      ]);
    });

    it('draws a null value as a labelled "không có số liệu" placeholder that is still navigable', async () => {
      const { root } = await setup(FIVE);
      expect(root.querySelectorAll('rect.placeholder').length).to.equal(1);
      expect(root.querySelector('.value-label.missing')!.textContent).to.equal('không có số liệu');
      const items = [...root.querySelectorAll('[role="treeitem"]')];
      const missing = items.find((i) => i.getAttribute('aria-label')!.includes('không có số liệu'));
      expect(missing, 'a tree item names the missing value').to.not.equal(undefined);
    });

    it('highlight="83" outlines the bar and marks the label bold with "◆", not by colour alone', async () => {
      const { root } = await setup(FIVE, { highlight: CODES.benTre });
      const highlighted = root.querySelectorAll('rect.bar.highlighted');
      expect(highlighted.length).to.equal(1);
      const stroke = getComputedStyle(highlighted[0]!);
      expect(parseFloat(stroke.strokeWidth)).to.be.at.least(2);
      expect(stroke.stroke).to.not.equal('none');
      const label = root.querySelector<SVGTextElement>('.bar-label.highlighted')!;
      expect(label.textContent).to.equal(`${HIGHLIGHT_MARKER} Bến Tre`);
      expect(Number(getComputedStyle(label).fontWeight)).to.be.at.least(700);
      expect(root.querySelectorAll('.bar-label.highlighted').length).to.equal(1);
    });

    it('draws a zero-based axis whose tick labels are formatted numbers', async () => {
      const { root } = await setup(FIVE);
      const ticks = texts(root, '.tick-label');
      expect(ticks[0]).to.equal('0');
      expect(ticks.length).to.be.at.least(3);
      for (const t of ticks) expect(t).to.match(/^[\d.]+$/); // vi groups with "." and 120 is the nice end
      expect(texts(root, '.unit-label')).to.deep.equal(['thuê bao/100 dân']);
    });

    it('selects the indicator named by the indicator attribute, and shows an error for an unknown one', async () => {
      const doc = await loadDemo('ha-tinh-2020');
      const { root, el } = await setup(doc, { indicator: 'e_documents_share' });
      expect(bars(root).length).to.equal(2);
      expect(texts(root, '.value-label')).to.deep.equal(['100\u00a0%', '99\u00a0%']);
      el.indicator = 'no_such_indicator';
      await until(() => root.querySelector('[role="alert"]') !== null, 'the error state');
      expect(root.querySelector('svg.marks')).to.equal(null);
    });

    it('loads a seed document from src (Bến Tre 2021: 100 % and 78,5 %)', async () => {
      const wrapper = await mount<HTMLDivElement>(
        html`<div style="width:640px">
          <ict-bar-chart
            src="/demo/data/ben-tre-2021.json"
            indicator="officials_with_networked_computer_share"
          ></ict-bar-chart>
        </div>`,
      );
      const el = wrapper.querySelector('ict-bar-chart') as IctBarChart;
      await ready(el);
      expect(texts(el.shadowRoot!, '.value-label')).to.deep.equal(['100\u00a0%', '78,5\u00a0%']);
    });

    it('shows the error state for malformed data (invalid JSON text), visibly and as an alert', async () => {
      const { root } = await setup('{"version": 1, "indicators": [');
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert).to.not.equal(null);
      expect(alert.getClientRects().length).to.be.greaterThan(0);
      expect(root.querySelector('svg.marks')).to.equal(null);
    });

    it('shows the error state for a value of the wrong type', async () => {
      const bad = { ...FIVE, observations: [{ ...FIVE.observations[0]!, value: '94' }] };
      const { root } = await setup(bad);
      expect(root.querySelector('[role="alert"]')).to.not.equal(null);
    });

    it('draws thousands of bars over several frames, and updateComplete waits for the last one', async () => {
      const { el, root } = await setup(FIVE);
      const counts: number[] = [];
      const observer = new MutationObserver(() => counts.push(bars(root).length));
      observer.observe(root, { childList: true, subtree: true });
      el.data = bigDocument(3000);
      // An SVG export asked for while the bars are drawn is written once the last one is.
      await until(() => bars(root).length > 5, 'the first bars');
      const exported = new Promise<string>((resolve) => {
        const onClick = (event: Event): void => {
          const a = event.composedPath()[0] as HTMLAnchorElement;
          if (a.localName !== 'a' || !a.download.endsWith('.svg')) return;
          event.preventDefault();
          document.removeEventListener('click', onClick, true);
          void fetch(a.href).then((r) => resolve(r.text()));
        };
        document.addEventListener('click', onClick, true);
      });
      const figure = (el as unknown as { figure: { exportSvg(): void } }).figure;
      const early = bars(root).length;
      figure.exportSvg();
      await el.updateComplete;
      observer.disconnect();
      expect(bars(root)).to.have.length(3000);
      expect(early, 'asked before the last bar').to.be.below(3000);
      expect((await exported).match(/part="bar"/g)).to.have.length(3000);
      // Drawn in steps (ProgressiveController), never all 3 000 bars in one frame.
      const steps = [...new Set(counts)].filter((n) => n > 5);
      expect(steps.length, `bar counts seen: ${steps.join(', ')}`).to.be.above(2);
      expect(steps[0]).to.be.below(3000);
      expect(steps).to.deep.equal([...steps].sort((a, b) => a - b));
    });

    it('computes the view of more than 2 000 observations after the update: loading meanwhile, never the old chart; a new width keeps the chart shown', async () => {
      const { el, root, wrapper } = await setup(FIVE);
      const old = bars(root).length;
      expect(old).to.be.above(0);
      const seen: { chart: boolean; bars: number; status: string }[] = [];
      const look = (): void => {
        seen.push({
          chart: root.querySelector('svg.marks') !== null,
          bars: bars(root).length,
          status: (root.querySelector('[part~="status"]')?.textContent ?? '').trim(),
        });
      };
      const observer = new MutationObserver(look);
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      el.data = bigDocument(3000);
      await el.updateComplete;
      look();
      expect(seen[0], 'the first render after new data').to.deep.equal({
        chart: false,
        bars: 0,
        status: 'Đang vẽ biểu đồ…',
      });
      expect(
        seen.filter((s) => s.bars > 0 && s.bars <= old),
        'the old bars after the new data',
      ).to.deep.equal([]);
      expect(seen.at(-1)).to.deep.equal({ chart: true, bars: 3000, status: '' });

      seen.length = 0;
      wrapper.style.width = '500px';
      await atWidth(el, 500);
      observer.disconnect();
      expect(
        seen.filter((s) => !s.chart || s.status !== ''),
        'states without the chart while the new width computes',
      ).to.deep.equal([]);
      expect(bars(root)).to.have.length(3000);
    });
  });

  describe('summary and table', () => {
    it('the summary names the extremes with their formatted values, and the table lists every value', async () => {
      const { root } = await setup(FIVE);
      const summary = (root.querySelector('.summary')?.textContent ?? '').replace(/\s+/g, ' ');
      expect(summary).to.contain('Hà Nội');
      expect(summary).to.contain('120,5');
      expect(summary).to.contain('Bình Thuận');
      expect(summary).to.contain('11,7');
      const table = [...root.querySelectorAll('table')].find(
        (t) => t.closest('dialog, [role="dialog"]') === null,
      )!;
      const cells = [...table.querySelectorAll('td, th')].map((c) => (c.textContent ?? '').trim());
      for (const v of ['120,5', '94', '111,78', '11,7'])
        expect(
          cells.some((c) => c.includes(v)),
          v,
        ).to.equal(true);
      expect(cells.some((c) => c.includes('không có số liệu'))).to.equal(true);
      expect(table.querySelectorAll('tbody tr').length).to.equal(5);
    });

    it('a label too long for 8 lines is cut with "…" in the drawing only: the table and the mark\'s name keep it whole', async () => {
      const long = `${'Tỷ lệ thuê bao băng rộng '.repeat(40)}cuối`;
      const doc = smallDocument([
        [CODES.haNoi, 120.5],
        [CODES.haTinh, 94],
      ]);
      (doc.observations[0] as { label?: { vi: string } }).label = { vi: long };
      const { root } = await setup(doc, { width: 640 });
      const drawn = texts(root, 'text.bar-label');
      // Eight lines for "Hà Nội, Tỷ lệ …", one for Hà Tĩnh.
      expect(drawn, drawn.join(' | ')).to.have.length(9);
      expect(drawn[0]!.startsWith('Hà Nội, Tỷ lệ')).to.equal(true);
      expect(drawn[7]!.endsWith('…')).to.equal(true);
      expect(drawn[8]).to.equal('Hà Tĩnh');
      expect(drawn.join(' ')).not.to.contain('cuối');
      const rows = tableCells(root).map((r) => r.join(' '));
      expect(
        rows.some((r) => r.includes(long.trim())),
        'the table row',
      ).to.equal(true);
      expect(
        // (its first letter lower-cased inside the sentence)
        domTree(root).some((item) => item.label.includes(long.trim().slice(1))),
        'the mark',
      ).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('has one Tab stop in the chart; Tab lands on the first bar and the arrows move bar by bar', async () => {
      const { root, before } = await setup(FIVE, { sort: 'descending' });
      const items = [...root.querySelectorAll<HTMLElement>('[role="treeitem"]')];
      expect(items.filter((i) => i.tabIndex >= 0).length).to.equal(1);
      await tabIntoTree(root, before);
      const keys = items.map((i) => i.dataset['key']);
      expect(activeKey()).to.equal(keys[0]);
      await press('ArrowRight');
      expect(activeKey()).to.equal(keys[1]);
      await press('End');
      expect(activeKey()).to.equal(keys[4]);
      await press('Home');
      expect(activeKey()).to.equal(keys[0]);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal(
        `${items[0]!.getAttribute('aria-label')!.replace(/, \d+\/\d+$/, '')}, 1/5`,
      );
      expect(tabStops(root).filter((e) => e.getAttribute('role') === 'treeitem').length).to.equal(1);
    });

    it('names each item with its place and value and position "2/5"', async () => {
      const { root } = await setup(FIVE, { sort: 'descending' });
      const names = [...root.querySelectorAll('[role="treeitem"]')].map((i) => i.getAttribute('aria-label')!);
      expect(names[1]).to.match(/^.*Bến Tre.*111,78.*, 2\/5$/);
      expect(names[4]).to.match(/Điện Biên.*không có số liệu.*, 5\/5$/);
    });

    it('Enter fires ict-select with the datum; a click fires the same (pointer parity)', async () => {
      const { el, root, before } = await setup(FIVE, { sort: 'descending' });
      const details: IctMarkDetail[] = [];
      el.addEventListener('ict-select', (e) => details.push(e.detail));
      await tabIntoTree(root, before);
      await press('ArrowRight');
      await press('Enter');
      expect(details).to.deep.equal([
        {
          key: details[0]!.key,
          indicator: PHONE_DENSITY.id,
          place: { code: CODES.benTre, era: '2008-2025' },
          period: { year: 2020 },
          value: 111.78,
        },
      ]);
      const item = [...root.querySelectorAll<HTMLElement>('[role="treeitem"]')][2]!;
      const r = item.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(r.left + 20), Math.round(r.top + r.height / 2)],
      });
      await settleFrame();
      expect(details.length).to.equal(2);
      expect(details[1]!.value).to.equal(94);
      expect(item.getAttribute('aria-selected')).to.equal('true');
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('fires ict-mark-focus when a bar gets focus', async () => {
      const { el, root, before } = await setup(FIVE);
      const seen: (number | null)[] = [];
      el.addEventListener('ict-mark-focus', (e) => seen.push(e.detail.value));
      await tabIntoTree(root, before);
      await press('ArrowRight');
      expect(seen).to.deep.equal([120.5, 94]);
    });

    it('63 provinces are grouped by 6 regions; every bar ≤ 8 presses away; type-ahead and "w" find Hà Tĩnh', async () => {
      const doc = provinceDocument('2008-2025', (i) => 20 + ((i * 37) % 100));
      const { root, before } = await setup(doc, { sort: 'descending' });
      const tree = domTree(root);
      expect(tree.length).to.equal(6);
      const model = new NavModel(tree);
      expect(model.all.filter((n) => n.children.length === 0).length).to.equal(63);
      for (const n of model.all) expect(n.siblings.length).to.be.at.most(12);
      expect(maxPresses(model)).to.be.at.most(8);
      await tabIntoTree(root, before);
      await type('ha tinh');
      const focused = deepActiveElement()!;
      expect(focused.getAttribute('aria-label')).to.match(/^Hà Tĩnh/);
      const typed = performance.now();
      await until(() => performance.now() - typed > 1100, 'the type-ahead pause'); // else "w" would extend the search
      await press('w');
      expect(liveText(root)).to.match(/^Đang ở: Bắc Trung Bộ.* › .*Hà Tĩnh$/);
    });

    it('Escape first hides the tooltip, then goes up level by level, then out of the bars', async () => {
      const doc = provinceDocument('2008-2025', (i) => i + 1);
      const { root, before } = await setup(doc);
      await tabIntoTree(root, before);
      const chain = [activeKey()];
      while (deepActiveElement()!.hasAttribute('aria-expanded')) {
        await press('ArrowDown');
        chain.push(activeKey());
      }
      expect(chain.length).to.be.at.least(2);
      const leaf = chain.pop();
      expect(root.querySelector<HTMLElement>('.tooltip')?.dataset['key']).to.equal(leaf);
      await press('Escape');
      expect(root.querySelector('.tooltip')).to.equal(null);
      expect(activeKey()).to.equal(leaf);
      for (const parent of chain.reverse()) {
        await press('Escape');
        expect(activeKey()).to.equal(parent);
      }
      await press('Escape');
      expect(activeKey()).to.equal(undefined);
      expect(deepActiveElement()).to.equal(root.querySelector('[role="tree"]'));
    });

    it('"?" opens the keyboard help listing the bound keys', async () => {
      const { root, before } = await setup(FIVE);
      await tabIntoTree(root, before);
      await press('?');
      const dialog = root.querySelector('dialog[open], [role="dialog"]');
      expect(dialog, 'help dialog open').to.not.equal(null);
      const text = dialog!.textContent ?? '';
      for (const key of ['←', '→', '↑', '↓', 'Home', 'End', 'Page Up', 'Page Down', 'Enter', 'Esc'])
        expect(text).to.contain(key);
    });
  });

  describe('data updates (row 17)', () => {
    it('two updates 300 ms apart give one polite announcement, and focus stays on the same datum', async () => {
      const { el, root, before } = await setup(FIVE);
      await tabIntoTree(root, before);
      await press('ArrowRight');
      const focusedKey = activeKey();
      expect(focusedKey).to.not.equal(undefined);
      const live = root.querySelector('[aria-live="polite"][part="live"]')!;
      const heard: string[] = [];
      const observer = new MutationObserver(() => {
        if (live.textContent) heard.push(live.textContent);
      });
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      el.data = smallDocument([
        [CODES.haNoi, 121],
        [CODES.haTinh, 95],
        [CODES.benTre, 112],
        [CODES.dienBien, null],
        [CODES.binhThuan, 12],
      ]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      el.data = smallDocument([
        [CODES.haNoi, 122],
        [CODES.haTinh, 96],
        [CODES.benTre, 113],
        [CODES.dienBien, null],
        [CODES.binhThuan, 13],
      ]);
      await until(() => heard.length > 0, 'the announcement', 3000);
      await new Promise((resolve) => setTimeout(resolve, 1200)); // nothing else may follow
      observer.disconnect();
      expect(heard).to.deep.equal([`Đã cập nhật dữ liệu: ${PHONE_DENSITY.label.vi}, 5 giá trị.`]);
      expect(activeKey()).to.equal(focusedKey);
      expect(
        root.querySelector(`[data-key="${focusedKey}"][role="treeitem"]`)!.getAttribute('aria-label'),
      ).to.match(/Hà Tĩnh.*96/);
    });

    it("moving between bars is read once, through the focused item's name: the live region stays silent (row 16)", async () => {
      const { root, before } = await setup(FIVE);
      const live = [...root.querySelectorAll('[aria-live]')];
      let mutations = 0;
      const observer = new MutationObserver((records) => (mutations += records.length));
      for (const region of live)
        observer.observe(region, { childList: true, characterData: true, subtree: true });
      await tabIntoTree(root, before);
      await press('ArrowRight');
      await press('ArrowRight');
      await press('ArrowLeft');
      await new Promise((resolve) => setTimeout(resolve, 500));
      observer.disconnect();
      expect(live.length).to.be.greaterThan(0);
      expect(mutations).to.equal(0);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(/, 2\/5$/);
    });

    it('a focused chart whose data turns into an error renders once more after that update, not inside it (no lit "change-in-update" warning)', async () => {
      const { el, root, before } = await setup(FIVE);
      await tabIntoTree(root, before);
      await press('ArrowRight');
      expect(activeKey()).to.not.equal(undefined);
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
        warn(...args);
      };
      try {
        el.data = '{ "version": 1, ';
        await el.updateComplete;
        await until(() => root.querySelector('[role="alert"]') !== null, 'the error');
        await settleFrame();
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes('change-in-update'))).to.deep.equal([]);
      expect(root.querySelector('[role="tree"]')).to.equal(null);
      expect(root.querySelector('[part~="tooltip"]')).to.equal(null);
    });

    it('the first load is not announced', async () => {
      const { root } = await setup(FIVE);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(root.querySelector('[part="live"]')!.textContent).to.equal('');
    });
  });

  describe('focus ring and tooltip', () => {
    it('draws the focus ring ≥ 2 px with ≥ 3:1 against the background, and a halo ≥ 3:1 against the bar', async () => {
      const { el, root, before } = await setup(FIVE);
      await tabIntoTree(root, before);
      const ring = root.querySelector<SVGRectElement>('.focus-ring')!;
      const halo = root.querySelector<SVGRectElement>('.focus-halo')!;
      const ringStyle = getComputedStyle(ring);
      expect(parseFloat(ringStyle.strokeWidth)).to.be.at.least(2);
      const background = getComputedStyle(el).backgroundColor;
      const bar = getComputedStyle(bars(root)[0]!).fill;
      expect(contrast(ringStyle.stroke, background)).to.be.at.least(3);
      expect(contrast(getComputedStyle(halo).stroke, bar)).to.be.at.least(3);
      expect(contrast(ringStyle.stroke, getComputedStyle(halo).stroke)).to.be.at.least(3);
      // The ring surrounds the focused bar and nothing covers it.
      const ringBox = ring.getBoundingClientRect();
      const barBox = bars(root)[0]!.getBoundingClientRect();
      expect(ringBox.top).to.be.at.most(barBox.top);
      expect(ringBox.bottom).to.be.at.least(barBox.bottom);
      expect(root.elementsFromPoint(ringBox.left + 1, ringBox.top + ringBox.height / 2)[0]).to.equal(ring);
    });

    it('shows the tooltip on hover and on focus; Escape hides it without moving focus', async () => {
      const { root, before } = await setup(FIVE);
      const items = [...root.querySelectorAll<HTMLElement>('[role="treeitem"]')];
      const r = items[1]!.getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)],
      });
      await settleFrame();
      expect(root.querySelector<HTMLElement>('.tooltip')?.dataset['key']).to.equal(items[1]!.dataset['key']);
      expect(root.querySelector('.tooltip')!.textContent).to.contain('94 thuê bao/100 dân');
      await sendMouse({ type: 'move', position: [0, 0] });
      await until(() => root.querySelector('.tooltip') === null, 'tooltip hidden after the pointer left');
      await tabIntoTree(root, before);
      expect(root.querySelector<HTMLElement>('.tooltip')?.dataset['key']).to.equal(items[0]!.dataset['key']);
      const focused = deepActiveElement();
      await press('Escape');
      expect(root.querySelector('.tooltip')).to.equal(null);
      expect(deepActiveElement()).to.equal(focused);
    });

    it('each bar has its item on top of it (elementsFromPoint) with a pointer target ≥ 24 × 24 px', async () => {
      const { root } = await setup(FIVE);
      for (const rect of root.querySelectorAll<SVGGElement>('g.row')) {
        const key = rect.dataset['key']!;
        const shape = rect.querySelector('rect')!.getBoundingClientRect();
        const x = shape.width > 0 ? shape.left + shape.width / 2 : shape.left + 1;
        const hits = root.elementsFromPoint(x, shape.top + shape.height / 2);
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
    it('one strings property overrides UI, navigation and data texts alike (summary, table, issues)', async () => {
      const { el, root } = await setup(FIVE, {
        strings: {
          vi: {
            showTable: 'Mở bảng',
            missing: { 'not-available': 'chưa báo cáo' },
            issues: { 'not-a-number': ({ path }) => `${path}: phải là số` },
          },
        },
      });
      const texts = root.textContent!.replace(/\s+/g, ' ');
      expect(texts).to.contain('Mở bảng');
      expect(texts).to.contain('chưa báo cáo');
      expect(texts).to.not.contain('không có số liệu');
      el.data = { ...FIVE, observations: [{ ...FIVE.observations[0]!, value: 'nhiều' }] };
      await until(() => root.querySelector('[role="alert"]') !== null, 'the error state');
      expect(root.querySelector('[role="alert"]')!.textContent).to.contain(
        'observations[0].value: phải là số',
      );
    });

    it('el.lang = "en" re-renders every string: title, labels, values, axis, names, tree', async () => {
      const { el, root } = await setup(FIVE, { sort: 'descending' });
      el.lang = 'en';
      await until(() => root.querySelector('.unit-label')?.textContent === 'per 100 inhabitants', 'English');
      expect(texts(root, '.value-label')).to.deep.equal(['120.5', '111.78', '94', '11.7', 'no data']);
      const order = [CODES.haNoi, CODES.benTre, CODES.haTinh, CODES.binhThuan, CODES.dienBien];
      expect(texts(root, '.bar-label')).to.deep.equal(
        order.map((code) => provinceName({ code, era: '2008-2025' }, 'en')),
      );
      expect(texts(root, '.bar-label')[0]).to.equal('Hanoi');
      const title = root.querySelector('[role="heading"], h1, h2, h3, h4, h5, h6')!.textContent!.trim();
      expect(title).to.equal(PHONE_DENSITY.label.en);
      expect(root.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal(
        `${PHONE_DENSITY.label.en}: values`,
      );
      const names = [...root.querySelectorAll('[role="treeitem"]')].map((i) => i.getAttribute('aria-label')!);
      expect(names[0]).to.contain('120.5');
      expect(names[4]).to.contain('no data');
      const all = root.textContent ?? '';
      for (const vi of ['không có số liệu', 'thuê bao/100 dân', 'Xem bảng số liệu', 'Mật độ'])
        expect(all, vi).to.not.contain(vi);
    });

    it('in an English UI every Vietnamese text that is read (source, labels given only in vi) is inside lang="vi"', async () => {
      const doc = await loadDemo('ben-tre-2016');
      const { el, root } = await setup(doc, { indicator: 'phone_subscriptions_per_100' });
      expect(unmarkedVietnamese(root), 'vi UI needs no marks').to.have.length.greaterThan(0);
      el.lang = 'en';
      await until(() => root.querySelector('.unit-label')?.textContent === 'per 100 inhabitants', 'English');
      root.querySelector<HTMLButtonElement>('.table-toggle, [part~="table-toggle"]')?.click();
      await el.updateComplete;
      expect(unmarkedVietnamese(root)).to.deep.equal([]);
      const publisher = [...root.querySelectorAll('[part="source"] [lang="vi"]')].map((e) => e.textContent);
      expect(publisher.join(' ')).to.contain('Tổng kết ngành thông tin và truyền thông tỉnh Bến Tre năm');
    });

    it('at 320 px: labels above bars, text ≥ 12 px, no two texts overlapping, nothing outside, no horizontal scroll', async function () {
      if (document.visibilityState !== 'visible') this.skip(); // no ResizeObserver in a background page
      const { el, root } = await setup(
        provinceDocument('2008-2025', (i) => (i % 7 === 0 ? null : 1000 + i * 12345)),
        {
          width: 320,
        },
      );
      await atWidth(el, 320);
      const svgEl = root.querySelector<SVGSVGElement>('svg.marks')!;
      const frame = svgEl.getBoundingClientRect();
      const nodes = [...svgEl.querySelectorAll<SVGTextElement>('text')];
      const boxes = nodes.map((t) => t.getBoundingClientRect());
      nodes.forEach((t, i) => {
        expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
        const b = boxes[i]!;
        expect(b.left).to.be.at.least(frame.left - 0.5);
        expect(b.right, t.textContent!).to.be.at.most(frame.right + 0.5);
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
      // Narrow layout: each label sits above its bar.
      const firstRow = root.querySelector('g.row')!;
      const label = firstRow.querySelector('.bar-label')!.getBoundingClientRect();
      const bar = firstRow.querySelector('rect')!.getBoundingClientRect();
      expect(label.bottom).to.be.at.most(bar.top + 1);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });

    it('with reduced motion the element runs no animation when the data changes', async function () {
      const applied = await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      // The preference is emulated over CDP (Chromium only); Firefox over BiDi and WebKit over WebDriver
      // cannot set it, and without it the data change rightly animates.
      if (!applied) this.skip();
      const { el, root } = await setup(FIVE);
      el.data = smallDocument([
        [CODES.haNoi, 10],
        [CODES.haTinh, 200],
        [CODES.benTre, 50],
      ]);
      await until(() => bars(root).length === 3, 'new data');
      expect(root.getAnimations()).to.deep.equal([]);
      // Without the preference, the same change animates within 200 ms – 2 s.
      await emulateMedia({});
      await until(
        () => root.querySelector('.plot')?.getAttribute('data-motion') === 'full',
        'motion allowed again',
      );
      getComputedStyle(bars(root)[0]!).width; // the before-change style of the transition
      el.data = FIVE;
      await until(() => bars(root).length === 4, 'data back');
      const durations = root.getAnimations().map((a) => Number(a.effect?.getTiming().duration));
      expect(durations.length).to.be.greaterThan(0);
      for (const d of durations) expect(d).to.be.within(200, 2000);
    });

    it('a new width re-lays the bars at once, without animating them (only new values animate)', async () => {
      const { el, root } = await setup(FIVE, { width: 640 });
      const wide = bars(root)[0]!.getBoundingClientRect().width;
      (el.parentElement as HTMLElement).style.width = '360px';
      await until(() => bars(root)[0]!.getBoundingClientRect().width < wide * 0.8, 'narrow layout');
      expect(root.querySelector('.plot')!.getAttribute('data-motion')).to.equal('reduce');
      expect(root.getAnimations()).to.deep.equal([]);
    });

    it('in forced colours the focus ring is Highlight and texts are CanvasText', async function () {
      const applied = await emulateMedia({ 'forced-colors': 'active' });
      if (!applied) this.skip(); // forced colours are emulated over CDP only (Chromium)
      const { root, before } = await setup(FIVE);
      await tabIntoTree(root, before);
      const ring = root.querySelector('.focus-ring')!;
      expect(getComputedStyle(ring).stroke).to.equal(resolveColor('Highlight'));
      expect(getComputedStyle(root.querySelector('.bar-label')!).fill).to.equal(resolveColor('CanvasText'));
      expect(getComputedStyle(root.querySelector('.value-label')!).fill).to.equal(resolveColor('CanvasText'));
    });
  });

  describe('accessibility (axe)', () => {
    it('has no axe violations, and none while a bar is focused with its tooltip', async () => {
      const { el, root, before } = await setup(FIVE, { highlight: CODES.haTinh });
      expect(await axeViolations(el)).to.deep.equal([]);
      await tabIntoTree(root, before);
      await press('ArrowRight');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('has no axe violations nested two shadow roots deep, and its IDREFs resolve in its own root', async () => {
      const outer = await mount<HTMLDivElement>(html`<div></div>`);
      const a = outer.attachShadow({ mode: 'open' });
      const inner = document.createElement('div');
      a.append(inner);
      const b = inner.attachShadow({ mode: 'open' });
      const el = document.createElement('ict-bar-chart') as IctBarChart;
      el.data = FIVE;
      b.append(el);
      await ready(el);
      expect(await axeViolations(el)).to.deep.equal([]);
      const root = el.shadowRoot!;
      for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
        for (const node of root.querySelectorAll(`[${attr}]`)) {
          for (const id of node.getAttribute(attr)!.split(/\s+/))
            expect(root.getElementById(id), `${attr}=${id}`).to.not.equal(null);
        }
      }
    });

    it('63 bars pass axe as well (groups, target sizes)', async () => {
      const { el } = await setup(provinceDocument('2008-2025', (i) => i * 2 + 1));
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  it('uses the province list: every 2008–2025 name appears once for 63 provinces', async () => {
    const { root } = await setup(provinceDocument('2008-2025', (i) => i + 1));
    const labels = texts(root, '.bar-label').join(' | ');
    for (const p of provincesOf('2008-2025')) expect(labels).to.contain(p.name.vi);
  });
});
