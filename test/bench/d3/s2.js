import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { axisX, axisY, COLORS, el, legend, svgIn } from './common.js';

/** S2: 5 series × 20 years as lines with dots, a legend. */
export function render(root, d, { width, height }) {
  const svg = svgIn(root, width, height);
  const m = { top: 30, right: 20, bottom: 50, left: 40 };
  const draw = (x0) => {
    svg.replaceChildren();
    el(svg, 'title', {}, 'Mật độ thuê bao theo loại');
    const x = scaleLinear(extent(x0.years), [m.left, width - m.right]);
    const y = scaleLinear([0, max(x0.series, (s) => max(s.values))], [height - m.bottom, m.top]).nice();
    axisY(svg, y, m.left, width - m.right);
    axisX(svg, x, height - m.bottom, 10, (t) => String(t));
    const path = line((v, i) => x(x0.years[i]), y);
    x0.series.forEach((s, k) => {
      el(svg, 'path', { d: path(s.values), fill: 'none', stroke: COLORS[k], 'stroke-width': 2 });
      s.values.forEach((v, i) => {
        const dot = el(svg, 'circle', { cx: x(x0.years[i]), cy: y(v), r: 3, fill: COLORS[k] });
        el(dot, 'title', {}, `${s.name}, ${x0.years[i]}: ${v}`);
      });
    });
    legend(
      svg,
      x0.series.map((s) => s.name),
      COLORS,
      m.left,
      height - 10,
    );
  };
  draw(d);
  return { update: draw };
}
