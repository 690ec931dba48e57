import { expect } from '@open-wc/testing';
import { aggregateToNewEra } from '../../../src/core/provinces/index.js';
import type { Era, ResolvedObservation } from '../../../src/core/indicator/types.js';

let nextIndex = 0;
function obs(
  code: string,
  value: number | null,
  extra: Partial<ResolvedObservation> = {},
  era: Era = '2008-2025',
) {
  const o: ResolvedObservation = {
    indicator: 'bts_stations_count',
    index: nextIndex++,
    place: { code, era },
    period: { year: 2020 },
    value,
    ...extra,
  };
  if (value === null && !o.missing) o.missing = 'not-available';
  return o;
}

function ok(result: ReturnType<typeof aggregateToNewEra>): ResolvedObservation[] {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}`);
  return result.observations;
}

describe('aggregateToNewEra', () => {
  beforeEach(() => {
    nextIndex = 0;
  });

  it('sums Bến Tre 83 + Trà Vinh 84 + Vĩnh Long 86 into Vĩnh Long 86 (2025-)', () => {
    const out = ok(aggregateToNewEra([obs('83', 100), obs('84', 20), obs('86', 3)], 'count'));
    expect(out).to.have.length(1);
    expect(out[0]?.place).to.deep.equal({ code: '86', era: '2025-' });
    expect(out[0]?.value).to.equal(123);
    expect(out[0]?.index).to.equal(0);
    expect(out[0]?.note).to.deep.equal({
      vi: 'Tổng của Bến Tre, Trà Vinh, Vĩnh Long',
      en: 'Sum of Ben Tre, Tra Vinh, Vinh Long',
    });
  });

  it('sums VND exactly: 1.341.424.606.000 + 658.575.394.000 = 2.000.000.000.000', () => {
    const out = ok(aggregateToNewEra([obs('89', 1341424606000), obs('91', 658575394000)], 'vnd'));
    expect(out[0]?.place).to.deep.equal({ code: '91', era: '2025-' });
    expect(out[0]?.value).to.equal(2000000000000);
  });

  it('code 24 of 2008-2025 (Bắc Giang) goes with 27 Bắc Ninh into 24 of 2025- (Bắc Ninh)', () => {
    const out = ok(aggregateToNewEra([obs('27', 5), obs('24', 7)], 'count'));
    expect(out.map((o) => [o.place.code, o.value])).to.deep.equal([['24', 12]]);
  });

  it('refuses rates and durations with rate-not-summable', () => {
    for (const unit of ['percent', 'per-100-inhabitants', 'days'] as const) {
      expect(aggregateToNewEra([obs('83', 50)], unit)).to.deep.equal({
        ok: false,
        reason: 'rate-not-summable',
      });
    }
  });

  it('a new unit with a predecessor missing gets null, not-available and a note naming it', () => {
    const out = ok(aggregateToNewEra([obs('83', 100), obs('86', 3)], 'count'));
    expect(out).to.have.length(1);
    expect(out[0]?.value).to.equal(null);
    expect(out[0]?.missing).to.equal('not-available');
    expect(out[0]?.note).to.deep.equal({
      vi: 'Thiếu số liệu (hoặc số liệu không thống nhất) của Trà Vinh',
      en: 'No data (or conflicting data) for Tra Vinh',
    });
  });

  it('a predecessor with a null value counts as missing', () => {
    const out = ok(aggregateToNewEra([obs('89', 4), obs('91', null)], 'count'));
    expect(out[0]?.value).to.equal(null);
    expect(out[0]?.missing).to.equal('not-available');
  });

  it('two different values for one old unit in a group give null (conflict)', () => {
    const out = ok(aggregateToNewEra([obs('89', 4), obs('91', 5), obs('91', 6)], 'count'));
    expect(out[0]?.value).to.equal(null);
  });

  it('a single-predecessor unit keeps the observation, re-placed (Hà Tĩnh 42)', () => {
    const source = obs('42', 1447, { qualifier: 'over', source: { quote: 'trên 1.447 trạm' } });
    const out = ok(aggregateToNewEra([source], 'count'));
    expect(out).to.deep.equal([{ ...source, place: { code: '42', era: '2025-' } }]);
  });

  it('groups by indicator, period, breakdown and status; never mixes targets with actuals', () => {
    const out = ok(
      aggregateToNewEra(
        [
          obs('89', 1),
          obs('91', 2),
          obs('89', 10, { status: 'target' }),
          obs('91', 20, { status: 'target' }),
          obs('89', 100, { period: { year: 2021 } }),
          obs('91', 200, { period: { year: 2021 } }),
          obs('89', 3, { breakdown: { tier: 'commune' } }),
          obs('91', 4, { breakdown: { tier: 'commune' } }),
          obs('89', 7, { indicator: 'other' }),
        ],
        'count',
      ),
    );
    expect(out.map((o) => [o.indicator, o.period.year, o.status, o.breakdown?.tier, o.value])).to.deep.equal([
      ['bts_stations_count', 2020, undefined, undefined, 3],
      ['bts_stations_count', 2020, 'target', undefined, 30],
      ['bts_stations_count', 2021, undefined, undefined, 300],
      ['bts_stations_count', 2020, undefined, 'commune', 7],
      ['other', 2020, undefined, undefined, null],
    ]);
  });

  it('per-unit and national figures are not summable: null with not-applicable', () => {
    const perUnit = ok(
      aggregateToNewEra(
        [
          obs('89', 5, { breakdown: { tier: 'commune', perUnit: true } }),
          obs('91', 6, { breakdown: { tier: 'commune', perUnit: true } }),
        ],
        'count',
      ),
    );
    expect(perUnit[0]?.value).to.equal(null);
    expect(perUnit[0]?.missing).to.equal('not-applicable');
    const national = ok(aggregateToNewEra([obs('83', 23, { breakdown: { scope: 'national' } })], 'count'));
    expect(national[0]?.value).to.equal(null);
    expect(national[0]?.missing).to.equal('not-applicable');
  });

  it('combines qualifiers (same → kept, mixed → about) and sums targets and denominators when all have them', () => {
    const same = ok(
      aggregateToNewEra([obs('89', 1, { qualifier: 'over' }), obs('91', 2, { qualifier: 'over' })], 'count'),
    );
    expect(same[0]?.qualifier).to.equal('over');
    const mixed = ok(
      aggregateToNewEra(
        [
          obs('89', 1, { qualifier: 'over', target: 5, denominator: 10 }),
          obs('91', 2, { target: 6, denominator: 20 }),
        ],
        'count',
      ),
    );
    expect(mixed[0]?.qualifier).to.equal('about');
    expect(mixed[0]?.target).to.equal(11);
    expect(mixed[0]?.denominator).to.equal(30);
    const partial = ok(aggregateToNewEra([obs('89', 1, { target: 5 }), obs('91', 2)], 'count'));
    expect(partial[0]?.target).to.equal(undefined);
    expect(partial[0]?.qualifier).to.equal(undefined);
  });

  it('passes 2025- observations through; a stated new-era value wins over a sum', () => {
    const stated = obs('91', 999, {}, '2025-');
    const out = ok(
      aggregateToNewEra([obs('89', 1), obs('91', 2), stated, obs('83', 5, {}, '2008-2025')], 'count'),
    );
    expect(out.map((o) => [o.place.code, o.place.era, o.value])).to.deep.equal([
      ['86', '2025-', null],
      ['91', '2025-', 999],
    ]);
  });

  it('orders new units by code within a group and does not mutate the input', () => {
    const input = [obs('96', 1), obs('95', 2), obs('01', 3)];
    const copy = structuredClone(input);
    const out = ok(aggregateToNewEra(input, 'count'));
    expect(out.map((o) => o.place.code)).to.deep.equal(['01', '96']);
    expect(out[1]?.value).to.equal(3);
    expect(input).to.deep.equal(copy);
  });
});
