import { expect } from '@open-wc/testing';
import {
  HIGHLIGHT_MARKER,
  MIN_FONT_SIZE,
  MIN_TARGET,
  estimateTextWidth,
  fitTicks,
  layoutBars,
  rectsOverlap,
  rememberingMeasure,
  unionRect,
  valueScale,
  wrapText,
  zeroBasedDomain,
  type BarInput,
  type BarLayout,
  type Rect,
} from '../../src/chart/geometry/index.js';

const fmt = (v: number): string => new Intl.NumberFormat('vi-VN').format(v);
const rows = (values: (number | null)[], labels?: string[]): BarInput[] =>
  values.map((value, i) => ({
    key: `k${i}`,
    label: labels?.[i] ?? `Tỉnh ${i + 1}`,
    value,
    valueText: value === null ? 'không có số liệu' : fmt(value),
  }));

/** Every text box of a layout: labels, value labels, tick labels. */
function textBoxes(layout: BarLayout): Rect[] {
  return [
    ...layout.bars.flatMap((b) => [...b.label.map((l) => l.box), b.valueLabel.box]),
    ...layout.ticks.map((t) => t.box),
  ];
}

function expectNoOverlapInside(layout: BarLayout): void {
  const boxes = textBoxes(layout);
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    expect(a.x, `box ${i} left`).to.be.at.least(-0.5);
    expect(a.x + a.width, `box ${i} right`).to.be.at.most(layout.width + 0.5);
    expect(a.y + a.height, `box ${i} bottom`).to.be.at.most(layout.height + 0.5);
    for (let j = i + 1; j < boxes.length; j++) {
      expect(rectsOverlap(a, boxes[j]!), `text boxes ${i} and ${j} overlap`).to.equal(false);
    }
  }
}

describe('geometry: scales', () => {
  it('zeroBasedDomain([94, 111.78, null]) gives [0, 111.78]', () => {
    expect(zeroBasedDomain([94, 111.78, null])).to.deep.equal([0, 111.78]);
  });

  it('zeroBasedDomain([]) and zeroBasedDomain([0, null]) give [0, 1]', () => {
    expect(zeroBasedDomain([])).to.deep.equal([0, 1]);
    expect(zeroBasedDomain([0, null])).to.deep.equal([0, 1]);
  });

  it('zeroBasedDomain([-3.5, 12]) keeps the negative end', () => {
    expect(zeroBasedDomain([-3.5, 12])).to.deep.equal([-3.5, 12]);
  });

  it('valueScale([94, 111.78], [100, 500]) maps 0 to 100 and is linear (nice end ≥ the max)', () => {
    const s = valueScale([94, 111.78], [100, 500]);
    expect(s(0)).to.equal(100);
    expect(s.domain()[1]).to.be.at.least(111.78);
    expect((s(94) - s(0)) / 94).to.be.closeTo((s(111.78) - s(0)) / 111.78, 1e-9);
  });
});

describe('geometry: text', () => {
  it('estimateTextWidth() grows with length and with bold', () => {
    const a = estimateTextWidth('Hà Tĩnh', { size: 14 });
    expect(estimateTextWidth('Hà Tĩnh, 2020', { size: 14 })).to.be.greaterThan(a);
    expect(estimateTextWidth('Hà Tĩnh', { size: 14, bold: true })).to.be.greaterThan(a);
  });

  it('wrapText() breaks at spaces under the width and keeps every word', () => {
    const text = 'Thành phố Hồ Chí Minh và Bà Rịa Vũng Tàu';
    const lines = wrapText(text, 100, { size: 14 });
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.join(' ')).to.equal(text);
    for (const l of lines.filter((l) => l.includes(' ')))
      expect(estimateTextWidth(l, { size: 14 })).to.be.at.most(100);
  });

  it('wrapText() never breaks at a no-break space ("67,06\u00a0%" keeps its % on the line)', () => {
    const text = 'Tỷ lệ văn bản điện tử 67,06\u00a0%';
    for (let width = 40; width <= 200; width += 10) {
      const lines = wrapText(text, width, { size: 14 });
      expect(lines.join(' '), `width ${width}`).to.equal(text);
      expect(
        lines.some((l) => l === '%'),
        `width ${width}`,
      ).to.equal(false);
    }
  });

  it('wrapText() also keeps U+202F and U+2007 and breaks at a thin space', () => {
    expect(wrapText('1\u202f000 2\u2007000', 10, { size: 14 })).to.deep.equal(['1\u202f000', '2\u2007000']);
    expect(wrapText('Hà\u2009Tĩnh', 10, { size: 14 })).to.deep.equal(['Hà', 'Tĩnh']);
  });

  it('wrapText() keeps a word up to 20 em whole on its own line, wider than the line', () => {
    const word = 'Sở_Thông_tin_và_Truyền'; // ~12 em at 14 px
    expect(estimateTextWidth(word, { size: 14 })).to.be.within(60, 280);
    expect(wrapText(`a ${word} b`, 60, { size: 14 })).to.deep.equal(['a', word, 'b']);
  });

  it('wrapText() cuts a word wider than 20 em into pieces of the line width, letters with their marks', () => {
    const font = { size: 14 };
    const word = 'Việt'.normalize('NFD').repeat(20); // ~46 em
    const lines = wrapText(word, 200, font);
    expect(lines.length).to.be.within(2, 7);
    expect(lines.join('')).to.equal(word);
    for (const l of lines) {
      expect(estimateTextWidth(l, font), l).to.be.at.most(200);
      expect(/^\p{M}/u.test(l), `a line starting with a lone mark: ${l}`).to.equal(false);
    }
  });

  it('wrapText() takes at most 8 lines (or maxLines): the last ends in "…" and fits', () => {
    const font = { size: 14 };
    const long = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const lines = wrapText(long, 120, font);
    expect(lines).to.have.length(8);
    expect(lines[7]!.endsWith('…')).to.equal(true);
    expect(estimateTextWidth(lines[7]!, font)).to.be.at.most(120);
    // Every line but the last is the text as wrapped without a limit.
    expect(lines.slice(0, 7)).to.deep.equal(wrapText(long, 120, font, undefined, 1000).slice(0, 7));
    expect(wrapText(long, 120, font, undefined, 2)).to.have.length(2);
    // A text that needs exactly 8 lines loses nothing.
    const eight = wrapText(long, 120, font, undefined, 1000).slice(0, 8).join(' ');
    expect(wrapText(eight, 120, font).join(' ')).to.equal(eight);
  });

  it('wrapText() of a 10 000-letter word or 100 000 words measures only what it keeps', () => {
    let calls = 0;
    let measured = 0;
    const counting = (t: string, f: { size: number }) => {
      calls++;
      measured += t.length;
      return estimateTextWidth(t, f);
    };
    for (const text of ['x'.repeat(10_000), 'Tiếng Việt '.repeat(50_000)]) {
      calls = 0;
      measured = 0;
      const lines = wrapText(text, 150, { size: 14 }, counting);
      expect(lines).to.have.length(8);
      expect(lines[7]!.endsWith('…')).to.equal(true);
      // Linear in what is kept (plus one measure of the long word): not in the text's length squared.
      expect(calls, 'measure calls').to.be.below(400);
      expect(measured, 'characters measured').to.be.below(30_000);
    }
  });
});

describe('geometry: rememberingMeasure', () => {
  it('measures each text once per font, and gives the measure’s own widths', () => {
    const asked: string[] = [];
    const measure = rememberingMeasure((text, font) => {
      asked.push(`${text}|${font.size}|${font.bold ?? false}|${font.italic ?? false}`);
      return estimateTextWidth(text, font);
    });
    const fonts = [{ size: 14 }, { size: 14, bold: true }, { size: 14, italic: true }, { size: 14.5 }];
    for (let round = 0; round < 3; round++) {
      for (const font of fonts) {
        expect(measure('Hà Tĩnh', font)).to.equal(estimateTextWidth('Hà Tĩnh', font));
        expect(measure('Hà', font)).to.equal(estimateTextWidth('Hà', font));
      }
    }
    expect(asked).to.have.length(8);
    expect(new Set(asked).size).to.equal(8);
  });

  it('a 3 000-bar layout asks the underlying measure for each distinct text once', () => {
    const texts = new Map<string, number>();
    const counting = (text: string, font: { size: number; bold?: boolean }): number => {
      const key = `${text}|${font.size}|${font.bold ?? false}`;
      texts.set(key, (texts.get(key) ?? 0) + 1);
      return estimateTextWidth(text, font);
    };
    const labels = Array.from(
      { length: 3000 },
      (_, i) => `Tỉnh số ${i % 63}, năm ${1900 + Math.floor(i / 63)}`,
    );
    layoutBars(
      rows(
        labels.map((_, i) => i % 101),
        labels,
      ),
      { width: 640, fontSize: 14, measure: counting, formatTick: fmt },
    );
    expect(Math.max(...texts.values())).to.equal(1);
  });
});

describe('geometry: ticks', () => {
  it('fitTicks() returns labels that do not overlap and stay inside the bounds, in scale order', () => {
    const scale = valueScale([1341424606000], [10, 300]);
    const ticks = fitTicks(scale, { format: fmt, font: { size: 12 }, bounds: [0, 320], top: 0 });
    expect(ticks.length).to.be.at.least(2);
    for (let i = 0; i < ticks.length; i++) {
      const t = ticks[i]!;
      expect(t.text).to.equal(fmt(t.value));
      expect(t.x).to.be.closeTo(scale(t.value), 1e-9);
      expect(t.box.x).to.be.at.least(0);
      expect(t.box.x + t.box.width).to.be.at.most(320);
      if (i > 0) expect(rectsOverlap(ticks[i - 1]!.box, t.box)).to.equal(false);
    }
  });

  it('fitTicks() gives fewer ticks when the labels are long than when they are short', () => {
    const scale = valueScale([100], [0, 300]);
    const short = fitTicks(scale, { format: (v) => String(v), font: { size: 12 }, bounds: [0, 300], top: 0 });
    const long = fitTicks(scale, {
      format: (v) => `${v} thuê bao/100 dân`,
      font: { size: 12 },
      bounds: [0, 300],
      top: 0,
    });
    expect(long.length).to.be.lessThan(short.length);
  });
});

describe('geometry: layoutBars', () => {
  const values = [94, 111.78, 11.7, 0, 98.9];

  it('layoutBars() makes bar widths proportional to the values through the scale', () => {
    const layout = layoutBars(rows(values), { width: 640, fontSize: 14, formatTick: fmt });
    const per = layout.bars[0]!.bar.width / 94;
    layout.bars.forEach((b, i) => {
      expect(b.bar.width, `bar ${i}`).to.be.closeTo(values[i]! * per, 1e-6);
      expect(b.bar.width).to.be.closeTo(layout.scale(values[i]!) - layout.scale(0), 1e-6);
      expect(b.bar.x).to.equal(layout.zeroX);
    });
  });

  it('layoutBars() keeps a zero value as a zero-width bar, not a missing one', () => {
    const bar = layoutBars(rows([0, 5]), { width: 640, fontSize: 14, formatTick: fmt }).bars[0]!;
    expect(bar.bar.width).to.equal(0);
    expect(bar.missing).to.equal(false);
    expect(bar.valueLabel.text).to.equal('0');
  });

  it('layoutBars() draws a null value as a labelled placeholder holding the no-data phrase', () => {
    const bar = layoutBars(rows([null, 5]), { width: 640, fontSize: 14, formatTick: fmt }).bars[0]!;
    expect(bar.missing).to.equal(true);
    expect(bar.placeholder).to.not.equal(undefined);
    expect(bar.valueLabel.text).to.equal('không có số liệu');
    expect(bar.valueLabel.font.italic).to.equal(true);
    expect(bar.valueLabel.box.x).to.be.at.least(bar.placeholder!.x);
    expect(bar.valueLabel.box.x + bar.valueLabel.box.width).to.be.at.most(
      bar.placeholder!.x + bar.placeholder!.width,
    );
  });

  it('layoutBars() prints each value right of its bar end', () => {
    const layout = layoutBars(rows(values), { width: 640, fontSize: 14, formatTick: fmt });
    for (const b of layout.bars) {
      expect(b.valueLabel.x).to.be.closeTo(b.bar.x + b.bar.width + 4, 1e-6);
      expect(b.valueLabel.anchor).to.equal('start');
    }
  });

  it('layoutBars() prints a negative value left of its bar end', () => {
    const layout = layoutBars(rows([-3.5, 12]), { width: 640, fontSize: 14, formatTick: fmt });
    const neg = layout.bars[0]!;
    expect(neg.bar.x + neg.bar.width).to.be.closeTo(layout.zeroX, 1e-6);
    expect(neg.valueLabel.anchor).to.equal('end');
    expectNoOverlapInside(layout);
  });

  it('layoutBars() marks a highlighted row with the marker and bold text', () => {
    const input = rows(values);
    input[2] = { ...input[2]!, highlighted: true };
    const bar = layoutBars(input, { width: 640, fontSize: 14, formatTick: fmt }).bars[2]!;
    expect(bar.highlighted).to.equal(true);
    expect(bar.label[0]!.text.startsWith(`${HIGHLIGHT_MARKER} `)).to.equal(true);
    expect(bar.label[0]!.font.bold).to.equal(true);
    expect(bar.valueLabel.font.bold).to.equal(true);
  });

  it('layoutBars() at 640 px puts labels left of the bars, right-aligned', () => {
    const layout = layoutBars(rows(values), { width: 640, fontSize: 14, formatTick: fmt });
    expect(layout.narrow).to.equal(false);
    for (const b of layout.bars) {
      expect(b.label[0]!.anchor).to.equal('end');
      expect(b.label[0]!.box.x + b.label[0]!.box.width).to.be.at.most(b.bar.x);
    }
    expectNoOverlapInside(layout);
  });

  it('layoutBars() at 320 px puts labels above the bars with nothing overlapping or outside', () => {
    const labels = ['Thành phố Hồ Chí Minh', 'Bà Rịa - Vũng Tàu', 'Thừa Thiên Huế', 'Hà Tĩnh', 'Bến Tre'];
    const layout = layoutBars(rows([1341424606000, 98, 5, null, 1447307], labels), {
      width: 320,
      fontSize: 14,
      formatTick: fmt,
    });
    expect(layout.narrow).to.equal(true);
    for (const b of layout.bars) {
      const labelBottom = Math.max(...b.label.map((l) => l.box.y + l.box.height));
      expect(labelBottom).to.be.at.most(b.bar.y);
    }
    expectNoOverlapInside(layout);
  });

  it('layoutBars() never uses text under 12 px, even for a smaller base size', () => {
    const layout = layoutBars(rows(values), { width: 640, fontSize: 9, formatTick: fmt });
    const sizes = [...layout.bars.flatMap((b) => [...b.label, b.valueLabel].map((t) => t.font.size))];
    expect(Math.min(...sizes)).to.be.at.least(MIN_FONT_SIZE);
  });

  it('layoutBars() gives every row a pointer target of at least 24 × 24 px, rows not overlapping', () => {
    const layout = layoutBars(rows(values), { width: 320, fontSize: 12, formatTick: fmt });
    layout.bars.forEach((b, i) => {
      expect(b.hit.height).to.be.at.least(MIN_TARGET);
      expect(b.hit.width).to.be.at.least(MIN_TARGET);
      if (i > 0) expect(rectsOverlap(layout.bars[i - 1]!.hit, b.hit)).to.equal(false);
    });
  });

  it('layoutBars() wraps a long label in the wide layout instead of cutting it', () => {
    const long = 'Ủy ban nhân dân các xã, phường, thị trấn trên địa bàn tỉnh';
    const layout = layoutBars(rows([5, 7], [long, 'Bến Tre']), { width: 640, fontSize: 14, formatTick: fmt });
    expect(layout.bars[0]!.label.length).to.be.greaterThan(1);
    expect(layout.bars[0]!.label.map((l) => l.text).join(' ')).to.equal(long);
    expectNoOverlapInside(layout);
  });

  it('layoutBars() formats the axis ticks with formatTick and starts them at zero', () => {
    const layout = layoutBars(rows([1447307, 2000000]), { width: 640, fontSize: 14, formatTick: fmt });
    expect(layout.ticks[0]!.value).to.equal(0);
    for (const t of layout.ticks) expect(t.text).to.equal(fmt(t.value));
  });

  it('layoutBars() of 63 rows stacks them top to bottom inside the height', () => {
    const many = rows(Array.from({ length: 63 }, (_, i) => i * 3));
    const layout = layoutBars(many, { width: 500, fontSize: 14, formatTick: fmt });
    const all = unionRect(layout.bars.map((b) => b.hit))!;
    expect(all.y + all.height).to.be.at.most(layout.height);
    for (let i = 1; i < 63; i++) expect(layout.bars[i]!.hit.y).to.be.greaterThan(layout.bars[i - 1]!.hit.y);
    expectNoOverlapInside(layout);
  });
});
