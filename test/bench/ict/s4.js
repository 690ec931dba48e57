import '../../../src/elements/indicator-trend/define.ts';
import { mount } from './common.js';

export { ready } from './common.js';

/** S4: 10 000 points (5 places × 2 000 months), `<ict-indicator-trend form="line">`. */
export function render(root, d, { width }) {
  const el = mount(root, 'ict-indicator-trend', d.doc, width, { form: 'line' });
  return { update: (next) => (el.data = next.doc) };
}
