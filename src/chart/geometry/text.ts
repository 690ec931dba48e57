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
 * Most lines a wrapped text takes in a chart. Past them the last line ends in "…": an indicator name pasted
 * twice or a 10 000-character label must not make a chart thousands of pixels tall (nor freeze WebKit, which
 * lays out a long SVG text in quadratic time: 9–15 s for 10 000 characters). The whole text stays in the
 * data table and the marks' accessible names.
 */
export const MAX_WRAPPED_LINES = 8;

const ELLIPSIS = '…';

/**
 * Where a line may break: white space, but not a no-break space (U+00A0, U+2007, U+202F, U+2060): "67,06 %"
 * keeps its % on the line and "1,34 nghìn tỷ" stays whole.
 */
const BREAKABLE_SPACE = /[^\S\u00a0\u2007\u202f\u2060]+/;

/**
 * A word up to this many em wide stays whole even on a narrower line ("67,06 %", "Quảng Trị", an indicator id):
 * a wider one is no word a reader knows (a URL, a pasted hash, a hostile label) and is cut where the line ends.
 */
const WHOLE_WORD_EM = 20;

/** A letter with its combining marks (NFD Vietnamese keeps "ệ" whole), for breaking inside a word. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/** Cuts a word wider than `maxWidth` into pieces that fit (at least one letter each). */
function breakWord(
  word: string,
  maxWidth: number,
  font: TextFont,
  measure: TextMeasure,
  room: number,
): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const cluster of word.match(CLUSTER) ?? []) {
    const candidate = piece + cluster;
    if (piece !== '' && measure(candidate, font) > maxWidth) {
      pieces.push(piece);
      if (pieces.length >= room) return pieces; // the rest would be cut anyway
      piece = cluster;
    } else {
      piece = candidate;
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** `line` shortened until `line…` fits `maxWidth` (whole letters; at least the ellipsis). */
function withEllipsis(line: string, maxWidth: number, font: TextFont, measure: TextMeasure): string {
  const clusters = line.match(CLUSTER) ?? [];
  while (clusters.length > 0 && measure(clusters.join('') + ELLIPSIS, font) > maxWidth) clusters.pop();
  return clusters.join('').trimEnd() + ELLIPSIS;
}

/**
 * `measure` with a memory of the widths it gave, for one layout: wrapping measures each word prefix of a label,
 * the rows of a region start with the same name and a value is measured for several placements, so a
 * 10 000-bar layout asks for the same texts several times, and `measureText()` was its slowest step. Make one per
 * layout (a webfont that loads in between must be measured again).
 */
export function rememberingMeasure(measure: TextMeasure): TextMeasure {
  const widths = new Map<string, Map<string, number>>();
  return (text, font) => {
    const fontKey = `${font.size}${font.bold ? 'b' : ''}${font.italic ? 'i' : ''}`;
    let known = widths.get(fontKey);
    if (known === undefined) widths.set(fontKey, (known = new Map()));
    let width = known.get(text);
    if (width === undefined) {
      width = measure(text, font);
      known.set(text, width);
    }
    return width;
  };
}

/**
 * Breaks `text` into lines no wider than `maxWidth` at spaces (see {@link BREAKABLE_SPACE}). A single word wider
 * than `maxWidth` stays whole on its own line up to {@link WHOLE_WORD_EM}; a longer one is cut into pieces of
 * the line's width. At most `maxLines` lines; when the text needs more, the last one ends in "…". Works in time proportional to what is kept, however long `text` is.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: TextFont,
  measure: TextMeasure = estimateTextWidth,
  maxLines: number = MAX_WRAPPED_LINES,
): string[] {
  const limit = Math.max(1, Math.floor(maxLines));
  const lines: string[] = [];
  let line = '';
  let cut = false;
  // Reads words lazily: a text of 100 000 words costs no more than the words that fit.
  const spaces = new RegExp(BREAKABLE_SPACE.source, 'g');
  let from = 0;
  while (from <= text.length && !cut) {
    const match = spaces.exec(text);
    const end = match === null ? text.length : match.index;
    const word = text.slice(from, end);
    from = match === null ? text.length + 1 : spaces.lastIndex;
    if (word === '') continue;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') {
      lines.push(line);
      line = '';
      if (lines.length === limit) {
        cut = true;
        break;
      }
    }
    if (measure(word, font) <= Math.max(maxWidth, font.size * WHOLE_WORD_EM)) {
      line = word; // possibly wider than maxWidth: the caller widens the box or lets it overflow
      continue;
    }
    const pieces = breakWord(word, maxWidth, font, measure, limit - lines.length + 1);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
    if (lines.length >= limit) cut = true;
  }
  if (cut) {
    lines.length = Math.min(lines.length, limit);
    lines[limit - 1] = withEllipsis(lines[limit - 1]!, maxWidth, font, measure);
    return lines;
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
