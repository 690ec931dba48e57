import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { BASE, init } from './common.js';

use([LineChart, GridComponent, TitleComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/** S5: 50 small line charts, one province's 10 years each, titled with the province. */
export function render(root, d, { width, height }) {
  const charts = d.charts.map((c) => {
    const chart = init(root, width, height);
    chart.setOption({
      ...BASE,
      title: { text: c.name, textStyle: { fontSize: 12 } },
      grid: { top: 30, bottom: 24, left: 40, right: 10 },
      xAxis: { type: 'category', data: c.years.map(String) },
      yAxis: { type: 'value', scale: true },
      series: [{ type: 'line', data: c.values }],
    });
    return chart;
  });
  return {
    update: (next) => next.charts.forEach((c, i) => charts[i].setOption({ series: [{ data: c.values }] })),
  };
}
