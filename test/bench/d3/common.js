// Hand-written d3 in the bench: d3-scale, d3-array, d3-shape, d3-geo and topojson-client compute; the SVG is
// written with plain DOM calls (d3-selection is not a dependency of the project), the way a small
// hand-written chart is. An update draws the chart again into the same <svg>.
import { box } from '../dom.js';

const NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes (and text), appends it to `parent`. */
export function el(parent, name, attributes = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  parent.append(node);
  return node;
}

/** A `width` × `height` SVG in its box, with a <title>. */
export function svgIn(root, width, height) {
  const svg = el(box(root, width, height), 'svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'system-ui, sans-serif',
    'font-size': 11,
  });
  return svg;
}

/** A horizontal axis at `y`: tick lines and labels. */
export function axisX(svg, x, y, count = 6, format = String) {
  const g = el(svg, 'g', { class: 'axis' });
  el(g, 'line', { x1: x.range()[0], x2: x.range()[1], y1: y, y2: y, stroke: '#888' });
  for (const t of x.ticks(count)) {
    el(g, 'line', { x1: x(t), x2: x(t), y1: y, y2: y + 4, stroke: '#888' });
    el(g, 'text', { x: x(t), y: y + 15, 'text-anchor': 'middle' }, format(t));
  }
}

/** A vertical axis at `x` with grid lines to `right`. */
export function axisY(svg, y, x, right, count = 5) {
  const g = el(svg, 'g', { class: 'axis' });
  for (const t of y.ticks(count)) {
    el(g, 'line', { x1: x, x2: right, y1: y(t), y2: y(t), stroke: '#eee' });
    el(g, 'text', { x: x - 4, y: y(t), 'text-anchor': 'end', 'dominant-baseline': 'middle' }, t);
  }
}

/** A small legend: one swatch and name per series, in a row at `y`. */
export function legend(svg, names, colors, x, y) {
  let at = x;
  names.forEach((name, i) => {
    el(svg, 'rect', { x: at, y: y - 9, width: 10, height: 10, fill: colors[i] });
    el(svg, 'text', { x: at + 14, y }, name);
    at += 20 + name.length * 6.2;
  });
}

export const COLORS = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f'];
