import * as Plot from '@observablehq/plot';
import { mount } from './common.js';

/** S3: 3 tiers × 4 levels, stacked horizontal bars with a colour legend. */
export function render(root, d, { width, height }) {
  const make = (x) => {
    const rows = x.tiers.flatMap((tier, t) =>
      x.levels.map((level, l) => ({ tier, level, value: x.values[t][l] })),
    );
    return Plot.plot({
      width,
      height,
      marginLeft: 80,
      title: d.doc.indicators[0].label.vi,
      color: { legend: true, domain: x.levels },
      x: { grid: true, label: null },
      y: { label: null, domain: x.tiers },
      marks: [Plot.barX(rows, { x: 'value', y: 'tier', fill: 'level' }), Plot.ruleX([0])],
    });
  };
  return mount(root, width, height, make, d);
}
