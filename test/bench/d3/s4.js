import { extent, max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { axisX, axisY, COLORS, el, legend, svgIn } from './common.js';

/** S4: 5 lines × 2 000 months = 10 000 points, every point in the path (no downsampling). */
export function render(root, d, { width, height }) {
  const svg = svgIn(root, width, height);
  const m = { top: 30, right: 20, bottom: 50, left: 50 };
  const draw = (x0) => {
    svg.replaceChildren();
    el(svg, 'title', {}, d.doc.indicator.label.vi);
    const t = (i) => x0.startYear + i / 12;
    const x = scaleLinear(extent([t(0), t(x0.months - 1)]), [m.left, width - m.right]);
    const y = scaleLinear(
      [min(x0.series, (s) => min(s.values)), max(x0.series, (s) => max(s.values))],
      [height - m.bottom, m.top],
    ).nice();
    axisY(svg, y, m.left, width - m.right);
    axisX(svg, x, height - m.bottom, 10, (v) => String(v));
    const path = line((v, i) => x(t(i)), y);
    x0.series.forEach((s, k) =>
      el(svg, 'path', { d: path(s.values), fill: 'none', stroke: COLORS[k], 'stroke-width': 1 }),
    );
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
