import { expect } from '@open-wc/testing';
import { rectsOverlap, type Rect } from '../../src/chart/geometry/rect.js';
import { estimateTextWidth } from '../../src/chart/geometry/text.js';
import { formatCompact, formatNumber } from '../../src/core/format/format.js';
import {
  DASHES,
  MARKER_SHAPES,
  dodge,
  layoutBeforeAfter,
  layoutColumns,
  layoutLines,
  layoutPlan,
  markPlaces,
  textsCollide,
  type TrendLayout,
  type TrendPointInput,
  type TrendSeriesInput,
  type TrendText,
} from '../../src/elements/indicator-trend/indicator-trend.geometry.js';

const OPTIONS = {
  fontSize: 14,
  formatTick: (v: number) => formatNumber(v, 'vi'),
  measure: estimateTextWidth,
};

function point(
  key: string,
  year: number,
  value: number | null,
  extra: Partial<TrendPointInput> = {},
): TrendPointInput {
  return {
    key,
    order: year * 12,
    periodText: String(year),
    value,
    valueText: value === null ? 'không có số liệu' : formatNumber(value, 'vi'),
    ...extra,
  };
}

function oneSeries(points: TrendPointInput[], label = 'Điện Biên'): TrendSeriesInput[] {
  return [{ key: 's0', label, index: 0, points }];
}

/** Every text inside the chart, none overlapping another, none under 12 px. */
function expectClean(layout: TrendLayout): void {
  const texts = layout.texts;
  expect(texts.length).to.be.greaterThan(0);
  for (const t of texts) {
    expect(t.font.size, t.text).to.be.at.least(12);
    expect(t.box.x, `${t.text} left`).to.be.at.least(-0.5);
    expect(t.box.x + t.box.width, `${t.text} right`).to.be.at.most(layout.width + 0.5);
    expect(t.box.y, `${t.text} top`).to.be.at.least(-0.5);
    expect(t.box.y + t.box.height, `${t.text} bottom`).to.be.at.most(layout.height + 0.5);
  }
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++)
      expect(
        rectsOverlap(texts[i]!.box, texts[j]!.box),
        `"${texts[i]!.text}" / "${texts[j]!.text}"`,
      ).to.equal(false);
  expect(textsCollide(texts, layout.width)).to.equal(false);
}

const byRole = (texts: readonly TrendText[], role: TrendText['role']): string[] =>
  texts.filter((t) => t.role === role).map((t) => t.text);

const EIGHT_YEARS = oneSeries(
  [3100, 3350, 2900, 4100, 4300, 4800, null, 5200].map((v, i) =>
    point(`p${i}`, 2013 + i, v, i > 0 ? { change: { text: '+12,5 %', betweenPrevious: true } } : {}),
  ),
  'Hà Tĩnh',
);

describe('layoutColumns()', () => {
  it('layoutColumns(Điện Biên staff 2007 → 2022) draws two vertical columns proportional to 2 and 49 from zero', () => {
    const layout = layoutColumns(
      oneSeries([
        point('a', 2007, 2),
        point('b', 2022, 49, { change: { text: '+2.350 %', betweenPrevious: true } }),
      ]),
      { ...OPTIONS, width: 640 },
    );
    expect(layout.orientation).to.equal('vertical');
    const [a, b] = layout.columns;
    expect(a!.bar.y + a!.bar.height).to.be.closeTo(layout.zero, 1e-6);
    expect(b!.bar.y + b!.bar.height).to.be.closeTo(layout.zero, 1e-6);
    expect(a!.bar.height / b!.bar.height).to.be.closeTo(2 / 49, 1e-9);
    expect(byRole(layout.texts, 'value')).to.deep.equal(['2', '49']);
    expect(byRole(layout.texts, 'period')).to.deep.equal(['2007', '2022']);
    // The change sits between the two columns.
    const change = layout.texts.find((t) => t.role === 'change')!;
    expect(change.text).to.equal('+2.350 %');
    expect(change.x).to.be.closeTo((a!.bar.x + a!.bar.width / 2 + b!.bar.x + b!.bar.width / 2) / 2, 1e-6);
    expectClean(layout);
  });

  it('layoutColumns() at 320 px goes horizontal: one row per period, labels above bars, nothing overlapping', () => {
    for (const width of [320, 360]) {
      const layout = layoutColumns(EIGHT_YEARS, { ...OPTIONS, width });
      expect(layout.orientation).to.equal('horizontal');
      expect(layout.columns.length).to.equal(8);
      expectClean(layout);
      for (const c of layout.columns) {
        const label = layout.texts.find((t) => t.role === 'period' && t.key === c.key)!;
        expect(label.box.y + label.box.height, c.key).to.be.at.most(c.bar.y + 0.5);
        expect(c.hit.height).to.be.at.least(24);
      }
    }
  });

  it('layoutColumns(8 years) at 640 px is vertical with every label in its slot; bars scale with values', () => {
    const layout = layoutColumns(EIGHT_YEARS, { ...OPTIONS, width: 640 });
    expect(layout.orientation).to.equal('vertical');
    expectClean(layout);
    const heights = layout.columns.map((c) => c.bar.height);
    const perUnit = heights[0]! / 3100;
    [3100, 3350, 2900, 4100, 4300, 4800, 0, 5200].forEach((v, i) =>
      expect(heights[i], `column ${i}`).to.be.closeTo(v * perUnit, 1e-6),
    );
    for (const c of layout.columns) expect(c.hit.width).to.be.at.least(24);
    // Hit areas of neighbouring columns never overlap.
    for (let i = 1; i < layout.columns.length; i++)
      expect(rectsOverlap(layout.columns[i - 1]!.hit, layout.columns[i]!.hit)).to.equal(false);
  });

  it('layoutColumns() draws a missing value as a labelled placeholder, not as a zero column', () => {
    for (const width of [640, 320]) {
      const layout = layoutColumns(EIGHT_YEARS, { ...OPTIONS, width });
      const missing = layout.columns[6]!;
      expect(missing.missing).to.equal(true);
      expect(missing.placeholder, `${width}`).to.not.equal(undefined);
      const phrase = layout.texts
        .filter((t) => t.role === 'missing' && t.key === missing.key)
        .map((t) => t.text);
      expect(phrase.join(' ')).to.equal('không có số liệu');
    }
  });

  it('layoutColumns() marks a plan (status target) and prints its status line', () => {
    const layout = layoutColumns(
      oneSeries(
        [point('a', 2013, 8), point('b', 2014, 8, { target: true, statusText: '(kế hoạch)' })],
        'Bình Thuận',
      ),
      { ...OPTIONS, width: 640 },
    );
    expect(layout.columns.map((c) => c.target)).to.deep.equal([false, true]);
    expect(byRole(layout.texts, 'status')).to.deep.equal(['(kế hoạch)']);
    expectClean(layout);
  });

  it('layoutColumns() with several series is one row per value, named by series and period', () => {
    const series: TrendSeriesInput[] = [
      { key: 'a', label: 'Hà Tĩnh', index: 0, points: [point('a1', 2019, 10), point('a2', 2020, 12)] },
      {
        key: 'b',
        label: 'Bến Tre',
        index: 1,
        highlighted: true,
        points: [point('b1', 2019, 11, { highlighted: true })],
      },
    ];
    const layout = layoutColumns(series, { ...OPTIONS, width: 640 });
    expect(layout.orientation).to.equal('horizontal');
    expect(byRole(layout.texts, 'period')).to.deep.equal([
      'Hà Tĩnh, 2019',
      '◆ Bến Tre, 2019',
      'Hà Tĩnh, 2020',
    ]);
    expect(layout.columns.map((c) => c.seriesIndex)).to.deep.equal([0, 1, 0]);
    expectClean(layout);
  });
});

describe('layoutLines()', () => {
  const threePlaces: TrendSeriesInput[] = ['Hà Tĩnh', 'Bến Tre', 'Thành phố Hồ Chí Minh'].map((label, s) => ({
    key: `s${s}`,
    label,
    index: s,
    highlighted: s === 1,
    points: Array.from({ length: 12 }, (_, i) => point(`s${s}-${i}`, 2010 + i, 80 + s * 3 + i * (s + 1))),
  }));

  it('layoutLines(3 places) gives each line its own marker shape and dash, and direct end labels that never touch', () => {
    for (const width of [320, 640]) {
      const layout = layoutLines(threePlaces, { ...OPTIONS, width });
      expect(new Set(layout.series.map((s) => s.shape)).size).to.equal(3);
      expect(new Set(layout.series.map((s) => s.dash)).size).to.equal(3);
      expect(layout.series[0]!.dash).to.equal(DASHES[0]);
      expect(layout.series.map((s) => s.shape)).to.deep.equal(MARKER_SHAPES.slice(0, 3));
      const ends = layout.texts.filter((t) => t.role === 'series');
      expect(ends.map((t) => t.text).join(' ')).to.contain('◆ Bến Tre');
      expectClean(layout);
    }
  });

  it('layoutLines() places each point at its value on a zero-based axis and its period in time', () => {
    const layout = layoutLines(threePlaces, { ...OPTIONS, width: 640 });
    const p0 = layout.points.get('s0-0')!;
    const p11 = layout.points.get('s0-11')!;
    const q11 = layout.points.get('s2-11')!;
    expect(p11.x).to.be.greaterThan(p0.x);
    expect(q11.x).to.equal(p11.x);
    // y is linear in the value and zero sits on the axis.
    const perUnit = (layout.zero - p0.y) / 80;
    expect(layout.zero - p11.y).to.be.closeTo(91 * perUnit, 1e-6);
    expect(layout.zero - q11.y).to.be.closeTo((86 + 33) * perUnit, 1e-6);
  });

  it('layoutLines() gives every point a pointer cell containing it, and no two cells overlap', () => {
    const layout = layoutLines(threePlaces, { ...OPTIONS, width: 640 });
    const cells = [...layout.points.values()];
    for (const p of cells) {
      expect(p.x, p.key).to.be.within(p.hit.x - 1e-6, p.hit.x + p.hit.width + 1e-6);
      expect(p.y, p.key).to.be.within(p.hit.y - 1e-6, p.hit.y + p.hit.height + 1e-6);
    }
    for (let i = 0; i < cells.length; i++)
      for (let j = i + 1; j < cells.length; j++)
        expect(rectsOverlap(cells[i]!.hit, cells[j]!.hit), `${cells[i]!.key} / ${cells[j]!.key}`).to.equal(
          false,
        );
  });

  it('layoutLines(10 000 monthly values) draws at most one point per pixel, keeps the extremes, and places every value', () => {
    const n = 10_000;
    const points = Array.from({ length: n }, (_, i) => ({
      key: `m${i}`,
      order: 1200 * 12 + i,
      periodText: `T${i}`,
      value: 500 + 100 * Math.sin(i / 300) + (i === 4321 ? 900 : 0) - (i === 8765 ? 450 : 0),
      valueText: String(i),
    }));
    const start = performance.now();
    const layout = layoutLines(oneSeries(points), { ...OPTIONS, width: 640 });
    const ms = performance.now() - start;
    expect(layout.downsampled).to.equal(true);
    expect(layout.points.size).to.equal(n);
    const s = layout.series[0]!;
    expect(s.total).to.equal(n);
    expect(s.drawn).to.be.at.most(layout.plot.width);
    // The path goes through the spike (smallest y) and the dip (largest y).
    const ys = [...s.path.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((mm) => Number(mm[2]));
    expect(ys.length).to.equal(s.drawn);
    // (d3-shape writes 3 decimals)
    expect(Math.min(...ys)).to.be.closeTo(layout.points.get('m4321')!.y, 1e-3);
    expect(Math.max(...ys)).to.be.closeTo(layout.points.get('m8765')!.y, 1e-3);
    // Dense: markers only at the two ends.
    expect(s.markers.map((p) => p.key)).to.deep.equal(['m0', `m${n - 1}`]);
    expectClean(layout);
    expect(ms, 'layout time, ms').to.be.below(1500);
  });

  it('layoutLines() leaves a gap at a missing value and draws it as a no-data mark on the baseline', () => {
    const pts = [10, 12, null, 15, 16].map((v, i) => point(`p${i}`, 2016 + i, v));
    const layout = layoutLines(oneSeries(pts), { ...OPTIONS, width: 640 });
    const s = layout.series[0]!;
    expect((s.path.match(/M/g) ?? []).length, 'two runs').to.equal(2);
    expect(s.missing.map((p) => p.key)).to.deep.equal(['p2']);
    expect(s.missing[0]!.y).to.equal(layout.zero);
    expect(byRole(layout.texts, 'missing')).to.deep.equal(['không có số liệu']);
    expectClean(layout);
  });

  it('layoutLines() prints change labels between consecutive periods of one series when they all fit', () => {
    const pts = [100, 110, 99, 120].map((v, i) =>
      point(`p${i}`, 2016 + i, v, i > 0 ? { change: { text: `+${i}0 %`, betweenPrevious: true } } : {}),
    );
    const layout = layoutLines(oneSeries(pts), { ...OPTIONS, width: 640 });
    const changes = layout.texts.filter((t) => t.role === 'change');
    expect(changes.map((t) => t.text)).to.deep.equal(['+10 %', '+20 %', '+30 %']);
    const x = (k: string) => layout.points.get(k)!.x;
    expect(changes[0]!.x).to.be.closeTo((x('p0') + x('p1')) / 2, 1e-6);
    expectClean(layout);
  });
});

describe('layoutPlan()', () => {
  const BEN_TRE = {
    key: 'bt',
    label: '',
    value: 1341424606000,
    plan: (1341424606000 / 111.78) * 100,
    headline: '111,78 % kế hoạch',
    actualText: `Thực hiện: ${formatCompact(1341424606000, 'vi')} đồng`,
    planText: `Kế hoạch (suy ra từ 111,78 %): khoảng ${formatCompact(1.2e12, 'vi')} đồng`,
  };

  it('layoutPlan(Bến Tre 2016) draws the actual bar past a plan marker at value ÷ 111,78 × 100', () => {
    const layout = layoutPlan([BEN_TRE], {
      ...OPTIONS,
      width: 640,
      formatTick: (v) => formatCompact(v, 'vi'),
    });
    const row = layout.rows[0]!;
    expect(row.bar.x).to.be.closeTo(layout.zeroX, 1e-6);
    const perUnit = row.bar.width / BEN_TRE.value;
    expect(row.planLine.x - layout.zeroX).to.be.closeTo(BEN_TRE.plan * perUnit, 1e-6);
    expect(row.bar.x + row.bar.width).to.be.greaterThan(row.planLine.x);
    expect((row.bar.width / (row.planLine.x - layout.zeroX)) * 100).to.be.closeTo(111.78, 1e-9);
    expect(byRole(layout.texts, 'headline')).to.deep.equal(['111,78 % kế hoạch']);
    expectClean(layout);
  });

  it('layoutPlan() at 320 px wraps its legend lines and keeps every text inside', () => {
    const layout = layoutPlan(
      [BEN_TRE, { ...BEN_TRE, key: 'x', label: 'Hà Tĩnh, 2020', value: 90, plan: 100, highlighted: true }],
      {
        ...OPTIONS,
        width: 320,
      },
    );
    expectClean(layout);
    expect(byRole(layout.texts, 'label')).to.deep.equal(['◆ Hà Tĩnh, 2020']);
    for (const r of layout.rows) expect(r.hit.height).to.be.at.least(24);
    expect(rectsOverlap(layout.rows[0]!.hit, layout.rows[1]!.hit)).to.equal(false);
  });
});

describe('layoutBeforeAfter()', () => {
  const ROW = {
    key: 'bt',
    label: '',
    before: 15,
    after: 4,
    headline: 'giảm 11 ngày (-73 %)',
    beforeValue: '15',
    afterValue: '4',
    beforeText: 'Trước khi đơn giản hóa: 15 ngày',
    afterText: '2016: 4 ngày',
  };

  it('layoutBeforeAfter(15 → 4 days) points an arrow from 15 down to 4 on a zero-based axis', () => {
    for (const width of [320, 640]) {
      const layout = layoutBeforeAfter([ROW], { ...OPTIONS, width, unitText: 'ngày' });
      const row = layout.rows[0]!;
      const perUnit = (row.beforeX - layout.zeroX) / 15;
      expect(row.afterX - layout.zeroX).to.be.closeTo(4 * perUnit, 1e-6);
      expect(row.line.x2).to.be.lessThan(row.line.x1); // leftwards: a decrease
      expect(row.arrow).to.match(/^M/);
      expect(byRole(layout.texts, 'headline').join(' ')).to.equal('giảm 11 ngày (-73 %)');
      expect(byRole(layout.texts, 'value')).to.deep.equal(['15', '4']);
      expectClean(layout);
    }
  });
});

describe('helpers', () => {
  it('dodge() moves overlapping boxes apart, keeps order, and stays within bounds', () => {
    const tops = dodge(
      [
        { centre: 50, height: 20 },
        { centre: 52, height: 20 },
        { centre: 49, height: 20 },
      ],
      0,
      200,
      2,
    );
    const boxes: Rect[] = tops.map((t) => ({ x: 0, y: t, width: 10, height: 20 }));
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) expect(rectsOverlap(boxes[i]!, boxes[j]!)).to.equal(false);
    expect(tops[2]).to.be.lessThan(tops[0]!);
    expect(tops[0]).to.be.lessThan(tops[1]!);
    const clamped = dodge(
      [
        { centre: 195, height: 20 },
        { centre: 199, height: 20 },
      ],
      0,
      200,
      2,
    );
    expect(clamped[1]! + 20).to.be.at.most(200);
  });

  it('markPlaces() indexes the marks of every form by key', () => {
    const layout = layoutColumns(EIGHT_YEARS, { ...OPTIONS, width: 640 });
    expect([...markPlaces(layout).keys()]).to.deep.equal(EIGHT_YEARS[0]!.points.map((p) => p.key));
  });
});
