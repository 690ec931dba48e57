import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The wtr plugin in test/tools/wtr-emulate-media.mjs drives CDP media emulation that the chart styles depend on.
describe('emulate-media-features command', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-media-features', {});
  });

  it('turns forced-colors on in Chromium (other engines report false)', async function (this: Mocha.Context) {
    const applied = await executeServerCommand('emulate-media-features', { 'forced-colors': 'active' });
    if (!applied) this.skip(); // not Chromium: the command says so and nothing is emulated
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('turns prefers-reduced-motion on in Chromium', async function (this: Mocha.Context) {
    const applied = await executeServerCommand('emulate-media-features', {
      'prefers-reduced-motion': 'reduce',
    });
    if (!applied) this.skip();
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });
});
