/**
 * The texts of `<ict-province-compare>` in Vietnamese and English: the reference lines, the rank, the
 * notes on eras, years and regions, and the element's own messages. Texts that depend on a value are
 * functions that receive numbers already formatted by `src/core/format`. Pure: no DOM.
 *
 * A page overrides any of them per language through the element's `strings` property, in the same object
 * as the frame's UI strings, the navigation's `nav*` strings and the data catalogue (their keys differ).
 */
import type { Language } from '../../core/indicator/types.js';
import { withOverrides } from '../../chart/i18n/ui.js';

/** Texts of the province comparison. */
export interface CompareStrings {
  /** Label of the line of the unweighted mean of the provinces shown, on the chart: "Trung bình các tỉnh (không gia quyền): 98,6". */
  compareMeanLabel: (value: string) => string;
  /** Label of the median line on the chart: "Trung vị: 97". */
  compareMedianLabel: (value: string) => string;
  /** Label of the national value from the data on the chart: "Cả nước: 95" (`period` only when it differs from the provinces'). */
  compareNationalLabel: (value: string, period: string) => string;
  /** Name of the national line in the table and the navigation ("Cả nước"). */
  compareNational: string;
  /** Name of the mean in the table ("Trung bình các tỉnh (không gia quyền)"). */
  compareMean: string;
  /** Name of the median in the table ("Trung vị các tỉnh"). */
  compareMedian: string;
  /** The rank added to the highlighted label: "hạng 12/63". */
  compareRankShort: (rank: string, count: string) => string;
  /** The rank added to a mark's accessible name: ", hạng 12/63". */
  compareRankName: (rank: string, count: string) => string;
  /** Summary: the highlighted unit's rank: "Bến Tre: hạng 12/63, 114 thuê bao/100 dân." `region` is set when a region filter applies. */
  compareRankSentence: (name: string, rank: string, count: string, value: string, region: string) => string;
  /** Summary: the highlighted unit's value when it has no rank (no data, or rows not comparable): "Bến Tre: không có số liệu." */
  compareHighlightValue: (name: string, value: string) => string;
  /** Summary: mean and median: "Trung bình cộng không gia quyền của 62 tỉnh, thành phố: 95,3 …; trung vị: 94 …." */
  compareStatsSentence: (count: string, mean: string, median: string) => string;
  /** Summary: the national value from the data. */
  compareNationalSentence: (value: string, period: string) => string;
  /** Summary: how many units have data: "Có số liệu của 62/63 tỉnh, thành phố." */
  compareCoverage: (withData: string, units: string, region: string) => string;
  /** Summary and note: the values were summed from the old units onto the new ones. */
  compareAggregated: (oldUnits: string, newUnits: string) => string;
  /** Note: new units without a sum because one of their old units has no value. */
  comparePartialSums: (count: string) => string;
  /** Summary and note: values of the other era were left out. */
  compareLeftOut: (count: string, era: string) => string;
  /** Summary and note: the values are from different periods, each unit's latest is shown. */
  compareMixedPeriods: (range: string) => string;
  /** Summary and note: some units have several values, so no rank, mean or median. */
  compareNotComparable: (names: string) => string;
  /** Summary and note: only one region is shown. */
  compareRegionOnly: (region: string) => string;
  /** Note under the chart: what the mean is. */
  compareMeanNote: string;
  /** Visible message: a rate, density or duration cannot be summed onto the new units. */
  compareRefuseRate: (indicator: string) => string;
  /** Visible message: the data has no value for the asked era. */
  compareNoDataInEra: (era: string) => string;
  /** Visible message: the indicator has no values by province (only national ones, or none). */
  compareNoProvinces: (indicator: string) => string;
  /** Visible message: the region filter leaves nothing. */
  compareNoneInRegion: (region: string) => string;
  /** The two eras, as a reader says them. */
  compareEraName: Readonly<Record<'2008-2025' | '2025-', string>>;
  /** Label of the notes list under the chart. */
  compareNotesLabel: string;
  /** Header of the table's rank column. */
  compareRankHeader: string;
  /** Header of the table's region column. */
  compareRegionHeader: string;
  /** Rank cell of the mean, median and national rows of the table. */
  compareNoRank: string;
}

const VI: CompareStrings = {
  compareMeanLabel: (value) => `Trung bình các tỉnh (không gia quyền): ${value}`,
  compareMedianLabel: (value) => `Trung vị: ${value}`,
  compareNationalLabel: (value, period) => `Cả nước${period ? ` (${period})` : ''}: ${value}`,
  compareNational: 'Cả nước',
  compareMean: 'Trung bình các tỉnh (không gia quyền)',
  compareMedian: 'Trung vị các tỉnh',
  compareRankShort: (rank, count) => `hạng ${rank}/${count}`,
  compareRankName: (rank, count) => `, hạng ${rank}/${count}`,
  compareRankSentence: (name, rank, count, value, region) =>
    `${name}: hạng ${rank}/${count}${region ? ` trong vùng ${region}` : ''}, ${value}.`,
  compareHighlightValue: (name, value) => `${name}: ${value}.`,
  compareStatsSentence: (count, mean, median) =>
    `Trung bình cộng không gia quyền của ${count} tỉnh, thành phố: ${mean}; trung vị: ${median}.`,
  compareNationalSentence: (value, period) => `Cả nước${period ? ` ${period}` : ''}: ${value}.`,
  compareCoverage: (withData, units, region) =>
    `Có số liệu của ${withData}/${units} tỉnh, thành phố${region ? ` vùng ${region}` : ''}.`,
  compareAggregated: (oldUnits, newUnits) =>
    `Số liệu của ${oldUnits} tỉnh, thành phố cũ được cộng lại theo ${newUnits} đơn vị hành chính từ 01/07/2025.`,
  comparePartialSums: (count) =>
    `${count} đơn vị không có tổng vì thiếu số liệu của ít nhất một tỉnh cũ hợp thành.`,
  compareLeftOut: (count, era) => `${count} giá trị theo ${era} không được hiển thị.`,
  compareMixedPeriods: (range) => `Các giá trị thuộc các kỳ khác nhau (${range}); mỗi tỉnh lấy kỳ mới nhất.`,
  compareNotComparable: (names) =>
    `Không xếp hạng, không tính trung bình: ${names} có nhiều giá trị (phân loại khác nhau).`,
  compareRegionOnly: (region) => `Chỉ hiển thị vùng ${region}.`,
  compareMeanNote:
    'Trung bình: trung bình cộng giản đơn của các tỉnh, thành phố hiển thị có số liệu (không gia quyền theo dân số).',
  compareRefuseRate: (indicator) =>
    `Không thể cộng “${indicator}” theo 34 đơn vị hành chính mới: đây là tỷ lệ, mật độ hoặc thời gian, cần số liệu của chính các đơn vị mới.`,
  compareNoDataInEra: (era) => `Không có số liệu theo ${era}.`,
  compareNoProvinces: (indicator) => `“${indicator}” không có số liệu theo tỉnh, thành phố để so sánh.`,
  compareNoneInRegion: (region) => `Không có tỉnh, thành phố nào của vùng ${region} trong số liệu.`,
  compareEraName: {
    '2008-2025': '63 tỉnh, thành phố (trước 01/07/2025)',
    '2025-': '34 tỉnh, thành phố (từ 01/07/2025)',
  },
  compareNotesLabel: 'Ghi chú',
  compareRankHeader: 'Hạng (1 = cao nhất)',
  compareRegionHeader: 'Vùng',
  compareNoRank: 'không xếp hạng',
};

const EN: CompareStrings = {
  compareMeanLabel: (value) => `Unweighted average of provinces: ${value}`,
  compareMedianLabel: (value) => `Median: ${value}`,
  compareNationalLabel: (value, period) => `Whole country${period ? ` (${period})` : ''}: ${value}`,
  compareNational: 'Whole country',
  compareMean: 'Unweighted average of provinces',
  compareMedian: 'Median of provinces',
  compareRankShort: (rank, count) => `rank ${rank} of ${count}`,
  compareRankName: (rank, count) => `, rank ${rank} of ${count}`,
  compareRankSentence: (name, rank, count, value, region) =>
    `${name}: rank ${rank} of ${count}${region ? ` in the ${region} region` : ''}, ${value}.`,
  compareHighlightValue: (name, value) => `${name}: ${value}.`,
  compareStatsSentence: (count, mean, median) =>
    `Unweighted average of ${count} provinces: ${mean}; median: ${median}.`,
  compareNationalSentence: (value, period) => `Whole country${period ? ` ${period}` : ''}: ${value}.`,
  compareCoverage: (withData, units, region) =>
    `Data for ${withData} of ${units} provinces${region ? ` of the ${region} region` : ''}.`,
  compareAggregated: (oldUnits, newUnits) =>
    `Values of the ${oldUnits} former provinces are summed into the ${newUnits} units in place since 1 July 2025.`,
  comparePartialSums: (count) =>
    `${count} ${count === '1' ? 'unit has' : 'units have'} no sum: a former province it was formed from has no value.`,
  compareLeftOut: (count, era) => `${count} ${count === '1' ? 'value' : 'values'} for ${era} not shown.`,
  compareMixedPeriods: (range) =>
    `The values are from different periods (${range}); each province shows its latest.`,
  compareNotComparable: (names) =>
    `No rank or average: ${names} ${names.includes(',') ? 'have' : 'has'} several values (different breakdowns).`,
  compareRegionOnly: (region) => `Only the ${region} region is shown.`,
  compareMeanNote:
    'Average: the simple mean of the provinces shown that have data (not weighted by population).',
  compareRefuseRate: (indicator) =>
    `“${indicator}” cannot be summed into the 34 new units: it is a rate, a density or a duration, and needs values stated for the new units.`,
  compareNoDataInEra: (era) => `No data for ${era}.`,
  compareNoProvinces: (indicator) => `“${indicator}” has no values by province to compare.`,
  compareNoneInRegion: (region) => `The data has no province of the ${region} region.`,
  compareEraName: {
    '2008-2025': 'the 63 provinces (before 1 July 2025)',
    '2025-': 'the 34 provinces (from 1 July 2025)',
  },
  compareNotesLabel: 'Notes',
  compareRankHeader: 'Rank (1 = highest)',
  compareRegionHeader: 'Region',
  compareNoRank: 'not ranked',
};

/** Built-in texts, Vietnamese first. */
export const COMPARE_STRINGS: Readonly<Record<Language, CompareStrings>> = { vi: VI, en: EN };

/** The texts for `lang` with the page's overrides applied. */
export function compareStrings(
  lang: Language,
  overrides?: Partial<Record<Language, Partial<CompareStrings>>>,
): CompareStrings {
  return withOverrides(COMPARE_STRINGS[lang], overrides?.[lang]);
}
