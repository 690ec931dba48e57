/**
 * Safe custom element registration and one-time console warnings.
 *
 * A CMS page may load the library twice (an npm bundle and the CDN module, or two plugins that each ship
 * a copy). `customElements.define()` throws a `NotSupportedError` for a name that is taken, and that
 * exception would escape into the host page from a module's top level. `defineElement()` never throws.
 */

/** Shared across copies of the library on one page, so a second copy does not repeat the same warning. */
const WARNED_KEY = Symbol.for('ict-charts.warned-codes');

function warnedCodes(): Set<string> {
  const store = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  let codes = store[WARNED_KEY];
  if (codes === undefined) {
    codes = new Set<string>();
    store[WARNED_KEY] = codes;
  }
  return codes;
}

/**
 * Writes `message` to the console once per `code` for the life of the page (later calls with the same
 * code are silent). Misuse of an element warns instead of throwing: a chart in a CMS page must not
 * break the page.
 *
 * @param code Stable kebab-case identifier of the problem, e.g. `'define-conflict'`.
 * @param message Text for developers, in English.
 * @returns `true` when the warning was written now, `false` when it had been written before.
 *
 * @example
 * ```ts
 * warnOnce('no-label', '<ict-bar-chart> has no label; the indicator name is used.');
 * ```
 */
export function warnOnce(code: string, message: string): boolean {
  const codes = warnedCodes();
  if (codes.has(code)) return false;
  codes.add(code);
  console.warn(`[ict-charts] ${message} (${code})`);
  return true;
}

/**
 * Registers `ctor` as the custom element `tag` unless the name is already taken. Never throws:
 * - the same tag already defined (a second copy of the library, or a re-run module): silent when it is
 *   the same constructor, one warning when it is another one (the first definition stays in force);
 * - the race where another copy defines the tag between our check and our `define()`: silent;
 * - any other refusal (an invalid name, a constructor already registered under another name): one warning.
 *
 * @param tag The element name, e.g. `'ict-bar-chart'`.
 * @param ctor The element class.
 *
 * @example
 * ```ts
 * defineElement('ict-bar-chart', IctBarChart);
 * ```
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server-side import: nothing to register
  const existing = customElements.get(tag);
  if (existing !== undefined) {
    if (existing !== ctor) {
      warnOnce(
        `define-conflict:${tag}`,
        `<${tag}> is already defined by another copy of the library; that definition is kept.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    // Another copy may have won the race between get() and define(): the tag works, so stay silent.
    if (customElements.get(tag) !== undefined) return;
    const reason = error instanceof Error ? error.message : String(error);
    warnOnce(`define-failed:${tag}`, `<${tag}> could not be defined: ${reason}`);
  }
}
