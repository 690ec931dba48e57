import '../../../src/elements/indicator-trend/define.ts';
import { mount, ready as drawnReady } from './common.js';

/**
 * S5 with `loading="lazy"`: the charts within one viewport of the screen draw their plots, the others only their
 * frames (title, summary, data table), until they come near. Ready when every chart shows its frame with no
 * update pending and every chart within that margin shows its marks.
 */
export function render(root, d, { width }) {
  const elements = d.charts.map((c) => mount(root, 'ict-indicator-trend', c.doc, width, { loading: 'lazy' }));
  return { update: (next) => next.charts.forEach((c, i) => (elements[i].data = c.doc)) };
}

/** Within the margin in which a lazy chart draws (one viewport around the visible area). */
const near = (el) => {
  const box = el.getBoundingClientRect();
  return box.bottom > -innerHeight && box.top < 2 * innerHeight;
};

export function ready(root) {
  for (const el of root.children) {
    const shadow = el.shadowRoot;
    if (shadow == null || el.isUpdatePending) return false;
    if (near(el)) continue;
    if (shadow.querySelector('[part="summary"] p') === null) return false;
    if (shadow.querySelector('[part="deferred-plot"], svg.marks') === null) return false;
  }
  // The charts near the viewport: drawn, as every chart of S5 is.
  return drawnReady({ children: [...root.children].filter(near) });
}
