import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { linearScale } from '../../src/chart/geometry/linear-scale.js';

// The charts' own linear scale replaces d3-scale's scaleLinear to keep d3-format, d3-interpolate and
// d3-color out of the bundles. d3-scale stays a dependency (scaleThreshold), so the reference is at hand.
// Subnormal domains (±5e-324) make d3-array's ticks() itself throw, for d3 and for us alike: not chart data.
const finite = fc
  .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
  .filter((v) => v === 0 || Math.abs(v) > 1e-12);

describe('linearScale() against d3-scale scaleLinear()', () => {
  it('maps values, nices domains and gives ticks exactly as d3 does (2 000 random cases)', () => {
    fc.assert(
      fc.property(
        fc.tuple(finite, finite),
        fc.tuple(finite, finite),
        fc.integer({ min: 1, max: 20 }),
        fc.array(finite, { maxLength: 5 }),
        ([a, b], [r0, r1], count, probes) => {
          const ours = linearScale().domain([a, b]).range([r0, r1]);
          const theirs = scaleLinear().domain([a, b]).range([r0, r1]);
          for (const x of [a, b, 0, ...probes]) expect(ours(x)).to.equal(theirs(x));
          expect(ours.ticks(count)).to.deep.equal(theirs.ticks(count));
          ours.nice(count);
          theirs.nice(count);
          expect(ours.domain()).to.deep.equal(theirs.domain());
          for (const x of [a, b, ...probes]) expect(ours(x)).to.equal(theirs(x));
        },
      ),
      { numRuns: 2000, seed: 20261124 },
    );
  });

  it('handles the edge cases the charts meet: zero-length and reversed domains, null and NaN', () => {
    const flat = linearScale().domain([5, 5]).range([0, 100]);
    expect(flat(5)).to.equal(50);
    expect(flat(5)).to.equal(scaleLinear().domain([5, 5]).range([0, 100])(5));
    const reversed = linearScale().domain([100, 0]).range([0, 300]).nice(5);
    const d3Reversed = scaleLinear().domain([100, 0]).range([0, 300]).nice(5);
    expect(reversed.domain()).to.deep.equal(d3Reversed.domain());
    expect(reversed(25)).to.equal(d3Reversed(25));
    expect(linearScale()(null)).to.equal(undefined);
    expect(linearScale()(NaN)).to.equal(undefined);
    expect(linearScale().domain([0, 97.3]).nice(5).domain()).to.deep.equal([0, 100]);
    expect(linearScale().domain([0, 1]).range([0, 10]).domain()).to.deep.equal([0, 1]);
    expect(linearScale().domain([0, 1]).range([0, 10]).range()).to.deep.equal([0, 10]);
  });
});
