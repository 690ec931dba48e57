// Pure tests of the comparison semantics of <ict-province-compare>: no element is built.
import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/core/indicator/validate.js';
import type {
  IndicatorDataset,
  IndicatorDocument,
  IndicatorMeta,
  Observation,
} from '../../src/core/indicator/types.js';
import {
  findProvince,
  predecessorsOf,
  provinceName,
  provincesOf,
  successorOf,
} from '../../src/core/provinces/provinces.js';
import {
  compareProvinces,
  competitionRanks,
  fitsComparison,
  resolveHighlight,
  type CompareOptions,
  type CompareResult,
} from '../../src/elements/province-compare/province-compare.model.js';
import { PHONE_DENSITY, STATIONS, loadDemo, provinceDocument } from '../helpers/fixtures.js';

function dataset(doc: unknown): IndicatorDataset {
  const result = validateDocument(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function compare(doc: unknown, options: Partial<CompareOptions> = {}, indicatorId?: string): CompareResult {
  const ds = dataset(doc);
  const indicator = ds.indicators.find((i) => i.id === (indicatorId ?? ds.indicators[0]!.id))!;
  return compareProvinces(ds.observations, indicator, { sort: 'descending', lang: 'vi', ...options });
}

function model(doc: unknown, options: Partial<CompareOptions> = {}, indicatorId?: string) {
  const result = compare(doc, options, indicatorId);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.model;
}

const names = (rows: readonly { obs: { place: { code: string; era: '2008-2025' | '2025-' } } }[]) =>
  rows.map((r) => provinceName(r.obs.place, 'vi'));

/** Old codes → value, as an ordered list of observations. */
function oldDoc(
  values: readonly (readonly [string, number | null])[],
  indicator: IndicatorMeta,
): IndicatorDocument {
  return {
    version: 1,
    indicators: [indicator],
    observations: values.map(([code, value]): Observation =>
      value === null
        ? { place: { code, era: '2008-2025' }, period: { year: 2020 }, value: null, missing: 'not-available' }
        : { place: { code, era: '2008-2025' }, period: { year: 2020 }, value },
    ),
  };
}

describe('province-compare model', () => {
  it('competitionRanks() gives 1 to the highest value, ties share the better rank, missing has none', () => {
    expect(competitionRanks([10, 20, 20, null, 5])).to.deep.equal([3, 1, 1, undefined, 4]);
    expect(competitionRanks([])).to.deep.equal([]);
  });

  it('compareProvinces() on the 63-province example: sorted descending, missing last, ranks and statistics from the values', async () => {
    const doc = (await (await fetch('/demo/examples/example-63-provinces.json')).json()) as {
      observations: { place: { code: string }; value: number | null }[];
    };
    const m = model(doc);
    expect(m.era).to.equal('2008-2025');
    expect(m.rows.length).to.equal(63);
    const values = doc.observations.map((o) => o.value).filter((v): v is number => v !== null);
    const sorted = [...values].sort((a, b) => b - a);
    expect(m.rows.slice(0, 62).map((r) => r.obs.value)).to.deep.equal(sorted);
    expect(m.rows[62]!.obs.value).to.equal(null);
    expect(m.rows[62]!.rank).to.equal(undefined);
    // Independent recomputation of mean, median and ranks.
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const mid = sorted.length / 2;
    const median = sorted.length % 2 === 0 ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
    expect(m.stats!.mean).to.be.closeTo(mean, 1e-9);
    expect(m.stats!.median).to.equal(median);
    expect(m.stats!.count).to.equal(62);
    expect(m.rankCount).to.equal(62);
    for (const row of m.rows.filter((r) => r.obs.value !== null)) {
      expect(row.rank, names([row])[0]).to.equal(1 + values.filter((v) => v > row.obs.value!).length);
    }
    expect(m.units).to.equal(63);
    expect(m.comparable).to.equal(true);
  });

  it('sort="name" follows Vietnamese collation (Bà < Bắc < Cần < Đà < Đắk < Điện < Hà); missing values still last', () => {
    const codes = ['01', '11', '66', '48', '92', '27', '77', '89'];
    const doc = oldDoc(
      codes.map((c, i) => [c, i === 0 ? null : i * 10] as const),
      PHONE_DENSITY,
    );
    expect(names(model(doc, { sort: 'name' }).rows)).to.deep.equal([
      'An Giang',
      'Bà Rịa - Vũng Tàu',
      'Bắc Ninh',
      'Cần Thơ',
      'Đà Nẵng',
      'Đắk Lắk',
      'Điện Biên',
      'Hà Nội', // no data: last
    ]);
    expect(names(model(doc, { sort: 'ascending' }).rows).slice(0, 2)).to.deep.equal(['Điện Biên', 'Đắk Lắk']);
    expect(names(model(doc, { sort: 'none' }).rows)).to.deep.equal(
      [...codes.slice(1), codes[0]!].map((code) => provinceName({ code, era: '2008-2025' }, 'vi')),
    );
  });

  it('ties are ordered by name and share a rank', () => {
    const m = model(
      oldDoc(
        [
          ['42', 90],
          ['83', 90],
          ['01', 95],
          ['11', 80],
        ],
        PHONE_DENSITY,
      ),
    );
    expect(names(m.rows)).to.deep.equal(['Hà Nội', 'Bến Tre', 'Hà Tĩnh', 'Điện Biên']);
    expect(m.rows.map((r) => r.rank)).to.deep.equal([1, 2, 2, 4]);
  });

  it('region="mrd" keeps the 13 Mekong provinces; mean, median and ranks are theirs', () => {
    const doc = provinceDocument('2008-2025', (i) => 50 + i);
    const m = model(doc, { region: 'mrd' });
    expect(m.rows.length).to.equal(13);
    for (const r of m.rows) expect(r.region).to.equal('mrd');
    const values = m.rows.map((r) => r.obs.value!);
    expect(m.stats!.mean).to.be.closeTo(values.reduce((a, b) => a + b, 0) / 13, 1e-9);
    expect(m.rows[0]!.rank).to.equal(1);
    expect(m.units).to.equal(13);
  });

  it('groupBy="region" gives six sections north to south, each sorted, missing last in each', () => {
    const doc = provinceDocument('2008-2025', (i) => (i % 9 === 0 ? null : 100 - i));
    const m = model(doc, { groupBy: 'region' });
    expect(m.sections.map((s) => s.region)).to.deep.equal(['nmm', 'rrd', 'ncc', 'ch', 'se', 'mrd']);
    for (const s of m.sections) {
      const values = s.rows.map((r) => r.obs.value);
      const firstMissing = values.indexOf(null);
      const valued = firstMissing < 0 ? values : values.slice(0, firstMissing);
      expect(valued).to.deep.equal([...valued].sort((a, b) => b! - a!));
      if (firstMissing >= 0) expect(values.slice(firstMissing).every((v) => v === null)).to.equal(true);
    }
    expect(m.rows).to.deep.equal(m.sections.flatMap((s) => s.rows));
  });

  it('era="2025-" sums a count of the 63 units onto the 34, with a note; a unit missing a part has no sum', () => {
    const old = provincesOf('2008-2025');
    const value = (i: number) => 100 + i;
    const m = model(provinceDocument('2008-2025', value, STATIONS), { era: '2025-' });
    expect(m.era).to.equal('2025-');
    expect(m.aggregated).to.equal(true);
    expect(m.rows.length).to.equal(34);
    for (const row of m.rows) {
      const expected = predecessorsOf(row.obs.place.code)
        .map((p) => value(old.findIndex((o) => o.code === p.code)))
        .reduce((a, b) => a + b, 0);
      expect(row.obs.value, provinceName(row.obs.place, 'vi')).to.equal(expected);
    }
    // Bến Tre (83) lacking: Vĩnh Long (86, from 80 + 83 + 84… see predecessorsOf) has no sum.
    const partial = model(
      provinceDocument('2008-2025', (i, code) => (code === '83' ? null : value(i)), STATIONS),
      { era: '2025-' },
    );
    const vinhLong = partial.rows.find((r) => r.obs.place.code === successorOf('83')!.code)!;
    expect(vinhLong.obs.value).to.equal(null);
    expect(partial.partialSums).to.equal(1);
    expect(partial.rows[partial.rows.length - 1]).to.equal(vinhLong);
  });

  it('era="2025-" refuses a rate of the old units, and shows a rate the data states for the new units', () => {
    const refused = compare(
      provinceDocument('2008-2025', (i) => 50 + i),
      { era: '2025-' },
    );
    expect(refused).to.deep.equal({ ok: false, refusal: { reason: 'rate-not-summable' } });
    const both = provinceDocument('2008-2025', (i) => 50 + i);
    both.observations.push(...provinceDocument('2025-', (i) => 70 + i).observations);
    const m = model(both, { era: '2025-' });
    expect(m.rows.length).to.equal(34);
    expect(m.aggregated).to.equal(false);
    expect(m.leftOut).to.deep.equal({ count: 63, era: '2008-2025' });
  });

  it('without era, a document of both eras shows the era of its latest data and counts what it left out', () => {
    const both = provinceDocument('2008-2025', (i) => 50 + i);
    both.observations.push(...provinceDocument('2025-', (i) => 70 + i).observations);
    const m = model(both);
    expect(m.era).to.equal('2025-');
    expect(m.leftOut).to.deep.equal({ count: 63, era: '2008-2025' });
    expect(
      compare(
        provinceDocument('2025-', () => 1),
        { era: '2008-2025' },
      ),
    ).to.deep.equal({
      ok: false,
      refusal: { reason: 'no-data-in-era', era: '2008-2025' },
    });
  });

  it('a national observation (breakdown.scope "national") is the national line, never a province row', () => {
    const doc = oldDoc(
      [
        ['42', 94],
        ['83', 114],
      ],
      PHONE_DENSITY,
    );
    doc.observations.push({
      place: { code: '01', era: '2008-2025' },
      period: { year: 2020 },
      value: 101,
      breakdown: { scope: 'national' },
    });
    const m = model(doc);
    expect(m.rows.length).to.equal(2);
    expect(m.national?.value).to.equal(101);
    expect(fitsComparison(dataset(doc).observations, PHONE_DENSITY)).to.equal(true);
  });

  it('a province with several values (different breakdowns) makes the rows not comparable: no rank, no mean', async () => {
    const m = model(await loadDemo('all-seed-facts'), {}, 'e_documents_share');
    expect(m.rows.length).to.equal(4);
    expect(m.comparable).to.equal(false);
    expect(m.duplicated.map((p) => p.code)).to.deep.equal(['42']);
    expect(m.stats).to.equal(undefined);
    expect(m.rows.every((r) => r.rank === undefined)).to.equal(true);
    expect(m.periods.map((p) => p.year)).to.deep.equal([2020, 2021, 2022]);
  });

  it('each province shows its latest period; year= keeps one year; plans are never compared', () => {
    const doc = oldDoc(
      [
        ['42', 90],
        ['83', 80],
      ],
      PHONE_DENSITY,
    );
    doc.observations.push(
      { place: { code: '42', era: '2008-2025' }, period: { year: 2021 }, value: 95 },
      { place: { code: '83', era: '2008-2025' }, period: { year: 2022 }, value: 99, status: 'target' },
    );
    const latest = model(doc);
    expect(latest.rows.map((r) => [r.obs.place.code, r.obs.period.year, r.obs.value])).to.deep.equal([
      ['42', 2021, 95],
      ['83', 2020, 80],
    ]);
    expect(latest.periods.length).to.equal(2);
    const year = model(doc, { year: 2020 });
    expect(year.rows.map((r) => r.obs.value)).to.deep.equal([90, 80]);
    expect(compare(doc, { year: 2019 })).to.deep.equal({ ok: false, refusal: { reason: 'no-provinces' } });
  });

  it('resolveHighlight() maps an old code to its new unit when showing 2025-, and nothing the other way', () => {
    expect(resolveHighlight('83', '2008-2025', '2025-')).to.equal(successorOf('83')!.code);
    expect(resolveHighlight('83', undefined, '2025-')).to.equal(successorOf('83')!.code);
    expect(resolveHighlight('42', undefined, '2025-')).to.equal('42');
    expect(resolveHighlight('86', '2025-', '2008-2025')).to.equal(undefined);
    expect(resolveHighlight('83', '2008-2025', '2008-2025')).to.equal('83');
    expect(findProvince(successorOf('83')!.code, '2025-')!.name.vi).to.equal('Vĩnh Long');
  });

  it('highlight="83" on era="2025-" highlights Vĩnh Long, the unit Bến Tre became part of', () => {
    const m = model(
      provinceDocument('2008-2025', (i) => i + 1, STATIONS),
      {
        era: '2025-',
        highlight: '83',
        highlightEra: '2008-2025',
      },
    );
    expect(m.highlight && provinceName(m.highlight.obs.place, 'vi')).to.equal('Vĩnh Long');
    expect(m.rows.filter((r) => r.highlighted).length).to.equal(1);
  });
});
