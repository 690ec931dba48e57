#!/usr/bin/env node
// `npm run bench`: render times of ict-charts from the production CDN build in headless Chromium. Figures, not
// pass/fail. Each measurement is a fresh page; scenarios are interleaved; 7 repetitions; median and spread.
// Measured: from appending the element (data already in memory) to the second animation frame after its chart is
// in the DOM (the frame is painted), the JS heap after GC (CDP) and the DOM nodes inside the element.
// Peers (Chart.js, ECharts, Plot, Highcharts, hand-written d3) are not in this run yet (issue 6).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-browser.mjs';
import { serveDemo } from './serve-demo.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REPS = Number(process.env.BENCH_REPS ?? 7);
const example63 = JSON.parse(readFileSync(join(root, 'demo/examples/example-63-provinces.json'), 'utf8'));

/** [name, tag, attributes, width, height, data] */
const SCENARIOS = [
  ['S1 63 provinces, sorted bars (ict-province-compare)', 'ict-province-compare', {}, 720, 900, example63],
  [
    'S1b 63 provinces, bars (ict-bar-chart, sort=descending)',
    'ict-bar-chart',
    { sort: 'descending' },
    720,
    900,
    example63,
  ],
  ['S6 63-unit map, first map on the page (ict-province-map)', 'ict-province-map', {}, 720, 900, example63],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const { server, origin } = await serveDemo();
const profile = mkdtempSync(join(tmpdir(), 'ict-bench-'));
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  userDataDir: profile,
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

const results = new Map(SCENARIOS.map(([name]) => [name, { ms: [], heap: [], nodes: [] }]));
try {
  for (let rep = 0; rep < REPS; rep++) {
    for (const [name, tag, attributes, width, height, data] of SCENARIOS) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: width + 40, height: height + 40 });
      await page.goto(`${origin}/bench.html`, { waitUntil: 'load' });
      await page.evaluate(() => customElements.whenDefined('ict-bar-chart'));
      const ms = await page.evaluate(
        async (tag, attributes, width, data) => {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
          el.style.width = `${width}px`;
          el.data = data;
          const start = performance.now();
          document.body.append(el);
          await new Promise((resolve) => {
            const check = () =>
              el.shadowRoot?.querySelector('.chart svg') ? resolve() : requestAnimationFrame(check);
            check();
          });
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return performance.now() - start;
        },
        tag,
        attributes,
        width,
        data,
      );
      const client = await page.createCDPSession();
      await client.send('HeapProfiler.collectGarbage');
      const { usedSize } = await client.send('Runtime.getHeapUsage');
      const nodes = await page.evaluate(
        (tag) => document.querySelector(tag).shadowRoot.querySelectorAll('*').length,
        tag,
      );
      const r = results.get(name);
      r.ms.push(ms);
      r.heap.push(usedSize);
      r.nodes.push(nodes);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(
  `ict-charts bench: ${REPS} repetitions, fresh page each, production CDN build, headless Chromium`,
);
console.log('scenario | render → painted frame, median (min–max) | JS heap after GC | DOM nodes');
for (const [name, r] of results) {
  const ms = `${median(r.ms).toFixed(1)} ms (${Math.min(...r.ms).toFixed(1)}–${Math.max(...r.ms).toFixed(1)})`;
  const heap = `${(median(r.heap) / 1024 / 1024).toFixed(2)} MB`;
  console.log(`${name} | ${ms} | ${heap} | ${median(r.nodes)}`);
}
