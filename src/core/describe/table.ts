/**
 * The data table of a chart, as a model that the frame renders as `<table>` and the export writes as CSV.
 * Texts are formatted for the language; numeric cells keep their numbers in `values` for sorting and
 * export. Pure: no DOM.
 */
import { formatNumber, formatPeriod, provinceName, unitLabel } from '../format/index.js';
import { messages, type Messages } from '../i18n/messages.js';
import type { IndicatorMeta, Language, ResolvedObservation } from '../indicator/types.js';
import {
  changeText,
  decimalsOf,
  isYearOnly,
  localized,
  periodKey,
  periodOrder,
  seriesLabel,
} from './labels.js';

/** One column: `key` is stable across languages (`place`, `period`, `series`, `indicator`, `value`, …). */
export interface TableColumnModel {
  key: string;
  label: string;
  /** Numeric columns are right-aligned and sort by `values`. */
  numeric: boolean;
}

/** One row per observation: display texts per column, and the numbers behind numeric cells (else null). */
export interface TableRowModel {
  key: string;
  cells: string[];
  values: (number | null)[];
}

/** What {@link tableModel} returns. */
export interface TableModelResult {
  caption: string;
  columns: TableColumnModel[];
  rows: TableRowModel[];
}

interface ColumnSpec {
  column: TableColumnModel;
  cell: (o: ResolvedObservation) => string;
  value?: (o: ResolvedObservation) => number | null;
}

/**
 * The table of one indicator's observations (others are ignored), in the data's order:
 * - `place` ("Tỉnh/thành phố" / "Province/city") and `period` ("Năm"/"Year", or "Kỳ"/"Period" when some
 *   periods are quarters or months) always;
 * - `indicator` when observations carry labels of their own that differ, `series` ("Phân loại") when the
 *   breakdowns differ;
 * - `value`, its header carrying the unit ("Giá trị (thuê bao/100 dân)"), cells as numbers formatted for the
 *   language without the unit ("1.447.307", "111,78"), a missing value as its phrase ("không có số liệu");
 * - `denominator`, `target` (numeric), `qualifier`, `status`, `change` (what the source states, "tăng 15,9 %
 *   so với năm 2019") and `note`, each only when some observation has it.
 * Row keys are the observation ids, else `indicator:index`. Caption: "label, period" ("…, 2016–2021").
 */
export function tableModel(
  indicator: IndicatorMeta,
  observations: readonly ResolvedObservation[],
  lang: Language,
  catalogue: Messages = messages(lang),
): TableModelResult {
  const m = catalogue;
  const rows = observations.filter((o) => o.indicator === indicator.id);
  const decimals = decimalsOf(indicator);
  const unit = unitLabel(indicator.unit, lang, 'short');
  const number = (value: number): string => formatNumber(value, lang, decimals);
  const some = (test: (o: ResolvedObservation) => boolean): boolean => rows.some(test);
  const distinct = (key: (o: ResolvedObservation) => string): boolean => new Set(rows.map(key)).size > 1;
  const label = (o: ResolvedObservation): string => localized(o.label ?? indicator.label, lang);
  const yearsOnly = rows.every((o) => isYearOnly(o.period));

  const specs: ColumnSpec[] = [
    {
      column: { key: 'place', label: m.table.place, numeric: false },
      cell: (o) => provinceName(o.place, lang),
    },
    {
      column: { key: 'period', label: yearsOnly ? m.table.year : m.table.period, numeric: false },
      cell: (o) => formatPeriod(o.period, lang),
    },
  ];
  if (some((o) => o.label !== undefined) && distinct(label)) {
    specs.push({ column: { key: 'indicator', label: m.table.indicator, numeric: false }, cell: label });
  }
  if (distinct((o) => seriesLabel(o.breakdown, lang, m))) {
    specs.push({
      column: { key: 'series', label: m.table.series, numeric: false },
      cell: (o) => seriesLabel(o.breakdown, lang, m),
    });
  }
  specs.push({
    column: { key: 'value', label: m.table.value(unit), numeric: true },
    cell: (o) => (o.value === null ? m.missing[o.missing ?? 'not-available'] : number(o.value)),
    value: (o) => o.value,
  });
  if (some((o) => o.denominator !== undefined)) {
    specs.push({
      column: { key: 'denominator', label: m.table.denominator, numeric: true },
      cell: (o) => (o.denominator === undefined ? '' : number(o.denominator)),
      value: (o) => o.denominator ?? null,
    });
  }
  if (some((o) => o.target !== undefined)) {
    specs.push({
      column: { key: 'target', label: m.table.target(unit), numeric: true },
      cell: (o) => (o.target === undefined ? '' : number(o.target)),
      value: (o) => o.target ?? null,
    });
  }
  if (some((o) => o.qualifier !== undefined)) {
    specs.push({
      column: { key: 'qualifier', label: m.table.qualifier, numeric: false },
      cell: (o) => (o.qualifier === undefined ? '' : m.qualifiers[o.qualifier]),
    });
  }
  if (some((o) => o.status !== undefined)) {
    specs.push({
      column: { key: 'status', label: m.table.status, numeric: false },
      cell: (o) => (o.status === undefined ? '' : m.statuses[o.status]),
    });
  }
  if (some((o) => changeText(o, indicator, lang, m) !== undefined)) {
    specs.push({
      column: { key: 'change', label: m.table.change, numeric: false },
      cell: (o) => changeText(o, indicator, lang, m) ?? '',
    });
  }
  if (some((o) => localized(o.note, lang).trim() !== '')) {
    specs.push({
      column: { key: 'note', label: m.table.note, numeric: false },
      cell: (o) => localized(o.note, lang),
    });
  }

  const periods = [...new Map(rows.map((o) => [periodKey(o.period), o.period])).values()].sort(
    (a, b) => periodOrder(a) - periodOrder(b),
  );
  const first = periods[0];
  const last = periods[periods.length - 1];
  const periodText =
    first === undefined || last === undefined
      ? ''
      : periods.length === 1
        ? formatPeriod(first, lang)
        : `${formatPeriod(first, lang)}–${formatPeriod(last, lang)}`;

  return {
    caption: m.table.caption(localized(indicator.label, lang), periodText),
    columns: specs.map((s) => s.column),
    rows: rows.map((o) => ({
      key: o.id ?? `${o.indicator}:${o.index}`,
      cells: specs.map((s) => s.cell(o)),
      values: specs.map((s) => (s.value ? s.value(o) : null)),
    })),
  };
}
