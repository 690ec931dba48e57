import { defineConfig } from 'vite';
import { readdirSync, existsSync } from 'node:fs';

/** One npm entry per element (`ict-charts/<name>`) plus the all-in-one entry. */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = { index: 'src/index.ts' };
  for (const name of readdirSync('src/elements')) {
    const define = `src/elements/${name}/define.ts`;
    if (existsSync(define)) entries[`elements/${name}`] = define;
  }
  return entries;
}

// `vite build` -> dist/ (npm ESM, lit and d3 external);
// `vite build --mode cdn` -> dist/cdn/ict-charts.min.js (self-contained, minified).
// Order matters: the npm build empties dist/ first.
export default defineConfig(({ mode, command }) => {
  const cdn = mode === 'cdn';
  return {
    // `npm start` serves demo/ (vite demo); the demo imports the library source through /src.
    server: { fs: { allow: ['..'] } },
    build:
      command === 'build'
        ? {
            target: 'es2022',
            outDir: cdn ? 'dist/cdn' : 'dist',
            emptyOutDir: true,
            sourcemap: true,
            minify: cdn,
            lib: cdn
              ? { entry: 'src/index.ts', formats: ['es'], fileName: () => 'ict-charts.min.js' }
              : { entry: libraryEntries(), formats: ['es'], fileName: (_format, name) => `${name}.js` },
            rolldownOptions: {
              external: cdn ? [] : [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^d3-/],
              // lib-mode 'es' keeps whitespace unless asked (71.7 kB instead of 55.6 kB measured).
              output: cdn ? { minify: true } : { chunkFileNames: 'chunks/[name]-[hash].js' },
            },
          }
        : undefined,
  };
});
