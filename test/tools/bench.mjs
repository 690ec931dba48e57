#!/usr/bin/env node
// `npm run bench`: ict-charts against the peers a user would pick instead (issue 6): Chart.js, Apache ECharts
// (tree-shaken, SVG renderer), Observable Plot, Highcharts (with its accessibility module) and hand-written
// d3, in headless Chromium. Figures, not pass/fail.
//
// Each library draws each scenario (test/bench/scenarios.mjs) from its own production bundle: every
// test/bench/<lib>/s<N>.js is built with Vite (minified, self-contained, one build per file) into a scratch
// folder, and its gzip size (level 9, all chunks) reported. Every measurement is a fresh browser context and
// page at the scenario's viewport; the bundle is imported and the data put in memory before the clock
// starts. Repetitions are interleaved (rep 1: every scenario and library, then rep 2, …; the library order
// rotates), and the tables give medians with the spread (min–max). Measured per page:
// - render: from the render call to the painted frame. The clock stops at the animation frame after the
//   frame in which the finished chart was painted, i.e. a double requestAnimationFrame after a synchronous
//   render. ict-charts is finished when every element shows its marks at its measured width with no update
//   pending (test/bench/ict/common.js), the peers when their render call (and its fetch, for maps) returns;
// - update: the same from handing over new data (`b` of the scenario);
// - JS heap after GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage), once the page has settled;
// - DOM nodes: elements in the chart container, shadow roots included;
// - AX labels (first repetition only, after the update, since turning the accessibility tree on changes
//   what the renderer does): how many of the scenario's names and values (of the `b` data) appear in the
//   names, values or descriptions of nodes in Chromium's accessibility tree (CDP Accessibility.getFullAXTree).
//
// Flags: --reps N (default 7, or $BENCH_REPS); --scenarios S1,S3; --libs ict,d3; --bundles DIR (reuse the
// bundles of an earlier run, build only the missing ones); --keep (leave this run's bundles and say where);
// --ax-dump DIR (write the accessibility tree's texts and the labels not found, one file per page);
// --profile (one more render per ict-charts scenario from an unminified build, its CPU profile written to
// /tmp/ict-bench-<scenario>.cpuprofile and the top functions by self time printed).
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { scenarios as allScenarios } from '../bench/scenarios.mjs';
import { findChromium } from './find-browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const benchDir = join(root, 'test/bench');

// ─── options ─────────────────────────────────────────────────────────────────────────────────────

function flag(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const next = process.argv[i + 1];
  return next === undefined || next.startsWith('--') ? true : next;
}
const list = (value) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()) : undefined);

const REPS = Number(flag('reps') ?? process.env.BENCH_REPS ?? 7);
const ONLY_SCENARIOS = list(flag('scenarios'));
const ONLY_LIBS = list(flag('libs'));
const REUSE = typeof flag('bundles') === 'string' ? flag('bundles') : undefined;
const KEEP = flag('keep') === true;
const PROFILE = flag('profile') === true;
const AX_DUMP = typeof flag('ax-dump') === 'string' ? flag('ax-dump') : undefined;

/** Libraries, in table order: folder under test/bench → name in the tables. ict-charts first. */
const LIBS = [
  ['ict', 'ict-charts'],
  ['chartjs', 'Chart.js 4'],
  ['echarts', 'ECharts 6 (SVG)'],
  ['plot', 'Observable Plot'],
  ['highcharts', 'Highcharts 13 + a11y'],
  ['d3', 'hand-written d3'],
];
/** Variants: test/bench/<lib>/s<N>-<variant>.js is one more row of that scenario (S1: province-compare; S5: loading="lazy"). */
const VARIANT_NAMES = { compare: '<ict-province-compare>', lazy: 'loading="lazy"' };

const scenarios = allScenarios().filter((s) => ONLY_SCENARIOS === undefined || ONLY_SCENARIOS.includes(s.id));
const libs = LIBS.filter(([id]) => ONLY_LIBS === undefined || ONLY_LIBS.includes(id));

/** Every (scenario, library) entry: `file` is test/bench/<lib>/<stem>.js, or none ("n/a"). */
function entries(scenario) {
  const out = [];
  for (const [lib, name] of libs) {
    const dir = join(benchDir, lib);
    const stem = scenario.id.toLowerCase();
    const files = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f === `${stem}.js` || f.startsWith(`${stem}-`))
          .sort((a, b) => a.length - b.length || a.localeCompare(b))
      : [];
    if (files.length === 0) out.push({ lib, name, key: `${lib}-${stem}`, file: undefined });
    for (const f of files) {
      const variant = f.slice(stem.length + 1, -3);
      out.push({
        lib,
        name: variant === '' ? name : `${name} ${VARIANT_NAMES[variant] ?? variant}`,
        key: `${lib}-${f.slice(0, -3)}`,
        file: join(dir, f),
        peer: lib !== 'ict',
      });
    }
  }
  return out;
}

// ─── bundles ─────────────────────────────────────────────────────────────────────────────────────

/** Gzip bytes (level 9, as a CDN serves) and raw bytes of every .js under `dir`. */
function jsBytes(dir) {
  let raw = 0;
  let gz = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const path = join(dir, name);
    if (!name.endsWith('.js') || !statSync(path).isFile()) continue;
    const text = readFileSync(path);
    raw += text.length;
    gz += gzipSync(text, { level: 9 }).length;
  }
  return { raw, gz };
}

/** Builds one bench module self-contained into `outDir` (production: minified unless `minify` is false). */
async function bundle(file, outDir, minify = true) {
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify,
      sourcemap: false,
      lib: { entry: file, formats: ['es'], fileName: () => 'index.js' },
      rolldownOptions: { output: { minify } },
    },
  });
}

/** Runs `tasks` (functions returning promises) two at a time (the machine has two cores). */
async function pool(tasks, width = 2) {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (queue.length > 0) await queue.shift()();
    }),
  );
}

// ─── static server: the page, the bundles, the boundary files ────────────────────────────────────

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

function serve(bundleRoot) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file;
    if (path === '/bench.html') file = join(root, 'demo/bench.html');
    else if (path.startsWith('/maps/')) file = normalize(join(root, 'src/maps', path.slice(6)));
    else file = normalize(join(bundleRoot, path));
    const inside =
      file.startsWith(join(root, 'src/maps')) || file.startsWith(bundleRoot) || file.endsWith('bench.html');
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

// ─── in the page ─────────────────────────────────────────────────────────────────────────────────

/**
 * Installed in every page before the clock starts: `__paintedAfter(start, ready)` resolves with the time
 * from `start` to the animation frame that follows the frame in which `ready()` first held when painted.
 * `ready` is checked right after the call (a synchronous render: painted in the next frame), at the start
 * of each frame (painted in this frame) and in a task posted from each frame (runs after that frame's
 * paint, so a chart finished inside a frame's callbacks, as ict-charts' resize re-render is, counts for
 * that frame). A synchronous render thus measures exactly a double requestAnimationFrame.
 */
function installClock() {
  window.__paintedAfter = (start, ready) =>
    new Promise((resolve, reject) => {
      let frame = 0;
      let readyFrame = -1;
      const channel = new MessageChannel();
      const test = (paintedIn) => {
        if (readyFrame >= 0) return;
        try {
          if (ready()) readyFrame = paintedIn;
        } catch (error) {
          readyFrame = Infinity;
          reject(error);
        }
      };
      channel.port1.onmessage = () => test(frame);
      const tick = () => {
        frame++;
        if (readyFrame !== Infinity && readyFrame >= 0 && frame > readyFrame) {
          channel.port1.close();
          resolve(performance.now() - start);
          return;
        }
        if (performance.now() - start > 30000) {
          reject(new Error('not rendered after 30 s'));
          return;
        }
        test(frame);
        channel.port2.postMessage(0);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      test(1);
    });
  /** Elements under `node`, shadow roots included. */
  window.__countNodes = (node) => {
    let n = 0;
    const walk = (parent) => {
      for (const el of parent.querySelectorAll('*')) {
        n++;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(node);
    return n;
  };
}

async function renderInPage(box) {
  const root = document.getElementById('root');
  const mod = window.__mod;
  const ready = () => (mod.ready ? mod.ready(root) : true);
  const start = performance.now();
  window.__handle = await mod.render(root, window.__data.a, box);
  return window.__paintedAfter(start, ready);
}

async function updateInPage() {
  const root = document.getElementById('root');
  const mod = window.__mod;
  const ready = () => (mod.ready ? mod.ready(root) : true);
  const start = performance.now();
  await window.__handle.update(window.__data.b);
  return window.__paintedAfter(start, ready);
}

/** Waits until the element count of #root has not changed for 3 checks 60 ms apart (at most 8 s). */
async function settleInPage() {
  const root = document.getElementById('root');
  let last = -1;
  let same = 0;
  const end = performance.now() + 8000;
  while (same < 3 && performance.now() < end) {
    await new Promise((r) => setTimeout(r, 60));
    const n = window.__countNodes(root);
    same = n === last ? same + 1 : 0;
    last = n;
  }
  return last;
}

// ─── accessibility labels ────────────────────────────────────────────────────────────────────────

/** Numbers written in `text`, read both as vi ("1.447,3") and en ("1,447.3" / "1 447.3"). */
function numbersIn(text, into) {
  for (const m of text.matchAll(/\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g)) {
    const t = m[0];
    const en = Number(t.replace(/[ ,\u00a0\u202f]/g, ''));
    const vi = Number(t.replace(/[ .\u00a0\u202f]/g, '').replace(',', '.'));
    if (Number.isFinite(en)) into.add(Math.round(en * 1000));
    if (Number.isFinite(vi)) into.add(Math.round(vi * 1000));
  }
}

/** How many distinct names and values of `labels` appear in the accessibility tree's texts. */
function countLabels(nodes, labels) {
  const texts = [];
  for (const node of nodes) {
    if (node.ignored) continue;
    for (const field of [node.name, node.value, node.description]) {
      if (field && typeof field.value === 'string' && field.value.trim() !== '') texts.push(field.value);
      else if (field && typeof field.value === 'number') texts.push(String(field.value));
    }
  }
  const all = texts.join('\n').normalize('NFC').toLocaleLowerCase('vi');
  const numbers = new Set();
  numbersIn(all, numbers);
  const names = [...new Set(labels.names)];
  const values = [...new Set(labels.values)];
  // Longest names first, each found one blanked out, so "Di động" is not found inside "Băng rộng di động".
  let rest = all;
  const foundNames = [];
  for (const n of [...names].sort((a, b) => b.length - a.length)) {
    const key = n.normalize('NFC').toLocaleLowerCase('vi');
    if (!rest.includes(key)) continue;
    foundNames.push(n);
    rest = rest.split(key).join('\u0000');
  }
  const foundValues = values.filter((v) => numbers.has(Math.round(v * 1000)));
  const counts = {
    names: foundNames.length,
    namesOf: names.length,
    values: foundValues.length,
    valuesOf: values.length,
  };
  const missing = [
    ...names.filter((n) => !foundNames.includes(n)),
    ...values.filter((v) => !foundValues.includes(v)),
  ];
  return { counts, texts, missing };
}

// ─── one measurement ─────────────────────────────────────────────────────────────────────────────

function viewport(s) {
  return s.id === 'S5' ? { width: 1280, height: 900 } : { width: s.width + 40, height: s.height + 40 };
}

async function measure(browser, origin, scenario, entry, { ax = false, profileTo } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewport(viewport(scenario));
    await page.goto(`${origin}/bench.html`, { waitUntil: 'load' });
    await page.evaluate(installClock);
    await page.evaluate(
      async (url, data) => {
        window.__data = data;
        window.__mod = await import(url);
      },
      `${origin}/${profileTo ? `${entry.key}-profile` : entry.key}/index.js`,
      { a: scenario.a, b: scenario.b },
    );
    const client = await page.createCDPSession();
    if (profileTo) {
      await client.send('Profiler.enable');
      await client.send('Profiler.setSamplingInterval', { interval: 100 });
      await client.send('Profiler.start');
    }
    const box = { width: scenario.width, height: scenario.height };
    const render = await page.evaluate(renderInPage, box);
    if (profileTo) {
      const { profile } = await client.send('Profiler.stop');
      writeFileSync(profileTo, JSON.stringify(profile));
      return { render, profile };
    }
    const nodes = await page.evaluate(settleInPage);
    await client.send('HeapProfiler.collectGarbage');
    await client.send('HeapProfiler.collectGarbage');
    const { usedSize } = await client.send('Runtime.getHeapUsage');
    const update = await page.evaluate(updateInPage);
    let labels;
    if (ax) {
      await page.evaluate(settleInPage);
      const { nodes: axNodes } = await client.send('Accessibility.getFullAXTree');
      const found = countLabels(axNodes, scenario.labels);
      labels = found.counts;
      if (AX_DUMP) {
        writeFileSync(
          join(AX_DUMP, `${scenario.id}-${entry.key}.txt`),
          `not found: ${found.missing.join(' | ')}\n\n${found.texts.join('\n')}\n`,
        );
      }
    }
    if (errors.length > 0) console.warn(`  ${scenario.id} ${entry.name}: page errors: ${errors.join(' | ')}`);
    return { render, update, heap: usedSize, nodes, labels };
  } finally {
    await context.close();
  }
}

// ─── statistics and tables ───────────────────────────────────────────────────────────────────────

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (xs) =>
  xs.length === 0
    ? 'n/a'
    : `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (xs) => (xs.length === 0 ? 'n/a' : `${(median(xs) / 1024 / 1024).toFixed(2)} MB`);
const ratio = (x, best) => (x === undefined || best === undefined ? '' : `×${(x / best).toFixed(2)}`);

/** Rows of one scenario's table: one per entry, ratios to the best peer (and heap to hand-written d3). */
function table(scenario, rows) {
  const measured = rows.filter((r) => r.results.length > 0);
  const peers = measured.filter((r) => r.entry.peer);
  const best = (pick) => {
    const values = peers.map((r) => median(r.results.map(pick)));
    return values.length > 0 ? Math.min(...values) : undefined;
  };
  const bestRender = best((x) => x.render);
  const bestUpdate = best((x) => x.update);
  const d3 = measured.find((r) => r.entry.lib === 'd3');
  const d3Heap = d3 ? median(d3.results.map((x) => x.heap)) : undefined;
  const header = [
    'library',
    'gzip',
    'render → painted, median (min–max)',
    '÷ best peer',
    'update → painted',
    '÷ best peer',
    'JS heap after GC',
    '÷ d3',
    'DOM nodes',
    'AX labels (names · values)',
  ];
  const body = rows.map((r) => {
    if (r.entry.file === undefined)
      return [r.entry.name, 'n/a', 'n/a (no such chart)', '', '', '', '', '', '', ''];
    if (r.results.length === 0)
      return [r.entry.name, r.size ? kb(r.size.gz) : '', `failed: ${r.error}`, '', '', '', '', '', '', ''];
    const render = r.results.map((x) => x.render);
    const update = r.results.map((x) => x.update);
    const heap = r.results.map((x) => x.heap);
    const l = r.results.find((x) => x.labels)?.labels;
    return [
      r.entry.name,
      r.size ? kb(r.size.gz) : '?',
      ms(render),
      ratio(median(render), bestRender),
      ms(update),
      ratio(median(update), bestUpdate),
      mb(heap),
      ratio(median(heap), d3Heap),
      String(median(r.results.map((x) => x.nodes))),
      l ? `${l.names}/${l.namesOf} · ${l.values}/${l.valuesOf}` : '',
    ];
  });
  return { header, body, bestRender, bestUpdate, d3Heap };
}

function markdown(header, body) {
  const esc = (c) => c.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...body.map((row) => `| ${row.map(esc).join(' | ')} |`),
  ].join('\n');
}

function plain(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}

/** The functions with the most self time in a CPU profile (name, url:line, ms). */
function topFunctions(profile, count = 12) {
  const self = new Map();
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  return [...self.entries()]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
}

// ─── main ────────────────────────────────────────────────────────────────────────────────────────

const plan = scenarios.map((scenario) => ({
  scenario,
  rows: entries(scenario).map((entry) => ({ entry, results: [], size: undefined, error: undefined })),
}));
const toBuild = plan.flatMap((p) => p.rows.filter((r) => r.entry.file !== undefined));

const bundleRoot = REUSE ?? mkdtempSync(join(tmpdir(), 'ict-bench-bundles-'));
const buildStart = performance.now();
{
  // With --bundles, only what that folder lacks is built.
  const missing = toBuild.filter(
    (r) => REUSE === undefined || !existsSync(join(bundleRoot, r.entry.key, 'index.js')),
  );
  await pool(
    missing.map((r) => async () => {
      try {
        await bundle(r.entry.file, join(bundleRoot, r.entry.key));
      } catch (error) {
        r.error = `build: ${error.message.split('\n')[0]}`;
      }
    }),
  );
}
if (PROFILE) {
  await pool(
    toBuild
      .filter((r) => r.entry.lib === 'ict')
      .map((r) => () => bundle(r.entry.file, join(bundleRoot, `${r.entry.key}-profile`), false)),
  );
}
for (const r of toBuild) if (r.error === undefined) r.size = jsBytes(join(bundleRoot, r.entry.key));
console.log(`bundles in ${((performance.now() - buildStart) / 1000).toFixed(1)} s (${bundleRoot})`);

const { server, origin } = await serve(bundleRoot);
const profileDir = mkdtempSync(join(tmpdir(), 'ict-bench-'));
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  userDataDir: profileDir,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-precise-memory-info',
  ],
});
const chromium = await browser.version();
const runStart = performance.now();
try {
  // One discarded page: the browser's first page pays for starting its renderer machinery.
  const warm = plan[0]?.rows.find((r) => r.size);
  if (warm) await measure(browser, origin, plan[0].scenario, warm.entry).catch(() => {});
  for (let rep = 0; rep < REPS; rep++) {
    for (const { scenario, rows } of plan) {
      const runnable = rows.filter((r) => r.size !== undefined && r.error === undefined);
      const order = runnable.map((_, i) => runnable[(i + rep) % runnable.length]);
      for (const row of order) {
        try {
          row.results.push(await measure(browser, origin, scenario, row.entry, { ax: rep === 0 }));
        } catch (error) {
          row.error = error.message.split('\n')[0];
          console.warn(`  ${scenario.id} ${row.entry.name}: ${row.error}`);
        }
      }
    }
    console.log(`rep ${rep + 1}/${REPS} done (${((performance.now() - runStart) / 1000).toFixed(0)} s)`);
  }
  if (PROFILE) {
    for (const { scenario, rows } of plan) {
      for (const row of rows.filter((r) => r.entry.lib === 'ict' && r.size)) {
        const file = `/tmp/ict-bench-${scenario.id}${row.entry.key.replace(/^ict-s\d/, '')}.cpuprofile`;
        const { render, profile } = await measure(browser, origin, scenario, row.entry, { profileTo: file });
        console.log(
          `\nprofile ${scenario.id} ${row.entry.name} (unminified, render ${render.toFixed(1)} ms): ${file}`,
        );
        for (const [name, t] of topFunctions(profile))
          console.log(`  ${t.toFixed(1).padStart(7)} ms  ${name}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(profileDir, { recursive: true, force: true });
  if (REUSE === undefined && !KEEP) rmSync(bundleRoot, { recursive: true, force: true });
}

// ─── report ──────────────────────────────────────────────────────────────────────────────────────

const cpu = cpus();
const machine = `${type()} ${release()}, ${cpu.length} × ${cpu[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Chromium ${chromium.replace(/^\D+/, '')}`;
const date = new Date().toISOString().slice(0, 10);
const intro = `${date}, ${machine}; ${REPS} repetitions, interleaved, a fresh page each; medians (min–max)`;
console.log(`\nict-charts peer bench: ${intro}\n`);
const md = [];
const verdicts = [];
for (const { scenario, rows } of plan) {
  const t = table(scenario, rows);
  console.log(`${scenario.id} ${scenario.title}, ${scenario.width}×${scenario.height}`);
  console.log(plain(t.header, t.body));
  console.log('');
  md.push(
    `**${scenario.id}**: ${scenario.title}, ${scenario.width}×${scenario.height}\n\n${markdown(t.header, t.body)}`,
  );
  const ict = rows.find((r) => r.entry.lib === 'ict' && r.results.length > 0 && !r.entry.name.includes('<'));
  if (ict && scenario.id !== 'S6') {
    const render = median(ict.results.map((x) => x.render)) / t.bestRender;
    const update = median(ict.results.map((x) => x.update)) / t.bestUpdate;
    const heap = t.d3Heap ? median(ict.results.map((x) => x.heap)) / t.d3Heap : NaN;
    const l = ict.results.find((x) => x.labels)?.labels;
    const all = l ? l.names === l.namesOf && l.values === l.valuesOf : false;
    const mark = (ok) => (ok ? 'met' : 'NOT met');
    // With --libs leaving out the peers (or d3) there is nothing to compare with: say so instead of ×NaN.
    const ratio = (value, what, of, ok) =>
      Number.isFinite(value)
        ? `${what} ×${value.toFixed(2)}${of} (${mark(ok)})`
        : `${what}: nothing to compare with in this run`;
    verdicts.push(
      `- ${scenario.id}: ${ratio(render, 'render', ' of the best peer', render <= 1)}, ${ratio(update, 'update', '', update <= 1)}, ${ratio(heap, 'heap', ' of d3', heap <= 1.5)}, labels ${l ? `${l.names}/${l.namesOf} names, ${l.values}/${l.valuesOf} values` : '?'} (${mark(all)})`,
    );
  }
}
console.log('Targets (issue 6, S1–S5, ratios within this run):');
console.log(verdicts.join('\n'));
console.log('\n──── Markdown for the README ────\n');
console.log(`Measured ${intro}.\n`);
console.log(md.join('\n\n'));
console.log(`\nTargets:\n${verdicts.join('\n')}`);
if (KEEP && REUSE === undefined) {
  console.log(`\nbundles kept in ${bundleRoot} (--bundles ${bundleRoot} reuses them)`);
}
