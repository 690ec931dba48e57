// Pattern tiles (ACCESSIBILITY rows 22, 24, 25): every series a chart fills has its tile, and a chart defines no
// tile it does not use (patternDefs(series)). Run over every element and every demo document it can draw.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { mountChart } from '../helpers/chart.js';
import { loadDemo } from '../helpers/fixtures.js';

const TAGS = [
  'ict-bar-chart',
  'ict-coverage',
  'ict-egov-level',
  'ict-indicator-trend',
  'ict-province-compare',
  'ict-subscriber-density',
] as const;
const DOCUMENTS = [
  'all-seed-facts',
  'ben-tre-2016',
  'ben-tre-2021',
  'binh-thuan-2014',
  'dien-bien-2022',
  'ha-tinh-2020',
];

/** The series numbers N of the marks filled through `.ict-series-N` (not `.ict-series-stroke-N`). */
function filledSeries(root: ShadowRoot): number[] {
  const used = new Set<number>();
  for (const el of root.querySelectorAll('svg.marks [class*="ict-series-"]'))
    for (const m of (el.getAttribute('class') ?? '').matchAll(/\bict-series-(\d)\b/g)) used.add(Number(m[1]));
  return [...used].sort();
}

function definedTiles(root: ShadowRoot): number[] {
  return [...root.querySelectorAll('svg.marks pattern.ict-pattern')].map((p) =>
    Number(p.id.replace('ict-pattern-', '')),
  );
}

describe('pattern tiles', function () {
  this.timeout(60_000);

  it('each element defines exactly the tiles of the series it fills, in every demo document it draws', async () => {
    const seen: string[] = [];
    let multi = 0;
    for (const name of DOCUMENTS) {
      const doc = await loadDemo(name);
      for (const tag of TAGS) {
        const { el, root, wrapper } = await mountChart(tag, doc, { patterns: true });
        if (root.querySelector('svg.marks') !== null) {
          const filled = filledSeries(root);
          expect(definedTiles(root), `${tag}, ${name}`).to.deep.equal(filled);
          // Patterns on: a filled mark points at its tile, which exists in the same root.
          for (const n of filled) {
            const mark = root.querySelector(`svg.marks .ict-series-${n}`)!;
            expect(getComputedStyle(mark).fill, `${tag}, ${name}, series ${n}`).to.match(
              new RegExp(`#ict-pattern-${n}"?\\)$`),
            );
          }
          if (filled.length > 1) multi++;
          seen.push(`${tag} ${name}: ${filled.join(',') || 'none'}`);
        }
        expect(el.hasAttribute('patterns')).to.equal(true);
        wrapper.remove();
      }
    }
    // Not vacuous: charts of one series, of several, and of none (lines) were all checked.
    expect(multi, seen.join('\n')).to.be.greaterThan(0);
    expect(seen.some((s) => s.endsWith(': none'))).to.equal(true);
    expect(seen.length).to.be.greaterThan(12);
  });
});
