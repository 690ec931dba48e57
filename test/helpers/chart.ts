// Shared helpers of the element tests (not a test file): mount a chart, wait for it, read it back.
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { NavItem, NavModel } from '../../src/chart/controllers/navigation-controller.js';
import { mount } from './fixtures.js';
import { yieldTask } from './keys.js';

/** Waits (without timers or frames, which a background page may not get) until `check` holds. */
export async function until(check: () => boolean, what: string, ms = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await yieldTask();
  }
}

/** What {@link mountChart} gives back. */
export interface ChartSetup<T extends HTMLElement> {
  el: T;
  root: ShadowRoot;
  /** A button before the chart, to Tab from. */
  before: HTMLButtonElement;
  /** The wrapper (carries `lang` and the width). */
  wrapper: HTMLDivElement;
}

/**
 * Mounts `<tag>` between two buttons in a `width`-px wrapper with `lang`, assigns `props`, then `data`,
 * and waits until it shows its chart or an error.
 */
export async function mountChart<T extends HTMLElement>(
  tag: string,
  data: unknown,
  attrs: { width?: number; lang?: string } & Record<string, unknown> = {},
): Promise<ChartSetup<T>> {
  const { width = 640, lang = 'vi', ...props } = attrs;
  const name = unsafeStatic(tag);
  const wrapper = await mount<HTMLDivElement>(
    staticHtml`<div style="width:${width}px" lang=${lang}>
      <button>before</button><${name}></${name}><button>after</button>
    </div>`,
  );
  const el = wrapper.querySelector(tag) as T;
  Object.assign(el, props);
  (el as unknown as { data: unknown }).data = data;
  await chartReady(el);
  return { el, root: el.shadowRoot!, before: wrapper.querySelector('button')!, wrapper };
}

/** Waits until the element shows its chart (`svg.marks`) or an error (`[role=alert]`). */
export async function chartReady(el: HTMLElement, selector = 'svg.marks, [role="alert"]'): Promise<void> {
  await until(() => el.shadowRoot?.querySelector(selector) != null, 'the chart or an error');
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Waits until the chart's SVG is drawn `width` px wide. */
export async function chartAtWidth(el: HTMLElement, width: number, selector = 'svg.marks'): Promise<void> {
  await until(
    () => el.shadowRoot?.querySelector(selector)?.getAttribute('width') === String(width),
    `width ${width}`,
  );
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Trimmed text of every node matching `selector`. */
export const texts = (root: ParentNode, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim());

/** The navigation live region's text, without no-break spaces. */
export function liveText(root: ShadowRoot): string {
  return (root.querySelector('.nav-live')?.textContent ?? '').replace(/\u00a0/g, '').trim();
}

/** The navigation tree as rendered (the DOM mirrors the controller's model). */
export function domTree(root: ShadowRoot): NavItem[] {
  const walk = (parent: Element): NavItem[] =>
    [...parent.children]
      .filter((e) => e.getAttribute('role') === 'treeitem')
      .map((e) => {
        const group = e.querySelector(':scope > [role="group"]');
        return {
          key: (e as HTMLElement).dataset['key']!,
          label: e.getAttribute('aria-label')!,
          ...(group ? { children: walk(group) } : {}),
        };
      });
  return walk(root.querySelector('[role="tree"]')!);
}

/**
 * The model an element's keys walk (its `nav` controller's). Trees larger than `FULL_TREE_MAX_NODES` draw
 * only the open path, so their whole structure is read here rather than from the DOM.
 */
export function navModelOf(el: HTMLElement): NavModel {
  return (el as unknown as { nav: { model: NavModel } }).nav.model;
}

/** The generated summary's text (the figure's description). */
export function summaryText(root: ShadowRoot): string {
  return (root.querySelector('[part~="summary"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The data table (not the keyboard help's) as rows of trimmed cell texts, header row first. */
export function tableCells(root: ShadowRoot): string[][] {
  return [...root.querySelectorAll('table[part="table"] tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** Letters only Vietnamese writing uses (tone marks, ă â đ ê ô ơ ư). */
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;

/**
 * Texts in `root` that contain Vietnamese letters but are not inside a `lang="vi"` element (ACCESSIBILITY
 * row 39), skipping what assistive technology does not read (`aria-hidden` subtrees, styles).
 */
export function unmarkedVietnamese(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const parent = node.parentElement;
    if (!VIETNAMESE_LETTER.test(text) || parent === null) continue;
    if (parent.closest('[aria-hidden="true"], style, template') !== null) continue;
    if (parent.closest('[lang]')?.getAttribute('lang') !== 'vi') out.push(text.trim());
  }
  return out;
}
