// Accessibility helpers: axe-core with explicit tags (so wcag22aa target-size runs) and Chromium's AX tree.
import 'axe-core/axe.min.js';
import { executeServerCommand } from '@web/test-runner-commands';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}
interface AxeApi {
  run(context: Element, options: unknown): Promise<AxeResult>;
}

/** The tags of ACCESSIBILITY row 36. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/**
 * axe violations inside `el` as short strings ("rule: help (n nodes)"), for a readable failure. Page-level
 * rules that do not concern a fragment (a heading one, landmarks around all content) are left out.
 */
export async function axeViolations(el: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: AxeApi }).axe;
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    rules: {
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')})`,
  );
}

/** A node of Chromium's accessibility tree (see test/tools/wtr-emulate-media.mjs, command `ax-tree`). */
export interface AxNode {
  role: string;
  name: string;
  description: string;
}

/** Chromium's full AX tree, or `false` in other engines. */
export async function axTree(): Promise<AxNode[] | false> {
  return (await executeServerCommand('ax-tree')) as AxNode[] | false;
}

/** Turns media features on (Chromium: CDP); `false` in other engines. */
export async function emulateMedia(features: Record<string, string>): Promise<boolean> {
  return (await executeServerCommand('emulate-media-features', features)) as boolean;
}

/** WCAG relative luminance of a CSS colour (`rgb()`/`rgba()` as computed styles give it). */
export function luminance(color: string): number {
  const [r, g, b] = parseRgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two CSS colours. */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A CSS colour resolved to `rgb(r, g, b)` through a probe element (handles names, hex, system colours). */
export function resolveColor(color: string, within: Element | ShadowRoot = document.body): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  (within instanceof ShadowRoot ? within : within).appendChild(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}

function parseRgb(color: string): number[] {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (m === null) throw new Error(`not an rgb() colour: ${color}`);
  return m[1]!
    .split(/[ ,/]+/)
    .filter(Boolean)
    .slice(0, 3)
    .map(Number);
}
