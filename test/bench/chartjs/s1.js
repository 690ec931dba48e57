import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { BASE, canvas } from './common.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const sorted = (rows) => [...rows].sort((a, b) => b.value - a.value);

/** S1: 63 sorted horizontal bars. */
export function render(root, d, { width, height }) {
  const rows = sorted(d.rows);
  const chart = new Chart(canvas(root, width, height, d.doc.indicator.label.vi), {
    type: 'bar',
    data: { labels: rows.map((r) => r.name), datasets: [{ data: rows.map((r) => r.value) }] },
    options: { ...BASE, indexAxis: 'y', scales: { y: { ticks: { autoSkip: false } } } },
  });
  return {
    update(next) {
      const r = sorted(next.rows);
      chart.data.labels = r.map((x) => x.name);
      chart.data.datasets[0].data = r.map((x) => x.value);
      chart.update();
    },
  };
}
