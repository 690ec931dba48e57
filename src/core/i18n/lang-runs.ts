/**
 * Vietnamese passages inside an English text (ACCESSIBILITY row 39): a publisher, a quote or a label the
 * data gives only in Vietnamese must be read by a Vietnamese voice, so the UI marks it `lang="vi"`.
 * Pure: the template `langText()` turns the runs into spans.
 */
import type { Language } from '../indicator/types.js';

/** A piece of text, marked `vi` when it is a Vietnamese passage inside text of another language. */
export interface LangRun {
  text: string;
  lang?: 'vi';
}

/** Letters that only Vietnamese writing uses among the library's languages (tone marks, ă â đ ê ô ơ ư). */
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;
const WORD = /[\p{L}\p{M}]+/gu;
/** Words without marks inside a Vietnamese passage ("Sở Thông tin và…") that bridge two marked words. */
const MAX_BRIDGE = 2;
/** English words that never continue a Vietnamese name ("Bến Tre Province" keeps "Province" English). */
const ENGLISH_TAIL = new Set(['Province', 'City', 'Region', 'Department', 'Rank', 'National', 'Total']);

interface WordSpan {
  start: number;
  end: number;
  vietnamese: boolean;
  capital: boolean;
}

/**
 * `text` split into runs: in a Vietnamese UI one run; in another language, every maximal passage of
 * Vietnamese words marked `vi`. A passage runs from a word with a Vietnamese letter to the last one,
 * across at most two plain words separated by spaces ("Thông tin và"), plus one capitalised plain word
 * right after it ("Bến Tre").
 */
export function vietnameseRuns(text: string, uiLang: Language): LangRun[] {
  if (uiLang === 'vi' || !VIETNAMESE_LETTER.test(text)) return [{ text }];
  const words: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    words.push({
      start,
      end: start + match[0].length,
      vietnamese: VIETNAMESE_LETTER.test(match[0]),
      capital: /^\p{Lu}/u.test(match[0]),
    });
  }
  const spaced = (a: WordSpan, b: WordSpan): boolean => /^ +$/.test(text.slice(a.end, b.start));
  const passages: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.vietnamese) continue;
    let last = i;
    for (let j = i + 1; j < words.length && j - last <= MAX_BRIDGE + 1; j++) {
      if (!spaced(words[j - 1]!, words[j]!)) break;
      if (words[j]!.vietnamese) last = j;
    }
    const next = words[last + 1];
    if (next && next.capital && !next.vietnamese && !ENGLISH_TAIL.has(text.slice(next.start, next.end))) {
      if (spaced(words[last]!, next)) last += 1;
    }
    passages.push([words[i]!.start, words[last]!.end]);
    i = last;
  }
  const runs: LangRun[] = [];
  let at = 0;
  for (const [start, end] of passages) {
    if (start > at) runs.push({ text: text.slice(at, start) });
    runs.push({ text: text.slice(start, end), lang: 'vi' });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
