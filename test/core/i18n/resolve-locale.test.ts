import { expect } from '@open-wc/testing';
import { languageOf, toLanguage } from '../../../src/core/i18n/resolve-locale.js';

describe('i18n/resolve-locale', () => {
  const made: Element[] = [];
  let htmlLang: string | null;

  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });

  afterEach(() => {
    for (const el of made.splice(0)) el.remove();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  function mount(html: string): HTMLElement {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = html; // test markup only, no data
    document.body.append(wrapper);
    made.push(wrapper);
    return wrapper;
  }

  describe('toLanguage', () => {
    it('maps vi*, en* (any case, - or _) and rejects others', () => {
      expect(toLanguage('vi')).to.equal('vi');
      expect(toLanguage('vi-VN')).to.equal('vi');
      expect(toLanguage(' VI_vn ')).to.equal('vi');
      expect(toLanguage('en')).to.equal('en');
      expect(toLanguage('en-GB')).to.equal('en');
      expect(toLanguage('fr')).to.equal(undefined);
      expect(toLanguage('vie')).to.equal(undefined);
      expect(toLanguage('')).to.equal(undefined);
      expect(toLanguage(null)).to.equal(undefined);
      expect(toLanguage(undefined)).to.equal(undefined);
    });
  });

  describe('languageOf', () => {
    it("reads the element's own lang", () => {
      document.documentElement.setAttribute('lang', 'vi');
      const el = mount('<p lang="en-US"><span id="t">x</span></p>').querySelector('p')!;
      expect(languageOf(el)).to.equal('en');
    });

    it("inherits the nearest ancestor's lang (the nearest wins)", () => {
      document.documentElement.setAttribute('lang', 'en');
      const root = mount('<section lang="en"><div lang="vi-VN"><p><span>x</span></p></div></section>');
      expect(languageOf(root.querySelector('span')!)).to.equal('vi');
      expect(languageOf(root.querySelector('section')!)).to.equal('en');
    });

    it("crosses a shadow root boundary to the host's lang", () => {
      document.documentElement.setAttribute('lang', 'vi');
      const host = mount('<div lang="en"><div class="host"></div></div>').querySelector('.host')!;
      const shadow = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('span');
      const deeper = document.createElement('div');
      shadow.append(deeper);
      deeper.append(inner);
      expect(languageOf(inner)).to.equal('en');
    });

    it('crosses two nested shadow roots', () => {
      document.documentElement.setAttribute('lang', 'vi');
      const outer = mount('<div lang="en"><div class="outer"></div></div>').querySelector('.outer')!;
      const middle = document.createElement('div');
      outer.attachShadow({ mode: 'open' }).append(middle);
      const target = document.createElement('b');
      middle.attachShadow({ mode: 'open' }).append(target);
      expect(languageOf(target)).to.equal('en');
      middle.setAttribute('lang', 'vi');
      expect(languageOf(target)).to.equal('vi');
    });

    it('falls back to <html lang>', () => {
      document.documentElement.setAttribute('lang', 'en-GB');
      const el = mount('<p><span>x</span></p>').querySelector('span')!;
      expect(languageOf(el)).to.equal('en');
      document.documentElement.setAttribute('lang', 'vi');
      expect(languageOf(el)).to.equal('vi');
    });

    it('skips an empty lang="" and keeps looking up', () => {
      document.documentElement.setAttribute('lang', 'en');
      const el = mount('<p lang=""><span>x</span></p>').querySelector('span')!;
      expect(languageOf(el)).to.equal('en');
    });

    it('gives vi for an unknown language or none at all', () => {
      document.documentElement.setAttribute('lang', 'en');
      const fr = mount('<p lang="fr"><span>x</span></p>').querySelector('span')!;
      expect(languageOf(fr)).to.equal('vi');
      document.documentElement.removeAttribute('lang');
      const none = mount('<p><span>x</span></p>').querySelector('span')!;
      expect(languageOf(none)).to.equal('vi');
    });

    it('reads <html lang> for a detached element', () => {
      document.documentElement.setAttribute('lang', 'en');
      expect(languageOf(document.createElement('div'))).to.equal('en');
    });
  });
});
