/**
 * Rectangles and margins in CSS pixels of the plot (the SVG is drawn 1:1, so SVG user units, CSS pixels
 * of the HTML layer over it and `getBoundingClientRect()` offsets all agree).
 */

/** A rectangle: top-left corner and size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept free on each side of a box. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** `rect` shrunk by `margins` (never to a negative size). */
export function insetRect(rect: Rect, margins: Margins): Rect {
  return {
    x: rect.x + margins.left,
    y: rect.y + margins.top,
    width: Math.max(0, rect.width - margins.left - margins.right),
    height: Math.max(0, rect.height - margins.top - margins.bottom),
  };
}

/** `rect` grown by `by` on every side. */
export function outsetRect(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}

/** The smallest rectangle holding every rectangle of `rects`; `undefined` for none. */
export function unionRect(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** True when the two rectangles share an area (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The centre point of `rect`. */
export function rectCentre(rect: Rect): { x: number; y: number } {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}
