/**
 * The texts of `<ict-egov-level>` in Vietnamese and English: panel headings, notes, direct labels, names
 * of marks, summary phrases, table headers and the element's own error messages. Numbers arrive already
 * formatted (by `src/core/format`); plurals are functions. Pure: no DOM.
 *
 * Level and tier names come from the shared catalogue (`messages().levels`, `.tiers`, `.perUnit`); only what
 * is particular to online public services lives here. A page overrides any of these through the element's
 * `strings` property under the key `egov`: `{ vi: { egov: { tierNotStated: 'Chưa rõ cấp' } } }`.
 */
import type { Language } from '../../core/indicator/types.js';

/** Sections of the chart: the two classification schemes never share a bar, nor do figures without a level. */
export const LEVEL_SCHEMES = ['levels', 'process', 'none'] as const;
/**
 * - `levels`: the 1–4 scheme (Decree 43/2011, in force until 2022);
 * - `process`: the scheme since 2022 (Decree 42/2022): `partial` "một phần" and `full-process` "toàn trình";
 * - `none`: a related measure with no level (e.g. services integrated with the National Public Service Portal).
 */
export type LevelScheme = (typeof LEVEL_SCHEMES)[number];

/** The texts of the element. */
export interface EgovTexts {
  /** Title when the chart draws several indicators (else the indicator's own label). */
  title: string;
  /** Row label of a figure whose tier the source does not state. */
  tierNotStated: string;
  /** Heading of each section. */
  sections: Record<LevelScheme, string>;
  /** Heading of a section of per-unit figures: `perUnit` is "mỗi xã". */
  perUnitSection: (scheme: string, perUnit: string) => string;
  /** Note under a per-unit section: `tier` is "Cấp xã, mỗi xã". */
  perUnitNote: (tier: string) => string;
  /** Note when both schemes are drawn. */
  mixedSchemesNote: string;
  /** Note when the share view was asked for but no share can be drawn. */
  shareFallbackNote: string;
  /** Note when the count view was asked for but the data holds only shares. */
  countFallbackNote: string;
  /** Note: `count` counts (formatted `countText`) could not become shares. */
  notComputableNote: (count: number, countText: string) => string;
  /** Note: values of the other view are in the table only. */
  notDrawnNote: (count: number, countText: string, otherView: 'count' | 'share') => string;
  /** Note when shares of one row add up to more than 100 % (different bases): one row per share. */
  splitSharesNote: string;
  /** Suffix of a row label whose shares were computed from counts. */
  computedRow: (label: string) => string;
  /** A count of services with its unit word: "788 dịch vụ" / "788 services". */
  countValue: (text: string, count: number) => string;
  /** A share computed from counts: "60 % (300/500 dịch vụ)". */
  computedShare: (share: string, count: string, total: string) => string;
  /** Said for a count whose share cannot be computed (the total is not known). */
  shareUnknown: string;
  /** A direct label: "Mức độ 3: 788". `level` is empty for a measure without a level. */
  directLabel: (level: string, value: string) => string;
  /** The total printed at the end of a stacked bar. */
  total: (value: string) => string;
  /** Accessible name of a mark: "Hà Tĩnh, 2020, cấp tỉnh, mức độ 3: 788 dịch vụ". */
  markName: (parts: readonly string[], value: string) => string;
  /** Accessible name of a tier row: "Hà Tĩnh, 2020, cấp tỉnh: 2 mức độ, tổng 500 dịch vụ". */
  rowName: (parts: readonly string[], levels: number, total: string | undefined) => string;
  /** Accessible name of a panel group: "Hà Tĩnh, 2020, mức độ 1–4". */
  panelName: (parts: readonly string[]) => string;
  /** Unit caption under the axis. */
  axisCaption: Record<'count' | 'share', string>;
  /** Unit of the chart in the first summary sentence. */
  summaryUnit: Record<'count' | 'share', string>;
  /** One row of the summary: "Hà Tĩnh, 2020, cấp tỉnh: 788 dịch vụ mức độ 3, 100 dịch vụ mức độ 4." */
  summaryRow: (name: string, items: readonly string[]) => string;
  /** One item of a summary row: `value` at `level` (level empty for a measure without a level). */
  summaryItem: (value: string, level: string) => string;
  /** The largest and smallest mark. */
  summaryHighest: (name: string, value: string) => string;
  summaryLowest: (name: string, value: string) => string;
  /** Table headers. */
  tableTier: string;
  tableLevel: string;
  tableCount: string;
  tableShare: string;
  tableComputedShare: string;
  /** Added to a level inferred from the indicator id (not stated in `breakdown.level`). */
  levelFromId: (level: string) => string;
  /** Error: the `indicator` attribute names an indicator that is not about online services by level. */
  notFitting: (id: string) => string;
  /** Error: the document has no indicator about online services by level. */
  noneFitting: string;
}

const vi: EgovTexts = {
  title: 'Dịch vụ công trực tuyến theo mức độ',
  tierNotStated: 'Không nêu cấp',
  sections: {
    levels: 'Mức độ 1–4 (đến năm 2022)',
    process: 'Toàn trình, một phần (từ năm 2022)',
    none: 'Chỉ tiêu liên quan',
  },
  perUnitSection: (scheme, perUnit) => `${scheme}: số liệu ${perUnit}`,
  perUnitNote: (tier) => `${tier}: số của một đơn vị, không phải tổng, nên không cộng với các cấp khác.`,
  mixedSchemesNote:
    'Mức độ 1–4 và toàn trình, một phần (Nghị định 42/2022) là hai cách phân loại khác nhau: vẽ riêng, không cộng dồn.',
  shareFallbackNote: 'Chưa biết tổng số dịch vụ nên không tính được tỷ lệ: biểu đồ hiển thị số lượng.',
  countFallbackNote: 'Dữ liệu chỉ có tỷ lệ, không có số lượng: biểu đồ hiển thị tỷ lệ.',
  notComputableNote: (_count, countText) =>
    `${countText} số lượng chưa đổi được sang tỷ lệ vì chưa biết tổng số (có trong bảng số liệu).`,
  notDrawnNote: (_count, countText, otherView) =>
    `${countText} giá trị ${otherView === 'share' ? 'tỷ lệ' : 'số lượng'} không vẽ ở đây, có trong bảng số liệu.`,
  splitSharesNote: 'Các tỷ lệ có mẫu số khác nhau nên mỗi tỷ lệ một thanh riêng.',
  computedRow: (label) => `${label} (tính từ số lượng)`,
  countValue: (text) => `${text} dịch vụ`,
  computedShare: (share, count, total) => `${share} (${count}/${total} dịch vụ)`,
  shareUnknown: 'chưa tính được tỷ lệ',
  directLabel: (level, value) => (level ? `${level}: ${value}` : value),
  total: (value) => `Tổng: ${value}`,
  markName: (parts, value) => `${parts.join(', ')}: ${value}`,
  rowName: (parts, levels, total) =>
    `${parts.join(', ')}: ${levels} mức độ${total === undefined ? '' : `, tổng ${total} dịch vụ`}`,
  panelName: (parts) => parts.join(', '),
  axisCaption: { count: 'số dịch vụ', share: 'tỷ lệ (%)' },
  summaryUnit: { count: 'số dịch vụ', share: 'tỷ lệ %' },
  summaryRow: (name, items) => `${name}: ${items.join(', ')}.`,
  summaryItem: (value, level) => (level ? `${value} ${level}` : value),
  summaryHighest: (name, value) => `Nhiều nhất là ${name}, với ${value}.`,
  summaryLowest: (name, value) => `Ít nhất là ${name}, với ${value}.`,
  tableTier: 'Cấp',
  tableLevel: 'Mức độ',
  tableCount: 'Số dịch vụ',
  tableShare: 'Tỷ lệ (%)',
  tableComputedShare: 'Tỷ lệ tính từ số lượng (%)',
  levelFromId: (level) => `${level} (theo mã chỉ tiêu)`,
  notFitting: (id) =>
    `Chỉ tiêu “${id}” không phải số lượng hay tỷ lệ dịch vụ công trực tuyến theo mức độ (cần đơn vị count hoặc percent, và mức độ trong breakdown.level hoặc trong mã chỉ tiêu, như “level3”, “full_process”).`,
  noneFitting:
    'Dữ liệu không có chỉ tiêu dịch vụ công trực tuyến theo mức độ (số lượng hoặc tỷ lệ, có breakdown.level hoặc mã như “online_public_services_level3_count”).',
};

const en: EgovTexts = {
  title: 'Online public services by level',
  tierNotStated: 'Tier not stated',
  sections: {
    levels: 'Levels 1–4 (until 2022)',
    process: 'Full process, partial (since 2022)',
    none: 'Related measures',
  },
  perUnitSection: (scheme, perUnit) => `${scheme}: figures for ${perUnit}`,
  perUnitNote: (tier) =>
    `${tier}: the figure of one unit, not a total, so it is never added to the other tiers.`,
  mixedSchemesNote:
    'Levels 1–4 and full process/partial (Decree 42/2022) are two different classifications: drawn apart, never added up.',
  shareFallbackNote:
    'The total number of services is not known, so no share can be computed: the chart shows counts.',
  countFallbackNote: 'The data holds only shares, no counts: the chart shows shares.',
  notComputableNote: (count, countText) =>
    `${countText} ${count === 1 ? 'count has' : 'counts have'} no known total, so no share (see the data table).`,
  notDrawnNote: (count, countText, otherView) =>
    `${countText} ${otherView === 'share' ? 'share' : 'count'} ${count === 1 ? 'value is' : 'values are'} not drawn here; see the data table.`,
  splitSharesNote: 'These shares have different bases, so each has a bar of its own.',
  computedRow: (label) => `${label} (computed from counts)`,
  countValue: (text, count) => `${text} ${count === 1 ? 'service' : 'services'}`,
  computedShare: (share, count, total) => `${share} (${count} of ${total} services)`,
  shareUnknown: 'share unknown',
  directLabel: (level, value) => (level ? `${level}: ${value}` : value),
  total: (value) => `Total: ${value}`,
  markName: (parts, value) => `${parts.join(', ')}: ${value}`,
  rowName: (parts, levels, total) =>
    `${parts.join(', ')}: ${levels} ${levels === 1 ? 'level' : 'levels'}${total === undefined ? '' : `, ${total} services in total`}`,
  panelName: (parts) => parts.join(', '),
  axisCaption: { count: 'services', share: 'share (%)' },
  summaryUnit: { count: 'number of services', share: 'share, %' },
  summaryRow: (name, items) => `${name}: ${items.join(', ')}.`,
  summaryItem: (value, level) => (level ? `${value} at ${level}` : value),
  summaryHighest: (name, value) => `Most: ${name}, with ${value}.`,
  summaryLowest: (name, value) => `Fewest: ${name}, with ${value}.`,
  tableTier: 'Tier',
  tableLevel: 'Level',
  tableCount: 'Services',
  tableShare: 'Share (%)',
  tableComputedShare: 'Share computed from counts (%)',
  levelFromId: (level) => `${level} (from the indicator id)`,
  notFitting: (id) =>
    `The indicator “${id}” is not a count or share of online public services by level (it needs the unit count or percent, and a level in breakdown.level or in its id, such as “level3” or “full_process”).`,
  noneFitting:
    'The data has no indicator of online public services by level (a count or share with breakdown.level, or an id such as “online_public_services_level3_count”).',
};

/** Built-in texts, Vietnamese first. */
export const EGOV_TEXTS: Readonly<Record<Language, EgovTexts>> = { vi, en };

/** Overrides of the element's texts per language, as given under `strings.<lang>.egov`. */
export type EgovTextOverrides = Partial<Record<Language, { egov?: Partial<EgovTexts> }>>;

/**
 * The element's texts for `lang` with the page's overrides on top (records such as `sections` are merged
 * key by key; an undefined entry never erases a built-in text).
 */
export function egovTexts(lang: Language, overrides?: EgovTextOverrides): EgovTexts {
  const base = EGOV_TEXTS[lang === 'en' ? 'en' : 'vi'];
  const own = overrides?.[lang]?.egov;
  if (own === undefined) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) {
    if (value === undefined) continue;
    const builtIn = (base as unknown as Record<string, unknown>)[key];
    out[key] =
      typeof value === 'object' && value !== null && typeof builtIn === 'object' && builtIn !== null
        ? { ...builtIn, ...value }
        : value;
  }
  return out as unknown as EgovTexts;
}
