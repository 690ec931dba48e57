/** Registers `<ict-bar-chart>` (harmless when a copy of the library already did). */
import { defineElement } from '../../chart/define.js';
import { IctBarChart } from './bar-chart.js';

defineElement('ict-bar-chart', IctBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'ict-bar-chart': IctBarChart;
  }
}

export { IctBarChart };
