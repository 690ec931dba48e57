// Pure tests of the layout of <ict-province-compare>: no element is built.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HIGHLIGHT_MARKER, type TextMark } from '../../src/chart/geometry/bars.js';
import { rectsOverlap, type Rect } from '../../src/chart/geometry/rect.js';
import { provincesOf, regionName } from '../../src/core/provinces/provinces.js';
import {
  layoutCompare,
  type CompareLayout,
  type CompareLayoutOptions,
  type CompareRowInput,
  type CompareSectionInput,
  type ReferenceInput,
} from '../../src/elements/province-compare/province-compare.geometry.js';

const format = (v: number): string => String(Math.round(v * 10) / 10);

function rows63(missingEvery = 9): CompareRowInput[] {
  return provincesOf('2008-2025').map((p, i) => {
    const value = i % missingEvery === 4 ? null : 60 + ((i * 37) % 75);
    return {
      key: p.code,
      label: p.name.vi,
      value,
      valueText: value === null ? 'không có số liệu' : format(value),
      highlighted: p.code === '83',
    };
  });
}

function references(values: readonly number[]): ReferenceInput[] {
  const [national, mean, median] = values;
  const out: ReferenceInput[] = [];
  if (national !== undefined)
    out.push({ kind: 'national', value: national, text: `Cả nước: ${format(national)}` });
  if (mean !== undefined)
    out.push({ kind: 'mean', value: mean, text: `Trung bình các tỉnh (không gia quyền): ${format(mean)}` });
  if (median !== undefined) out.push({ kind: 'median', value: median, text: `Trung vị: ${format(median)}` });
  return out;
}

function grouped(rows: readonly CompareRowInput[]): CompareSectionInput[] {
  const regionOf = new Map(provincesOf('2008-2025').map((p) => [p.code, p.region]));
  return (['nmm', 'rrd', 'ncc', 'ch', 'se', 'mrd'] as const).map((region) => ({
    key: region,
    heading: regionName(region, 'vi'),
    rows: rows.filter((r) => regionOf.get(r.key) === region),
  }));
}

/** Every text of the layout with a name, for overlap messages. */
function allTexts(layout: CompareLayout): TextMark[] {
  return [
    ...layout.sections.flatMap((s) => s.heading),
    ...layout.rows.flatMap((r) => [...r.label, r.valueLabel]),
    ...layout.references.flatMap((r) => r.label),
    ...layout.ticks.map((t) => ({ text: t.text, box: t.box }) as TextMark),
  ];
}

/** Asserts that no two texts overlap, that every text is inside the chart and at least 12 px. */
function expectReadable(layout: CompareLayout): void {
  const texts = allTexts(layout);
  for (const t of texts) {
    expect(t.box.x, `"${t.text}" left`).to.be.at.least(-0.5);
    expect(t.box.x + t.box.width, `"${t.text}" right`).to.be.at.most(layout.width + 0.5);
    expect(t.box.y, `"${t.text}" top`).to.be.at.least(-0.5);
    expect(t.box.y + t.box.height, `"${t.text}" bottom`).to.be.at.most(layout.height + 0.5);
    if (t.font) expect(t.font.size).to.be.at.least(12);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      expect(
        rectsOverlap(texts[i]!.box, texts[j]!.box),
        `"${texts[i]!.text}" / "${texts[j]!.text}"`,
      ).to.equal(false);
    }
  }
  // A reference label never covers another reference's line below that line's top.
  for (const a of layout.references) {
    for (const b of layout.references) {
      if (a === b) continue;
      const crosses = b.box.x - 1 <= a.x && a.x <= b.box.x + b.box.width + 1 && b.box.y + b.box.height > a.y1;
      expect(crosses, `label of ${b.kind} crosses the ${a.kind} line`).to.equal(false);
    }
  }
  // Marks stay inside and are never on top of one another.
  const marks: Rect[] = layout.rows.map((r) => r.placeholder ?? r.bar);
  for (const m of marks) {
    expect(m.x).to.be.at.least(-0.5);
    expect(m.x + m.width).to.be.at.most(layout.width + 0.5);
  }
  for (let i = 1; i < layout.rows.length; i++) {
    expect(layout.rows[i]!.hit.y).to.be.at.least(
      layout.rows[i - 1]!.hit.y + layout.rows[i - 1]!.hit.height - 0.01,
    );
    expect(layout.rows[i]!.hit.height).to.be.at.least(24);
  }
}

const base = (width: number, extra: Partial<CompareLayoutOptions> = {}): CompareLayoutOptions => ({
  width,
  fontSize: 14,
  form: 'bars',
  formatTick: format,
  ...extra,
});

describe('province-compare layout', function () {
  this.timeout(20000);
  for (const width of [320, 640]) {
    for (const form of ['bars', 'dots'] as const) {
      it(`layoutCompare() of 63 provinces in region sections, ${form}, ${width} px: no overlaps, nothing outside, text ≥ 12 px`, () => {
        const layout = layoutCompare(
          grouped(rows63()),
          base(width, { form, references: references([101, 96.4, 95]) }),
        );
        expect(layout.narrow).to.equal(width < 480);
        expect(layout.rows.length).to.equal(63);
        expect(layout.sections.length).to.equal(6);
        expect(layout.references.map((r) => r.kind)).to.deep.equal(['national', 'mean', 'median']);
        expectReadable(layout);
        // No printed value is cut by a reference line.
        for (const row of layout.rows.filter((r) => !r.missing)) {
          const box = row.valueLabel.box;
          for (const ref of layout.references)
            expect(ref.x >= box.x - 1 && ref.x <= box.x + box.width + 1, `${row.key} / ${ref.kind}`).to.equal(
              false,
            );
        }
      });
    }
  }

  it('narrow (320 px): every name sits above its mark; wide (640 px): left of it', () => {
    const narrow = layoutCompare([{ key: 'all', rows: rows63() }], base(320));
    for (const r of narrow.rows) {
      const label = r.label[r.label.length - 1]!.box;
      const mark = r.placeholder ?? r.bar;
      expect(label.y + label.height, r.key).to.be.at.most(mark.y + 0.01);
    }
    const wide = layoutCompare([{ key: 'all', rows: rows63() }], base(640));
    for (const r of wide.rows) {
      const label = r.label[0]!.box;
      expect(label.x + label.width, r.key).to.be.at.most((r.placeholder ?? r.bar).x);
    }
  });

  it('bars start at zero and their lengths are proportional to the values', () => {
    const rows = rows63();
    const layout = layoutCompare([{ key: 'all', rows }], base(640));
    const valued = layout.rows.filter((r) => r.value !== null);
    const perUnit = valued[0]!.bar.width / valued[0]!.value!;
    for (const r of valued) {
      expect(r.bar.x).to.be.closeTo(layout.zeroX, 1e-9);
      expect(r.bar.width, r.key).to.be.closeTo(r.value! * perUnit, 1e-6);
    }
    expect(layout.scale.domain()[0]).to.equal(0);
  });

  it('a missing value is a labelled placeholder box, never a bar or a dot', () => {
    for (const form of ['bars', 'dots'] as const) {
      const layout = layoutCompare([{ key: 'all', rows: rows63() }], base(640, { form }));
      const missing = layout.rows.filter((r) => r.value === null);
      expect(missing.length).to.be.greaterThan(0);
      for (const r of missing) {
        expect(r.missing).to.equal(true);
        expect(r.bar.width).to.equal(0);
        expect(r.dot).to.equal(undefined);
        expect(r.placeholder!.width).to.be.greaterThan(r.valueLabel.box.width);
        expect(r.valueLabel.text).to.equal('không có số liệu');
        // The phrase sits inside its box.
        expect(r.valueLabel.box.x).to.be.at.least(r.placeholder!.x);
        expect(r.valueLabel.box.x + r.valueLabel.box.width).to.be.at.most(
          r.placeholder!.x + r.placeholder!.width,
        );
      }
    }
  });

  it('dots: the axis need not start at zero, and each dot sits at its value', () => {
    const layout = layoutCompare([{ key: 'all', rows: rows63() }], base(640, { form: 'dots' }));
    const [lo] = layout.scale.domain() as [number, number];
    expect(lo).to.be.greaterThan(0);
    for (const r of layout.rows.filter((m) => m.value !== null)) {
      expect(r.dot!.cx).to.be.closeTo(layout.scale(r.value!), 1e-9);
      expect(r.valueLabel.box.x).to.be.greaterThan(r.dot!.cx + r.dot!.r);
    }
  });

  it('the highlighted label carries "◆" and is bold', () => {
    const layout = layoutCompare([{ key: 'all', rows: rows63() }], base(640));
    const hl = layout.rows.filter((r) => r.highlighted);
    expect(hl.length).to.equal(1);
    expect(hl[0]!.label[0]!.text.startsWith(`${HIGHLIGHT_MARKER} `)).to.equal(true);
    expect(hl[0]!.label[0]!.font.bold).to.equal(true);
  });

  it('reference lines sit at their values and run from their label to the axis; labels near the right edge end left of their line', () => {
    const rows = rows63();
    const layout = layoutCompare(
      [{ key: 'all', rows }],
      base(640, { references: references([130, 96.4, 95]) }),
    );
    for (const r of layout.references) {
      expect(r.x).to.be.closeTo(layout.scale(r.value), 1e-9);
      expect(r.y1).to.equal(r.box.y);
      expect(r.y2).to.equal(layout.axis.y);
      expect(r.y1).to.be.below(layout.rows[0]!.hit.y);
    }
    const national = layout.references.find((r) => r.kind === 'national')!;
    expect(national.box.x + national.box.width).to.be.at.most(national.x);
    expectReadable(layout);
  });

  it('a national value above every province stretches the axis so its line is inside the plot', () => {
    const layout = layoutCompare(
      [{ key: 'all', rows: rows63() }],
      base(640, { references: references([400]) }),
    );
    const national = layout.references[0]!;
    expect(national.x).to.be.at.most(layout.axis.x2 + 0.01);
    expect(layout.scale.domain()[1]).to.be.at.least(400);
  });

  it('property: any values, names and reference values at 280–900 px give a readable layout', () => {
    const names = provincesOf('2008-2025').map((p) => p.name.vi);
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 900 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 3 }),
        fc.constantFrom('bars' as const, 'dots' as const),
        fc.boolean(),
        (width, values, refs, form, sections) => {
          const rows = values.map((value, i) => ({
            key: `k${i}`,
            label: names[i % names.length]!,
            value,
            valueText: value === null ? 'không có số liệu' : value.toLocaleString('vi-VN'),
            highlighted: i === 0,
          }));
          const input: CompareSectionInput[] = sections
            ? [
                {
                  key: 'a',
                  heading: 'Đồng bằng sông Cửu Long',
                  rows: rows.slice(0, Math.ceil(rows.length / 2)),
                },
                {
                  key: 'b',
                  heading: 'Trung du và miền núi phía Bắc',
                  rows: rows.slice(Math.ceil(rows.length / 2)),
                },
              ]
            : [{ key: 'all', rows }];
          const layout = layoutCompare(input, {
            width,
            fontSize: 14,
            form,
            formatTick: (v) => v.toLocaleString('vi-VN'),
            references: references(refs),
          });
          expectReadable(layout);
        },
      ),
      { numRuns: 60, seed: 20251124 },
    );
  });

  it('property: reference lines a few pixels apart (mean ≈ median ≈ national) still get separate, readable labels', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 900 }),
        fc.integer({ min: 0, max: 200 }),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('bars' as const, 'dots' as const),
        (width, centre, deltas, form) => {
          const rows = rows63(7).slice(0, 20);
          const layout = layoutCompare([{ key: 'all', rows }], {
            width,
            fontSize: 14,
            form,
            formatTick: format,
            references: references(deltas.map((d) => Math.max(0, centre + d))),
          });
          expect(layout.references.length).to.equal(deltas.length);
          expectReadable(layout);
        },
      ),
      { numRuns: 60, seed: 20251125 },
    );
  });
});
