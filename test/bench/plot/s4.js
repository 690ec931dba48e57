import * as Plot from '@observablehq/plot';
import { mount } from './common.js';

/** S4: 5 lines × 2 000 months = 10 000 points (Plot draws every point; it has no downsampling). */
export function render(root, d, { width, height }) {
  const make = (x) => {
    const points = x.series.flatMap((s) =>
      s.values.map((value, i) => ({ series: s.name, t: x.startYear + i / 12, value })),
    );
    return Plot.plot({
      width,
      height,
      title: d.doc.indicator.label.vi,
      color: { legend: true },
      x: { label: null, tickFormat: 'd' },
      y: { grid: true, label: null },
      marks: [Plot.line(points, { x: 't', y: 'value', stroke: 'series', strokeWidth: 1 })],
    });
  };
  return mount(root, width, height, make, d);
}
