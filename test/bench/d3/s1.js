import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatVi } from '../dom.js';
import { axisX, el, svgIn } from './common.js';

/** S1: 63 sorted horizontal bars, names on the left, values at the bar ends, a title per bar. */
export function render(root, d, { width, height }) {
  const svg = svgIn(root, width, height);
  const m = { top: 30, right: 40, bottom: 24, left: 110 };
  const draw = (x0) => {
    svg.replaceChildren();
    el(svg, 'title', {}, d.doc.indicator.label.vi);
    el(svg, 'text', { x: 0, y: 14, 'font-weight': 700 }, d.doc.indicator.label.vi);
    const rows = [...x0.rows].sort((a, b) => b.value - a.value);
    const x = scaleLinear([0, max(rows, (r) => r.value)], [m.left, width - m.right]).nice();
    const y = scaleBand(
      rows.map((r) => r.name),
      [m.top, height - m.bottom],
    ).padding(0.15);
    axisX(svg, x, height - m.bottom);
    const g = el(svg, 'g');
    for (const r of rows) {
      const bar = el(g, 'rect', {
        x: x(0),
        y: y(r.name),
        width: x(r.value) - x(0),
        height: y.bandwidth(),
        fill: '#4e79a7',
      });
      el(bar, 'title', {}, `${r.name}: ${formatVi(r.value)}`);
      el(
        g,
        'text',
        {
          x: m.left - 4,
          y: y(r.name) + y.bandwidth() / 2,
          'text-anchor': 'end',
          'dominant-baseline': 'middle',
        },
        r.name,
      );
      el(
        g,
        'text',
        { x: x(r.value) + 3, y: y(r.name) + y.bandwidth() / 2, 'dominant-baseline': 'middle' },
        formatVi(r.value),
      );
    }
  };
  draw(d);
  return { update: draw };
}
