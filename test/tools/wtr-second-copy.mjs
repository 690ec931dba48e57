// wtr plugin for the hostile-host test (test/hardening/hostile-host.test.ts):
//
//   /__second-copy/cdn/<file>.js    a SECOND, separate copy of the library: src/index.ts bundled by Vite the
//                                   way the CDN build does it (lit, d3 and our code inlined, production lit),
//                                   built in memory on the first request and kept for the life of the server.
//   /__second-copy/maps/<file>      src/maps/ files, where that copy's import.meta.url-relative `../maps/`
//                                   resolves (as dist/maps/ beside dist/cdn/).
//
// It also fills `__ORIGIN__` in the HTML fixtures under /test/hardening/fixtures/ with the server's origin:
// a page with `<base href="https://example.invalid/other/">` resolves every relative URL, `/…` included,
// against that base, so such a page (like a real CMS page) names its own assets by full URL.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const PREFIX = '/__second-copy/';
const FIXTURES = '/test/hardening/fixtures/';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function secondCopyPlugin() {
  let rootDir = process.cwd();
  /** @type {Promise<Map<string, string>> | undefined} */
  let bundle;

  /** Builds the bundle once: file name → code. */
  const build = () => {
    bundle ??= (async () => {
      const vite = await import('vite');
      const started = Date.now();
      const output = await vite.build({
        configFile: false,
        root: rootDir,
        logLevel: 'warn',
        mode: 'production',
        build: {
          write: false,
          target: 'es2022',
          minify: false,
          sourcemap: false,
          lib: {
            entry: path.join(rootDir, 'src/index.ts'),
            formats: ['es'],
            fileName: () => 'ict-charts.js',
          },
        },
      });
      const files = new Map();
      for (const result of Array.isArray(output) ? output : [output]) {
        for (const item of result.output) {
          if (item.type === 'chunk') files.set(item.fileName, item.code);
        }
      }
      console.log(`[second-copy] built ${[...files.keys()].join(', ')} in ${Date.now() - started} ms`);
      return files;
    })();
    bundle.catch(() => (bundle = undefined)); // a failed build is retried on the next request
    return bundle;
  };

  return {
    name: 'ict-second-copy',
    serverStart({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const rest = context.path.slice(PREFIX.length);
      if (rest.startsWith('cdn/')) {
        const code = (await build()).get(rest.slice('cdn/'.length));
        if (code !== undefined) return { body: code, type: 'js' };
      } else if (rest.startsWith('maps/') && /^[\w.-]+$/.test(rest.slice('maps/'.length))) {
        try {
          const body = await readFile(path.join(rootDir, 'src/maps', rest.slice('maps/'.length)), 'utf8');
          return { body, type: rest.endsWith('.json') ? 'application/json' : 'text/plain' };
        } catch {
          /* not there: 404 below */
        }
      }
      context.status = 404;
      context.body = `not in the second copy: ${rest}`;
      return undefined;
    },
    transform(context) {
      if (!context.path.startsWith(FIXTURES) || !context.response.is('html')) return undefined;
      if (typeof context.body !== 'string') return undefined;
      return { body: context.body.replaceAll('__ORIGIN__', `${context.protocol}://${context.host}`) };
    },
  };
}
