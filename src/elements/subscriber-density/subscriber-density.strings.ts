/**
 * The texts of `<ict-subscriber-density>` in Vietnamese and English. They live under one key, `density`,
 * of the element's `strings` property, so they never collide with the frame's UI strings, the navigation
 * strings or the data catalogue (`{ vi: { density: { national: 'Toàn quốc' } } }`).
 *
 * Texts that depend on a value are functions; they receive numbers already formatted for the language
 * (by `src/core/format`), so nothing here formats a number itself. Pure: no DOM.
 */
import type { Direction } from '../../core/i18n/messages.js';
import type { Language, SubscriptionType } from '../../core/indicator/types.js';

/** Every text of the element that the shared catalogues do not have. */
export interface DensityTexts {
  /** Names of the subscription types, as series labels ("Điện thoại", "Băng rộng cố định"). */
  types: Record<SubscriptionType, string>;
  /** Title when several indicators are drawn and no `label` is given. */
  title: string;
  /** Name of the national reference ("Cả nước"). */
  national: string;
  /** Name of the `reference` attribute's line when `reference-label` is not given. */
  referenceDefault: string;
  /** A reference line's visible label: "Mục tiêu: 100". */
  referenceLabel: (label: string, value: string) => string;
  /** The target of a mark, visible: "Kế hoạch: 100". */
  targetShort: (value: string) => string;
  /** The total count of subscriptions beside a density, visible: "1.447.307 thuê bao". */
  count: (count: string) => string;
  /** The same in names and sentences: "tổng số 1.447.307 thuê bao điện thoại". */
  countLong: (count: string, type: string) => string;
  /** A change the source states, visible: "+1,1 % so với 2019". */
  statedShort: (signedPercent: string, period: string) => string;
  /**
   * A change computed between two periods, visible: "+14 (+17,5 %) so với 2019"; `relative` is absent when
   * the earlier value is zero.
   */
  computedShort: (signedDifference: string, signedRelative: string | undefined, period: string) => string;
  /**
   * The same in names and sentences: "tăng 14 thuê bao/100 dân (+17,5 %) so với năm 2019". `difference`
   * carries the unit and no sign; `against` is the period as said in a sentence ("năm 2019").
   */
  computedLong: (
    difference: string,
    direction: Direction,
    signedRelative: string | undefined,
    against: string,
  ) => string;
  /** A value against a reference: "thấp hơn cả nước 36 thuê bao/100 dân". */
  versus: (reference: string, difference: string, direction: Direction) => string;
  /** Heading of the key under the chart. */
  legend: string;
  /** Key entries. */
  legendTarget: string;
  legendNational: string;
  /** Marker put before a period or place to say which place a column shows ("■ 2020"). */
  mainMarker: string;
  compareMarker: string;
  /** Errors of an indicator that does not fit, and of a place without data. */
  noDensityIndicator: string;
  notDensity: (id: string, unit: string) => string;
  noPlace: (place: string) => string;
  /** Summary: the compared place has no value. */
  compareMissing: (place: string) => string;
  /** Summary: what is drawn, for several types: "Mật độ thuê bao theo loại (thuê bao/100 dân), Hà Tĩnh, năm 2020." */
  summaryWhat: (title: string, unit: string, places: string, period: string) => string;
  /** Summary: one type's values, with details: "Điện thoại: Hà Tĩnh 94 thuê bao/100 dân, tăng 1,1 % so với năm 2019." */
  summaryType: (type: string, parts: readonly string[]) => string;
  /** Summary: a series over several periods: "Điện thoại, Hà Tĩnh, từ năm 2016 đến năm 2020: tăng từ 80 lên 94 thuê bao/100 dân." */
  summaryTrend: (name: string, periods: string, move: string) => string;
  /** Summary: the latest change of a series: "Năm 2020: tăng 1,1 % so với năm 2019." */
  summaryLatest: (period: string, change: string) => string;
  /** Summary: the total count: "Bến Tre, năm 2016: tổng số 1.447.307 thuê bao điện thoại." */
  summaryCount: (name: string, count: string) => string;
  /** Summary: the `reference` attribute: "Mục tiêu: 100 thuê bao/100 dân." */
  summaryReference: (label: string, value: string) => string;
  /** The note under a line chart that lists values with no data: "Không có số liệu: Điện thoại, 2018." */
  missingNote: (missing: string, list: readonly string[]) => string;
  /** Data table. */
  tableType: string;
  tableCount: string;
  tableComputed: string;
}

const signWord = (direction: Direction, up: string, down: string): string => (direction === 'up' ? up : down);

const vi: DensityTexts = {
  types: {
    telephone: 'Điện thoại',
    mobile: 'Di động',
    'fixed-telephone': 'Điện thoại cố định',
    'fixed-broadband': 'Băng rộng cố định',
    'mobile-broadband': 'Băng rộng di động',
  },
  title: 'Mật độ thuê bao theo loại',
  national: 'Cả nước',
  referenceDefault: 'Mức tham chiếu',
  referenceLabel: (label, value) => `${label}: ${value}`,
  targetShort: (value) => `Kế hoạch: ${value}`,
  count: (count) => `${count} thuê bao`,
  countLong: (count, type) => `tổng số ${count} thuê bao ${type}`,
  statedShort: (percent, period) => `${percent} so với ${period}`,
  computedShort: (difference, relative, period) =>
    `${difference}${relative === undefined ? '' : ` (${relative})`} so với ${period}`,
  computedLong: (difference, direction, relative, against) =>
    direction === 'flat'
      ? `không đổi so với ${against}`
      : `${signWord(direction, 'tăng', 'giảm')} ${difference}${relative === undefined ? '' : ` (${relative})`} so với ${against}`,
  versus: (reference, difference, direction) =>
    direction === 'flat'
      ? `bằng ${reference}`
      : `${signWord(direction, 'cao hơn', 'thấp hơn')} ${reference} ${difference}`,
  legend: 'Ký hiệu',
  legendTarget: 'Kế hoạch',
  legendNational: 'Cả nước',
  mainMarker: '■',
  compareMarker: '□',
  noDensityIndicator: 'Dữ liệu không có chỉ tiêu mật độ thuê bao (đơn vị thuê bao/100 dân).',
  notDensity: (id, unit) =>
    `Chỉ tiêu “${id}” không phải mật độ thuê bao: đơn vị là ${unit}, cần thuê bao/100 dân.`,
  noPlace: (place) => `Không có số liệu mật độ thuê bao của ${place}.`,
  compareMissing: (place) => `Không có số liệu của ${place} để so sánh.`,
  summaryWhat: (title, unit, places, period) =>
    `${title}${unit ? ` (${unit})` : ''}, ${places}${period ? `, ${period}` : ''}.`,
  summaryType: (type, parts) => `${type}: ${parts.join('; ')}.`,
  summaryTrend: (name, periods, move) => `${name}, ${periods}: ${move}.`,
  summaryLatest: (period, change) => `${upper(period)}: ${change}.`,
  summaryCount: (name, count) => `${name}: ${count}.`,
  summaryReference: (label, value) => `${label}: ${value}.`,
  missingNote: (missing, list) => `${upper(missing)}: ${list.join('; ')}.`,
  tableType: 'Loại thuê bao',
  tableCount: 'Tổng số thuê bao',
  tableComputed: 'Thay đổi so với kỳ trước',
};

const en: DensityTexts = {
  types: {
    telephone: 'Telephone',
    mobile: 'Mobile',
    'fixed-telephone': 'Fixed telephone',
    'fixed-broadband': 'Fixed broadband',
    'mobile-broadband': 'Mobile broadband',
  },
  title: 'Subscriptions per 100 inhabitants, by type',
  national: 'National',
  referenceDefault: 'Reference',
  referenceLabel: (label, value) => `${label}: ${value}`,
  targetShort: (value) => `Target: ${value}`,
  count: (count) => `${count} subscriptions`,
  countLong: (count, type) => `${count} ${type.toLowerCase()} subscriptions in all`,
  statedShort: (percent, period) => `${percent} vs ${period}`,
  computedShort: (difference, relative, period) =>
    `${difference}${relative === undefined ? '' : ` (${relative})`} vs ${period}`,
  computedLong: (difference, direction, relative, against) =>
    direction === 'flat'
      ? `unchanged from ${against}`
      : `${direction} ${difference}${relative === undefined ? '' : ` (${relative})`} from ${against}`,
  versus: (reference, difference, direction) =>
    direction === 'flat'
      ? `equal to ${reference}`
      : `${difference} ${signWord(direction, 'above', 'below')} ${reference}`,
  legend: 'Key',
  legendTarget: 'Target',
  legendNational: 'National',
  mainMarker: '■',
  compareMarker: '□',
  noDensityIndicator: 'The data has no subscriber density indicator (unit: per 100 inhabitants).',
  notDensity: (id, unit) =>
    `Indicator “${id}” is not a subscriber density: its unit is ${unit}, per 100 inhabitants is needed.`,
  noPlace: (place) => `No subscriber density data for ${place}.`,
  compareMissing: (place) => `No data for ${place} to compare with.`,
  summaryWhat: (title, unit, places, period) =>
    `${title}${unit ? ` (${unit})` : ''}, ${places}${period ? `, ${period}` : ''}.`,
  summaryType: (type, parts) => `${type}: ${parts.join('; ')}.`,
  summaryTrend: (name, periods, move) => `${name}, ${periods}: ${move}.`,
  summaryLatest: (period, change) => `${upper(period)}: ${change}.`,
  summaryCount: (name, count) => `${name}: ${count}.`,
  summaryReference: (label, value) => `${label}: ${value}.`,
  missingNote: (missing, list) => `${upper(missing)}: ${list.join('; ')}.`,
  tableType: 'Subscription type',
  tableCount: 'Subscriptions (total)',
  tableComputed: 'Change from the previous period',
};

function upper(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The built-in texts, Vietnamese first. */
export const DENSITY_TEXTS: Readonly<Record<Language, DensityTexts>> = { vi, en };

/** Per-language overrides of the element's own texts (`strings.vi.density`). */
export type DensityTextOverrides = Partial<
  Omit<DensityTexts, 'types'> & { types: Partial<Record<SubscriptionType, string>> }
>;

/** The element's texts for `lang` with a page's overrides on top (undefined entries never erase a text). */
export function densityTexts(lang: Language, overrides?: DensityTextOverrides): DensityTexts {
  const base = DENSITY_TEXTS[lang === 'en' ? 'en' : 'vi'];
  if (overrides === undefined) return base;
  const defined = Object.fromEntries(
    Object.entries(overrides).filter(([key, value]) => value !== undefined && key !== 'types'),
  ) as Partial<DensityTexts>;
  const types = { ...base.types };
  for (const [key, value] of Object.entries(overrides.types ?? {})) {
    if (value !== undefined) types[key as SubscriptionType] = value;
  }
  return { ...base, ...defined, types };
}
