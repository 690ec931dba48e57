import '../../../src/elements/egov-level/define.ts';
import { mount } from './common.js';

export { ready } from './common.js';

/** S3: 3 tiers × 4 levels stacked, `<ict-egov-level layout="stacked">`. */
export function render(root, d, { width }) {
  const el = mount(root, 'ict-egov-level', d.doc, width, { view: 'count', layout: 'stacked' });
  return { update: (next) => (el.data = next.doc) };
}
