/**
 * The texts of `<ict-coverage>` in Vietnamese and English: the title, what a bar says beyond its value
 * (complete, the gap to 100 % in percentage points, the target), the summary sentences, the extra table
 * headers and the element's own error messages. Numbers arrive formatted (by `src/core/format`): a text
 * never formats a number itself. Keys start with `coverage` so they share one `strings` object with the
 * frame's UI strings, the navigation's `nav*` strings and the data catalogue without colliding.
 */
import type { NavStrings } from '../../chart/controllers/navigation-controller.js';
import { withOverrides, type UiStrings } from '../../chart/i18n/ui.js';
import type { DeepPartial, Messages } from '../../core/i18n/messages.js';
import type { Language } from '../../core/indicator/types.js';

// Vietnamese writes a no-break space between a number and % (as src/core/format does): "100\u00a0%".

/** Texts of the coverage element. Functions receive numbers already formatted for the language. */
export interface CoverageTexts {
  /** Default title; `where` is the place and year when every bar shares them ("Điện Biên, 2022"), else "". */
  coverageTitle: (where: string) => string;
  /** A section of the chart for one place and period: "Điện Biên, 2022". */
  coverageSection: (place: string, period: string) => string;
  /** Said of a value that reached 100 %. */
  coverageComplete: string;
  /** The gap to 100 %: `points` is "21,5 điểm phần trăm" (with a qualifier when the value had one). */
  coverageGap: (points: string) => string;
  /** The visible label of a target tick: "Kế hoạch 95 %". */
  coverageTargetLabel: (target: string) => string;
  /** A value at or above its target. */
  coverageTargetMet: (target: string) => string;
  /** A value below its target, and by how much. */
  coverageTargetMissed: (target: string, points: string) => string;
  /** A value outside 0–100 %: it is not a coverage; the drawing is cut at the track's end. */
  coverageOutOfRange: (value: string) => string;
  /** The visible note under the chart listing the values outside 0–100 %. */
  coverageWarning: (names: readonly string[]) => string;
  /** Name of a row with several tiers: its heading and "tier value" parts. */
  coverageGroupName: (heading: string, parts: readonly string[]) => string;
  /** One part of a group name: "cấp xã 78,5 %". */
  coverageGroupPart: (tier: string, value: string) => string;
  /** First summary sentence: number of indicators, and the place and period ("" when they vary). */
  coverageIntro: (rows: number, rowsText: string, where: string) => string;
  /** Every row has one value: "3/7 chỉ tiêu đã đạt 100 %." */
  coverageReachedRows: (reached: string, total: string) => string;
  /** Some rows have tiers: values counted, then whole indicators. */
  coverageReachedValues: (
    reachedValues: string,
    totalValues: string,
    reachedRows: string,
    totalRows: string,
  ) => string;
  /** The lowest coverage and its gap: "Thấp nhất là …: 78,5 %, còn thiếu 21,5 điểm phần trăm." */
  coverageLowest: (name: string, value: string, gap: string) => string;
  /** Every drawn value reached 100 %. */
  coverageAllComplete: string;
  /** How many values with a target met it. */
  coverageTargets: (met: string, total: string) => string;
  /** Values outside 0–100 %, named. */
  coverageOutOfRangeSummary: (names: readonly string[]) => string;
  /** Header of the indicator column of the table. */
  coverageTableIndicator: string;
  /** Header of the gap column of the table. */
  coverageTableGap: string;
  /** Header of the column that flags values outside 0–100 %. */
  coverageTableCheck: string;
  /** Cell of that column. */
  coverageTableOutOfRange: string;
  /** Error: the indicator is not measured in %. */
  coverageNotPercent: (id: string, unit: string) => string;
  /** Error: the document has no indicator in %. */
  coverageNoPercent: string;
  /** Error: the indicator's values are changes, not levels. */
  coverageNotLevel: (id: string) => string;
  /** Error: no value for the `place` / `period` asked for. */
  coverageNoMatch: (where: string) => string;
}

const vi: CoverageTexts = {
  coverageTitle: (where) =>
    where ? `Tỷ lệ bao phủ so với 100\u00a0%: ${where}` : 'Tỷ lệ bao phủ so với 100\u00a0%',
  coverageSection: (place, period) => `${place}, ${period}`,
  coverageComplete: 'hoàn thành',
  coverageGap: (points) => `còn thiếu ${points}`,
  coverageTargetLabel: (target) => `Kế hoạch ${target}`,
  coverageTargetMet: (target) => `đạt kế hoạch ${target}`,
  coverageTargetMissed: (target, points) => `chưa đạt kế hoạch ${target}, thiếu ${points}`,
  coverageOutOfRange: (value) => `${value} nằm ngoài khoảng 0–100\u00a0%, không phải tỷ lệ bao phủ`,
  coverageWarning: (names) =>
    `Cần kiểm tra số liệu: ${names.join('; ')}. Tỷ lệ bao phủ chỉ từ 0 đến 100\u00a0%, nên thanh được vẽ cắt ở đầu mút.`,
  coverageGroupName: (heading, parts) => `${heading}: ${parts.join('; ')}`,
  coverageGroupPart: (tier, value) => `${tier} ${value}`,
  coverageIntro: (_rows, rowsText, where) =>
    `${rowsText} chỉ tiêu tính bằng %, so với mức 100\u00a0%${where ? `, ${where}` : ''}.`,
  coverageReachedRows: (reached, total) => `${reached}/${total} chỉ tiêu đã đạt 100\u00a0%.`,
  coverageReachedValues: (rv, tv, rr, tr) =>
    `${rv}/${tv} giá trị đã đạt 100\u00a0%; ${rr}/${tr} chỉ tiêu đạt 100\u00a0% ở mọi cấp.`,
  coverageLowest: (name, value, gap) => `Thấp nhất là ${name}: ${value}, ${gap}.`,
  coverageAllComplete: 'Mọi giá trị đều đã đạt 100\u00a0%.',
  coverageTargets: (met, total) => `Đạt kế hoạch: ${met}/${total} giá trị có kế hoạch.`,
  coverageOutOfRangeSummary: (names) => `Ngoài khoảng 0–100\u00a0%, cần kiểm tra: ${names.join('; ')}.`,
  coverageTableIndicator: 'Chỉ tiêu',
  coverageTableGap: 'Còn thiếu đến 100\u00a0% (điểm phần trăm)',
  coverageTableCheck: 'Kiểm tra',
  coverageTableOutOfRange: 'ngoài khoảng 0–100\u00a0%',
  coverageNotPercent: (id, unit) =>
    `Chỉ tiêu "${id}" có đơn vị "${unit}": biểu đồ tỷ lệ bao phủ chỉ vẽ chỉ tiêu tính bằng %.`,
  coverageNoPercent: 'Dữ liệu không có chỉ tiêu nào tính bằng % để vẽ tỷ lệ bao phủ.',
  coverageNotLevel: (id) =>
    `Chỉ tiêu "${id}" chỉ ghi mức thay đổi, không phải tỷ lệ đạt được, nên không vẽ được so với 100\u00a0%.`,
  coverageNoMatch: (where) => `Không có số liệu tỷ lệ cho ${where}.`,
};

const en: CoverageTexts = {
  coverageTitle: (where) => (where ? `Coverage against 100%: ${where}` : 'Coverage against 100%'),
  coverageSection: (place, period) => `${place}, ${period}`,
  coverageComplete: 'complete',
  coverageGap: (points) => `${points} short of 100%`,
  coverageTargetLabel: (target) => `Target ${target}`,
  coverageTargetMet: (target) => `target ${target} met`,
  coverageTargetMissed: (target, points) => `target ${target} not met, ${points} short`,
  coverageOutOfRange: (value) => `${value} is outside 0–100%, so it is not a coverage`,
  coverageWarning: (names) =>
    `Please check the data: ${names.join('; ')}. A coverage runs from 0 to 100%, so these bars are cut at the end of the track.`,
  coverageGroupName: (heading, parts) => `${heading}: ${parts.join('; ')}`,
  coverageGroupPart: (tier, value) => `${tier} ${value}`,
  coverageIntro: (rows, rowsText, where) =>
    `${rowsText} ${rows === 1 ? 'indicator' : 'indicators'} in %, against 100%${where ? `, ${where}` : ''}.`,
  coverageReachedRows: (reached, total) => `${reached} of ${total} indicators have reached 100%.`,
  coverageReachedValues: (rv, tv, rr, tr) =>
    `${rv} of ${tv} values have reached 100%; at every level, ${rr} of ${tr} indicators.`,
  coverageLowest: (name, value, gap) => `Lowest: ${name}, at ${value}, ${gap}.`,
  coverageAllComplete: 'Every value has reached 100%.',
  coverageTargets: (met, total) => `Target met: ${met} of ${total} values with a target.`,
  coverageOutOfRangeSummary: (names) => `Outside 0–100%, to be checked: ${names.join('; ')}.`,
  coverageTableIndicator: 'Indicator',
  coverageTableGap: 'Short of 100% (percentage points)',
  coverageTableCheck: 'Check',
  coverageTableOutOfRange: 'outside 0–100%',
  coverageNotPercent: (id, unit) =>
    `The indicator "${id}" is measured in "${unit}": the coverage chart draws indicators in % only.`,
  coverageNoPercent: 'The data has no indicator in % to draw as a coverage.',
  coverageNotLevel: (id) =>
    `The indicator "${id}" states only a change, not a level reached, so it cannot be drawn against 100%.`,
  coverageNoMatch: (where) => `No percentage values for ${where}.`,
};

/** The built-in texts, Vietnamese first. */
export const COVERAGE_TEXTS: Readonly<Record<Language, CoverageTexts>> = { vi, en };

/**
 * Per-language overrides of every text of `<ict-coverage>` in one object: the frame's UI strings, the
 * navigation's (`nav*`), the element's own (`coverage*`) and the data catalogue (`summary`, `tiers`, …).
 */
export type CoverageStrings = Partial<
  Record<Language, Partial<UiStrings & NavStrings & CoverageTexts> & DeepPartial<Messages>>
>;

/** The element's texts for `lang` with the page's overrides applied. */
export function coverageTexts(lang: Language, overrides?: CoverageStrings): CoverageTexts {
  const base = COVERAGE_TEXTS[lang];
  const own = overrides?.[lang] as Record<string, unknown> | undefined;
  if (own === undefined) return base;
  // Only this element's keys: the same object also carries the frame's and the catalogue's texts.
  const mine = Object.fromEntries(Object.keys(base).map((key) => [key, own[key]]));
  return withOverrides(base, mine as Partial<CoverageTexts>);
}
