import { base, chart } from './common.js';

const sorted = (rows) => [...rows].sort((a, b) => b.value - a.value);

/** S1: 63 sorted horizontal bars with value labels. */
export function render(root, d, { width, height }) {
  const rows = sorted(d.rows);
  const c = chart(root, width, height, {
    ...base(width, height, d.doc.indicator.label.vi),
    chart: { ...base(width, height).chart, type: 'bar' },
    xAxis: { categories: rows.map((r) => r.name) },
    yAxis: { title: { text: null } },
    legend: { enabled: false },
    series: [{ name: 'Giá trị', data: rows.map((r) => r.value), dataLabels: { enabled: true } }],
  });
  return {
    update(next) {
      const r = sorted(next.rows);
      c.xAxis[0].setCategories(
        r.map((x) => x.name),
        false,
      );
      c.series[0].setData(
        r.map((x) => x.value),
        true,
        false,
      );
    },
  };
}
