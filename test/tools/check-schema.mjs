#!/usr/bin/env node
/**
 * Checks the JSON Schema of the indicator format with Ajv (draft 2020-12), in Node because Ajv is CommonJS
 * and stays out of the browser tests and the library:
 * - the schema compiles in strict mode (without strictRequired: the null-value rule names `missing` in a `then`);
 * - every document in demo/data/ is valid;
 * - each case of test/core/indicator/document-cases.json is accepted or rejected as its `schema` member says
 *   (the browser test indicator-cases.test.ts runs the same cases through the runtime validator).
 * Exits with 1 and names each failure otherwise.
 *   node test/tools/check-schema.mjs
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = async (path) => JSON.parse(await readFile(resolve(root, path), 'utf8'));

const schema = await readJson('src/schema/indicator.schema.json');
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
const validate = ajv.compile(schema);

const failures = [];
let checked = 0;
const demoFiles = (await readdir(resolve(root, 'demo/data'))).filter((name) => name.endsWith('.json')).sort();
if (demoFiles.length === 0) failures.push('demo/data/ holds no documents');
for (const name of demoFiles) {
  checked++;
  if (!validate(await readJson(`demo/data/${name}`))) {
    failures.push(`demo/data/${name} is rejected: ${ajv.errorsText(validate.errors)}`);
  }
}
for (const testCase of await readJson('test/core/indicator/document-cases.json')) {
  checked++;
  const valid = validate(testCase.document);
  if (valid !== testCase.schema) {
    const why = valid ? '' : `: ${ajv.errorsText(validate.errors)}`;
    failures.push(`case "${testCase.name}" is ${valid ? 'accepted' : 'rejected'}${why}`);
  }
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`check-schema: ${failure}`);
  process.exit(1);
}
console.log(`check-schema: ${checked} documents checked against src/schema/indicator.schema.json`);
