import * as Plot from '@observablehq/plot';
import { mount } from './common.js';

/** S2: 5 series × 20 years as lines with dots and a colour legend. */
export function render(root, d, { width, height }) {
  const make = (x) => {
    const points = x.series.flatMap((s) =>
      s.values.map((value, i) => ({ series: s.name, year: x.years[i], value })),
    );
    return Plot.plot({
      width,
      height,
      title: 'Mật độ thuê bao theo loại',
      color: { legend: true },
      x: { label: null, tickFormat: 'd' },
      y: { grid: true, label: null },
      marks: [
        Plot.line(points, { x: 'year', y: 'value', stroke: 'series' }),
        Plot.dot(points, { x: 'year', y: 'value', stroke: 'series' }),
      ],
    });
  };
  return mount(root, width, height, make, d);
}
