// Key and focus helpers of the navigation tests (not a test file).
import { sendKeys } from '@web/test-runner-commands';
import { nextTask } from '../../src/chart/next-task.js';

/**
 * Presses `key` (a key value: 'ArrowRight', 'Enter', 'Escape', and ' ' for the space bar: the name 'Space'
 * is known to Puppeteer over CDP and to WebdriverIO, but not to Puppeteer over WebDriver BiDi in Firefox).
 */
export async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
  await settleFrame();
}

/**
 * Types `text` as real key presses, one command per character: over WebDriver, `sendKeys({ type })` becomes
 * WebdriverIO's `keys()`, which presses every key down and then releases them all, so WebKit drops the
 * second of two equal letters ("zz" arrives as "z").
 */
export async function type(text: string): Promise<void> {
  for (const char of text) await sendKeys({ type: char });
  await settleFrame();
}

/**
 * Lets lit render and focus move. Timers only: with test files run concurrently, a page in the
 * background gets no animation frames.
 */
export async function settleFrame(): Promise<void> {
  for (let i = 0; i < 3; i++) await yieldTask();
}

/** Yields one task through a MessageChannel (the library's own `nextTask`). */
export const yieldTask = nextTask;

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** `data-key` of the focused tree item, or undefined when focus is not on one. */
export function activeKey(): string | undefined {
  const el = deepActiveElement();
  return el?.getAttribute('role') === 'treeitem' ? (el.getAttribute('data-key') ?? undefined) : undefined;
}

/** Focuses `before` (a button placed before the chart) and presses Tab: the way a user enters. */
export async function tabFrom(before: HTMLElement): Promise<void> {
  before.focus();
  await press('Tab');
}

/** Every element of `root` (through nested shadow roots) that is in the Tab order. */
export function tabStops(root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (node: ParentNode): void => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      if (el.tabIndex >= 0 && !el.hasAttribute('disabled') && el.getClientRects().length > 0) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/**
 * Enters the navigation tree of a chart the way a keyboard user does: focus on the Tab stop just before
 * the tree (in the chart's own tab order, or `fallback` when the tree is the first stop), then Tab.
 */
export async function tabIntoTree(root: ShadowRoot, fallback: HTMLElement): Promise<void> {
  const stops = tabStops(root);
  const index = stops.findIndex((el) => el.getAttribute('role') === 'treeitem');
  const previous = index > 0 ? stops[index - 1]! : fallback;
  previous.focus();
  await press('Tab');
}
