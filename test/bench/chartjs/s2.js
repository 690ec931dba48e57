import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { BASE, canvas } from './common.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** S2: 5 series × 20 years as lines with a legend. */
export function render(root, d, { width, height }) {
  const chart = new Chart(canvas(root, width, height, 'Mật độ thuê bao theo loại'), {
    type: 'line',
    data: { labels: d.years, datasets: d.series.map((s) => ({ label: s.name, data: s.values })) },
    options: BASE,
  });
  return {
    update(next) {
      next.series.forEach((s, i) => (chart.data.datasets[i].data = s.values));
      chart.update();
    },
  };
}
