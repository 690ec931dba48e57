import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { axisX, axisY, el, svgIn } from './common.js';

/** S5: 50 small line charts, one province's 10 years each, titled with the province. */
export function render(root, d, { width, height }) {
  const m = { top: 22, right: 10, bottom: 22, left: 34 };
  const draw = (svg, c) => {
    svg.replaceChildren();
    el(svg, 'text', { x: 0, y: 12, 'font-weight': 700 }, c.name);
    const x = scaleLinear(extent(c.years), [m.left, width - m.right]);
    const y = scaleLinear(extent(c.values), [height - m.bottom, m.top]).nice();
    axisY(svg, y, m.left, width - m.right, 3);
    axisX(svg, x, height - m.bottom, 5, (v) => String(v));
    el(svg, 'path', {
      d: line((v, i) => x(c.years[i]), y)(c.values),
      fill: 'none',
      stroke: '#4e79a7',
      'stroke-width': 1.5,
    });
    c.values.forEach((v, i) => {
      const dot = el(svg, 'circle', { cx: x(c.years[i]), cy: y(v), r: 2, fill: '#4e79a7' });
      el(dot, 'title', {}, `${c.years[i]}: ${v}`);
    });
  };
  const svgs = d.charts.map((c) => {
    const svg = svgIn(root, width, height);
    draw(svg, c);
    return svg;
  });
  return { update: (next) => next.charts.forEach((c, i) => draw(svgs[i], c)) };
}
