import 'highcharts/esm/modules/map.js';
import { feature } from 'topojson-client';
import { box } from '../dom.js';
import { base, Highcharts } from './common.js';

const data = (rows) => rows.map((r) => ({ code: r.code, name: r.name, value: r.value }));

/**
 * S6: the 63-unit map with the map module (Highcharts Maps ships in the highcharts package as
 * highcharts/modules/map), first map on the page: fetches the same TopoJSON file as ict-charts. The
 * provinces and the two archipelagos go in as one GeoJSON collection (topojson-client).
 */
export async function render(root, d, { width, height }) {
  const topology = await (await fetch('/maps/vn-provinces-63.topo.json')).json();
  const features = [
    ...feature(topology, topology.objects.provinces).features,
    ...feature(topology, topology.objects.archipelagos).features,
  ];
  const c = Highcharts.mapChart(box(root, width, height), {
    ...base(width, height, d.doc.indicator.label.vi),
    chart: { ...base(width, height).chart, map: { type: 'FeatureCollection', features } },
    colorAxis: { tickPixelInterval: 100 },
    series: [{ name: 'Giá trị', joinBy: 'code', data: data(d.rows) }],
  });
  return { update: (next) => c.series[0].setData(data(next.rows), true, false) };
}
