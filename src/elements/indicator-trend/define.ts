/** Registers `<ict-indicator-trend>` (harmless when a copy of the library already did). */
import { defineElement } from '../../chart/define.js';
import { IctIndicatorTrend } from './indicator-trend.js';

defineElement('ict-indicator-trend', IctIndicatorTrend);

declare global {
  interface HTMLElementTagNameMap {
    'ict-indicator-trend': IctIndicatorTrend;
  }
}

export { IctIndicatorTrend };
