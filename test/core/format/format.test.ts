import { expect } from '@open-wc/testing';
import {
  NOT_A_NUMBER,
  defaultDecimals,
  formatCompact,
  formatDate,
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  formatPeriod,
  formatSignedPercent,
  formatValue,
  formatterCacheSize,
  localeTag,
  numberFormat,
  provinceName,
  unitLabel,
} from '../../../src/core/format/index.js';

const NBSP = '\u00a0';

describe('format', () => {
  describe('localeTag and the formatter cache', () => {
    it('localeTag("vi") is "vi-VN", localeTag("en") is "en"', () => {
      expect(localeTag('vi')).to.equal('vi-VN');
      expect(localeTag('en')).to.equal('en');
    });

    it('numberFormat(lang, options) returns the same instance for equal options', () => {
      const a = numberFormat('vi', { maximumFractionDigits: 3 });
      const size = formatterCacheSize();
      const b = numberFormat('vi', { maximumFractionDigits: 3 });
      expect(b).to.equal(a);
      expect(formatterCacheSize()).to.equal(size);
      expect(numberFormat('en', { maximumFractionDigits: 3 })).to.not.equal(a);
    });

    it('formatting many values adds no formatter after the first', () => {
      formatNumber(1, 'vi');
      const size = formatterCacheSize();
      for (let i = 0; i < 1000; i++) formatNumber(i * 1.5, 'vi');
      expect(formatterCacheSize()).to.equal(size);
    });
  });

  describe('formatNumber', () => {
    it('formatNumber(1447307, "vi") gives "1.447.307" and "en" gives "1,447,307"', () => {
      expect(formatNumber(1447307, 'vi')).to.equal('1.447.307');
      expect(formatNumber(1447307, 'en')).to.equal('1,447,307');
    });
    it('formatNumber(11.7, lang) gives "11,7" / "11.7"', () => {
      expect(formatNumber(11.7, 'vi')).to.equal('11,7');
      expect(formatNumber(11.7, 'en')).to.equal('11.7');
    });
    it('formatNumber(1341424606000, lang) gives "1.341.424.606.000" / "1,341,424,606,000"', () => {
      expect(formatNumber(1341424606000, 'vi')).to.equal('1.341.424.606.000');
      expect(formatNumber(1341424606000, 'en')).to.equal('1,341,424,606,000');
    });
    it('formatNumber(94, lang) gives "94" (no trailing zeros)', () => {
      expect(formatNumber(94, 'vi')).to.equal('94');
      expect(formatNumber(94, 'en', 2)).to.equal('94');
    });
    it('decimals is the maximum of fraction digits: formatNumber(111.7849, "vi", 2) gives "111,78"', () => {
      expect(formatNumber(111.7849, 'vi', 2)).to.equal('111,78');
      expect(formatNumber(111.7849, 'vi', 0)).to.equal('112');
      expect(formatNumber(0.123456, 'en')).to.equal('0.12');
      expect(formatNumber(2.5, 'en', -3)).to.equal('3');
    });
    it('formatNumber of negatives and -0: "-3,5" and "0"', () => {
      expect(formatNumber(-3.5, 'vi')).to.equal('-3,5');
      expect(formatNumber(-0, 'vi')).to.equal('0');
      expect(formatNumber(-0.001, 'en')).to.equal('0');
    });
    it('formatNumber(NaN) and Infinity give "—"', () => {
      expect(formatNumber(Number.NaN, 'vi')).to.equal(NOT_A_NUMBER);
      expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).to.equal('—');
    });
  });

  describe('percents', () => {
    it(`formatPercent(111.78, "vi") gives "111,78 %" with U+00A0; "en" gives "111.78%"`, () => {
      expect(formatPercent(111.78, 'vi')).to.equal(`111,78${NBSP}%`);
      expect(formatPercent(111.78, 'en')).to.equal('111.78%');
    });
    it('formatPercent(98.9, lang) gives "98,9 %" / "98.9%"', () => {
      expect(formatPercent(98.9, 'vi')).to.equal(`98,9${NBSP}%`);
      expect(formatPercent(98.9, 'en')).to.equal('98.9%');
    });
    it('formatPercent(100, "vi") gives "100 %"', () => {
      expect(formatPercent(100, 'vi')).to.equal(`100${NBSP}%`);
    });
    it('formatSignedPercent(15.9, lang) gives "+15,9 %" / "+15.9%"; 1.1 gives "+1,1 %"', () => {
      expect(formatSignedPercent(15.9, 'vi')).to.equal(`+15,9${NBSP}%`);
      expect(formatSignedPercent(15.9, 'en')).to.equal('+15.9%');
      expect(formatSignedPercent(1.1, 'vi')).to.equal(`+1,1${NBSP}%`);
    });
    it('formatSignedPercent of a fall and of zero: "-1,1 %", "0 %"', () => {
      expect(formatSignedPercent(-1.1, 'vi')).to.equal(`-1,1${NBSP}%`);
      expect(formatSignedPercent(0, 'vi')).to.equal(`0${NBSP}%`);
    });
    it('formatPercentagePoints(3.2, lang) gives "+3,2 điểm phần trăm" / "+3.2 percentage points"', () => {
      expect(formatPercentagePoints(3.2, 'vi')).to.equal('+3,2 điểm phần trăm');
      expect(formatPercentagePoints(3.2, 'en')).to.equal('+3.2 percentage points');
      expect(formatPercentagePoints(-1, 'en')).to.equal('-1 percentage point');
      expect(formatPercentagePoints(1, 'en')).to.equal('+1 percentage point');
    });
  });

  describe('formatValue and unitLabel', () => {
    it('formatValue(94, "per-100-inhabitants") gives "94 thuê bao/100 dân" / "94 per 100 inhabitants"', () => {
      expect(formatValue(94, 'per-100-inhabitants', 'vi')).to.equal('94 thuê bao/100 dân');
      expect(formatValue(94, 'per-100-inhabitants', 'en')).to.equal('94 per 100 inhabitants');
      expect(formatValue(11.7, 'per-100-inhabitants', 'vi')).to.equal('11,7 thuê bao/100 dân');
    });
    it('formatValue(111.78, "percent") gives "111,78 %" / "111.78%"', () => {
      expect(formatValue(111.78, 'percent', 'vi')).to.equal(`111,78${NBSP}%`);
      expect(formatValue(111.78, 'percent', 'en')).to.equal('111.78%');
      expect(formatValue(85, 'percent', 'vi')).to.equal(`85${NBSP}%`);
    });
    it('formatValue(1447307, "count") gives "1.447.307" / "1,447,307"', () => {
      expect(formatValue(1447307, 'count', 'vi')).to.equal('1.447.307');
      expect(formatValue(1447307, 'count', 'en')).to.equal('1,447,307');
    });
    it('formatValue(1341424606000, "vnd") gives "1.341.424.606.000 đồng" / "VND 1,341,424,606,000"', () => {
      expect(formatValue(1341424606000, 'vnd', 'vi')).to.equal('1.341.424.606.000 đồng');
      expect(formatValue(1341424606000, 'vnd', 'en')).to.equal('VND 1,341,424,606,000');
    });
    it('formatValue(4, "days") gives "4 ngày" / "4 days"; 1 day is singular', () => {
      expect(formatValue(4, 'days', 'vi')).to.equal('4 ngày');
      expect(formatValue(4, 'days', 'en')).to.equal('4 days');
      expect(formatValue(1, 'days', 'en')).to.equal('1 day');
      expect(formatValue(2.5, 'days', 'vi')).to.equal('2,5 ngày');
    });
    it('formatValue uses defaultDecimals: counts round to whole numbers, percents keep 2 decimals', () => {
      expect(defaultDecimals('count')).to.equal(0);
      expect(defaultDecimals('vnd')).to.equal(0);
      expect(defaultDecimals('days')).to.equal(1);
      expect(defaultDecimals('percent')).to.equal(2);
      expect(defaultDecimals('per-100-inhabitants')).to.equal(2);
      expect(formatValue(83.72093, 'percent', 'vi')).to.equal(`83,72${NBSP}%`);
      expect(formatValue(83.72093, 'percent', 'vi', 1)).to.equal(`83,7${NBSP}%`);
      expect(formatValue(12.6, 'count', 'en')).to.equal('13');
    });
    it('formatValue(NaN, unit) gives "—"', () => {
      expect(formatValue(Number.NaN, 'vnd', 'vi')).to.equal('—');
    });
    it('unitLabel in both forms and languages', () => {
      expect(unitLabel('per-100-inhabitants', 'vi', 'short')).to.equal('thuê bao/100 dân');
      expect(unitLabel('per-100-inhabitants', 'en', 'short')).to.equal('per 100 inhabitants');
      expect(unitLabel('per-100-inhabitants', 'en', 'long')).to.equal('subscriptions per 100 inhabitants');
      expect(unitLabel('percent', 'vi', 'short')).to.equal('%');
      expect(unitLabel('percent', 'vi', 'long')).to.equal('phần trăm');
      expect(unitLabel('vnd', 'vi', 'short')).to.equal('đồng');
      expect(unitLabel('vnd', 'en', 'short')).to.equal('VND');
      expect(unitLabel('days', 'vi', 'long')).to.equal('ngày');
      expect(unitLabel('days', 'en', 'short')).to.equal('days');
      expect(unitLabel('count', 'vi', 'short')).to.equal('');
      expect(unitLabel('count', 'en', 'long')).to.equal('');
    });
  });

  describe('formatCompact', () => {
    it('formatCompact(1341424606000) gives "1,34 nghìn tỷ" / "1.34T"', () => {
      expect(formatCompact(1341424606000, 'vi')).to.equal(`1,34${NBSP}nghìn${NBSP}tỷ`);
      expect(formatCompact(1341424606000, 'en')).to.equal('1.34T');
    });
    it('formatCompact spells Vietnamese magnitudes with no-break spaces: tỷ, triệu, nghìn', () => {
      expect(formatCompact(2.5e9, 'vi')).to.equal(`2,5${NBSP}tỷ`);
      expect(formatCompact(1447307, 'vi')).to.equal(`1,45${NBSP}triệu`);
      expect(formatCompact(15000, 'vi')).to.equal(`15${NBSP}nghìn`);
      expect(formatCompact(-15000, 'vi')).to.equal(`-15${NBSP}nghìn`);
      expect(formatCompact(2.5e9, 'en')).to.equal('2.5B');
      expect(formatCompact(1447307, 'en')).to.equal('1.45M');
      expect(formatCompact(15000, 'en')).to.equal('15K');
    });
    it('formatCompact leaves values under 1,000 plain: 999, 0,25, 0', () => {
      expect(formatCompact(999, 'vi')).to.equal('999');
      expect(formatCompact(0.25, 'vi')).to.equal('0,25');
      expect(formatCompact(0, 'en')).to.equal('0');
    });
  });

  describe('periods and dates', () => {
    it('formatPeriod({year: 2020}) gives "2020"', () => {
      expect(formatPeriod({ year: 2020 }, 'vi')).to.equal('2020');
      expect(formatPeriod({ year: 2020 }, 'en')).to.equal('2020');
    });
    it('formatPeriod({year: 2020, quarter: 2}) gives "Quý 2/2020" / "Q2 2020"', () => {
      expect(formatPeriod({ year: 2020, quarter: 2 }, 'vi')).to.equal('Quý 2/2020');
      expect(formatPeriod({ year: 2020, quarter: 2 }, 'en')).to.equal('Q2 2020');
    });
    it('formatPeriod({year: 2022, month: 6}) gives "Tháng 6/2022" / "June 2022"; month wins over quarter', () => {
      expect(formatPeriod({ year: 2022, month: 6 }, 'vi')).to.equal('Tháng 6/2022');
      expect(formatPeriod({ year: 2022, month: 6 }, 'en')).to.equal('June 2022');
      expect(formatPeriod({ year: 2022, quarter: 2, month: 6 }, 'en')).to.equal('June 2022');
    });
    it('formatDate gives "2020", "Tháng 6/2022" / "June 2022", "24/12/2020" / "24 December 2020"', () => {
      expect(formatDate('2020', 'vi')).to.equal('2020');
      expect(formatDate('2022-06', 'vi')).to.equal('Tháng 6/2022');
      expect(formatDate('2022-06', 'en')).to.equal('June 2022');
      expect(formatDate('2020-12-24', 'vi')).to.equal('24/12/2020');
      expect(formatDate('2022-06-05', 'vi')).to.equal('05/06/2022');
      expect(formatDate('2020-12-24', 'en')).to.equal('24 December 2020');
    });
    it('formatDate returns anything else unchanged', () => {
      expect(formatDate('24/12/2020', 'vi')).to.equal('24/12/2020');
      expect(formatDate('2020-13', 'en')).to.equal('2020-13');
      expect(formatDate('2020-12-32', 'en')).to.equal('2020-12-32');
    });
  });

  it('re-exports provinceName: provinceName({code: "42", era: "2008-2025"}, "vi") is "Hà Tĩnh"', () => {
    expect(provinceName({ code: '42', era: '2008-2025' }, 'vi')).to.equal('Hà Tĩnh');
  });
});
