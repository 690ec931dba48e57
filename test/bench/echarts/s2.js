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

const series = (d) => d.series.map((s) => ({ type: 'line', name: s.name, data: s.values }));

/** S2: 5 series × 20 years as lines with a legend. */
export function render(root, d, { width, height }) {
  const chart = init(root, width, height);
  chart.setOption({
    ...BASE,
    title: { text: 'Mật độ thuê bao theo loại' },
    legend: { bottom: 0 },
    grid: { top: 40, bottom: 60 },
    xAxis: { type: 'category', data: d.years.map(String) },
    yAxis: { type: 'value' },
    series: series(d),
  });
  return { update: (next) => chart.setOption({ series: series(next) }) };
}
