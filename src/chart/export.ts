/**
 * Export of a chart: its SVG (with the computed styles inlined and the figure's name and summary as
 * `<title>`/`<desc>`), a PNG rendered from that SVG, and the data table as CSV guarded against spreadsheet
 * formula injection. No `innerHTML`, no `document.write`; the PNG path only needs `img-src data:` in a CSP.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Presentation properties copied from the live chart into the exported file. Shadow-DOM styles and
 * custom properties do not travel with an SVG file, so the computed values are written as attributes.
 */
const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'paint-order',
  'visibility',
  'display',
] as const;

/** Elements inside the chart that are interaction helpers, not picture (focus ring, hit areas, tooltip). */
export const EXPORT_EXCLUDE_SELECTOR = '[data-ict-export="exclude"]';

/** Characters XML 1.0 does not allow anywhere: C0 controls except tab, LF and CR, U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex
const XML_INVALID_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export interface SerializeSvgOptions {
  /** The figure's accessible name; becomes the file's `<title>`. */
  title: string;
  /** The figure's description (summary); becomes the file's `<desc>`. */
  description: string;
  /** A background colour painted under the chart (the chart's own background is a CSS value on the host). */
  background?: string;
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  // Presentation attributes rather than a style attribute: a page CSP without 'unsafe-inline' for
  // styles refuses style attributes, and the exported file needs no CSS at all.
  for (const property of INLINED_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value) target.setAttribute(property, value);
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length && i < targetChildren.length; i++) {
    inlineStyles(sourceChildren[i], targetChildren[i]);
  }
}

/**
 * A standalone SVG document of a rendered chart: computed styles inlined, interaction helpers removed,
 * `role="img"` named by `<title>` and described by `<desc>`, explicit width and height.
 */
export function serializeSvg(svg: SVGSVGElement, options: SerializeSvgOptions): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Styles first, while source and clone still have the same shape.
  inlineStyles(svg, clone);
  for (const excluded of clone.querySelectorAll(EXPORT_EXCLUDE_SELECTOR)) excluded.remove();
  for (const child of [...clone.children]) {
    if (child.localName === 'title' || child.localName === 'desc') child.remove();
  }

  const box = svg.getBoundingClientRect();
  const width = svg.getAttribute('width') ?? String(Math.round(box.width));
  const height = svg.getAttribute('height') ?? String(Math.round(box.height));
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', width);
  clone.setAttribute('height', height);
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // In the file the SVG is the figure itself, so it is no longer hidden from assistive technology.
  clone.removeAttribute('aria-hidden');
  clone.removeAttribute('focusable');
  clone.setAttribute('role', 'img');
  clone.setAttribute('aria-labelledby', 'ict-export-title');
  clone.setAttribute('aria-describedby', 'ict-export-desc');

  const doc = clone.ownerDocument;
  const title = doc.createElementNS(SVG_NS, 'title');
  title.id = 'ict-export-title';
  title.textContent = options.title;
  const desc = doc.createElementNS(SVG_NS, 'desc');
  desc.id = 'ict-export-desc';
  desc.textContent = options.description;
  const first: Node[] = [title, desc];
  if (options.background) {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', options.background);
    first.push(rect);
  }
  clone.prepend(...first);
  // XMLSerializer writes control characters as they are, but XML 1.0 forbids them: one in a label (a
  // vertical tab pasted from a word processor) would make the whole file unreadable, and the PNG with it.
  return new XMLSerializer().serializeToString(clone).replace(XML_INVALID_CHARS, '');
}

/**
 * Renders SVG text to a PNG blob at `scale` × the given CSS size. The SVG is loaded from a `data:` URL,
 * which a page CSP of `img-src 'self' data: blob:` allows and which does not taint the canvas.
 */
export async function svgToPngBlob(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  image.width = width;
  image.height = height;
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The SVG could not be loaded as an image.'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas context.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG.'))),
      'image/png',
    );
  });
}

/** First characters a spreadsheet reads as the start of a formula (or that hide one behind a tab/CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell made safe for spreadsheets (OWASP "CSV injection"): a text starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return gets a leading `'`, so `=HYPERLINK(…)` is shown, never run. Plain negative
 * numbers ("-3,5") are guarded too: the exported cells are display texts, and the cost is one quote.
 */
export function guardCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoteCsvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The shape of a table that CSV needs (the data table model fits). */
export interface CsvTable {
  columns: readonly { label: string }[];
  rows: readonly { cells: readonly string[] }[];
}

/**
 * The table as CSV (RFC 4180: comma separated, `"` quoted, CRLF line ends): the header row of column
 * labels, then one line per row, each cell as displayed and guarded by {@link guardCsvCell}.
 */
export function toCsv(table: CsvTable): string {
  const line = (cells: readonly string[]) => cells.map((cell) => quoteCsvCell(guardCsvCell(cell))).join(',');
  return [line(table.columns.map((column) => column.label)), ...table.rows.map((row) => line(row.cells))]
    .map((text) => `${text}\r\n`)
    .join('');
}

/**
 * Saves a blob under `filename` through a temporary `<a download>` that is clicked and removed; the
 * object URL is revoked once the browser has taken the download.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
