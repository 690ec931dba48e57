import * as Plot from '@observablehq/plot';
import { mount } from './common.js';

/** S5: 50 small line charts, one province's 10 years each, titled with the province. */
export function render(root, d, { width, height }) {
  const make = (c) => {
    const points = c.values.map((value, i) => ({ year: c.years[i], value }));
    return Plot.plot({
      width,
      height,
      title: c.name,
      x: { label: null, tickFormat: 'd', ticks: 5 },
      y: { grid: true, label: null, ticks: 4 },
      marks: [
        Plot.line(points, { x: 'year', y: 'value' }),
        Plot.dot(points, { x: 'year', y: 'value', r: 2 }),
      ],
    });
  };
  const charts = d.charts.map((c) => mount(root, width, height, make, c));
  return { update: (next) => next.charts.forEach((c, i) => charts[i].update(c)) };
}
