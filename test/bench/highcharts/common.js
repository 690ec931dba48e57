// Highcharts in the bench, from its ES modules with the accessibility module (as the issue asks), animation
// off, credits off, in a box of the scenario's size. Highcharts is licensed for non-commercial use: it is
// used here in a local benchmark only, never bundled in the package.
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/accessibility.js';
import { box } from '../dom.js';

export { Highcharts };

/** Options every scenario shares. */
export function base(width, height, title) {
  return {
    chart: { width, height, animation: false },
    title: { text: title },
    credits: { enabled: false },
    plotOptions: { series: { animation: false } },
  };
}

/** A Highcharts chart in a `width` × `height` box. */
export function chart(root, width, height, options) {
  return Highcharts.chart(box(root, width, height), options);
}
