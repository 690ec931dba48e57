#!/usr/bin/env node
/**
 * Checks the npm package as a user gets it. Needs a build (`npm run build`); offline; about 30–60 s.
 *
 *  1. sources    src/react/index.ts and package.json exports/sideEffects are in step with the elements
 *                (build-integrations.mjs --check), and the all-in-one entry registers every packaged element.
 *  2. pack       `npm pack`: every file that `exports`, `sideEffects` and `types` name is in the tarball; nothing
 *                a user does not need (tests, stories, demo, sources, Storybook, configuration) is; the code's
 *                LICENSE and, beside the boundary files, the map data's LICENSE-DATA.md are.
 *  3. install    `npm install --offline <tarball>` in a scratch project outside the repository, after copying
 *                in the packages the package declares as dependencies (and theirs) from the repository's
 *                node_modules (`npm ci` leaves no registry documents in the cache for an offline resolve);
 *                the test tools (React, Preact, Solid, Vue, types) are linked afterwards. Nothing else is
 *                reachable from the scratch project, so an undeclared dependency fails.
 *  4. publint    strict, on the unpacked tarball.
 *  5. attw       @arethetypeswrong/cli on the tarball, profile esm-only (the package is ESM only, so the
 *                node10 and require() resolutions do not apply), without fetching @types.
 *  6. node       Node ESM resolution: every JS entry imports in its own process; an element entry registers its
 *                element and no other, the all-in-one entry all of them, `ict-charts/react` renders on the
 *                server with react-dom; the CDN module, the JSON files and the VS Code data resolve.
 *  7. types      tsc (module node16, skipLibCheck off) over generated files that use every entry:
 *                `document.querySelector('ict-…')` is the element class, `addEventListener('ict-select', …)`
 *                has a typed `detail`, the React wrappers, and `ict-charts/jsx/{preact,solid,vue}` in those
 *                frameworks' JSX/templates (a wrong attribute value must be an error).
 *  8. vite       Vite builds a page that imports two element entries: both elements are in the bundle, the
 *                others are not (tree-shaking through `sideEffects`); and a page that uses one React wrapper:
 *                only its element is in the bundle.
 *  9. browser    both pages in headless Chromium (Debian's, as for the tests): the elements are defined, take
 *                `data` as a property and draw it; the React wrapper's `onIctSelect` receives `ict-select`.
 *
 * Usage: node test/tools/check-package.mjs [--keep] (--keep leaves the scratch folder and prints its path).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { elementModel } from './build-integrations.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const started = Date.now();
const keep = process.argv.includes('--keep');
const failures = [];
let passed = 0;

function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`  ok   ${name}${detail ? ` (${detail})` : ''}`);
  } else {
    failures.push(`${name}${detail ? `: ${detail}` : ''}`);
    console.log(`  FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
}
const section = (title) => console.log(`\n${title} [${seconds()}]`);
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    out: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim(),
  };
}

if (!existsSync(join(root, 'dist/types')) || !existsSync(join(root, 'dist/jsx'))) {
  console.error('dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(1);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** A seed fact (Bến Tre, 2016: 114 telephone subscriptions per 100 inhabitants) for the pages that draw. */
const SAMPLE = {
  version: 1,
  indicator: {
    id: 'phone_subscriptions_per_100',
    unit: 'per-100-inhabitants',
    label: { vi: 'Mật độ thuê bao điện thoại', en: 'Telephone subscriptions per 100 inhabitants' },
  },
  observations: [{ place: { name: 'Bến Tre' }, period: { year: 2016 }, value: 114 }],
};
const model = elementModel();
const tags = model.elements.map((e) => e.tag);

// ---------------------------------------------------------------------------------------------------------
section('1. sources');
{
  const result = run(process.execPath, [join(root, 'test/tools/build-integrations.mjs'), '--check'], {
    cwd: root,
  });
  check(
    'src/react/index.ts and package.json exports/sideEffects up to date',
    result.status === 0,
    result.out.split('\n').pop(),
  );
  check(
    'every element folder is in custom-elements.json',
    model.problems.length === 0,
    model.problems.join(' '),
  );
}

// ---------------------------------------------------------------------------------------------------------
section('2. pack');
const work = mkdtempSync(join(tmpdir(), 'ict-package-'));
// The scratch folder goes on every exit, a thrown error included, unless --keep.
process.on('exit', () => {
  if (!keep) rmSync(work, { recursive: true, force: true });
});
let tarball;
let packed = [];
{
  const result = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: root,
  });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.out}`);
  const info = JSON.parse(result.stdout)[0];
  tarball = join(work, info.filename);
  packed = info.files.map((f) => f.path);
  const size = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
  check(
    'npm pack',
    existsSync(tarball),
    `${info.entryCount} files, ${size(info.size)} packed, ${size(info.unpackedSize)} unpacked`,
  );

  const files = new Set(packed);
  const exportTargets = [];
  const collect = (value) => {
    if (typeof value === 'string') exportTargets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pkg.exports);
  const missing = [];
  for (const target of [...exportTargets, pkg.main, pkg.module, pkg.types]) {
    const path = target.replace(/^\.\//, '');
    if (path.includes('*')) {
      const [prefix, suffix] = path.split('*');
      if (!packed.some((f) => f.startsWith(prefix) && f.endsWith(suffix))) missing.push(path);
    } else if (!files.has(path)) missing.push(path);
  }
  check(
    'every file that exports/main/module/types names is packed',
    missing.length === 0,
    missing.join(', '),
  );
  const sideEffectsMissing = pkg.sideEffects
    .filter((p) => p.startsWith('./dist/'))
    .map((p) => p.slice(2))
    .filter((p) => !files.has(p));
  check(
    'every dist file that sideEffects lists is packed',
    sideEffectsMissing.length === 0,
    sideEffectsMissing.join(', '),
  );

  // Registering modules: the files that call defineElement('ict-…') at their top level.
  const registering = packed.filter(
    (f) =>
      f.endsWith('.js') &&
      !f.startsWith('dist/cdn/') &&
      /^defineElement\(\s*["']ict-/m.test(readFileSync(join(root, f), 'utf8')),
  );
  const listed = new Set(pkg.sideEffects.map((p) => p.replace(/^\.\//, '')));
  check(
    'sideEffects lists exactly the registering modules (+ the all-in-one entry and the CDN module)',
    registering.every((f) => listed.has(f)) &&
      [...listed].filter((p) => p.startsWith('dist/elements/')).every((p) => registering.includes(p)),
    `registering: ${registering.join(', ')}`,
  );

  const forbidden = packed.filter((f) =>
    /^(src|test|stories|demo|\.storybook|storybook-static|coverage|node_modules|\.ci)\/|\.(test|stories|spec)\.|tsbuildinfo$|^(tsconfig|vite\.config|vitest\.config|eslint\.config|web-test-runner\.config|custom-elements-manifest\.config)/.test(
      f,
    ),
  );
  check(
    'nothing a user does not need (tests, stories, demo, sources, configuration)',
    forbidden.length === 0,
    forbidden.slice(0, 10).join(', '),
  );
  const allowed = /^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/.+)$/;
  const unexpected = packed.filter((f) => !allowed.test(f));
  check(
    'only package.json, README.md, LICENSE, custom-elements.json and dist/',
    unexpected.length === 0,
    unexpected.join(', '),
  );
  check('LICENSE (the code) is packed', files.has('LICENSE'));
  const mapFiles = packed.filter((f) => /^dist\/maps\/.+\.json$/.test(f));
  if (existsSync(join(root, 'src/maps'))) {
    const sourceMaps = readdirSync(join(root, 'src/maps')).filter((f) => !/\.[cm]?[jt]s$/.test(f));
    const absent = sourceMaps.filter((f) => !files.has(`dist/maps/${f}`));
    check(
      'the map data (src/maps/*, not code) is packed as dist/maps/',
      absent.length === 0,
      absent.join(', ') || sourceMaps.join(', '),
    );
    check(
      'the map data licence (dist/maps/LICENSE-DATA.md) is beside the boundary files',
      mapFiles.length === 0 || files.has('dist/maps/LICENSE-DATA.md'),
    );
  }
  const maps = packed.filter((f) => f.endsWith('.map')).length;
  const types = packed.filter((f) => f.endsWith('.d.ts')).length;
  console.log(
    `       (${packed.length} files: ${types} .d.ts, ${maps} source maps, ${mapFiles.length} boundary files)`,
  );
}

// ---------------------------------------------------------------------------------------------------------
section('3. install (scratch project)');
const scratch = join(work, 'scratch');
const modules = join(scratch, 'node_modules');
const installed = join(modules, 'ict-charts');
{
  mkdirSync(modules, { recursive: true });
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'ict-charts-scratch', private: true, type: 'module' }, null, 2),
  );
  // `npm install --offline` can resolve a dependency only from a cached registry document, and `npm ci` caches
  // tarballs, not those documents (tried: ENOTCACHED for @lit/task on a cache made by `npm ci` alone). So the
  // scratch project gets copies of the dependencies the package declares, with their own dependencies, from
  // the repository's node_modules first; npm then installs the tarball against them, offline.
  const closure = new Map(); // path under node_modules → source folder
  const locate = (name, from) => {
    for (let dir = from; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dirname(dir) === dir) return undefined;
    }
  };
  const missing = [];
  const visit = (name, from) => {
    const found = locate(name, from);
    if (found === undefined) return missing.push(name);
    const key = relative(join(root, 'node_modules'), found);
    if (closure.has(key)) return;
    closure.set(key, found);
    const manifest = JSON.parse(readFileSync(join(found, 'package.json'), 'utf8'));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, found);
  };
  for (const name of Object.keys(pkg.dependencies ?? {})) visit(name, root);
  for (const [key, from] of [...closure].sort(([a], [b]) => a.length - b.length)) {
    if (!existsSync(join(modules, key)))
      cpSync(from, join(modules, key), { recursive: true, dereference: true });
  }
  check(
    'the dependencies are in the repository node_modules (npm ci)',
    missing.length === 0,
    missing.join(', ') || `${closure.size} packages`,
  );
  // npm reinstalls (from a registry document: offline, a failure) any package whose bin links are missing, so
  // link them as npm would have.
  const linkBins = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name === '.bin') continue;
      const folder = join(dir, name);
      if (name.startsWith('@')) {
        linkBins(folder);
        continue;
      }
      if (!existsSync(join(folder, 'package.json'))) continue;
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      const bins =
        typeof manifest.bin === 'string'
          ? { [manifest.name.split('/').pop()]: manifest.bin }
          : (manifest.bin ?? {});
      for (const [bin, target] of Object.entries(bins)) {
        mkdirSync(join(dir, '.bin'), { recursive: true });
        const link = join(dir, '.bin', bin);
        if (!existsSync(link)) symlinkSync(relative(join(dir, '.bin'), join(folder, target)), link);
      }
      if (existsSync(join(folder, 'node_modules'))) linkBins(join(folder, 'node_modules'));
    }
  };
  linkBins(modules);
  const install = run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball],
    { cwd: scratch },
  );
  check(
    'npm install --offline <tarball> into a scratch project',
    install.status === 0 && existsSync(join(installed, 'package.json')),
    install.status === 0
      ? install.stdout.trim().split('\n').pop()
      : install.out.split('\n').slice(-4).join(' '),
  );
  // Test tools, not dependencies of the package: the optional peers (React, @lit/react), React's DOM renderer
  // and types, the frameworks of the JSX types. Linked after the install, so npm does not prune them.
  const tools = [
    'react',
    '@lit/react',
    'react-dom',
    '@types/react',
    '@types/react-dom',
    'preact',
    'solid-js',
    'vue',
    'csstype',
  ];
  const absent = tools.filter((name) => !existsSync(join(root, 'node_modules', name)));
  for (const name of tools.filter((n) => !absent.includes(n) && !existsSync(join(modules, n)))) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
  }
  check(
    'the test tools are in the repository node_modules',
    absent.length === 0,
    absent.join(', ') || tools.join(', '),
  );
}

// ---------------------------------------------------------------------------------------------------------
section('4. publint');
{
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const { messages } = await publint({ pkgDir: installed, pack: false, strict: true, level: 'suggestion' });
  const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const text = messages.map((m) => `${m.type}: ${formatMessage(m, installedPkg) ?? m.code}`);
  check(
    'publint --strict: no errors, warnings or suggestions',
    messages.length === 0,
    text.join(' | ') || 'clean',
  );
}

// ---------------------------------------------------------------------------------------------------------
section('5. attw');
{
  const cli = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
  const result = run(
    process.execPath,
    [
      cli,
      tarball,
      '--profile',
      'esm-only',
      '--no-definitely-typed',
      '--format',
      'ascii',
      '--no-color',
      '--no-emoji',
    ],
    {
      cwd: work,
    },
  );
  const lines = result.out.split('\n').filter((l) => l.trim() !== '');
  check(
    'attw --profile esm-only: no problems',
    result.status === 0,
    result.status === 0 ? lines[0] : `\n${result.out}`,
  );
}

// ---------------------------------------------------------------------------------------------------------
section('6. node (ESM resolution and registration)');
{
  const entryImport = (specifier, body = '') => `
    const m = await import(${JSON.stringify(specifier)});
    const tags = ${JSON.stringify(tags)}.filter((t) => globalThis.customElements?.get(t) !== undefined);
    ${body}
    console.log(JSON.stringify({ exports: Object.keys(m).length, tags }));`;
  const inScratch = (code) => {
    const result = run(process.execPath, ['--input-type=module', '-e', code], { cwd: scratch });
    if (result.status !== 0) return { error: result.out.split('\n').slice(0, 6).join(' ') };
    return JSON.parse(result.out.split('\n').pop());
  };
  for (const e of model.elements) {
    const got = inScratch(entryImport(`ict-charts/${e.folder}`));
    check(
      `ict-charts/${e.folder} registers <${e.tag}> only`,
      got.error === undefined && got.tags.length === 1 && got.tags[0] === e.tag,
      got.error ?? `registered: ${got.tags.join(', ')}`,
    );
  }
  const all = inScratch(entryImport('ict-charts'));
  const notInAll = all.error ? [] : tags.filter((t) => !all.tags.includes(t));
  check(
    'ict-charts (all-in-one) registers every element',
    all.error === undefined && notInAll.length === 0,
    all.error ??
      (notInAll.length
        ? `missing ${notInAll.join(', ')}: add their define.js to src/index.ts`
        : `${all.exports} exports`),
  );
  const react = inScratch(
    entryImport(
      'ict-charts/react',
      `const { createElement } = await import('react');
       const { renderToString } = await import('react-dom/server');
       const first = m[${JSON.stringify(model.elements[0]?.className)}];
       globalThis.html = renderToString(createElement(first, { label: 'Ví dụ', sort: 'descending' }));`,
    ).replace('console.log(JSON.stringify({', 'console.log(JSON.stringify({ html: globalThis.html,'),
  );
  const wrappers = model.elements.map((e) => e.className);
  check(
    'ict-charts/react exports a component per element and renders on the server',
    react.error === undefined && react.exports === wrappers.length && react.html?.startsWith(`<${tags[0]}`),
    react.error ?? react.html,
  );
  const resolveOnly = inScratch(`
    const specifiers = ['ict-charts/cdn', 'ict-charts/cdn/autoload', 'ict-charts/custom-elements.json', 'ict-charts/schema/indicator.schema.json',
      'ict-charts/vscode.html-custom-data.json', 'ict-charts/vscode.css-custom-data.json', 'ict-charts/package.json',
      'ict-charts/jsx', 'ict-charts/jsx/preact', 'ict-charts/jsx/solid', 'ict-charts/jsx/vue'];
    const { existsSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const bad = specifiers.filter((s) => !existsSync(fileURLToPath(import.meta.resolve(s))));
    const json = async (s) => (await import(s, { with: { type: 'json' } })).default;
    const manifest = await json('ict-charts/custom-elements.json');
    const schema = await json('ict-charts/schema/indicator.schema.json');
    const html = await json('ict-charts/vscode.html-custom-data.json');
    console.log(JSON.stringify({ bad, modules: manifest.modules.length, schema: schema.$id, tags: html.tags.map((t) => t.name) }));`);
  check(
    'ict-charts/cdn, ict-charts/cdn/autoload, the JSON files and the jsx type entries resolve',
    resolveOnly.error === undefined && resolveOnly.bad.length === 0,
    resolveOnly.error ?? resolveOnly.bad.join(', '),
  );
  check(
    'ict-charts/schema/indicator.schema.json is the v1 schema',
    resolveOnly.schema === 'urn:ict-charts:indicator:v1',
    resolveOnly.schema,
  );
  check(
    'vscode.html-custom-data.json describes every element',
    JSON.stringify(resolveOnly.tags) === JSON.stringify(tags),
    resolveOnly.tags?.join(', '),
  );
  if (existsSync(join(root, 'src/maps'))) {
    // Each boundary file resolves through `ict-charts/maps/*.json`, and its licence lies beside it.
    const boundaryFiles = readdirSync(join(root, 'src/maps')).filter((f) => f.endsWith('.json'));
    const maps = inScratch(`
      const { existsSync } = await import('node:fs');
      const { dirname, join } = await import('node:path');
      const { fileURLToPath } = await import('node:url');
      const files = ${JSON.stringify(boundaryFiles)};
      const paths = files.map((f) => { try { return fileURLToPath(import.meta.resolve('ict-charts/maps/' + f)); } catch { return ''; } });
      const resolved = files.filter((f, i) => paths[i] !== '' && existsSync(paths[i]));
      const licensed = paths.every((p) => p !== '' && existsSync(join(dirname(p), 'LICENSE-DATA.md')));
      console.log(JSON.stringify({ resolved, licensed }));`);
    check(
      'ict-charts/maps/*.json resolves to each boundary file, with LICENSE-DATA.md beside it',
      maps.error === undefined && maps.resolved.length === boundaryFiles.length && maps.licensed,
      maps.error ?? `${maps.resolved.join(', ')}; licence beside: ${maps.licensed}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
section('7. types (tsc in the scratch project)');
{
  const types = join(scratch, 'types');
  mkdirSync(types);
  const withSelect = model.elements.filter((e) => e.events.some((ev) => ev.name === 'ict-select'));
  const entries = [
    '// The element types, the tag map and the event map, from each element entry.',
    ...model.elements.map((e) => `import type { ${e.className} } from 'ict-charts/${e.folder}';`),
    "import * as all from 'ict-charts';",
    "import * as cdn from 'ict-charts/cdn';",
    "import type { IctChartsElements } from 'ict-charts/jsx';",
    '',
    'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
    'export function expectTrue<T extends true>(): T | undefined { return undefined; }',
    ...model.elements.map((e) => `expectTrue<Equal<HTMLElementTagNameMap['${e.tag}'], ${e.className}>>();`),
    ...model.elements.map(
      (e) => `expectTrue<Equal<IctChartsElements['${e.tag}']['element'], ${e.className}>>();`,
    ),
    ...model.elements.map(
      (e) => `export const q_${e.className}: ${e.className} | null = document.querySelector('${e.tag}');`,
    ),
    ...withSelect.map(
      (e) => `document.querySelector('${e.tag}')?.addEventListener('ict-select', (event) => {
  const key: string = event.detail.key;
  const value: number | null = event.detail.value;
  expectTrue<Equal<typeof event, all.IctSelectEvent>>();
  return [key, value];
});`,
    ),
    "document.body.addEventListener('ict-data-error', (event) => event.detail.issues.length);",
    "document.body.addEventListener('ict-data-load', (event) => event.detail.dataset);",
    'expectTrue<Equal<typeof all.IctBarChart, typeof cdn.IctBarChart>>();',
    '// @ts-expect-error: not an ict-charts event',
    "document.body.addEventListener('ict-selekt', (event: CustomEvent<number>) => event.detail);",
    '',
  ];
  writeFileSync(join(types, 'entries.ts'), entries.join('\n'));

  const sortable = model.elements.find((e) => e.tag === 'ict-bar-chart') ?? model.elements[0];
  const reactFile = [
    "import { createElement } from 'react';",
    `import { ${model.elements.map((e) => e.className).join(', ')} } from 'ict-charts/react';`,
    ...model.elements.map(
      (e) =>
        `export const r_${e.className} = <${e.className} label="Ví dụ" data={{ version: 1 }} noTable${
          e.events.some((ev) => ev.name === 'ict-select')
            ? ` onIctSelect={(event) => { const value: number | null = event.detail.value; return value; }}`
            : ''
        } />;`,
    ),
    `export const ref = createElement(${sortable.className}, { ref: (el: HTMLElementTagNameMap['${sortable.tag}'] | null) => el?.focus() });`,
    '// @ts-expect-error: headingLevel is a number',
    `export const wrong = <${sortable.className} headingLevel="two" />;`,
    '',
  ];
  writeFileSync(join(types, 'react.tsx'), reactFile.join('\n'));

  const bar = model.elements.find((e) => e.tag === 'ict-bar-chart');
  const preactFile = [
    '/** @jsxImportSource preact */',
    "import type {} from 'ict-charts/jsx/preact';",
    ...model.elements.map(
      (e) =>
        `export const p_${e.className} = <${e.tag} label="Ví dụ" class="chart" data={{ version: 1 }} onict-select={(event) => event.detail.key} />;`,
    ),
    ...(bar
      ? [
          'export const sorted = <ict-bar-chart sort="descending" highlightEra="2008-2025" />;',
          '// @ts-expect-error: not a sort order',
          'export const wrong = <ict-bar-chart sort="sideways" />;',
        ]
      : []),
    '',
  ];
  writeFileSync(join(types, 'preact.tsx'), preactFile.join('\n'));
  const solidFile = [
    '/** @jsxImportSource solid-js */',
    "import type {} from 'ict-charts/jsx/solid';",
    ...model.elements.map(
      (e) =>
        `export const s_${e.className} = <${e.tag} label="Ví dụ" class="chart" data={{ version: 1 }} on:ict-select={(event) => event.detail.key} />;`,
    ),
    ...(bar
      ? [
          'export const sorted = <ict-bar-chart sort="descending" highlightEra="2008-2025" />;',
          '// @ts-expect-error: not a sort order',
          'export const wrong = <ict-bar-chart sort="sideways" />;',
        ]
      : []),
    '',
  ];
  writeFileSync(join(types, 'solid.tsx'), solidFile.join('\n'));
  const vueFile = [
    "import type {} from 'ict-charts/jsx/vue';",
    "import type { GlobalComponents } from 'vue';",
    ...model.elements.map(
      (e) =>
        `export const v_${e.className}: InstanceType<GlobalComponents['${e.tag}']>['$props'] = { label: 'Ví dụ', class: 'chart', data: { version: 1 } };`,
    ),
    ...(bar
      ? [
          "type Bar = InstanceType<GlobalComponents['ict-bar-chart']>;",
          "export const sorted: Bar['$props'] = { sort: 'descending', highlightEra: '2008-2025' };",
          '// @ts-expect-error: not a sort order',
          "export const wrong: Bar['$props'] = { sort: 'sideways' };",
          "export function listen(emit: Bar['$emit'], event: HTMLElementEventMap['ict-select']) { emit('ict-select', event); }",
          '// @ts-expect-error: ict-select carries an IctSelectEvent',
          "export function listenWrong(emit: Bar['$emit']) { emit('ict-select', 42); }",
        ]
      : []),
    '',
  ];
  writeFileSync(join(types, 'vue.ts'), vueFile.join('\n'));

  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const base = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    jsx: 'react-jsx',
    types: [],
  };
  // One program, Node's own ESM resolution (the exports map has only `types` and `default`, so a bundler
  // resolution finds the same files), with every declaration file checked (skipLibCheck off).
  for (const [name, options] of [
    ['node16', { module: 'node16', moduleResolution: 'node16', skipLibCheck: false }],
  ]) {
    writeFileSync(
      join(scratch, `tsconfig.${name}.json`),
      JSON.stringify({ compilerOptions: { ...base, ...options }, include: ['types'] }, null, 2),
    );
    const result = run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: scratch });
    const errors = result.out.split('\n').filter((l) => /error TS/.test(l));
    check(
      `tsc (${name}${options.skipLibCheck ? '' : ', the declarations checked too'}): entries, tag and event maps, React, Preact, Solid, Vue`,
      result.status === 0,
      result.status === 0
        ? `${readdirSync(types).length} files`
        : `\n    ${errors.slice(0, 15).join('\n    ') || result.out}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
section('8. vite (a page with two elements; a page with one React wrapper)');
const built = [];
{
  const { build } = await import(pathToFileURL(join(root, 'node_modules/vite/dist/node/index.js')).href);
  const registered = (outDir) => {
    const found = new Set();
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.js')) {
          const text = readFileSync(path, 'utf8');
          for (const tag of tags) if (new RegExp(`["'\`]${tag}["'\`]\\s*,`).test(text)) found.add(tag);
        }
      }
    };
    walk(outDir);
    return [...found].sort();
  };
  const bytes = (dir) =>
    readdirSync(join(dir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + statSync(join(dir, 'assets', f)).size, 0);
  const sample = `const doc = ${JSON.stringify(SAMPLE)};`;
  const pages = [];
  const preferred = ['bar-chart', 'province-compare'].map((f) => model.elements.find((e) => e.folder === f));
  const two = preferred.every(Boolean) ? preferred : model.elements.slice(0, 2);
  // A bundler user points `boundaries-src` at the boundary files through the package's `maps/*.json` export.
  const boundaryFile = existsSync(join(installed, 'dist/maps'))
    ? readdirSync(join(installed, 'dist/maps')).find((f) => f.endsWith('.json'))
    : undefined;
  if (two.length === 2) {
    pages.push({
      name: `two elements (${two.map((e) => e.folder).join(', ')})`,
      dir: 'page-elements',
      boundaryFile,
      main: [
        ...two.map((e) => `import 'ict-charts/${e.folder}';`),
        ...(boundaryFile
          ? [
              `import boundaries from 'ict-charts/maps/${boundaryFile}?url';`,
              'window.boundaries = boundaries;',
            ]
          : []),
        sample,
        ...two.map(
          (e) =>
            `document.body.append(Object.assign(document.createElement('${e.tag}'), { label: 'Ví dụ', data: doc }));`,
        ),
      ].join('\n'),
      expect: two.map((e) => e.tag).sort(),
    });
  }
  const first = model.elements[0];
  if (first) {
    pages.push({
      name: `React, one wrapper (${first.className})`,
      dir: 'page-react',
      react: true,
      main: [
        "import { createElement } from 'react';",
        "import { createRoot } from 'react-dom/client';",
        `import { ${first.className} } from 'ict-charts/react';`,
        sample,
        'window.selected = [];',
        `createRoot(document.getElementById('root')).render(createElement(${first.className}, {`,
        "  label: 'x', data: doc, onIctSelect: (event) => window.selected.push(event.detail.key),",
        '}));',
      ].join('\n'),
      expect: [first.tag],
    });
  }
  for (const page of pages) {
    const dir = join(scratch, page.dir);
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="vi"><head><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
    );
    writeFileSync(join(dir, 'main.js'), page.main);
    try {
      await build({
        root: dir,
        base: './',
        configFile: false,
        logLevel: 'error',
        build: { outDir: join(dir, 'dist') },
      });
      const got = registered(join(dir, 'dist'));
      check(
        `vite build, ${page.name}: exactly ${page.expect.join(', ')} bundled`,
        JSON.stringify(got) === JSON.stringify(page.expect),
        `bundled ${got.join(', ') || 'none'}; ${(bytes(join(dir, 'dist')) / 1024).toFixed(0)} kB JS minified`,
      );
      if (page.boundaryFile) {
        const stem = page.boundaryFile.replace(/\.json$/, '');
        const asset = readdirSync(join(dir, 'dist/assets')).find(
          (f) => f.startsWith(stem) && f.endsWith('.json'),
        );
        check(
          `vite build: \`ict-charts/maps/${page.boundaryFile}?url\` emits the boundary file`,
          asset !== undefined,
          asset,
        );
      }
      built.push(page);
    } catch (error) {
      check(`vite build, ${page.name}`, false, String(error?.message ?? error).split('\n')[0]);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
section('9. browser (the Vite-built pages in headless Chromium)');
if (built.length > 0) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { findChromium } = await import('./find-browser.mjs');
  const contentTypes = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = join(scratch, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (!path.startsWith(scratch) || !existsSync(path) || statSync(path).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)); // a free port, never a fixed one
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(join(tmpdir(), 'ict-package-browser-'));
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
    ],
  });
  try {
    for (const page of built) {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await tab.goto(`${origin}/${page.dir}/dist/index.html`, { waitUntil: 'load' });
      const state = await tab
        .waitForFunction(
          (expect) => {
            const found = expect.map((tag) => document.querySelector(tag));
            if (found.some((el) => el === null || customElements.get(el.localName) === undefined))
              return false;
            // Drawn from the data set as a property (not an attribute): the reference bar chart shows its value,
            // any other element at least its figure (or its message when the sample does not fit it).
            const drawn = (el) => {
              const text = el.shadowRoot?.textContent ?? '';
              return el.localName === 'ict-bar-chart' ? text.includes('114') : text.trim().length > 0;
            };
            if (!found.every(drawn)) return false;
            found[0].dispatchEvent(
              new CustomEvent('ict-select', { bubbles: true, composed: true, detail: { key: 'probe' } }),
            );
            return {
              property: found.every((el) => typeof el.data === 'object' && !el.hasAttribute('data')),
              selected: window.selected ?? null,
            };
          },
          { timeout: 15_000 },
          page.expect,
        )
        .then((handle) => handle.jsonValue())
        .catch((error) => ({ error: String(error?.message ?? error).split('\n')[0] }));
      check(
        `${page.name}: ${page.expect.join(', ')} defined, data set as a property and drawn${page.react ? ', onIctSelect called' : ''}`,
        state.error === undefined &&
          errors.length === 0 &&
          state.property === true &&
          (!page.react || JSON.stringify(state.selected) === '["probe"]'),
        state.error ?? (errors.join(' | ') || JSON.stringify(state)),
      );
      await tab.close();
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------
if (keep) console.log(`\nScratch project kept: ${relative(process.cwd(), scratch) || scratch}`);
console.log(`\nTook ${seconds()}.`);
console.log(`check-package: ${passed} passed, ${failures.length} failed`); // the plain closing line CI reads
if (failures.length > 0) {
  for (const failure of failures) console.error(`- ${failure}`);
  process.exit(1);
}
