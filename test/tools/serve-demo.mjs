#!/usr/bin/env node
// Serves the demo the way a locked-down CMS would: static files only, the CDN module of the library
// (dist/cdn, built by `vite build --mode cdn`) and a strict Content-Security-Policy on every page.
// `npm start` runs it; test/tools/check-demo.mjs starts it on a free port and loads every page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The policy of the demo pages: no inline script or style, Trusted Types required (lit's policy only). */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  'report-uri /__csp-report',
].join('; ');

/**
 * The policy issue 7 names, word for word. Under it lit cannot load: lit-html creates a Trusted Types policy
 * named `lit-html` when it is imported, and `trusted-types 'none'` forbids creating any (check-demo shows it).
 */
export const ISSUE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/** {@link ISSUE_CSP} with lit's policy allowed: the narrowest policy the library runs under. */
export const ISSUE_CSP_LIT = ISSUE_CSP.replace("trusted-types 'none'", 'trusted-types lit-html');

/** `policy` with violation reports posted to the server (reporting only: nothing else changes). */
export const withReports = (policy) => `${policy}; report-uri /__csp-report`;

/** URL prefix → folder of the repository. The first match wins. */
const MOUNTS = [
  ['/cdn/', 'dist/cdn/'],
  ['/react-demo/', 'dist/react-demo/'],
  ['/maps/', 'dist/maps/'],
  ['/data/', 'demo/data/'],
  ['/examples/', 'demo/examples/'],
  ['/', 'demo/'],
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function fileOf(pathname) {
  const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  for (const [prefix, folder] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(root, folder, decodeURIComponent(path.slice(prefix.length))));
    return file.startsWith(join(root, folder)) ? file : undefined; // no escaping the folder with ../
  }
  return undefined;
}

/**
 * Starts the server. `onReport` receives every CSP violation report the browser posts; `policyFor(url)` gives
 * the Content-Security-Policy of an HTML page (default {@link DEMO_CSP}). With `testRoutes` (check-demo only,
 * never `npm start`) `/__test/hang` answers nothing until the browser gives up, for the loading state.
 * @returns the server, its origin (`http://127.0.0.1:<port>`) and `close()`, which also drops held requests.
 */
export async function serveDemo({
  port = 0,
  onReport = () => {},
  policyFor = () => DEMO_CSP,
  testRoutes = false,
} = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__csp-report') {
      let body = '';
      for await (const chunk of request) body += chunk;
      onReport(body);
      response.writeHead(204).end();
      return;
    }
    if (testRoutes && url.pathname === '/__test/hang') return; // held until the browser aborts it
    const file = fileOf(url.pathname);
    try {
      if (file === undefined || !(await stat(file)).isFile()) throw new Error('not found');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'x-content-type-options': 'nosniff' };
      if (type.startsWith('text/html')) headers['content-security-policy'] = policyFor(url);
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    server,
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    close: () => {
      server.close();
      server.closeAllConnections(); // held requests and idle keep-alive sockets
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5173);
  const { origin } = await serveDemo({
    port,
    onReport: (report) => console.warn(`CSP violation: ${report}`),
  });
  console.log(
    `Demo (CDN module, strict CSP): ${origin}/  ·  English: ${origin}/en.html  ·  src: ${origin}/sources.html  ·  states: ${origin}/csp-states.html`,
  );
}
