import * as Plot from '@observablehq/plot';
import { feature } from 'topojson-client';
import { mount } from './common.js';

/**
 * S6: the 63-unit map (Plot.geo, a Mercator projection fitted to the shapes) with a quantize colour legend,
 * first map on the page: fetches the same TopoJSON file as ict-charts and converts it (topojson-client).
 */
export async function render(root, d, { width, height }) {
  const topology = await (await fetch('/maps/vn-provinces-63.topo.json')).json();
  const provinces = feature(topology, topology.objects.provinces);
  const islands = feature(topology, topology.objects.archipelagos);
  const make = (x) => {
    const value = new Map(x.rows.map((r) => [r.code, r.value]));
    return Plot.plot({
      width,
      height,
      title: d.doc.indicator.label.vi,
      projection: {
        type: 'mercator',
        domain: { type: 'FeatureCollection', features: [...provinces.features, ...islands.features] },
      },
      color: { type: 'quantize', n: 5, scheme: 'blues', legend: true },
      marks: [
        Plot.geo(provinces, { fill: (f) => value.get(f.properties.code), stroke: 'white', strokeWidth: 0.5 }),
        Plot.geo(islands, { fill: '#999' }),
      ],
    });
  };
  return mount(root, width, height, make, d);
}
