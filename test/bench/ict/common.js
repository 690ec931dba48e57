// ict-charts in the bench: one element per chart, data as the `data` property (already in memory), the
// element's width from its container. `ready` says when the chart is really drawn: its marks are in the
// shadow DOM, at the measured width (the element draws at a default width until its ResizeObserver reports),
// with no update pending. A data error throws, so a broken scenario never times as a fast one.

/** Creates `<tag>` with `attributes`, sets `data`, appends it to `root` and returns it. */
export function mount(root, tag, data, width, attributes = {}) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.style.display = 'block';
  el.style.width = `${width}px`;
  el.data = data;
  root.append(el);
  return el;
}

/** True once every ict element in `root` shows its marks at its measured width with no update pending. */
export function ready(root) {
  const elements = root.children;
  let count = 0;
  for (const el of elements) {
    if (!el.localName.startsWith('ict-')) continue;
    count++;
    const shadow = el.shadowRoot;
    if (shadow == null) return false;
    const alert = shadow.querySelector('[role="alert"]');
    if (alert !== null) throw new Error(`${el.localName}: ${alert.textContent.replace(/\s+/g, ' ').trim()}`);
    if (shadow.querySelector('svg.marks') === null) return false;
    if (el.isUpdatePending) return false;
    // `size` is the element's SizeController (a private field, read here only to know the drawing width
    // is the measured one). Absent in some future version: then marks + no pending update is the test.
    if (el.size !== undefined && el.size.measured === false) return false;
  }
  return count > 0;
}
