import { extent } from 'd3-array';
import { geoMercator, geoPath } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import { feature } from 'topojson-client';
import { formatVi } from '../dom.js';
import { el, svgIn } from './common.js';

const BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

/**
 * S6: the 63-unit map (Mercator fitted to the shapes, quantized colours, a <title> per province), first map
 * on the page: fetches the same TopoJSON file as ict-charts and converts it (topojson-client).
 */
export async function render(root, d, { width, height }) {
  const topology = await (await fetch('/maps/vn-provinces-63.topo.json')).json();
  const provinces = feature(topology, topology.objects.provinces);
  const islands = feature(topology, topology.objects.archipelagos);
  const projection = geoMercator().fitSize([width, height - 30], {
    type: 'FeatureCollection',
    features: [...provinces.features, ...islands.features],
  });
  const path = geoPath(projection);
  const shapes = provinces.features.map((f) => [f.properties.code, path(f)]);
  const svg = svgIn(root, width, height);
  const draw = (x0) => {
    svg.replaceChildren();
    el(svg, 'title', {}, d.doc.indicator.label.vi);
    const value = new Map(x0.rows.map((r) => [r.code, r]));
    const color = scaleQuantize(
      extent(x0.rows, (r) => r.value),
      BLUES,
    ).nice();
    const g = el(svg, 'g', { transform: 'translate(0 30)' });
    for (const [code, dPath] of shapes) {
      const r = value.get(code);
      const p = el(g, 'path', {
        d: dPath,
        fill: r ? color(r.value) : '#ccc',
        stroke: 'white',
        'stroke-width': 0.5,
      });
      if (r) el(p, 'title', {}, `${r.name}: ${formatVi(r.value)}`);
    }
    for (const f of islands.features) el(g, 'path', { d: path(f), fill: '#999' });
    color.range().forEach((c, i) => {
      const [a, b] = color.invertExtent(c);
      el(svg, 'rect', { x: i * 90, y: 4, width: 14, height: 14, fill: c });
      el(svg, 'text', { x: i * 90 + 18, y: 15 }, `${formatVi(a)}–${formatVi(b)}`);
    });
  };
  draw(d);
  return { update: draw };
}
