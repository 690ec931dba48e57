#!/usr/bin/env node
/**
 * Writes the seed facts as documents of the indicator format:
 *   node test/tools/convert-seed.mjs [path/to/seed-facts.json] [path/to/vn-provinces.json]
 * Defaults: ../shared/data/seed-facts.json and ../shared/data/vn-provinces.json (beside the repository).
 *
 * Output: demo/data/<province>-<year>.json (one per source article) and demo/data/all-seed-facts.json, pretty
 * printed with 2 spaces, and test/fixtures/seed-facts.json, a verbatim copy of the seed the round-trip test
 * compares with. The script checks the round trip itself before writing anything.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentToSeedRecords, seedToDocuments, ALL_SEED_FACTS_FILE } from './seed-convert.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedPath = resolve(process.argv[2] ?? resolve(root, '../shared/data/seed-facts.json'));
const provincesPath = resolve(process.argv[3] ?? resolve(root, '../shared/data/vn-provinces.json'));

const seedText = await readFile(seedPath, 'utf8');
const records = JSON.parse(seedText);
const provinces = JSON.parse(await readFile(provincesPath, 'utf8'));
const documents = seedToDocuments(records, provinces);

const all = documents.find((entry) => entry.file === ALL_SEED_FACTS_FILE);
if (!all || !isDeepStrictEqual(documentToSeedRecords(all.document, provinces), records)) {
  throw new Error('the round trip seed → document → seed does not give the seed back');
}

await mkdir(resolve(root, 'demo/data'), { recursive: true });
for (const { file, document } of documents) {
  await writeFile(resolve(root, 'demo/data', file), `${JSON.stringify(document, null, 2)}\n`);
  console.log(
    `demo/data/${file}: ${document.indicators.length} indicators, ${document.observations.length} observations`,
  );
}
await mkdir(resolve(root, 'test/fixtures'), { recursive: true });
await writeFile(resolve(root, 'test/fixtures/seed-facts.json'), seedText);
console.log(`test/fixtures/seed-facts.json: ${records.length} records (copy of ${seedPath})`);
