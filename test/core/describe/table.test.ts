import { expect } from '@open-wc/testing';
import { tableModel } from '../../../src/core/describe/table.js';
import type { IndicatorMeta, ResolvedObservation } from '../../../src/core/indicator/types.js';
import * as F from './fixtures.js';

describe('describe/table', () => {
  it('tableModel(phone per 100, [Hà Tĩnh 2020, Bến Tre 2016], "vi"): caption, unit in the header, formatted cells', () => {
    const t = tableModel(F.phoneDensity, [F.haTinhPhone2020, F.benTrePhone2016], 'vi');
    expect(t.caption).to.equal('Mật độ thuê bao điện thoại, 2016–2020');
    expect(t.columns).to.deep.equal([
      { key: 'place', label: 'Tỉnh/thành phố', numeric: false },
      { key: 'period', label: 'Năm', numeric: false },
      { key: 'value', label: 'Giá trị (thuê bao/100 dân)', numeric: true },
      { key: 'change', label: 'So sánh', numeric: false },
    ]);
    expect(t.rows).to.deep.equal([
      {
        key: '42-2020-phone_subscriptions_per_100',
        cells: ['Hà Tĩnh', '2020', '94', 'tăng 1,1\u00a0% so với năm 2019'],
        values: [null, null, 94, null],
      },
      {
        key: '83-2016-phone_subscriptions_per_100',
        cells: ['Bến Tre', '2016', '114', ''],
        values: [null, null, 114, null],
      },
    ]);
  });

  it('…in en', () => {
    const t = tableModel(F.phoneDensity, [F.haTinhPhone2020, F.benTrePhone2016], 'en');
    expect(t.caption).to.equal('Telephone subscriptions per 100 inhabitants, 2016–2020');
    expect(t.columns.map((c) => c.label)).to.deep.equal([
      'Province/city',
      'Year',
      'Value (per 100 inhabitants)',
      'Comparison',
    ]);
    expect(t.rows[0]!.cells).to.deep.equal(['Ha Tinh', '2020', '94', 'up 1.1% from 2019']);
  });

  it('seed figures as cells: 1.447.307, 1.341.424.606.000, 11,7, 98,9 (vi) and 1,447,307 … (en)', () => {
    const cell = (meta: IndicatorMeta, obs: ResolvedObservation, lang: 'vi' | 'en') =>
      tableModel(meta, [obs], lang).rows[0]!.cells[2];
    expect(cell(F.phoneTotal, F.benTrePhoneTotal2016, 'vi')).to.equal('1.447.307');
    expect(cell(F.phoneTotal, F.benTrePhoneTotal2016, 'en')).to.equal('1,447,307');
    expect(cell(F.revenue, F.benTreRevenue2016, 'vi')).to.equal('1.341.424.606.000');
    expect(cell(F.revenue, F.benTreRevenue2016, 'en')).to.equal('1,341,424,606,000');
    expect(cell(F.fixedBroadband, F.haTinhBroadband2020, 'vi')).to.equal('11,7');
    expect(cell(F.mobileVillages, F.dienBienVillages2022, 'vi')).to.equal('98,9');
    expect(cell(F.mobileVillages, F.dienBienVillages2022, 'en')).to.equal('98.9');
  });

  it('units in headers: đồng / VND, %, ngày, none for counts', () => {
    expect(tableModel(F.revenue, [F.benTreRevenue2016], 'vi').columns[2]!.label).to.equal('Giá trị (đồng)');
    expect(tableModel(F.revenue, [F.benTreRevenue2016], 'en').columns[2]!.label).to.equal('Value (VND)');
    expect(tableModel(F.mobileVillages, [F.dienBienVillages2022], 'vi').columns[2]!.label).to.equal(
      'Giá trị (%)',
    );
    expect(tableModel(F.procedureDays, [F.benTreDays2016], 'vi').columns[2]!.label).to.equal(
      'Giá trị (ngày)',
    );
    expect(tableModel(F.phoneTotal, [F.benTrePhoneTotal2016], 'vi').columns[2]!.label).to.equal('Giá trị');
  });

  it('states plan achievement and before/after in the comparison column', () => {
    expect(tableModel(F.revenue, [F.benTreRevenue2016], 'vi').rows[0]!.cells[3]).to.equal(
      'đạt 111,78\u00a0% kế hoạch',
    );
    expect(tableModel(F.procedureDays, [F.benTreDays2016], 'vi').rows[0]!.cells[3]).to.equal(
      'giảm từ 15 xuống 4 ngày',
    );
  });

  it('a missing value says "không có số liệu" in its cell and null in values', () => {
    const missing: ResolvedObservation = { ...F.benTrePhone2016, value: null, missing: 'not-available' };
    const t = tableModel(F.phonePer100, [F.haTinhPhone2020, missing], 'vi');
    expect(t.rows[1]!.cells[2]).to.equal('không có số liệu');
    expect(t.rows[1]!.values[2]).to.equal(null);
    expect(tableModel(F.phonePer100, [missing], 'en').rows[0]!.cells[2]).to.equal('no data');
  });

  it('adds a series column only when breakdowns differ (Hà Tĩnh level-3 services by tier, seed)', () => {
    const meta: IndicatorMeta = {
      id: 's',
      label: { vi: 'Số dịch vụ công trực tuyến mức độ 3' },
      unit: 'count',
    };
    const base = { indicator: 's', place: F.HA_TINH, period: { year: 2020 } };
    const t = tableModel(
      meta,
      [
        { ...base, value: 788, breakdown: { tier: 'province' }, index: 0 },
        { ...base, value: 1068, breakdown: { tier: 'district' }, index: 1 },
        { ...base, value: 41, breakdown: { tier: 'commune', perUnit: true }, index: 2 },
      ],
      'vi',
    );
    expect(t.columns.map((c) => c.key)).to.deep.equal(['place', 'period', 'series', 'value']);
    expect(t.rows.map((r) => r.cells)).to.deep.equal([
      ['Hà Tĩnh', '2020', 'Cấp tỉnh', '788'],
      ['Hà Tĩnh', '2020', 'Cấp huyện', '1.068'],
      ['Hà Tĩnh', '2020', 'Cấp xã, mỗi xã', '41'],
    ]);
    expect(t.rows.map((r) => r.key)).to.deep.equal(['s:0', 's:1', 's:2']);
    expect(
      tableModel(F.mobileVillages, [F.dienBienVillages2022], 'vi').columns.map((c) => c.key),
    ).to.not.include('series');
  });

  it('adds qualifier, status, target, denominator and note columns when present', () => {
    const meta: IndicatorMeta = { id: 'x', label: { vi: 'Ví dụ', en: 'Example' }, unit: 'count' };
    const t = tableModel(
      meta,
      [
        {
          indicator: 'x',
          place: F.DIEN_BIEN,
          period: { year: 2022, month: 6 },
          value: 129,
          denominator: 129,
          target: 130,
          qualifier: 'over',
          status: 'estimate',
          note: { vi: 'Ghi chú ví dụ', en: 'Example note' },
          index: 0,
        },
      ],
      'vi',
    );
    expect(t.columns.map((c) => [c.key, c.label, c.numeric])).to.deep.equal([
      ['place', 'Tỉnh/thành phố', false],
      ['period', 'Kỳ', false],
      ['value', 'Giá trị', true],
      ['denominator', 'Trên tổng số', true],
      ['target', 'Kế hoạch', true],
      ['qualifier', 'Mức chính xác', false],
      ['status', 'Loại số liệu', false],
      ['note', 'Ghi chú', false],
    ]);
    expect(t.rows[0]!.cells).to.deep.equal([
      'Điện Biên',
      'Tháng 6/2022',
      '129',
      '129',
      '130',
      'trên',
      'ước đạt',
      'Ghi chú ví dụ',
    ]);
    expect(t.rows[0]!.values).to.deep.equal([null, null, 129, 129, 130, null, null, null]);
    expect(t.caption).to.equal('Ví dụ, Tháng 6/2022');
  });

  it('ignores observations of other indicators; an empty table keeps its columns', () => {
    const t = tableModel(F.phonePer100, [F.benTreRevenue2016], 'vi');
    expect(t.rows).to.deep.equal([]);
    expect(t.caption).to.equal('Thuê bao điện thoại');
    expect(t.columns.map((c) => c.key)).to.deep.equal(['place', 'period', 'value']);
  });
});
