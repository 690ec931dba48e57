import { expect } from '@open-wc/testing';
import {
  CSV_COLUMNS,
  errorContext,
  jsonErrorOffset,
  parseIndicatorCsv,
  parseJsonText,
} from '../../../src/core/indicator/parse.js';
import type { DataIssue, IndicatorDataset, ParseResult } from '../../../src/core/indicator/types.js';

function dataset(result: ParseResult): IndicatorDataset {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

function issues(result: ParseResult): DataIssue[] {
  if (result.ok) throw new Error('expected issues, got a dataset');
  return result.issues;
}

function brief(list: readonly DataIssue[]): { code: string; path: string; got?: unknown }[] {
  return list.map(({ code, path, got }) => (got === undefined ? { code, path } : { code, path, got }));
}

const json = JSON.stringify({
  version: 1,
  indicator: { id: 'phone_subscriptions_total', label: { vi: 'Tổng số thuê bao điện thoại' }, unit: 'count' },
  observations: [{ place: { name: 'Bến Tre' }, period: { year: 2016 }, value: '1.447.307' }],
});

describe('parseJsonText', () => {
  it('parseJsonText(valid JSON) validates it', () => {
    const result = parseJsonText(json.replace('"1.447.307"', '1447307'));
    expect(dataset(result).observations[0]).to.include({ value: 1447307 });
  });

  it('parseJsonText(text, { viNumbers: true }) reads "1.447.307" as 1447307', () => {
    expect(dataset(parseJsonText(json, { viNumbers: true })).observations[0]?.value).to.equal(1447307);
  });

  it('parseJsonText(text) without viNumbers reports not-a-number with the raw text', () => {
    expect(brief(issues(parseJsonText(json)))).to.deep.equal([
      { code: 'not-a-number', path: 'observations[0].value', got: '1.447.307' },
    ]);
  });

  it('parseJsonText ignores a byte-order mark', () => {
    expect(parseJsonText(`\uFEFF${json}`, { viNumbers: true }).ok).to.equal(true);
  });

  it('parseJsonText("{\\n  \\"version\\": 1,\\n  oops\\n}") gives invalid-json at line 3, column 3', () => {
    const [issue, ...rest] = issues(parseJsonText('{\n  "version": 1,\n  oops\n}'));
    expect(rest).to.deep.equal([]);
    expect(issue?.code).to.equal('invalid-json');
    expect(issue?.severity).to.equal('error');
    expect(issue?.path).to.equal('3:3');
    expect(String(issue?.got)).to.contain('oops');
  });

  it('the context of invalid JSON starts and ends at word edges, with "…" where its line goes on', () => {
    const text = '{"version": 1, "indicators": [], "observations": [ {"place": oops} ]}';
    const [issue] = issues(parseJsonText(text));
    const got = String(issue?.got);
    expect(got).to.contain('oops');
    expect(got.startsWith('…')).to.equal(true);
    expect(got.endsWith('…')).to.equal(false); // the line ends within reach
    // No cut word: what follows "…" starts at a word edge of the text.
    const start = text.indexOf(got.slice(1));
    expect(start).to.be.greaterThan(0);
    expect(/[\p{L}\p{N}]/u.test(text.charAt(start - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(start))).to.equal(
      false,
    );
  });

  it("errorContext() keeps to the error's line, collapses white space and never gives less than the error", () => {
    expect(errorContext('{\n  "version": 1,\n  oops\n}', 20)).to.equal('oops');
    expect(errorContext('{"version": 1, oops }', 15)).to.equal('{"version": 1, oops }');
    expect(errorContext('{"version": 1, oops }', 15, 5)).to.equal('…: 1, oops…');
    // The error inside a word longer than the reach: that word is cut.
    expect(errorContext('{"version": 1, oops }', 4, 2)).to.equal('…vers…');
    expect(errorContext('a'.repeat(100), 50)).to.equal(`…${'a'.repeat(40)}…`);
    expect(errorContext('x', 0)).to.equal('x');
    expect(errorContext('[1,\t\t\t2 x]', 8)).to.equal('[1, 2 x]');
  });

  it('parseJsonText of truncated JSON gives invalid-json at the end of the text', () => {
    const text = '{"version": 1, "observations": [';
    const [issue] = issues(parseJsonText(text));
    expect(issue?.code).to.equal('invalid-json');
    expect(issue?.path).to.equal(`1:${text.length + 1}`);
  });

  const offsets: [string, number | undefined][] = [
    ['{\n  "version": 1,\n  oops\n}', 20],
    ['{"a": [', 7],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ["{'a':1}", 1],
    ['[1 2]', 3],
    ['[1, 2] x', 7],
    ['"tab\there"', 0],
    ['{"a": [1, {"b": null}], "c": "\\u00e9"}', undefined],
    ['  []  ', undefined],
  ];
  for (const [text, offset] of offsets) {
    it(`jsonErrorOffset(${JSON.stringify(text)}) gives ${offset} (the fallback for engines without a position)`, () => {
      expect(jsonErrorOffset(text)).to.equal(offset);
    });
  }

  it('parseJsonText("") and whitespace give empty', () => {
    expect(brief(issues(parseJsonText('')))).to.deep.equal([{ code: 'empty', path: '' }]);
    expect(brief(issues(parseJsonText('  \n ')))).to.deep.equal([{ code: 'empty', path: '' }]);
  });

  it('parseJsonText("42") gives not-an-object', () => {
    expect(brief(issues(parseJsonText('42')))).to.deep.equal([{ code: 'not-an-object', path: '', got: 42 }]);
  });
});

const HEADER =
  'indicator,indicator_label_vi,indicator_label_en,unit,province_code,era,province,year,value,missing,tier,per_unit,level,qualifier,status,note';

describe('parseIndicatorCsv', () => {
  it('parseIndicatorCsv reads one observation per row, the metadata from the first row of each indicator', () => {
    const csv = [
      HEADER,
      'phone_per_100,Mật độ thuê bao điện thoại,Telephone subscriptions per 100,per-100-inhabitants,42,2008-2025,,2020,94,,,,,,,',
      'phone_per_100,,,,,,Bến Tre,2016,114,,,,,,,',
      'level3,Dịch vụ công mức độ 3,,count,,,Hà Tĩnh,2020,"1,5",,commune,true,3,over,estimate,mỗi xã',
      'level3,,,,,,Hà Tĩnh,2021,,not-available,,,,,,',
    ].join('\n');
    const value = dataset(parseIndicatorCsv(csv.replace('"1,5"', '15')));
    expect(value.indicators).to.deep.equal([
      {
        id: 'phone_per_100',
        label: { vi: 'Mật độ thuê bao điện thoại', en: 'Telephone subscriptions per 100' },
        unit: 'per-100-inhabitants',
      },
      { id: 'level3', label: { vi: 'Dịch vụ công mức độ 3' }, unit: 'count' },
    ]);
    expect(
      value.observations.map(({ indicator, place, period, value: v }) => [
        indicator,
        place.code,
        period.year,
        v,
      ]),
    ).to.deep.equal([
      ['phone_per_100', '42', 2020, 94],
      ['phone_per_100', '83', 2016, 114],
      ['level3', '42', 2020, 15],
      ['level3', '42', 2021, null],
    ]);
    expect(value.observations[2]).to.deep.include({
      breakdown: { tier: 'commune', perUnit: true, level: '3' },
      qualifier: 'over',
      status: 'estimate',
      note: 'mỗi xã',
    });
    expect(value.observations[3]).to.include({ missing: 'not-available' });
  });

  it('parseIndicatorCsv names issues by spreadsheet row and column: rows[3].value', () => {
    const csv = [
      HEADER,
      'p,P,,percent,42,2008-2025,,2020,94,,,,,,,',
      'p,,,,42,2008-2025,,2021,"1.447.307",,,,,,,',
    ].join('\n');
    expect(brief(issues(parseIndicatorCsv(csv)))).to.deep.equal([
      { code: 'not-a-number', path: 'rows[3].value', got: '1.447.307' },
    ]);
  });

  it('parseIndicatorCsv(text, { viNumbers: true }) reads "1.447.307" and "11,7" the Vietnamese way, "1.500" as 1500', () => {
    const csv = [
      'indicator,indicator_label_vi,unit,province,year,value',
      'n,Số,count,Bến Tre,2016,1.447.307',
      'n,Số,count,Bến Tre,2015,1.500',
      'd,Mật độ,per-100-inhabitants,Hà Tĩnh,2020,"11,7"',
    ].join('\n');
    expect(
      dataset(parseIndicatorCsv(csv, { viNumbers: true })).observations.map((o) => o.value),
    ).to.deep.equal([1447307, 1500, 11.7]);
  });

  it('parseIndicatorCsv maps nested paths to columns: province, era, year, quarter, tier, indicator_label_vi', () => {
    const csv = [
      'indicator,indicator_label_vi,unit,province_code,era,province,year,quarter,value,tier',
      'a,,count,42,,,2020,,1,',
      'a,,,,,Atlantis,2020,5,1,ward',
    ].join('\n');
    expect(brief(issues(parseIndicatorCsv(csv)))).to.deep.equal([
      { code: 'missing-field', path: 'rows[2].indicator_label_vi' },
      { code: 'missing-field', path: 'rows[2].era' },
      { code: 'out-of-range', path: 'rows[3].quarter', got: 5 },
      { code: 'unknown-value', path: 'rows[3].tier', got: 'ward' },
    ]);
  });

  it('parseIndicatorCsv: a later row contradicting the unit is ambiguous-indicator on that cell', () => {
    const csv = [
      'indicator,indicator_label_vi,unit,province,year,value',
      'a,A,count,Hà Tĩnh,2020,1',
      'a,A,percent,Hà Tĩnh,2021,2',
    ].join('\n');
    expect(issues(parseIndicatorCsv(csv))).to.deep.equal([
      {
        code: 'ambiguous-indicator',
        path: 'rows[3].unit',
        got: 'percent',
        expected: 'count',
        severity: 'error',
      },
    ]);
  });

  it('parseIndicatorCsv: missing required columns are missing-field on the header row', () => {
    expect(brief(issues(parseIndicatorCsv('indicator,year\na,2020')))).to.deep.equal([
      { code: 'missing-field', path: 'rows[1].indicator_label_vi' },
      { code: 'missing-field', path: 'rows[1].unit' },
      { code: 'missing-field', path: 'rows[1].value' },
      { code: 'missing-field', path: 'rows[1].province' },
    ]);
  });

  it('parseIndicatorCsv: a row with more cells than the header is csv-parse', () => {
    const csv = 'indicator,indicator_label_vi,unit,province,year,value\na,A,count,Hà Tĩnh,2020,1,extra';
    expect(brief(issues(parseIndicatorCsv(csv)))).to.deep.equal([
      { code: 'csv-parse', path: 'rows[2]', got: 7 },
    ]);
  });

  it('parseIndicatorCsv: an unknown column is a warning on the header; blank lines are skipped', () => {
    const csv =
      'indicator,indicator_label_vi,unit,province,year,value,colour\n\na,A,count,Hà Tĩnh,2020,1,red\n';
    const result = parseIndicatorCsv(csv);
    expect(result.ok).to.equal(true);
    if (result.ok)
      expect(brief(result.warnings)).to.deep.equal([
        { code: 'unknown-value', path: 'rows[1].colour', got: 'colour' },
      ]);
  });

  it('parseIndicatorCsv: an empty value without missing is missing-reason; an empty indicator cell is missing-field', () => {
    const csv =
      'indicator,indicator_label_vi,unit,province,year,value\na,A,count,Hà Tĩnh,2020,\n,A,count,Hà Tĩnh,2021,3';
    expect(brief(issues(parseIndicatorCsv(csv)))).to.deep.equal([
      { code: 'missing-field', path: 'rows[3].indicator' },
      { code: 'missing-reason', path: 'rows[2].missing', got: null },
    ]);
  });

  it('parseIndicatorCsv("") and a header alone give empty', () => {
    expect(brief(issues(parseIndicatorCsv('')))).to.deep.equal([{ code: 'empty', path: '' }]);
    expect(brief(issues(parseIndicatorCsv('indicator,value\n')))).to.deep.equal([
      { code: 'empty', path: '' },
    ]);
  });

  it('parseIndicatorCsv reads every documented column', () => {
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      indicator: 'a',
      indicator_label_vi: 'Ả',
      indicator_label_en: 'A',
      unit: 'percent',
      decimals: '1',
      category: 'egov',
      id: 'a-1',
      province_code: '83',
      era: '2008-2025',
      province: 'Bến Tre',
      year: '2021',
      quarter: '4',
      month: '12',
      as_of: '2021-12',
      value: '78.5',
      missing: '',
      denominator: '100',
      target: '80',
      tier: 'commune',
      per_unit: 'false',
      level: 'full-process',
      subscription: 'mobile',
      scope: 'village',
      qualifier: 'about',
      status: 'provisional',
      note: 'n',
      source_publisher: 'Sở',
      source_title: 'Báo cáo',
      source_url: 'https://example.org',
      source_date: '2022-01-21',
      quote: 'đạt 78,5%',
    };
    const csv = `${CSV_COLUMNS.join(',')}\n${CSV_COLUMNS.map((c) => `"${row[c]}"`).join(',')}`;
    const value = dataset(parseIndicatorCsv(csv));
    expect(value.indicators).to.deep.equal([
      { id: 'a', label: { vi: 'Ả', en: 'A' }, unit: 'percent', decimals: 1, category: 'egov' },
    ]);
    expect(value.observations[0]).to.deep.equal({
      indicator: 'a',
      id: 'a-1',
      place: { code: '83', era: '2008-2025' },
      period: { year: 2021, quarter: 4, month: 12 },
      asOf: '2021-12',
      value: 78.5,
      denominator: 100,
      target: 80,
      breakdown: {
        tier: 'commune',
        perUnit: false,
        level: 'full-process',
        subscription: 'mobile',
        scope: 'village',
      },
      qualifier: 'about',
      status: 'provisional',
      note: 'n',
      source: {
        publisher: 'Sở',
        title: 'Báo cáo',
        url: 'https://example.org',
        date: '2022-01-21',
        quote: 'đạt 78,5%',
      },
      index: 0,
    });
  });
});
