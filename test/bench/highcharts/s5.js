import { base, chart } from './common.js';

/** S5: 50 small line charts, one province's 10 years each, titled with the province. */
export function render(root, d, { width, height }) {
  const charts = d.charts.map((c) =>
    chart(root, width, height, {
      ...base(width, height, c.name),
      title: { text: c.name, style: { fontSize: '12px' } },
      legend: { enabled: false },
      xAxis: { categories: c.years.map(String) },
      yAxis: { title: { text: null } },
      series: [{ type: 'line', name: c.name, data: c.values }],
    }),
  );
  return {
    update: (next) => next.charts.forEach((c, i) => charts[i].series[0].setData(c.values, true, false)),
  };
}
