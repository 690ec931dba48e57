import { expect } from '@open-wc/testing';
import { REGION_ROWS, ROWS_2008, ROWS_2025 } from '../../../src/core/provinces/province-data.js';

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('province-data (generated)', () => {
  it('has 6 regions, 63 rows for 2008-2025 and 34 rows for 2025-', () => {
    expect(REGION_ROWS).to.have.length(6);
    expect(ROWS_2008).to.have.length(63);
    expect(ROWS_2025).to.have.length(34);
  });

  it('the tables stay under 4 KB gzip (the whole library has 45 KB)', async () => {
    // The JSON of the tables is what a minifier leaves of the module (the served file carries a source map).
    const size = await gzipSize(JSON.stringify([REGION_ROWS, ROWS_2008, ROWS_2025]));
    expect(size).to.be.above(500); // the tables are really there
    expect(size).to.be.below(4096);
  });
});
