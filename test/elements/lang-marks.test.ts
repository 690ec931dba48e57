// ACCESSIBILITY row 39 for every element: in an English UI, every Vietnamese text that is read (seed sources,
// labels the data gives only in Vietnamese) sits inside lang="vi", with the data table expanded.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { chartReady, mountChart, unmarkedVietnamese, until } from '../helpers/chart.js';
import { loadDemo } from '../helpers/fixtures.js';
import { SEED_CASES } from '../helpers/tags.js';

describe('lang="vi" on Vietnamese text inside an English UI (row 39)', function () {
  this.timeout(20000);

  for (const [tag, demo, props] of SEED_CASES) {
    it(`<${tag}> with ${demo}: no unmarked Vietnamese after lang="en", table expanded`, async () => {
      const { el, root } = await mountChart<HTMLElement & { updateComplete: Promise<unknown> }>(
        tag,
        await loadDemo(demo),
        { ...props, lang: 'vi' },
      );
      expect(unmarkedVietnamese(root), 'a Vietnamese UI needs no marks').to.have.length.greaterThan(0);
      el.lang = 'en';
      await until(() => /\b(Show|Hide) data table\b/.test(root.textContent ?? ''), 'the English UI');
      await chartReady(el);
      root.querySelector<HTMLButtonElement>('[part~="table-toggle"]')?.click();
      await el.updateComplete;
      expect(unmarkedVietnamese(root)).to.deep.equal([]);
      expect(root.querySelectorAll('[lang="vi"]').length, 'some Vietnamese text is marked').to.be.greaterThan(
        0,
      );
    });
  }
});
