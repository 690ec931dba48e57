import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  backgroundOf,
  contrastFailures,
  contrastRatio,
  measureContrast,
  parseColor,
  relativeLuminance,
  systemColor,
} from '../helpers/contrast.js';
import {
  SAMPLE_ISSUES,
  defineFrameElement,
  mountFrame,
  type FrameTestElement,
  type FrameTestInput,
} from './frame-support.js';
import { DARK_PALETTE, DARK_SCHEME, LIGHT_PALETTE, LIGHT_SCHEME } from '../../src/chart/styles/palette.js';

const tag = defineFrameElement();
const issues = SAMPLE_ISSUES;
const mount = (input: Partial<FrameTestInput> = {}, attrs = ''): Promise<FrameTestElement> =>
  mountFrame(tag, input, attrs);

/** Every text and mark of the ready chart (table shown) and of the error state, with its failures. */
async function measureAll(
  attrs = '',
): Promise<{ failures: string[]; texts: number; marks: number; background: number }> {
  const ready = await mount({}, attrs);
  const samples = measureContrast(ready.shadowRoot!);
  const error = await mount({ state: { status: 'error', issues }, onRetry: () => undefined }, attrs);
  samples.push(...measureContrast(error.shadowRoot!));
  return {
    failures: contrastFailures(samples),
    texts: samples.filter((s) => s.kind === 'text').length,
    marks: samples.filter((s) => s.kind === 'mark').length,
    background: relativeLuminance(backgroundOf(ready.shadowRoot!.querySelector('figure')!)),
  };
}

describe('contrast helper', () => {
  it('contrastRatio("rgb(0, 0, 0)", "rgb(255, 255, 255)") is 21 and of equal colours 1', () => {
    expect(contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('rgb(118, 118, 118)', 'rgb(118, 118, 118)')).to.equal(1);
    expect(contrastRatio('rgb(118, 118, 118)', 'rgb(255, 255, 255)')).to.be.closeTo(4.54, 0.01);
  });

  it('parseColor() reads rgb(), rgba() and named colours', () => {
    expect(parseColor('rgba(0, 0, 0, 0.5)')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('rgb(11 92 173)')).to.deep.equal({ r: 11, g: 92, b: 173, a: 1 });
    expect(parseColor('white')).to.deep.equal({ r: 255, g: 255, b: 255, a: 1 });
  });

  it('measureContrast() reports a grey-on-white text (the helper can fail)', async () => {
    const el = await mount();
    el.style.setProperty('--ict-text-color', '#aaaaaa');
    const failures = contrastFailures(measureContrast(el.shadowRoot!));
    expect(failures.length).to.be.greaterThan(0);
    el.style.setProperty('--ict-color-1', '#dddddd');
    expect(
      contrastFailures(measureContrast(el.shadowRoot!)).some((f) => f.includes('ict-series-1')),
    ).to.equal(true);
  });
});

describe('default palette and scheme (computed from the constants)', () => {
  for (const [name, palette, scheme] of [
    ['light', LIGHT_PALETTE, LIGHT_SCHEME],
    ['dark', DARK_PALETTE, DARK_SCHEME],
  ] as const) {
    it(`${name}: every series colour has ≥ 3:1 against the background`, () => {
      for (const color of palette) expect(contrastRatio(color, scheme.background), color).to.be.at.least(3);
    });
    it(`${name}: text, muted text and accent ≥ 4.5:1; axis, grid and focus ≥ 3:1`, () => {
      for (const color of [scheme.text, scheme.muted, scheme.accent]) {
        expect(contrastRatio(color, scheme.background), color).to.be.at.least(4.5);
      }
      for (const color of [scheme.axis, scheme.grid, scheme.focus]) {
        expect(contrastRatio(color, scheme.background), color).to.be.at.least(3);
      }
    });
  }
});

describe('contrast of every text and mark, measured (rows 19, 20, 26)', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-media-features', {});
  });

  it('light: texts ≥ 4.5:1 (large 3:1), marks ≥ 3:1', async () => {
    const result = await measureAll();
    expect(result.failures).to.deep.equal([]);
    expect(result.texts).to.be.greaterThan(15);
    expect(result.marks).to.be.at.least(3);
    expect(result.background).to.be.greaterThan(0.9);
  });

  it('theme="dark": the background is dark and every text and mark keeps its contrast', async () => {
    const result = await measureAll('theme="dark"');
    expect(result.background).to.be.lessThan(0.05);
    expect(result.failures).to.deep.equal([]);
    expect(result.marks).to.be.at.least(3);
  });

  it('patterns on: marks keep 3:1 by the pattern base or an outline', async () => {
    const result = await measureAll('patterns');
    expect(result.failures).to.deep.equal([]);
    expect(result.marks).to.be.at.least(3);
  });

  it('emulated prefers-color-scheme: dark gives the dark scheme with contrast kept; theme="light" wins over it', async function (this: Mocha.Context) {
    if (!(await executeServerCommand('emulate-media-features', { 'prefers-color-scheme': 'dark' })))
      this.skip();
    const dark = await measureAll();
    expect(dark.background).to.be.lessThan(0.05);
    expect(dark.failures).to.deep.equal([]);
    const light = await measureAll('theme="light"');
    expect(light.background).to.be.greaterThan(0.9);
    expect(light.failures).to.deep.equal([]);
  });

  it('emulated prefers-contrast: more keeps every contrast (patterns and outlines on)', async function (this: Mocha.Context) {
    if (!(await executeServerCommand('emulate-media-features', { 'prefers-contrast': 'more' }))) this.skip();
    const result = await measureAll();
    expect(result.failures).to.deep.equal([]);
  });

  it('emulated forced-colors: text is CanvasText on Canvas, marks outlined in CanvasText, all contrasts kept (row 25)', async function (this: Mocha.Context) {
    if (!(await executeServerCommand('emulate-media-features', { 'forced-colors': 'active' }))) this.skip();
    const el = await mount();
    const canvasText = systemColor('CanvasText');
    const canvas = systemColor('Canvas');
    const title = el.shadowRoot!.querySelector('[part="title"]')!;
    expect(getComputedStyle(title).color).to.equal(canvasText);
    const label = el.shadowRoot!.querySelector('.ict-label')!;
    expect(getComputedStyle(label).fill).to.equal(canvasText);
    const bar = el.shadowRoot!.querySelector('.ict-series-1')!;
    expect(getComputedStyle(bar).stroke).to.equal(canvasText);
    expect(getComputedStyle(bar).fill).to.match(/url\(.*#ict-pattern-1/);
    const base1 = el.shadowRoot!.querySelector('#ict-pattern-1 .ict-pattern-base')!;
    expect(getComputedStyle(base1).fill).to.equal(canvas);
    const result = await measureAll();
    expect(result.failures).to.deep.equal([]);
  });
});
