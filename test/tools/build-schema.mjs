#!/usr/bin/env node
/**
 * Copies the JSON Schema of the indicator format into the build, where the package exports it as
 * `ict-charts/schema/indicator.schema.json`:
 *   src/schema/indicator.schema.json → dist/schema/indicator.schema.json
 * The file is parsed first, so a broken schema fails the build instead of shipping.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const from = resolve(root, 'src/schema/indicator.schema.json');
const to = resolve(root, 'dist/schema/indicator.schema.json');

const text = await readFile(from, 'utf8');
const schema = JSON.parse(text);
if (schema.$id !== 'urn:ict-charts:indicator:v1') throw new Error(`${from}: unexpected $id ${schema.$id}`);
await mkdir(dirname(to), { recursive: true });
await writeFile(to, text);
console.log(`dist/schema/indicator.schema.json (${text.length} bytes)`);
