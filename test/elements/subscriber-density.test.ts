import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/elements/subscriber-density/define.js';
import type { IctSubscriberDensity } from '../../src/elements/subscriber-density/subscriber-density.js';
import { HIGHLIGHT_MARKER } from '../../src/chart/geometry/bars.js';
import { rectsOverlap } from '../../src/chart/geometry/rect.js';
import type { IctMarkDetail } from '../../src/chart/events.js';
import type { IndicatorDocument, Observation } from '../../src/core/indicator/types.js';
import { axeViolations, contrast, emulateMedia, resolveColor } from '../helpers/ax.js';
import {
  chartAtWidth,
  chartReady,
  liveText,
  mountChart,
  summaryText,
  tableCells,
  texts,
  until,
  type ChartSetup,
} from '../helpers/chart.js';
import { loadDemo } from '../helpers/fixtures.js';
import { activeKey, deepActiveElement, press, settleFrame, tabIntoTree, type } from '../helpers/keys.js';

// ─── helpers ──────────────────────────────────────────────────────────────────────────────────────

const TAG = 'ict-subscriber-density';

async function setup(
  data: unknown,
  attrs: { width?: number; lang?: string } & Partial<IctSubscriberDensity> = {},
): Promise<ChartSetup<IctSubscriberDensity>> {
  return mountChart<IctSubscriberDensity>(TAG, data, attrs);
}

const bars = (root: ShadowRoot, role = 'main'): SVGRectElement[] => [
  ...root.querySelectorAll<SVGRectElement>(`g.mark[data-role="${role}"] rect.bar`),
];
const num = (el: Element, attr: string): number => Number(el.getAttribute(attr));
const names = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll('[role="treeitem"]')].map((i) => i.getAttribute('aria-label')!);
/** The data table outside the help dialog (the helper folds every space, the no-break ones too). */
const dataTable = (root: ShadowRoot): string[][] => {
  const rows = tableCells(root);
  const end = rows.findIndex((r) => r[0] === 'Phím' || r[0] === 'Key');
  return end < 0 ? rows : rows.slice(0, end);
};
const NBSP = '\u00a0';

/** SYNTHETIC (not a seed fact): Hà Tĩnh 2016–2020 by type, a national telephone series, Bến Tre telephone, a plan. */
function synthetic(): IndicatorDocument {
  const obs: Observation[] = [];
  const add = (
    indicator: string,
    code: string,
    values: (number | null)[],
    extra: Partial<Observation> = {},
  ): void => {
    values.forEach((value, i) =>
      obs.push({
        indicator,
        place: { code, era: '2008-2025' },
        period: { year: 2016 + i },
        value,
        ...(value === null ? { missing: 'not-available' as const } : {}),
        ...extra,
      }),
    );
  };
  add('phone_subscriptions_per_100', '42', [80, 85, 88, 93, 94]);
  obs[4]!.change = { against: 'period', period: { year: 2019 }, percent: 1.1 };
  add('fixed_broadband_subscriptions_per_100', '42', [6, 7.5, null, 10.1, 11.7]);
  obs[9]!.target = 12;
  add('phone_subscriptions_per_100', '42', [120, 125, 128, 130, 132], { breakdown: { scope: 'national' } });
  add('phone_subscriptions_per_100', '83', [110, 112, 115, 118, 121]);
  return {
    version: 1,
    indicators: [
      {
        id: 'phone_subscriptions_per_100',
        label: { vi: 'Mật độ thuê bao điện thoại', en: 'Telephone subscriptions per 100 inhabitants' },
        unit: 'per-100-inhabitants',
      },
      {
        id: 'fixed_broadband_subscriptions_per_100',
        label: {
          vi: 'Mật độ thuê bao băng rộng cố định',
          en: 'Fixed broadband subscriptions per 100 inhabitants',
        },
        unit: 'per-100-inhabitants',
      },
    ],
    observations: obs,
  };
}

/** The same, cut to 2019–2020 (two periods: columns). */
function twoYears(): IndicatorDocument {
  const doc = synthetic();
  return { ...doc, observations: doc.observations.filter((o) => o.period.year >= 2019) };
}

/**
 * Every text of the chart's SVG: each pair must not overlap, each must be inside the SVG. Boxes are
 * `getBBox()` in SVG units (the glyphs, drawn 1:1 in CSS px): Firefox's `getBoundingClientRect()` also
 * counts the 3 px background halo drawn around each text, which may touch the next line by design.
 */
function expectTextsClean(root: ShadowRoot): void {
  const svgEl = root.querySelector<SVGSVGElement>('svg.marks')!;
  const width = Number(svgEl.getAttribute('width'));
  const height = Number(svgEl.getAttribute('height'));
  const nodes = [...svgEl.querySelectorAll<SVGTextElement>('text')];
  const boxes = nodes.map((t) => t.getBBox());
  nodes.forEach((t, i) => {
    const b = boxes[i]!;
    expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
    expect(b.x, t.textContent!).to.be.at.least(-0.5);
    expect(b.x + b.width, t.textContent!).to.be.at.most(width + 0.5);
    expect(b.y, t.textContent!).to.be.at.least(-0.5);
    expect(b.y + b.height, t.textContent!).to.be.at.most(height + 0.5);
  });
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const overlap = rectsOverlap(boxes[i]!, boxes[j]!);
      expect(overlap, `"${nodes[i]!.textContent}" / "${nodes[j]!.textContent}"`).to.equal(false);
    }
  }
  // And the SVG never makes the page scroll sideways.
  expect(svgEl.getBoundingClientRect().width).to.be.at.most((root.host as HTMLElement).clientWidth + 0.5);
}

// ─── tests ────────────────────────────────────────────────────────────────────────────────────────

describe('<ict-subscriber-density>', function () {
  this.timeout(30000);

  afterEach(async () => {
    await emulateMedia({});
  });

  describe('seed facts', () => {
    it('Hà Tĩnh 2020: bars of 94 and 11,7 per 100 inhabitants, lengths proportional, each with its stated change', async () => {
      const { root } = await setup(await loadDemo('ha-tinh-2020'));
      const rects = bars(root);
      expect(rects.length).to.equal(2);
      expect(num(rects[1]!, 'width') / num(rects[0]!, 'width')).to.be.closeTo(11.7 / 94, 1e-9);
      expect(num(rects[0]!, 'x')).to.equal(num(rects[1]!, 'x'));
      expect(texts(root, '.t-value')).to.deep.equal(['94', '11,7']);
      expect(texts(root, '.t-label')).to.deep.equal(['Điện thoại', 'Băng rộng cố định']);
      expect(texts(root, '.t-note')).to.deep.equal([`+1,1${NBSP}% so với 2019`, `+15,9${NBSP}% so với 2019`]);
      expect(root.querySelector('.plot')!.getAttribute('data-form')).to.equal('bars');
      expect(root.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
        'Mật độ thuê bao theo loại',
      );
      // The summary and the table say the same numbers.
      const summary = summaryText(root); // (the helper folds every space, the no-break ones too)
      expect(summary).to.contain('Điện thoại: 94 thuê bao/100 dân, tăng 1,1 % so với năm 2019.');
      expect(summary).to.contain('Băng rộng cố định: 11,7 thuê bao/100 dân, tăng 15,9 % so với năm 2019.');
      const table = dataTable(root);
      expect(table[0]!.slice(0, 4)).to.deep.equal([
        'Tỉnh/thành phố',
        'Năm',
        'Loại thuê bao',
        'Giá trị (thuê bao/100 dân)',
      ]);
      expect(table.slice(1).map((r) => r.slice(0, 5))).to.deep.equal([
        ['Hà Tĩnh', '2020', 'Điện thoại', '94', 'tăng 1,1 % so với năm 2019'],
        ['Hà Tĩnh', '2020', 'Băng rộng cố định', '11,7', 'tăng 15,9 % so với năm 2019'],
      ]);
      expect(names(root)).to.deep.equal([
        `Hà Tĩnh, 2020, mật độ thuê bao điện thoại: 94 thuê bao/100 dân, tăng 1,1${NBSP}% so với năm 2019, 1/2`,
        `Hà Tĩnh, 2020, mật độ thuê bao Internet băng rộng cố định: 11,7 thuê bao/100 dân, tăng 15,9${NBSP}% so với năm 2019, 2/2`,
      ]);
    });

    it('Bến Tre 2016: one bar of 114, the total 1.447.307 subscriptions shown beside it, in the name, summary and table', async () => {
      const { root } = await setup(await loadDemo('ben-tre-2016'));
      expect(bars(root).length).to.equal(1);
      expect(texts(root, '.t-value')).to.deep.equal(['114']);
      expect(texts(root, '.t-note')).to.deep.equal(['1.447.307 thuê bao']);
      // The axis reaches the value: the bar ends at the tick for 114 on the same scale as the tick 100.
      const ticks = [...root.querySelectorAll<SVGTextElement>('.t-tick')];
      const t0 = ticks.find((t) => t.textContent === '0')!;
      const t100 = ticks.find((t) => t.textContent === '100')!;
      const perUnit = (num(t100, 'x') - num(t0, 'x')) / 100;
      expect(num(bars(root)[0]!, 'width')).to.be.closeTo(114 * perUnit, 0.01);
      expect(root.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
        'Mật độ thuê bao điện thoại',
      );
      expect(summaryText(root)).to.contain('Bến Tre, năm 2016: tổng số 1.447.307 thuê bao điện thoại.');
      expect(names(root)[0]).to.equal(
        'Bến Tre, 2016, mật độ thuê bao điện thoại: 114 thuê bao/100 dân, tổng số 1.447.307 thuê bao điện thoại, 1/1',
      );
      const table = dataTable(root);
      const count = table[0]!.indexOf('Tổng số thuê bao');
      expect(table[1]![count]).to.equal('1.447.307');
      expect(table[1]![table[0]!.indexOf('Giá trị (thuê bao/100 dân)')]).to.equal('114');
    });

    it('all seed facts with place="42" compare="83": both provinces, told apart by hollow dashed columns and ■/□ labels', async () => {
      const { root } = await setup(await loadDemo('all-seed-facts'), { place: '42', compare: '83' });
      expect(root.querySelector('.plot')!.getAttribute('data-form')).to.equal('columns');
      expect(bars(root).length).to.equal(2);
      const compare = bars(root, 'compare');
      expect(compare.length).to.equal(1);
      const style = getComputedStyle(compare[0]!);
      expect(style.strokeDasharray).to.not.equal('none');
      expect(style.fill).to.equal(getComputedStyle(root.host).backgroundColor);
      expect(texts(root, '.t-label')).to.include('□ 2016');
      expect(texts(root, '.t-label')).to.include('■ 2020');
      expect(texts(root, '.legend li')).to.deep.equal(['■ Hà Tĩnh', '□ Bến Tre']);
      // Heights proportional: 114 (Bến Tre) against 94 (Hà Tĩnh).
      const phone = bars(root)[0]!;
      expect(num(compare[0]!, 'height') / num(phone, 'height')).to.be.closeTo(114 / 94, 1e-9);
    });
  });

  describe('forms', () => {
    it('several periods draw lines with a distinct marker shape per type, direct end labels and a gap where data is missing', async () => {
      const { root } = await setup(synthetic(), { place: '42' });
      expect(root.querySelector('.plot')!.getAttribute('data-form')).to.equal('lines');
      const lines = [...root.querySelectorAll('path.line')];
      expect(lines.length).to.equal(3); // telephone, national telephone, fixed broadband
      const markers = [...root.querySelectorAll<SVGPathElement>('path.marker.main')];
      const shapeOf = (key: string): string | null =>
        root.querySelector(`g.series[data-key="${key}"] path.marker`)!.getAttribute('d');
      expect(shapeOf('telephone|main')).to.not.equal(shapeOf('fixed-broadband|main'));
      expect(markers.length).to.equal(9); // 5 + 4 values (2018 broadband missing)
      expect(root.querySelectorAll('circle.missing-marker').length).to.equal(1);
      expect(texts(root, '.t-end')).to.have.members([
        'Điện thoại',
        'Điện thoại, Cả nước',
        'Băng rộng cố định',
      ]);
      expect(texts(root, '.t-end-note')).to.include(`94 (+1,1${NBSP}%)`);
      expect(texts(root, '.t-missing-note')).to.deep.equal(['Không có số liệu: Băng rộng cố định, 2018.']);
      // The plan of 2020 (12) is a tick; the national line is dotted.
      expect(root.querySelectorAll('svg.marks .target-tick').length).to.equal(1);
      expect(getComputedStyle(root.querySelector('path.line.national')!).strokeDasharray).to.not.equal(
        'none',
      );
      expect(texts(root, '.legend li')).to.deep.equal(['Cả nước', 'Kế hoạch']);
    });

    it('two periods draw columns with the change under each one; form="bars" draws rows by period instead', async () => {
      const { root, el } = await setup(twoYears(), { place: '42' });
      expect(root.querySelector('.plot')!.getAttribute('data-form')).to.equal('columns');
      expect(texts(root, '.t-type')).to.deep.equal(['Điện thoại', 'Băng rộng cố định']);
      // The computed change under the 2020 column may wrap at its space (engines measure differently), never
      // at the no-break one.
      const notes = texts(root, '.t-note');
      expect(notes.join(' ')).to.equal(`+1,1${NBSP}% +1,6 (+15,8${NBSP}%)`);
      expect(notes.every((line) => !line.startsWith('%') && !line.endsWith(NBSP))).to.equal(true);
      el.form = 'bars';
      await until(() => root.querySelector('.plot')?.getAttribute('data-form') === 'bars', 'bars');
      expect(texts(root, '.t-header')).to.deep.equal(['Điện thoại', 'Băng rộng cố định']);
      expect(texts(root, '.t-label')).to.include('2020, Hà Tĩnh');
      expect(texts(root, '.t-label')).to.include('2020, Cả nước');
    });

    it('reference="100" draws a dashed line at 100 with its label; targets are ticks; both in the key and the summary', async () => {
      const { root } = await setup(twoYears(), { place: '42', reference: 100, referenceLabel: 'Mục tiêu' });
      const line = root.querySelector<SVGLineElement>('.reference-line')!;
      expect(getComputedStyle(line).strokeDasharray).to.not.equal('none');
      expect(texts(root, '.t-reference')).to.deep.equal(['Mục tiêu: 100']);
      // The line is at 100 on the columns' scale: between the 94 column top and the 121 one.
      const y = num(line, 'y1');
      const phone = bars(root)[1]!; // 2020 Hà Tĩnh: 94
      const base = num(phone, 'y') + num(phone, 'height');
      expect((base - y) / num(phone, 'height')).to.be.closeTo(100 / 94, 1e-6);
      expect(summaryText(root)).to.contain('Mục tiêu: 100 thuê bao/100 dân.');
      expect(root.querySelectorAll('svg.marks .target-tick').length).to.equal(1);
    });
  });

  describe('missing values, bad input', () => {
    it('draws a null value as a dashed "không có số liệu" placeholder, named and listed, never as zero', async () => {
      const doc = twoYears();
      doc.observations = doc.observations.map((o) =>
        o.indicator === 'fixed_broadband_subscriptions_per_100' && o.period.year === 2020
          ? { ...o, value: null, missing: 'not-available', target: undefined }
          : o,
      );
      const { root } = await setup(doc, { place: '42', form: 'bars' });
      expect(root.querySelectorAll('rect.placeholder').length).to.equal(1);
      expect(texts(root, '.t-missing')).to.deep.equal(['không có số liệu']);
      expect(names(root).some((n) => /2020, .*băng rộng cố định: không có số liệu/.test(n))).to.equal(true);
      expect(summaryText(root)).to.contain('1 giá trị không có số liệu.');
      expect(dataTable(root).some((r) => r.includes('không có số liệu'))).to.equal(true);
    });

    it('invalid JSON and a value of the wrong type give a visible alert and no chart', async () => {
      const { root, el } = await setup('{"version": 1, "indicators": [');
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.getClientRects().length).to.be.greaterThan(0);
      expect(root.querySelector('svg.marks')).to.equal(null);
      const bad = synthetic();
      el.data = { ...bad, observations: [{ ...bad.observations[0]!, value: '94' }] };
      await until(
        () => root.querySelector('[role="alert"]')?.textContent?.includes('observations[0].value') === true,
        'type error',
      );
    });

    it('an indicator that is not a density, a document without one, an unknown id and a place without data are explained', async () => {
      const { root, el } = await setup(await loadDemo('ha-tinh-2020'), { indicator: 'e_documents_share' });
      const alertText = (): string =>
        (root.querySelector('[role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ');
      expect(alertText()).to.contain(
        'Chỉ tiêu “e_documents_share” không phải mật độ thuê bao: đơn vị là phần trăm, cần thuê bao/100 dân.',
      );
      el.indicator = 'no_such_indicator';
      await until(() => alertText().includes('no_such_indicator'), 'unknown indicator');
      el.indicator = undefined;
      el.indicators = 'phone_subscriptions_per_100 nope';
      await until(() => alertText().includes('nope'), 'unknown id in indicators');
      el.indicators = undefined;
      el.place = '01';
      await until(() => alertText().includes('Không có số liệu mật độ thuê bao của Hà Nội.'), 'no place');
      el.place = undefined;
      el.data = await loadDemo('dien-bien-2022');
      await until(
        () => alertText().includes('Dữ liệu không có chỉ tiêu mật độ thuê bao'),
        'no density indicator',
      );
      el.lang = 'en';
      await until(
        () => alertText().includes('The data has no subscriber density indicator'),
        'English error',
      );
    });
  });

  describe('keyboard', () => {
    it('one Tab stop; arrows move mark by mark; Enter fires ict-select with {key, indicator, place, period, value}', async () => {
      const { el, root, before } = await setup(await loadDemo('ha-tinh-2020'));
      const items = [...root.querySelectorAll<HTMLElement>('[role="treeitem"]')];
      expect(items.filter((i) => i.tabIndex >= 0).length).to.equal(1);
      const selected: IctMarkDetail[] = [];
      const focused: (number | null)[] = [];
      el.addEventListener('ict-select', (e) => selected.push(e.detail));
      el.addEventListener('ict-mark-focus', (e) => focused.push(e.detail.value));
      await tabIntoTree(root, before);
      expect(activeKey()).to.equal('42-2020-phone_subscriptions_per_100');
      await press('ArrowRight');
      expect(activeKey()).to.equal('42-2020-fixed_broadband_subscriptions_per_100');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(
        /^Hà Tĩnh, 2020, .*băng rộng cố định: 11,7 thuê bao\/100 dân.*, 2\/2$/,
      );
      await press('ArrowRight');
      expect(liveText(root)).to.equal('Cuối danh sách');
      await press('Home');
      expect(activeKey()).to.equal('42-2020-phone_subscriptions_per_100');
      await press('Enter');
      expect(selected).to.deep.equal([
        {
          key: '42-2020-phone_subscriptions_per_100',
          indicator: 'phone_subscriptions_per_100',
          place: { code: '42', era: '2008-2025' },
          period: { year: 2020 },
          value: 94,
        },
      ]);
      expect(focused).to.deep.equal([94, 11.7, 94]);
      await press('End');
      expect(activeKey()).to.equal('42-2020-fixed_broadband_subscriptions_per_100');
    });

    it('with a compared place, marks are grouped by type: ↓ enters a group, type-ahead finds "bang" and "ben tre", "w" says where', async () => {
      const { root, before } = await setup(twoYears(), { place: '42', compare: '83', form: 'bars' });
      await tabIntoTree(root, before);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal('Điện thoại, 1/2');
      await type('bang');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal('Băng rộng cố định, 2/2');
      await press('ArrowDown');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(
        /^Hà Tĩnh, 2019, .*băng rộng cố định: 10,1 thuê bao\/100 dân, 1\/2$/,
      );
      const pause = performance.now();
      await until(() => performance.now() - pause > 1100, 'the type-ahead pause');
      await press('ArrowUp');
      await press('Home');
      await press('ArrowDown');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(
        /^Hà Tĩnh, 2019, mật độ thuê bao điện thoại: 93 /,
      );
      await type('ben tre');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(
        /^Bến Tre, 2019, mật độ thuê bao điện thoại: 118 thuê bao\/100 dân, thấp hơn cả nước 12 thuê bao\/100 dân, 2\/6$/,
      );
      const typed = performance.now();
      await until(() => performance.now() - typed > 1100, 'the type-ahead pause');
      await press('w');
      expect(liveText(root)).to.equal('Đang ở: Điện thoại › 2019, Bến Tre');
      await press('Escape'); // hides the tooltip
      await press('Escape'); // up to the group
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal('Điện thoại, 1/2');
    });

    it('in the line form each line is a group of its points in time order', async () => {
      const { root, before } = await setup(synthetic(), { place: '42' });
      await tabIntoTree(root, before);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.equal('Điện thoại, 1/3');
      await press('ArrowDown');
      await press('End');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(
        /^Hà Tĩnh, 2020, mật độ thuê bao điện thoại: 94 thuê bao\/100 dân, tăng 1,1\s% so với năm 2019, thấp hơn cả nước 38 thuê bao\/100 dân, 5\/5$/,
      );
      await press('ArrowLeft');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.contain(
        `tăng 5 thuê bao/100 dân (+5,7${NBSP}%) so với năm 2018`,
      );
    });

    it('the focus ring surrounds the focused mark (≥ 2 px, ≥ 3:1) and the tooltip follows focus and hover', async () => {
      const { el, root, before } = await setup(await loadDemo('ha-tinh-2020'));
      await tabIntoTree(root, before);
      const ring = root.querySelector<SVGRectElement>('.focus-ring')!;
      expect(parseFloat(getComputedStyle(ring).strokeWidth)).to.be.at.least(2);
      expect(contrast(getComputedStyle(ring).stroke, getComputedStyle(el).backgroundColor)).to.be.at.least(3);
      const ringBox = ring.getBoundingClientRect();
      const barBox = bars(root)[0]!.getBoundingClientRect();
      expect(ringBox.top).to.be.at.most(barBox.top);
      expect(ringBox.bottom).to.be.at.least(barBox.bottom);
      expect(root.querySelector('.tooltip')!.textContent).to.contain('94 thuê bao/100 dân');
      await press('Escape');
      expect(root.querySelector('.tooltip')).to.equal(null);
      const item = [...root.querySelectorAll<HTMLElement>('[role="treeitem"]')][1]!;
      const r = item.getBoundingClientRect();
      expect(r.height).to.be.at.least(24);
      await sendMouse({
        type: 'move',
        position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)],
      });
      await until(
        () => root.querySelector('.tooltip')?.textContent?.includes('11,7') === true,
        'tooltip on hover',
      );
      await sendMouse({ type: 'move', position: [0, 0] });
      await settleFrame();
    });
  });

  describe('language, highlight, layout and media', () => {
    it('el.lang = "en" re-renders every string: title, labels, notes, values, axis, names, summary, table, key', async () => {
      const { el, root } = await setup(synthetic(), { place: '42', compare: '83', form: 'bars' });
      el.lang = 'en';
      await until(() => texts(root, '.t-unit')[0] === 'per 100 inhabitants', 'English');
      expect(root.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
        'Subscriptions per 100 inhabitants, by type',
      );
      expect(texts(root, '.t-header')).to.deep.equal(['Telephone', 'Fixed broadband']);
      expect(texts(root, '.t-label')).to.include('2020, National');
      expect(texts(root, '.t-note')).to.include('+5 (+6.3%) vs 2016');
      expect(texts(root, '.t-value')).to.include('11.7');
      expect(names(root)[0]).to.equal('Telephone, 1/2');
      expect(summaryText(root)).to.contain(
        'Telephone, Ha Tinh, from 2016 to 2020: up from 80 to 94 per 100 inhabitants.',
      );
      expect(dataTable(root)[0]).to.include('Subscription type');
      expect(texts(root, '.legend li')).to.deep.equal(['■ Ha Tinh', '□ Ben Tre', 'National', 'Target']);
      const all = `${root.textContent ?? ''} ${[...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ')}`;
      for (const vi of [
        'không có số liệu',
        'thuê bao/100 dân',
        'Điện thoại',
        'Cả nước',
        'Kế hoạch',
        'so với',
        'Xem bảng số liệu',
        'Loại thuê bao',
      ])
        expect(all, vi).to.not.contain(vi);
    });

    it('one strings object overrides the element texts (density.national, types) and the shared ones', async () => {
      const { root } = await setup(twoYears(), {
        place: '42',
        form: 'bars',
        strings: {
          vi: { density: { national: 'Toàn quốc', types: { telephone: 'Thoại' } }, showTable: 'Mở bảng' },
        },
      });
      expect(texts(root, '.t-header')[0]).to.equal('Thoại');
      expect(texts(root, '.t-label')).to.include('2020, Toàn quốc');
      expect(root.textContent).to.contain('Mở bảng');
    });

    it('highlight="83" marks the compared province by outline, bold and "◆", not by colour alone', async () => {
      const { root } = await setup(twoYears(), { place: '42', compare: '83', highlight: '83', form: 'bars' });
      const hl = root.querySelectorAll<SVGRectElement>('rect.bar.highlighted');
      expect(hl.length).to.equal(2);
      const style = getComputedStyle(hl[0]!);
      expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
      const labels = [...root.querySelectorAll<SVGTextElement>('.t-label.highlighted-text')];
      expect(labels.map((t) => t.textContent)).to.deep.equal([
        `${HIGHLIGHT_MARKER} 2019, Bến Tre`,
        `${HIGHLIGHT_MARKER} 2020, Bến Tre`,
      ]);
      expect(Number(getComputedStyle(labels[0]!).fontWeight)).to.be.at.least(700);
      const plain = [...root.querySelectorAll<SVGTextElement>('.t-label')].find(
        (t) => t.textContent === '2020, Hà Tĩnh',
      )!;
      expect(Number(getComputedStyle(plain).fontWeight)).to.be.below(700);
    });

    for (const [name, make, attrs] of [
      ['Hà Tĩnh 2020 (bars)', () => loadDemo('ha-tinh-2020'), {}],
      [
        'compare + reference (bars by period)',
        async () => synthetic(),
        { place: '42', compare: '83', form: 'bars', reference: 100 },
      ],
      [
        'lines with compare and missing',
        async () => synthetic(),
        { place: '42', compare: '83', reference: 100 },
      ],
      ['columns', async () => twoYears(), { place: '42', compare: '83' }],
    ] as const) {
      it(`at 320 and 640 px no two texts overlap and none leaves the SVG: ${name}`, async function () {
        if (document.visibilityState !== 'visible') this.skip(); // no ResizeObserver in a background page
        const { el, root, wrapper } = await setup(await make(), { width: 320, ...attrs });
        await chartAtWidth(el, 320);
        expectTextsClean(root);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        wrapper.style.width = '640px';
        await chartAtWidth(el, 640);
        expectTextsClean(root);
      });
    }

    it('with reduced motion nothing animates when the data changes; without, bars move in 200 ms – 2 s', async function () {
      const applied = await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      if (!applied) this.skip(); // emulated over CDP (Chromium only)
      const { el, root } = await setup(await loadDemo('ha-tinh-2020'));
      const doc = (await loadDemo('ha-tinh-2020')) as IndicatorDocument;
      el.data = {
        ...doc,
        observations: doc.observations.map((o) =>
          o.indicator === 'phone_subscriptions_per_100' ? { ...o, value: 50 } : o,
        ),
      };
      await until(() => texts(root, '.t-value')[0] === '50', 'new data');
      expect(root.getAnimations()).to.deep.equal([]);
      await emulateMedia({});
      await until(
        () => root.querySelector('.plot')?.getAttribute('data-motion') === 'full',
        'motion allowed',
      );
      getComputedStyle(bars(root)[0]!).width;
      el.data = doc;
      await until(() => texts(root, '.t-value')[0] === '94', 'data back');
      const durations = root.getAnimations().map((a) => Number(a.effect?.getTiming().duration));
      expect(durations.length).to.be.greaterThan(0);
      for (const d of durations) expect(d).to.be.within(200, 2000);
    });

    it('in forced colours texts are CanvasText, the ring Highlight, and the compared place stays hollow and dashed', async function () {
      const applied = await emulateMedia({ 'forced-colors': 'active' });
      if (!applied) this.skip();
      const { root, before } = await setup(twoYears(), { place: '42', compare: '83' });
      await tabIntoTree(root, before);
      await press('ArrowDown');
      expect(getComputedStyle(root.querySelector('.focus-ring')!).stroke).to.equal(resolveColor('Highlight'));
      for (const t of root.querySelectorAll('svg.marks text'))
        expect(getComputedStyle(t).fill).to.equal(resolveColor('CanvasText'));
      const compare = bars(root, 'compare')[0]!;
      expect(getComputedStyle(compare).fill).to.equal(resolveColor('Canvas'));
      expect(getComputedStyle(compare).strokeDasharray).to.not.equal('none');
    });
  });

  describe('accessibility (axe)', () => {
    it('has no axe violations (light), also while a mark is focused with its tooltip', async () => {
      const { el, root, before } = await setup(synthetic(), {
        place: '42',
        compare: '83',
        reference: 100,
        highlight: '42',
      });
      expect(await axeViolations(el)).to.deep.equal([]);
      await tabIntoTree(root, before);
      await press('ArrowDown');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('has no axe violations in the dark theme, and its texts keep 4.5:1 against the background', async () => {
      const { el, root } = await setup(await loadDemo('ha-tinh-2020'), { theme: 'dark' });
      expect(await axeViolations(el)).to.deep.equal([]);
      const background = getComputedStyle(el).backgroundColor;
      for (const t of root.querySelectorAll('svg.marks text')) {
        expect(contrast(getComputedStyle(t).fill, background), t.textContent!).to.be.at.least(4.5);
      }
    });

    it('has no axe violations in forced colours', async function () {
      const applied = await emulateMedia({ 'forced-colors': 'active' });
      if (!applied) this.skip();
      const { el } = await setup(synthetic(), { place: '42', compare: '83' });
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('data updates are announced once and focus stays on the same mark', async () => {
      const { el, root, before } = await setup(await loadDemo('ha-tinh-2020'));
      await tabIntoTree(root, before);
      await press('ArrowRight');
      const key = activeKey();
      const live = root.querySelector('[aria-live="polite"][part="live"]')!;
      const heard: string[] = [];
      const observer = new MutationObserver(() => {
        if (live.textContent) heard.push(live.textContent);
      });
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      const doc = (await loadDemo('ha-tinh-2020')) as IndicatorDocument;
      el.data = {
        ...doc,
        observations: doc.observations.map((o) => (o.value === 11.7 ? { ...o, value: 12.5 } : o)),
      };
      await until(() => heard.length > 0, 'the announcement', 3000);
      observer.disconnect();
      expect(heard).to.deep.equal(['Đã cập nhật dữ liệu: Mật độ thuê bao theo loại, 2 giá trị.']);
      expect(activeKey()).to.equal(key);
      expect(deepActiveElement()!.getAttribute('aria-label')).to.contain('12,5 thuê bao/100 dân');
    });
  });

  it('loads a seed document from src and draws it (Bến Tre 2016)', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '640px';
    document.body.append(wrapper);
    const el = document.createElement(TAG);
    el.setAttribute('src', '/demo/data/ben-tre-2016.json');
    wrapper.append(el);
    try {
      await chartReady(el);
      expect(texts(el.shadowRoot!, '.t-value')).to.deep.equal(['114']);
    } finally {
      wrapper.remove();
    }
  });
});
