// Chart.js in the bench: tree-shaken registration (each scenario registers what it draws), animation off
// (every library is timed without animation), responsive in a box of the scenario's size, the canvas
// labelled as the Chart.js accessibility docs show (role="img" and aria-label).
import { box } from '../dom.js';

/** A labelled canvas in a `width` × `height` box. */
export function canvas(root, width, height, label) {
  const c = document.createElement('canvas');
  c.setAttribute('role', 'img');
  c.setAttribute('aria-label', label);
  box(root, width, height).append(c);
  return c;
}

export const BASE = { animation: false, responsive: true, maintainAspectRatio: false };
