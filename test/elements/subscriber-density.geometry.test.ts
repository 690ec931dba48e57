// Pure layout tests of <ict-subscriber-density>: no element, no DOM; text widths from the estimate.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HIGHLIGHT_MARKER } from '../../src/chart/geometry/bars.js';
import { rectsOverlap, type Rect } from '../../src/chart/geometry/rect.js';
import {
  MARKER_SHAPES,
  layoutDensityBars,
  layoutDensityColumns,
  layoutDensityLines,
  layoutTexts,
  markerPath,
  type DensityGroupInput,
  type DensityLayout,
  type DensityLayoutOptions,
  type DensityLineInput,
  type DensityMarkInput,
  type PeriodInput,
} from '../../src/elements/subscriber-density/subscriber-density.geometry.js';

const options = (width: number, extra: Partial<DensityLayoutOptions> = {}): DensityLayoutOptions => ({
  width,
  fontSize: 14,
  formatTick: (v) => String(v),
  unit: 'thuê bao/100 dân',
  ...extra,
});

const mark = (
  key: string,
  value: number | null,
  extra: Partial<DensityMarkInput> = {},
): DensityMarkInput => ({
  key,
  kind: 'actual',
  role: 'main',
  colour: 1,
  value,
  valueText: value === null ? 'không có số liệu' : String(value).replace('.', ','),
  label: key,
  notes: [],
  ...extra,
});

/** The Hà Tĩnh 2020 seed: 94 telephone, 11,7 fixed broadband per 100 inhabitants. */
const HA_TINH_2020: DensityGroupInput[] = [
  {
    key: 'telephone',
    label: 'Điện thoại',
    header: false,
    marks: [mark('t', 94, { label: 'Điện thoại', notes: ['+1,1 % so với 2019'] })],
  },
  {
    key: 'fixed-broadband',
    label: 'Băng rộng cố định',
    header: false,
    marks: [mark('f', 11.7, { label: 'Băng rộng cố định', colour: 4, notes: ['+15,9 % so với 2019'] })],
  },
];

/** Asserts that no two texts of `layout` overlap and that every text is inside [0, width] × [0, height]. */
function expectClean(layout: DensityLayout, what = ''): void {
  const texts = layoutTexts(layout);
  for (const t of texts) {
    expect(t.box.x, `${what} "${t.text}" left`).to.be.at.least(-0.5);
    expect(t.box.x + t.box.width, `${what} "${t.text}" right`).to.be.at.most(layout.width + 0.5);
    expect(t.box.y, `${what} "${t.text}" top`).to.be.at.least(-0.5);
    expect(t.box.y + t.box.height, `${what} "${t.text}" bottom`).to.be.at.most(layout.height + 0.5);
    expect(t.font.size, `${what} "${t.text}" size`).to.be.at.least(12);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      expect(
        rectsOverlap(texts[i]!.box, texts[j]!.box),
        `${what} "${texts[i]!.text}" / "${texts[j]!.text}"`,
      ).to.equal(false);
    }
  }
}

const targets = (layout: DensityLayout): Rect[] =>
  layout.form === 'lines'
    ? layout.lines.flatMap((l) => l.points.map((p) => p.hit))
    : layout.marks.map((m) => m.hit);

describe('subscriber-density geometry', () => {
  describe('layoutDensityBars()', () => {
    it('layoutDensityBars() draws bars from zero with lengths proportional to the values (Hà Tĩnh 2020: 94 and 11,7)', () => {
      const layout = layoutDensityBars(HA_TINH_2020, options(640));
      const [phone, broadband] = layout.marks;
      expect(phone!.bar.x).to.equal(broadband!.bar.x);
      expect(broadband!.bar.width / phone!.bar.width).to.be.closeTo(11.7 / 94, 1e-9);
      expect(phone!.texts.filter((t) => t.role === 'value').map((t) => t.text)).to.deep.equal(['94']);
      expect(broadband!.texts.find((t) => t.role === 'value')!.text).to.equal('11,7');
      // The value sits just after the bar end; the label and its note left of the bars.
      const value = phone!.texts.find((t) => t.role === 'value')!;
      expect(value.box.x).to.be.closeTo(phone!.bar.x + phone!.bar.width + 4, 1e-9);
      expect(phone!.texts.map((t) => t.text)).to.deep.equal(['Điện thoại', '+1,1 % so với 2019', '94']);
      expect(layout.narrow).to.equal(false);
      expectClean(layout);
    });

    it('layoutDensityBars() at 320 px puts labels and notes above the bars, inside the width', () => {
      const layout = layoutDensityBars(HA_TINH_2020, options(320));
      expect(layout.narrow).to.equal(true);
      for (const m of layout.marks) {
        for (const t of m.texts.filter((x) => x.role === 'label' || x.role === 'note')) {
          expect(t.box.y + t.box.height, t.text).to.be.at.most(m.bar.y + 0.5);
        }
      }
      expectClean(layout, '320');
    });

    it('layoutDensityBars() draws a missing value as a labelled placeholder, never as a zero bar', () => {
      const layout = layoutDensityBars(
        [{ key: 'g', label: 'Điện thoại', header: true, marks: [mark('2019', 90), mark('2020', null)] }],
        options(640),
      );
      const missing = layout.marks[1]!;
      expect(missing.missing).to.equal(true);
      expect(missing.placeholder!.width).to.be.greaterThan(20);
      expect(missing.texts.find((t) => t.role === 'missing')!.text).to.equal('không có số liệu');
      expect(layout.marks[0]!.missing).to.equal(false);
      expectClean(layout);
    });

    it('layoutDensityBars() puts the plan tick at the target on the same scale, and the value after it', () => {
      const layout = layoutDensityBars(
        [{ key: 'g', label: 'Băng rộng cố định', header: false, marks: [mark('f', 11.7, { target: 15 })] }],
        options(640),
      );
      const m = layout.marks[0]!;
      const perUnit = m.bar.width / 11.7;
      expect(m.targetTick!.x1 - m.bar.x).to.be.closeTo(15 * perUnit, 1e-9);
      expect(m.targetTick!.y1).to.be.below(m.bar.y);
      expect(m.targetTick!.y2).to.be.above(m.bar.y + m.bar.height);
      expect(m.texts.find((t) => t.role === 'value')!.box.x).to.be.greaterThan(m.targetTick!.x1);
    });

    it('layoutDensityBars() draws the reference line at its value across every row, labelled in a band above', () => {
      const layout = layoutDensityBars(
        HA_TINH_2020,
        options(640, { reference: { value: 100, label: 'Mục tiêu: 100' } }),
      );
      const phone = layout.marks[0]!;
      const x100 = phone.bar.x + (phone.bar.width * 100) / 94;
      expect(layout.reference!.line.x1).to.be.closeTo(x100, 1e-9);
      expect(layout.reference!.line.y1).to.be.at.most(phone.hit.y);
      expect(layout.reference!.line.y2).to.be.at.least(layout.marks[1]!.hit.y + layout.marks[1]!.hit.height);
      expect(layout.reference!.label.map((t) => t.text)).to.deep.equal(['Mục tiêu: 100']);
      expect(layout.reference!.label[0]!.box.y + layout.reference!.label[0]!.box.height).to.be.at.most(
        phone.hit.y + 0.5,
      );
      expectClean(layout);
    });

    it('layoutDensityBars() marks a highlighted row with "◆" and bold text', () => {
      const layout = layoutDensityBars(
        [
          {
            key: 'g',
            label: 'Điện thoại',
            header: true,
            marks: [mark('Hà Tĩnh', 94, { highlighted: true }), mark('Bến Tre', 114, { role: 'compare' })],
          },
        ],
        options(640),
      );
      const label = layout.marks[0]!.texts[0]!;
      expect(label.text).to.equal(`${HIGHLIGHT_MARKER} Hà Tĩnh`);
      expect(label.font.bold).to.equal(true);
      expect(layout.marks[0]!.highlighted).to.equal(true);
      expect(layout.marks[1]!.texts[0]!.font.bold).to.equal(false);
    });
  });

  describe('layoutDensityColumns()', () => {
    const twoYears: DensityGroupInput[] = [
      {
        key: 't',
        label: 'Điện thoại',
        header: true,
        marks: [mark('2019', 93, { label: '2019' }), mark('2020', 94, { label: '2020', notes: ['+1,1 %'] })],
      },
      {
        key: 'f',
        label: 'Băng rộng cố định',
        header: true,
        marks: [
          mark('f19', 10.1, { label: '2019' }),
          mark('f20', 11.7, { label: '2020', notes: ['+15,9 %'] }),
        ],
      },
    ];

    it('layoutDensityColumns() draws columns from the baseline with heights proportional to the values', () => {
      const layout = layoutDensityColumns(twoYears, options(640))!;
      expect(layout.form).to.equal('columns');
      const [a, b, c, d] = layout.marks;
      const base = a!.bar.y + a!.bar.height;
      for (const m of layout.marks) expect(m.bar.y + m.bar.height).to.be.closeTo(base, 1e-9);
      expect(b!.bar.height / a!.bar.height).to.be.closeTo(94 / 93, 1e-9);
      expect(d!.bar.height / c!.bar.height).to.be.closeTo(11.7 / 10.1, 1e-9);
      expect(layout.texts.filter((t) => t.role === 'type').map((t) => t.text)).to.deep.equal([
        'Điện thoại',
        'Băng rộng cố định',
      ]);
      for (const hit of targets(layout)) {
        expect(hit.width).to.be.at.least(24);
        expect(hit.height).to.be.at.least(24);
      }
      expectClean(layout);
    });

    it('layoutDensityColumns() gives up (undefined) when the columns do not fit, so bars are drawn instead', () => {
      const many: DensityGroupInput[] = Array.from({ length: 5 }, (_, g) => ({
        key: `g${g}`,
        label: `Loại ${g}`,
        header: true,
        marks: [2018, 2019, 2020].map((y) =>
          mark(`${g}-${y}`, 100 + y - 2018, { label: String(y), notes: ['+12,5 (+11,1 %)'] }),
        ),
      }));
      expect(layoutDensityColumns(many, options(320))).to.equal(undefined);
      expect(layoutDensityBars(many, options(320)).narrow).to.equal(true);
      // Four columns still fit a phone, with every label inside its slot.
      const small = layoutDensityColumns(twoYears, options(320))!;
      expect(small.form).to.equal('columns');
      expectClean(small, '320');
    });
  });

  describe('layoutDensityLines()', () => {
    const periods: PeriodInput[] = [2016, 2017, 2018, 2019, 2020].map((y) => ({
      order: y * 12,
      text: String(y),
    }));
    const line = (
      key: string,
      values: (number | null)[],
      extra: Partial<DensityLineInput> = {},
    ): DensityLineInput => ({
      key,
      colour: 1,
      shape: 0,
      role: 'main',
      label: [key, String(values[values.length - 1])],
      points: values.map((v, i) => ({
        key: `${key}-${i}`,
        order: (2016 + i) * 12,
        value: v,
        kind: 'actual' as const,
      })),
      ...extra,
    });

    it('layoutDensityLines() places points by period and value, and breaks the line at a missing value', () => {
      const layout = layoutDensityLines(
        [line('Băng rộng cố định', [6, 7.5, null, 10.1, 11.7])],
        periods,
        options(640),
      );
      const pts = layout.lines[0]!.points;
      const dx = pts[1]!.x - pts[0]!.x;
      for (let i = 1; i < pts.length; i++) expect(pts[i]!.x - pts[i - 1]!.x).to.be.closeTo(dx, 1e-9);
      const zeroY = pts[2]!.y; // the missing point sits on the baseline, drawn as a hollow marker
      expect(pts[2]!.missing).to.equal(true);
      expect((zeroY - pts[4]!.y) / (zeroY - pts[0]!.y)).to.be.closeTo(11.7 / 6, 1e-9);
      expect(layout.lines[0]!.path.match(/M/g)!.length).to.equal(2); // two segments: 2016–2017 and 2019–2020
      expectClean(layout);
    });

    it('layoutDensityLines() keeps end labels apart when the last values are equal, and grows the plot when needed', () => {
      const same = Array.from({ length: 6 }, (_, i) =>
        line(`Loại thuê bao số ${i + 1}`, [50, 60, 70, 80, 90], {
          shape: i,
          label: [`Loại thuê bao số ${i + 1}`, '90 (+10 (+12,5 %))'],
        }),
      );
      for (const width of [320, 640]) {
        const layout = layoutDensityLines(same, periods, options(width, { plotHeight: 120 }));
        const blocks = layout.lines.map((l) => l.label);
        expect(blocks.every((b) => b.length >= 2)).to.equal(true);
        expectClean(layout, `${width}`);
        // Moved labels are tied to their point by a leader line.
        expect(layout.lines.filter((l) => l.leader !== undefined).length).to.be.at.least(4);
      }
    });

    it('markerPath() gives every type its own marker shape', () => {
      const paths = MARKER_SHAPES.map((_, i) => markerPath(i));
      expect(new Set(paths).size).to.equal(MARKER_SHAPES.length);
      for (const p of paths) expect(p).to.match(/^M/);
    });

    it('layoutDensityLines() draws plans as ticks at the target and keeps pointer targets ≥ 24 px', () => {
      const layout = layoutDensityLines(
        [
          line('Điện thoại', [80, 85, 88, 93, 94]),
          {
            ...line('Kế hoạch', [null, null, null, null, 100]),
            points: [{ key: 'plan', order: 2020 * 12, value: 100, kind: 'target-only' }],
          },
        ],
        periods,
        options(640),
      );
      const plan = layout.lines[1]!.points[0]!;
      expect(plan.targetTick!.y1).to.be.closeTo(plan.y, 1e-9);
      const phone = layout.lines[0]!.points;
      expect(plan.y).to.be.below(phone[4]!.y); // 100 is above 94
      for (const hit of targets(layout)) expect(Math.min(hit.width, hit.height)).to.be.at.least(24);
    });
  });

  describe('no overlap, nothing outside (property)', () => {
    const label = fc.constantFrom(
      'Điện thoại',
      'Di động',
      'Băng rộng cố định',
      'Băng rộng di động',
      'Điện thoại cố định',
      'Internet',
    );
    const value = fc.oneof(
      fc.constant(null),
      fc.double({ min: 0, max: 250, noNaN: true }).map((v) => Math.round(v * 10) / 10),
    );
    const note = fc.constantFrom(
      '+1,1 % so với 2019',
      '1.447.307 thuê bao',
      'Kế hoạch: 100',
      '+14 (+17,5 %) so với 2019',
    );
    const markArb = fc.record({
      value,
      notes: fc.array(note, { maxLength: 3 }),
      role: fc.constantFrom('main', 'compare', 'national'),
      highlighted: fc.boolean(),
      target: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      label: fc.constantFrom('Hà Tĩnh', 'Bến Tre', 'Cả nước', '2020, Thành phố Hồ Chí Minh', '2016'),
    });
    const groupsArb = fc.array(
      fc.record({ label, header: fc.boolean(), marks: fc.array(markArb, { minLength: 1, maxLength: 4 }) }),
      { minLength: 1, maxLength: 5 },
    );
    type RawGroups = typeof groupsArb extends fc.Arbitrary<infer T> ? T : never;
    const toGroups = (raw: RawGroups): DensityGroupInput[] =>
      raw.map((g, gi) => ({
        key: `g${gi}`,
        label: g.label,
        header: g.header,
        marks: g.marks.map((m, mi) =>
          mark(`g${gi}-${mi}`, m.value, {
            notes: m.notes,
            role: m.role as DensityMarkInput['role'],
            highlighted: m.highlighted,
            label: m.label,
            ...(m.target !== undefined && m.value !== null ? { target: m.target } : {}),
          }),
        ),
      }));

    it('layoutDensityBars() and layoutDensityColumns(): texts never overlap and stay inside, at 320 and 640 px', () => {
      fc.assert(
        fc.property(
          groupsArb,
          fc.constantFrom(280, 320, 480, 640),
          fc.boolean(),
          (raw, width, withReference) => {
            const groups = toGroups(raw);
            const opts = options(
              width,
              withReference ? { reference: { value: 100, label: 'Mục tiêu quốc gia: 100' } } : {},
            );
            expectClean(layoutDensityBars(groups, opts), `bars ${width}`);
            const columns = layoutDensityColumns(groups, opts);
            if (columns !== undefined) expectClean(columns, `columns ${width}`);
            for (const hit of targets(layoutDensityBars(groups, opts))) expect(hit.height).to.be.at.least(24);
          },
        ),
        { numRuns: 120 },
      );
    });

    it('layoutDensityLines(): texts never overlap and stay inside, at 320 and 640 px', () => {
      const series = fc.array(
        fc.record({
          values: fc.array(value, { minLength: 5, maxLength: 5 }),
          name: label,
          highlighted: fc.boolean(),
        }),
        { minLength: 1, maxLength: 7 },
      );
      const periods: PeriodInput[] = [2016, 2017, 2018, 2019, 2020].map((y) => ({
        order: y * 12,
        text: String(y),
      }));
      fc.assert(
        fc.property(series, fc.constantFrom(280, 320, 640), (raw, width) => {
          const lines: DensityLineInput[] = raw.map((s, i) => ({
            key: `s${i}`,
            colour: (i % 8) + 1,
            shape: i,
            role: 'main',
            highlighted: s.highlighted,
            label: [s.name, '94 (+1,1 %)'],
            points: s.values.map((v, k) => ({
              key: `s${i}-${k}`,
              order: (2016 + k) * 12,
              value: v,
              kind: 'actual' as const,
            })),
          }));
          const missing = raw.some((s) => s.values.includes(null))
            ? 'Không có số liệu: Điện thoại, 2018; Băng rộng cố định, 2019.'
            : '';
          expectClean(
            layoutDensityLines(lines, periods, { ...options(width), missingNote: missing }),
            `lines ${width}`,
          );
        }),
        { numRuns: 120 },
      );
    });
  });
});
