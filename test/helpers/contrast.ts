// WCAG contrast measured from computed colours (ACCESSIBILITY rows 19, 20, 26): axe checks neither SVG
// text reliably nor non-text contrast, so every text node and mark is measured here.

/** An sRGB colour with alpha, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * Parses a computed colour. Chromium gives `rgb(r, g, b)`, `rgba(r, g, b, a)` or, for some system and
 * modern colours, `color(srgb r g b / a)`; other forms are resolved through a canvas.
 */
export function parseColor(text: string): Rgba {
  const value = text.trim();
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : Number(rgb[4]);
    return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha };
  }
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)$/.exec(value);
  if (srgb) {
    return {
      r: Number(srgb[1]) * 255,
      g: Number(srgb[2]) * 255,
      b: Number(srgb[3]) * 255,
      a: srgb[4] === undefined ? 1 : Number(srgb[4]),
    };
  }
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error(`cannot parse colour ${value}`);
  context.fillStyle = value;
  const resolved = context.fillStyle; // #rrggbb or rgba(…)
  if (resolved.startsWith('#')) {
    return {
      r: parseInt(resolved.slice(1, 3), 16),
      g: parseInt(resolved.slice(3, 5), 16),
      b: parseInt(resolved.slice(5, 7), 16),
      a: 1,
    };
  }
  return parseColor(resolved);
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return {
    r: top.r * a + bottom.r * (1 - a),
    g: top.g * a + bottom.g * (1 - a),
    b: top.b * a + bottom.b * (1 - a),
    a: 1,
  };
}

/** WCAG 2.2 relative luminance. */
export function relativeLuminance(color: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
}

/** WCAG contrast ratio (1–21) of two opaque colours, or CSS colour texts. */
export function contrastRatio(a: Rgba | string, b: Rgba | string): number {
  const la = relativeLuminance(typeof a === 'string' ? parseColor(a) : a);
  const lb = relativeLuminance(typeof b === 'string' ? parseColor(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The parent across shadow boundaries (slot assignment aside: our text lives in the shadow tree). */
function parentAcross(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The opaque background behind `el`: the first non-transparent `background-color` up the (composed)
 * tree, with translucent layers composited; the page canvas (white, or Canvas in forced colours) last.
 */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = parentAcross(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color.a > 0) layers.push(color);
    if (color.a >= 1) break;
  }
  let result = layers.length > 0 && layers[layers.length - 1].a >= 1 ? layers.pop()! : canvasColor();
  while (layers.length > 0) result = composite(layers.pop()!, result);
  return result;
}

/** The page canvas colour (`Canvas` system colour: white, or the forced background). */
export function canvasColor(): Rgba {
  return parseColor(systemColor('Canvas'));
}

/** The computed value of a system colour keyword, from a probe element. */
export function systemColor(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** One measured piece: the element, what was measured, and the ratio. */
export interface ContrastSample {
  element: Element;
  kind: 'text' | 'mark';
  text: string;
  foreground: string;
  background: string;
  ratio: number;
  /** 4.5 for normal text, 3 for large text (≥ 24 px, or ≥ 18.66 px bold) and marks. */
  required: number;
}

function isRendered(el: Element): boolean {
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  // Visually hidden content (clip-path inset(50%), 1 px boxes) is not seen, so it has no contrast to keep.
  const box = el.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

function* elementsIn(root: ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elementsIn(el.shadowRoot);
  }
}

function ownText(el: Element): string {
  return [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();
}

/**
 * Measures every rendered text (HTML `color`, SVG text `fill`) and every mark matching `markSelector`
 * (its `fill`, else its `stroke`) inside `root`, against the resolved background behind it.
 * Pattern fills (`url(…)`) are measured by the pattern's base colour (the tile's `.ict-pattern-base`);
 * a mark passes by its fill or by an outline of at least 1 px (G209).
 */
export function measureContrast(root: ShadowRoot, markSelector = '[class*="ict-series-"]'): ContrastSample[] {
  const samples: ContrastSample[] = [];
  for (const el of elementsIn(root)) {
    if (!isRendered(el)) continue;
    const style = getComputedStyle(el);
    const text = ownText(el);
    const svgText = el instanceof SVGTextElement || el instanceof SVGTSpanElement;
    if (text !== '') {
      const foreground = svgText ? style.fill : style.color;
      if (foreground.startsWith('url(') || foreground === 'none') continue;
      const background = backgroundOf(el);
      const fg = composite(parseColor(foreground), background);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const large = size >= 24 || (bold && size >= 18.66);
      samples.push({
        element: el,
        kind: 'text',
        text,
        foreground,
        background: `rgb(${background.r}, ${background.g}, ${background.b})`,
        ratio: contrastRatio(fg, background),
        required: large ? 3 : 4.5,
      });
    }
    if (el.matches(markSelector) && !el.closest('pattern')) {
      const background = backgroundOf(el);
      const against = (paint: string) => contrastRatio(composite(parseColor(paint), background), background);
      let fill = style.fill;
      if (fill.startsWith('url(')) {
        const id = /#([^"')]+)/.exec(fill)?.[1];
        const base = id
          ? (el.getRootNode() as ShadowRoot).getElementById(id)?.querySelector('.ict-pattern-base')
          : null;
        fill = base ? getComputedStyle(base).fill : 'none';
      }
      // WCAG G209: a mark whose fill is too close to the background still passes with an outline that
      // has 3:1 and is at least 1 px wide.
      const stroke = style.stroke;
      const strokeWidth = parseFloat(style.strokeWidth);
      const fillRatio = fill === 'none' ? 1 : against(fill);
      const strokeRatio =
        stroke !== 'none' && !stroke.startsWith('url(') && strokeWidth >= 1 ? against(stroke) : 1;
      samples.push({
        element: el,
        kind: 'mark',
        text: el.getAttribute('class') ?? el.localName,
        foreground: fillRatio >= strokeRatio ? fill : `${stroke} (outline)`,
        background: `rgb(${background.r}, ${background.g}, ${background.b})`,
        ratio: Math.max(fillRatio, strokeRatio),
        required: 3,
      });
    }
  }
  return samples;
}

/** Samples under their requirement, as readable lines for an assertion message. */
export function contrastFailures(samples: readonly ContrastSample[]): string[] {
  return samples
    .filter((s) => s.ratio < s.required)
    .map(
      (s) =>
        `${s.kind} "${s.text}": ${s.foreground} on ${s.background} = ${s.ratio.toFixed(2)} < ${s.required}`,
    );
}
