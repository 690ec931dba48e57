// Observable Plot in the bench: Plot.plot() returns a new SVG (or a <figure> with a legend or title);
// Plot has no update method, so an update draws again and replaces the old node, as its docs do.
import { box } from '../dom.js';

/** Draws `make(data)` into a `width` × `height` box; `update(next)` replaces it with `make(next)`. */
export function mount(root, width, height, make, data) {
  const target = box(root, width, height);
  let node = make(data);
  target.append(node);
  return {
    update(next) {
      const fresh = make(next);
      node.replaceWith(fresh);
      node = fresh;
    },
  };
}
