import { base, chart } from './common.js';

const series = (d) =>
  d.series.map((s) => ({
    type: 'line',
    name: s.name,
    pointStart: d.startYear,
    pointInterval: 1 / 12,
    marker: { enabled: false },
    data: s.values,
  }));

/** S4: 5 lines × 2 000 months = 10 000 points (without the boost module: the accessibility module is on). */
export function render(root, d, { width, height }) {
  const c = chart(root, width, height, {
    ...base(width, height, d.doc.indicator.label.vi),
    yAxis: { title: { text: null } },
    series: series(d),
  });
  return {
    update(next) {
      series(next).forEach((s, i) => c.series[i].setData(s.data, false, false));
      c.redraw(false);
    },
  };
}
