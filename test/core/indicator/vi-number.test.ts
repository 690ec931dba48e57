import { expect } from '@open-wc/testing';
import { parseVietnameseNumber } from '../../../src/core/indicator/vi-number.js';

describe('parseVietnameseNumber', () => {
  const cases: [string, number][] = [
    ['1.447.307', 1447307],
    ['111,78', 111.78],
    ['11,7', 11.7],
    ['1.341.424.606.000', 1341424606000],
    ['-3,5', -3.5],
    ['\u22123,5', -3.5],
    ['+15,9', 15.9],
    ['98,9 %', 98.9],
    ['98,9%', 98.9],
    ['98,9\u00a0%', 98.9],
    ['1.500', 1500],
    ['1447307', 1447307],
    ['1 447 307', 1447307],
    ['1\u00a0447\u00a0307', 1447307],
    ['1.447.307,25', 1447307.25],
    ['0,5', 0.5],
    ['  94  ', 94],
    ['0', 0],
  ];
  for (const [text, value] of cases) {
    it(`parseVietnameseNumber(${JSON.stringify(text)}) gives ${value}`, () => {
      expect(parseVietnameseNumber(text)).to.equal(value);
    });
  }

  it('parseVietnameseNumber("-0") gives 0, not -0', () => {
    expect(Object.is(parseVietnameseNumber('-0'), 0)).to.equal(true);
  });

  const garbage = [
    '',
    '   ',
    'abc',
    '11.7',
    '1.44.307',
    '1,2,3',
    ',5',
    '1.',
    '1.5e3',
    '12abc',
    '%',
    '--1',
    '1.447.307.',
    'NaN',
    'Infinity',
  ];
  for (const text of garbage) {
    it(`parseVietnameseNumber(${JSON.stringify(text)}) gives undefined`, () => {
      expect(parseVietnameseNumber(text)).to.equal(undefined);
    });
  }

  it('parseVietnameseNumber gives undefined for a non-string at run time', () => {
    expect(parseVietnameseNumber(12 as unknown as string)).to.equal(undefined);
  });
});
