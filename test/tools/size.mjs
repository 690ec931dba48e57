#!/usr/bin/env node
// `npm run size`: the bytes a page downloads, gzip of the minified output with lit and the d3 modules
// included (what a CDN user gets). Prints a table and exits 1 when a budget of issue 6 is exceeded:
// - the CDN module with every element (boundaries excluded: they load lazily): ≤ 45 KB;
// - each element's entry alone, with everything it pulls in: ≤ 30 KB;
// - each TopoJSON boundary file: ≤ 150 KB before gzip.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KB = 1024;
const BUDGETS = { cdn: 45 * KB, element: 30 * KB, boundaries: 150 * KB };

/** Gzip size (level 9, as CDNs serve) of every .js file under `dir` that the entry loads. */
function jsBytes(dir) {
  let raw = 0;
  let gz = 0;
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) files.push(path);
    }
  };
  walk(dir);
  for (const file of files) {
    const text = readFileSync(file);
    raw += text.length;
    gz += gzipSync(text, { level: 9 }).length;
  }
  return { raw, gz, files: files.length };
}

/** Builds `entry` self-contained and minified into a scratch folder; returns its sizes. */
async function measure(entry) {
  const outDir = mkdtempSync(join(tmpdir(), 'ict-size-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'error',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: { entry: join(root, entry), formats: ['es'], fileName: () => 'entry.js' },
        rolldownOptions: { output: { minify: true } },
      },
    });
    return jsBytes(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const rows = [];
const check = (name, bytes, budget, files) =>
  rows.push({ name, raw: bytes.raw, gz: bytes.gz, budget, files, ok: bytes.gz <= budget });

check('CDN module, every element (src/index.ts)', await measure('src/index.ts'), BUDGETS.cdn);
for (const name of readdirSync(join(root, 'src/elements')).sort()) {
  const define = `src/elements/${name}/define.ts`;
  if (existsSync(join(root, define))) check(`ict-charts/${name}`, await measure(define), BUDGETS.element);
}
const maps = join(root, 'src/maps');
if (existsSync(maps)) {
  for (const name of readdirSync(maps)
    .filter((f) => f.endsWith('.topo.json'))
    .sort()) {
    const text = readFileSync(join(maps, name));
    rows.push({
      name: `boundaries ${name} (before gzip)`,
      raw: text.length,
      gz: gzipSync(text, { level: 9 }).length,
      budget: BUDGETS.boundaries,
      ok: text.length <= BUDGETS.boundaries,
      before: true,
    });
  }
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const width = Math.max(...rows.map((r) => r.name.length));
console.log(
  `${'bundle'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(9)}  ${'budget'.padStart(9)}`,
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(width)}  ${kb(r.raw).padStart(9)}  ${kb(r.gz).padStart(9)}  ${kb(r.budget).padStart(9)}  ${r.ok ? 'ok' : 'OVER'}`,
  );
}
const over = rows.filter((r) => !r.ok);
if (over.length > 0) {
  console.error(`size: ${over.length} bundle(s) over budget.`);
  process.exit(1);
}
