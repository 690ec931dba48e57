import { expect } from '@open-wc/testing';
import { NavModel } from '../../src/chart/controllers/navigation-controller.js';
import { validateDocument } from '../../src/core/indicator/parse.js';
import type { IndicatorDataset, IndicatorMeta, ResolvedObservation } from '../../src/core/indicator/types.js';
import {
  AUTO_COLUMNS_MAX_PERIODS,
  beforeOf,
  changeOf,
  chooseForm,
  filterByPlace,
  formFits,
  groupByTime,
  percentDecimals,
  planOf,
  seriesOf,
  type TimeGroupNames,
} from '../../src/elements/indicator-trend/indicator-trend.model.js';
import { loadDemo } from '../helpers/fixtures.js';
import { maxPresses } from '../helpers/nav.js';

async function seed(
  file: string,
  indicator: string,
): Promise<{ meta: IndicatorMeta; obs: ResolvedObservation[] }> {
  const result = validateDocument(await loadDemo(file));
  if (!result.ok) throw new Error(`${file} does not validate`);
  const dataset: IndicatorDataset = result.value;
  return {
    meta: dataset.indicators.find((i) => i.id === indicator)!,
    obs: dataset.observations.filter((o) => o.indicator === indicator),
  };
}

const COUNT: IndicatorMeta = { id: 'x', label: { vi: 'X' }, unit: 'count' };
const SHARE: IndicatorMeta = { id: 'x', label: { vi: 'X' }, unit: 'percent' };

function obs(
  index: number,
  year: number,
  value: number | null,
  extra: Partial<ResolvedObservation> = {},
): ResolvedObservation {
  return {
    indicator: 'x',
    index,
    place: { code: '42', era: '2008-2025' },
    period: { year },
    value,
    ...(value === null ? { missing: 'not-available' as const } : {}),
    ...extra,
  };
}

const NAMES: TimeGroupNames = {
  year: (year, count) => ({ label: `Năm ${year}, ${count}`, text: String(year) }),
  decade: (from, to, count) => ({ label: `${from}–${to}, ${count}`, text: `${from}–${to}` }),
};

describe('indicator-trend model', () => {
  it('planOf(Bến Tre 2016 revenue) derives the plan as 1.341.424.606.000 ÷ 111,78 × 100 and says it is derived', async () => {
    const {
      obs: [revenue],
    } = await seed('ben-tre-2016', 'postal_telecom_revenue');
    const plan = planOf(revenue!)!;
    expect(plan.derived).to.equal(true);
    expect(plan.percentOfPlan).to.equal(111.78);
    expect(plan.plan).to.be.closeTo((1341424606000 / 111.78) * 100, 1e-3);
    expect(plan.value / plan.plan).to.be.closeTo(1.1178, 1e-12);
  });

  it('planOf() prefers a stated target and computes the share from it', () => {
    const plan = planOf(obs(0, 2020, 90, { target: 120 }))!;
    expect(plan).to.deep.include({ plan: 120, derived: false, percentStated: false });
    expect(plan.percentOfPlan).to.be.closeTo(75, 1e-12);
    expect(planOf(obs(0, 2020, 90))).to.equal(undefined);
    expect(planOf(obs(0, 2020, null, { change: { against: 'plan', percentOfPlan: 100 } }))).to.equal(
      undefined,
    );
  });

  it('beforeOf(Bến Tre procedure time) gives 15 → 4 days, -11, about -73,3 %', async () => {
    const {
      meta,
      obs: [days],
    } = await seed('ben-tre-2016', 'admin_procedure_processing_days');
    const info = beforeOf(days!, meta)!;
    expect(info).to.deep.include({ before: 15, after: 4, difference: -11, direction: 'down' });
    expect(info.percent).to.be.closeTo((-11 / 15) * 100, 1e-12);
    expect(percentDecimals(info.percent!)).to.equal(0);
  });

  it('chooseForm("auto") picks plan and before-after from stated changes, columns up to 8 periods, a line beyond', async () => {
    const revenue = await seed('ben-tre-2016', 'postal_telecom_revenue');
    expect(chooseForm('auto', revenue.obs, seriesOf(revenue.obs))).to.equal('plan');
    const days = await seed('ben-tre-2016', 'admin_procedure_processing_days');
    expect(chooseForm('auto', days.obs, seriesOf(days.obs))).to.equal('before-after');
    const staff = await seed('dien-bien-2022', 'department_staff_count');
    expect(chooseForm('auto', staff.obs, seriesOf(staff.obs))).to.equal('columns');
    const eight = Array.from({ length: AUTO_COLUMNS_MAX_PERIODS }, (_, i) => obs(i, 2010 + i, i));
    expect(chooseForm('auto', eight, seriesOf(eight))).to.equal('columns');
    const nine = Array.from({ length: AUTO_COLUMNS_MAX_PERIODS + 1 }, (_, i) => obs(i, 2010 + i, i));
    expect(chooseForm('auto', nine, seriesOf(nine))).to.equal('line');
    expect(chooseForm('columns', nine, seriesOf(nine))).to.equal('columns');
    const twoPlaces = [obs(0, 2019, 1), obs(1, 2019, 2, { place: { code: '83', era: '2008-2025' } })];
    expect(chooseForm('auto', twoPlaces, seriesOf(twoPlaces))).to.equal('line');
  });

  it('formFits() refuses plan and before-after for data that states neither', async () => {
    const staff = await seed('dien-bien-2022', 'department_staff_count');
    expect(formFits('plan', staff.obs, staff.meta)).to.equal(false);
    expect(formFits('before-after', staff.obs, staff.meta)).to.equal(false);
    expect(formFits('line', staff.obs, staff.meta)).to.equal(true);
  });

  it('seriesOf(Điện Biên staff) keeps 2007 and 2022 in one series although 2022 has its own label', async () => {
    const staff = await seed('dien-bien-2022', 'department_staff_count');
    const series = seriesOf(staff.obs);
    expect(series.length).to.equal(1);
    expect(series[0]!.observations.map((o) => o.value)).to.deep.equal([2, 49]);
  });

  it('changeOf() computes the change from the previous period: 2 → 49 is +47, +2.350 %', () => {
    const change = changeOf(obs(1, 2022, 49), obs(0, 2007, 2), COUNT)!;
    expect(change).to.deep.include({ kind: 'computed', from: 2, to: 49, difference: 47, direction: 'up' });
    expect(change.kind === 'computed' && change.percent).to.equal(2350);
  });

  it('changeOf() lets a stated change win and keeps its hedge (Hà Tĩnh revenue "khoảng 3,5 %" vs 2019)', async () => {
    const {
      meta,
      obs: [revenue],
    } = await seed('ha-tinh-2020', 'ict_sector_revenue');
    const change = changeOf(revenue!, undefined, meta)!;
    expect(change).to.deep.include({
      kind: 'stated',
      amount: 3.5,
      qualifier: 'about',
      againstPrevious: false,
    });
    const previous = obs(0, 2019, 2.75e12);
    const between = changeOf({ ...revenue!, index: 1 }, previous, meta)!;
    expect(between).to.deep.include({ kind: 'stated', amount: 3.5, againstPrevious: true });
  });

  it('changeOf() says nothing into a plan, from a missing value, and uses points for a percent unit', async () => {
    const { meta, obs: tasks } = await seed('binh-thuan-2014', 'assigned_key_tasks_count');
    expect(changeOf(tasks[1]!, tasks[0], meta)).to.equal(undefined); // 2014 is a target
    expect(changeOf(obs(1, 2021, 5), obs(0, 2020, null), COUNT)).to.equal(undefined);
    const share = changeOf(obs(1, 2021, 83.2), obs(0, 2020, 80), SHARE)!;
    expect(share.kind === 'computed' && share.percent).to.equal(undefined);
    expect(share.kind === 'computed' && share.difference).to.be.closeTo(3.2, 1e-12);
    expect(changeOf(obs(1, 2021, 5), obs(0, 2020, 0), COUNT)).to.deep.include({
      percent: undefined,
      difference: 5,
    });
  });

  it('filterByPlace() takes a code or a name in any spelling, and gives nothing for a place without data', () => {
    const all = [
      obs(0, 2020, 1),
      obs(1, 2020, 2, { place: { code: '83', era: '2008-2025' } }),
      obs(2, 2026, 3, { place: { code: '42', era: '2025-' } }),
    ];
    expect(filterByPlace(all, '83').map((o) => o.index)).to.deep.equal([1]);
    expect(filterByPlace(all, 'ben tre').map((o) => o.index)).to.deep.equal([1]);
    expect(filterByPlace(all, 'Hà Tĩnh').map((o) => o.index)).to.deep.equal([0, 2]);
    expect(filterByPlace(all, 'Hà Nội')).to.deep.equal([]);
    expect(filterByPlace(all, 'nowhere')).to.deep.equal([]);
    expect(filterByPlace(all, '').length).to.equal(3);
  });

  it('groupByTime(2 412 months, 1900–2100) groups by year then decade; every month ≤ 12 siblings and reachable', () => {
    const items = Array.from({ length: 201 * 12 }, (_, i) => ({
      item: { key: `m${i}`, label: `month ${i}`, text: `T${i}` },
      period: { year: 1900 + Math.floor(i / 12), month: (i % 12) + 1 },
    }));
    const tree = groupByTime(items, NAMES, 'g:');
    expect(tree.length).to.equal(21); // decades 1900s … 2100s (binned further by the navigation)
    expect(tree[0]!.key).to.equal('g:d1900');
    expect(tree[0]!.children!.length).to.equal(10);
    expect(tree[0]!.children![0]!.key).to.equal('g:y1900');
    expect(tree[0]!.children![0]!.children!.length).to.equal(12);
    expect(tree[20]!.label).to.equal('2100–2109, 12');
    const model = new NavModel(tree);
    expect(model.all.filter((n) => n.children.length === 0).length).to.equal(2412);
    for (const node of model.all) if (node.level > 1) expect(node.siblings.length).to.be.at.most(12);
  });

  it('groupByTime() leaves short lists flat and groups long yearly lists by decade', () => {
    const short = Array.from({ length: 12 }, (_, i) => ({
      item: { key: `y${i}`, label: '' },
      period: { year: 2000 + i },
    }));
    expect(groupByTime(short, NAMES, '').map((i) => i.key)).to.deep.equal(short.map((s) => s.item.key));
    const long = Array.from({ length: 30 }, (_, i) => ({
      item: { key: `y${i}`, label: '' },
      period: { year: 1995 + i },
    }));
    const tree = groupByTime(long, NAMES, '');
    expect(tree.map((t) => t.text)).to.deep.equal(['1990–1999', '2000–2009', '2010–2019', '2020–2029']);
    expect(maxPresses(new NavModel(tree))).to.be.at.most(8);
  });
});
