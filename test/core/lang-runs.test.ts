import { expect } from '@open-wc/testing';
import { vietnameseRuns } from '../../src/core/i18n/lang-runs.js';

const marked = (text: string): string[] =>
  vietnameseRuns(text, 'en')
    .filter((r) => r.lang === 'vi')
    .map((r) => r.text);

describe('vietnameseRuns()', () => {
  it('leaves a Vietnamese UI as one unmarked run', () => {
    expect(vietnameseRuns('Sở Thông tin và Truyền thông', 'vi')).to.deep.equal([
      { text: 'Sở Thông tin và Truyền thông' },
    ]);
  });

  it('marks a whole Vietnamese publisher inside English text, plain words between marked ones included', () => {
    expect(marked('Source: Sở Thông tin và Truyền thông tỉnh Bến Tre (2017)')).to.deep.equal([
      'Sở Thông tin và Truyền thông tỉnh Bến Tre',
    ]);
  });

  it('takes the capitalised plain word after a marked one ("Bến Tre") but not an English tail', () => {
    expect(marked('Bến Tre: rank 12 of 63')).to.deep.equal(['Bến Tre']);
    expect(marked('Bến Tre Province')).to.deep.equal(['Bến Tre']);
    expect(marked('Cà Mau Province office')).to.deep.equal(['Cà Mau']);
    expect(marked('Huế Province')).to.deep.equal(['Huế']);
  });

  it('keeps English text and ASCII names unmarked, and the runs rebuild the text', () => {
    const text = 'Ben Tre, 2016: 114 per 100 inhabitants; báo cáo năm, Hà Tĩnh.';
    expect(marked('Ben Tre, 2016: 114 per 100 inhabitants')).to.deep.equal([]);
    expect(marked(text)).to.deep.equal(['báo cáo năm', 'Hà Tĩnh']);
    expect(
      vietnameseRuns(text, 'en')
        .map((r) => r.text)
        .join(''),
    ).to.equal(text);
  });
});
