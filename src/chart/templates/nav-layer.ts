/**
 * The HTML navigation layer: a `role="tree"` of `role="treeitem"` elements, each absolutely placed over
 * its mark (explore by touch: a finger on a bar lands on its item), plus the live region for what focus
 * cannot say (edges, "where am I"). Names come from `aria-label`: a treeitem would otherwise be named
 * by the text of its whole subtree.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleProps } from './style-props.js';
import type { NavNode } from '../controllers/navigation-controller.js';
import type { Rect } from '../geometry/rect.js';

/** What {@link navLayer} draws; the navigation controller fills it. */
export interface NavLayerView {
  /** Accessible name of the tree. */
  label: string;
  roots: readonly NavNode[];
  /** The item with `tabindex="0"`. */
  activeKey: string | undefined;
  /**
   * The groups drawn open, with their items; the others are drawn closed (`aria-expanded="false"`) over
   * the bounds of their marks. Undefined: every group is open (trees of every size the charts draw for
   * ordinary data; see `FULL_TREE_MAX_NODES`).
   */
  open: ReadonlySet<string> | undefined;
  /** The rectangle around every mark of a closed group. */
  bounds: (node: NavNode) => Rect | undefined;
  selectedKey: string | undefined;
  liveText: string;
  /** Accessible name of a node. */
  name: (node: NavNode) => string;
  treeRef: (el: Element | undefined) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocusIn: (event: FocusEvent) => void;
  onFocusOut: (event: FocusEvent) => void;
  onPointerDown: (event: PointerEvent) => void;
  onPointerEnter: (node: NavNode) => void;
  onPointerLeave: (node: NavNode) => void;
  /** A click anywhere in the tree (delegated, like the keys: the handler finds the item). */
  onClick: (event: MouseEvent) => void;
}

const placed = (rect: Rect) => ({
  left: `${rect.x}px`,
  top: `${rect.y}px`,
  width: `${rect.width}px`,
  height: `${rect.height}px`,
});

function item(node: NavNode, view: NavLayerView): TemplateResult {
  const leaf = node.children.length === 0;
  const open = !leaf && (view.open === undefined || view.open.has(node.key));
  // Open groups cover the layer without taking the pointer; their children are placed in layer
  // coordinates. A closed group lies over its marks and takes the pointer (a click opens it).
  const rect = leaf ? node.item.rect : open ? undefined : view.bounds(node);
  const style = rect !== undefined ? placed(rect) : { inset: '0' };
  // A closed group with no marks to lie over must not take the pointer from the whole layer.
  const cls = leaf ? 'nav-item' : rect === undefined ? 'nav-item nav-group' : 'nav-item nav-group nav-closed';
  return html`<div
    role="treeitem"
    class=${cls}
    part=${leaf ? 'nav-item' : 'nav-item nav-group'}
    data-key=${node.key}
    aria-label=${view.name(node)}
    aria-level=${node.level}
    aria-posinset=${node.index + 1}
    aria-setsize=${node.siblings.length}
    aria-expanded=${leaf ? nothing : String(open)}
    aria-selected=${leaf ? String(node.key === view.selectedKey) : nothing}
    tabindex=${node.key === view.activeKey ? 0 : -1}
    style=${styleProps(style)}
    @pointerenter=${leaf ? () => view.onPointerEnter(node) : nothing}
    @pointerleave=${leaf ? () => view.onPointerLeave(node) : nothing}
  >
    ${open ? html`<div role="group" class="nav-children">${node.children.map((c) => item(c, view))}</div>` : nothing}
  </div>`;
}

/** The tree and its live region. Place it in a `position: relative` box the size of the plot. */
export function navLayer(view: NavLayerView): TemplateResult {
  return html`<div
      role="tree"
      class="nav-layer"
      part="nav"
      aria-label=${view.label}
      tabindex="-1"
      ${ref(view.treeRef)}
      @keydown=${view.onKeyDown}
      @focusin=${view.onFocusIn}
      @focusout=${view.onFocusOut}
      @pointerdown=${view.onPointerDown}
      @click=${view.onClick}
    >
      ${view.roots.map((node) => item(node, view))}
    </div>
    <div class="nav-live visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${view.liveText}
    </div>`;
}

/**
 * Styles of the layer, to add to an element's `static styles`. Items are invisible: the focus ring is
 * drawn in SVG by the focus-ring template.
 */
export const navLayerStyles = css`
  .nav-layer {
    position: absolute;
    inset: 0;
    pointer-events: none;
    outline: none;
  }
  .nav-item {
    position: absolute;
    box-sizing: border-box;
    pointer-events: auto;
    cursor: pointer;
    outline: none;
    -webkit-tap-highlight-color: transparent;
  }
  .nav-group {
    pointer-events: none;
    cursor: default;
  }
  .nav-group.nav-closed {
    pointer-events: auto;
    cursor: pointer;
  }
  .nav-children {
    position: absolute;
    inset: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
