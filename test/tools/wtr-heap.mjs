// wtr commands over Chromium's DevTools protocol for the hardening tests (test/hardening/):
//
//   heap-usage      { gc?: boolean }     → { usedSize, totalSize } of the page's JS heap (Runtime.getHeapUsage),
//                                          when `gc` after full garbage collections (HeapProfiler.collectGarbage)
//                                          until it stops shrinking; `false` where there is no CDP
//   network-offline { offline: boolean, urlPattern?: string }
//                                        → requests whose URL matches `urlPattern` (CDP wildcards, default
//                                          `*offline=1*`) fail as the browser fails them offline
//                                          (net::ERR_INTERNET_DISCONNECTED); `offline: false` ends it. `true`
//                                          once applied, `false` where there is no CDP (Firefox speaks
//                                          WebDriver BiDi, WebKit WebDriver).
//
// Not Network.emulateNetworkConditions({ offline: true }): it also cuts the page's WebSocket to wtr, and the
// run ends with "the browser disconnected". The Fetch domain fails the matching requests only.
//
// Other engines get `false`, so a test can skip itself with a reason.

// One session per page: network emulation lasts as long as the session that set it.
const sessions = new WeakMap();
/** The page's CDP session, or null where the page speaks WebDriver BiDi only (Firefox). */
function cdpSessionOf(page) {
  if (!sessions.has(page))
    sessions.set(
      page,
      page.createCDPSession().catch(() => null),
    );
  return sessions.get(page);
}

/** Sessions that already fail the requests Fetch pauses. */
const failing = new WeakSet();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function heapPlugin() {
  return {
    name: 'ict-heap',
    async executeCommand({ command, payload, session }) {
      if (command !== 'heap-usage' && command !== 'network-offline') return undefined;
      // `false`, not null: wtr takes null and undefined for "not my command".
      if (session.browser.type !== 'puppeteer') return false;
      const client = await cdpSessionOf(session.browser.getPage(session.id));
      if (client === null) return false;
      if (command === 'heap-usage') {
        let usage = await client.send('Runtime.getHeapUsage');
        // Collect until the heap stops shrinking (V8 also flushes the bytecode of functions unused for
        // some collections): two measurements taken this way compare like with like.
        for (let pass = 0; payload?.gc && pass < 12; pass++) {
          await client.send('HeapProfiler.collectGarbage');
          const next = await client.send('Runtime.getHeapUsage');
          const settled = pass >= 2 && usage.usedSize - next.usedSize < 16 * 1024;
          usage = next;
          if (settled) break;
        }
        return { usedSize: usage.usedSize, totalSize: usage.totalSize };
      }
      if (payload?.offline !== true) {
        await client.send('Fetch.disable');
        return true;
      }
      if (!failing.has(client)) {
        failing.add(client);
        client.on('Fetch.requestPaused', ({ requestId }) => {
          client
            .send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' })
            .catch(() => {});
        });
      }
      await client.send('Fetch.enable', {
        patterns: [{ urlPattern: payload.urlPattern ?? '*offline=1*', requestStage: 'Request' }],
      });
      return true;
    },
  };
}
