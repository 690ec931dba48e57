import { LitElement, css, html } from 'lit';
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import {
  NAV_STRINGS,
  NavigationController,
  type NavItem,
} from '../../src/chart/controllers/navigation-controller.js';
import { HIDE_DELAY_MS, TooltipController } from '../../src/chart/controllers/tooltip-controller.js';
import { MediaController } from '../../src/chart/controllers/media-controller.js';
import { navLayerStyles } from '../../src/chart/templates/nav-layer.js';
import { tooltip, tooltipStyles } from '../../src/chart/templates/tooltip.js';
import { emulateMedia } from '../helpers/ax.js';
import { mount } from '../helpers/fixtures.js';
import { activeKey, deepActiveElement, press, settleFrame, tabFrom } from '../helpers/keys.js';

const ITEMS: NavItem[] = ['Hà Tĩnh', 'Bến Tre', 'Điện Biên'].map((name, i) => ({
  key: name,
  label: `${name}: ${94 + i} thuê bao/100 dân`,
  rect: { x: 0, y: i * 40, width: 300, height: 40 },
}));

class TipTestHost extends LitElement {
  static override styles = [
    navLayerStyles,
    tooltipStyles,
    css`
      .plot {
        position: relative;
        width: 300px;
        height: 400px;
      }
    `,
  ];
  readonly tip = new TooltipController(this);
  readonly media = new MediaController(this);
  readonly nav = new NavigationController(this, {
    items: () => ITEMS,
    label: () => 'test',
    strings: () => NAV_STRINGS.vi,
    onFocusItem: (item) => this.tip.focus(item.key),
    onBlur: () => this.tip.blur(),
    onPointerEnter: (item) => this.tip.pointerEnter(item.key),
    onPointerLeave: (item) => this.tip.pointerLeave(item.key),
    onEscape: () => this.tip.dismiss(),
  });

  override render() {
    const key = this.tip.key;
    const node = this.nav.model.get(key);
    return html`<div class="plot">
      ${this.nav.render()}
      ${tooltip(
        node === undefined
          ? undefined
          : {
              key: node.key,
              title: node.item.label,
              lines: ['Nguồn: Sở TT&TT'],
              anchor: node.item.rect!,
              x: 120,
              plotHeight: 400,
              onPointerEnter: () => this.tip.tooltipEnter(),
              onPointerLeave: () => this.tip.tooltipLeave(),
            },
      )}
    </div>`;
  }
}
customElements.define('tip-test-host', TipTestHost);

async function setup() {
  const wrapper = await mount<HTMLDivElement>(
    html`<div style="padding: 8px"><button>before</button><tip-test-host></tip-test-host></div>`,
  );
  const host = wrapper.querySelector('tip-test-host') as TipTestHost;
  await host.updateComplete;
  return { host, root: host.shadowRoot!, before: wrapper.querySelector('button')! };
}

const shown = (root: ShadowRoot): string | undefined =>
  root.querySelector<HTMLElement>('.tooltip')?.dataset['key'];

async function moveTo(el: Element, dx = 0.5, dy = 0.5): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(r.left + r.width * dx), Math.round(r.top + r.height * dy)],
  });
  await settleFrame();
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('TooltipController with the tooltip template', function () {
  // sendMouse waits about 5 s per move when this page runs in the background (test files run
  // concurrently and a hidden page renders no frames).
  this.timeout(60000);

  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shows the tooltip of the hovered mark, not aria-hidden text alone (the item carries the name)', async () => {
    const { root } = await setup();
    expect(shown(root)).to.equal(undefined);
    await moveTo(root.querySelector('[data-key="Bến Tre"]')!);
    expect(shown(root)).to.equal('Bến Tre');
    const tip = root.querySelector('.tooltip')!;
    expect(tip.getAttribute('aria-hidden')).to.equal('true');
    expect(tip.textContent).to.contain('Bến Tre: 95 thuê bao/100 dân');
  });

  it('is hoverable: moving the pointer onto the tooltip keeps it beyond the hide delay', async () => {
    const { root } = await setup();
    await moveTo(root.querySelector('[data-key="Hà Tĩnh"]')!);
    const tip = root.querySelector('.tooltip')!;
    await moveTo(tip);
    await wait(HIDE_DELAY_MS + 150);
    expect(shown(root)).to.equal('Hà Tĩnh');
  });

  it('hides after the delay once the pointer has left both the mark and the tooltip', async () => {
    const { root } = await setup();
    await moveTo(root.querySelector('[data-key="Hà Tĩnh"]')!);
    const left = performance.now();
    await sendMouse({ type: 'move', position: [600, 600] });
    expect(shown(root)).to.equal('Hà Tĩnh'); // still there within the delay
    await waitUntil(() => shown(root) === undefined, 'tooltip never hid', { timeout: 5000, interval: 20 });
    expect(performance.now() - left).to.be.at.least(HIDE_DELAY_MS - 20);
  });

  it('shows on keyboard focus too (hover ↔ focus parity) and follows the arrow keys', async () => {
    const { root, before } = await setup();
    await tabFrom(before);
    expect(shown(root)).to.equal('Hà Tĩnh');
    await press('ArrowRight');
    expect(shown(root)).to.equal('Bến Tre');
  });

  it('Escape dismisses it without moving focus; the next move shows it again', async () => {
    const { root, before } = await setup();
    await tabFrom(before);
    await press('ArrowRight');
    const focused = deepActiveElement();
    await press('Escape');
    expect(shown(root)).to.equal(undefined);
    expect(deepActiveElement()).to.equal(focused);
    expect(activeKey()).to.equal('Bến Tre');
    await press('ArrowRight');
    expect(shown(root)).to.equal('Điện Biên');
  });

  it('Escape dismisses a hovered tooltip too, and it stays dismissed while the pointer rests', async () => {
    const { root, before } = await setup();
    await tabFrom(before);
    await moveTo(root.querySelector('[data-key="Điện Biên"]')!);
    expect(shown(root)).to.equal('Điện Biên'); // the pointer wins over focus
    await press('Escape');
    expect(shown(root)).to.equal(undefined);
    expect(activeKey()).to.equal('Hà Tĩnh');
    await wait(50);
    expect(shown(root)).to.equal(undefined);
  });

  it('hides when focus leaves the chart', async () => {
    const { root, before } = await setup();
    await tabFrom(before);
    expect(shown(root)).to.equal('Hà Tĩnh');
    before.focus();
    await settleFrame();
    expect(shown(root)).to.equal(undefined);
  });

  it('stays inside the plot horizontally near the right edge', async () => {
    const { root, host } = await setup();
    await moveTo(root.querySelector('[data-key="Bến Tre"]')!);
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    const tip = root.querySelector('.tooltip')!.getBoundingClientRect();
    expect(tip.left).to.be.at.least(plot.left - 0.5);
    expect(tip.right).to.be.at.most(plot.right + 0.5);
    expect(host.tip.source).to.equal('pointer');
  });
});

describe('MediaController', () => {
  afterEach(async () => {
    await emulateMedia({});
  });

  it('reads forced-colors and reduced-motion when created, and removes its listeners on disconnect', async () => {
    const applied = await emulateMedia({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
    const { host } = await setup();
    expect(host.media.listenerCount).to.equal(4);
    if (applied) {
      expect(host.media.forcedColors).to.equal(true);
      expect(host.media.reducedMotion).to.equal(true);
    }
    host.remove();
    expect(host.media.listenerCount).to.equal(0);
  });

  it('follows a change of the media features while connected', async function () {
    // A page in the background (test files run concurrently) evaluates media queries only when it renders.
    if (document.visibilityState !== 'visible') this.skip();
    const { host } = await setup();
    if (!(await emulateMedia({ 'forced-colors': 'active' }))) this.skip();
    await waitUntil(() => host.media.forcedColors, 'no change event', { timeout: 3000 });
    await emulateMedia({});
    await waitUntil(() => !host.media.forcedColors, 'no change event', { timeout: 3000 });
  });
});
