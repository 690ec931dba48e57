import { expect } from '@open-wc/testing';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../src/chart/styles/palette.js';
import { DEFICIENCIES, deltaE2000, hexToRgb, simulate, toLab } from '../helpers/cvd.js';

// ACCESSIBILITY row 23: the default palettes stay distinguishable for protan, deutan and tritan viewers.
// Charts use the first n colours of a palette for n series, so every prefix of 2..8 colours must pass,
// which is the same as every pair of the 8.
const MIN_DELTA_E = 10;

describe('colour-blind-safe palettes', () => {
  it('deltaE2000() matches the published test pair of Sharma et al. (2005), ΔE00 = 2.0425', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).to.be.closeTo(2.0425, 1e-4);
  });

  it('simulate() leaves greys grey and changes a pure red for protanopia', () => {
    const grey = simulate([128, 128, 128], 'protanopia');
    grey.forEach((c) => expect(c).to.be.closeTo(128, 1.5));
    const red = simulate([255, 0, 0], 'protanopia');
    expect(red[0]).to.be.lessThan(200);
  });

  for (const [name, palette] of [
    ['light', LIGHT_PALETTE],
    ['dark', DARK_PALETTE],
  ] as const) {
    it(`every pair of the ${name} palette differs by ΔE00 ≥ ${MIN_DELTA_E} in normal vision and under each deficiency`, () => {
      const failures: string[] = [];
      for (const vision of ['normal', ...DEFICIENCIES] as const) {
        const labs = palette.map((hex) => {
          const rgb = hexToRgb(hex);
          return toLab(vision === 'normal' ? rgb : simulate(rgb, vision));
        });
        for (let i = 0; i < labs.length; i++) {
          for (let j = i + 1; j < labs.length; j++) {
            const d = deltaE2000(labs[i]!, labs[j]!);
            if (d < MIN_DELTA_E)
              failures.push(`${vision}: ${palette[i]} ~ ${palette[j]} ΔE00 ${d.toFixed(1)}`);
          }
        }
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});
