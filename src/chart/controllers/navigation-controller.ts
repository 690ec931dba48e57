/**
 * Keyboard navigation of a chart's marks: one model, three routes.
 *
 * The element describes its marks as a tree of {@link NavItem}s. The controller renders that tree as an
 * HTML layer of `role="tree"` / `role="treeitem"` elements placed over their marks (a screen-reader
 * finger on a bar lands on its item; the SVG under it stays `aria-hidden`), keeps one Tab stop (roving
 * tabindex), handles the keys of {@link NAV_KEYMAP} only while focus is inside, and draws nothing itself:
 * the focus ring and the tooltip are asked for through {@link NavigationController.ringRects} and the
 * callbacks. Widget roles make NVDA and JAWS switch to focus mode, so the arrow keys reach us.
 *
 * The pure part ({@link NavModel}, {@link groupLargeSets}, {@link matchTypeAhead}) is exported so tests can
 * walk the same model the key handler walks.
 */
import { withOverrides } from '../i18n/ui.js';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Language } from '../../core/indicator/types.js';
import { foldForSearch } from '../../core/provinces/provinces.js';
import { unionRect, type Rect } from '../geometry/rect.js';
import { navLayer, type NavLayerView } from '../templates/nav-layer.js';
import { IctFocusMarkEvent, IctSelectEvent, emit, type IctMarkDetail } from '../events.js';

// ═══ Model ═════════════════════════════════════════════════════════════════════════════════════════

/** One navigable item: a mark, or a group of marks (a region, a series, a bin). */
export interface NavItem {
  /** Stable key, unique in the tree (the mark's key). */
  key: string;
  /** Accessible name, without the position (the controller appends "3/12"). */
  label: string;
  /** Short text for type-ahead and the "where am I" path (default: `label`). */
  text?: string;
  /** Items one level down. */
  children?: readonly NavItem[];
  /** Where the mark is, in the plot's CSS px: the item is placed over it. Groups may omit it. */
  rect?: Rect;
}

/** An item placed in the tree. */
export interface NavNode {
  item: NavItem;
  key: string;
  parent: NavNode | undefined;
  children: NavNode[];
  /** 1-based depth (`aria-level`). */
  level: number;
  /** 0-based position among its siblings. */
  index: number;
  /** Its siblings including itself. */
  siblings: NavNode[];
}

/** Commands the keys are bound to. */
export const NAV_COMMANDS = [
  'next',
  'previous',
  'child',
  'parent',
  'first',
  'last',
  'page-next',
  'page-previous',
  'select',
  'exit',
  'where',
  'help',
  'search',
] as const;
export type NavCommand = (typeof NAV_COMMANDS)[number];

/** A key binding; `keys` are `KeyboardEvent.key` values, as the help dialog shows them. */
export interface KeyBinding {
  command: NavCommand;
  keys: readonly string[];
  /** For bindings to a class of keys (type-ahead): whether `key` belongs to it. */
  matches?: (key: string) => boolean;
}

/** Moves of PageUp / PageDown. */
export const PAGE_STEP = 10;
/** Siblings above this count get an intermediate group level. */
export const MAX_SIBLINGS = 12;
/**
 * Trees of more nodes than this draw only the open path: the groups holding the active item (and the
 * focused one) are open, every other group is drawn closed over its marks, as a file tree draws a large
 * folder structure. Smaller trees draw every item over its mark (explore by touch reaches each mark).
 * 10 000 items drawn in full cost ~0.5 s and 20 000 DOM nodes; the keys walk the same model either way.
 */
export const FULL_TREE_MAX_NODES = 500;

/** Type-ahead keeps collecting letters for this long after the last one. */
export const TYPE_AHEAD_MS = 1000;

const isPrintable = (key: string): boolean => [...key].length === 1 && /[\p{L}\p{N}]/u.test(key);

/**
 * The keys the handler binds, in the order the help dialog lists them. The handler looks every key up
 * here, so the list and the behaviour cannot drift apart.
 */
export const NAV_KEYMAP: readonly KeyBinding[] = [
  { command: 'previous', keys: ['ArrowLeft'] },
  { command: 'next', keys: ['ArrowRight'] },
  { command: 'parent', keys: ['ArrowUp'] },
  { command: 'child', keys: ['ArrowDown'] },
  { command: 'first', keys: ['Home'] },
  { command: 'last', keys: ['End'] },
  { command: 'page-previous', keys: ['PageUp'] },
  { command: 'page-next', keys: ['PageDown'] },
  { command: 'select', keys: ['Enter', ' '] },
  { command: 'exit', keys: ['Escape'] },
  { command: 'where', keys: ['w'] },
  { command: 'help', keys: ['?'] },
  { command: 'search', keys: ['a–z', '0–9'], matches: isPrintable },
];

/** The command bound to `key` (exact keys first, then key classes). */
export function commandForKey(
  key: string,
  keymap: readonly KeyBinding[] = NAV_KEYMAP,
): NavCommand | undefined {
  const exact = keymap.find((b) => b.keys.includes(key));
  if (exact !== undefined) return exact.command;
  return keymap.find((b) => b.matches?.(key) === true)?.command;
}

/** Where a move stopped without moving: the first or last sibling, the top level, or a leaf. */
export type NavEdge = 'first' | 'last' | 'top' | 'leaf';

/** Result of {@link NavModel.move}. */
export interface NavMove {
  key: string;
  /** Set when the item did not change because the move hit an edge (no wrap-around). */
  edge?: NavEdge;
}

/** The tree of items, indexed. */
export class NavModel {
  readonly roots: NavNode[];
  /** Every node in depth-first (reading) order. */
  readonly all: NavNode[] = [];
  private readonly byKey = new Map<string, NavNode>();
  private readonly boundsCache = new Map<string, Rect | undefined>();

  constructor(items: readonly NavItem[]) {
    this.roots = this.build(items, undefined, 1);
  }

  private build(items: readonly NavItem[], parent: NavNode | undefined, level: number): NavNode[] {
    const siblings: NavNode[] = [];
    items.forEach((item, index) => {
      const node: NavNode = { item, key: item.key, parent, children: [], level, index, siblings };
      siblings.push(node);
      this.all.push(node);
      this.byKey.set(item.key, node);
      node.children = this.build(item.children ?? [], node, level + 1);
    });
    return siblings;
  }

  get(key: string | undefined): NavNode | undefined {
    return key === undefined ? undefined : this.byKey.get(key);
  }

  /** The first top-level item, where Tab lands the first time. */
  get first(): NavNode | undefined {
    return this.roots[0];
  }

  /** Where `command` leads from `key` (no wrap-around: at an edge the key stays and `edge` says why). */
  move(key: string, command: NavCommand): NavMove {
    const node = this.byKey.get(key);
    if (node === undefined) return { key };
    const { siblings, index } = node;
    const last = siblings.length - 1;
    const to = (i: number, edge: NavEdge): NavMove =>
      i === index ? { key, edge } : { key: siblings[Math.max(0, Math.min(last, i))]!.key };
    switch (command) {
      case 'next':
        return to(Math.min(last, index + 1), 'last');
      case 'previous':
        return to(Math.max(0, index - 1), 'first');
      case 'first':
        return to(0, 'first');
      case 'last':
        return to(last, 'last');
      case 'page-next':
        return to(Math.min(last, index + PAGE_STEP), 'last');
      case 'page-previous':
        return to(Math.max(0, index - PAGE_STEP), 'first');
      case 'child':
        return node.children[0] !== undefined ? { key: node.children[0].key } : { key, edge: 'leaf' };
      case 'parent':
        return node.parent !== undefined ? { key: node.parent.key } : { key, edge: 'top' };
      default:
        return { key };
    }
  }

  /** The path of texts from the top level down to `key`. */
  path(key: string): string[] {
    const out: string[] = [];
    for (let n = this.byKey.get(key); n !== undefined; n = n.parent) out.unshift(n.item.text ?? n.item.label);
    return out;
  }

  /** The rectangles of `key`: its own, else those of every mark below it. */
  rectsOf(key: string): Rect[] {
    const node = this.byKey.get(key);
    if (node === undefined) return [];
    if (node.item.rect !== undefined) return [node.item.rect];
    return node.children.flatMap((c) => this.rectsOf(c.key));
  }

  /** The rectangle around every mark of `key` (kept: a closed group is placed there at every render). */
  bounds(key: string): Rect | undefined {
    const node = this.byKey.get(key);
    if (node === undefined) return undefined;
    // A mark is its own bounds: only groups are computed and kept (10 000 marks need no entry each).
    if (node.item.rect !== undefined) return node.item.rect;
    if (!this.boundsCache.has(key)) {
      const rects = node.children.map((c) => this.bounds(c.key));
      this.boundsCache.set(key, unionRect(rects.filter((r): r is Rect => r !== undefined)));
    }
    return this.boundsCache.get(key);
  }

  /**
   * The groups to draw open for `keys` (the active and the focused item): the groups above each one (a group
   * that is itself active is drawn closed, ↓ opens it); `undefined` (all open) for trees of at most
   * {@link FULL_TREE_MAX_NODES} nodes.
   */
  openGroups(keys: readonly (string | undefined)[]): Set<string> | undefined {
    if (this.all.length <= FULL_TREE_MAX_NODES) return undefined;
    const open = new Set<string>();
    for (const key of keys) {
      for (let n = this.get(key)?.parent; n !== undefined; n = n.parent) open.add(n.key);
    }
    return open;
  }
}

/**
 * Wraps every list of more than `max` siblings into groups of at most `size` (each group is a new
 * level), recursively, so that any item stays a few key presses away (ACCESSIBILITY row 14).
 * Lists the element grouped itself (regions) are left as they are when they are short enough.
 *
 * @param label Names a group from its first and last item and their 1-based positions.
 */
export function groupLargeSets(
  items: readonly NavItem[],
  label: (first: NavItem, last: NavItem, from: number, to: number) => string,
  max = MAX_SIBLINGS,
  size = PAGE_STEP,
): NavItem[] {
  let changed = false;
  const withChildren = items.map((item) => {
    if (item.children === undefined || item.children.length === 0) return item;
    const children = groupLargeSets(item.children, label, max, size);
    if (children === item.children) return item;
    changed = true;
    return withOtherChildren(item, children);
  });
  let level = changed ? withChildren : (items as NavItem[]);
  // Each pass wraps the list into groups; the items inside are already grouped, so no pass walks them again.
  while (level.length > max) {
    const groups = Math.ceil(level.length / size);
    const per = Math.ceil(level.length / groups);
    const out: NavItem[] = [];
    for (let i = 0; i < level.length; i += per) {
      const chunk = level.slice(i, i + per);
      const first = chunk[0]!;
      const last = chunk[chunk.length - 1]!;
      const name = label(first, last, i + 1, i + chunk.length);
      out.push({ key: `group:${first.key}..${last.key}`, label: name, text: name, children: chunk });
    }
    level = out;
  }
  return level;
}

/**
 * `item` with other children. Copied by property descriptors, not spread: a spread would read a lazy `label`
 * getter and compose, up front, the names of thousands of marks that the element builds only when read.
 */
function withOtherChildren(item: NavItem, children: NavItem[]): NavItem {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(item)) as NavItem;
  copy.children = children;
  return copy;
}

/**
 * The first node after `fromKey` (in reading order, wrapping round) whose text starts with `query`,
 * else whose text has a word starting with it; diacritic- and case-insensitive ("ha tinh" finds
 * "Hà Tĩnh", "hue" finds "Thừa Thiên Huế").
 */
export function matchTypeAhead(model: NavModel, query: string, fromKey?: string): NavNode | undefined {
  const q = foldForSearch(query).trim();
  if (q === '') return undefined;
  const start = Math.max(
    0,
    model.all.findIndex((n) => n.key === fromKey),
  );
  const ordered = [...model.all.slice(start), ...model.all.slice(0, start)];
  const text = (n: NavNode): string => foldForSearch(n.item.text ?? n.item.label);
  return (
    ordered.find((n) => text(n).startsWith(q)) ??
    ordered.find((n) =>
      text(n)
        .split(' ')
        .some((_, i, words) => words.slice(i).join(' ').startsWith(q)),
    )
  );
}

// ═══ Texts ═══════════════════════════════════════════════════════════════════════════════════════

/**
 * Texts of the navigation, in both languages. Keys are prefixed `nav` so they can share one override
 * object with the frame's UI strings (`strings` property of an element).
 */
export interface NavStrings {
  /** Announced when ← / Home / PageUp is pressed on the first item. */
  navFirst: string;
  /** Announced when → / End / PageDown is pressed on the last item. */
  navLast: string;
  /** Announced when ↑ is pressed on the top level. */
  navTop: string;
  /** Announced when ↓ is pressed on an item with nothing below. */
  navLeaf: string;
  /** Announced when type-ahead finds nothing. */
  navNotFound: (query: string) => string;
  /** The "where am I" sentence for a path of names, top level first. */
  navWhereAmI: (path: readonly string[]) => string;
  /** Name of a group of items made to shorten long lists: positions and the first and last names. */
  navGroupRange: (from: number, to: number, first: string, last: string) => string;
  /** Name of the tree of a chart titled `title`. */
  navTreeLabel: (title: string) => string;
  /** What each command does, for the keyboard help. */
  navActions: Readonly<Record<NavCommand, string>>;
  /** How keys are written in the keyboard help. */
  navKeyNames: Readonly<Record<string, string>>;
}

const NAV_VI: NavStrings = {
  navFirst: 'Đầu danh sách',
  navLast: 'Cuối danh sách',
  navTop: 'Cấp trên cùng',
  navLeaf: 'Không có cấp dưới',
  navNotFound: (q) => `Không tìm thấy “${q}”`,
  navWhereAmI: (path) => `Đang ở: ${path.join(' › ')}`,
  navGroupRange: (from, to, first, last) => `Mục ${from}–${to}: ${first} đến ${last}`,
  navTreeLabel: (title) => `${title}: các giá trị`,
  navActions: {
    previous: 'Giá trị trước, cùng cấp',
    next: 'Giá trị sau, cùng cấp',
    parent: 'Lên cấp trên (nhóm)',
    child: 'Xuống cấp dưới (mục đầu tiên của nhóm)',
    first: 'Mục đầu tiên cùng cấp',
    last: 'Mục cuối cùng cùng cấp',
    'page-previous': 'Lùi 10 mục',
    'page-next': 'Tiến 10 mục',
    select: 'Chọn giá trị',
    exit: 'Ẩn chú giải; lên cấp trên; rời biểu đồ',
    where: 'Đọc vị trí hiện tại',
    help: 'Mở bảng phím tắt',
    search: 'Gõ tên để nhảy tới (không cần dấu)',
  },
  navKeyNames: {
    ArrowLeft: '←',
    ArrowRight: '→',
    ArrowUp: '↑',
    ArrowDown: '↓',
    Home: 'Home',
    End: 'End',
    PageUp: 'Page Up',
    PageDown: 'Page Down',
    Enter: 'Enter',
    ' ': 'Phím cách',
    Escape: 'Esc',
  },
};

const NAV_EN: NavStrings = {
  navFirst: 'First item',
  navLast: 'Last item',
  navTop: 'Top level',
  navLeaf: 'No items below',
  navNotFound: (q) => `No match for “${q}”`,
  navWhereAmI: (path) => `You are at: ${path.join(' › ')}`,
  navGroupRange: (from, to, first, last) => `Items ${from}–${to}: ${first} to ${last}`,
  navTreeLabel: (title) => `${title}: values`,
  navActions: {
    previous: 'Previous value at the same level',
    next: 'Next value at the same level',
    parent: 'Up to the group',
    child: 'Down into the group (first item)',
    first: 'First item at the same level',
    last: 'Last item at the same level',
    'page-previous': 'Back 10 items',
    'page-next': 'Forward 10 items',
    select: 'Select the value',
    exit: 'Hide the tooltip; up a level; leave the chart',
    where: 'Say where you are',
    help: 'Open the keyboard shortcuts',
    search: 'Type a name to jump to it (accents optional)',
  },
  navKeyNames: {
    ArrowLeft: '←',
    ArrowRight: '→',
    ArrowUp: '↑',
    ArrowDown: '↓',
    Home: 'Home',
    End: 'End',
    PageUp: 'Page Up',
    PageDown: 'Page Down',
    Enter: 'Enter',
    ' ': 'Space',
    Escape: 'Esc',
  },
};

/** Built-in navigation texts, Vietnamese first. */
export const NAV_STRINGS: Readonly<Record<Language, NavStrings>> = { vi: NAV_VI, en: NAV_EN };

/** Per-language overrides of the navigation texts (merged into an element's `strings`). */
export type NavStringOverrides = Partial<Record<Language, Partial<NavStrings>>>;

/** The navigation texts for `lang` with the page's overrides applied. */
export function navStrings(lang: Language, overrides?: NavStringOverrides): NavStrings {
  return withOverrides(NAV_STRINGS[lang], overrides?.[lang]);
}

/**
 * The rows of the keyboard help, generated from {@link NAV_KEYMAP} (the handler's own table), so the
 * dialog lists exactly the keys that work. Shape of the frame's `HelpKey`.
 */
export function navHelpKeys(
  strings: NavStrings,
  keymap: readonly KeyBinding[] = NAV_KEYMAP,
): { keys: string[]; action: string }[] {
  return keymap.map((binding) => ({
    keys: binding.keys.map((k) => strings.navKeyNames[k] ?? k),
    action: strings.navActions[binding.command],
  }));
}

// ═══ Controller ════════════════════════════════════════════════════════════════════════════════════

/** The text announced at each edge (no wrap-around). */
const EDGE_TEXT = {
  first: 'navFirst',
  last: 'navLast',
  top: 'navTop',
  leaf: 'navLeaf',
} as const satisfies Record<NavEdge, keyof NavStrings>;

/** How an item became active. */
export type NavVia = 'keyboard' | 'pointer';

/** Options of {@link NavigationController}. */
export interface NavigationOptions {
  /** The current tree, read at every render. */
  items: () => readonly NavItem[];
  /** Accessible name of the tree. */
  label: () => string;
  /** The navigation's texts in the current language (edges, "where am I", type-ahead misses). */
  strings: () => NavStrings;
  /** An item got focus (keys, click or Tab). */
  onFocusItem?: (item: NavItem, via: NavVia) => void;
  /** Focus left the tree. */
  onBlur?: () => void;
  /** Enter, Space or a click on an item. */
  onSelect?: (item: NavItem, via: NavVia) => void;
  /** The pointer entered / left an item (tooltip on hover). */
  onPointerEnter?: (item: NavItem) => void;
  onPointerLeave?: (item: NavItem) => void;
  /** Escape was pressed: return `true` when it was used (a tooltip dismissed) so focus stays. */
  onEscape?: () => boolean;
  /** `?` was pressed; `origin` is the focused item, to return focus to. */
  onHelp?: (origin: HTMLElement) => void;
}

/** The keyboard navigation of one element. See the module comment. */
export class NavigationController implements ReactiveController {
  /** Key of the item that holds the Tab stop. */
  activeKey: string | undefined;
  /** Key of the selected item (`aria-selected="true"`). */
  selectedKey: string | undefined;
  /** True while focus is on an item of the tree. */
  focused = false;
  /** Text of the live region (edges, "where am I", type-ahead misses). */
  liveText = '';

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: NavigationOptions;
  private cachedItems: readonly NavItem[] | undefined;
  private cachedModel: NavModel | undefined;
  private tree: HTMLElement | undefined;
  private typed = '';
  private typedAt = 0;
  private liveToggle = false;
  private pointerAt = -Infinity;
  /** Key of the item that has focus now (activeKey may be set before focus arrives). */
  private focusedKey: string | undefined;
  /** True from hostUpdate to hostUpdated: the host is rendering. */
  private rendering = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: NavigationOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    this.rendering = true;
  }

  hostUpdated(): void {
    this.rendering = false;
  }

  hostDisconnected(): void {
    this.tree = undefined;
  }

  /** The model of the current items (rebuilt only when the items array changes). */
  get model(): NavModel {
    const items = this.options.items();
    if (items !== this.cachedItems || this.cachedModel === undefined) {
      this.cachedItems = items;
      this.cachedModel = new NavModel(items);
    }
    return this.cachedModel;
  }

  /** The active node: the remembered key when it still exists, else the first item. */
  get active(): NavNode | undefined {
    const model = this.model;
    return model.get(this.activeKey) ?? model.first;
  }

  /**
   * Rectangles the focus ring surrounds (none while focus is elsewhere): the focused mark, each mark of a
   * focused group, or the bounds of a group drawn closed (one ring over its item, not one per mark).
   */
  ringRects(): Rect[] {
    const active = this.active;
    if (!this.focused || active === undefined) return [];
    const model = this.model;
    const open = model.openGroups([active.key, this.focusedKey]);
    const closed = active.children.length > 0 && open !== undefined && !open.has(active.key);
    const bounds = closed ? model.bounds(active.key) : undefined;
    return bounds !== undefined ? [bounds] : model.rectsOf(active.key);
  }

  /** The accessible name of a node: its label and its position among its siblings, "…, 3/12". */
  accessibleName(node: NavNode): string {
    return `${node.item.label}, ${node.index + 1}/${node.siblings.length}`;
  }

  /** Moves focus to the item `key` (or the active one) and scrolls nothing else. */
  async focusItem(key?: string): Promise<void> {
    if (key !== undefined) this.activeKey = key;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const target = this.itemElement(this.active?.key);
    target?.focus();
  }

  /** The rendered element of item `key`, looked up in the tree only (no document queries). */
  itemElement(key: string | undefined): HTMLElement | undefined {
    if (key === undefined || this.tree === undefined) return undefined;
    for (const el of this.tree.querySelectorAll<HTMLElement>('[role="treeitem"]')) {
      if (el.dataset['key'] === key) return el;
    }
    return undefined;
  }

  /** The tree layer and its live region, to place over the plot. */
  render(): TemplateResult {
    const active = this.active;
    const model = this.model;
    const view: NavLayerView = {
      label: this.options.label(),
      roots: model.roots,
      activeKey: active?.key,
      // The focused item stays drawn until focus has moved to the new active one.
      open: model.openGroups([active?.key, this.focusedKey]),
      bounds: (node) => model.bounds(node.key),
      selectedKey: this.selectedKey,
      liveText: this.liveText,
      name: (node) => this.accessibleName(node),
      treeRef: (el) => {
        this.tree = el instanceof HTMLElement ? el : undefined;
      },
      onKeyDown: (event) => this.handleKey(event),
      onFocusIn: (event) => this.handleFocusIn(event),
      onFocusOut: (event) => this.handleFocusOut(event),
      onPointerEnter: (node) => this.options.onPointerEnter?.(node.item),
      onPointerLeave: (node) => this.options.onPointerLeave?.(node.item),
      onClick: (event) => {
        const node = this.nodeOf(event.target);
        if (node !== undefined) this.select(node, 'pointer');
      },
      onPointerDown: (event) => {
        this.pointerAt = event.timeStamp;
      },
    };
    return navLayer(view);
  }

  // ─── implementation ────────────────────────────────────────────────────────────────────────────

  private announce(text: string): void {
    // A no-break space toggled at the end makes a repeated message a change the screen reader reads.
    this.liveToggle = !this.liveToggle;
    this.liveText = this.liveToggle ? text : `${text}\u00a0`;
    this.host.requestUpdate();
  }

  private select(node: NavNode, via: NavVia): void {
    if (node.children.length > 0) {
      void this.focusItem(node.children[0]!.key);
      return;
    }
    this.activeKey = node.key;
    this.selectedKey = node.key;
    this.host.requestUpdate();
    this.options.onSelect?.(node.item, via);
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return; // leave browser and AT shortcuts alone
    const active = this.active;
    if (active === undefined) return;
    const now = event.timeStamp || performance.now();
    const typing = this.typed !== '' && now - this.typedAt < TYPE_AHEAD_MS;
    let command = commandForKey(event.key);
    // While a type-ahead word is being typed, a space or a "w" is part of it ("ha tinh").
    if (
      typing &&
      (event.key === ' ' || (command !== undefined && command !== 'search' && isPrintable(event.key)))
    ) {
      command = 'search';
    }
    if (command === undefined) return;
    const onContainer = event.target === this.tree;
    event.preventDefault();
    event.stopPropagation();
    if (onContainer && command !== 'search' && command !== 'help' && command !== 'exit') {
      void this.focusItem(); // back in from the container: first key lands on the remembered item
      return;
    }
    if (command !== 'search') this.typed = '';
    switch (command) {
      case 'select':
        this.select(active, 'keyboard');
        return;
      case 'exit':
        if (this.options.onEscape?.() === true) return;
        if (onContainer) return;
        if (active.parent !== undefined) void this.focusItem(active.parent.key);
        else this.tree?.focus();
        return;
      case 'where':
        this.announce(this.options.strings().navWhereAmI(this.model.path(active.key)));
        return;
      case 'help': {
        const origin = (event.target as HTMLElement | null) ?? this.tree;
        if (origin !== undefined && origin !== null) this.options.onHelp?.(origin);
        return;
      }
      case 'search': {
        this.typed = (typing ? this.typed : '') + event.key;
        this.typedAt = now;
        const found = matchTypeAhead(this.model, this.typed, active.key);
        if (found !== undefined) void this.focusItem(found.key);
        else this.announce(this.options.strings().navNotFound(this.typed));
        return;
      }
      default: {
        const move = this.model.move(active.key, command);
        if (move.edge !== undefined) {
          this.announce(this.options.strings()[EDGE_TEXT[move.edge]]);
          return;
        }
        void this.focusItem(move.key);
      }
    }
  }

  private nodeOf(target: EventTarget | null): NavNode | undefined {
    if (!(target instanceof HTMLElement)) return undefined;
    const key = target.closest<HTMLElement>('[role="treeitem"]')?.dataset['key'];
    return this.model.get(key);
  }

  private handleFocusIn(event: FocusEvent): void {
    const node = this.nodeOf(event.target);
    if (node === undefined) {
      this.focused = false;
      this.focusedKey = undefined;
      this.host.requestUpdate();
      return;
    }
    const changed = node.key !== this.focusedKey;
    this.focusedKey = node.key;
    this.activeKey = node.key;
    this.focused = true;
    this.host.requestUpdate();
    // A focus within 500 ms of a pointer press on the tree came from the pointer.
    const via: NavVia = event.timeStamp - this.pointerAt < 500 ? 'pointer' : 'keyboard';
    if (changed) this.options.onFocusItem?.(node.item, via);
  }

  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && this.tree?.contains(next) === true && this.nodeOf(next) !== undefined) return;
    this.focused = false;
    this.focusedKey = undefined;
    this.typed = '';
    const update = () => {
      this.host.requestUpdate();
      this.options.onBlur?.();
    };
    // A render that removes the focused item (new data, an error instead of the chart) blurs it in the
    // middle of its commit. The next render is then asked for once this one has finished, not inside it
    // (lit's "change-in-update" warning: an update requested during an update).
    if (this.rendering) queueMicrotask(update);
    else update();
  }
}

/**
 * The navigation callbacks every chart wires the same way: the tooltip follows the pointer, leaves with the
 * focus and is dismissed by Escape; `?` opens the figure's keyboard help.
 *
 * @example
 * ```ts
 * new NavigationController(this, { ...tooltipAndHelp(this.tooltips, this.figure), items, label, strings });
 * ```
 */
export function tooltipAndHelp(
  tooltips: {
    blur(): void;
    pointerEnter(key: string): void;
    pointerLeave(key: string): void;
    dismiss(): boolean;
  },
  figure: { openHelp(origin?: HTMLElement): void },
): Pick<NavigationOptions, 'onBlur' | 'onPointerEnter' | 'onPointerLeave' | 'onEscape' | 'onHelp'> {
  return {
    onBlur: () => tooltips.blur(),
    onPointerEnter: (item) => tooltips.pointerEnter(item.key),
    onPointerLeave: (item) => tooltips.pointerLeave(item.key),
    onEscape: () => tooltips.dismiss(),
    onHelp: (origin) => figure.openHelp(origin),
  };
}

/**
 * The navigation callbacks of a chart whose marks are described by `detailOf(key)` (groups give undefined):
 * {@link tooltipAndHelp}, plus focus (the tooltip follows, `ict-mark-focus` fires) and selection
 * (`ict-select` fires). Groups (regions, tiers, bins) get no tooltip, so Escape on them goes up instead of
 * dismissing an invisible tip.
 */
export function markNavigation(
  host: EventTarget,
  tooltips: Parameters<typeof tooltipAndHelp>[0] & { focus(key: string): void },
  figure: Parameters<typeof tooltipAndHelp>[1],
  detailOf: (key: string) => IctMarkDetail | undefined,
): Pick<
  NavigationOptions,
  'onBlur' | 'onPointerEnter' | 'onPointerLeave' | 'onEscape' | 'onHelp' | 'onFocusItem' | 'onSelect'
> {
  return {
    ...tooltipAndHelp(tooltips, figure),
    onFocusItem: (item) => {
      const detail = detailOf(item.key);
      if (detail === undefined) {
        tooltips.blur();
        return;
      }
      tooltips.focus(item.key);
      emit(host, new IctFocusMarkEvent(detail));
    },
    onSelect: (item) => {
      const detail = detailOf(item.key);
      if (detail !== undefined) emit(host, new IctSelectEvent(detail));
    },
  };
}
