import { expect } from '@open-wc/testing';
import { parseIndicatorCsv } from '../../../src/core/indicator/parse.js';

describe('demo/data CSV', () => {
  it('parseIndicatorCsv() reads ha-tinh-2020-coverage.csv: 3 indicators, 4 observations, tiers and scopes kept', async () => {
    const text = await (await fetch('/demo/data/ha-tinh-2020-coverage.csv')).text();
    const result = parseIndicatorCsv(text);
    expect(result.ok, result.ok ? '' : JSON.stringify(result.issues)).to.equal(true);
    if (!result.ok) return;
    const { indicators, observations } = result.value;
    expect(indicators.map((i) => i.id)).to.deep.equal([
      'terrestrial_digital_tv_coverage_share',
      'satellite_digital_tv_coverage_share',
      'e_documents_share',
    ]);
    expect(observations.map((o) => o.value)).to.deep.equal([85, 100, 100, 99]);
    expect(observations[0]!.breakdown?.scope).to.equal('residential-area');
    expect(observations[2]!.breakdown?.tier).to.equal('province+district');
    expect(observations.every((o) => o.place.code === '42' && o.place.era === '2008-2025')).to.equal(true);
  });
});
