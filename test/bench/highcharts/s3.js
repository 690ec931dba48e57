import { base, chart } from './common.js';

const series = (d) =>
  d.levels.map((name, l) => ({ type: 'bar', name, data: d.values.map((tier) => tier[l]) }));

/** S3: 3 tiers × 4 levels, stacked horizontal bars with a legend. */
export function render(root, d, { width, height }) {
  const options = base(width, height, d.doc.indicators[0].label.vi);
  const c = chart(root, width, height, {
    ...options,
    plotOptions: {
      series: { ...options.plotOptions.series, stacking: 'normal', dataLabels: { enabled: true } },
    },
    xAxis: { categories: d.tiers },
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
