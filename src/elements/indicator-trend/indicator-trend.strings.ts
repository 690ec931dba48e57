/**
 * The texts of `<ict-indicator-trend>` that the shared catalogues do not have, in Vietnamese and English.
 * Like the catalogues, every function receives numbers already formatted for the language (by
 * `src/core/format`); keys start with `trend` so they share one override object (`strings`) with the
 * frame's, the navigation's and the data texts.
 */
import type { Direction } from '../../core/i18n/messages.js';
import type { Language } from '../../core/indicator/types.js';
import { withOverrides } from '../../chart/i18n/ui.js';

/** The element's own texts. */
export interface TrendStrings {
  /** The headline of the plan form: "111,78 % kế hoạch" / "111.78% of plan". */
  trendPlanShare: (percent: string) => string;
  /** Legend line of the actual bar: "Thực hiện: 1,34 nghìn tỷ đồng". */
  trendActualLegend: (value: string) => string;
  /** Legend line of the plan marker; a derived plan says what it was derived from. */
  trendPlanLegend: (value: string, derivedFrom: string | undefined) => string;
  /** The plan inside a mark's name: "kế hoạch suy ra từ 111,78 %: khoảng 1.200.000.000.000 đồng". */
  trendPlanName: (value: string, derivedFrom: string | undefined) => string;
  /** A number said approximately: "khoảng 1,2 nghìn tỷ". */
  trendAbout: (value: string) => string;
  /** The headline of the before/after form: "giảm 11 ngày (-73 %)"; `percent` absent when before was 0. */
  trendBeforeAfter: (size: string, percent: string | undefined, direction: Direction) => string;
  /** Legend line of the before state: "Trước khi đơn giản hóa: 15 ngày" (`label` as the data words it). */
  trendBeforeLegend: (label: string, value: string) => string;
  /** Name of a before state the data does not label. */
  trendBefore: string;
  /** Legend line of the after state: "2016: 4 ngày". */
  trendAfterLegend: (period: string, value: string) => string;
  /** A change in percentage points, short, for a label on the chart: "+3,2 điểm %" / "+3.2 pp". */
  trendPointsShort: (signed: string) => string;
  /** A stated change compared with a period other than the previous one: "so với 2019" / "vs 2019". */
  trendVersus: (change: string, period: string) => string;
  /** A stated hedge before a change: "khoảng +3,5 %" / "about +3.5%". */
  trendHedged: (qualifier: string, change: string) => string;
  /**
   * A change from the previous period, in a name or a table cell: "tăng 47 (+2.350 %) so với năm 2007" /
   * "up 47 (+2,350%) from 2007"; `size` may be in percentage points ("3,2 điểm phần trăm").
   */
  trendChangeFrom: (
    size: string,
    percent: string | undefined,
    direction: Direction,
    against: string,
  ) => string;
  /** A long series' group of one year: "Năm 2016, 12 giá trị". */
  trendNavYear: (year: string, count: string) => string;
  /** A decade of a long series: "2010–2019, 120 giá trị". */
  trendNavDecade: (from: string, to: string, count: string) => string;
  /** A series (one place) in the navigation: "Hà Tĩnh, 2.000 giá trị". */
  trendNavSeries: (label: string, count: string) => string;
  /** Summary sentence of a downsampled line. */
  trendDownsampled: (drawn: string, total: string) => string;
  /** Summary sentence of a derived plan. */
  trendPlanSummary: (name: string, plan: string, percent: string) => string;
  /** Header of the table column of computed changes. */
  trendTableChange: string;
  /** Header of the table column of derived plans (`unit` may be empty). */
  trendTablePlan: (unit: string) => string;
  /** Error: the form asked for needs data the indicator does not have. */
  trendFormMismatch: (form: 'plan' | 'before-after') => string;
  /** Error: the `place` attribute names a place with no data. */
  trendPlaceMissing: (place: string) => string;
}

function signWord(direction: Direction, up: string, down: string): string {
  return direction === 'up' ? up : down;
}

const vi: TrendStrings = {
  trendPlanShare: (percent) => `${percent} kế hoạch`,
  trendActualLegend: (value) => `Thực hiện: ${value}`,
  trendPlanLegend: (value, from) => (from ? `Kế hoạch (suy ra từ ${from}): ${value}` : `Kế hoạch: ${value}`),
  trendPlanName: (value, from) => (from ? `kế hoạch suy ra từ ${from}: ${value}` : `kế hoạch ${value}`),
  trendAbout: (value) => `khoảng ${value}`,
  trendBeforeAfter: (size, percent, direction) =>
    direction === 'flat'
      ? 'không đổi'
      : `${signWord(direction, 'tăng', 'giảm')} ${size}${percent ? ` (${percent})` : ''}`,
  trendBeforeLegend: (label, value) => `${label}: ${value}`,
  trendBefore: 'Trước',
  trendAfterLegend: (period, value) => `${period}: ${value}`,
  trendPointsShort: (signed) => `${signed} điểm %`,
  trendVersus: (change, period) => `${change} so với ${period}`,
  trendHedged: (qualifier, change) => `${qualifier} ${change}`,
  trendChangeFrom: (size, percent, direction, against) =>
    direction === 'flat'
      ? `không đổi so với ${against}`
      : `${signWord(direction, 'tăng', 'giảm')} ${size}${percent ? ` (${percent})` : ''} so với ${against}`,
  trendNavYear: (year, count) => `Năm ${year}, ${count} giá trị`,
  trendNavDecade: (from, to, count) => `${from}–${to}, ${count} giá trị`,
  trendNavSeries: (label, count) => `${label}, ${count} giá trị`,
  trendDownsampled: (drawn, total) =>
    `Đường được vẽ giản lược còn ${drawn} điểm; bảng số liệu và phím mũi tên cho đủ ${total} giá trị.`,
  trendPlanSummary: (name, plan, percent) =>
    `${name}: nguồn không nêu kế hoạch; suy ra từ tỷ lệ ${percent}, kế hoạch ${plan}.`,
  trendTableChange: 'Thay đổi so với kỳ trước',
  trendTablePlan: (unit) => (unit ? `Kế hoạch suy ra (${unit})` : 'Kế hoạch suy ra'),
  trendFormMismatch: (form) =>
    form === 'plan'
      ? 'Không vẽ được dạng “so với kế hoạch”: số liệu không có kế hoạch hay tỷ lệ hoàn thành kế hoạch'
      : 'Không vẽ được dạng “trước và sau”: số liệu không có giá trị trước đó để so sánh',
  trendPlaceMissing: (place) => `Chỉ tiêu này không có số liệu của “${place}”`,
};

const en: TrendStrings = {
  trendPlanShare: (percent) => `${percent} of plan`,
  trendActualLegend: (value) => `Actual: ${value}`,
  trendPlanLegend: (value, from) => (from ? `Plan (derived from ${from}): ${value}` : `Plan: ${value}`),
  trendPlanName: (value, from) => (from ? `plan derived from ${from}: ${value}` : `plan ${value}`),
  trendAbout: (value) => `about ${value}`,
  trendBeforeAfter: (size, percent, direction) =>
    direction === 'flat'
      ? 'unchanged'
      : `${signWord(direction, 'up', 'down')} ${size}${percent ? ` (${percent})` : ''}`,
  trendBeforeLegend: (label, value) => `${label}: ${value}`,
  trendBefore: 'Before',
  trendAfterLegend: (period, value) => `${period}: ${value}`,
  trendPointsShort: (signed) => `${signed} pp`,
  trendVersus: (change, period) => `${change} vs ${period}`,
  trendHedged: (qualifier, change) => `${qualifier} ${change}`,
  trendChangeFrom: (size, percent, direction, against) =>
    direction === 'flat'
      ? `unchanged from ${against}`
      : `${signWord(direction, 'up', 'down')} ${size}${percent ? ` (${percent})` : ''} from ${against}`,
  trendNavYear: (year, count) => `${year}, ${count} ${count === '1' ? 'value' : 'values'}`,
  trendNavDecade: (from, to, count) => `${from}–${to}, ${count} ${count === '1' ? 'value' : 'values'}`,
  trendNavSeries: (label, count) => `${label}, ${count} ${count === '1' ? 'value' : 'values'}`,
  trendDownsampled: (drawn, total) =>
    `The line is drawn simplified to ${drawn} points; the data table and the arrow keys give all ${total} values.`,
  trendPlanSummary: (name, plan, percent) =>
    `${name}: the source states no plan; derived from the ${percent} share, the plan is ${plan}.`,
  trendTableChange: 'Change from previous period',
  trendTablePlan: (unit) => (unit ? `Derived plan (${unit})` : 'Derived plan'),
  trendFormMismatch: (form) =>
    form === 'plan'
      ? 'Cannot draw the “against plan” form: the data has no plan and no share of plan achieved'
      : 'Cannot draw the “before and after” form: the data has no earlier value to compare with',
  trendPlaceMissing: (place) => `This indicator has no data for “${place}”`,
};

/** The built-in texts, Vietnamese first. */
export const TREND_STRINGS: Readonly<Record<Language, TrendStrings>> = { vi, en };

/** The element's texts for `lang` with the page's overrides (from the `strings` property) on top. */
export function trendStrings(
  lang: Language,
  overrides?: Partial<Record<Language, Partial<TrendStrings>>>,
): TrendStrings {
  return withOverrides(TREND_STRINGS[lang], overrides?.[lang]);
}
