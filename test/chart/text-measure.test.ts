import { expect } from '@open-wc/testing';
import { canvasMeasure } from '../../src/chart/controllers/text-metrics-controller.js';

/** The width a fresh canvas gives, with the measure's 3 % spare. */
function reference(text: string, css: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = css;
  return context.measureText(text).width * 1.03;
}

describe('canvasMeasure()', () => {
  it('is one shared measure per font family', () => {
    expect(canvasMeasure('serif')).to.equal(canvasMeasure('serif'));
    expect(canvasMeasure('serif')).not.to.equal(canvasMeasure('monospace'));
  });

  it('measures each text in its own font when sizes, weights and styles alternate', () => {
    const measure = canvasMeasure('sans-serif');
    const cases = [
      { text: 'Mật độ thuê bao 111,78 %', font: { size: 14 }, css: '14px sans-serif' },
      { text: 'Mật độ thuê bao 111,78 %', font: { size: 14, bold: true }, css: '700 14px sans-serif' },
      { text: 'Mật độ thuê bao 111,78 %', font: { size: 20 }, css: '20px sans-serif' },
      { text: 'Hà Tĩnh', font: { size: 12, italic: true }, css: 'italic 12px sans-serif' },
    ];
    // Twice round, so that every case follows a different font than the one it needs.
    for (const c of [...cases, ...cases.slice().reverse()]) {
      expect(measure(c.text, c.font), c.css).to.be.closeTo(reference(c.text, c.css), 0.01);
    }
    expect(measure('Mật độ', { size: 20 })).to.be.greaterThan(measure('Mật độ', { size: 14 }));
  });
});
