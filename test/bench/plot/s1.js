import * as Plot from '@observablehq/plot';
import { mount } from './common.js';

/** S1: 63 sorted horizontal bars with value labels. */
export function render(root, d, { width, height }) {
  const make = (x) =>
    Plot.plot({
      width,
      height,
      marginLeft: 110,
      title: d.doc.indicator.label.vi,
      x: { grid: true, label: null },
      y: { label: null },
      marks: [
        Plot.barX(x.rows, { x: 'value', y: 'name', sort: { y: '-x' } }),
        Plot.text(x.rows, { x: 'value', y: 'name', text: 'value', textAnchor: 'start', dx: 3 }),
        Plot.ruleX([0]),
      ],
    });
  return mount(root, width, height, make, d);
}
