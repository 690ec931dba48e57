import { expect } from '@open-wc/testing';
import { MAX_ISSUES, validateDocument } from '../../../src/core/indicator/validate.js';
import type { DataIssue, IndicatorDataset, ParseResult } from '../../../src/core/indicator/types.js';

const phone = {
  id: 'phone_subscriptions_per_100',
  label: { vi: 'Mật độ thuê bao điện thoại', en: 'Telephone subscriptions per 100 inhabitants' },
  unit: 'per-100-inhabitants',
};
const total = {
  id: 'phone_subscriptions_total',
  label: { vi: 'Tổng số thuê bao điện thoại' },
  unit: 'count',
};
const haTinh = { code: '42', era: '2008-2025' };

/** A single-indicator document with these observations. */
function short(...observations: unknown[]): Record<string, unknown> {
  return { version: 1, indicator: phone, observations };
}

/** A two-indicator document with these observations. */
function full(...observations: unknown[]): Record<string, unknown> {
  return { version: 1, indicators: [phone, total], observations };
}

function obs(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { place: haTinh, period: { year: 2020 }, value: 94, ...fields };
}

function dataset(result: ParseResult): IndicatorDataset {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

function issues(result: ParseResult): DataIssue[] {
  if (result.ok) throw new Error('expected issues, got a dataset');
  return result.issues;
}

function warnings(result: ParseResult): DataIssue[] {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.warnings;
}

/** The issues reduced to what a test names: code, path, got. */
function brief(list: readonly DataIssue[]): { code: string; path: string; got?: unknown }[] {
  return list.map(({ code, path, got }) => (got === undefined ? { code, path } : { code, path, got }));
}

describe('validateDocument', () => {
  describe('valid documents', () => {
    it('validateDocument(shorthand) normalises to one indicator and names it on every observation', () => {
      const value = dataset(validateDocument(short(obs(), obs({ period: { year: 2019 }, value: 93 }))));
      expect(value.version).to.equal(1);
      expect(value.indicators).to.deep.equal([phone]);
      expect(value.observations.map((o) => o.indicator)).to.deep.equal([phone.id, phone.id]);
      expect(value.observations.map((o) => o.index)).to.deep.equal([0, 1]);
    });

    it('validateDocument(full) keeps every defined field and adds only indicator and index', () => {
      const observation = {
        indicator: 'phone_subscriptions_total',
        id: 'a',
        place: { code: '83', era: '2008-2025' },
        period: { year: 2016, quarter: 4, month: 12 },
        asOf: '2016-12',
        value: 1447307,
        denominator: 2000000,
        breakdown: {
          tier: 'province',
          perUnit: false,
          level: '3',
          subscription: 'telephone',
          scope: 'national',
        },
        target: 1500000,
        qualifier: 'over',
        status: 'estimate',
        change: { against: 'period', period: { year: 2015 }, percent: 3.5, qualifier: 'about' },
        label: { vi: 'Thuê bao', en: 'Subscriptions' },
        source: {
          publisher: 'Sở',
          title: 'Báo cáo',
          url: 'https://example.org',
          date: '2017-01-02',
          file: 'x.txt',
          quote: 'trên 1.447.307',
        },
        note: 'a note',
      };
      const value = dataset(validateDocument(full(observation)));
      expect(value.observations[0]).to.deep.equal({ ...observation, index: 0 });
    });

    it('validateDocument gives a warning, not an error, for an empty observation list', () => {
      const result = validateDocument(short());
      expect(dataset(result).observations).to.deep.equal([]);
      expect(brief(warnings(result))).to.deep.equal([{ code: 'empty', path: 'observations', got: [] }]);
    });

    it('validateDocument accepts percent values over 100 (plans are over-achieved)', () => {
      const doc = {
        version: 1,
        indicator: { ...phone, unit: 'percent' },
        observations: [obs({ value: 111.78 })],
      };
      expect(dataset(validateDocument(doc)).observations[0]?.value).to.equal(111.78);
    });

    it('validateDocument accepts a negative value when change.valueIsChange says it is a change', () => {
      const change = { against: 'period', period: { year: 2019 }, valueIsChange: true };
      expect(dataset(validateDocument(short(obs({ value: -2.5, change })))).observations[0]?.value).to.equal(
        -2.5,
      );
    });

    it('validateDocument normalises a numeric service level 3 to "3"', () => {
      const value = dataset(validateDocument(short(obs({ breakdown: { level: 3 } }))));
      expect(value.observations[0]?.breakdown).to.deep.equal({ level: '3' });
    });

    it('validateDocument accepts fractional counts when the indicator declares decimals', () => {
      const doc = { version: 1, indicator: { ...total, decimals: 1 }, observations: [obs({ value: 1.5 })] };
      expect(validateDocument(doc).ok).to.equal(true);
    });

    it('validateDocument(a validated dataset) gives the same dataset back, without warnings', () => {
      const first = dataset(
        validateDocument(full(obs({ indicator: phone.id }), obs({ indicator: total.id, value: 7 }))),
      );
      const again = validateDocument(first);
      expect(dataset(again)).to.deep.equal(first);
      expect(warnings(again)).to.deep.equal([]);
    });

    it('validateDocument drops the members it warns about from the dataset', () => {
      const result = validateDocument(short(obs({ valeu: 3 })));
      expect(dataset(result).observations[0]).to.not.have.property('valeu');
    });
  });

  describe('places', () => {
    const resolve = (place: unknown, period: unknown = { year: 2020 }) =>
      dataset(validateDocument(short(obs({ place, period })))).observations[0]?.place;

    it('resolves "Hà Tĩnh", "Ha Tinh", "HA TINH" and "Tỉnh Hà Tĩnh" to 42 in 2008-2025 for 2020', () => {
      for (const name of ['Hà Tĩnh', 'Ha Tinh', 'HA TINH', 'Tỉnh Hà Tĩnh']) {
        expect(resolve({ name })).to.deep.equal({ code: '42', era: '2008-2025' });
      }
    });

    it('resolves the English "Ho Chi Minh City" and "TP. Hồ Chí Minh" to 79', () => {
      expect(resolve({ name: 'Ho Chi Minh City' })).to.deep.equal({ code: '79', era: '2008-2025' });
      expect(resolve({ name: 'TP. Hồ Chí Minh' })).to.deep.equal({ code: '79', era: '2008-2025' });
    });

    it('takes the era from the period: "Bắc Ninh" is 27 in 2020 and 24 in 2026', () => {
      expect(resolve({ name: 'Bắc Ninh' }, { year: 2020 })).to.deep.equal({ code: '27', era: '2008-2025' });
      expect(resolve({ name: 'Bắc Ninh' }, { year: 2026 })).to.deep.equal({ code: '24', era: '2025-' });
      expect(resolve({ name: 'Bắc Ninh' }, { year: 2025, month: 8 })).to.deep.equal({
        code: '24',
        era: '2025-',
      });
      expect(resolve({ name: 'Bắc Ninh' }, { year: 2025, quarter: 2 })).to.deep.equal({
        code: '27',
        era: '2008-2025',
      });
    });

    it('an explicit era wins over the period: "Bắc Ninh" with era 2025- in 2020 is 24', () => {
      expect(resolve({ name: 'Bắc Ninh', era: '2025-' }, { year: 2020 })).to.deep.equal({
        code: '24',
        era: '2025-',
      });
    });

    it('code 15 names Yên Bái in 2008-2025 and Lào Cai in 2025-: the era is kept with the code', () => {
      expect(resolve({ code: '15', era: '2008-2025' })).to.deep.equal({ code: '15', era: '2008-2025' });
      expect(resolve({ code: '15', era: '2025-' })).to.deep.equal({ code: '15', era: '2025-' });
    });

    it('warns with missing-field on place.era when a name is read for the year 2025 alone', () => {
      const result = validateDocument(short(obs({ place: { name: 'Bến Tre' }, period: { year: 2025 } })));
      expect(dataset(result).observations[0]?.place).to.deep.equal({ code: '83', era: '2008-2025' });
      expect(brief(warnings(result))).to.deep.equal([
        { code: 'missing-field', path: 'observations[0].place.era' },
      ]);
      expect(warnings(result)[0]?.severity).to.equal('warning');
    });

    it('"Bến Tre" in 2026 is an unknown place (it became part of Vĩnh Long)', () => {
      expect(
        brief(issues(validateDocument(short(obs({ place: { name: 'Bến Tre' }, period: { year: 2026 } }))))),
      ).to.deep.equal([{ code: 'unknown-place', path: 'observations[0].place.name', got: 'Bến Tre' }]);
    });

    it('code 99 is an unknown place; code 83 in era 2025- too', () => {
      expect(
        brief(
          issues(
            validateDocument(
              short(
                obs({ place: { code: '99', era: '2008-2025' } }),
                obs({ place: { code: '83', era: '2025-' } }),
              ),
            ),
          ),
        ),
      ).to.deep.equal([
        { code: 'unknown-place', path: 'observations[0].place.code', got: '99' },
        { code: 'unknown-place', path: 'observations[1].place.code', got: '83' },
      ]);
    });

    it('a name beside a code must name the same unit', () => {
      expect(
        validateDocument(short(obs({ place: { code: '42', era: '2008-2025', name: 'Ha Tinh' } }))).ok,
      ).to.equal(true);
      expect(
        brief(
          issues(validateDocument(short(obs({ place: { code: '42', era: '2008-2025', name: 'Bến Tre' } })))),
        ),
      ).to.deep.equal([{ code: 'unknown-place', path: 'observations[0].place.name', got: 'Bến Tre' }]);
    });

    it('a code without an era is missing-field place.era; an unknown era is unknown-value', () => {
      expect(
        brief(
          issues(
            validateDocument(
              short(obs({ place: { code: '42' } }), obs({ place: { code: '42', era: '2020' } })),
            ),
          ),
        ),
      ).to.deep.equal([
        { code: 'missing-field', path: 'observations[0].place.era' },
        { code: 'unknown-value', path: 'observations[1].place.era', got: '2020' },
      ]);
    });

    it('a place with neither code nor name is missing-field place.code', () => {
      expect(brief(issues(validateDocument(short(obs({ place: {} })))))).to.deep.equal([
        { code: 'missing-field', path: 'observations[0].place.code' },
      ]);
    });
  });

  describe('issue codes and paths', () => {
    it('not-an-object: null, an array, a string at the root', () => {
      for (const input of [null, [], 'text', 42]) {
        expect(brief(issues(validateDocument(input)))).to.deep.equal([
          { code: 'not-an-object', path: '', got: input },
        ]);
      }
    });

    it('not-an-object: an observation that is a number', () => {
      expect(brief(issues(validateDocument(short(7))))).to.deep.equal([
        { code: 'not-an-object', path: 'observations[0]', got: 7 },
      ]);
    });

    it('unsupported-version: version 2 and "1"; missing-field: no version', () => {
      expect(brief(issues(validateDocument({ ...short(obs()), version: 2 })))).to.deep.equal([
        { code: 'unsupported-version', path: 'version', got: 2 },
      ]);
      expect(brief(issues(validateDocument({ ...short(obs()), version: '1' })))).to.deep.equal([
        { code: 'unsupported-version', path: 'version', got: '1' },
      ]);
      const { version: _version, ...noVersion } = short(obs());
      expect(brief(issues(validateDocument(noVersion)))).to.deep.equal([
        { code: 'missing-field', path: 'version' },
      ]);
    });

    it('missing-field: no indicators, no observations, no value, no period, no place', () => {
      expect(brief(issues(validateDocument({ version: 1 })))).to.deep.equal([
        { code: 'missing-field', path: 'indicators' },
        { code: 'missing-field', path: 'observations' },
      ]);
      expect(brief(issues(validateDocument(short({}))))).to.deep.equal([
        { code: 'missing-field', path: 'observations[0].period' },
        { code: 'missing-field', path: 'observations[0].place' },
        { code: 'missing-field', path: 'observations[0].value' },
      ]);
    });

    it('missing-field: an indicator without id, label and unit', () => {
      expect(
        brief(issues(validateDocument({ version: 1, indicator: {}, observations: [obs()] }))),
      ).to.deep.equal([
        { code: 'missing-field', path: 'indicator.id' },
        { code: 'missing-field', path: 'indicator.label' },
        { code: 'missing-field', path: 'indicator.unit' },
      ]);
    });

    it('wrong-type: observations as an object, a label as a string, perUnit as "yes"', () => {
      expect(
        brief(issues(validateDocument({ version: 1, indicator: phone, observations: {} }))),
      ).to.deep.equal([{ code: 'wrong-type', path: 'observations', got: {} }]);
      expect(
        brief(
          issues(
            validateDocument({ version: 1, indicator: { ...phone, label: 'Mật độ' }, observations: [obs()] }),
          ),
        ),
      ).to.deep.equal([{ code: 'wrong-type', path: 'indicator.label', got: 'Mật độ' }]);
      expect(brief(issues(validateDocument(short(obs({ breakdown: { perUnit: 'yes' } })))))).to.deep.equal([
        { code: 'wrong-type', path: 'observations[0].breakdown.perUnit', got: 'yes' },
      ]);
    });

    it('not-a-number: observations[3].value "1.447.307" without viNumbers keeps the raw text as got', () => {
      const result = validateDocument(short(obs(), obs(), obs(), obs({ value: '1.447.307' })));
      expect(issues(result)).to.deep.equal([
        { code: 'not-a-number', path: 'observations[3].value', got: '1.447.307', severity: 'error' },
      ]);
    });

    it('viNumbers: "1.447.307" becomes 1447307, "111,78" 111.78 in value, target, denominator and change', () => {
      const doc = full(
        obs({
          indicator: 'phone_subscriptions_total',
          value: '1.447.307',
          target: '1.500.000',
          denominator: '2.000.000',
        }),
        obs({
          indicator: 'phone_subscriptions_per_100',
          value: '111,78',
          change: { against: 'plan', percentOfPlan: '111,78' },
        }),
      );
      const [a, b] = dataset(validateDocument(doc, { viNumbers: true })).observations;
      expect([a?.value, a?.target, a?.denominator]).to.deep.equal([1447307, 1500000, 2000000]);
      expect(b?.value).to.equal(111.78);
      expect(b?.change).to.deep.equal({ against: 'plan', percentOfPlan: 111.78 });
    });

    it('viNumbers does not apply to periods: year "2020" is not-a-number', () => {
      expect(
        brief(issues(validateDocument(short(obs({ period: { year: '2020' } })), { viNumbers: true }))),
      ).to.deep.equal([{ code: 'not-a-number', path: 'observations[0].period.year', got: '2020' }]);
    });

    it('not-finite: a value of Infinity or NaN set from script', () => {
      expect(
        brief(issues(validateDocument(short(obs({ value: Infinity }), obs({ value: NaN }))))),
      ).to.deep.equal([
        { code: 'not-finite', path: 'observations[0].value', got: Infinity },
        { code: 'not-finite', path: 'observations[1].value', got: NaN },
      ]);
    });

    it('not-an-integer: year 2020.5, decimals 1.5, a count of 1.5', () => {
      const doc = {
        version: 1,
        indicators: [{ ...phone, decimals: 1.5 }, total],
        observations: [
          obs({ indicator: phone.id, period: { year: 2020.5 } }),
          obs({ indicator: total.id, value: 1.5 }),
        ],
      };
      expect(brief(issues(validateDocument(doc)))).to.deep.equal([
        { code: 'not-an-integer', path: 'indicators[0].decimals', got: 1.5 },
        { code: 'not-an-integer', path: 'observations[0].period.year', got: 2020.5 },
        { code: 'not-an-integer', path: 'observations[1].value', got: 1.5 },
      ]);
    });

    it('out-of-range: quarter 5, month 13, year 1800, decimals 7, a negative value and target, a month outside its quarter', () => {
      const doc = {
        version: 1,
        indicator: { ...phone, decimals: 7 },
        observations: [
          obs({ period: { year: 2020, quarter: 5 } }),
          obs({ period: { year: 2020, month: 13 } }),
          obs({ period: { year: 1800 } }),
          obs({ value: -1, target: -2 }),
          obs({ period: { year: 2020, quarter: 1, month: 6 } }),
        ],
      };
      const found = issues(validateDocument(doc));
      expect(brief(found)).to.deep.equal([
        { code: 'out-of-range', path: 'indicator.decimals', got: 7 },
        { code: 'out-of-range', path: 'observations[0].period.quarter', got: 5 },
        { code: 'out-of-range', path: 'observations[1].period.month', got: 13 },
        { code: 'out-of-range', path: 'observations[2].period.year', got: 1800 },
        { code: 'out-of-range', path: 'observations[3].value', got: -1 },
        { code: 'out-of-range', path: 'observations[3].target', got: -2 },
        { code: 'out-of-range', path: 'observations[4].period.month', got: 6 },
      ]);
      expect(found.map((issue) => issue.expected)).to.deep.equal([
        '0–6',
        '1–4',
        '1–12',
        '1900–2100',
        '≥ 0',
        '≥ 0',
        '1–3',
      ]);
    });

    it('out-of-range warning: a value above its denominator', () => {
      const result = validateDocument(short(obs({ value: 130, denominator: 129 })));
      expect(brief(warnings(result))).to.deep.equal([
        { code: 'out-of-range', path: 'observations[0].value', got: 130 },
      ]);
    });

    it('unknown-value: unit, tier, qualifier, status, missing, change.against; expected lists the allowed values', () => {
      const doc = {
        version: 1,
        indicator: { ...phone, unit: 'percentage' },
        observations: [
          obs({ breakdown: { tier: 'ward' }, qualifier: 'roughly', status: 'final' }),
          obs({ value: null, missing: 'unknown' }),
          obs({ change: { against: 'last year' } }),
        ],
      };
      const found = issues(validateDocument(doc));
      expect(brief(found)).to.deep.equal([
        { code: 'unknown-value', path: 'indicator.unit', got: 'percentage' },
        { code: 'unknown-value', path: 'observations[0].breakdown.tier', got: 'ward' },
        { code: 'unknown-value', path: 'observations[0].qualifier', got: 'roughly' },
        { code: 'unknown-value', path: 'observations[0].status', got: 'final' },
        { code: 'unknown-value', path: 'observations[1].missing', got: 'unknown' },
        { code: 'unknown-value', path: 'observations[2].change.against', got: 'last year' },
      ]);
      expect(found[0]?.expected).to.equal('per-100-inhabitants | percent | count | vnd | days');
    });

    it('unknown-value warning: an unknown member such as "valeu"', () => {
      const result = validateDocument(short(obs({ valeu: 95 })));
      expect(brief(warnings(result))).to.deep.equal([
        { code: 'unknown-value', path: 'observations[0].valeu', got: 'valeu' },
      ]);
    });

    it('unknown-indicator: an observation naming an indicator the document lacks', () => {
      expect(brief(issues(validateDocument(full(obs({ indicator: 'phone_per_1000' })))))).to.deep.equal([
        { code: 'unknown-indicator', path: 'observations[0].indicator', got: 'phone_per_1000' },
      ]);
    });

    it('ambiguous-indicator: no indicator on an observation of a two-indicator document; both indicator and indicators', () => {
      expect(brief(issues(validateDocument(full(obs()))))).to.deep.equal([
        { code: 'ambiguous-indicator', path: 'observations[0].indicator' },
      ]);
      const both = issues(validateDocument({ ...full(obs({ indicator: phone.id })), indicator: phone }));
      expect(
        both.filter((issue) => issue.severity === 'error').map((issue) => [issue.code, issue.path]),
      ).to.deep.equal([['ambiguous-indicator', 'indicator']]);
    });

    it('missing-reason: a null value without missing; a warning when missing is given with a number', () => {
      expect(brief(issues(validateDocument(short(obs({ value: null })))))).to.deep.equal([
        { code: 'missing-reason', path: 'observations[0].missing', got: null },
      ]);
      const result = validateDocument(short(obs({ value: 3, missing: 'not-available' })));
      expect(brief(warnings(result))).to.deep.equal([
        { code: 'missing-reason', path: 'observations[0].missing', got: 'not-available' },
      ]);
      expect(dataset(result).observations[0]).to.not.have.property('missing');
    });

    it('a null value with missing "not-applicable" is kept as null', () => {
      const value = dataset(validateDocument(short(obs({ value: null, missing: 'not-applicable' }))));
      expect(value.observations[0]).to.include({ value: null, missing: 'not-applicable' });
    });

    it('duplicate-id: two indicators and two observations with the same id', () => {
      const doc = {
        version: 1,
        indicators: [phone, phone],
        observations: [obs({ id: 'a' }), obs({ id: 'a' })],
      };
      expect(brief(issues(validateDocument(doc)))).to.deep.equal([
        { code: 'duplicate-id', path: 'indicators[1].id', got: phone.id },
        { code: 'duplicate-id', path: 'observations[1].id', got: 'a' },
      ]);
    });

    it('empty: an empty indicator list, an empty label', () => {
      expect(brief(issues(validateDocument({ version: 1, indicators: [], observations: [] })))).to.deep.equal(
        [
          { code: 'empty', path: 'indicators', got: [] },
          { code: 'empty', path: 'observations', got: [] }, // the warning comes along with the errors
        ],
      );
      expect(
        brief(
          issues(
            validateDocument({
              version: 1,
              indicator: { ...phone, label: { vi: ' ' } },
              observations: [obs()],
            }),
          ),
        ),
      ).to.deep.equal([{ code: 'empty', path: 'indicator.label.vi', got: ' ' }]);
    });

    it('wrong-type: a source date and asOf that are not ISO dates', () => {
      const doc = short(obs({ asOf: 'June 2022', source: { date: '24/12/2020' } }));
      expect(brief(issues(validateDocument(doc)))).to.deep.equal([
        { code: 'wrong-type', path: 'observations[0].asOf', got: 'June 2022' },
        { code: 'wrong-type', path: 'observations[0].source.date', got: '24/12/2020' },
      ]);
    });
  });

  describe('policy', () => {
    it('one bad observation among valid ones fails the whole document (no silent drop)', () => {
      const result = validateDocument(short(obs(), obs({ value: 'n/a' }), obs()));
      expect(result.ok).to.equal(false);
      expect(brief(issues(result))).to.deep.equal([
        { code: 'not-a-number', path: 'observations[1].value', got: 'n/a' },
      ]);
    });

    it('every problem is listed, not only the first', () => {
      const result = validateDocument(
        short(obs({ value: 'x' }), obs({ period: { year: 3000 } }), obs({ place: { name: 'Atlantis' } })),
      );
      expect(issues(result).map((issue) => issue.path)).to.deep.equal([
        'observations[0].value',
        'observations[1].period.year',
        'observations[2].place.name',
      ]);
    });

    it(`reports at most MAX_ISSUES (${MAX_ISSUES}) issues for hostile input`, () => {
      const many = Array.from({ length: 500 }, () => obs({ value: 'x' }));
      expect(issues(validateDocument(short(...many)))).to.have.length(MAX_ISSUES);
    });

    it('never throws: a getter that throws becomes an issue', () => {
      const hostile = {
        version: 1,
        indicator: phone,
        get observations(): unknown {
          throw new Error('boom');
        },
      };
      const result = validateDocument(hostile);
      expect(result.ok).to.equal(false);
    });

    it('__proto__ members of parsed JSON are dropped, not followed', () => {
      const input: unknown = JSON.parse(
        '{"version":1,"indicator":{"id":"x","label":{"vi":"X"},"unit":"count"},"observations":[{"place":{"code":"42","era":"2008-2025"},"period":{"year":2020},"value":1,"__proto__":{"polluted":true}}]}',
      );
      const result = validateDocument(input);
      expect(brief(warnings(result))).to.deep.equal([
        { code: 'unknown-value', path: 'observations[0].__proto__', got: '__proto__' },
      ]);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(Object.getPrototypeOf(dataset(result).observations[0])).to.equal(Object.prototype);
    });
  });
});
