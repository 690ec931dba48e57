import { base, chart } from './common.js';

/** S2: 5 series × 20 years as lines with a legend. */
export function render(root, d, { width, height }) {
  const c = chart(root, width, height, {
    ...base(width, height, 'Mật độ thuê bao theo loại'),
    xAxis: { categories: d.years.map(String) },
    yAxis: { title: { text: null } },
    series: d.series.map((s) => ({ type: 'line', name: s.name, data: s.values })),
  });
  return {
    update(next) {
      next.series.forEach((s, i) => c.series[i].setData(s.values, false, false));
      c.redraw(false);
    },
  };
}
