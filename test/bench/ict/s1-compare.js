import '../../../src/elements/province-compare/define.ts';
import { mount } from './common.js';

export { ready } from './common.js';

/** S1, second ict-charts row: `<ict-province-compare>` (also draws rank, average and median). */
export function render(root, d, { width }) {
  const el = mount(root, 'ict-province-compare', d.doc, width);
  return { update: (next) => (el.data = next.doc) };
}
