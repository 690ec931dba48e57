import '../../../src/elements/bar-chart/define.ts';
import { mount } from './common.js';

export { ready } from './common.js';

/** S1: 63 provinces as sorted bars, `<ict-bar-chart sort="descending">`. */
export function render(root, d, { width }) {
  const el = mount(root, 'ict-bar-chart', d.doc, width, { sort: 'descending' });
  return { update: (next) => (el.data = next.doc) };
}
