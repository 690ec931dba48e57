import { expect } from '@open-wc/testing';
import { defineElement, warnOnce } from '../../../src/chart/define.js';
import { recordEscapes, settle, uniqueTag } from './support.js';

/** Replaces console.warn around each test of the calling suite; the array holds each call's arguments. */
function captureWarnings(): unknown[][] {
  const warnings: unknown[][] = [];
  let originalWarn: typeof console.warn;
  beforeEach(() => {
    warnings.length = 0;
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });
  return warnings;
}

describe('defineElement()', () => {
  const warnings = captureWarnings();

  it('defineElement(tag, ctor) registers the element', () => {
    const tag = uniqueTag('x-define');
    class Defined extends HTMLElement {}
    defineElement(tag, Defined);
    expect(customElements.get(tag)).to.equal(Defined);
    expect(document.createElement(tag)).to.be.instanceOf(Defined);
  });

  it('defineElement(tag, ctor) twice with the same class neither throws nor warns', () => {
    const tag = uniqueTag('x-define');
    class Defined extends HTMLElement {}
    defineElement(tag, Defined);
    expect(() => defineElement(tag, Defined)).not.to.throw();
    expect(warnings).to.deep.equal([]);
  });

  it('defineElement(tag, other) from a second copy of the library keeps the first class and warns once', () => {
    const tag = uniqueTag('x-define');
    class First extends HTMLElement {}
    class SecondCopy extends HTMLElement {}
    defineElement(tag, First);
    expect(() => defineElement(tag, SecondCopy)).not.to.throw();
    expect(() => defineElement(tag, SecondCopy)).not.to.throw();
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain(`<${tag}> is already defined`);
  });

  it('defineElement() is silent when another copy wins the race between get() and define()', () => {
    const tag = uniqueTag('x-define');
    class Winner extends HTMLElement {}
    class Loser extends HTMLElement {}
    customElements.define(tag, Winner);
    // Make the first lookup miss, as if the other copy defined the tag right after it.
    const realGet = customElements.get.bind(customElements);
    let calls = 0;
    customElements.get = ((name: string) =>
      calls++ === 0 ? undefined : realGet(name)) as typeof customElements.get;
    try {
      expect(() => defineElement(tag, Loser)).not.to.throw();
    } finally {
      customElements.get = realGet as typeof customElements.get;
    }
    expect(calls).to.equal(2, 'define() threw and the tag was looked up again');
    expect(customElements.get(tag)).to.equal(Winner);
    expect(warnings).to.deep.equal([]);
  });

  it('defineElement("notvalid", ctor) warns instead of throwing a SyntaxError', async () => {
    const escapes = recordEscapes();
    class Invalid extends HTMLElement {}
    expect(() => defineElement('notvalid', Invalid)).not.to.throw();
    await settle(0);
    escapes.stop();
    expect(escapes.events).to.deep.equal([]);
    expect(customElements.get('notvalid')).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<notvalid> could not be defined');
  });

  it('defineElement(newTag, ctor) with a class already registered under another tag warns instead of throwing', () => {
    const first = uniqueTag('x-define');
    const second = uniqueTag('x-define');
    class Reused extends HTMLElement {}
    defineElement(first, Reused);
    expect(() => defineElement(second, Reused)).not.to.throw();
    expect(customElements.get(second)).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain(`<${second}> could not be defined`);
  });
});

describe('warnOnce()', () => {
  const warnings = captureWarnings();

  it('warnOnce(code, message) writes the message once per code and says whether it wrote', () => {
    const code = uniqueTag('test-code');
    expect(warnOnce(code, 'first')).to.equal(true);
    expect(warnOnce(code, 'second')).to.equal(false);
    expect(warnings).to.deep.equal([[`[ict-charts] first (${code})`]]);
  });

  it('warnOnce() with two codes writes both', () => {
    const a = uniqueTag('test-code');
    const b = uniqueTag('test-code');
    warnOnce(a, 'a');
    warnOnce(b, 'b');
    expect(warnings).to.have.length(2);
  });

  it('warnOnce() remembers codes on globalThis, shared by a second copy of the library', () => {
    const code = uniqueTag('test-code');
    warnOnce(code, 'x');
    const shared = (globalThis as unknown as Record<symbol, Set<string>>)[
      Symbol.for('ict-charts.warned-codes')
    ];
    expect(shared?.has(code)).to.equal(true);
  });
});
