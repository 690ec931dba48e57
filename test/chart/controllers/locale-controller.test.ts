import { expect, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { LocaleController } from '../../../src/chart/controllers/locale-controller.js';
import { recordEscapes, settle, uniqueTag, type EscapeRecorder } from './support.js';

class LocaleHost extends LitElement {
  readonly locale = new LocaleController(this);
  updates = 0;
  override updated() {
    this.updates += 1;
  }
  override render() {
    return html`${this.locale.lang}`;
  }
}
const TAG = uniqueTag('x-locale');
customElements.define(TAG, LocaleHost);

/** The language the host rendered, once its pending update is done. */
async function rendered(element: LocaleHost): Promise<string> {
  await element.updateComplete;
  return element.shadowRoot!.textContent ?? '';
}

describe('LocaleController', () => {
  let container: HTMLDivElement;
  let escapes: EscapeRecorder;
  let htmlLang: string;

  beforeEach(() => {
    escapes = recordEscapes();
    htmlLang = document.documentElement.lang;
    document.documentElement.lang = 'vi';
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(async () => {
    container.remove();
    document.documentElement.lang = htmlLang;
    await settle(0);
    escapes.stop();
    expect(escapes.events).to.deep.equal([]);
  });

  function mount(parent: ParentNode = container, lang?: string): LocaleHost {
    const element = document.createElement(TAG) as LocaleHost;
    if (lang !== undefined) element.lang = lang;
    parent.append(element);
    return element;
  }

  it('lang is "vi" under <html lang="vi"> with no other lang', async () => {
    const element = mount();
    expect(element.locale.lang).to.equal('vi');
    expect(await rendered(element)).to.equal('vi');
  });

  it('the host\'s own lang="en" wins over <html lang="vi">', async () => {
    const element = mount(container, 'en');
    expect(await rendered(element)).to.equal('en');
  });

  it('lang="en-GB" on the host gives "en"; lang="fr" falls back to "vi"', async () => {
    expect(await rendered(mount(container, 'en-GB'))).to.equal('en');
    expect(await rendered(mount(container, 'fr'))).to.equal('vi');
  });

  it('the nearest ancestor\'s lang applies: <div lang="en"><section lang="vi"><host> gives "vi"', async () => {
    container.lang = 'en';
    const section = document.createElement('section');
    section.lang = 'vi';
    container.append(section);
    expect(await rendered(mount(section))).to.equal('vi');
    expect(await rendered(mount(container))).to.equal('en');
  });

  it('changing the host\'s lang attribute from "vi" to "en" re-renders in English', async () => {
    const element = mount(container, 'vi');
    expect(await rendered(element)).to.equal('vi');
    element.setAttribute('lang', 'en');
    await waitUntil(() => element.locale.lang === 'en', 'lang did not follow the attribute');
    expect(await rendered(element)).to.equal('en');
  });

  it("changing an ancestor's lang re-renders the host", async () => {
    container.lang = 'vi';
    const element = mount();
    expect(await rendered(element)).to.equal('vi');
    container.lang = 'en';
    await waitUntil(() => element.locale.lang === 'en');
    expect(await rendered(element)).to.equal('en');
  });

  it('changing <html lang> re-renders hosts that have no closer lang', async () => {
    const element = mount();
    const pinned = mount(container, 'vi');
    expect(await rendered(element)).to.equal('vi');
    document.documentElement.lang = 'en';
    await waitUntil(() => element.locale.lang === 'en');
    expect(await rendered(element)).to.equal('en');
    expect(await rendered(pinned)).to.equal('vi', 'its own lang still wins');
  });

  it("removing the ancestor's lang falls back to <html lang>", async () => {
    document.documentElement.lang = 'en';
    container.lang = 'vi';
    const element = mount();
    expect(await rendered(element)).to.equal('vi');
    container.removeAttribute('lang');
    await waitUntil(() => element.locale.lang === 'en');
  });

  it("an ancestor inside another component's shadow root gives the lang, and its changes are seen", async () => {
    const outer = document.createElement('div');
    const root = outer.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    root.append(wrapper);
    container.append(outer);
    const element = mount(wrapper);
    expect(await rendered(element)).to.equal('en');
    wrapper.lang = 'vi';
    await waitUntil(() => element.locale.lang === 'vi', 'a lang change inside a shadow root was missed');
  });

  it("the shadow host's lang applies to a chart inside its shadow root", async () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const root = outer.attachShadow({ mode: 'open' });
    container.append(outer);
    const element = mount(root);
    expect(await rendered(element)).to.equal('en');
    outer.lang = 'vi';
    await waitUntil(() => element.locale.lang === 'vi');
  });

  it('moving the host under a lang="en" ancestor switches it to English on reconnection', async () => {
    const element = mount();
    expect(await rendered(element)).to.equal('vi');
    const english = document.createElement('div');
    english.lang = 'en';
    container.append(english);
    english.append(element);
    expect(element.locale.lang).to.equal('en');
    expect(await rendered(element)).to.equal('en');
  });

  it('a lang change that resolves to the same language does not update the host', async () => {
    container.lang = 'en';
    const element = mount();
    await rendered(element);
    const before = element.updates;
    container.lang = 'en-US';
    await settle();
    expect(element.locale.lang).to.equal('en');
    expect(element.updates).to.equal(before);
  });

  it('a removed host is not updated by later lang changes', async () => {
    const element = mount();
    await rendered(element);
    element.remove();
    const before = element.updates;
    document.documentElement.lang = 'en';
    await settle();
    expect(element.updates).to.equal(before);
  });

  it('twenty hosts share the existing observer: connecting them creates no MutationObserver', async () => {
    mount(); // makes sure the shared observer exists
    const RealObserver = window.MutationObserver;
    let created = 0;
    window.MutationObserver = class extends RealObserver {
      constructor(callback: MutationCallback) {
        super(callback);
        created += 1;
      }
    };
    try {
      for (let i = 0; i < 20; i++) mount();
    } finally {
      window.MutationObserver = RealObserver;
    }
    expect(created).to.equal(0);
    const hosts = [...container.querySelectorAll<LocaleHost>(TAG)];
    document.documentElement.lang = 'en';
    await waitUntil(() => hosts.every((host) => host.locale.lang === 'en'));
  });
});
