import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';
import { BASE, canvas } from './common.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Title, Tooltip);

/** S5: 50 small line charts, one province's 10 years each, titled with the province. */
export function render(root, d, { width, height }) {
  const charts = d.charts.map(
    (c) =>
      new Chart(canvas(root, width, height, c.name), {
        type: 'line',
        data: { labels: c.years, datasets: [{ data: c.values }] },
        options: { ...BASE, plugins: { title: { display: true, text: c.name } } },
      }),
  );
  return {
    update(next) {
      next.charts.forEach((c, i) => {
        charts[i].data.datasets[0].data = c.values;
        charts[i].update();
      });
    },
  };
}
