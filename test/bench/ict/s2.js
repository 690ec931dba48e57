import '../../../src/elements/subscriber-density/define.ts';
import { mount } from './common.js';

export { ready } from './common.js';

/** S2: 5 density series × 20 years as lines, `<ict-subscriber-density form="lines">`. */
export function render(root, d, { width }) {
  const el = mount(root, 'ict-subscriber-density', d.doc, width, { form: 'lines', place: '42' });
  return { update: (next) => (el.data = next.doc) };
}
