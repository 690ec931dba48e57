// Apache ECharts in the bench: tree-shaken (echarts/core plus the charts and components each scenario
// uses), the SVG renderer, animation off, and the aria option on (ECharts' own accessibility feature: a
// generated description as the chart's aria-label), in a box of the scenario's size.
import * as echarts from 'echarts/core';
import { box } from '../dom.js';

/** An ECharts instance (SVG renderer) in a `width` × `height` box. */
export function init(root, width, height) {
  return echarts.init(box(root, width, height), null, { renderer: 'svg', width, height });
}

export const BASE = { animation: false, aria: { enabled: true }, tooltip: {} };
