/**
 * `styleProps({ left: '4px', '--x': '1' })` in a `style` attribute binding: sets each property through the
 * CSSOM (`element.style.setProperty`) on every render, the first one included. lit's `styleMap` writes its
 * first render as a `style="…"` attribute string, which a strict Content-Security-Policy without
 * `'unsafe-inline'` blocks (`style-src-attr`); CSSOM changes are allowed. Names are CSS names (kebab-case).
 */
import { noChange, type AttributePart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/** CSS property name → value; `undefined` or `null` removes the property. */
export type StyleProps = Readonly<Record<string, string | undefined | null>>;

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style' || (info.strings?.length ?? 0) > 2) {
      throw new Error('styleProps() must be the whole value of a style attribute');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props))
      if (value !== undefined && value !== null) next.add(name);
    // Stale properties go first: removing a shorthand (`inset`) also clears the longhands (`left`, `top`)
    // that this render sets.
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    for (const name of next) {
      const value = props[name] as string;
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    this.previous = next;
    return noChange;
  }
}

/** Sets inline style properties through the CSSOM, safe under a strict CSP (see the module comment). */
export const styleProps = directive(StylePropsDirective);
