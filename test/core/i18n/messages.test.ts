import { expect } from '@open-wc/testing';
import {
  MAX_QUOTED_LENGTH,
  MESSAGES,
  describeIssue,
  en,
  messages,
  quoteValue,
  vi,
  type Messages,
} from '../../../src/core/i18n/index.js';
import { ISSUE_CODES, type DataIssue, type IssueCode } from '../../../src/core/indicator/types.js';

const issue = (code: IssueCode, path: string, got?: unknown, expected?: string): DataIssue => {
  const i: DataIssue = { code, path, severity: 'error' };
  if (got !== undefined) i.got = got;
  if (expected !== undefined) i.expected = expected;
  return i;
};

/** Letters only Vietnamese uses (the en catalogue must contain none: ACCESSIBILITY row 39). */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Every text of a catalogue: strings as they are, functions called with sample arguments. */
function allTexts(catalogue: Messages): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
      for (const args of [
        ['"x"', '1–4', '2019', 'y'],
        [1, '1', 'not-available', 'z'],
        [{ got: '"x"', expected: 'a | b', path: 'p', unknownKey: false }],
        [{ got: '"x"', path: 'p.x', unknownKey: true }],
        [{ path: '3:5', unknownKey: false }],
        ['15,9', 'up', '2019', 'about'],
        ['15,9', 'down', '2019'],
        ['15,9', 'flat', '2019'],
        [['a', 'b'], 2],
      ]) {
        try {
          out.push(String((value as (...a: unknown[]) => unknown)(...args)));
        } catch {
          // arguments of another function's shape
        }
      }
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(catalogue);
  return out;
}

describe('i18n/messages', () => {
  describe('describeIssue', () => {
    it('describeIssue(not-a-number "1.447.307", "vi") gives the issue\'s Vietnamese example', () => {
      expect(describeIssue(issue('not-a-number', 'observations[3].value', '1.447.307'), 'vi')).to.equal(
        'observations[3].value: cần một số, nhận được "1.447.307"',
      );
    });

    it('describeIssue(not-a-number "1.447.307", "en") gives the English example', () => {
      expect(describeIssue(issue('not-a-number', 'observations[3].value', '1.447.307'), 'en')).to.equal(
        'observations[3].value: expected a number, got "1.447.307"',
      );
    });

    it('has one non-empty message per IssueCode in both languages, different between vi and en', () => {
      for (const code of ISSUE_CODES) {
        const sample = issue(code, 'observations[0].value', 'x', 'a | b');
        const textVi = describeIssue(sample, 'vi');
        const textEn = describeIssue(sample, 'en');
        expect(vi.issues[code], code).to.be.a('function');
        expect(en.issues[code], code).to.be.a('function');
        expect(textVi.length, code).to.be.greaterThan(5);
        expect(textEn, code).to.not.equal(textVi);
        expect(textEn, code).to.not.match(VIETNAMESE);
      }
    });

    it('uses `expected` for allowed values: unknown-value lists them', () => {
      const i = issue(
        'unknown-value',
        'observations[0].qualifier',
        'roughly',
        'over | about | nearly | under',
      );
      expect(describeIssue(i, 'vi')).to.equal(
        'observations[0].qualifier: giá trị "roughly" không hợp lệ (một trong: over | about | nearly | under)',
      );
      expect(describeIssue(i, 'en')).to.equal(
        'observations[0].qualifier: unknown value "roughly" (one of: over | about | nearly | under)',
      );
    });

    it('uses `expected` for a range: out-of-range 5 for a quarter says 1–4', () => {
      const i = issue('out-of-range', 'observations[2].period.quarter', 5, '1–4');
      expect(describeIssue(i, 'vi')).to.equal(
        'observations[2].period.quarter: giá trị 5 nằm ngoài khoảng cho phép (cần: 1–4)',
      );
      expect(describeIssue(i, 'en')).to.equal(
        'observations[2].period.quarter: value 5 is out of range (expected: 1–4)',
      );
    });

    it('names expected JSON types in the language (wrong-type "object")', () => {
      const i = issue('wrong-type', 'observations[1].place', 42, 'object');
      expect(describeIssue(i, 'vi')).to.equal('observations[1].place: sai kiểu: cần đối tượng, nhận được 42');
      expect(describeIssue(i, 'en')).to.equal(
        'observations[1].place: wrong type: expected an object, got 42',
      );
    });

    it('says an unknown key is ignored rather than calling the key a bad value', () => {
      const i = issue('unknown-value', 'observations[0].colour', 'colour', 'indicator | id | place');
      expect(describeIssue(i, 'vi')).to.equal(
        'observations[0].colour: trường này không có trong định dạng, bị bỏ qua',
      );
      expect(describeIssue(i, 'en')).to.equal(
        'observations[0].colour: this field is not part of the format and is ignored',
      );
    });

    it('places invalid JSON by line and column instead of a path', () => {
      const i = issue('invalid-json', '3:5', '"value": 1,,');
      expect(describeIssue(i, 'vi')).to.equal('JSON không hợp lệ ở dòng 3, cột 5, gần "\\"value\\": 1,,"');
      expect(describeIssue(i, 'en')).to.equal('Invalid JSON at line 3, column 5, near "\\"value\\": 1,,"');
    });

    it('capitalises a message without a path ("empty" input)', () => {
      expect(describeIssue(issue('empty', ''), 'vi')).to.equal('Không có nội dung');
      expect(describeIssue(issue('empty', ''), 'en')).to.equal('Is empty');
    });

    it('missing-reason: a null value without a reason vs a reason on a present value', () => {
      expect(
        describeIssue(
          issue('missing-reason', 'observations[4].missing', null, 'not-available | not-applicable'),
          'vi',
        ),
      ).to.equal(
        'observations[4].missing: giá trị trống cần ghi lý do thiếu số liệu (một trong: not-available | not-applicable)',
      );
      expect(
        describeIssue(issue('missing-reason', 'observations[4].missing', 'not-available'), 'en'),
      ).to.equal('observations[4].missing: the value is given, so the reason "not-available" is ignored');
    });

    it('http-status and fetch-timeout quote what the loader reports', () => {
      expect(describeIssue(issue('http-status', 'src', 404, '200–299'), 'vi')).to.equal(
        'src: máy chủ trả về mã lỗi 404',
      );
      expect(describeIssue(issue('fetch-timeout', 'src', '/data/x.json', '≤ 5000 ms'), 'en')).to.equal(
        'src: timed out loading "/data/x.json" (limit: ≤ 5000 ms)',
      );
    });

    it("uses a given catalogue (a page's rewording)", () => {
      const custom = messages('vi', {
        vi: { issues: { 'not-a-number': ({ got }) => `phải là số, không phải ${got}` } },
      });
      expect(describeIssue(issue('not-a-number', 'value', 'abc'), 'vi', custom)).to.equal(
        'value: phải là số, không phải "abc"',
      );
    });
  });

  describe('quoteValue', () => {
    it('quotes strings with JSON escaping (quotes, newlines)', () => {
      expect(quoteValue('a "b"\nc')).to.equal('"a \\"b\\"\\nc"');
    });

    it(`cuts long strings to ${MAX_QUOTED_LENGTH} characters ending with "…"`, () => {
      const quoted = quoteValue('x'.repeat(500)) ?? '';
      expect(quoted).to.equal(`"${'x'.repeat(MAX_QUOTED_LENGTH - 1)}…"`);
    });

    it('writes numbers as written, including Infinity and NaN (JSON.stringify would say null)', () => {
      expect(quoteValue(42)).to.equal('42');
      expect(quoteValue(Infinity)).to.equal('Infinity');
      expect(quoteValue(NaN)).to.equal('NaN');
      expect(quoteValue(null)).to.equal('null');
      expect(quoteValue(true)).to.equal('true');
      expect(quoteValue(undefined)).to.equal(undefined);
    });

    it('writes objects as cut JSON and survives circular ones', () => {
      expect(quoteValue({ a: 1 })).to.equal('{"a":1}');
      expect(quoteValue(Array.from({ length: 100 }, (_, i) => i))!.length).to.equal(MAX_QUOTED_LENGTH);
      const circular: Record<string, unknown> = {};
      circular['self'] = circular;
      expect(quoteValue(circular)).to.equal('[object Object]');
    });

    it('does not split a surrogate pair when cutting', () => {
      const quoted = quoteValue('😀'.repeat(100)) ?? '';
      expect(quoted).to.equal(`"${'😀'.repeat(MAX_QUOTED_LENGTH - 1)}…"`);
    });
  });

  describe('catalogues', () => {
    it('have the Vietnamese names in correct spelling', () => {
      expect(vi.missing['not-available']).to.equal('không có số liệu');
      expect(vi.missing['not-applicable']).to.equal('không áp dụng');
      expect(vi.levels['3']).to.equal('Mức độ 3');
      expect(vi.levels['full-process']).to.equal('Toàn trình');
      expect(vi.levels.partial).to.equal('Một phần');
      expect(vi.tiers.province).to.equal('Cấp tỉnh');
      expect(vi.tiers['province+district+commune']).to.equal('Cấp tỉnh/huyện/xã');
      expect(vi.subscriptions['fixed-broadband']).to.equal('Băng rộng cố định');
      expect(vi.subscriptions['mobile-broadband']).to.equal('Băng rộng di động');
      expect(vi.subscriptions['fixed-telephone']).to.equal('Điện thoại cố định');
      expect([
        vi.qualifiers.over,
        vi.qualifiers.about,
        vi.qualifiers.nearly,
        vi.qualifiers.under,
      ]).to.deep.equal(['trên', 'khoảng', 'gần', 'dưới']);
      expect(vi.statuses.estimate).to.equal('ước đạt');
    });

    it('English texts contain no Vietnamese letters (dictionary check of every text and function)', () => {
      const offenders = allTexts(en).filter((t) => VIETNAMESE.test(t));
      expect(offenders).to.deep.equal([]);
      expect(allTexts(vi).some((t) => VIETNAMESE.test(t))).to.equal(true);
    });

    it('the two catalogues have the same keys at every level', () => {
      const keys = (value: unknown, prefix = ''): string[] =>
        value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => [prefix + k, ...keys(v, `${prefix}${k}.`)])
          : [];
      expect(keys(en).sort()).to.deep.equal(keys(vi).sort());
    });

    it('stated change phrases: "tăng 15,9 % so với năm 2019" / "up 15.9% from 2019"', () => {
      expect(vi.phrases.statedChange('15,9\u00a0%', 'up', 'năm 2019')).to.equal(
        'tăng 15,9\u00a0% so với năm 2019',
      );
      expect(vi.phrases.statedChange('3,5\u00a0%', 'up', 'năm 2019', 'khoảng')).to.equal(
        'tăng khoảng 3,5\u00a0% so với năm 2019',
      );
      expect(en.phrases.statedChange('15.9%', 'down', '2019', 'nearly')).to.equal(
        'down nearly 15.9% from 2019',
      );
    });
  });

  describe('messages(lang, overrides)', () => {
    it('returns the built-in catalogue without overrides', () => {
      expect(messages('vi')).to.equal(MESSAGES.vi);
      expect(messages('en')).to.equal(MESSAGES.en);
      expect(messages('en', { vi: { table: { place: 'Địa phương' } } })).to.equal(MESSAGES.en);
    });

    it('merges a deep partial override for that language only, leaving the built-in catalogue unchanged', () => {
      const custom = messages('vi', {
        vi: { table: { place: 'Địa phương' }, missing: { 'not-available': 'chưa có số liệu' } },
      });
      expect(custom.table.place).to.equal('Địa phương');
      expect(custom.table.year).to.equal('Năm');
      expect(custom.missing['not-available']).to.equal('chưa có số liệu');
      expect(custom.missing['not-applicable']).to.equal('không áp dụng');
      expect(vi.table.place).to.equal('Tỉnh/thành phố');
      expect(vi.missing['not-available']).to.equal('không có số liệu');
    });

    it('replaces functions whole and ignores undefined entries', () => {
      const custom = messages('en', {
        en: { summary: { highest: (name, value) => `Top: ${name} (${value})`, noValues: undefined } },
      });
      expect(custom.summary.highest('Ben Tre', '114')).to.equal('Top: Ben Tre (114)');
      expect(custom.summary.noValues).to.equal(en.summary.noValues);
    });
  });
});
