/**
 * Text measurement and label fitting without the DOM.
 *
 * Geometry stays a pure function of data and size, so the width of a label is asked of a
 * {@link TextMeasure}: the element passes one backed by a canvas `measureText()` with its real font, the
 * tests and server-side code use {@link estimateTextWidth}, which errs on the wide side so that an
 * estimate never leads to overlapping or clipped labels.
 */

/** The font a text is set in. */
/**
 * Line spacing of wrapped labels, in font sizes: Vietnamese capitals carry stacked marks ("Ấ", "Ễ"), and
 * Firefox reports 19 px text boxes for 14 px text, so 1.3 made wrapped lines touch (measured in the coverage tests).
 */
export const LINE_HEIGHT = 1.45;

export interface TextFont {
  /** Font size in CSS px. */
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** Returns the advance width of `text` in CSS px when set in `font`. */
export type TextMeasure = (text: string, font: TextFont) => number;

// Widths in em of a typical sans-serif (Arial/Helvetica/Roboto), rounded up. Vietnamese letters with
// diacritics have the width of their base letter.
const NARROW = new Set([...'iljtfrI.,:;!|\'" ()[]/']);
const WIDE = new Set([...'mwMWĐ@%◆—']);
const DIGITS = new Set([...'0123456789']);

function charWidth(ch: string): number {
  const base = ch.normalize('NFD')[0] ?? ch;
  if (NARROW.has(base)) return 0.32;
  if (WIDE.has(ch) || WIDE.has(base)) return 0.9;
  if (DIGITS.has(base)) return 0.58;
  if (base >= 'A' && base <= 'Z') return 0.7;
  return 0.58;
}

/**
 * A conservative estimate of the width of `text` in CSS px (a little wider than Arial renders it).
 * Bold adds 8 %.
 */
export function estimateTextWidth(text: string, font: TextFont): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * font.size * (font.bold ? 1.08 : 1);
}

/**
 * Breaks `text` into lines no wider than `maxWidth` at spaces. A single word wider than `maxWidth`
 * stays whole on its own line (the caller then widens the box: labels are never cut).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: TextFont,
  measure: TextMeasure = estimateTextWidth,
): string[] {
  // A no-break space binds ("67,06 %" keeps its % on the line): split on every other white space.
  const words = text.split(/[^\S\u00a0]+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** Width of the widest of `lines`. */
export function linesWidth(
  lines: readonly string[],
  font: TextFont,
  measure: TextMeasure = estimateTextWidth,
): number {
  return lines.reduce((max, l) => Math.max(max, measure(l, font)), 0);
}
