// Pure tests of <ict-subscriber-density>'s data model and words (model.ts, describe.ts): no element.
import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/core/indicator/validate.js';
import { messages } from '../../src/core/i18n/messages.js';
import type {
  IndicatorDataset,
  IndicatorDocument,
  Language,
  Observation,
} from '../../src/core/indicator/types.js';
import { describeDensity } from '../../src/elements/subscriber-density/subscriber-density.describe.js';
import {
  buildDensityModel,
  chooseForm,
  chooseIndicators,
  inferSubscriptionType,
  type DensityModel,
} from '../../src/elements/subscriber-density/subscriber-density.model.js';
import { densityTexts } from '../../src/elements/subscriber-density/subscriber-density.strings.js';
import { loadDemo } from '../helpers/fixtures.js';

function dataset(doc: unknown): IndicatorDataset {
  const result = validateDocument(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function model(
  doc: unknown,
  options: Parameters<typeof buildDensityModel>[2] = {},
  ids?: string,
): DensityModel {
  const ds = dataset(doc);
  const choice = chooseIndicators(ds, { indicators: ids });
  if (!choice.ok) throw new Error(JSON.stringify(choice.error));
  const built = buildDensityModel(ds, choice.indicators, options);
  if (!built.ok) throw new Error('no place');
  return built.model;
}

function describe_(
  m: DensityModel,
  lang: Language = 'vi',
  extra: Partial<Parameters<typeof describeDensity>[0]> = {},
) {
  const title =
    m.indicators.length === 1
      ? (m.indicators[0]!.label[lang] ?? m.indicators[0]!.label.vi)
      : densityTexts(lang).title;
  return describeDensity({
    model: m,
    lang,
    texts: densityTexts(lang),
    catalogue: messages(lang),
    title,
    form: chooseForm('auto', m.periods.length),
    ...extra,
  });
}

const PER100 = 'per-100-inhabitants' as const;

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
        unit: PER100,
      },
      {
        id: 'fixed_broadband_subscriptions_per_100',
        label: {
          vi: 'Mật độ thuê bao băng rộng cố định',
          en: 'Fixed broadband subscriptions per 100 inhabitants',
        },
        unit: PER100,
      },
      {
        id: 'phone_subscriptions_total',
        label: { vi: 'Tổng số thuê bao điện thoại', en: 'Telephone subscriptions' },
        unit: 'count',
      },
    ],
    observations: obs,
  };
}

describe('subscriber-density model', () => {
  it('inferSubscriptionType() reads the type from an indicator id', () => {
    expect(inferSubscriptionType('phone_subscriptions_per_100')).to.equal('telephone');
    expect(inferSubscriptionType('fixed_broadband_subscriptions_per_100')).to.equal('fixed-broadband');
    expect(inferSubscriptionType('mobile_broadband_subscriptions_per_100')).to.equal('mobile-broadband');
    expect(inferSubscriptionType('mobile_phone_subscriptions_per_100')).to.equal('mobile');
    expect(inferSubscriptionType('fixed_telephone_per_100')).to.equal('fixed-telephone');
    expect(inferSubscriptionType('telephone_density')).to.equal('telephone');
    expect(inferSubscriptionType('phone_subscriptions_total')).to.equal('telephone');
    expect(inferSubscriptionType('internet_users_per_100')).to.equal(undefined);
    expect(inferSubscriptionType('microphones_count')).to.equal(undefined);
  });

  it('chooseIndicators() takes every per-100 indicator by default, `indicators` in its order, and says why not', async () => {
    const ds = dataset(await loadDemo('ha-tinh-2020'));
    const all = chooseIndicators(ds, {});
    expect(all.ok && all.indicators.map((i) => i.id)).to.deep.equal([
      'phone_subscriptions_per_100',
      'fixed_broadband_subscriptions_per_100',
    ]);
    const ordered = chooseIndicators(ds, {
      indicators: 'fixed_broadband_subscriptions_per_100 phone_subscriptions_per_100',
    });
    expect(ordered.ok && ordered.indicators.map((i) => i.id)).to.deep.equal([
      'fixed_broadband_subscriptions_per_100',
      'phone_subscriptions_per_100',
    ]);
    expect(chooseIndicators(ds, { indicator: 'e_documents_share' })).to.deep.equal({
      ok: false,
      error: { kind: 'not-density', id: 'e_documents_share', unit: 'percent' },
    });
    expect(chooseIndicators(ds, { indicators: 'nope' })).to.deep.equal({
      ok: false,
      error: { kind: 'unknown', id: 'nope' },
    });
    const noDensity = dataset(await loadDemo('dien-bien-2022'));
    expect(chooseIndicators(noDensity, {})).to.deep.equal({ ok: false, error: { kind: 'none' } });
  });

  it('buildDensityModel() on the Hà Tĩnh 2020 seed: telephone 94 (+1,1 % stated), fixed broadband 11,7 (+15,9 %)', async () => {
    const m = model(await loadDemo('ha-tinh-2020'));
    expect(m.main).to.deep.equal({ code: '42', era: '2008-2025' });
    expect(m.types.map((t) => t.type)).to.deep.equal(['telephone', 'fixed-broadband']);
    expect(m.types.map((t) => t.colour)).to.deep.equal([1, 4]);
    expect(m.series.map((s) => [s.type, s.role, s.points.map((p) => p.value)])).to.deep.equal([
      ['telephone', 'main', [94]],
      ['fixed-broadband', 'main', [11.7]],
    ]);
    expect(m.series.map((s) => s.points[0]!.obs.change)).to.deep.equal([
      { against: 'period', period: { year: 2019 }, percent: 1.1 },
      { against: 'period', period: { year: 2019 }, percent: 15.9 },
    ]);
    expect(m.periods).to.deep.equal([{ year: 2020 }]);
    expect(chooseForm('auto', m.periods.length)).to.equal('bars');
  });

  it('buildDensityModel() on the Bến Tre 2016 seed: 114 per 100, with the total count 1.447.307 as context', async () => {
    const m = model(await loadDemo('ben-tre-2016'));
    const point = m.series[0]!.points[0]!;
    expect(point.value).to.equal(114);
    expect(point.count?.value).to.equal(1447307);
    expect(point.count?.indicator).to.equal('phone_subscriptions_total');
  });

  it('buildDensityModel() picks `place`, draws `compare` beside it, and fails for a place without data', async () => {
    const doc = await loadDemo('all-seed-facts');
    const m = model(doc, { place: '42', compare: '83' });
    expect(m.main.code).to.equal('42');
    expect(m.compare?.code).to.equal('83');
    expect(m.series.map((s) => `${s.type}/${s.role}/${s.place.code}`)).to.deep.equal([
      'telephone/main/42',
      'telephone/compare/83',
      'fixed-broadband/main/42',
    ]);
    const ds = dataset(doc);
    const choice = chooseIndicators(ds, {});
    expect(buildDensityModel(ds, choice.ok ? choice.indicators : [], { place: '01' })).to.deep.equal({
      ok: false,
      place: '01',
    });
    const lonely = model(doc, { place: '42', compare: '01' });
    expect(lonely.compare).to.equal(undefined);
    expect(lonely.compareMissing?.code).to.equal('01');
  });

  it('buildDensityModel() computes the change between consecutive periods (difference and relative) and keeps national figures apart', () => {
    const m = model(synthetic(), { place: '42' });
    const phone = m.series.find((s) => s.type === 'telephone' && s.role === 'main')!;
    expect(phone.points.map((p) => p.value)).to.deep.equal([80, 85, 88, 93, 94]);
    expect(phone.points[1]!.computed).to.deep.equal({
      from: { year: 2016 },
      fromValue: 80,
      difference: 5,
      relative: 6.25,
    });
    const broadband = m.series.find((s) => s.type === 'fixed-broadband')!;
    // 2018 is missing: 2019 has no computed change (its previous point has no value), 2020 has one.
    expect(broadband.points[3]!.computed).to.equal(undefined);
    expect(broadband.points[4]!.computed!.difference).to.be.closeTo(1.6, 1e-9);
    expect(broadband.points[4]!.computed!.relative).to.be.closeTo((1.6 / 10.1) * 100, 1e-9);
    expect(broadband.points[4]!.target).to.equal(12);
    const national = m.series.find((s) => s.role === 'national')!;
    expect(national.points.map((p) => p.value)).to.deep.equal([120, 125, 128, 130, 132]);
    expect(
      m.series
        .filter((s) => s.role === 'main')
        .every((s) => s.points.every((p) => p.obs.breakdown?.scope !== 'national')),
    ).to.equal(true);
    expect(chooseForm('auto', m.periods.length)).to.equal('lines');
    expect(chooseForm('auto', 3)).to.equal('columns');
    expect(chooseForm('lines', 1)).to.equal('bars');
  });

  it('buildDensityModel() splits one indicator by breakdown.subscription, and a status "target" is a plan', () => {
    const doc: IndicatorDocument = {
      version: 1,
      indicators: [{ id: 'subscriptions_per_100', label: { vi: 'Mật độ thuê bao' }, unit: PER100 }],
      observations: [
        {
          place: { code: '42', era: '2008-2025' },
          period: { year: 2020 },
          value: 130,
          breakdown: { subscription: 'mobile' },
        },
        {
          place: { code: '42', era: '2008-2025' },
          period: { year: 2020 },
          value: 60,
          breakdown: { subscription: 'mobile-broadband' },
        },
        {
          place: { code: '42', era: '2008-2025' },
          period: { year: 2020 },
          value: 70,
          status: 'target',
          breakdown: { subscription: 'mobile-broadband' },
        },
        {
          place: { code: '42', era: '2008-2025' },
          period: { year: 2020 },
          value: 20,
          status: 'target',
          breakdown: { subscription: 'fixed-broadband' },
        },
      ],
    };
    const m = model(doc);
    expect(m.types.map((t) => t.type)).to.deep.equal(['mobile', 'fixed-broadband', 'mobile-broadband']);
    const mb = m.series.find((s) => s.type === 'mobile-broadband')!.points[0]!;
    expect([mb.kind, mb.value, mb.target]).to.deep.equal(['actual', 60, 70]);
    const fb = m.series.find((s) => s.type === 'fixed-broadband')!.points[0]!;
    expect([fb.kind, fb.value]).to.deep.equal(['target-only', 20]);
  });
});

describe('subscriber-density words', () => {
  it('names each mark like "Hà Tĩnh, 2020, mật độ thuê bao điện thoại: 94 thuê bao/100 dân, tăng 1,1 % so với năm 2019"', async () => {
    const d = describe_(model(await loadDemo('ha-tinh-2020')));
    expect(d.data.map((x) => x.name)).to.deep.equal([
      'Hà Tĩnh, 2020, mật độ thuê bao điện thoại: 94 thuê bao/100 dân, tăng 1,1\u00a0% so với năm 2019',
      'Hà Tĩnh, 2020, mật độ thuê bao Internet băng rộng cố định: 11,7 thuê bao/100 dân, tăng 15,9\u00a0% so với năm 2019',
    ]);
    expect(d.data.map((x) => x.rowNotes)).to.deep.equal([
      ['+1,1\u00a0% so với 2019'],
      ['+15,9\u00a0% so với 2019'],
    ]);
    expect(d.data.map((x) => x.valueText)).to.deep.equal(['94', '11,7']);
    const en = describe_(model(await loadDemo('ha-tinh-2020')), 'en');
    expect(en.data[0]!.name).to.equal(
      'Ha Tinh, 2020, telephone subscriptions per 100 inhabitants: 94 per 100 inhabitants, up 1.1% from 2019',
    );
    expect(en.data[1]!.rowNotes).to.deep.equal(['+15.9% vs 2019']);
  });

  it('the summary says each type with its stated change; the table has a row per type with the values', async () => {
    const d = describe_(model(await loadDemo('ha-tinh-2020')));
    expect(d.summary).to.deep.equal([
      'Mật độ thuê bao theo loại (thuê bao/100 dân), Hà Tĩnh, năm 2020.',
      'Điện thoại: 94 thuê bao/100 dân, tăng 1,1\u00a0% so với năm 2019.',
      'Băng rộng cố định: 11,7 thuê bao/100 dân, tăng 15,9\u00a0% so với năm 2019.',
      'Nguồn: Hội nghị tổng kết năm 2020, tỉnh Hà Tĩnh, 24/12/2020.',
    ]);
    const col = (key: string): number => d.table.columns.findIndex((c) => c.key === key);
    expect(
      d.table.rows.map((r) => [
        r.cells[col('type')],
        r.cells[col('value')],
        r.values[col('value')],
        r.cells[col('change')],
      ]),
    ).to.deep.equal([
      ['Điện thoại', '94', 94, 'tăng 1,1\u00a0% so với năm 2019'],
      ['Băng rộng cố định', '11,7', 11.7, 'tăng 15,9\u00a0% so với năm 2019'],
    ]);
  });

  it('Bến Tre 2016: the summary, the name, the note and the table give the total 1.447.307 beside 114', async () => {
    const d = describe_(model(await loadDemo('ben-tre-2016')));
    expect(d.summary[0]).to.equal('Mật độ thuê bao điện thoại (thuê bao/100 dân), Bến Tre, năm 2016.');
    expect(d.summary).to.include('Bến Tre, năm 2016: tổng số 1.447.307 thuê bao điện thoại.');
    expect(d.summary.join(' ')).to.contain('114 thuê bao/100 dân');
    expect(d.data[0]!.name).to.equal(
      'Bến Tre, 2016, mật độ thuê bao điện thoại: 114 thuê bao/100 dân, tổng số 1.447.307 thuê bao điện thoại',
    );
    expect(d.data[0]!.rowNotes).to.deep.equal(['1.447.307 thuê bao']);
    const count = d.table.columns.findIndex((c) => c.key === 'count');
    expect(d.table.rows[0]!.cells[count]).to.equal('1.447.307');
    expect(d.table.rows[0]!.values[count]).to.equal(1447307);
  });

  it('words a computed change as a difference in thuê bao/100 dân and a relative change in %', () => {
    const d = describe_(model(synthetic(), { place: '42' }));
    const p2017 = d.data.find(
      (x) => x.series.type === 'telephone' && x.series.role === 'main' && x.point.period.year === 2017,
    )!;
    expect(p2017.name).to.contain('tăng 5 thuê bao/100 dân (+6,3\u00a0%) so với năm 2016');
    expect(p2017.rowNotes).to.include('+5 (+6,3\u00a0%) so với 2016');
    expect(p2017.name).to.contain('thấp hơn cả nước 40 thuê bao/100 dân');
    const en = describe_(model(synthetic(), { place: '42' }), 'en');
    expect(en.data.find((x) => x.key === p2017.key)!.name).to.contain(
      'up 5 per 100 inhabitants (+6.3%) from 2016',
    );
    // A stated change wins over the computed one (2020 telephone: +1,1 % as given).
    const p2020 = d.data.find(
      (x) => x.series.type === 'telephone' && x.series.role === 'main' && x.point.period.year === 2020,
    )!;
    expect(p2020.name).to.contain('tăng 1,1\u00a0% so với năm 2019');
    expect(p2020.name).to.not.contain('(+1,1');
    // The table: the computed change in its own column, the national rows named "Cả nước".
    const col = (key: string): number => d.table.columns.findIndex((c) => c.key === key);
    const row2017 = d.table.rows.find(
      (r) => r.key === p2017.point.obs.id || r.cells[col('period')] === '2017',
    )!;
    expect(row2017.cells[col('computed')]).to.equal('tăng 5 thuê bao/100 dân (+6,3\u00a0%) so với năm 2016');
    expect(d.table.rows.filter((r) => r.cells[col('place')] === 'Cả nước').length).to.equal(5);
  });

  it('the summary of several periods gives each series first to last, the latest change, the missing count and the national figure', () => {
    const d = describe_(model(synthetic(), { place: '42' }), 'vi', { form: 'bars' });
    expect(d.summary).to.include('Điện thoại, từ năm 2016 đến năm 2020: tăng từ 80 lên 94 thuê bao/100 dân.');
    expect(d.summary).to.include('Năm 2020: tăng 1,1\u00a0% so với năm 2019.');
    expect(d.summary).to.include('Năm 2020: tăng 1,6 thuê bao/100 dân (+15,8\u00a0%) so với năm 2019.');
    expect(d.summary).to.include('1 giá trị không có số liệu.');
    expect(d.summary).to.include(
      'Cả nước (điện thoại), 2020: 132 thuê bao/100 dân; Hà Tĩnh thấp hơn cả nước 38 thuê bao/100 dân.',
    );
    for (const sentence of d.summary) expect(sentence.split(/\s+/).length, sentence).to.be.at.most(20);
    expect(d.missingNote).to.equal('');
    const lines = describe_(model(synthetic(), { place: '42' }), 'vi', { form: 'lines' });
    expect(lines.missingNote).to.equal('Không có số liệu: Băng rộng cố định, 2018.');
  });

  it('with a compared place, rows are labelled by place; with a reference, the summary says it', () => {
    const d = describe_(model(synthetic(), { place: '42', compare: '83' }), 'vi', {
      reference: { value: 100, label: 'Mục tiêu' },
      highlight: '42',
    });
    const bt = d.data.find((x) => x.series.role === 'compare' && x.point.period.year === 2020)!;
    expect(bt.name).to.match(/^Bến Tre, 2020, mật độ thuê bao điện thoại: 121 thuê bao\/100 dân/);
    expect(bt.columnLabel).to.equal('□ 2020');
    expect(bt.highlighted).to.equal(false);
    expect(d.data.find((x) => x.series.role === 'main')!.highlighted).to.equal(true);
    expect(d.lineLabel(bt.series)).to.deep.equal(['Điện thoại, Bến Tre', '121 (+3 (+2,5\u00a0%))']);
    expect(d.summary).to.include('Mục tiêu: 100 thuê bao/100 dân.');
    expect(d.referenceLabel).to.equal('Mục tiêu: 100');
  });
});
