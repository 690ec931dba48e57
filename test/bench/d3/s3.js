import { max, sum } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { axisX, COLORS, el, legend, svgIn } from './common.js';

/** S3: 3 tiers × 4 levels, stacked horizontal bars with labels in the segments, a legend. */
export function render(root, d, { width, height }) {
  const svg = svgIn(root, width, height);
  const m = { top: 30, right: 20, bottom: 50, left: 80 };
  const draw = (x0) => {
    svg.replaceChildren();
    el(svg, 'title', {}, d.doc.indicators[0].label.vi);
    const x = scaleLinear([0, max(x0.values, (t) => sum(t))], [m.left, width - m.right]).nice();
    const y = scaleBand(x0.tiers, [m.top, height - m.bottom]).padding(0.2);
    axisX(svg, x, height - m.bottom);
    x0.tiers.forEach((tier, t) => {
      el(
        svg,
        'text',
        {
          x: m.left - 4,
          y: y(tier) + y.bandwidth() / 2,
          'text-anchor': 'end',
          'dominant-baseline': 'middle',
        },
        tier,
      );
      let at = 0;
      x0.values[t].forEach((v, l) => {
        const seg = el(svg, 'rect', {
          x: x(at),
          y: y(tier),
          width: x(at + v) - x(at),
          height: y.bandwidth(),
          fill: COLORS[l],
        });
        el(seg, 'title', {}, `${tier}, ${x0.levels[l]}: ${v}`);
        el(
          svg,
          'text',
          {
            x: x(at + v / 2),
            y: y(tier) + y.bandwidth() / 2,
            'text-anchor': 'middle',
            'dominant-baseline': 'middle',
            fill: 'white',
          },
          v,
        );
        at += v;
      });
    });
    legend(svg, x0.levels, COLORS, m.left, height - 10);
  };
  draw(d);
  return { update: draw };
}
