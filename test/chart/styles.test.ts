import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { systemColor } from '../helpers/contrast.js';
import {
  SAMPLE_ISSUES,
  defineFrameElement,
  mountFrame,
  type FrameTestElement,
  type FrameTestInput,
} from './frame-support.js';
import { patternDefs } from '../../src/chart/styles/patterns.js';

const tag = defineFrameElement();
const issues = SAMPLE_ISSUES;
const mount = (input: Partial<FrameTestInput> = {}, attrs = ''): Promise<FrameTestElement> =>
  mountFrame(tag, input, attrs);

const $ = (el: FrameTestElement, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;

/** Elements of the shadow root with text of their own (HTML and SVG). */
function textElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
  );
}

describe('styles: text size and user styles (rows 21, 29)', () => {
  it('no text under 12 px even with a 12 px host font (max(0.75em, 12px))', async () => {
    for (const input of [{}, { state: { status: 'error' as const, issues }, onRetry: () => undefined }]) {
      const el = await mount(input, 'style="--ict-font-size: 12px"');
      el.figure.openHelp();
      const sizes = textElements(el.shadowRoot!).map(
        (t) => [t.textContent!.trim().slice(0, 20), parseFloat(getComputedStyle(t).fontSize)] as const,
      );
      expect(sizes.length).to.be.greaterThan(5);
      expect(sizes.filter(([, size]) => size < 12)).to.deep.equal([]);
      el.figure.closeHelp();
    }
  });

  it('every text piece of the frame is inside a ::part (user styles can reach it)', async () => {
    const el = await mount();
    el.figure.openHelp();
    const orphans = textElements(el.shadowRoot!)
      .filter((t) => !(t instanceof SVGElement)) // the visual layer belongs to the element
      .filter((t) => !t.closest('[part]'))
      .map((t) => `${t.localName}: ${t.textContent!.trim()}`);
    expect(orphans).to.deep.equal([]);
    el.figure.closeHelp();
  });

  it('a page stylesheet on ::part(title|summary|source) and a 200 % host font size change the computed styles inside', async () => {
    const el = await mount();
    const titleSize = parseFloat(getComputedStyle($(el, '[part="title"]')).fontSize);
    const style = document.createElement('style');
    style.textContent = `${tag}::part(title), ${tag}::part(summary), ${tag}::part(source) { letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5; }`;
    document.head.append(style);
    try {
      el.style.fontSize = '200%';
      for (const part of ['title', 'summary', 'source']) {
        const computed = getComputedStyle($(el, `[part="${part}"]`));
        expect(parseFloat(computed.letterSpacing), part).to.be.closeTo(
          0.12 * parseFloat(computed.fontSize),
          0.1,
        );
      }
      expect(parseFloat(getComputedStyle($(el, '[part="title"]')).fontSize)).to.be.closeTo(
        titleSize * 2,
        0.5,
      );
    } finally {
      style.remove();
    }
  });

  it('parts exist for the main pieces', async () => {
    const el = await mount();
    for (const part of [
      'figure',
      'title',
      'summary',
      'source',
      'chart',
      'table',
      'caption',
      'button',
      'toolbar',
      'status',
      'live',
    ]) {
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });
});

describe('styles: patterns, forced colours, motion (rows 24, 25, 27)', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-media-features', {});
  });

  it('patternDefs() gives eight <pattern>s ict-pattern-1…8, each with its own ink', () => {
    const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    render(patternDefs(), host);
    const patterns = [...host.querySelectorAll('pattern')];
    expect(patterns.map((p) => p.id)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `ict-pattern-${n}`));
    const inks = patterns.map((p) =>
      p.querySelector('.ict-pattern-ink')!.innerHTML.replace(/<!--[^>]*-->/g, ''),
    );
    expect(new Set(inks).size).to.equal(8);
  });

  it('patternDefs(series) gives the tiles of those series only, once each, in series order', () => {
    const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    render(patternDefs([3, 1, 3, 9]), host);
    expect([...host.querySelectorAll('pattern')].map((p) => p.id)).to.deep.equal([
      'ict-pattern-1',
      'ict-pattern-3',
    ]);
    render(patternDefs([]), host);
    expect(host.querySelectorAll('pattern').length).to.equal(0);
  });

  it('the patterns attribute switches series fills from colour to url(#ict-pattern-N)', async () => {
    const plain = await mount();
    expect(getComputedStyle($(plain, '.ict-series-2')).fill).to.equal('rgb(205, 120, 75)'); // LIGHT_PALETTE[1]
    const patterned = await mount({}, 'patterns');
    expect(getComputedStyle($(patterned, '.ict-series-2')).fill).to.match(/^url\(.*#ict-pattern-2"?\)$/);
  });

  it('emulated prefers-contrast: more turns patterns on without the attribute', async function (this: Mocha.Context) {
    if (!(await executeServerCommand('emulate-media-features', { 'prefers-contrast': 'more' }))) this.skip();
    const el = await mount();
    expect(getComputedStyle($(el, '.ict-series-1')).fill).to.match(/#ict-pattern-1/);
  });

  it('emulated forced colours: patterns on, system colours for text, axis, marks and the focus outline (Highlight)', async function (this: Mocha.Context) {
    if (!(await executeServerCommand('emulate-media-features', { 'forced-colors': 'active' }))) this.skip();
    const el = await mount();
    const canvasText = systemColor('CanvasText');
    expect(getComputedStyle($(el, '.ict-series-3')).fill).to.match(/#ict-pattern-3/);
    expect(getComputedStyle($(el, '.ict-axis')).stroke).to.equal(canvasText);
    expect(getComputedStyle($(el, '.ict-label')).fill).to.equal(canvasText);
    expect(getComputedStyle($(el, '[part="source"]')).color).to.equal(canvasText);
    const toggle = $(el, '[part~="table-toggle"]');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(getComputedStyle(toggle).outlineColor).to.equal(systemColor('Highlight'));
    before.remove();
  });

  it('buttons never fade their colours (a theme switch would pass through low contrast), and nothing moves under emulated prefers-reduced-motion', async function (this: Mocha.Context) {
    const el = await mount();
    expect(getComputedStyle($(el, '[part~="table-toggle"]')).transitionDuration).to.equal('0s');
    if (!(await executeServerCommand('emulate-media-features', { 'prefers-reduced-motion': 'reduce' })))
      this.skip(); // emulated over CDP only (Chromium)
    const reduced = await mount();
    for (const node of reduced.shadowRoot!.querySelectorAll('*')) {
      const durations = getComputedStyle(node)
        .transitionDuration.split(',')
        .map((d) => parseFloat(d));
      expect(
        durations.every((d) => d === 0),
        node.localName,
      ).to.equal(true);
    }
    expect(reduced.shadowRoot!.getAnimations()).to.have.length(0);
  });

  it('the visually hidden table is still laid out (not display:none) and the toggle is a 24 px target', async () => {
    const el = await mount();
    el.figure.tableExpanded = false;
    await el.updateComplete;
    expect(getComputedStyle($(el, 'table')).display).to.equal('table');
    const box = $(el, '[part~="table-toggle"]').getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });
});

describe('styles: focus outline contrast', () => {
  it('a focused frame button has a 2 px outline in the focus colour with ≥ 3:1 against the background', async () => {
    const el = await mount();
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    const style = getComputedStyle(focused);
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const { contrastRatio, backgroundOf } = await import('../helpers/contrast.js');
    const bg = backgroundOf(el.shadowRoot!.querySelector('figure')!);
    expect(contrastRatio(style.outlineColor, `rgb(${bg.r}, ${bg.g}, ${bg.b})`)).to.be.at.least(3);
    before.remove();
  });
});
