#!/usr/bin/env node
// Loads every demo page (demo/*.html) from the CDN module under the strict CSP of serve-demo.mjs in headless
// Chromium and fails on any CSP violation, console error, uncaught exception or chart that does not render.
// Needs the CDN build (`vite build --mode cdn`). Part of `npm test`.
//
// csp-states.html (every element in every state) is served under the policy of issue 7 with lit's Trusted
// Types policy allowed (ISSUE_CSP_LIT), each chart must reach the state it is marked with (data-demo-state),
// and the SVG, PNG and CSV exports of one chart of each element must land in a download folder. It is then loaded again under the
// issue's exact policy (`trusted-types 'none'`), where lit cannot load: the check asserts that only lit's
// policy creation fails and the page itself keeps working, and prints what the browser said (a deviation).
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-browser.mjs';
import { DEMO_CSP, ISSUE_CSP, ISSUE_CSP_LIT, serveDemo, withReports } from './serve-demo.mjs';

const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));
// bench.html is the empty page npm run bench renders into.
const pages = readdirSync(demoDir).filter((f) => f.endsWith('.html') && f !== 'bench.html');
const reports = [];
const STATES_PAGE = 'csp-states.html';
const { origin, close } = await serveDemo({
  onReport: (r) => reports.push(r),
  testRoutes: true, // /__test/hang, for the loading state
  policyFor: (url) =>
    url.pathname !== `/${STATES_PAGE}`
      ? DEMO_CSP
      : withReports(url.searchParams.get('policy') === 'none' ? ISSUE_CSP : ISSUE_CSP_LIT),
});
/** Chromium's own log line for a response with an error status (not the page's: a state it shows on purpose). */
const HTTP_ERROR_LOG = /^Failed to load resource: the server responded with a status of 404/;
/** The violated directive, blocked URI and sample of a posted CSP report. */
const describeReport = (body) => {
  try {
    const r = JSON.parse(body)['csp-report'];
    return `${r['violated-directive']} blocked ${r['blocked-uri']}${r['script-sample'] ? ` "${r['script-sample']}"` : ''} (${r['source-file']}:${r['line-number']})`;
  } catch {
    return body;
  }
};
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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** "3 ready, 2 error": how many of each value. */
function tally(list) {
  const counts = new Map();
  for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].map(([key, n]) => `${n} ${key}`).join(', ');
}

/**
 * Waits for csp-states.js to run every export (SVG, PNG, CSV) of one chart of each element and for the browser
 * to write the files into `downloads.dir`, then checks what they are. Returns the summary line's ending.
 */
async function checkExports(page, downloads, result, problems) {
  const formats = ['svg', 'png', 'csv'];
  const elements = new Set((result ?? []).map((c) => c.tag)).size;
  const expected = elements * formats.length;
  const ran = await page
    .waitForFunction(() => document.documentElement.dataset.exports, { timeout: 40000, polling: 100 })
    .then((handle) => handle.jsonValue())
    .catch(() => undefined);
  if (ran !== `${expected}/${expected}`) problems.push(`exports started: ${ran ?? 'none'}, want ${expected}`);
  for (const start = Date.now(); Date.now() - start < 20000; await sleep(100)) {
    if (downloads.done.size >= expected && downloads.done.size === downloads.names.size) break;
  }
  const files = [...downloads.done].map((guid) => ({
    ext: downloads.names.get(guid).split('.').pop(),
    body: readFileSync(join(downloads.dir, guid)),
  }));
  for (const format of formats) {
    const got = files.filter((f) => f.ext === format);
    if (got.length !== expected / formats.length)
      problems.push(`${got.length} ${format.toUpperCase()} files, want ${expected / formats.length}`);
  }
  for (const { ext, body } of files) {
    const ok =
      ext === 'png'
        ? body.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
        : ext === 'svg'
          ? /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(body.toString('utf8'))
          : ext === 'csv' &&
            body.toString('utf8').startsWith('\ufeff') &&
            body.toString('utf8').includes('\r\n');
    if (!ok) problems.push(`an exported .${ext} file is not what it should be (${body.length} bytes)`);
  }
  const bytes = files.reduce((sum, f) => sum + f.body.length, 0);
  const count = (ext) => files.filter((f) => f.ext === ext).length;
  return `; exports: ${files.length} files (${count('svg')} SVG, ${count('png')} PNG, ${count('csv')} CSV), ${bytes} bytes`;
}

/**
 * csp-states.html under the issue's exact policy, `trusted-types 'none'`: lit-html creates a policy named
 * lit-html when it is imported, which that policy forbids, so no chart can load. Asserts that this is the only
 * failure (only trusted-types violations, only lit's policy in the console) and that the page itself works:
 * its own script runs and shows a notice. Prints every console message. Returns the number of problems.
 */
async function checkTrustedTypesNone() {
  const problems = [];
  const messages = [];
  const uncaught = [];
  const page = await browser.newPage();
  page.on('console', (m) => messages.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => uncaught.push(`uncaught: ${e.message}`));
  reports.splice(0);
  const response = await page.goto(`${origin}/${STATES_PAGE}?policy=none`, { waitUntil: 'load' });
  if (response?.headers()['content-security-policy'] !== withReports(ISSUE_CSP))
    problems.push('the page was not served with the exact policy of issue 7');
  const outcome = await page
    .waitForFunction(() => document.documentElement.dataset.charts, { timeout: 10000, polling: 100 })
    .then((handle) => handle.jsonValue())
    .catch(() => undefined);
  const seen = await page.evaluate(() => {
    const charts = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ict-'));
    return {
      charts: charts.length,
      upgraded: charts.filter((c) => c.shadowRoot !== null).length,
      defined: new Set(charts.filter((c) => customElements.get(c.localName)).map((c) => c.localName)).size,
      notice: document.getElementById('charts-status')?.textContent ?? '',
    };
  });
  await sleep(300);
  const posted = reports.splice(0).map((r) => {
    try {
      return JSON.parse(r)['csp-report'];
    } catch {
      return { 'violated-directive': r };
    }
  });
  if (outcome !== 'unavailable')
    problems.push(`csp-states.js did not report the charts unavailable (${outcome})`);
  if (!seen.notice) problems.push('the page shows no notice');
  if (seen.upgraded !== 0 || seen.defined !== 0) problems.push(`${seen.upgraded} charts upgraded`);
  if (posted.length === 0) problems.push('no CSP report');
  for (const r of posted)
    if (r['violated-directive'] !== 'trusted-types' || r['script-sample'] !== 'lit-html')
      problems.push(`CSP report beyond lit's policy: ${JSON.stringify(r)}`);
  for (const m of [...messages, ...uncaught])
    if (!/lit-html/.test(m)) problems.push(`a message beyond lit's policy: ${m}`);
  console.log(
    `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${STATES_PAGE} (issue 7 policy exactly, trusted-types 'none'): ` +
      `DEVIATION, lit cannot load: ${seen.upgraded} of ${seen.charts} charts upgraded, ${seen.defined} elements ` +
      `defined; ${seen.notice ? "the page's own script ran and shows its notice" : 'NO notice on the page'}; ` +
      `${posted.length} CSP report(s) ` +
      `(${posted.map((r) => `${r['violated-directive']} ${r['blocked-uri']} "${r['script-sample']}"`).join('; ')}); ` +
      `the browser said:`,
  );
  for (const m of [...messages, ...uncaught]) console.log(`       ${m}`);
  for (const p of problems) console.log(`     ${p}`);
  await page.close();
  return problems.length;
}

let failures = 0;
try {
  for (const name of pages) {
    const problems = [];
    const consoleErrors = [];
    const statesPage = name === STATES_PAGE;
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 900 });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push({ text: m.text(), url: m.location()?.url ?? '' });
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    const failedRequests = [];
    page.on('requestfailed', (r) => failedRequests.push(r.url()));
    // Downloads are saved under their GUIDs (same-named files would overwrite each other); the browser's
    // events tell each one's suggested name and when it is complete.
    const downloads = statesPage
      ? { dir: mkdtempSync(join(tmpdir(), 'ict-demo-downloads-')), names: new Map(), done: new Set() }
      : undefined;
    if (downloads) {
      const session = await page.createCDPSession();
      session.on('Browser.downloadWillBegin', (e) => downloads.names.set(e.guid, e.suggestedFilename));
      session.on('Browser.downloadProgress', (e) => {
        if (e.state !== 'inProgress') downloads.done.add(e.guid);
        if (e.state === 'canceled') problems.push(`download ${downloads.names.get(e.guid)} canceled`);
      });
      await session.send('Browser.setDownloadBehavior', {
        behavior: 'allowAndName',
        downloadPath: downloads.dir,
        eventsEnabled: true,
      });
    }
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(
          `CSP ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        ),
      );
    });
    // csp-states.js runs every export when the address asks for them.
    const response = await page.goto(`${origin}/${name}${statesPage ? '?exports' : ''}`, {
      waitUntil: 'load',
    });
    if (!response?.headers()['content-security-policy']?.includes("require-trusted-types-for 'script'"))
      problems.push('the page was not served with the strict CSP');
    // Every chart settles to the state it is marked with: data-demo-state (ready, loading, empty, error), or
    // data-demo-error, else ready. Loading and empty are final only for the charts marked so.
    const result = await page
      .waitForFunction(
        () => {
          const charts = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ict-'));
          const states = charts.map((c) => {
            const root = c.shadowRoot;
            // The lazy CDN module defines an element only after its chunk arrives: wait for it.
            if (!root) return customElements.get(c.localName) ? 'undefined-element' : 'pending';
            if (root.querySelector('[role="alert"]')) return 'error';
            // A `loading="lazy"` chart below the fold shows its frame and keeps its plot's place until scrolled to.
            if (root.querySelector('.chart svg, [part="deferred-plot"]')) return 'ready';
            const status = (root.querySelector('[role="status"]')?.textContent ?? '').trim();
            const state = /^(Đang tải|Loading)/.test(status) ? 'loading' : status ? 'empty' : 'pending';
            return state === expected(c) ? state : 'pending';
          });
          if (states.includes('pending')) return false;
          return charts.map((c, i) => ({ tag: c.localName, state: states[i], expected: expected(c) }));
          function expected(c) {
            return c.dataset.demoState ?? (c.hasAttribute('data-demo-error') ? 'error' : 'ready');
          }
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
        else if (chart.state !== chart.expected)
          problems.push(`<${chart.tag}> is in state ${chart.state}, not ${chart.expected}`);
      }
    }
    if (statesPage) {
      // The missing-values row says "no data" (here in Vietnamese) for its null values, never draws a zero.
      const silent = await page.evaluate(() =>
        [...document.querySelectorAll('[data-missing]')]
          .filter((c) => !/không có số liệu/i.test(c.shadowRoot?.textContent ?? ''))
          .map((c) => c.localName),
      );
      for (const tag of silent) problems.push(`<${tag}> with missing values does not say "không có số liệu"`);
    }
    const exported = downloads ? await checkExports(page, downloads, result, problems) : '';
    await new Promise((r) => setTimeout(r, 300)); // let late reports arrive
    problems.push(...reports.splice(0).map((r) => `CSP report: ${describeReport(r)}`));
    // A 404 that a chart shows on purpose (its src) is logged by the browser itself; nothing else may be.
    const expected404 = await page.evaluate(() =>
      [...document.querySelectorAll('[data-demo-state="error"][src]')].map(
        (e) => new URL(e.getAttribute('src'), location.href).href,
      ),
    );
    const excused = consoleErrors.filter((m) => HTTP_ERROR_LOG.test(m.text) && expected404.includes(m.url));
    for (const m of consoleErrors) if (!excused.includes(m)) problems.push(`console error: ${m.text}`);
    // The loader drops the body of a 404 (the request ends "aborted"); the loading state's request is held.
    for (const url of failedRequests)
      if (!expected404.includes(url) && new URL(url).pathname !== '/__test/hang')
        problems.push(`request failed: ${url}`);
    const count = result?.length ?? 0;
    const policy = statesPage ? ' (issue 7 policy, trusted-types lit-html)' : '';
    const byState = statesPage && result ? ` (${tally(result.map((c) => c.state))})` : '';
    const logged = excused.length
      ? `; ${excused.length} browser log lines of the 404 examples, as expected`
      : '';
    console.log(
      `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}${policy}: ${count} charts${byState}${problems.length ? '' : `, 0 CSP violations, 0 console errors${logged}${exported}`}`,
    );
    for (const p of problems) console.log(`     ${p}`);
    failures += problems.length;
    await page.close();
    if (downloads) rmSync(downloads.dir, { recursive: true, force: true });
  }
  if (pages.includes(STATES_PAGE)) failures += await checkTrustedTypesNone();
} finally {
  await browser.close();
  close();
  rmSync(profile, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`check-demo: ${failures} problem(s).`);
  process.exit(1);
}
