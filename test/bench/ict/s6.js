import '../../../src/elements/province-map/define.ts';
import { mount } from './common.js';

export { ready } from './common.js';

/**
 * S6: the 63-unit map, `<ict-province-map>`, first map on the page: the render includes loading the
 * geo code (a lazy chunk) and the boundary file (served at /maps/, where the element looks by default).
 */
export function render(root, d, { width }) {
  const el = mount(root, 'ict-province-map', d.doc, width);
  return { update: (next) => (el.data = next.doc) };
}
