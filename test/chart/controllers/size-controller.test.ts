import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { LitElement, css, html } from 'lit';
import {
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  MIN_WIDTH,
  NARROW_BELOW,
  SizeController,
  type SizeOptions,
} from '../../../src/chart/controllers/size-controller.js';
import { recordEscapes, settle, uniqueTag, type EscapeRecorder } from './support.js';

/** Defines a throwaway host that composes a SizeController with `options` and counts its updates. */
function defineHost(options?: SizeOptions) {
  class SizeHost extends LitElement {
    static override styles = css`
      :host {
        display: block;
      }
    `;
    readonly size = new SizeController(this, options);
    updates = 0;
    /** Extra height drawn below the chart (set it, then call requestUpdate). */
    extra = 0;
    override updated() {
      this.updates += 1;
    }
    override render() {
      return html`<div style="height: ${this.size.height}px">${this.size.width}</div>
        <div style="height: ${this.extra}px"></div>`;
    }
  }
  const tag = uniqueTag('x-size');
  customElements.define(tag, SizeHost);
  return tag;
}

/**
 * Sets the viewport to `width` × `height` and resolves to the width it got. wtr's `setViewport` has no
 * WebDriver implementation, so in WebKit the `window-viewport` command (test/tools/wtr-window-size.mjs) sizes
 * the window instead; MiniBrowser's window cannot be narrower than about 447 px.
 */
async function resizeViewport(width: number, height: number): Promise<number> {
  const sized = await executeServerCommand('window-viewport', { width, height });
  if (sized === false) await setViewport({ width, height });
  return innerWidth;
}

type SizeHostElement = HTMLElement & {
  size: SizeController;
  updates: number;
  extra: number;
  requestUpdate(): void;
  updateComplete: Promise<boolean>;
};

describe('SizeController', () => {
  let container: HTMLDivElement;
  let escapes: EscapeRecorder;

  beforeEach(() => {
    escapes = recordEscapes();
    container = document.createElement('div');
    container.style.width = '600px';
    document.body.append(container);
  });

  afterEach(async () => {
    container.remove();
    await settle();
    escapes.stop();
    expect(escapes.events, 'uncaught errors during the test').to.deep.equal([]);
  });

  async function mount(options?: SizeOptions): Promise<SizeHostElement> {
    const element = document.createElement(defineHost(options)) as SizeHostElement;
    container.append(element);
    await element.updateComplete;
    return element;
  }

  it(`new SizeController(host) reports width ${DEFAULT_WIDTH} and height ${DEFAULT_HEIGHT} before the host is measured`, () => {
    const element = document.createElement(defineHost()) as SizeHostElement;
    expect(element.size.width).to.equal(DEFAULT_WIDTH);
    expect(element.size.height).to.equal(DEFAULT_HEIGHT);
    expect(element.size.measured).to.equal(false);
  });

  it('width follows the content box of a 600 px container', async () => {
    const element = await mount();
    // A page that gets no rendering (a background tab) never delivers ResizeObserver entries; say so.
    await waitUntil(
      () => element.size.width === 600,
      `width stayed ${element.size.width} (document.visibilityState: ${document.visibilityState})`,
    );
    expect(element.size.measured).to.equal(true);
    expect(element.size.narrow).to.equal(false);
  });

  it('a host connected in a laid-out container draws its first update at the real width (no 640 px pass)', async () => {
    const element = document.createElement(defineHost()) as SizeHostElement;
    element.style.padding = '0 10px';
    element.style.border = '5px solid';
    container.append(element);
    await element.updateComplete;
    expect(element.size.measured, 'measured before the first update').to.equal(true);
    expect(element.size.width).to.equal(600 - 2 * 10 - 2 * 5);
    expect(element.shadowRoot!.textContent!.trim()).to.equal('570', 'the first render used the real width');
    await settle();
    expect(element.updates, 'the first ResizeObserver entry changed nothing').to.equal(1);
  });

  it('hosts appended in one loop are read together before the first draws, each at its own width', async () => {
    const tag = defineHost();
    const elements = [0, 1, 2, 3, 4, 5].map((i) => {
      const element = document.createElement(tag) as SizeHostElement;
      element.style.width = `${300 + i * 40}px`;
      container.append(element);
      // Not read at connection: the reads wait for the first update, after the loop.
      expect(element.size.measured, `#${i} at connection`).to.equal(false);
      return element;
    });
    await Promise.all(elements.map((e) => e.updateComplete));
    expect(elements.map((e) => e.shadowRoot!.textContent!.trim())).to.deep.equal(
      ['300', '340', '380', '420', '460', '500'],
      'each first render used its real width',
    );
    await settle();
    expect(elements.map((e) => e.updates)).to.deep.equal([1, 1, 1, 1, 1, 1]);
  });

  it('a host connected while hidden keeps the default width until the observer sees it', async () => {
    container.style.display = 'none';
    const element = await mount();
    expect(element.size.measured).to.equal(false);
    expect(element.size.width).to.equal(DEFAULT_WIDTH);
    container.style.display = '';
    await waitUntil(() => element.size.width === 600, `width stayed ${element.size.width}`);
  });

  it('width excludes the host padding (content box)', async () => {
    const element = await mount();
    element.style.padding = '0 20px';
    await waitUntil(() => element.size.width === 560, `width stayed ${element.size.width}`);
  });

  it('resizing the container to 360 px re-renders the host at 360 px and sets narrow', async () => {
    const element = await mount();
    await waitUntil(() => element.size.width === 600);
    container.style.width = '360px';
    await waitUntil(() => element.size.width === 360, `width stayed ${element.size.width}`);
    await element.updateComplete;
    expect(element.size.narrow).to.equal(true);
    expect(element.shadowRoot!.textContent!.trim()).to.equal('360', 'the render used the new width');
  });

  it(`a 200 px container gives the minimum width ${MIN_WIDTH} while narrow stays true`, async () => {
    container.style.width = '200px';
    const element = await mount();
    await waitUntil(() => element.size.measured);
    expect(element.size.width).to.equal(MIN_WIDTH);
    expect(element.size.narrow).to.equal(true);
  });

  it('setViewport({ width: 420 }) shrinks a full-width chart with the viewport', async () => {
    container.style.width = 'auto';
    const initial = { width: innerWidth, height: innerHeight };
    await resizeViewport(900, 700);
    const element = await mount();
    const wide = element.getBoundingClientRect().width;
    await waitUntil(() => element.size.width === Math.round(wide));
    const viewport = await resizeViewport(420, 700);
    try {
      expect(viewport).to.be.below(NARROW_BELOW);
      const narrow = element.getBoundingClientRect().width;
      expect(narrow).to.be.below(viewport);
      await waitUntil(() => element.size.width === Math.round(narrow), `width stayed ${element.size.width}`);
      expect(element.size.narrow).to.equal(true);
    } finally {
      await resizeViewport(initial.width, initial.height);
    }
  });

  it('five resizes in one frame cause one host update', async () => {
    const element = await mount();
    await waitUntil(() => element.size.width === 600);
    await settle();
    const before = element.updates;
    for (const width of [500, 480, 460, 440, 420]) {
      container.style.width = `${width}px`;
      container.getBoundingClientRect(); // force layout between changes
    }
    await waitUntil(() => element.size.width === 420);
    await settle();
    expect(element.updates - before).to.equal(1);
  });

  it('a resize that rounds to the same whole pixel does not update the host', async () => {
    const element = await mount();
    await waitUntil(() => element.size.width === 600);
    await settle();
    const before = element.updates;
    container.style.width = '600.3px';
    await settle(100);
    expect(element.size.width).to.equal(600);
    expect(element.updates).to.equal(before);
  });

  it('the chart changing its own height does not wake the observer; a new width does', async function () {
    if (document.visibilityState !== 'visible') this.skip(); // no ResizeObserver in a background page
    const Real = ResizeObserver;
    let callbacks = 0;
    globalThis.ResizeObserver = class extends Real {
      constructor(callback: ResizeObserverCallback) {
        super((entries, observer) => {
          callbacks += 1;
          callback(entries, observer);
        });
      }
    };
    let element: SizeHostElement;
    try {
      element = await mount();
    } finally {
      globalThis.ResizeObserver = Real;
    }
    await waitUntil(() => element.size.width === 600);
    await settle(100);
    callbacks = 0;
    for (const extra of [120, 300, 40, 0]) {
      element.extra = extra;
      element.requestUpdate();
      await element.updateComplete;
      await settle(50);
      expect(element.getBoundingClientRect().height).to.equal(DEFAULT_HEIGHT + extra, 'the host grew');
    }
    expect(callbacks, 'callbacks for height changes').to.equal(0);
    container.style.width = '500px';
    await waitUntil(() => element.size.width === 500, `width stayed ${element.size.width}`);
    expect(callbacks).to.be.greaterThan(0);
  });

  it('with padding and a border, a resized container gives the content width', async () => {
    const element = document.createElement(defineHost()) as SizeHostElement;
    element.style.padding = '0 10px';
    element.style.border = '5px solid';
    container.append(element);
    await element.updateComplete;
    container.style.width = '500px';
    await waitUntil(() => element.size.width === 470, `width stayed ${element.size.width}`);
  });

  it('a host that a page made a flex row (the probe has no width) is observed itself and follows resizes', async () => {
    const element = document.createElement(defineHost()) as SizeHostElement;
    element.style.display = 'flex';
    container.append(element);
    await element.updateComplete;
    await waitUntil(() => element.size.width === 600, `width stayed ${element.size.width}`);
    container.style.width = '500px';
    await waitUntil(() => element.size.width === 500, `width stayed ${element.size.width}`);
    expect(element.shadowRoot!.querySelector('[data-ict-size-probe]')).to.equal(null);
  });

  it('{ defaultHeight: 400 } sets the height', async () => {
    const element = await mount({ defaultHeight: 400 });
    expect(element.size.height).to.equal(400);
  });

  it('{ aspect: 2 } makes the height half the width, and follows resizes without a ResizeObserver loop error', async () => {
    const element = await mount({ aspect: 2, defaultHeight: 320 });
    await waitUntil(() => element.size.width === 600);
    expect(element.size.height).to.equal(300);
    for (const width of [700, 500, 640, 420]) {
      container.style.width = `${width}px`;
      await waitUntil(() => element.size.width === width);
      await element.updateComplete;
      expect(element.size.height).to.equal(Math.max(200, Math.round(width / 2)));
      expect(element.getBoundingClientRect().height).to.equal(element.size.height, 'rendered height');
    }
  });

  it('{ aspect: 1 } on a wide screen caps the height at twice defaultHeight', async () => {
    container.style.width = '1200px';
    const element = await mount({ aspect: 1, defaultHeight: 300 });
    await waitUntil(() => element.size.width === 1200);
    expect(element.size.height).to.equal(600);
  });

  it('a hidden host (display: none) keeps its last width instead of collapsing to 0', async () => {
    const element = await mount();
    await waitUntil(() => element.size.width === 600);
    element.style.display = 'none';
    await settle(100);
    expect(element.size.width).to.equal(600);
  });

  it('moving the host to a 400 px container measures it again after reconnection', async () => {
    const element = await mount();
    await waitUntil(() => element.size.width === 600);
    const other = document.createElement('div');
    other.style.width = '400px';
    container.append(other);
    other.append(element); // disconnect + connect
    await waitUntil(() => element.size.width === 400, `width stayed ${element.size.width}`);
  });

  it('removing the host disconnects its ResizeObserver', async () => {
    const element = await mount();
    await waitUntil(() => element.size.width === 600);
    const realDisconnect = ResizeObserver.prototype.disconnect;
    let disconnects = 0;
    ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
      disconnects += 1;
      realDisconnect.call(this);
    };
    try {
      element.remove();
    } finally {
      ResizeObserver.prototype.disconnect = realDisconnect;
    }
    expect(disconnects).to.equal(1);
    const before = element.updates;
    await settle(100);
    expect(element.updates).to.equal(before, 'no update after removal');
  });
});
