import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChromium } from './test/tools/find-browser.mjs';
import { emulateMediaPlugin } from './test/tools/wtr-emulate-media.mjs';
import { heapPlugin } from './test/tools/wtr-heap.mjs';
import { secondCopyPlugin } from './test/tools/wtr-second-copy.mjs';
import { testServerPlugin } from './test/tools/wtr-test-server.mjs';
import { windowViewportPlugin } from './test/tools/wtr-window-size.mjs';

const want = new Set((process.env.WTR_BROWSERS ?? 'chromium').split(','));
const browsers = [];
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
if (want.has('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs },
      // A page of its own context per test file: otherwise one of two concurrent pages is hidden and gets no
      // ResizeObserver or animation-frame callbacks (size tests failed 6 of 6 runs beside the data tests).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  );
}
if (want.has('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore, // a custom instance makes the launcher honour launchOptions.browser (WebDriver BiDi)
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
      // One test file at a time: a page in a background tab gets no ResizeObserver callbacks or animation
      // frames, and of two pages in their own windows only one has the focus, so in the other Enter/Space
      // do not activate buttons and focus events are missing (tried: 7 failures with 2 windows).
      concurrency: 1,
    }),
  );
}
if (want.has('webkit')) {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const port = Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4444);
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 50) throw new Error('WebKitWebDriver did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true, // else wdio 9 asks for webSocketUrl and WebKitWebDriver refuses
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  );
}

export default {
  // The time budget test runs on its own (`npm run test:timing`): measured beside another test file on two cores,
  // its longest task measured the other page's load as much as ours.
  files: ['test/**/*.test.ts', '!test/hardening/fuzz-size.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  browsers,
  // WebDriver sessions only allow device actions (sendKeys/sendMouse) one page at a time.
  concurrency: want.has('webkit') ? 1 : 2,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    emulateMediaPlugin(),
    heapPlugin(),
    secondCopyPlugin(),
    testServerPlugin(),
    windowViewportPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false })],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  // A whole file may take this long: the hardening files run 1 000-element lifetimes, 15 s timeouts and
  // fuzzing, about 30–90 s each on a 2-core machine under Firefox or WebKit (the default is 120 s).
  testsFinishTimeout: 300_000,
};
