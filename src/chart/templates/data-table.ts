import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../core/indicator/types.js';
import { formatNumber, localeTag } from '../../core/format/format.js';
import type { UiStrings } from '../i18n/ui.js';
import { langText } from './lang-text.js';

/** One column of the data table. The value column's label carries the unit ("Giá trị (thuê bao/100 dân)"). */
export interface TableColumn {
  key: string;
  label: string;
  /** Numeric columns are right-aligned and sort by `values`. */
  numeric: boolean;
}

/** One row: display texts per column, and the numbers behind numeric cells (null when missing or not numeric). */
export interface TableRow {
  key: string;
  cells: readonly string[];
  values: readonly (number | null)[];
}

/** The table model that `tableModel()` (src/core/describe/table.ts) returns. */
export interface TableModel {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}

export const SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export interface SortState {
  column: string;
  direction: SortDirection;
}

/** The next sort after a click on `column`: a new column sorts ascending, the same column flips. */
export function nextSort(current: SortState | undefined, column: string): SortState {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: 'ascending' };
}

/**
 * The rows in display order. Numeric columns compare `values`, text columns compare cells with the
 * language's collation ("Đắk Lắk" after "Đà Nẵng" in Vietnamese); missing values always go last, and ties
 * keep the model order.
 */
export function sortRows(
  model: TableModel,
  sort: SortState | undefined,
  lang: Language,
): readonly TableRow[] {
  if (!sort) return model.rows;
  const index = model.columns.findIndex((column) => column.key === sort.column);
  if (index < 0) return model.rows;
  const numeric = model.columns[index].numeric;
  const collator = new Intl.Collator(localeTag(lang), { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return model.rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => {
      if (numeric) {
        const x = a.row.values[index] ?? null;
        const y = b.row.values[index] ?? null;
        if (x === null || y === null) {
          if (x === y) return a.order - b.order;
          return x === null ? 1 : -1;
        }
        return (x - y) * sign || a.order - b.order;
      }
      const x = a.row.cells[index] ?? '';
      const y = b.row.cells[index] ?? '';
      if (x === '' || y === '') {
        if (x === y) return a.order - b.order;
        return x === '' ? 1 : -1;
      }
      return collator.compare(x, y) * sign || a.order - b.order;
    })
    .map(({ row }) => row);
}

/** The text of a cell as shown: a missing numeric value with no text says the no-data phrase. */
export function cellText(model: TableModel, row: TableRow, index: number, strings: UiStrings): string {
  const text = row.cells[index] ?? '';
  if (text.trim() !== '') return text;
  return model.columns[index]?.numeric && (row.values[index] ?? null) === null ? strings.noData : text;
}

/** The model with the no-data phrase written into empty numeric cells (what the CSV export writes). */
export function displayedTable(model: TableModel, strings: UiStrings): TableModel {
  return {
    ...model,
    rows: model.rows.map((row) => ({
      ...row,
      cells: model.columns.map((_, i) => cellText(model, row, i, strings)),
    })),
  };
}

/**
 * Rows on one page of the data table. A longer table shows one page at a time with buttons to move (the
 * way a data grid pages): 10 000 rows in the DOM cost seconds of blocked page and tens of MB, and a screen
 * reader walking them gains nothing over pages. The CSV export and the sort always cover every row.
 */
export const TABLE_PAGE_ROWS = 100;

/** One page of a table: rows `from` (inclusive) to `to` (exclusive) of `total`, page `index` of `count`. */
export interface TablePage {
  index: number;
  count: number;
  from: number;
  to: number;
  total: number;
}

/** The page `requested` of a table of `total` rows, clamped to the pages that exist. */
export function tablePage(total: number, requested: number, size = TABLE_PAGE_ROWS): TablePage {
  const count = Math.max(1, Math.ceil(total / size));
  const index = Math.max(0, Math.min(count - 1, Math.floor(requested) || 0));
  return { index, count, from: index * size, to: Math.min(total, (index + 1) * size), total };
}

/** "Hàng 101–200 trong 2.000" for a page of a paged table. */
export function pageRangeText(page: TablePage, strings: UiStrings, lang: Language): string {
  const n = (value: number) => formatNumber(value, lang, 0);
  return strings.tableRows(n(page.from + 1), n(page.to), n(page.total));
}

export interface DataTableOptions {
  lang: Language;
  strings: UiStrings;
  /** Id of the `<table>` (for the caption's and the toggle's references). */
  id: string;
  /** Shown on screen; a collapsed table stays in the accessibility tree, only visually hidden. */
  expanded: boolean;
  sort?: SortState;
  onSort: (column: string) => void;
  /** The page shown, 0-based (clamped); tables of at most {@link TABLE_PAGE_ROWS} rows have one. */
  page?: number;
  onPage?: (page: number) => void;
}

/**
 * The data table: `<caption>`, `th scope="col"` headers (sort buttons with `aria-sort` while shown),
 * the first column as `th scope="row"`, numbers right-aligned. Collapsed, the table is only visually
 * hidden and its headers are plain text, so no invisible control takes a Tab stop. A table longer than
 * {@link TABLE_PAGE_ROWS} shows one page of the sorted rows; the caption says which rows, and while the
 * table is shown a pager moves between pages and announces the new range.
 */
export function renderDataTable(model: TableModel, options: DataTableOptions): TemplateResult {
  const { strings, expanded, sort, lang } = options;
  // The sort button's name is the column label alone: it is also the header name read with every cell.
  const ordered = sortRows(model, sort, lang);
  const page = tablePage(ordered.length, options.page ?? 0);
  const paged = page.count > 1;
  const rows = paged ? ordered.slice(page.from, page.to) : ordered;
  const range = paged ? pageRangeText(page, strings, lang) : '';
  const header = (column: TableColumn) => {
    const sorted = sort?.column === column.key ? sort.direction : undefined;
    const content = expanded
      ? html`<button
          type="button"
          class="sort-button"
          part="button sort-button"
          @click=${() => options.onSort(column.key)}
        >
          <span>${column.label}</span
          ><span class="sort-icon" aria-hidden="true"
            >${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span
          >
        </button>`
      : column.label;
    return html`<th
      scope="col"
      part="table-header"
      class=${column.numeric ? 'numeric' : ''}
      aria-sort=${sorted ?? nothing}
    >
      ${content}
    </th>`;
  };
  const table = html`<table id=${options.id} part="table">
    <caption part="caption">
      ${langText(model.caption, lang)}${paged ? `. ${range}` : nothing}
    </caption>
    <thead>
      <tr>
        ${model.columns.map(header)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr data-key=${row.key}>
            ${model.columns.map((column, i) => {
              const text = cellText(model, row, i, strings);
              const missing = column.numeric && (row.values[i] ?? null) === null;
              const cls = `${column.numeric ? 'numeric' : ''}${missing ? ' missing' : ''}`;
              return i === 0
                ? html`<th scope="row" part="row-header" class=${cls}>${langText(text, lang)}</th>`
                : html`<td part="cell" class=${cls}>${langText(text, lang)}</td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
  if (!paged || !expanded) return table;
  const go = (index: number) => options.onPage?.(index);
  // The range is a status: a page change is announced without moving focus off the button.
  return html`${table}
    <div class="table-pager" part="table-pager">
      <button
        type="button"
        class="button"
        part="button table-page-button"
        ?disabled=${page.index === 0}
        @click=${() => go(page.index - 1)}
      >
        ${strings.tablePrevious}
      </button>
      <span class="table-range" role="status">${range}</span>
      <button
        type="button"
        class="button"
        part="button table-page-button"
        ?disabled=${page.index === page.count - 1}
        @click=${() => go(page.index + 1)}
      >
        ${strings.tableNext}
      </button>
    </div>`;
}
