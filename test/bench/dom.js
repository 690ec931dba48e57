// Shared by the peer modules of the bench: a fixed-size box per chart (the scenario's width × height).

/** Appends a `width` × `height` px box to `root` and returns it. */
export function box(root, width, height) {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  div.style.height = `${height}px`;
  div.style.position = 'relative';
  root.append(div);
  return div;
}

let vi;
/**
 * Vietnamese number format for the labels of the hand-written peer ("1.447,3"). Made on first use, inside the
 * timed render, as ict-charts makes its own: the first vi-VN Intl.NumberFormat of a page costs milliseconds.
 */
export const formatVi = (x) =>
  (vi ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })).format(x);
