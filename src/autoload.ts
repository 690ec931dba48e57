/**
 * The lazy CDN module (`dist/cdn/ict-charts.autoload.min.js`, `ict-charts/cdn/autoload`): registers
 * each element only when its tag first appears in the page, so a page with one chart downloads one
 * element and the shared core instead of all seven.
 *
 * It looks at the document when imported and watches it afterwards (a MutationObserver on the whole
 * document, as a CMS may add charts later). Tags inside another component's shadow root are not seen:
 * call {@link loadElement} (or {@link loadAll}) for them. Until its code arrives an element is an
 * unknown tag; properties set on it meanwhile are kept (lit moves them onto the element on upgrade).
 */

type Loader = () => Promise<unknown>;

/** Every element's tag and the module that registers it. `test/autoload.test.ts` checks it is complete. */
export const ELEMENT_LOADERS: Readonly<Record<string, Loader>> = {
  'ict-bar-chart': () => import('./elements/bar-chart/define.js'),
  'ict-coverage': () => import('./elements/coverage/define.js'),
  'ict-egov-level': () => import('./elements/egov-level/define.js'),
  'ict-indicator-trend': () => import('./elements/indicator-trend/define.js'),
  'ict-province-compare': () => import('./elements/province-compare/define.js'),
  'ict-province-map': () => import('./elements/province-map/define.js'),
  'ict-subscriber-density': () => import('./elements/subscriber-density/define.js'),
};

const pending = new Map<string, Promise<void>>();

/**
 * Loads and registers the element `tag` (once; later calls share the first promise). Resolves when the
 * tag is defined, by this copy of the library or another one.
 */
export function loadElement(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  const loader = ELEMENT_LOADERS[name];
  if (loader === undefined) return Promise.reject(new Error(`ict-charts: no element <${name}>`));
  let loading = pending.get(name);
  if (loading === undefined) {
    loading = customElements.get(name)
      ? Promise.resolve()
      : loader().then(
          () => customElements.whenDefined(name).then(() => undefined),
          (error: unknown) => {
            pending.delete(name); // a failed chunk request (offline) may be retried by the next scan
            throw error;
          },
        );
    pending.set(name, loading);
  }
  return loading;
}

/** Loads every element (for pages that create charts inside shadow roots or before inserting them). */
export function loadAll(): Promise<void> {
  return Promise.all(Object.keys(ELEMENT_LOADERS).map(loadElement)).then(() => undefined);
}

const SELECTOR = Object.keys(ELEMENT_LOADERS).join(',');

/** Starts loading every not yet defined element tag in `root` and below. */
function scan(root: Element | Document | DocumentFragment): void {
  const found = new Set<string>();
  if (root instanceof Element && root.matches(SELECTOR)) found.add(root.localName);
  for (const el of root.querySelectorAll(SELECTOR)) found.add(el.localName);
  for (const tag of found) {
    if (customElements.get(tag)) continue;
    loadElement(tag).catch((error: unknown) => {
      // Never let a failed chunk break the host page; say it once in the console.
      console.warn(`[ict-charts] <${tag}> could not be loaded`, error);
    });
  }
}

if (typeof document !== 'undefined') {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(document, { childList: true, subtree: true });
}
