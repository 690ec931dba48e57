import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { BASE, init } from './common.js';

use([BarChart, GridComponent, TitleComponent, TooltipComponent, AriaComponent, SVGRenderer]);

const sorted = (rows) => [...rows].sort((a, b) => b.value - a.value);
const option = (rows) => ({
  yAxis: { data: rows.map((r) => r.name) },
  series: [{ type: 'bar', data: rows.map((r) => r.value), label: { show: true, position: 'right' } }],
});

/** S1: 63 sorted horizontal bars with value labels. */
export function render(root, d, { width, height }) {
  const chart = init(root, width, height);
  chart.setOption({
    ...BASE,
    title: { text: d.doc.indicator.label.vi },
    grid: { left: 8, right: 40, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, axisLabel: { interval: 0 } },
    ...option(sorted(d.rows)),
  });
  return { update: (next) => chart.setOption(option(sorted(next.rows))) };
}
