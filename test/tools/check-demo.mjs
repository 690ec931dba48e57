#!/usr/bin/env node
// Loads every demo page (demo/*.html) from the CDN module under the strict CSP of serve-demo.mjs in headless
// Chromium and fails on any CSP violation, console error, uncaught exception or chart that does not render.
// Needs the CDN build (`vite build --mode cdn`). Part of `npm test`.
import { readdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-browser.mjs';
import { serveDemo } from './serve-demo.mjs';

const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));
// bench.html is the empty page npm run bench renders into.
const pages = readdirSync(demoDir).filter((f) => f.endsWith('.html') && f !== 'bench.html');
const reports = [];
const { server, origin } = await serveDemo({ onReport: (r) => reports.push(r) });
const profile = mkdtempSync(join(tmpdir(), 'ict-demo-'));
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
  ],
});

let failures = 0;
try {
  for (const name of pages) {
    const problems = [];
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 900 });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(
          `CSP ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        ),
      );
    });
    const response = await page.goto(`${origin}/${name}`, { waitUntil: 'load' });
    if (!response?.headers()['content-security-policy']?.includes("require-trusted-types-for 'script'"))
      problems.push('the page was not served with the strict CSP');
    // Every chart settles to a drawing or an error; elements marked data-demo-error must show the error.
    const result = await page
      .waitForFunction(
        () => {
          const charts = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ict-'));
          const states = charts.map((c) => {
            const root = c.shadowRoot;
            // The lazy CDN module defines an element only after its chunk arrives: wait for it.
            if (!root) return customElements.get(c.localName) ? 'undefined-element' : 'pending';
            if (root.querySelector('[role="alert"]')) return 'error';
            if (root.querySelector('.chart svg')) return 'ready';
            return 'pending';
          });
          if (states.includes('pending')) return false;
          return charts.map((c, i) => ({
            tag: c.localName,
            state: states[i],
            expectError: c.hasAttribute('data-demo-error'),
          }));
        },
        { timeout: 20000, polling: 100 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    if (result === undefined) problems.push('some charts did not settle within 20 s');
    else {
      if (result.length === 0) problems.push('no chart on the page');
      for (const chart of result) {
        if (chart.state === 'undefined-element') problems.push(`<${chart.tag}> is not defined`);
        else if ((chart.state === 'error') !== chart.expectError)
          problems.push(`<${chart.tag}> is in state ${chart.state}`);
      }
    }
    await new Promise((r) => setTimeout(r, 300)); // let late reports arrive
    problems.push(...reports.splice(0).map((r) => `CSP report: ${r}`));
    const count = result?.length ?? 0;
    console.log(
      `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}: ${count} charts${problems.length ? '' : ', 0 CSP violations, 0 console errors'}`,
    );
    for (const p of problems) console.log(`     ${p}`);
    failures += problems.length;
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`check-demo: ${failures} problem(s).`);
  process.exit(1);
}
