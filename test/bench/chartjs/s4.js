import {
  Chart,
  Decimation,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { BASE, canvas } from './common.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Decimation, Legend, Tooltip);

// The Chart.js performance guide for large data: pre-parsed {x, y} points, parsing off, no point markers,
// and the decimation plugin (LTTB), which needs a linear x axis.
const datasets = (d) =>
  d.series.map((s) => ({
    label: s.name,
    data: s.values.map((y, i) => ({ x: d.startYear + i / 12, y })),
    pointRadius: 0,
    borderWidth: 1,
  }));

/** S4: 5 lines × 2 000 months = 10 000 points. */
export function render(root, d, { width, height }) {
  const chart = new Chart(canvas(root, width, height, d.doc.indicator.label.vi), {
    type: 'line',
    data: { datasets: datasets(d) },
    options: {
      ...BASE,
      parsing: false,
      normalized: true,
      scales: { x: { type: 'linear' } },
      plugins: { decimation: { enabled: true, algorithm: 'lttb' } },
    },
  });
  return {
    update(next) {
      chart.data.datasets = datasets(next);
      chart.update();
    },
  };
}
