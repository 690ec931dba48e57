import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf } from '../../core/i18n/resolve-locale.js';
import type { Language } from '../../core/indicator/types.js';

type LocaleHost = ReactiveControllerHost & HTMLElement;

/**
 * One MutationObserver for every LocaleController on the page: `lang` changes are rare, and a page with
 * forty charts should not run forty observers. It watches `lang` on the whole document (subtree of
 * `<html>`) and inside every shadow root that holds a chart, since a document-level observer does not see
 * attribute changes inside shadow trees.
 */
const instances = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();
let sharedObserver: MutationObserver | undefined;

function observeRoot(root: Node): void {
  if (observedRoots.has(root)) return;
  sharedObserver ??= new MutationObserver(() => {
    for (const controller of instances) controller.refresh();
  });
  sharedObserver.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  observedRoots.add(root);
}

/** Observes `<html>` and each shadow root between the host and the document. */
function observeAncestry(host: Element): void {
  observeRoot(host.ownerDocument.documentElement);
  let root = host.getRootNode();
  while (root instanceof ShadowRoot) {
    observeRoot(root);
    root = root.host.getRootNode();
  }
}

/**
 * The language of a chart: the host's own `lang`, else the nearest ancestor's (across shadow roots),
 * else `<html lang>`; `vi*` gives Vietnamese, `en*` English, anything else Vietnamese.
 * The host updates when any of those `lang` attributes changes, or when it moves elsewhere in the page.
 *
 * @example
 * ```ts
 * class IctBarChart extends LitElement {
 *   private readonly locale = new LocaleController(this);
 *   render() { return html`<p>${formatNumber(1447307, this.locale.lang)}</p>`; } // 1.447.307 in vi
 * }
 * ```
 */
export class LocaleController implements ReactiveController {
  private readonly host: LocaleHost;
  private current: Language = 'vi';

  constructor(host: LocaleHost) {
    this.host = host;
    host.addController(this);
  }

  /** The language texts and numbers are written in now. */
  get lang(): Language {
    return this.current;
  }

  hostConnected(): void {
    instances.add(this);
    observeAncestry(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    instances.delete(this);
  }

  /**
   * Resolves the language again and asks the host to update when it changed. Called by the shared
   * observer; call it yourself after a change the observer cannot see (a `lang` set inside a shadow root
   * created after the chart was connected).
   */
  refresh(): void {
    const next = languageOf(this.host);
    if (next === this.current) return;
    this.current = next;
    this.host.requestUpdate();
  }
}
