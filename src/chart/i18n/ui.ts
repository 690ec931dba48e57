import type { Language } from '../../core/indicator/types.js';

/**
 * Every text the chart frame shows around a chart: buttons, the export menu, the states, the keyboard help.
 * Data texts (issue messages, summaries, names) live in `src/core/i18n/messages.ts`; these are interface texts.
 * Texts that depend on a value are functions.
 */
export interface UiStrings {
  /** Name of a figure whose data gives no title. */
  untitled: string;
  /** Prefix of the source line ("Nguồn"). */
  source: string;
  /** Table toggle while the table is hidden / shown. */
  showTable: string;
  hideTable: string;
  /** Pager of a long data table: its buttons, and the range shown ("Hàng 101–200 trong 2.000"). */
  tablePrevious: string;
  tableNext: string;
  tableRows: (from: string, to: string, total: string) => string;
  /** Said in a table cell, a CSV cell or a name for a missing value. */
  noData: string;
  /** Loading, drawing (a large document's chart being computed), empty and error states. */
  loading: string;
  drawing: string;
  empty: string;
  errorTitle: string;
  retry: string;
  /** Export menu. */
  exportMenu: string;
  exportSvg: string;
  exportPng: string;
  exportCsv: string;
  /** Keyboard help. */
  helpButton: string;
  helpTitle: string;
  helpIntro: string;
  helpKeyColumn: string;
  helpActionColumn: string;
  close: string;
  /** Announced (politely, once per burst) when new data replaces what the chart showed. */
  dataUpdated: (title: string, count: number) => string;
}

const vi: UiStrings = {
  untitled: 'Biểu đồ',
  source: 'Nguồn',
  showTable: 'Xem bảng số liệu',
  hideTable: 'Ẩn bảng số liệu',
  tablePrevious: 'Trang trước',
  tableNext: 'Trang sau',
  tableRows: (from, to, total) => `Hàng ${from}–${to} trong ${total}`,
  noData: 'không có số liệu',
  loading: 'Đang tải dữ liệu…',
  drawing: 'Đang vẽ biểu đồ…',
  empty: 'Chưa có dữ liệu để hiển thị.',
  errorTitle: 'Không hiển thị được biểu đồ',
  retry: 'Thử lại',
  exportMenu: 'Tải xuống',
  exportSvg: 'Ảnh SVG',
  exportPng: 'Ảnh PNG',
  exportCsv: 'Số liệu CSV',
  helpButton: 'Phím tắt',
  helpTitle: 'Phím tắt của biểu đồ',
  helpIntro: 'Nhấn Tab để vào biểu đồ, rồi dùng các phím sau.',
  helpKeyColumn: 'Phím',
  helpActionColumn: 'Tác dụng',
  close: 'Đóng',
  dataUpdated: (title, count) => `Đã cập nhật dữ liệu: ${title}, ${count} giá trị.`,
};

const en: UiStrings = {
  untitled: 'Chart',
  source: 'Source',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  tablePrevious: 'Previous page',
  tableNext: 'Next page',
  tableRows: (from, to, total) => `Rows ${from}–${to} of ${total}`,
  noData: 'no data',
  loading: 'Loading data…',
  drawing: 'Drawing the chart…',
  empty: 'No data to show yet.',
  errorTitle: 'The chart cannot be shown',
  retry: 'Retry',
  exportMenu: 'Download',
  exportSvg: 'SVG image',
  exportPng: 'PNG image',
  exportCsv: 'CSV data',
  helpButton: 'Keyboard shortcuts',
  helpTitle: 'Keyboard shortcuts of the chart',
  helpIntro: 'Press Tab to enter the chart, then use these keys.',
  helpKeyColumn: 'Key',
  helpActionColumn: 'Action',
  close: 'Close',
  dataUpdated: (title, count) => `Data updated: ${title}, ${count} ${count === 1 ? 'value' : 'values'}.`,
};

/** The built-in catalogues, Vietnamese first. */
export const UI_STRINGS: Readonly<Record<Language, Readonly<UiStrings>>> = { vi, en };

/** Per-language overrides, as an element's `strings` property takes them: `{ vi: { retry: 'Tải lại' } }`. */
export type UiStringOverrides = Partial<Record<Language, Partial<UiStrings>>>;

/**
 * The interface texts for `lang`, with the page's overrides for that language applied on top.
 *
 * @example
 * ```ts
 * uiStrings('vi').loading;                                  // "Đang tải dữ liệu…"
 * uiStrings('en', { en: { retry: 'Try again' } }).retry;    // "Try again"
 * ```
 */
export function uiStrings(lang: Language, overrides?: UiStringOverrides): UiStrings {
  return withOverrides(UI_STRINGS[lang], overrides?.[lang]);
}

/** `base` with the defined entries of `own` on top (undefined entries must not erase a built-in text). */
export function withOverrides<T extends object>(base: T, own: Partial<T> | undefined): T {
  if (!own) return base;
  const defined = Object.fromEntries(Object.entries(own).filter(([, value]) => value !== undefined));
  return { ...base, ...defined };
}
