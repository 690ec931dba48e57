import { expect } from '@open-wc/testing';
import {
  changeText,
  lowerFirst,
  observationName,
  seriesLabel,
  valueText,
} from '../../../src/core/describe/labels.js';
import { messages } from '../../../src/core/i18n/messages.js';
import type { ResolvedObservation } from '../../../src/core/indicator/types.js';
import * as F from './fixtures.js';

const NBSP = '\u00a0';

describe('describe/labels', () => {
  describe('observationName', () => {
    it('Hà Tĩnh 2020 phone density 94 (seed) reads as one sentence in vi', () => {
      expect(observationName(F.haTinhPhone2020, F.phonePer100, 'vi')).to.equal(
        'Hà Tĩnh, 2020, thuê bao điện thoại: 94 thuê bao/100 dân',
      );
    });

    it('…and in en, with the English province name', () => {
      expect(observationName(F.haTinhPhone2020, F.phonePer100, 'en')).to.equal(
        'Ha Tinh, 2020, telephone subscriptions: 94 per 100 inhabitants',
      );
    });

    it('adds the position ", 3/12" (index 0-based) when given', () => {
      expect(observationName(F.haTinhPhone2020, F.phonePer100, 'vi', { index: 2, count: 12 })).to.equal(
        'Hà Tĩnh, 2020, thuê bao điện thoại: 94 thuê bao/100 dân, 3/12',
      );
      expect(observationName(F.haTinhPhone2020, F.phonePer100, 'en', { index: 0, count: 63 })).to.equal(
        'Ha Tinh, 2020, telephone subscriptions: 94 per 100 inhabitants, 1/63',
      );
    });

    it('Bến Tre 2016: 1.447.307 subscriptions (count, grouped for the language)', () => {
      expect(observationName(F.benTrePhoneTotal2016, F.phoneTotal, 'vi')).to.equal(
        'Bến Tre, 2016, tổng số thuê bao điện thoại: 1.447.307',
      );
      expect(observationName(F.benTrePhoneTotal2016, F.phoneTotal, 'en')).to.equal(
        'Ben Tre, 2016, telephone subscriptions (total): 1,447,307',
      );
    });

    it('Bến Tre 2016 revenue in đồng / VND', () => {
      expect(observationName(F.benTreRevenue2016, F.revenue, 'vi')).to.equal(
        'Bến Tre, 2016, tổng doanh thu khối bưu chính, viễn thông: 1.341.424.606.000 đồng',
      );
      expect(observationName(F.benTreRevenue2016, F.revenue, 'en')).to.equal(
        'Ben Tre, 2016, postal and telecom revenue: VND 1,341,424,606,000',
      );
    });

    it('Điện Biên 98,9 % of villages, the series (scope) in brackets', () => {
      expect(observationName(F.dienBienVillages2022, F.mobileVillages, 'vi')).to.equal(
        `Điện Biên, 2022, tỷ lệ thôn/bản được phủ sóng di động (thôn, bản): 98,9${NBSP}%`,
      );
      expect(observationName(F.dienBienVillages2022, F.mobileVillages, 'en')).to.equal(
        'Dien Bien, 2022, villages covered by mobile signal (villages): 98.9%',
      );
    });

    it('says a missing value aloud ("không có số liệu" / "no data", "không áp dụng")', () => {
      const missing: ResolvedObservation = { ...F.haTinhPhone2020, value: null, missing: 'not-available' };
      expect(observationName(missing, F.phonePer100, 'vi')).to.equal(
        'Hà Tĩnh, 2020, thuê bao điện thoại: không có số liệu',
      );
      expect(observationName(missing, F.phonePer100, 'en')).to.equal(
        'Ha Tinh, 2020, telephone subscriptions: no data',
      );
      const na: ResolvedObservation = { ...missing, missing: 'not-applicable' };
      expect(observationName(na, F.phonePer100, 'vi')).to.equal(
        'Hà Tĩnh, 2020, thuê bao điện thoại: không áp dụng',
      );
    });

    it('puts the qualifier before the value ("trên 80") and a status after it', () => {
      const services: ResolvedObservation = {
        indicator: 'online_public_services_level3_count',
        place: F.BEN_TRE,
        period: { year: 2016 },
        value: 80,
        qualifier: 'over',
        index: 0,
      };
      const meta = {
        id: 'online_public_services_level3_count',
        label: { vi: 'Số dịch vụ công trực tuyến mức độ 3', en: 'Online public services at level 3' },
        unit: 'count' as const,
      };
      expect(observationName(services, meta, 'vi')).to.equal(
        'Bến Tre, 2016, số dịch vụ công trực tuyến mức độ 3: trên 80',
      );
      expect(observationName(services, meta, 'en')).to.equal(
        'Ben Tre, 2016, online public services at level 3: over 80',
      );
      const estimate: ResolvedObservation = { ...services, qualifier: 'about', status: 'estimate' };
      expect(observationName(estimate, meta, 'vi')).to.equal(
        'Bến Tre, 2016, số dịch vụ công trực tuyến mức độ 3: khoảng 80 (ước đạt)',
      );
    });

    it("uses the observation's own label instead of the indicator's (and then no series)", () => {
      const own: ResolvedObservation = {
        ...F.dienBienVillages2022,
        label: { vi: 'Thôn, bản có sóng di động', en: 'Villages with mobile signal' },
      };
      expect(observationName(own, F.mobileVillages, 'vi')).to.equal(
        `Điện Biên, 2022, thôn, bản có sóng di động: 98,9${NBSP}%`,
      );
    });

    it('writes a quarter in lower case inside a Vietnamese name', () => {
      const q: ResolvedObservation = { ...F.haTinhPhone2020, period: { year: 2020, quarter: 2 } };
      expect(observationName(q, F.phonePer100, 'vi')).to.equal(
        'Hà Tĩnh, quý 2/2020, thuê bao điện thoại: 94 thuê bao/100 dân',
      );
      expect(observationName(q, F.phonePer100, 'en')).to.equal(
        'Ha Tinh, Q2 2020, telephone subscriptions: 94 per 100 inhabitants',
      );
    });

    it("a 2025-era place uses the new unit's name (code 86 = Vĩnh Long)", () => {
      const merged: ResolvedObservation = {
        ...F.benTrePhone2016,
        place: { code: '86', era: '2025-' },
        period: { year: 2026 },
      };
      expect(observationName(merged, F.phonePer100, 'vi')).to.equal(
        'Vĩnh Long, 2026, thuê bao điện thoại: 114 thuê bao/100 dân',
      );
    });
  });

  describe('seriesLabel', () => {
    it('names tiers, levels, subscriptions and scopes', () => {
      expect(seriesLabel({ subscription: 'fixed-broadband' }, 'vi')).to.equal('Băng rộng cố định');
      expect(seriesLabel({ subscription: 'fixed-broadband' }, 'en')).to.equal('Fixed broadband');
      expect(seriesLabel({ tier: 'commune', perUnit: true }, 'vi')).to.equal('Cấp xã, mỗi xã');
      expect(seriesLabel({ tier: 'commune', perUnit: true }, 'en')).to.equal('Commune level, each commune');
      expect(seriesLabel({ tier: 'province+district+commune' }, 'vi')).to.equal('Cấp tỉnh/huyện/xã');
      expect(seriesLabel({ tier: 'province', level: '3' }, 'vi')).to.equal('Cấp tỉnh, mức độ 3');
      expect(seriesLabel({ level: 'full-process' }, 'vi')).to.equal('Toàn trình');
      expect(seriesLabel({ level: 'partial' }, 'en')).to.equal('Partial');
      expect(seriesLabel({ scope: 'department-one-stop-desk' }, 'vi')).to.equal('Bộ phận một cửa của Sở');
    });

    it('is empty without a breakdown', () => {
      expect(seriesLabel(undefined, 'vi')).to.equal('');
      expect(seriesLabel({}, 'en')).to.equal('');
    });

    it('follows a catalogue override', () => {
      const m = messages('vi', { vi: { subscriptions: { 'fixed-broadband': 'Internet cáp quang' } } });
      expect(seriesLabel({ subscription: 'fixed-broadband' }, 'vi', m)).to.equal('Internet cáp quang');
    });
  });

  describe('changeText and valueText', () => {
    it('stated change against 2019: Hà Tĩnh fixed broadband +15,9 % (seed)', () => {
      expect(changeText(F.haTinhBroadband2020, F.fixedBroadband, 'vi')).to.equal(
        `tăng 15,9${NBSP}% so với năm 2019`,
      );
      expect(changeText(F.haTinhBroadband2020, F.fixedBroadband, 'en')).to.equal('up 15.9% from 2019');
    });

    it('plan achievement: Bến Tre revenue 111,78 % of plan (seed)', () => {
      expect(changeText(F.benTreRevenue2016, F.revenue, 'vi')).to.equal(`đạt 111,78${NBSP}% kế hoạch`);
      expect(changeText(F.benTreRevenue2016, F.revenue, 'en')).to.equal('111.78% of the plan achieved');
    });

    it('before/after: procedure time 15 → 4 days (seed)', () => {
      expect(changeText(F.benTreDays2016, F.procedureDays, 'vi')).to.equal('giảm từ 15 xuống 4 ngày');
      expect(changeText(F.benTreDays2016, F.procedureDays, 'en')).to.equal('down from 15 to 4 days');
      const labelled: ResolvedObservation = {
        ...F.benTreDays2016,
        change: {
          against: 'before',
          previousValue: 15,
          label: { vi: 'trước khi đơn giản hóa', en: 'before simplification' },
        },
      };
      expect(changeText(labelled, F.procedureDays, 'vi')).to.equal(
        'giảm từ 15 ngày (trước khi đơn giản hóa) xuống 4 ngày',
      );
      expect(changeText(labelled, F.procedureDays, 'en')).to.equal(
        'down from 15 days (before simplification) to 4 days',
      );
    });

    it('a hedged stated change ("tăng khoảng 3,5 %") and a value that is itself the change', () => {
      const hedged: ResolvedObservation = {
        ...F.haTinhBroadband2020,
        change: { against: 'period', period: { year: 2019 }, percent: 3.5, qualifier: 'about' },
      };
      expect(changeText(hedged, F.fixedBroadband, 'vi')).to.equal(`tăng khoảng 3,5${NBSP}% so với năm 2019`);
      const isChange: ResolvedObservation = {
        ...F.haTinhBroadband2020,
        value: 9.1,
        change: { against: 'period', period: { year: 2019 }, valueIsChange: true },
      };
      expect(changeText(isChange, F.mobileVillages, 'vi')).to.equal(`tăng 9,1${NBSP}% so với năm 2019`);
      expect(changeText(isChange, F.mobileVillages, 'en')).to.equal('up 9.1% from 2019');
    });

    it('no change stated → undefined', () => {
      expect(changeText(F.benTrePhone2016, F.phonePer100, 'vi')).to.equal(undefined);
    });

    it('valueText shows x/y for counts with a denominator ("129/129")', () => {
      const communes: ResolvedObservation = {
        indicator: 'x',
        place: F.DIEN_BIEN,
        period: { year: 2022 },
        value: 129,
        denominator: 129,
        index: 0,
      };
      expect(valueText(communes, { id: 'x', label: { vi: 'x' }, unit: 'count' }, 'vi')).to.equal('129/129');
    });

    it('lowerFirst keeps acronyms and a few proper words', () => {
      expect(lowerFirst('Mật độ', 'vi')).to.equal('mật độ');
      expect(lowerFirst('BTS', 'vi')).to.equal('BTS');
      expect(lowerFirst('Communist Party members', 'en')).to.equal('Communist Party members');
      expect(lowerFirst('Internet băng rộng', 'vi')).to.equal('Internet băng rộng');
      expect(lowerFirst('Trung tâm xã', 'vi')).to.equal('trung tâm xã');
      expect(lowerFirst('', 'vi')).to.equal('');
    });
  });
});
