import type { Language } from '../indicator/types.js';

/**
 * The library language of a BCP 47 tag: `vi`, `vi-VN` → `vi`; `en`, `en-GB` → `en` (case-insensitive);
 * anything else, empty or absent → undefined.
 */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'vi' || primary === 'en' ? primary : undefined;
}

/** The element's parent in the DOM tree, crossing a shadow root to its host. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The language an element is shown in, as HTML inherits it: the element's own `lang` attribute, else the
 * nearest ancestor's (crossing shadow roots to their hosts), else `<html lang>` of its document.
 * An empty `lang=""` is skipped. The nearest non-empty `lang` decides: a language the library does not
 * have (`lang="fr"`) gives Vietnamese, the default, as does no `lang` at all.
 *
 * Reads the DOM only; it never writes.
 */
export function languageOf(element: Element): Language {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim() !== '') return toLanguage(lang) ?? 'vi';
  }
  // A detached element: its document's root language.
  const root = element.ownerDocument?.documentElement;
  return toLanguage(root?.getAttribute('lang')) ?? 'vi';
}
