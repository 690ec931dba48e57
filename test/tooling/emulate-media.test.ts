import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The wtr plugin in scripts/wtr-emulate-media.mjs drives CDP media emulation that the chart styles depend on.
describe('emulate-media-features command', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-media-features', {});
  });

  it('turns forced-colors on in Chromium (other engines report false)', async () => {
    const applied = await executeServerCommand('emulate-media-features', { 'forced-colors': 'active' });
    if (!applied) return; // not Chromium: the command says so and nothing is emulated
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('turns prefers-reduced-motion on in Chromium', async () => {
    const applied = await executeServerCommand('emulate-media-features', {
      'prefers-reduced-motion': 'reduce',
    });
    if (!applied) return;
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });
});
