import { BarChart } from 'echarts/charts';
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

use([BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, AriaComponent, SVGRenderer]);

const series = (d) =>
  d.levels.map((name, l) => ({
    type: 'bar',
    name,
    stack: 'total',
    label: { show: true },
    data: d.values.map((tier) => tier[l]),
  }));

/** S3: 3 tiers × 4 levels, stacked horizontal bars with a legend. */
export function render(root, d, { width, height }) {
  const chart = init(root, width, height);
  chart.setOption({
    ...BASE,
    title: { text: d.doc.indicators[0].label.vi },
    legend: { bottom: 0 },
    grid: { top: 40, bottom: 50, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: d.tiers },
    series: series(d),
  });
  return { update: (next) => chart.setOption({ series: series(next) }) };
}
