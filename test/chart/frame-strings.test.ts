import { expect } from '@open-wc/testing';
import { UI_STRINGS, uiStrings } from '../../src/chart/i18n/ui.js';

describe('uiStrings', () => {
  it('vi and en catalogues have the same keys, none empty', () => {
    expect(Object.keys(UI_STRINGS.en).sort()).to.deep.equal(Object.keys(UI_STRINGS.vi).sort());
    for (const lang of ['vi', 'en'] as const) {
      for (const [key, value] of Object.entries(UI_STRINGS[lang])) {
        expect(typeof value === 'string' ? value.trim() : 'fn', `${lang}.${key}`).not.to.equal('');
      }
    }
  });

  it('uiStrings("vi").loading is "Đang tải dữ liệu…" and uiStrings("en").loading "Loading data…"', () => {
    expect(uiStrings('vi').loading).to.equal('Đang tải dữ liệu…');
    expect(uiStrings('en').loading).to.equal('Loading data…');
    expect(uiStrings('vi').noData).to.equal('không có số liệu');
  });

  it('uiStrings(lang, overrides) applies only that language’s overrides and ignores undefined entries', () => {
    const overrides = { vi: { retry: 'Tải lại', loading: undefined }, en: { retry: 'Try again' } };
    expect(uiStrings('vi', overrides).retry).to.equal('Tải lại');
    expect(uiStrings('vi', overrides).loading).to.equal('Đang tải dữ liệu…');
    expect(uiStrings('en', overrides).retry).to.equal('Try again');
    expect(uiStrings('en', { vi: { retry: 'Tải lại' } }).retry).to.equal('Retry');
  });

  it('the built-in catalogue is not changed by an override', () => {
    uiStrings('vi', { vi: { retry: 'X' } });
    expect(UI_STRINGS.vi.retry).to.equal('Thử lại');
  });
});
