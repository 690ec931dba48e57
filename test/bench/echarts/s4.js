import { LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { BASE, init } from './common.js';

use([
  LineChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

// The ECharts way for long series: no symbols and LTTB sampling.
const series = (d) =>
  d.series.map((s) => ({
    type: 'line',
    name: s.name,
    showSymbol: false,
    sampling: 'lttb',
    data: s.values.map((y, i) => [d.startYear + i / 12, y]),
  }));

/** S4: 5 lines × 2 000 months = 10 000 points. */
export function render(root, d, { width, height }) {
  const chart = init(root, width, height);
  chart.setOption({
    ...BASE,
    tooltip: { trigger: 'axis' },
    title: { text: d.doc.indicator.label.vi },
    legend: { bottom: 0 },
    grid: { top: 40, bottom: 50 },
    xAxis: { type: 'value', min: 'dataMin', max: 'dataMax' },
    yAxis: { type: 'value', scale: true },
    series: series(d),
  });
  return { update: (next) => chart.setOption({ series: series(next) }) };
}
