// Pure tests of <ict-egov-level>: level inference, selection, plan and layout (no element, no DOM).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { rectsOverlap, type Rect } from '../../src/chart/geometry/rect.js';
import { estimateTextWidth } from '../../src/chart/geometry/text.js';
import { validateDocument } from '../../src/core/indicator/validate.js';
import type { IndicatorDataset, IndicatorDocument } from '../../src/core/indicator/types.js';
import {
  fitsEgov,
  knownTotal,
  levelFromId,
  planEgov,
  selectEgov,
  seriesOf,
  type EgovPlan,
  type EgovRecord,
} from '../../src/elements/egov-level/egov-level.data.js';
import {
  EXAMPLE_LEVELS,
  EXAMPLE_MANY,
  EXAMPLE_MIXED,
  EXAMPLE_MISSING,
  EXAMPLE_PER_UNIT,
  EXAMPLE_PROCESS,
  EXAMPLE_SHARES,
} from '../../src/elements/egov-level/egov-level.examples.js';
import {
  MIN_FONT_SIZE,
  MIN_TARGET,
  layoutEgov,
  layoutTexts,
  type EgovLayout,
  type PanelInput,
} from '../../src/elements/egov-level/egov-level.geometry.js';
import { loadDemo } from '../helpers/fixtures.js';

function dataset(doc: unknown): IndicatorDataset {
  const result = validateDocument(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function records(doc: unknown, indicator?: string): EgovRecord[] {
  const selection = selectEgov(dataset(doc), indicator);
  if (!selection.ok) throw new Error(`selection failed: ${selection.reason}`);
  return selection.records;
}

/** Panels of a plan as plain inputs (numbers as labels), for layout tests without the element's words. */
function inputsOf(plan: EgovPlan): PanelInput[] {
  return plan.panels.map((p) => ({
    key: p.key,
    title: `${p.place.code}, ${p.period.year}`,
    subtitle: p.perUnit ? 'Per unit' : undefined,
    notes: p.perUnit ? ['Figures for one commune, never added to the totals of the other tiers.'] : [],
    rows: p.rows.map((r) => ({
      key: r.key,
      label: r.tier ?? 'Tier not stated',
      totalText: `Total: ${r.total}`,
      segments: r.segments.map((s) => ({
        key: s.key,
        series: seriesOf(s.record.level),
        value: s.value,
        label: `Level ${s.record.level ?? '-'}: ${s.value === null ? 'no data' : Math.round(s.value)}`,
      })),
    })),
  }));
}

function layoutOf(plan: EgovPlan, width: number): EgovLayout {
  return layoutEgov(
    inputsOf(plan),
    [
      { series: 1, text: 'Level 1' },
      { series: 3, text: 'Level 3' },
    ],
    {
      width,
      fontSize: 14,
      mode: plan.layout,
      share: plan.view === 'share',
      max: plan.max,
      formatTick: (v) => String(v),
      axisCaption: plan.view === 'share' ? 'share (%)' : 'services',
      notes: [
        'Levels 1–4 and full process/partial are two different classifications: drawn apart, never added up.',
      ],
    },
  );
}

/** No two texts overlap, every text stays inside the chart, no text is under 12 px. */
function expectClean(layout: EgovLayout): void {
  const all = layoutTexts(layout);
  for (const t of all) {
    expect(t.box.x, `${t.text} left`).to.be.at.least(-0.5);
    expect(t.box.x + t.box.width, `${t.text} right`).to.be.at.most(layout.width + 0.5);
    expect(t.box.y, `${t.text} top`).to.be.at.least(0);
    expect(t.box.y + t.box.height, `${t.text} bottom`).to.be.at.most(layout.height);
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      expect(rectsOverlap(all[i]!.box, all[j]!.box), `"${all[i]!.text}" / "${all[j]!.text}"`).to.equal(false);
    }
  }
  for (const s of layout.segments) {
    expect(s.label.font.size).to.be.at.least(MIN_FONT_SIZE);
    expect(s.hit.width, `${s.key} target width`).to.be.at.least(MIN_TARGET);
    expect(s.hit.height, `${s.key} target height`).to.be.at.least(MIN_TARGET);
    expect(s.hit.x + s.hit.width).to.be.at.most(layout.width + 0.5);
  }
}

const seedFile = (name: string): Promise<unknown> => loadDemo(name);

describe('egov-level data', () => {
  it('levelFromId() reads the level of the seed ids, and none from a combined or absent level', () => {
    expect(levelFromId('online_public_services_level3_count')).to.equal('3');
    expect(levelFromId('online_public_services_level4_share')).to.equal('4');
    expect(levelFromId('online_services_full_process_count')).to.equal('full-process');
    expect(levelFromId('online_services_partial_share')).to.equal('partial');
    expect(levelFromId('online_dossiers_level3_4_share_increase')).to.equal(undefined);
    expect(levelFromId('online_services_integrated_national_portal_share')).to.equal(undefined);
    expect(levelFromId('e_documents_share')).to.equal(undefined);
  });

  it('fitsEgov() takes counts and shares of online services, not dossiers, provinces or other units', async () => {
    const ds = dataset(await seedFile('all-seed-facts'));
    const fitting = ds.indicators.filter((i) => fitsEgov(i, ds.observations)).map((i) => i.id);
    expect(fitting).to.have.members([
      'online_public_services_level3_count',
      'online_public_services_level4_share',
      'online_services_integrated_national_portal_share',
    ]);
  });

  it('selectEgov() on Hà Tĩnh 2020 gives the three level-3 counts with tiers and the per-commune flag', async () => {
    const rs = records(await seedFile('ha-tinh-2020'));
    expect(rs.map((r) => [r.obs.value, r.level, r.levelFromId, r.tier, r.perUnit, r.measure])).to.deep.equal([
      [788, '3', true, 'province', false, 'count'],
      [1068, '3', true, 'district', false, 'count'],
      [41, '3', true, 'commune', true, 'count'],
    ]);
  });

  it('selectEgov() names the unknown or unfitting indicator, and says when nothing fits', async () => {
    const ds = dataset(await seedFile('ha-tinh-2020'));
    expect(selectEgov(ds, 'nope')).to.deep.equal({ ok: false, reason: 'unknown-indicator', id: 'nope' });
    expect(selectEgov(ds, 'e_documents_share')).to.deep.equal({
      ok: false,
      reason: 'not-fitting',
      id: 'e_documents_share',
    });
    expect(selectEgov(dataset(await seedFile('binh-thuan-2014')), undefined)).to.deep.equal({
      ok: false,
      reason: 'none-fitting',
    });
  });

  it('planEgov() keeps the per-commune figure in a panel of its own and never sums it with totals', async () => {
    const plan = planEgov(records(await seedFile('ha-tinh-2020')));
    expect(plan.view).to.equal('count');
    expect(plan.layout).to.equal('grouped'); // per-unit figures present
    expect(
      plan.panels.map((p) => [p.perUnit, p.rows.map((r) => [r.tier, r.segments.map((s) => s.value)])]),
    ).to.deep.equal([
      [
        false,
        [
          ['province', [788]],
          ['district', [1068]],
        ],
      ],
      [true, [['commune', [41]]]],
    ]);
    // The axis reaches the largest single value, not 788 + 1068 + 41.
    expect(plan.max).to.equal(1068);
  });

  it('planEgov() stacks levels 1–4 of one tier in order, and the stacked axis reaches the largest tier total', () => {
    const plan = planEgov(records(EXAMPLE_LEVELS));
    expect(plan.layout).to.equal('stacked');
    const province = plan.panels[0]!.rows[0]!;
    expect(province.segments.map((s) => s.record.level)).to.deep.equal(['1', '2', '3', '4']);
    expect(province.total).to.equal(12 + 85 + 310 + 402);
    expect(plan.max).to.equal(809);
  });

  it('planEgov() orders partial before full process, and years as small multiples', () => {
    const plan = planEgov(records(EXAMPLE_PROCESS));
    expect(plan.panels.map((p) => p.period.year)).to.deep.equal([2022, 2023]);
    expect(plan.panels[0]!.rows[0]!.segments.map((s) => s.record.level)).to.deep.equal([
      'partial',
      'full-process',
    ]);
    expect(plan.facets).to.equal(2);
    expect(plan.mixedSchemes).to.equal(false);
  });

  it('planEgov() never puts the two schemes in one panel, and groups the bars when they mix', () => {
    const plan = planEgov(records(EXAMPLE_MIXED));
    expect(plan.mixedSchemes).to.equal(true);
    expect(plan.layout).to.equal('grouped');
    for (const panel of plan.panels) {
      const schemes = new Set(panel.rows.flatMap((r) => r.segments.map((s) => s.record.scheme)));
      expect(schemes.size).to.equal(1);
    }
    expect(plan.panels.map((p) => p.scheme)).to.deep.equal(['levels', 'process']);
  });

  it('planEgov({ view: "share" }) computes shares only where the total is known', () => {
    const plan = planEgov(records(EXAMPLE_LEVELS), { view: 'share' });
    expect(plan.view).to.equal('share');
    const province = plan.panels[0]!.rows[0]!;
    expect(province.computed).to.equal(true);
    const shares = province.segments.map((s) => s.value!);
    expect(shares.reduce((a, b) => a + b, 0)).to.be.closeTo(100, 1e-9);
    expect(shares[3]).to.be.closeTo((402 / 809) * 100, 1e-9);
    expect(province.segments[3]!.computedFrom).to.deep.equal({ count: 402, total: 809 });
    expect(plan.notComputable).to.equal(0);

    // Levels 3 and 4 only (no level 1 or 2 counted) and no denominator: no total, no share.
    const partial = planEgov(records(EXAMPLE_PER_UNIT), { view: 'share' });
    expect(partial.view).to.equal('count');
    expect(partial.fallback).to.equal('no-shares');
  });

  it('knownTotal() uses a common denominator when the data states one', () => {
    const doc: IndicatorDocument = {
      ...EXAMPLE_PER_UNIT,
      observations: EXAMPLE_PER_UNIT.observations
        .filter((o) => o.breakdown?.tier === 'province')
        .map((o) => ({ ...o, denominator: 1200 })),
    };
    const plan = planEgov(records(doc));
    expect(knownTotal(plan.panels[0]!.rows[0]!, 'levels')).to.equal(1200);
    const share = planEgov(records(doc), { view: 'share' });
    expect(share.panels[0]!.rows[0]!.segments.map((s) => s.value)).to.deep.equal([
      (520 / 1200) * 100,
      (380 / 1200) * 100,
    ]);
  });

  it('planEgov() takes the seed shares as given: Bến Tre 2021 and Điện Biên 2022 at 100 %', async () => {
    const bt = planEgov(records(await seedFile('ben-tre-2021')));
    expect(bt.view).to.equal('share');
    expect(bt.segments.map((s) => [s.record.level, s.value])).to.deep.equal([['4', 100]]);
    const db = planEgov(records(await seedFile('dien-bien-2022')));
    expect(db.segments.map((s) => [s.record.indicator.id, s.record.level, s.value])).to.deep.equal([
      ['online_public_services_level4_share', '4', 100],
      ['online_services_integrated_national_portal_share', undefined, 100],
    ]);
    // The integration share is a measure of its own: another panel, never stacked with level 4.
    expect(db.panels.map((p) => p.scheme)).to.deep.equal(['levels', 'none']);
  });

  it('planEgov({ view: "count" }) on shares only falls back to shares and says so', async () => {
    const plan = planEgov(records(await seedFile('dien-bien-2022')), { view: 'count' });
    expect(plan.view).to.equal('share');
    expect(plan.fallback).to.equal('no-counts');
  });

  it('planEgov() on every seed fact: counts in the count view, shares counted as not drawn', async () => {
    const plan = planEgov(records(await seedFile('all-seed-facts')));
    expect(plan.view).to.equal('count');
    expect(plan.segments.map((s) => s.value)).to.deep.equal([80, 788, 1068, 41]);
    expect(plan.notDrawn).to.equal(3);
  });

  it('planEgov() splits given shares of one row that add up to more than 100 %', () => {
    const doc: IndicatorDocument = {
      ...EXAMPLE_SHARES,
      observations: EXAMPLE_SHARES.observations.map((o) => ({ ...o, value: 80 })),
    };
    const plan = planEgov(records(doc));
    expect(plan.splitShares).to.equal(true);
    for (const row of plan.panels.flatMap((p) => p.rows)) expect(row.segments.length).to.equal(1);
  });

  it('planEgov() keeps a missing level as a segment without value', () => {
    const plan = planEgov(records(EXAMPLE_MISSING));
    const province = plan.panels[0]!.rows[0]!;
    expect(province.segments.map((s) => s.value)).to.deep.equal([70, 250, null]);
    expect(province.total).to.equal(320);
  });
});

describe('egov-level geometry', () => {
  it('layoutEgov() draws stacked segments end to end, proportional to the values, from zero', () => {
    const plan = planEgov(records(EXAMPLE_LEVELS));
    const layout = layoutOf(plan, 640);
    const province = layout.segments.slice(0, 4);
    const perUnit = province[0]!.bar.width / 12;
    [12, 85, 310, 402].forEach((v, i) => expect(province[i]!.bar.width).to.be.closeTo(v * perUnit, 1e-6));
    expect(province[0]!.bar.x).to.be.closeTo(layout.zeroX, 1e-9);
    for (let i = 1; i < 4; i++) {
      const prev = province[i - 1]!.bar;
      expect(province[i]!.bar.x).to.be.closeTo(prev.x + prev.width, 1e-9);
    }
    expect(layout.scale(809)).to.be.at.most(layout.axis.x2 + 1e-9);
  });

  it('layoutEgov() in the share view draws 100 % bars on a 0–100 axis with a track', () => {
    const plan = planEgov(records(EXAMPLE_LEVELS), { view: 'share' });
    const layout = layoutOf(plan, 640);
    expect(layout.scale.domain()).to.deep.equal([0, 100]);
    for (const row of layout.rows) {
      expect(row.track).to.not.equal(undefined);
      const segs = layout.segments.filter((s) => s.rowKey === row.key);
      const end = segs[segs.length - 1]!.bar;
      expect(end.x + end.width).to.be.closeTo(row.track!.x + row.track!.width, 1e-6);
    }
  });

  it('layoutEgov() grouped: one bar per level from zero, each with its label at the end', () => {
    const plan = planEgov(records(EXAMPLE_LEVELS), { layout: 'grouped' });
    const layout = layoutOf(plan, 640);
    for (const s of layout.segments) {
      expect(s.bar.x).to.be.closeTo(layout.zeroX, 1e-9);
      expect(s.label.x).to.be.closeTo(s.bar.x + s.bar.width + 4, 1e-9);
    }
    expect(layout.segments[3]!.bar.width).to.be.closeTo(layout.scale(402) - layout.zeroX, 1e-9);
  });

  for (const width of [320, 640]) {
    for (const [name, doc, request] of [
      ['levels 1–4, stacked', EXAMPLE_LEVELS, {}],
      ['levels 1–4, grouped', EXAMPLE_LEVELS, { layout: 'grouped' }],
      ['levels 1–4, 100 %', EXAMPLE_LEVELS, { view: 'share' }],
      ['2022 scheme, two years', EXAMPLE_PROCESS, {}],
      ['mixed schemes', EXAMPLE_MIXED, {}],
      ['per-commune tier', EXAMPLE_PER_UNIT, {}],
      ['missing level', EXAMPLE_MISSING, {}],
      ['missing level, grouped', EXAMPLE_MISSING, { layout: 'grouped' }],
      ['eight provinces', EXAMPLE_MANY, {}],
      ['given shares', EXAMPLE_SHARES, {}],
    ] as const) {
      it(`layoutEgov() at ${width} px, ${name}: no overlapping or clipped text, targets ≥ 24 px`, () => {
        const layout = layoutOf(planEgov(records(doc), request), width);
        expect(layout.narrow).to.equal(width < 480);
        expectClean(layout);
      });
    }
  }

  it('layoutEgov() at 320 px puts each row label above its bars, and the lanes of labels below them', () => {
    for (const layout of [
      layoutOf(planEgov(records(EXAMPLE_LEVELS)), 320),
      layoutOf(planEgov(records(EXAMPLE_LEVELS), { layout: 'grouped' }), 320),
    ]) {
      for (const row of layout.rows) {
        for (const t of row.label) expect(t.box.y + t.box.height).to.be.at.most(row.bars.top + 1e-9);
        for (const s of layout.segments.filter((x) => x.rowKey === row.key)) {
          expect(s.bar.y).to.be.at.least(row.bars.top);
          expect(s.bar.y + s.bar.height).to.be.at.most(row.bars.bottom);
          if (s.swatch !== undefined) expect(s.label.box.y).to.be.at.least(row.bars.bottom); // lane under the bar
        }
      }
    }
  });

  it('layoutEgov() keeps text apart and inside for any values and widths (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100000 }), { nil: null, freq: 6 }), {
          minLength: 4,
          maxLength: 4,
        }),
        fc.integer({ min: 280, max: 1400 }),
        fc.constantFrom<'stacked' | 'grouped'>('stacked', 'grouped'),
        (values, width, layout) => {
          const doc: IndicatorDocument = {
            ...EXAMPLE_LEVELS,
            observations: EXAMPLE_LEVELS.observations
              .slice(0, 4)
              .map((o, i) =>
                values[i] === null
                  ? { ...o, value: null, missing: 'not-available' }
                  : { ...o, value: values[i]! },
              ),
          };
          expectClean(layoutOf(planEgov(records(doc), { layout }), width));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('layoutEgov() measures with the given TextMeasure (a wider font widens the label column)', () => {
    const plan = planEgov(records(EXAMPLE_LEVELS));
    const base = layoutEgov(inputsOf(plan), [], {
      width: 800,
      fontSize: 14,
      mode: 'stacked',
      share: false,
      max: plan.max,
      formatTick: String,
      axisCaption: '',
    });
    const wide = layoutEgov(inputsOf(plan), [], {
      width: 800,
      fontSize: 14,
      mode: 'stacked',
      share: false,
      max: plan.max,
      formatTick: String,
      axisCaption: '',
      measure: (t, f) => estimateTextWidth(t, f) * 1.5,
    });
    expect(wide.zeroX).to.be.greaterThan(base.zeroX);
  });

  it('a zero-width segment still gets a 24 px target inside the plot', () => {
    const doc: IndicatorDocument = {
      ...EXAMPLE_LEVELS,
      observations: EXAMPLE_LEVELS.observations
        .slice(0, 4)
        .map((o, i) => ({ ...o, value: i === 0 ? 0 : 500 })),
    };
    const layout = layoutOf(planEgov(records(doc)), 640);
    const zero = layout.segments[0]!;
    expect(zero.bar.width).to.equal(0);
    const hit: Rect = zero.hit;
    expect(hit.width).to.be.at.least(MIN_TARGET);
    expect(hit.x).to.be.at.least(layout.zeroX - 1e-9);
  });
});
