/**
 * Numbers printed on a chart: at a mark (the number, with % for shares; the unit is said once under the
 * axis) and on an axis (compact for millions and more). Pure: no DOM.
 */
import type { IndicatorMeta, Language } from '../indicator/types.js';
import { formatCompact, formatNumber, formatPercent } from './format.js';

/** The number printed at a mark: `111,78 %` for a share, `1.447.307` otherwise. */
export function formatMarkValue(
  value: number,
  indicator: IndicatorMeta,
  lang: Language,
  decimals: number,
): string {
  return indicator.unit === 'percent'
    ? formatPercent(value, lang, decimals)
    : formatNumber(value, lang, decimals);
}

/** The tick label format for an axis whose largest absolute value is `max`. */
export function tickFormatter(
  indicator: IndicatorMeta,
  max: number,
  lang: Language,
): (value: number) => string {
  if (Math.abs(max) >= 1e6) return (v) => formatCompact(v, lang);
  if (indicator.unit === 'percent') return (v) => formatPercent(v, lang);
  return (v) => formatNumber(v, lang);
}
