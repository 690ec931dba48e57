/**
 * Reading numbers written the Vietnamese way. Pure: no DOM.
 */

/**
 * The shape of a Vietnamese-formatted number after the sign, spaces and a trailing `%` are removed:
 * digits grouped by `.` (or by spaces) in threes, or not grouped at all, then an optional decimal part after `,`.
 */
const VI_NUMBER = /^(\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/;

/**
 * Converts a number written the Vietnamese way (vi-VN: `.` groups thousands, `,` is the decimal mark) to a
 * JavaScript number. Pages opt in with the `vi-numbers` option of the elements ({@link ParseOptions.viNumbers}),
 * because the same text means something else in English: `"1.500"` is one thousand five hundred here.
 *
 * Accepted: `"1.447.307"` → 1447307, `"111,78"` → 111.78, `"11,7"` → 11.7, `"1.341.424.606.000"` →
 * 1341424606000, `"-3,5"` → -3.5 (also with the minus sign `−`), `"+15,9"` → 15.9, `"98,9 %"` and `"98,9%"` → 98.9
 * (a trailing percent sign is dropped: the unit comes from the indicator), `"1 447 307"` (spaces, also no-break
 * spaces, as group separators), `"1447307"` (no grouping). Surrounding spaces are ignored.
 *
 * Refused (`undefined`): empty text, letters, groups not of three digits (`"1.44.307"`, `"11.7"`: a dot
 * between digits that is not a thousands separator is ambiguous), several decimal commas (`"1,2,3"`), a bare
 * `","`, `"1.5e3"`, and anything whose value is not finite.
 *
 * @example
 * parseVietnameseNumber('1.447.307'); // 1447307
 * parseVietnameseNumber('111,78 %'); // 111.78
 * parseVietnameseNumber('11.7'); // undefined: not Vietnamese
 */
export function parseVietnameseNumber(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  let rest = text.replace(/[\u00a0\u202f\u2007]/g, ' ').trim();
  if (rest.endsWith('%')) rest = rest.slice(0, -1).trimEnd();
  let sign = 1;
  const first = rest.charAt(0);
  if (first === '-' || first === '\u2212' || first === '+') {
    if (first !== '+') sign = -1;
    rest = rest.slice(1);
  }
  const match = VI_NUMBER.exec(rest);
  if (!match) return undefined;
  const integer = (match[1] ?? '').replace(/[. ]/g, '');
  const fraction = match[2];
  const value = sign * Number(fraction === undefined ? integer : `${integer}.${fraction}`);
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value; // "-0" gives 0, not -0
}
