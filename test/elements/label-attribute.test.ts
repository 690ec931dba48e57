// The `label` attribute of every element: set, it is the title; removed (lit sets the property to null), the
// title falls back to the indicator's name, not to the neutral "Biểu đồ" of an element without data.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { chartReady, mountChart, until } from '../helpers/chart.js';
import { loadDemo } from '../helpers/fixtures.js';
import { SEED_CASES } from '../helpers/tags.js';

const titleOf = (root: ShadowRoot): string =>
  (root.querySelector('[part~="title"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the label attribute', function () {
  this.timeout(20000);

  for (const [tag, demo, props] of SEED_CASES) {
    it(`<${tag}>: label="…" is the title; removing it gives back the indicator's name`, async () => {
      const { el, root } = await mountChart<HTMLElement & { updateComplete: Promise<unknown> }>(
        tag,
        await loadDemo(demo),
        props,
      );
      await chartReady(el);
      const fallback = titleOf(root);
      expect(fallback, 'a title from the data').to.not.equal('').and.not.equal('Biểu đồ');
      el.setAttribute('label', 'Tiêu đề của tác giả');
      await until(() => titleOf(root) === 'Tiêu đề của tác giả', 'the author title');
      el.removeAttribute('label');
      await el.updateComplete;
      await until(() => titleOf(root) === fallback, `the data title again, got "${titleOf(root)}"`);
    });
  }
});
