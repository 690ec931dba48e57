import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { BASE, canvas } from './common.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** S3: 3 tiers × 4 levels, stacked horizontal bars with a legend. */
export function render(root, d, { width, height }) {
  const datasets = (x) => x.levels.map((label, l) => ({ label, data: x.values.map((tier) => tier[l]) }));
  const chart = new Chart(canvas(root, width, height, d.doc.indicators[0].label.vi), {
    type: 'bar',
    data: { labels: d.tiers, datasets: datasets(d) },
    options: { ...BASE, indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } },
  });
  return {
    update(next) {
      datasets(next).forEach((ds, i) => (chart.data.datasets[i].data = ds.data));
      chart.update();
    },
  };
}
