// wtr plugin: test-only HTTP endpoints under /__test/ for the data-loading tests (slow, failing, hanging
// and mistyped responses), and a log that counts requests the browser aborted.
//
//   /__test/delay?ms=500&file=/demo/data/x.json   serve a file under the repo root after a delay
//   /__test/delay?hold=1&id=abc&file=…             the same, held until the test releases id=abc (server
//                                                  command `test-release`), not for a time: "the answer
//                                                  comes after src changed" then holds on a loaded machine
//   /__test/status?code=500                        answer with that status (and a small text body)
//   /__test/type?ct=text/plain[&file=…]            serve a file (or a tiny document) with that Content-Type
//   /__test/hang                                   never answer; the request ends only when the browser aborts it
//   /__test/big?mb=6                               a JSON body of that many MiB, with Content-Length
//   /__test/big?mb=20&chunked=1[&pace=10]          the same, streamed in 64 KiB chunks without Content-Length
//                                                  (pace: ms between chunks)
//   /__test/reset                                  destroy the connection before any answer (network loss)
//   /__test/log?id=abc                             JSON {started, aborted, finished} for requests tagged id=abc
//
// Every endpoint except /log accepts id=… to be counted. Responses are `no-store`, so a repeated URL is
// never answered from the browser cache.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const PREFIX = '/__test/';
const MAX_DELAY_MS = 60_000;

const TYPES = { '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain' };

/** A tiny valid document, for endpoints that need some body. */
const TINY_DOCUMENT = JSON.stringify({
  version: 1,
  indicator: { id: 'tiny', label: { vi: 'Thử', en: 'Test' }, unit: 'count' },
  observations: [{ place: { code: '83', era: '2008-2025' }, period: { year: 2020 }, value: 1 }],
});

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function testServerPlugin() {
  /** @type {Map<string, {started: number, aborted: number, finished: number}>} */
  const log = new Map();
  let rootDir = process.cwd();

  /** Held answers by id: released by the `test-release` command (and every later request of that id). */
  const holds = new Map();
  const holdOf = (id) => {
    if (!holds.has(id)) {
      let release;
      const released = new Promise((resolve) => (release = resolve));
      holds.set(id, { released, release });
    }
    return holds.get(id);
  };

  const entryOf = (id) => {
    if (!log.has(id)) log.set(id, { started: 0, aborted: 0, finished: 0 });
    return log.get(id);
  };

  /** Resolves true when the response finished, false when the browser aborted it first. */
  const watch = (context, id) => {
    const entry = id ? entryOf(id) : undefined;
    if (entry) entry.started += 1;
    let settled = false;
    let resolveClosed;
    const closed = new Promise((resolve) => (resolveClosed = resolve));
    context.res.once('close', () => {
      if (settled) return;
      settled = true;
      const finished = context.res.writableFinished;
      if (entry) entry[finished ? 'finished' : 'aborted'] += 1;
      resolveClosed(finished);
    });
    return { closed, isClosed: () => settled };
  };

  const sleep = (ms, closed) =>
    Promise.race([
      new Promise((resolve) => setTimeout(() => resolve('timer'), ms)),
      closed.then(() => 'closed'),
    ]);

  const readRepoFile = async (file) => {
    const full = path.resolve(rootDir, `.${path.posix.normalize(`/${file}`)}`);
    if (!full.startsWith(path.resolve(rootDir) + path.sep)) return undefined; // no escape from the repo
    try {
      return {
        body: await readFile(full, 'utf8'),
        type: TYPES[path.extname(full)] ?? 'application/octet-stream',
      };
    } catch {
      return undefined;
    }
  };

  const NO_STORE = { 'cache-control': 'no-store' };

  // The browser is gone: answer a non-2xx status so no later middleware tries to transform a body.
  const closedAnswer = (context) => {
    context.status = 499;
    context.body = 'client closed request';
  };

  return {
    name: 'ict-test-server',
    serverStart({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    // The log through the runner's own channel: a page whose six connections to this host are all busy (or
    // held open by the engine after an abort, as Firefox may) still reads it at once.
    executeCommand({ command, payload }) {
      const id = String(payload?.id ?? '');
      if (command === 'test-request-log') return { ...entryOf(id) };
      if (command === 'test-release') {
        holdOf(id).release();
        return true;
      }
      return undefined;
    },
    // The serve hook runs inside wtr's middleware chain. A non-200 answer is written onto the Koa context
    // and `undefined` returned: the static file middleware then sees a body and leaves it alone.
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = context.path.slice(PREFIX.length);
      const query = context.query;
      const id = typeof query.id === 'string' ? query.id : '';

      if (name === 'log') {
        return { body: JSON.stringify(entryOf(id)), type: 'application/json', headers: NO_STORE };
      }

      const { closed, isClosed } = watch(context, id);

      if (name === 'hang') {
        await closed;
        closedAnswer(context);
        return undefined;
      }

      if (name === 'delay') {
        const ms = Math.min(Number(query.ms ?? 0) || 0, MAX_DELAY_MS);
        if (query.hold) await Promise.race([holdOf(id).released, sleep(MAX_DELAY_MS, closed)]);
        else await sleep(ms, closed);
        if (isClosed()) {
          closedAnswer(context);
          return undefined;
        }
        const file = await readRepoFile(String(query.file ?? ''));
        if (file === undefined) {
          context.status = 404;
          context.body = `no such file: ${query.file}`;
          return undefined;
        }
        return { body: file.body, type: String(query.ct ?? file.type), headers: NO_STORE };
      }

      if (name === 'status') {
        const code = Number(query.code ?? 500);
        context.status = code >= 200 && code <= 599 ? code : 500;
        context.body = `test status ${context.status}`;
        context.set(NO_STORE);
        return undefined;
      }

      if (name === 'type') {
        const file = query.file ? await readRepoFile(String(query.file)) : { body: TINY_DOCUMENT };
        if (file === undefined) {
          context.status = 404;
          context.body = `no such file: ${query.file}`;
          return undefined;
        }
        return { body: file.body, type: String(query.ct ?? 'text/plain'), headers: NO_STORE };
      }

      if (name === 'reset') {
        // A lost connection: no status, no headers. Koa must not answer on the dead socket.
        context.respond = false;
        context.req.socket.destroy();
        closedAnswer(context);
        return undefined;
      }

      if (name === 'big' && query.chunked) {
        // No Content-Length: a client learns the size only by reading (the loader's streaming cap).
        const total = Math.round(Math.min(Number(query.mb ?? 6) || 6, 64) * 1024 * 1024);
        const res = context.res;
        context.respond = false;
        res.writeHead(200, { 'content-type': 'application/json', ...NO_STORE });
        res.write('{"version":1,"pad":"');
        const chunk = 'x'.repeat(64 * 1024);
        // pace=ms between chunks: a browser that buffers ahead of the page (WebKit) cannot have it all before
        // the page stops reading.
        const pace = Math.min(Number(query.pace ?? 0) || 0, 1000);
        for (let sent = 0; sent < total && !isClosed(); sent += chunk.length) {
          if (!res.write(chunk)) {
            await Promise.race([new Promise((resolve) => res.once('drain', resolve)), closed]);
          }
          if (pace > 0) await sleep(pace, closed);
        }
        if (!isClosed()) res.end('"}');
        await closed;
        closedAnswer(context);
        return undefined;
      }

      if (name === 'big') {
        const mib = Math.min(Number(query.mb ?? 6) || 6, 64);
        const body = `{"version":1,"pad":"${'x'.repeat(Math.round(mib * 1024 * 1024))}"}`;
        return { body, type: 'application/json', headers: NO_STORE };
      }

      context.status = 404;
      context.body = `unknown test endpoint: ${name}`;
      return undefined;
    },
  };
}
