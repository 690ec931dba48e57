import { html } from 'lit';
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/elements/coverage/define.js';
import type { IctCoverage } from '../../src/elements/coverage/coverage.js';
import { HIGHLIGHT_MARKER } from '../../src/chart/geometry/bars.js';
import { rectsOverlap } from '../../src/chart/geometry/rect.js';
import type { IctMarkDetail } from '../../src/chart/events.js';
import { formatNumber, formatPercent } from '../../src/core/format/format.js';
import type { IndicatorDocument, Observation } from '../../src/core/indicator/types.js';
import { axeViolations, contrast, emulateMedia, resolveColor } from '../helpers/ax.js';
import {
  chartAtWidth,
  chartReady,
  domTree,
  liveText,
  mountChart,
  summaryText,
  texts,
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
import { NavModel } from '../../src/chart/controllers/navigation-controller.js';

// ─── helpers ──────────────────────────────────────────────────────────────────────────────────────

const NBSP = '\u00a0';
/** summaryText() and tableCells() fold every white space, the no-break space included, to " ". */
const folded = (text: string): string => text.replace(/\u00a0/g, ' ');

async function setup(
  data: unknown,
  attrs: { width?: number; lang?: string } & Partial<IctCoverage> = {},
): Promise<ChartSetup<IctCoverage>> {
  return mountChart<IctCoverage>('ict-coverage', data, attrs);
}

/** The drawn bars: key, value (data-value), track and fill widths, the printed value. */
function drawnBars(root: ShadowRoot) {
  return [...root.querySelectorAll<SVGGElement>('g.bar-group')].map((g) => {
    const track = g.querySelector<SVGRectElement>('rect.track')!;
    const fill = g.querySelector<SVGRectElement>('rect.fill');
    return {
      key: g.dataset['key']!,
      track: Number(track.getAttribute('width')),
      trackX: Number(track.getAttribute('x')),
      trackY: Number(track.getAttribute('y')),
      fill: fill === null ? null : Number(fill.getAttribute('width')),
      value: (g.querySelector('.value-label')?.textContent ?? '').trim(),
      noData: (g.querySelector('.no-data')?.textContent ?? '').trim(),
      tier: [...g.querySelectorAll('.tier-label')].map((t) => t.textContent!.trim()).join(' '),
      check: g.querySelector('.check') !== null,
      warning: g.querySelector('.warning-icon') !== null,
      target:
        g.querySelector('.target-tick') === null
          ? null
          : Number(g.querySelector('.target-tick')!.getAttribute('x1')),
      targetLabel: (g.querySelector('.target-label')?.textContent ?? '').trim(),
    };
  });
}

/** The percent levels of a seed document that the element must draw (values that are changes are not). */
function coverageFacts(doc: IndicatorDocument): (Observation & { id: string; value: number })[] {
  const percent = new Set(doc.indicators.filter((i) => i.unit === 'percent').map((i) => i.id));
  return doc.observations.filter(
    (o): o is Observation & { id: string; value: number } =>
      percent.has(o.indicator!) &&
      o.value !== null &&
      !(o.change?.against === 'period' && o.change.valueIsChange === true),
  );
}

/** The printed value of a seed fact: qualifier and number with %, as the catalogue says it. */
function printed(o: Observation, lang: 'vi' | 'en' = 'vi'): string {
  const words = { vi: { over: 'trên', about: 'khoảng' }, en: { over: 'over', about: 'about' } }[lang];
  const value = formatPercent(o.value!, lang);
  return o.qualifier === 'over' || o.qualifier === 'about' ? `${words[o.qualifier]} ${value}` : value;
}

/** The data table (not the keyboard help's) as rows of cell texts, header first; white space folded. */
function tableCells(root: ShadowRoot): string[][] {
  const table = root.querySelector('table[part="table"]')!;
  return [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** A small document with a target, tiers, a missing value and a value over 100 %. */
const MIXED: IndicatorDocument = {
  version: 1,
  indicators: [
    {
      id: 'villages_mobile',
      label: { vi: 'Tỷ lệ thôn/bản được phủ sóng di động', en: 'Villages covered by mobile signal' },
      unit: 'percent',
      source: { publisher: 'Sở Thông tin và Truyền thông tỉnh Điện Biên' },
    },
    {
      id: 'officials_email',
      label: {
        vi: 'Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử',
        en: 'Officials with an official e-mail',
      },
      unit: 'percent',
    },
    { id: 'plan_share', label: { vi: 'Tỷ lệ đạt kế hoạch', en: 'Plan achieved' }, unit: 'percent' },
  ],
  observations: [
    {
      indicator: 'villages_mobile',
      id: 'mobile',
      place: { code: '11', era: '2008-2025' },
      period: { year: 2022 },
      value: 98.9,
      target: 100,
      breakdown: { scope: 'village' },
    },
    {
      indicator: 'officials_email',
      id: 'email-pd',
      place: { code: '11', era: '2008-2025' },
      period: { year: 2022 },
      value: 100,
      breakdown: { tier: 'province+district' },
    },
    {
      indicator: 'officials_email',
      id: 'email-commune',
      place: { code: '11', era: '2008-2025' },
      period: { year: 2022 },
      value: null,
      missing: 'not-available',
      breakdown: { tier: 'commune' },
    },
    {
      indicator: 'plan_share',
      id: 'plan',
      place: { code: '11', era: '2008-2025' },
      period: { year: 2022 },
      value: 111.78,
    },
  ],
};

// ─── tests ────────────────────────────────────────────────────────────────────────────────────────

describe('<ict-coverage>', function () {
  this.timeout(30000);

  afterEach(async () => {
    await emulateMedia({});
  });

  describe('seed facts: marks, summary and table read back against the input', () => {
    for (const seed of ['dien-bien-2022', 'ha-tinh-2020', 'ben-tre-2021', 'all-seed-facts'] as const) {
      it(`${seed}: every percent level is a track filled to value/100, printed as in the source, and in the table with its gap to 100`, async () => {
        const doc = (await loadDemo(seed)) as IndicatorDocument;
        const { root } = await setup(doc);
        const facts = coverageFacts(doc);
        const bars = drawnBars(root);
        expect(bars.length, 'one bar per level').to.equal(facts.length);
        const byKey = new Map(bars.map((b) => [b.key, b]));
        const trackWidths = new Set(bars.map((b) => b.track));
        expect(trackWidths.size, 'one 0–100 % scale for every track').to.equal(1);
        for (const fact of facts) {
          const bar = byKey.get(fact.id);
          expect(bar, fact.id).to.not.equal(undefined);
          expect(bar!.fill! / bar!.track, `${fact.id} fill`).to.be.closeTo(
            Math.min(100, fact.value) / 100,
            1e-6,
          );
          expect(bar!.value, `${fact.id} printed`).to.equal(printed(fact));
          expect(bar!.check, `${fact.id} check`).to.equal(fact.value === 100);
        }
        // The table: one row per bar; value and gap as numbers of the language.
        const [header, ...rows] = tableCells(root);
        const valueCol = header!.indexOf('Giá trị (%)');
        const gapCol = header!.indexOf('Còn thiếu đến 100 % (điểm phần trăm)');
        expect(valueCol).to.be.at.least(0);
        expect(gapCol).to.be.at.least(0);
        expect(rows.length).to.equal(facts.length);
        const tableValues = rows.map((r) => [r[valueCol], r[gapCol]]);
        for (const fact of facts) {
          const gap = Math.round((100 - fact.value) * 100) / 100;
          expect(tableValues, fact.id).to.deep.include([
            formatNumber(fact.value, 'vi'),
            formatNumber(gap, 'vi'),
          ]);
        }
        // The summary counts the 100 % values and names the lowest with its gap in percentage points.
        const summary = summaryText(root);
        const lowest = Math.min(...facts.map((f) => f.value));
        const lowestGap = formatNumber(Math.round((100 - lowest) * 100) / 100, 'vi');
        const complete = facts.filter((f) => f.value === 100).length;
        expect(summary).to.contain(folded(`${formatPercent(lowest, 'vi')}, còn thiếu`));
        expect(summary).to.contain(`${lowestGap} điểm phần trăm`);
        expect(summary).to.match(
          new RegExp(`(^|\\. )${complete}/${facts.length} (chỉ tiêu|giá trị) đã đạt 100 %`),
        );
      });
    }

    it('the seed facts of issue 3 item 4 render with their exact numbers (Điện Biên, Hà Tĩnh, Bến Tre)', async () => {
      const doc = await loadDemo('all-seed-facts');
      const { root } = await setup(doc);
      const bars = new Map(drawnBars(root).map((b) => [b.key, b]));
      const expected: Record<string, string> = {
        '11-2022-mobile_coverage_villages_share': `98,9${NBSP}%`,
        '11-2022-fibre_coverage_commune_centres_share': `100${NBSP}%`,
        '11-2022-fibre_coverage_villages_share': `88${NBSP}%`,
        '42-2020-terrestrial_digital_tv_coverage_share': `khoảng 85${NBSP}%`,
        '83-2021-e_documents_share': `97${NBSP}%`,
        '42-2020-e_documents_share-province-district': `100${NBSP}%`,
        '42-2020-e_documents_share-commune-to-province-district': `99${NBSP}%`,
        '83-2021-officials_with_networked_computer_share-province-district': `100${NBSP}%`,
        '83-2021-officials_with_networked_computer_share-commune': `78,5${NBSP}%`,
        '83-2021-officials_with_official_email_share-province-district': `100${NBSP}%`,
        '83-2021-officials_with_official_email_share-commune': `96,6${NBSP}%`,
      };
      for (const [key, value] of Object.entries(expected)) expect(bars.get(key)?.value, key).to.equal(value);
      // Three sections, one per place and period.
      expect(texts(root, '.section-label')).to.deep.equal([
        'Điện Biên, 2022',
        'Hà Tĩnh, 2020',
        'Bến Tre, 2021',
      ]);
    });

    it('tiers are side by side as separate full tracks (Bến Tre 2021: "Cấp tỉnh/huyện" 100 %, "Cấp xã" 78,5 %), never stacked', async () => {
      const doc = await loadDemo('ben-tre-2021');
      const { root } = await setup(doc);
      const computers = drawnBars(root).filter((b) => b.key.includes('networked_computer'));
      expect(computers.map((b) => b.tier)).to.deep.equal(['Cấp tỉnh/huyện', 'Cấp xã']);
      expect(computers.map((b) => b.value)).to.deep.equal([`100${NBSP}%`, `78,5${NBSP}%`]);
      expect(computers[0]!.trackX).to.equal(computers[1]!.trackX);
      expect(computers[0]!.track).to.equal(computers[1]!.track);
      expect(computers[1]!.trackY).to.be.greaterThan(computers[0]!.trackY);
      // The row heading names the indicator once for both tiers.
      const row = root.querySelector('g.row[data-key^="row:officials_with_networked_computer_share"]')!;
      expect(row.querySelectorAll('.row-label').length).to.be.at.least(1);
      expect(row.querySelectorAll('g.bar-group').length).to.equal(2);
    });

    it('the scope is part of the row heading when the label does not say it (Điện Biên e-documents: "(tất cả các cấp)")', async () => {
      const doc = await loadDemo('dien-bien-2022');
      const { root } = await setup(doc);
      const headings = [...root.querySelectorAll('g.row')].map((g) =>
        [...g.querySelectorAll('.row-label')].map((t) => t.textContent).join(' '),
      );
      expect(headings).to.include('Tỷ lệ văn bản điện tử (tất cả các cấp)');
      expect(headings).to.include('Tỷ lệ thôn/bản được phủ sóng di động');
      expect(headings).to.include('Tỷ lệ trung tâm xã, phường, thị trấn có cáp quang');
    });

    it('loads a seed document from src and filters it with indicators, place and period', async () => {
      const wrapper = await mount<HTMLDivElement>(
        html`<div style="width:640px">
          <ict-coverage
            src="/demo/data/all-seed-facts.json"
            indicators="fibre_coverage_villages_share mobile_coverage_villages_share"
            place="Điện Biên"
            period="2022"
          ></ict-coverage>
        </div>`,
      );
      const el = wrapper.querySelector('ict-coverage') as IctCoverage;
      await chartReady(el);
      const root = el.shadowRoot!;
      expect(drawnBars(root).map((b) => b.value)).to.deep.equal([`88${NBSP}%`, `98,9${NBSP}%`]);
      expect(root.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(
        `Tỷ lệ bao phủ so với 100${NBSP}%: Điện Biên, 2022`,
      );
    });
  });

  describe('targets, 100 %, out of range, missing values', () => {
    it("draws the observation's target as a labelled tick and the target attribute once in a legend", async () => {
      const { root, el } = await setup(MIXED, { target: 90 });
      const bars = drawnBars(root);
      const mobile = bars.find((b) => b.key === 'mobile')!;
      expect(mobile.targetLabel).to.equal(`Kế hoạch 100${NBSP}%`);
      expect(mobile.target).to.be.closeTo(mobile.trackX + mobile.track, 1e-6);
      const pd = bars.find((b) => b.key === 'email-pd')!;
      expect(pd.target).to.be.closeTo(pd.trackX + 0.9 * pd.track, 1e-6);
      expect(pd.targetLabel).to.equal('');
      expect(texts(root, '.legend .target-label')).to.deep.equal([`Kế hoạch 90${NBSP}%`]);
      const name = root.querySelector('[role="treeitem"][data-key="mobile"]')!.getAttribute('aria-label')!;
      expect(name).to.contain('còn thiếu 1,1 điểm phần trăm');
      expect(name).to.contain(`chưa đạt kế hoạch 100${NBSP}%, thiếu 1,1 điểm phần trăm`);
      el.target = undefined;
      await el.updateComplete;
      expect(root.querySelector('.legend')).to.equal(null);
    });

    it('marks 100 % with a check (not colour), draws a missing value as a dashed empty track saying "không có số liệu"', async () => {
      const { root } = await setup(MIXED);
      const bars = drawnBars(root);
      expect(bars.filter((b) => b.check).map((b) => b.key)).to.deep.equal(['email-pd']);
      const missing = bars.find((b) => b.key === 'email-commune')!;
      expect(missing.fill).to.equal(null);
      expect(missing.noData).to.equal('không có số liệu');
      const track = root.querySelector('g.bar-group[data-key="email-commune"] rect.track')!;
      expect(getComputedStyle(track).strokeDasharray).to.not.equal('none');
      const item = root.querySelector('[role="treeitem"][data-key="email-commune"]')!;
      expect(item.getAttribute('aria-label')).to.contain('không có số liệu');
      expect(summaryText(root)).to.contain('1 giá trị không có số liệu.');
    });

    it('a value over 100 % is clamped to the track, printed as it is, flagged with a sign and a visible warning', async () => {
      const { root } = await setup(MIXED);
      const plan = drawnBars(root).find((b) => b.key === 'plan')!;
      expect(plan.fill).to.equal(plan.track);
      expect(plan.value).to.equal(`111,78${NBSP}%`);
      expect(plan.warning).to.equal(true);
      expect(plan.check).to.equal(false);
      const warning = root.querySelector<HTMLElement>('[part="warning"]')!;
      expect(warning.getClientRects().length).to.be.greaterThan(0);
      expect(warning.textContent).to.contain(`Tỷ lệ đạt kế hoạch: 111,78${NBSP}%`);
      expect(summaryText(root)).to.contain(
        folded(`Ngoài khoảng 0–100${NBSP}%, cần kiểm tra: Tỷ lệ đạt kế hoạch: 111,78${NBSP}%.`),
      );
      const name = root.querySelector('[role="treeitem"][data-key="plan"]')!.getAttribute('aria-label')!;
      expect(name).to.contain('không phải tỷ lệ bao phủ');
    });

    it('highlight="42" marks Hà Tĩnh\'s rows with "◆", bold and a 2 px outline, not by colour alone', async () => {
      const doc = await loadDemo('all-seed-facts');
      const { root } = await setup(doc, { highlight: '42' });
      const labels = [...root.querySelectorAll<SVGTextElement>('.row-label')].filter((t) =>
        t.textContent!.startsWith(HIGHLIGHT_MARKER),
      );
      expect(labels.length).to.equal(3);
      const tracks = [...root.querySelectorAll<SVGRectElement>('rect.track.highlighted')];
      expect(tracks.length).to.equal(4);
      expect(parseFloat(getComputedStyle(tracks[0]!).strokeWidth)).to.be.at.least(2);
      const value = root.querySelector<SVGTextElement>('.value-label.highlighted')!;
      expect(Number(getComputedStyle(value).fontWeight)).to.be.at.least(700);
      expect(root.querySelectorAll('.value-label:not(.highlighted)').length).to.be.greaterThan(0);
    });
  });

  describe('bad input', () => {
    it('shows an alert for invalid JSON and for a value of the wrong type', async () => {
      const { root, el } = await setup('{"version": 1, "indicators": [');
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.getClientRects().length).to.be.greaterThan(0);
      expect(root.querySelector('svg.marks')).to.equal(null);
      el.data = { ...MIXED, observations: [{ ...MIXED.observations[0]!, value: '98,9' }] };
      await until(
        () => (root.querySelector('[role="alert"]')?.textContent ?? '').includes('observations[0].value'),
        'type error',
      );
    });

    it('refuses an indicator that is not in %, one that only states a change, and an unknown id, each with a clear message', async () => {
      const doc = await loadDemo('all-seed-facts');
      const { root, el } = await setup(doc, { indicator: 'phone_subscriptions_per_100' });
      const alert = (): string =>
        (root.querySelector('[role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ');
      expect(alert()).to.contain('chỉ vẽ chỉ tiêu tính bằng %');
      el.indicator = 'online_dossiers_level3_4_share_increase';
      await until(() => alert().includes('chỉ ghi mức thay đổi'), 'change-only message');
      el.indicator = undefined;
      el.indicators = 'mobile_coverage_villages_share no_such_indicator';
      await until(() => alert().includes('indicators: không có chỉ tiêu "no_such_indicator"'), 'unknown id');
      el.indicators = undefined;
      el.place = '42';
      el.period = 2022;
      await until(() => alert().includes('Không có số liệu tỷ lệ cho Hà Tĩnh, 2022'), 'no match');
      el.lang = 'en';
      await until(() => alert().includes('No percentage values for Ha Tinh, 2022'), 'English message');
      el.period = undefined;
      await until(() => root.querySelector('svg.marks') !== null, 'the chart back');
    });
  });

  describe('keyboard', () => {
    it('one Tab stop; arrows move row by row, ↓ into the tiers of a row, names say the gap; Home/End', async () => {
      const doc = await loadDemo('ben-tre-2021');
      const { root, before } = await setup(doc);
      const items = [...root.querySelectorAll<HTMLElement>('[role="treeitem"]')];
      expect(items.filter((i) => i.tabIndex >= 0).length).to.equal(1);
      await tabIntoTree(root, before);
      expect(tabStops(root).filter((e) => e.getAttribute('role') === 'treeitem').length).to.equal(1);
      const top = domTree(root);
      expect(top.length).to.equal(4);
      expect(activeKey()).to.equal(top[0]!.key);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(
        new RegExp(`^Tỷ lệ cán bộ .*: cấp tỉnh/huyện 100${NBSP}%; cấp xã 78,5${NBSP}%, 1/4$`),
      );
      await press('ArrowDown');
      await press('ArrowRight');
      expect(activeKey()).to.equal('83-2021-officials_with_networked_computer_share-commune');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal(
        `Bến Tre, 2021, tỷ lệ cán bộ cấp xã được trang bị máy tính kết nối mạng nội bộ và Internet băng rộng: 78,5${NBSP}%, còn thiếu 21,5 điểm phần trăm, 2/2`,
      );
      await press('ArrowUp');
      await press('End');
      expect(activeKey()).to.equal(top[3]!.key);
      await press('Home');
      expect(activeKey()).to.equal(top[0]!.key);
    });

    it('Enter fires ict-select with {key, indicator, place, period, value}; a click fires the same', async () => {
      const doc = await loadDemo('dien-bien-2022');
      const { el, root, before } = await setup(doc, {
        indicators: 'mobile_coverage_villages_share fibre_coverage_villages_share',
      });
      const details: IctMarkDetail[] = [];
      const focused: (number | null)[] = [];
      el.addEventListener('ict-select', (e) => details.push(e.detail));
      el.addEventListener('ict-mark-focus', (e) => focused.push(e.detail.value));
      await tabIntoTree(root, before);
      await press('ArrowRight');
      await press('Enter');
      expect(details).to.deep.equal([
        {
          key: '11-2022-fibre_coverage_villages_share',
          indicator: 'fibre_coverage_villages_share',
          place: { code: '11', era: '2008-2025' },
          period: { year: 2022 },
          value: 88,
        },
      ]);
      expect(focused).to.deep.equal([98.9, 88]);
      const item = root.querySelector<HTMLElement>(
        '[role="treeitem"][data-key="11-2022-mobile_coverage_villages_share"]',
      )!;
      const r = item.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(r.left + 30), Math.round(r.top + r.height / 2)],
      });
      await settleFrame();
      expect(details.length).to.equal(2);
      expect(details[1]!.value).to.equal(98.9);
      expect(item.getAttribute('aria-selected')).to.equal('true');
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('all seed facts: sections by place, type-ahead "ha tinh" and "w" say where focus is; every bar ≤ 8 presses away', async () => {
      const doc = await loadDemo('all-seed-facts');
      const { root, before } = await setup(doc);
      const tree = domTree(root);
      expect(tree.map((n) => n.label)).to.deep.equal([
        'Điện Biên, 2022, 1/3',
        'Hà Tĩnh, 2020, 2/3',
        'Bến Tre, 2021, 3/3',
      ]);
      const model = new NavModel(tree);
      expect(maxPresses(model)).to.be.at.most(8);
      for (const n of model.all) expect(n.siblings.length).to.be.at.most(12);
      await tabIntoTree(root, before);
      await type('ha tinh');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(/^Hà Tĩnh, 2020/);
      const typed = performance.now();
      await until(() => performance.now() - typed > 1100, 'the type-ahead pause');
      await press('ArrowDown');
      await press('w');
      expect(liveText(root)).to.equal('Đang ở: Hà Tĩnh, 2020 › Tỷ lệ văn bản điện tử');
    });

    it('Escape hides the tooltip first, then goes up a level, then leaves the bars', async () => {
      const doc = await loadDemo('ben-tre-2021');
      const { root, before } = await setup(doc);
      await tabIntoTree(root, before);
      const group = activeKey();
      await press('ArrowDown');
      const leaf = activeKey();
      expect(root.querySelector<HTMLElement>('.tooltip')?.dataset['key']).to.equal(leaf);
      expect(root.querySelector('.tooltip')!.textContent).to.contain('hoàn thành');
      await press('Escape');
      expect(root.querySelector('.tooltip')).to.equal(null);
      expect(activeKey()).to.equal(leaf);
      await press('Escape');
      expect(activeKey()).to.equal(group);
      await press('Escape');
      expect(activeKey()).to.equal(undefined);
      expect(deepActiveElement()).to.equal(root.querySelector('[role="tree"]'));
    });
  });

  describe('language, layout and media', () => {
    it('el.lang = "en" re-renders every string: title, headings, tiers, values, axis, summary, names, table', async () => {
      const doc = await loadDemo('ben-tre-2021');
      const { el, root } = await setup(doc, { target: 90 });
      el.lang = 'en';
      await until(() => texts(root, '.tier-label')[0] === 'Province/district level', 'English tiers');
      expect(root.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(
        'Coverage against 100%: Ben Tre, 2021',
      );
      expect(drawnBars(root).map((b) => b.value)).to.deep.equal([
        '100%',
        '78.5%',
        '100%',
        '96.6%',
        '97%',
        '100%',
      ]);
      expect(texts(root, '.tick-label').at(-1)).to.equal('100%');
      expect(texts(root, '.legend .target-label')).to.deep.equal(['Target 90%']);
      expect(summaryText(root)).to.contain('21.5 percentage points short of 100%');
      expect(summaryText(root)).to.contain('3 of 6 values have reached 100%');
      const names = [...root.querySelectorAll('[role="treeitem"]')].map((i) => i.getAttribute('aria-label')!);
      expect(names.some((n) => n.includes('Ben Tre, 2021') && n.includes('78.5%'))).to.equal(true);
      const header = tableCells(root)[0]!;
      expect(header).to.include('Short of 100% (percentage points)');
      const all = root.textContent ?? '';
      for (const vi of [
        'còn thiếu',
        'Cấp xã',
        'Xem bảng số liệu',
        'điểm phần trăm',
        'Kế hoạch',
        'hoàn thành',
        'Tỷ lệ bao phủ',
      ])
        expect(all, vi).to.not.contain(vi);
    });

    it("one strings property overrides the element's, the frame's and the catalogue's texts", async () => {
      const { root } = await setup(MIXED, {
        strings: {
          vi: {
            coverageGap: (points: string) => `thiếu ${points}`,
            showTable: 'Mở bảng',
            missing: { 'not-available': 'chưa báo cáo' },
          },
        },
      });
      const all = root.textContent!.replace(/\s+/g, ' ');
      expect(all).to.contain('Mở bảng');
      expect(all).to.contain('chưa báo cáo');
      const name = root.querySelector('[role="treeitem"][data-key="mobile"]')!.getAttribute('aria-label')!;
      expect(name).to.contain('thiếu 1,1 điểm phần trăm');
      expect(name).to.not.contain('còn thiếu');
    });

    for (const width of [320, 640]) {
      it(`at ${width} px: text ≥ 12 px, no two texts or icons overlapping, nothing outside, no horizontal scroll`, async function () {
        if (document.visibilityState !== 'visible') this.skip(); // no ResizeObserver in a background page
        const doc = await loadDemo('all-seed-facts');
        const { el, root } = await setup(doc, { width, target: 95, highlight: '83' });
        await chartAtWidth(el, width);
        const svgEl = root.querySelector<SVGSVGElement>('svg.marks')!;
        const frame = svgEl.getBoundingClientRect();
        const nodes = [...svgEl.querySelectorAll<SVGGraphicsElement>('text, .check, .warning-icon')];
        const boxes = nodes.map((t) => t.getBoundingClientRect());
        nodes.forEach((t, i) => {
          if (t.tagName === 'text')
            expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
          const b = boxes[i]!;
          expect(b.left, t.textContent!).to.be.at.least(frame.left - 0.5);
          expect(b.right, t.textContent!).to.be.at.most(frame.right + 0.5);
          expect(b.top).to.be.at.least(frame.top - 0.5);
          expect(b.bottom).to.be.at.most(frame.bottom + 0.5);
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
        if (width === 320) {
          // Narrow: tier labels above their full-width tracks.
          const group = root.querySelector('g.bar-group[data-key$="networked_computer_share-commune"]')!;
          const label = group.querySelector('.tier-label')!.getBoundingClientRect();
          const track = group.querySelector('rect.track')!.getBoundingClientRect();
          expect(label.bottom).to.be.at.most(track.top + 1);
          expect(track.left - frame.left).to.be.at.most(9);
        }
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      });
    }

    it('with reduced motion nothing animates when the data changes; without it the fill eases in 200 ms–2 s', async function () {
      const applied = await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      if (!applied) this.skip(); // emulated over CDP (Chromium) only
      const { el, root } = await setup(MIXED);
      el.data = {
        ...MIXED,
        observations: MIXED.observations.map((o) => (o.value === 98.9 ? { ...o, value: 50 } : o)),
      };
      await until(() => drawnBars(root)[0]!.value === `50${NBSP}%`, 'new data');
      expect(root.getAnimations()).to.deep.equal([]);
      await emulateMedia({});
      await until(
        () => root.querySelector('.plot')?.getAttribute('data-motion') === 'full',
        'motion allowed',
      );
      getComputedStyle(root.querySelector('rect.fill')!).width;
      el.data = MIXED;
      await until(() => drawnBars(root)[0]!.value === `98,9${NBSP}%`, 'data back');
      const durations = root.getAnimations().map((a) => Number(a.effect?.getTiming().duration));
      expect(durations.length).to.be.greaterThan(0);
      for (const d of durations) expect(d).to.be.within(200, 2000);
    });

    it('the focus ring is ≥ 2 px and ≥ 3:1 against the background; the track outline ≥ 3:1 too', async () => {
      const { el, root, before } = await setup(MIXED);
      await tabIntoTree(root, before);
      const ring = root.querySelector<SVGRectElement>('.focus-ring')!;
      const style = getComputedStyle(ring);
      expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
      const background = getComputedStyle(el).backgroundColor;
      expect(contrast(style.stroke, background)).to.be.at.least(3);
      const track = getComputedStyle(root.querySelector('rect.track')!);
      expect(contrast(track.stroke, background)).to.be.at.least(3);
      expect(contrast(getComputedStyle(root.querySelector('rect.fill')!).fill, background)).to.be.at.least(3);
    });

    it('in forced colours the texts and the check are CanvasText, the ring Highlight', async function () {
      const applied = await emulateMedia({ 'forced-colors': 'active' });
      if (!applied) this.skip(); // forced colours are emulated over CDP only (Chromium)
      const { root, before } = await setup(MIXED);
      await tabIntoTree(root, before);
      const canvasText = resolveColor('CanvasText');
      expect(getComputedStyle(root.querySelector('.focus-ring')!).stroke).to.equal(resolveColor('Highlight'));
      for (const selector of ['.row-label', '.value-label', '.tick-label', '.no-data'])
        expect(getComputedStyle(root.querySelector(selector)!).fill, selector).to.equal(canvasText);
      expect(getComputedStyle(root.querySelector('.check')!).stroke).to.equal(canvasText);
      expect(getComputedStyle(root.querySelector('rect.track')!).stroke).to.equal(canvasText);
    });
  });

  describe('data updates (row 17)', () => {
    it('two updates 300 ms apart give one polite announcement, and focus stays on the same bar', async () => {
      const { el, root, before } = await setup(MIXED);
      await tabIntoTree(root, before);
      const focusedKey = activeKey();
      expect(focusedKey).to.equal('mobile');
      const live = root.querySelector('[aria-live="polite"][part="live"]')!;
      const heard: string[] = [];
      const observer = new MutationObserver(() => {
        if (live.textContent) heard.push(live.textContent);
      });
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      const withMobile = (value: number): IndicatorDocument => ({
        ...MIXED,
        observations: MIXED.observations.map((o) =>
          o.indicator === 'villages_mobile' ? { ...o, value } : o,
        ),
      });
      el.data = withMobile(97);
      await new Promise((resolve) => setTimeout(resolve, 300));
      el.data = withMobile(99.5);
      await until(() => heard.length > 0, 'the announcement', 3000);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      observer.disconnect();
      expect(heard).to.deep.equal([
        `Đã cập nhật dữ liệu: Tỷ lệ bao phủ so với 100${NBSP}%: Điện Biên, 2022, 4 giá trị.`,
      ]);
      expect(activeKey()).to.equal(focusedKey);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.contain('còn thiếu 0,5 điểm phần trăm');
    });
  });

  describe('accessibility (axe)', () => {
    it('has no axe violations nested two shadow roots deep, and its IDREFs resolve in its own root', async () => {
      const outer = await mount<HTMLDivElement>(html`<div></div>`);
      const inner = document.createElement('div');
      outer.attachShadow({ mode: 'open' }).append(inner);
      const el = document.createElement('ict-coverage') as IctCoverage;
      el.data = MIXED;
      inner.attachShadow({ mode: 'open' }).append(el);
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

    it('has no axe violations in light theme, and none while a bar is focused with its tooltip', async () => {
      const doc = await loadDemo('all-seed-facts');
      const { el, root, before } = await setup(doc, { highlight: '42', target: 95 });
      expect(await axeViolations(el)).to.deep.equal([]);
      await tabIntoTree(root, before);
      await press('ArrowDown');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('has no axe violations in the dark theme (on a dark page) and with the error state', async () => {
      const { el, wrapper } = await setup(MIXED, { theme: 'dark' });
      wrapper.style.background = '#121212';
      expect(await axeViolations(el)).to.deep.equal([]);
      el.indicator = 'no_such';
      await until(() => el.shadowRoot!.querySelector('[role="alert"]') !== null, 'error');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('has no axe violations in forced colours', async function () {
      const applied = await emulateMedia({ 'forced-colors': 'active' });
      if (!applied) this.skip();
      const doc = await loadDemo('ben-tre-2021');
      const { el } = await setup(doc);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });
});
