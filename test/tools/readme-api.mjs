#!/usr/bin/env node
// Writes the README's API reference from custom-elements.json (run `npm run analyze` first), between
// <!-- api:start --> and <!-- api:end -->. With --check it writes nothing and fails when the README is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

/** Markdown table cell: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

/** The public properties and attributes of a declaration, own or inherited. */
function properties(declaration) {
  const attributes = new Map((declaration.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
  const fields = (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static && !m.readonly,
  );
  const rows = fields.map((f) => ({
    attribute: f.attribute ?? attributes.get(f.name)?.name,
    property: f.name,
    type: f.type?.text,
    default: f.default,
    description: f.description ?? attributes.get(f.name)?.description,
    inherited: f.inheritedFrom?.name,
  }));
  // Attributes without a field (lang) come from the JSDoc @attr.
  for (const a of declaration.attributes ?? []) {
    if (a.fieldName === undefined && !rows.some((r) => r.attribute === a.name))
      rows.unshift({ attribute: a.name, property: '', type: a.type?.text, description: a.description });
  }
  return rows;
}

const propertyRow = (p) => [
  code(p.attribute),
  code(p.property),
  code(p.type),
  code(p.default),
  cell(p.description),
];
const PROPERTY_HEAD = ['attribute', 'property', 'type', 'default', 'description'];

export function renderApi(manifest) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const elements = declarations
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const out = [
    START,
    '',
    '_Generated from `custom-elements.json` by `npm run docs`; `npm test` fails when this section is stale._',
    '',
  ];
  const base = declarations.find((d) => d.customElement && !d.tagName);
  if (base !== undefined) {
    out.push(`### Common to every chart (\`${base.name}\`)`, '');
    out.push(...table(PROPERTY_HEAD, properties(base).map(propertyRow)));
    // The frame's parts, once here rather than in every element's table.
    out.push(
      ...table(
        ['CSS part', 'description'],
        (base.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  }
  for (const el of elements) {
    out.push(`### \`<${el.tagName}>\``, '', cell(el.summary ?? el.description), '');
    const own = properties(el).filter((p) => p.inherited === undefined);
    out.push(...table(PROPERTY_HEAD, own.map(propertyRow)));
    out.push(
      ...table(
        ['event', 'description'],
        (el.events ?? []).map((e) => [code(e.name), cell(e.description)]),
      ),
    );
    out.push(
      ...table(
        ['slot', 'description'],
        (el.slots ?? []).map((s) => [code(s.name || '(default)'), cell(s.description)]),
      ),
    );
    out.push(
      ...table(
        ['CSS part', 'description'],
        (el.cssParts ?? [])
          .filter((p) => p.inheritedFrom === undefined)
          .map((p) => [code(p.name), cell(p.description)]),
      ),
    );
    out.push(
      ...table(
        ['CSS custom property', 'description'],
        (el.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  }
  out.push(END);
  return out.join('\n');
}

export function updateReadme(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return readme.slice(0, start) + renderApi(manifest) + readme.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = `${root}README.md`;
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const readme = readFileSync(readmePath, 'utf8');
  const next = updateReadme(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the API section is stale; run `npm run docs` and commit the result.');
      process.exit(1);
    }
    console.log('README.md: API section up to date.');
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log('README.md: API section written.');
  }
}
