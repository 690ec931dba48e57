import { MapChart } from 'echarts/charts';
import { AriaComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { registerMap, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import { BASE, init } from './common.js';

use([MapChart, TitleComponent, TooltipComponent, VisualMapComponent, AriaComponent, SVGRenderer]);

const data = (rows) => rows.map((r) => ({ name: r.name, value: r.value }));

/**
 * S6: the 63-unit map, first map on the page: fetches the same TopoJSON file as ict-charts, converts it to
 * GeoJSON (topojson-client; provinces and the two archipelagos) and registers it (registerMap).
 */
export async function render(root, d, { width, height }) {
  const topology = await (await fetch('/maps/vn-provinces-63.topo.json')).json();
  const features = [
    ...feature(topology, topology.objects.provinces).features,
    ...feature(topology, topology.objects.archipelagos).features,
  ];
  registerMap('vn63', { type: 'FeatureCollection', features });
  const chart = init(root, width, height);
  const values = d.rows.map((r) => r.value);
  chart.setOption({
    ...BASE,
    title: { text: d.doc.indicator.label.vi },
    visualMap: {
      type: 'piecewise',
      splitNumber: 5,
      min: Math.min(...values),
      max: Math.max(...values),
      left: 'right',
    },
    series: [{ type: 'map', map: 'vn63', nameProperty: 'name_vi', data: data(d.rows) }],
  });
  return { update: (next) => chart.setOption({ series: [{ data: data(next.rows) }] }) };
}
