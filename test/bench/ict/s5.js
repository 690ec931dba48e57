import '../../../src/elements/indicator-trend/define.ts';
import { mount } from './common.js';

export { ready } from './common.js';

/** S5: 50 × `<ict-indicator-trend>`, one province's 10 years each, 300 px wide. */
export function render(root, d, { width }) {
  const elements = d.charts.map((c) => mount(root, 'ict-indicator-trend', c.doc, width));
  return { update: (next) => next.charts.forEach((c, i) => (elements[i].data = c.doc)) };
}
