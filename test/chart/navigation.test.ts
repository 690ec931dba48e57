import { LitElement, css, html } from 'lit';
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import {
  FULL_TREE_MAX_NODES,
  NAV_COMMANDS,
  NAV_KEYMAP,
  NAV_STRINGS,
  NavModel,
  NavigationController,
  commandForKey,
  groupLargeSets,
  matchTypeAhead,
  navHelpKeys,
  type NavItem,
} from '../../src/chart/controllers/navigation-controller.js';
import { FOCUS_RING_WIDTH, focusRing, focusRingStyles } from '../../src/chart/templates/focus-ring.js';
import { navLayerStyles } from '../../src/chart/templates/nav-layer.js';
import { tokenStyles } from '../../src/chart/styles/tokens.styles.js';
import { provincesOf, regionName, REGION_IDS } from '../../src/core/provinces/provinces.js';
import { axeViolations, axTree, contrast, resolveColor } from '../helpers/ax.js';
import { maxPresses } from '../helpers/nav.js';
import { mount } from '../helpers/fixtures.js';
import {
  activeKey,
  deepActiveElement,
  press,
  settleFrame,
  tabFrom,
  tabStops,
  type,
} from '../helpers/keys.js';

// ─── a throwaway host ─────────────────────────────────────────────────────────────────────────────

const ROW = 30;
const WIDTH = 400;

/** Leaves stacked in rows of 30 px, in the order given, each with its rect. */
function leaves(names: readonly string[], offset = 0): NavItem[] {
  return names.map((name, i) => ({
    key: name,
    label: `${name}: ${10 + i} thuê bao/100 dân`,
    text: name,
    rect: { x: 0, y: (offset + i) * ROW, width: WIDTH, height: ROW },
  }));
}

const REGIONS: NavItem[] = [
  {
    key: 'r:nmm',
    label: 'Trung du và miền núi phía Bắc',
    text: 'Trung du và miền núi phía Bắc',
    children: leaves(['Điện Biên'], 0),
  },
  {
    key: 'r:ncc',
    label: 'Bắc Trung Bộ và duyên hải miền Trung',
    text: 'Bắc Trung Bộ',
    children: leaves(['Nghệ An', 'Hà Tĩnh', 'Thừa Thiên Huế'], 1),
  },
  {
    key: 'r:mrd',
    label: 'Đồng bằng sông Cửu Long',
    text: 'Đồng bằng sông Cửu Long',
    children: leaves(['Bến Tre', 'Cần Thơ'], 4),
  },
];

class NavTestHost extends LitElement {
  static override styles = [
    tokenStyles, // the focus ring reads the theme's --_focus / --_focus-halo
    navLayerStyles,
    focusRingStyles,
    css`
      :host {
        display: block;
        background: #ffffff;
      }
      .plot {
        position: relative;
        width: ${WIDTH}px;
        height: 800px;
      }
    `,
  ];
  items: readonly NavItem[] = REGIONS;
  selected: { key: string; via: string }[] = [];
  focusedItems: string[] = [];
  helpOrigins: HTMLElement[] = [];
  escapeConsumes = false;
  msgLang: 'vi' | 'en' = 'vi';

  readonly nav = new NavigationController(this, {
    items: () => this.items,
    label: () => 'Mật độ thuê bao: các giá trị',
    strings: () => NAV_STRINGS[this.msgLang],
    onSelect: (item, via) => this.selected.push({ key: item.key, via }),
    onFocusItem: (item) => this.focusedItems.push(item.key),
    onHelp: (origin) => this.helpOrigins.push(origin),
    onEscape: () => this.escapeConsumes,
  });

  override render() {
    return html`<div class="plot">
      ${this.nav.render()}${focusRing(this.nav.ringRects(), { width: WIDTH, height: 800 })}
    </div>`;
  }
}
customElements.define('nav-test-host', NavTestHost);

interface Setup {
  host: NavTestHost;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
  root: ShadowRoot;
}

async function setup(items: readonly NavItem[] = REGIONS): Promise<Setup> {
  const wrapper = await mount<HTMLDivElement>(
    html`<div>
      <button id="before">before</button><nav-test-host .items=${items}></nav-test-host
      ><button id="after">after</button>
    </div>`,
  );
  const host = wrapper.querySelector('nav-test-host') as NavTestHost;
  await host.updateComplete;
  return {
    host,
    before: wrapper.querySelector('#before') as HTMLButtonElement,
    after: wrapper.querySelector('#after') as HTMLButtonElement,
    root: host.shadowRoot!,
  };
}

function liveText(root: ShadowRoot): string {
  return (root.querySelector('.nav-live')?.textContent ?? '').replace(/\u00a0/g, '').trim();
}

function item(root: ShadowRoot, key: string): HTMLElement {
  const el = [...root.querySelectorAll<HTMLElement>('[role="treeitem"]')].find(
    (e) => e.dataset['key'] === key,
  );
  if (el === undefined) throw new Error(`no item ${key}`);
  return el;
}

/** Minimum key presses from the first item to every item, over the model's own moves (BFS). */

// ─── the pure model ───────────────────────────────────────────────────────────────────────────────

describe('navigation model', () => {
  const model = new NavModel(REGIONS);

  it('NavModel levels, positions and sizes follow the tree', () => {
    const haTinh = model.get('Hà Tĩnh')!;
    expect([haTinh.level, haTinh.index, haTinh.siblings.length]).to.deep.equal([2, 1, 3]);
    expect(model.get('r:mrd')!.level).to.equal(1);
    expect(model.all.map((n) => n.key)).to.deep.equal([
      'r:nmm',
      'Điện Biên',
      'r:ncc',
      'Nghệ An',
      'Hà Tĩnh',
      'Thừa Thiên Huế',
      'r:mrd',
      'Bến Tre',
      'Cần Thơ',
    ]);
  });

  it('NavModel.move() goes between siblings and levels without wrapping, naming the edge', () => {
    expect(model.move('Nghệ An', 'next')).to.deep.equal({ key: 'Hà Tĩnh' });
    expect(model.move('Thừa Thiên Huế', 'next')).to.deep.equal({ key: 'Thừa Thiên Huế', edge: 'last' });
    expect(model.move('Nghệ An', 'previous')).to.deep.equal({ key: 'Nghệ An', edge: 'first' });
    expect(model.move('Hà Tĩnh', 'parent')).to.deep.equal({ key: 'r:ncc' });
    expect(model.move('r:ncc', 'parent')).to.deep.equal({ key: 'r:ncc', edge: 'top' });
    expect(model.move('r:ncc', 'child')).to.deep.equal({ key: 'Nghệ An' });
    expect(model.move('Hà Tĩnh', 'child')).to.deep.equal({ key: 'Hà Tĩnh', edge: 'leaf' });
    expect(model.move('Nghệ An', 'last')).to.deep.equal({ key: 'Thừa Thiên Huế' });
    expect(model.move('Thừa Thiên Huế', 'first')).to.deep.equal({ key: 'Nghệ An' });
  });

  it('NavModel.move() pages by 10 and stops at the ends', () => {
    const flat = new NavModel(leaves(Array.from({ length: 25 }, (_, i) => `p${i}`)));
    expect(flat.move('p0', 'page-next').key).to.equal('p10');
    expect(flat.move('p20', 'page-next').key).to.equal('p24');
    expect(flat.move('p24', 'page-next').edge).to.equal('last');
    expect(flat.move('p12', 'page-previous').key).to.equal('p2');
    expect(flat.move('p3', 'page-previous').key).to.equal('p0');
  });

  it('NavModel.path() and rectsOf() give the path of texts and the marks of a group', () => {
    expect(model.path('Hà Tĩnh')).to.deep.equal(['Bắc Trung Bộ', 'Hà Tĩnh']);
    expect(model.rectsOf('r:mrd').map((r) => r.y)).to.deep.equal([4 * ROW, 5 * ROW]);
  });

  it('commandForKey() maps every key of NAV_KEYMAP to its command, letters to search, others to nothing', () => {
    for (const binding of NAV_KEYMAP) {
      for (const key of binding.keys) {
        if (binding.matches === undefined) expect(commandForKey(key), key).to.equal(binding.command);
      }
    }
    expect(commandForKey('h')).to.equal('search');
    expect(commandForKey('Đ')).to.equal('search');
    expect(commandForKey('Tab')).to.equal(undefined);
    expect(commandForKey('F5')).to.equal(undefined);
  });

  it('NAV_KEYMAP binds every command once, and navHelpKeys() lists every binding in both languages', () => {
    expect(NAV_KEYMAP.map((b) => b.command).sort()).to.deep.equal([...NAV_COMMANDS].sort());
    for (const lang of ['vi', 'en'] as const) {
      const rows = navHelpKeys(NAV_STRINGS[lang]);
      expect(rows.length).to.equal(NAV_KEYMAP.length);
      for (const row of rows) expect(row.action.length).to.be.greaterThan(0);
    }
    expect(navHelpKeys(NAV_STRINGS.vi)[0]).to.deep.equal({ keys: ['←'], action: 'Giá trị trước, cùng cấp' });
    expect(navHelpKeys(NAV_STRINGS.en).find((r) => r.action === 'Select the value')!.keys).to.deep.equal([
      'Enter',
      'Space',
    ]);
  });

  it('matchTypeAhead() is diacritic- and case-insensitive and also matches a later word', () => {
    expect(matchTypeAhead(model, 'ha tinh')?.key).to.equal('Hà Tĩnh');
    expect(matchTypeAhead(model, 'HA TĨNH')?.key).to.equal('Hà Tĩnh');
    expect(matchTypeAhead(model, 'dien')?.key).to.equal('Điện Biên');
    expect(matchTypeAhead(model, 'hue')?.key).to.equal('Thừa Thiên Huế');
    expect(matchTypeAhead(model, 'xyz')).to.equal(undefined);
  });

  it('matchTypeAhead() searches from after the current item, so a repeated letter cycles', () => {
    const flat = new NavModel(leaves(['Bến Tre', 'Bình Thuận', 'Cần Thơ', 'Bắc Ninh']));
    expect(matchTypeAhead(flat, 'b', 'Bến Tre')?.key).to.equal('Bến Tre');
    expect(matchTypeAhead(flat, 'b', 'Bình Thuận')?.key).to.equal('Bình Thuận');
    expect(matchTypeAhead(flat, 'b', 'Cần Thơ')?.key).to.equal('Bắc Ninh');
  });

  it('groupLargeSets() of 63 items makes groups of at most 12 and every item ≤ 8 presses away (BFS)', () => {
    const items = leaves(Array.from({ length: 63 }, (_, i) => `t${i}`));
    const grouped = groupLargeSets(items, (a, b, from, to) => `${from}–${to}: ${a.text} … ${b.text}`);
    const model63 = new NavModel(grouped);
    expect(model63.roots.length).to.be.at.most(12);
    for (const n of model63.all) expect(n.siblings.length).to.be.at.most(12);
    expect(model63.all.filter((n) => n.children.length === 0).map((n) => n.key)).to.deep.equal(
      items.map((i) => i.key),
    );
    expect(Math.max(...model63.all.map((n) => n.level))).to.equal(2);
    expect(maxPresses(model63)).to.be.at.most(8);
    expect(model63.roots[0]!.item.label).to.equal('1–9: t0 … t8');
  });

  it('groupLargeSets() leaves 12 items flat', () => {
    const items = leaves(Array.from({ length: 12 }, (_, i) => `t${i}`));
    expect(groupLargeSets(items, () => 'g')).to.deep.equal(items);
  });

  it('groupLargeSets() of 10 000 marks under 100 rows: groups of at most 12, and no lazy name read', () => {
    let reads = 0;
    const lazy = (key: string, text: string, children?: NavItem[]): NavItem => ({
      key,
      get label() {
        reads += 1;
        return `name of ${key}`;
      },
      text,
      ...(children === undefined ? {} : { children }),
    });
    const rows = Array.from({ length: 100 }, (_, r) =>
      lazy(
        `row${r}`,
        `Row ${r}`,
        Array.from({ length: 100 }, (_, m) => lazy(`m${r}.${m}`, `Mark ${m}`)),
      ),
    );
    const grouped = groupLargeSets(rows, (a, b) => `${a.text} … ${b.text}`);
    expect(reads, 'labels read while grouping').to.equal(0);
    const model = new NavModel(grouped);
    for (const n of model.all) expect(n.siblings.length).to.be.at.most(12);
    const marks = model.all.filter((n) => n.children.length === 0);
    expect(marks).to.have.length(10_000);
    expect(marks[12_34 % 10_000]!.key).to.equal('m12.34');
    // The copies of the rows keep their lazy names.
    const row = model.get('row7')!;
    expect(row.children).to.have.length.at.most(12);
    expect(row.item.label).to.equal('name of row7');
    expect(reads).to.equal(1);
  });

  it('63 provinces grouped by their 6 regions: every province ≤ 8 presses from the first item (BFS)', () => {
    const provinces = provincesOf('2008-2025');
    const tree: NavItem[] = REGION_IDS.map((region) => ({
      key: `region:${region}`,
      label: regionName(region, 'vi'),
      children: provinces.filter((p) => p.region === region).map((p) => ({ key: p.code, label: p.name.vi })),
    }));
    const model63 = new NavModel(tree);
    expect(model63.roots.length).to.equal(6);
    expect(model63.all.length).to.equal(69);
    expect(maxPresses(model63)).to.be.at.most(8);
  });
});

// ─── the controller in a host ─────────────────────────────────────────────────────────────────────

describe('NavigationController', () => {
  it('renders a named tree of treeitems with level, position, size, expanded and selected states', async () => {
    const { root } = await setup();
    const tree = root.querySelector('[role="tree"]')!;
    expect(tree.getAttribute('aria-label')).to.equal('Mật độ thuê bao: các giá trị');
    const haTinh = item(root, 'Hà Tĩnh');
    expect(haTinh.getAttribute('aria-level')).to.equal('2');
    expect(haTinh.getAttribute('aria-posinset')).to.equal('2');
    expect(haTinh.getAttribute('aria-setsize')).to.equal('3');
    expect(haTinh.getAttribute('aria-selected')).to.equal('false');
    expect(haTinh.getAttribute('aria-label')).to.equal('Hà Tĩnh: 11 thuê bao/100 dân, 2/3');
    const region = item(root, 'r:ncc');
    expect(region.getAttribute('aria-expanded')).to.equal('true');
    expect(region.getAttribute('aria-label')).to.equal('Bắc Trung Bộ và duyên hải miền Trung, 2/3');
    expect(region.querySelector(':scope > [role="group"]')).to.not.equal(null);
  });

  it('has exactly one Tab stop: Tab in lands on the first item, the next Tab leaves', async () => {
    const { root, before, after } = await setup();
    expect(tabStops(root).length).to.equal(1);
    await tabFrom(before);
    expect(activeKey()).to.equal('r:nmm');
    await press('Tab');
    expect(document.activeElement).to.equal(after);
  });

  it('→ ← ↓ ↑ Home End move the active item as the model says, keeping one Tab stop', async () => {
    const { root, before, host } = await setup();
    await tabFrom(before);
    const steps: [string, string][] = [
      ['ArrowRight', 'r:ncc'],
      ['ArrowDown', 'Nghệ An'],
      ['ArrowRight', 'Hà Tĩnh'],
      ['End', 'Thừa Thiên Huế'],
      ['Home', 'Nghệ An'],
      ['ArrowUp', 'r:ncc'],
      ['End', 'r:mrd'],
      ['ArrowLeft', 'r:ncc'],
    ];
    for (const [key, expected] of steps) {
      await press(key);
      expect(activeKey(), `after ${key}`).to.equal(expected);
      expect(tabStops(root).map((e) => e.dataset['key'])).to.deep.equal([expected]);
    }
    expect(host.focusedItems).to.deep.equal(['r:nmm', ...steps.map(([, k]) => k)]);
  });

  it('PageDown / PageUp move by 10 among flat siblings', async () => {
    const { before } = await setup(leaves(Array.from({ length: 25 }, (_, i) => `p${i}`)));
    await tabFrom(before);
    await press('PageDown');
    expect(activeKey()).to.equal('p10');
    await press('PageDown', 2);
    expect(activeKey()).to.equal('p24');
    await press('PageUp');
    expect(activeKey()).to.equal('p14');
  });

  it('does not wrap: at an edge the item stays and the edge is announced in the live region', async () => {
    const { root, before, host } = await setup();
    await tabFrom(before);
    await press('ArrowLeft');
    expect(activeKey()).to.equal('r:nmm');
    expect(liveText(root)).to.equal('Đầu danh sách');
    await press('ArrowUp');
    expect(liveText(root)).to.equal('Cấp trên cùng');
    await press('End');
    await press('ArrowRight');
    expect(activeKey()).to.equal('r:mrd');
    expect(liveText(root)).to.equal('Cuối danh sách');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(activeKey()).to.equal('Bến Tre');
    expect(liveText(root)).to.equal('Không có cấp dưới');
    host.msgLang = 'en';
    await press('ArrowLeft');
    expect(liveText(root)).to.equal('First item');
  });

  it('a repeated edge message still changes the live region (so it is read again)', async () => {
    const { root, before } = await setup();
    await tabFrom(before);
    await press('ArrowLeft');
    const first = root.querySelector('.nav-live')!.textContent;
    await press('ArrowLeft');
    expect(root.querySelector('.nav-live')!.textContent).to.not.equal(first);
    expect(liveText(root)).to.equal('Đầu danh sách');
  });

  it('Enter and Space select the item: aria-selected and onSelect with the item', async () => {
    const { root, before, host } = await setup();
    await tabFrom(before);
    await press('ArrowRight');
    await press('ArrowDown');
    await press('ArrowRight');
    await press('Enter');
    expect(host.selected).to.deep.equal([{ key: 'Hà Tĩnh', via: 'keyboard' }]);
    expect(item(root, 'Hà Tĩnh').getAttribute('aria-selected')).to.equal('true');
    await press('ArrowRight');
    await press(' ');
    expect(host.selected.map((s) => s.key)).to.deep.equal(['Hà Tĩnh', 'Thừa Thiên Huế']);
    expect(item(root, 'Hà Tĩnh').getAttribute('aria-selected')).to.equal('false');
    expect(item(root, 'Thừa Thiên Huế').getAttribute('aria-selected')).to.equal('true');
  });

  it('Enter on a group goes down into it', async () => {
    const { before, host } = await setup();
    await tabFrom(before);
    await press('Enter');
    expect(activeKey()).to.equal('Điện Biên');
    expect(host.selected).to.deep.equal([]);
  });

  it('Escape goes to the parent, then leaves the items for the tree container; a key brings focus back', async () => {
    const { root, before } = await setup();
    await tabFrom(before);
    await press('ArrowRight');
    await press('ArrowDown');
    await press('ArrowRight');
    await press('Escape');
    expect(activeKey()).to.equal('r:ncc');
    await press('Escape');
    expect(activeKey()).to.equal(undefined);
    expect(deepActiveElement()).to.equal(root.querySelector('[role="tree"]'));
    expect(root.querySelectorAll('.focus-ring').length).to.equal(0);
    await press('ArrowDown');
    expect(activeKey()).to.equal('r:ncc');
  });

  it('Escape used by the element (a tooltip dismissed) does not move focus', async () => {
    const { before, host } = await setup();
    await tabFrom(before);
    await press('ArrowDown');
    host.escapeConsumes = true;
    await press('Escape');
    expect(activeKey()).to.equal('Điện Biên');
  });

  it('type-ahead "ha tinh" goes to Hà Tĩnh (diacritics optional); a miss is announced', async () => {
    const { root, before } = await setup();
    await tabFrom(before);
    await type('ha tinh');
    expect(activeKey()).to.equal('Hà Tĩnh');
    await new Promise((r) => setTimeout(r, 1100));
    await type('zz');
    expect(activeKey()).to.equal('Hà Tĩnh');
    expect(liveText(root)).to.equal('Không tìm thấy “zz”');
  });

  it('"w" says where the active item is, as a path', async () => {
    const { root, before } = await setup();
    await tabFrom(before);
    await press('ArrowRight');
    await press('ArrowDown');
    await press('ArrowRight');
    await press('w');
    expect(liveText(root)).to.equal('Đang ở: Bắc Trung Bộ › Hà Tĩnh');
    expect(activeKey()).to.equal('Hà Tĩnh');
  });

  it('"?" asks for the help with the focused item as the place to return to', async () => {
    const { root, before, host } = await setup();
    await tabFrom(before);
    await press('ArrowDown');
    await press('?');
    expect(host.helpOrigins).to.deep.equal([item(root, 'Điện Biên')]);
  });

  it('keys pressed with focus outside the chart change nothing', async () => {
    const { root, host, after } = await setup();
    after.focus();
    await press('ArrowRight');
    await press('End');
    await press('w');
    await press('Enter');
    expect(host.nav.activeKey).to.equal(undefined);
    expect(liveText(root)).to.equal('');
    expect(host.selected).to.deep.equal([]);
    expect(tabStops(root).map((e) => e.dataset['key'])).to.deep.equal(['r:nmm']);
  });

  it('registers no listener on window or document', async () => {
    const seen: string[] = [];
    const original = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      if (this === window || this === document) seen.push(type);
      return (original as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof original;
    try {
      const { before } = await setup();
      await tabFrom(before);
      await press('ArrowRight');
      await type('ha');
    } finally {
      EventTarget.prototype.addEventListener = original;
    }
    expect(seen.filter((t) => /key|focus|pointer|click/.test(t))).to.deep.equal([]);
  });

  it(`a tree of more than ${FULL_TREE_MAX_NODES} nodes draws only the open path; focus never falls to the page`, async function () {
    this.timeout(30000); // sendMouse is slow in a background page
    // 6 groups × 10 subgroups × 10 leaves = 666 nodes; leaf l of subgroup s of group g in row g·10+s.
    const H = 13;
    const big: NavItem[] = Array.from({ length: 6 }, (_, g) => ({
      key: `g${g}`,
      label: `Nhóm ${g}`,
      children: Array.from({ length: 10 }, (_, s) => ({
        key: `g${g}s${s}`,
        label: `Nhóm ${g}.${s}`,
        children: Array.from({ length: 10 }, (_, l) => ({
          key: `g${g}s${s}l${l}`,
          label: `Mục ${g}.${s}.${l}`,
          rect: { x: l * 40, y: (g * 10 + s) * H, width: 40, height: H },
        })),
      })),
    }));
    const { root, before, host } = await setup(big);
    const drawn = () => [...root.querySelectorAll<HTMLElement>('[role="treeitem"]')];
    const expanded = (key: string) => item(root, key).getAttribute('aria-expanded');
    const lostFocus: (EventTarget | null)[] = [];
    root.addEventListener('focusout', (e) => {
      if (!root.contains((e as FocusEvent).relatedTarget as Node | null))
        lostFocus.push((e as FocusEvent).relatedTarget);
    });
    // At rest: the six groups, closed, each lying over its marks (10 rows × 13 px).
    expect(drawn().map((e) => e.dataset['key'])).to.deep.equal(['g0', 'g1', 'g2', 'g3', 'g4', 'g5']);
    expect(drawn().map((e) => e.getAttribute('aria-expanded'))).to.deep.equal(Array(6).fill('false'));
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    const g2 = item(root, 'g2').getBoundingClientRect();
    expect([g2.top - plot.top, g2.height, g2.width]).to.deep.equal([20 * H, 10 * H, 400]);
    expect(
      root
        .elementsFromPoint(plot.left + 100, plot.top + 25 * H)
        .some((e) => (e as HTMLElement).dataset['key'] === 'g2'),
    ).to.equal(true);
    // ↓ opens the path; the siblings stay closed.
    await tabFrom(before);
    await press('ArrowDown');
    await press('ArrowDown');
    expect(activeKey()).to.equal('g0s0l0');
    expect(drawn().length).to.equal(6 + 10 + 10);
    expect([expanded('g0'), expanded('g0s0'), expanded('g0s1'), expanded('g1')]).to.deep.equal([
      'true',
      'true',
      'false',
      'false',
    ]);
    await press('End');
    // ↑ from a leaf: the group is focused and drawn closed; its leaves go, focus stays in the tree.
    await press('ArrowUp');
    await press('ArrowUp');
    expect(activeKey()).to.equal('g0');
    expect(expanded('g0')).to.equal('false');
    expect(drawn().length).to.equal(6);
    // A closed group is ringed once, around its item (not once per mark: 100 rings).
    const rings = [...root.querySelectorAll('.focus-ring')];
    expect(rings.length).to.equal(1);
    expect(['x', 'y', 'width', 'height'].map((a) => Number(rings[0]!.getAttribute(a)))).to.deep.equal([
      0,
      0,
      400,
      10 * H,
    ]);
    expect(host.focusedItems).to.deep.equal(['g0', 'g0s0', 'g0s0l0', 'g0s0l9', 'g0s0', 'g0']);
    expect(lostFocus).to.deep.equal([]);
    // A click on a closed group opens it at its first item (inside a mark: the ring's edges take the pointer).
    await sendMouse({
      type: 'click',
      position: [Math.round(plot.left + 100), Math.round(plot.top + 35 * H + H / 2)],
    });
    await settleFrame();
    expect(activeKey()).to.equal('g3s0');
    expect(expanded('g3')).to.equal('true');
    expect(lostFocus).to.deep.equal([]);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('each leaf sits over its mark: elementsFromPoint(centre) includes the item with that key', async () => {
    const { root, host } = await setup();
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    for (const node of host.nav.model.all.filter((n) => n.item.rect !== undefined)) {
      const r = node.item.rect!;
      const hits = root.elementsFromPoint(plot.left + r.x + r.width / 2, plot.top + r.y + r.height / 2);
      expect(
        hits.some((el) => (el as HTMLElement).dataset['key'] === node.key),
        node.key,
      ).to.equal(true);
    }
  });

  it('a click selects like Enter (pointer parity) and focuses the item', async function () {
    this.timeout(30000); // sendMouse is slow in a background page
    const { root, host } = await setup();
    const r = item(root, 'Bến Tre').getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)],
    });
    await settleFrame();
    expect(host.selected).to.deep.equal([{ key: 'Bến Tre', via: 'pointer' }]);
    expect(activeKey()).to.equal('Bến Tre');
    expect(item(root, 'Bến Tre').getAttribute('aria-selected')).to.equal('true');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('draws an SVG focus ring ≥ 2 px, ≥ 3:1 against the background, on top at its edge', async () => {
    const { root, before } = await setup();
    expect(root.querySelectorAll('.focus-ring').length).to.equal(0);
    await tabFrom(before);
    await press('ArrowDown');
    const ring = root.querySelector<SVGRectElement>('.focus-ring')!;
    expect(ring).to.not.equal(null);
    const style = getComputedStyle(ring);
    expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
    expect(FOCUS_RING_WIDTH).to.be.at.least(2);
    const background = resolveColor('#ffffff');
    expect(contrast(style.stroke, background)).to.be.at.least(3);
    // The ring surrounds Điện Biên's row and is the topmost element on its left edge.
    expect(Number(ring.getAttribute('y'))).to.equal(0);
    const box = ring.getBoundingClientRect();
    const top = root.elementsFromPoint(box.left + 1, box.top + box.height / 2)[0];
    expect(top).to.equal(ring);
  });

  it('a focused group rings each of its marks', async () => {
    const { root, before } = await setup();
    await tabFrom(before);
    await press('ArrowRight');
    expect(root.querySelectorAll('.focus-ring').length).to.equal(3);
  });

  it('the focused node is a treeitem in the accessibility tree, named with its position', async function (this: Mocha.Context) {
    const { before } = await setup();
    await tabFrom(before);
    await press('ArrowRight');
    await press('ArrowDown');
    const tree = await axTree();
    if (tree === false) this.skip(); // not Chromium
    const node = tree.find((n) => n.name === 'Nghệ An: 10 thuê bao/100 dân, 1/3');
    expect(node?.role).to.equal('treeitem');
    expect(tree.some((n) => n.role === 'tree' && n.name === 'Mật độ thuê bao: các giá trị')).to.equal(true);
  });

  it('has no axe violations, before and during keyboard use', async () => {
    const { host, before } = await setup();
    expect(await axeViolations(host)).to.deep.equal([]);
    await tabFrom(before);
    await press('ArrowDown');
    expect(await axeViolations(host)).to.deep.equal([]);
  });
});
