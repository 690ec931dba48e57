/**
 * Observations built by hand from the seed facts (../shared/data/seed-facts.json), as the validator would
 * resolve them. Kept small on purpose: each test states the seed figure it checks.
 */
import type { IndicatorMeta, ResolvedObservation } from '../../../src/core/indicator/types.js';

export const BEN_TRE = { code: '83', era: '2008-2025' } as const;
export const HA_TINH = { code: '42', era: '2008-2025' } as const;
export const DIEN_BIEN = { code: '11', era: '2008-2025' } as const;

export const phonePer100: IndicatorMeta = {
  id: 'phone_subscriptions_per_100',
  label: { vi: 'Thuê bao điện thoại', en: 'Telephone subscriptions' },
  unit: 'per-100-inhabitants',
  category: 'telecom',
};

export const phoneDensity: IndicatorMeta = {
  id: 'phone_subscriptions_per_100',
  label: { vi: 'Mật độ thuê bao điện thoại', en: 'Telephone subscriptions per 100 inhabitants' },
  unit: 'per-100-inhabitants',
  category: 'telecom',
  source: { publisher: 'Sở Thông tin và Truyền thông tỉnh Hà Tĩnh', date: '2020-12-24' },
};

export const fixedBroadband: IndicatorMeta = {
  id: 'fixed_broadband_subscriptions_per_100',
  label: {
    vi: 'Mật độ thuê bao Internet băng rộng cố định',
    en: 'Fixed broadband subscriptions per 100 inhabitants',
  },
  unit: 'per-100-inhabitants',
};

export const phoneTotal: IndicatorMeta = {
  id: 'phone_subscriptions_total',
  label: { vi: 'Tổng số thuê bao điện thoại', en: 'Telephone subscriptions (total)' },
  unit: 'count',
};

export const revenue: IndicatorMeta = {
  id: 'postal_telecom_revenue',
  label: { vi: 'Tổng doanh thu khối bưu chính, viễn thông', en: 'Postal and telecom revenue' },
  unit: 'vnd',
};

export const procedureDays: IndicatorMeta = {
  id: 'admin_procedure_processing_days',
  label: {
    vi: 'Thời gian giải quyết thủ tục hành chính của Sở',
    en: "Processing time of the department's administrative procedures",
  },
  unit: 'days',
};

export const mobileVillages: IndicatorMeta = {
  id: 'mobile_coverage_villages_share',
  label: { vi: 'Tỷ lệ thôn/bản được phủ sóng di động', en: 'Villages covered by mobile signal' },
  unit: 'percent',
};

/** Bến Tre 2016: "mật độ thuê bao điện thoại đạt 114 thuê bao/100 dân". */
export const benTrePhone2016: ResolvedObservation = {
  indicator: 'phone_subscriptions_per_100',
  id: '83-2016-phone_subscriptions_per_100',
  place: BEN_TRE,
  period: { year: 2016 },
  value: 114,
  index: 0,
};

/** Hà Tĩnh 2020: "Mật độ thuê bao điện thoại đạt 94 thuê bao/100 dân, tăng 1,1% so với năm 2019". */
export const haTinhPhone2020: ResolvedObservation = {
  indicator: 'phone_subscriptions_per_100',
  id: '42-2020-phone_subscriptions_per_100',
  place: HA_TINH,
  period: { year: 2020 },
  asOf: '2020-12',
  value: 94,
  change: { against: 'period', period: { year: 2019 }, percent: 1.1 },
  source: { file: '002_e623877a6278d958.txt', date: '2020-12-24' },
  index: 1,
};

/** Hà Tĩnh 2020: "mật độ thuê bao Internet băng rộng cố định đạt 11,7 thuê bao/100 dân, tăng 15,9% so với năm 2019". */
export const haTinhBroadband2020: ResolvedObservation = {
  indicator: 'fixed_broadband_subscriptions_per_100',
  id: '42-2020-fixed_broadband_subscriptions_per_100',
  place: HA_TINH,
  period: { year: 2020 },
  value: 11.7,
  change: { against: 'period', period: { year: 2019 }, percent: 15.9 },
  index: 2,
};

/** Bến Tre 2016: 1.447.307 telephone subscriptions. */
export const benTrePhoneTotal2016: ResolvedObservation = {
  indicator: 'phone_subscriptions_total',
  place: BEN_TRE,
  period: { year: 2016 },
  value: 1447307,
  index: 3,
};

/** Bến Tre 2016: "Tổng doanh thu khối Bưu chính, Viễn thông: 1.341.424.606.000 đồng, đạt 111,78% so với kế hoạch". */
export const benTreRevenue2016: ResolvedObservation = {
  indicator: 'postal_telecom_revenue',
  place: BEN_TRE,
  period: { year: 2016 },
  value: 1341424606000,
  change: { against: 'plan', percentOfPlan: 111.78 },
  source: { file: '000_bd1dc37cd130f1af.txt' },
  index: 4,
};

/** Bến Tre 2016: "thời gian thực hiện thủ tục hành chính từ 15 ngày xuống còn 04 ngày". */
export const benTreDays2016: ResolvedObservation = {
  indicator: 'admin_procedure_processing_days',
  place: BEN_TRE,
  period: { year: 2016 },
  value: 4,
  breakdown: { scope: 'department-one-stop-desk' },
  change: { against: 'before', previousValue: 15 },
  index: 5,
};

/** Điện Biên, as of June 2022: 98,9 % of villages have mobile signal. */
export const dienBienVillages2022: ResolvedObservation = {
  indicator: 'mobile_coverage_villages_share',
  place: DIEN_BIEN,
  period: { year: 2022 },
  asOf: '2022-06',
  value: 98.9,
  breakdown: { scope: 'village' },
  index: 6,
};
