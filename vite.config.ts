import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The npm entries: the all-in-one entry, one per element (`ict-charts/<name>`, any src/elements/<name>/define.ts)
 * and the React wrappers (`ict-charts/react`).
 */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = { index: 'src/index.ts' };
  for (const name of readdirSync('src/elements').sort()) {
    const define = `src/elements/${name}/define.ts`;
    if (existsSync(define)) entries[`elements/${name}`] = define;
  }
  if (existsSync('src/react/index.ts')) entries.react = 'src/react/index.ts';
  return entries;
}

/**
 * What the npm build leaves to the consumer's bundler: every dependency and peer dependency of package.json
 * (lit, @lit/task, the d3 modules, topojson-client; React and @lit/react for `ict-charts/react`).
 */
function externalPackages(): RegExp[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const names = [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    'react-dom',
  ];
  return names.map((name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}($|/)`));
}

/** Output file of a module: its path under src/, or `_helpers/<name>.js` for a bundled helper (decorators). */
function moduleFileName(chunk: { name: string }): string {
  return chunk.name.startsWith('_virtual/') ? `_helpers/${chunk.name.split('/').pop()}.js` : '[name].js';
}

/**
 * Ships the map data (src/maps/* except code: the boundary files and their own licence, LICENSE-DATA.md) as
 * dist/maps/, where src/maps/boundaries.ts resolves them (`../maps/` from dist/elements/, dist/cdn/ and so on).
 * Runs in both builds, so `npm start` (the CDN build only) serves them too. JSON is parsed first: a broken
 * file fails the build instead of shipping.
 */
function mapData(): Plugin {
  let root = process.cwd();
  let library = false;
  return {
    name: 'ict-charts:map-data',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      library = config.build.lib !== false; // not in other tools' builds of this config (Storybook)
    },
    writeBundle() {
      if (!library) return;
      const from = resolve(root, 'src/maps');
      if (!existsSync(from)) return;
      const to = resolve(root, 'dist/maps');
      mkdirSync(to, { recursive: true });
      for (const file of readdirSync(from).sort()) {
        if (/\.[cm]?[jt]s$/.test(file)) continue;
        if (file.endsWith('.json')) JSON.parse(readFileSync(resolve(from, file), 'utf8'));
        copyFileSync(resolve(from, file), resolve(to, file));
      }
    },
  };
}

/**
 * Names the CDN chunks for a reader of the network panel: each element's chunk after its folder
 * (`bar-chart-<hash>.js`), the chunk holding the shared chart core `core-<hash>.js`.
 */
function cdnChunkName(chunk: { name: string; moduleIds: readonly string[] }): string {
  const element = chunk.moduleIds
    .map((id) => /\/src\/elements\/([^/]+)\/define\.ts$/.exec(id)?.[1])
    .find((name) => name !== undefined);
  if (element !== undefined) return `${element}-[hash].js`;
  if (chunk.moduleIds.some((id) => id.endsWith('/src/chart/chart-element.ts'))) return 'core-[hash].js';
  return '[name]-[hash].js';
}

/**
 * `vite build --mode react-demo` -> dist/react-demo/react-demo.js: the demo's React page (demo/react.html)
 * bundled with React and the `ict-charts/react` wrappers, as an app would ship it.
 */
function reactDemoBuild(): UserConfig {
  return {
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: 'dist/react-demo',
      emptyOutDir: true,
      minify: true,
      lib: { entry: 'demo/react-demo.ts', formats: ['es'], fileName: () => 'react-demo.js' },
      rolldownOptions: { output: { minify: true } },
    },
  };
}

// `vite build` -> dist/ (npm ESM, one file per module, dependencies external);
// `vite build --mode cdn` -> dist/cdn/ict-charts.min.js (every element) and ict-charts.autoload.min.js (each
// element on first use), minified, with their shared chunks beside them; no bare imports left.
// Order matters: the npm build empties dist/ first.
export default defineConfig(({ mode, command }) => {
  const cdn = mode === 'cdn';
  if (mode === 'react-demo') return reactDemoBuild();
  return {
    // `npm start` serves demo/ (vite demo); the demo imports the library source through /src.
    server: { fs: { allow: ['..'] } },
    plugins: [mapData()],
    build:
      command === 'build'
        ? {
            target: 'es2022',
            outDir: cdn ? 'dist/cdn' : 'dist',
            emptyOutDir: true,
            sourcemap: true,
            minify: cdn,
            lib: cdn
              ? {
                  // Two ways in, sharing chunks: every element at once, or each element when its tag appears.
                  entry: { 'ict-charts.min': 'src/index.ts', 'ict-charts.autoload.min': 'src/autoload.ts' },
                  formats: ['es'],
                  fileName: (_format, name) => `${name}.js`,
                }
              : { entry: libraryEntries(), formats: ['es'], fileName: (_format, name) => `${name}.js` },
            rolldownOptions: {
              external: cdn ? [] : externalPackages(),
              output: cdn
                ? // lib-mode 'es' keeps whitespace unless asked (71.7 kB instead of 55.6 kB measured).
                  { minify: true, chunkFileNames: cdnChunkName }
                : // One file per source module: each element's defineElement() call stays in its own entry file
                  // (dist/elements/<name>.js), the files that `sideEffects` lists. With shared chunks, Rolldown
                  // moved the call of an element that src/index.ts also imports into a chunk that `sideEffects`
                  // does not list, and a consumer's bundler could drop the registration.
                  { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: moduleFileName },
            },
          }
        : undefined,
  };
});
