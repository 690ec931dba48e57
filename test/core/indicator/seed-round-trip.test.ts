import { expect } from '@open-wc/testing';
import {
  ALL_SEED_FACTS_FILE,
  documentToSeedRecords,
  seedToDocuments,
  type SeedProvince,
  type SeedRecord,
} from '../../tools/seed-convert.mjs';
import { validateDocument } from '../../../src/core/indicator/validate.js';
import { provincesOf } from '../../../src/core/provinces/index.js';
import type { IndicatorDocument } from '../../../src/core/indicator/types.js';

/** The province list the converter needs, taken from the library's own table. */
const provinces: SeedProvince[] = provincesOf('2008-2025').map((p) => ({
  code: p.code,
  era: p.era,
  name_vi: p.name.vi,
  mergedInto: p.mergedInto ?? null,
}));

const EXPECTED_FILES = [
  'ben-tre-2016.json',
  'dien-bien-2022.json',
  'ha-tinh-2020.json',
  'ben-tre-2021.json',
  'binh-thuan-2014.json',
  ALL_SEED_FACTS_FILE,
];

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

describe('seed facts round trip', () => {
  let seed: SeedRecord[];
  let demo: Map<string, IndicatorDocument>;

  before(async () => {
    seed = await fetchJson<SeedRecord[]>('/test/fixtures/seed-facts.json');
    demo = new Map();
    for (const file of EXPECTED_FILES)
      demo.set(file, await fetchJson<IndicatorDocument>(`/demo/data/${file}`));
  });

  it('the fixture holds the 74 seed records', () => {
    expect(seed).to.have.length(74);
    expect(new Set(seed.map((record) => record.id)).size).to.equal(74);
  });

  it('seedToDocuments(seed) makes one document per source article plus all-seed-facts.json', () => {
    const documents = seedToDocuments(seed, provinces);
    expect(documents.map((entry) => entry.file)).to.deep.equal(EXPECTED_FILES);
    expect(documents.map((entry) => entry.document.observations.length)).to.deep.equal([
      10, 31, 21, 10, 2, 74,
    ]);
  });

  it('the committed demo/data files equal what seedToDocuments(seed) makes now (not stale)', () => {
    for (const { file, document } of seedToDocuments(seed, provinces)) {
      expect(demo.get(file), file).to.deep.equal(JSON.parse(JSON.stringify(document)));
    }
  });

  it('every demo document validates with zero issues and keeps every observation', () => {
    for (const [file, document] of demo) {
      const result = validateDocument(document);
      if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
      expect(result.warnings, file).to.deep.equal([]);
      expect(result.value.observations, file).to.have.length(document.observations.length);
      expect(result.value.indicators, file).to.have.length(document.indicators.length);
    }
  });

  it('validateDocument(all-seed-facts.json) keeps every field of every observation', () => {
    const document = demo.get(ALL_SEED_FACTS_FILE) as IndicatorDocument;
    const result = validateDocument(document);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const back = result.value.observations.map(({ index: _index, ...rest }) => rest);
    expect(back).to.deep.equal(document.observations);
    expect(result.value.indicators).to.deep.equal(document.indicators);
  });

  it('documentToSeedRecords(all-seed-facts.json) deep-equals the 74 seed records, in order', () => {
    const records = documentToSeedRecords(demo.get(ALL_SEED_FACTS_FILE) as IndicatorDocument, provinces);
    expect(records).to.deep.equal(seed);
    expect(JSON.stringify(records)).to.equal(JSON.stringify(seed)); // key order too
  });

  it('the five per-article documents together give back every seed record', () => {
    const records = EXPECTED_FILES.slice(0, 5).flatMap((file) =>
      documentToSeedRecords(demo.get(file) as IndicatorDocument, provinces),
    );
    const byId = (a: SeedRecord, b: SeedRecord) => a.id.localeCompare(b.id);
    expect([...records].sort(byId)).to.deep.equal([...seed].sort(byId));
  });

  it('a changed record does not round-trip to the seed (the test can fail)', () => {
    const document = structuredClone(demo.get(ALL_SEED_FACTS_FILE) as IndicatorDocument);
    const first = document.observations[0];
    if (first) first.qualifier = 'about';
    expect(documentToSeedRecords(document, provinces)).to.not.deep.equal(seed);
  });

  it('seedToDocuments throws on a record it cannot express, and on a province that disagrees with the list', () => {
    const record = seed[0] as SeedRecord;
    expect(() => seedToDocuments([{ ...record, unit: 'furlongs' }], provinces)).to.throw(/unit "furlongs"/);
    expect(() => seedToDocuments([{ ...record, scope: 'galaxy' }], provinces)).to.throw(/scope "galaxy"/);
    expect(() => seedToDocuments([{ ...record, comparison: { vs: 'plan' } }], provinces)).to.throw(
      /comparison/,
    );
    expect(() => seedToDocuments([{ ...record, province: 'Hà Tĩnh' }], provinces)).to.throw(/disagrees/);
  });

  it('the Vietnamese seed figures survive: 1.341.424.606.000 VND, 111,78 % of plan, 11,7 per 100, 98,9 %', () => {
    const document = demo.get(ALL_SEED_FACTS_FILE) as IndicatorDocument;
    const byId = new Map(document.observations.map((o) => [o.id, o]));
    expect(byId.get('83-2016-postal_telecom_revenue')).to.deep.include({
      value: 1341424606000,
      change: { against: 'plan', percentOfPlan: 111.78 },
    });
    expect(byId.get('42-2020-fixed_broadband_subscriptions_per_100')?.value).to.equal(11.7);
    expect(byId.get('11-2022-mobile_coverage_villages_share')?.value).to.equal(98.9);
  });
});
