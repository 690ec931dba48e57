// A throwaway chart element that wraps a tiny SVG in the figure frame, for the frame's tests (until the
// reference element exists, and to test the frame without any element's own logic).
import { LitElement, svg } from 'lit';
import { fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { FigureController, type FrameInput } from '../../src/chart/controllers/figure-controller.js';
import { frameStyles } from '../../src/chart/styles/frame.styles.js';
import { markStyles } from '../../src/chart/styles/marks.styles.js';
import { patternDefs } from '../../src/chart/styles/patterns.js';
import type { TableModel } from '../../src/chart/templates/data-table.js';
import type { HelpKey } from '../../src/chart/templates/help-dialog.js';
import type { DataIssue } from '../../src/core/indicator/types.js';

export type FrameTestInput = Omit<FrameInput, 'chart'> & { chart?: boolean };

let count = 0;

export interface FrameTestElement extends HTMLElement {
  input: FrameTestInput;
  figure: FigureController;
  updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

/** Defines a fresh `x-frame-N` element; its `input` property is the frame input (chart: draw the tiny SVG). */
export function defineFrameElement(): string {
  const tag = `x-frame-${count++}`;
  class FrameTest extends LitElement {
    static override styles = [frameStyles, markStyles];
    static override properties = { input: { attribute: false } };
    input: FrameTestInput = { lang: 'vi', title: '' };
    readonly figure = new FigureController(this);
    override render() {
      const { chart = true, ...rest } = this.input;
      return this.figure.render({ ...rest, chart: chart ? tinyChart() : undefined });
    }
  }
  customElements.define(tag, FrameTest);
  return tag;
}

/** Three bars of series 1–3, an axis, a label and an excluded focus ring. */
export function tinyChart() {
  return svg`<svg aria-hidden="true" width="240" height="120" viewBox="0 0 240 120">
    <defs>${patternDefs()}</defs>
    <line class="ict-axis" x1="10" y1="100" x2="230" y2="100"></line>
    <rect class="ict-series-1" data-key="a" x="20" y="40" width="40" height="60"></rect>
    <rect class="ict-series-2" data-key="b" x="90" y="20" width="40" height="80"></rect>
    <rect class="ict-series-3" data-key="c" x="160" y="60" width="40" height="40"></rect>
    <text class="ict-label" x="20" y="116">Bến Tre</text>
    <rect class="focus" data-ict-export="exclude" x="18" y="38" width="44" height="64" fill="none" stroke="red"></rect>
  </svg>`;
}

/** A table like tableModel() gives for three provinces, one value missing. */
export function sampleTable(lang: 'vi' | 'en' = 'vi'): TableModel {
  const vi = lang === 'vi';
  return {
    caption: vi
      ? 'Thuê bao điện thoại trên 100 dân, 2020'
      : 'Telephone subscriptions per 100 inhabitants, 2020',
    columns: [
      { key: 'place', label: vi ? 'Tỉnh' : 'Province', numeric: false },
      { key: 'period', label: vi ? 'Năm' : 'Year', numeric: false },
      {
        key: 'value',
        label: vi ? 'Giá trị (thuê bao/100 dân)' : 'Value (per 100 inhabitants)',
        numeric: true,
      },
    ],
    rows: [
      { key: '42', cells: ['Hà Tĩnh', '2020', vi ? '94' : '94'], values: [null, null, 94] },
      { key: '83', cells: ['Bến Tre', '2020', vi ? '111,78' : '111.78'], values: [null, null, 111.78] },
      { key: '11', cells: ['Điện Biên', '2020', ''], values: [null, null, null] },
      { key: '01', cells: ['Hà Nội', '2020', vi ? '1.447.307' : '1,447,307'], values: [null, null, 1447307] },
    ],
  };
}

export const sampleKeymap: readonly HelpKey[] = [
  { keys: ['←', '→'], action: 'Giá trị trước / sau' },
  { keys: ['Home'], action: 'Giá trị đầu tiên' },
  { keys: ['?'], action: 'Mở bảng phím tắt' },
];

/** Every IDREF attribute in `root` whose ids do not all resolve in `root` itself (ACCESSIBILITY row 2). */
export function unresolvedIdrefs(root: ShadowRoot): string[] {
  const attrs = [
    'aria-labelledby',
    'aria-describedby',
    'aria-controls',
    'aria-activedescendant',
    'aria-owns',
    'for',
    'headers',
  ];
  const missing: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of attrs) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      for (const id of value.split(/\s+/).filter(Boolean)) {
        if (!root.getElementById(id)) missing.push(`${el.localName}[${attr}=${id}]`);
      }
    }
  }
  return missing;
}

/** Ids used more than once in `root`. */
export function duplicateIds(root: ShadowRoot): string[] {
  const seen = new Map<string, number>();
  for (const el of root.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}

/** One error issue, for the error state. */
export const SAMPLE_ISSUES: DataIssue[] = [
  { code: 'not-a-number', path: 'observations[3].value', got: 'x', severity: 'error' },
];

/** A frame input with every piece present: title, summary, a linked source, a table and a key map. */
export const SAMPLE_INPUT: FrameTestInput = {
  lang: 'vi',
  title: 'Thuê bao điện thoại trên 100 dân',
  summary: ['Bến Tre có 111,78 thuê bao trên 100 dân.'],
  sources: [{ publisher: 'Sở TT&TT', url: 'https://example.org/' }],
  table: sampleTable(),
  keymap: sampleKeymap,
};

/** Mounts `<tag attrs>` with `input` (over {@link SAMPLE_INPUT}) and, by default, the table shown. */
export async function mountFrame(
  tag: string,
  input: Partial<FrameTestInput> = {},
  attrs = '',
  { tableExpanded = true } = {},
): Promise<FrameTestElement> {
  const el = await fixture<FrameTestElement>(
    staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attrs)} .input=${{ ...SAMPLE_INPUT, ...input }}></${unsafeStatic(tag)}>`,
  );
  el.figure.tableExpanded = tableExpanded;
  await el.updateComplete;
  return el;
}
