/**
 * Every seed fact through the describers (ACCESSIBILITY rows 4, 8, 34, 35): the demo document holding all 74
 * seed records is validated by the library's own validator, then each indicator is summarised, named and
 * tabled in vi and en. Checks: generated sentences stay ≤ 20 words (author texts aside), every number written
 * in a summary is one of the input's numbers (formatted for the language) or a count/rank recomputed here,
 * every value reaches its mark name and table cell formatted for the language.
 */
import { expect } from '@open-wc/testing';
import { observationName, seriesLabel, localized } from '../../../src/core/describe/labels.js';
import { summarize } from '../../../src/core/describe/summary.js';
import { tableModel } from '../../../src/core/describe/table.js';
import { formatNumber, formatValue, defaultDecimals } from '../../../src/core/format/index.js';
import { validateDocument } from '../../../src/core/indicator/index.js';
import type { IndicatorDataset, Language, ResolvedObservation } from '../../../src/core/indicator/types.js';

const LANGS: readonly Language[] = ['vi', 'en'];
const NUMBER = /\d+(?:[.,]\d+)*/g;

function allowedNumbers(
  texts: readonly string[],
  observations: readonly ResolvedObservation[],
  lang: Language,
) {
  const raw: number[] = [];
  for (const o of observations) {
    if (o.value !== null) raw.push(o.value, Math.abs(o.value));
    raw.push(o.period.year, o.index);
    if (o.target !== undefined) raw.push(o.target);
    if (o.denominator !== undefined) raw.push(o.denominator);
    if (o.change?.against === 'period') {
      raw.push(o.change.period.year);
      if (o.change.percent !== undefined) raw.push(Math.abs(o.change.percent));
    }
    if (o.change?.against === 'plan') raw.push(o.change.percentOfPlan);
    if (o.change?.against === 'before') raw.push(o.change.previousValue);
  }
  // Counts and ranks are at most the number of observations.
  for (let i = 0; i <= observations.length; i++) raw.push(i);
  const allowed = new Set<string>(['100']);
  for (const n of raw) {
    allowed.add(String(n)); // years are written without grouping
    for (const d of [0, 1, 2]) allowed.add(formatNumber(n, lang, d));
  }
  // Numbers inside labels (mức độ 3, ISO 9001:2008) are the data's own words.
  for (const t of texts) for (const n of t.match(NUMBER) ?? []) allowed.add(n);
  return allowed;
}

describe('describe: all 74 seed facts', () => {
  let dataset: IndicatorDataset;

  before(async () => {
    const response = await fetch('/demo/data/all-seed-facts.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const result = validateDocument(await response.json());
    if (!result.ok)
      throw new Error(`seed document does not validate: ${JSON.stringify(result.issues.slice(0, 3))}`);
    dataset = result.value;
  });

  it('the document holds 74 observations of 60 indicators', () => {
    expect(dataset.observations.length).to.equal(74);
    expect(dataset.indicators.length).to.equal(60);
  });

  for (const lang of LANGS) {
    it(`summaries (${lang}): generated sentences ≤ 20 words, numbers only from the input`, () => {
      let sentences = 0;
      for (const indicator of dataset.indicators) {
        const observations = dataset.observations.filter((o) => o.indicator === indicator.id);
        for (const highlight of [undefined, ...observations.map((o) => o.place)]) {
          const s = summarize({ indicator, observations, lang, highlight });
          expect(s.length, indicator.id).to.be.greaterThan(1);
          const labels = [
            localized(indicator.label, lang),
            ...observations.map((o) => localized(o.label, lang)),
            ...observations.map((o) => seriesLabel(o.breakdown, lang)),
          ];
          const allowed = allowedNumbers(labels, observations, lang);
          // The first sentence carries the author's label; source sentences carry file names and titles.
          const generated = s.slice(1).filter((x) => !/^(Nguồn|Sources?):/.test(x));
          for (const sentence of generated) {
            sentences++;
            const stray = (sentence.match(NUMBER) ?? []).filter((n) => !allowed.has(n));
            expect(stray, `${indicator.id}: ${sentence}`).to.deep.equal([]);
            // A sentence is short unless it quotes a long label of the data.
            const ownWords = labels.reduce(
              (text, label) => (label ? text.split(label.toLowerCase()).join('L') : text),
              sentence.toLowerCase(),
            );
            expect(ownWords.trim().split(/\s+/).length, `${indicator.id}: ${sentence}`).to.be.at.most(20);
          }
        }
      }
      expect(sentences).to.be.greaterThan(74);
    });

    it(`every value reaches its mark name and table cell formatted for ${lang}`, () => {
      for (const indicator of dataset.indicators) {
        const observations = dataset.observations.filter((o) => o.indicator === indicator.id);
        const table = tableModel(indicator, observations, lang);
        const valueColumn = table.columns.findIndex((c) => c.key === 'value');
        observations.forEach((o, i) => {
          const name = observationName(o, indicator, lang);
          const row = table.rows[i]!;
          if (o.value === null) {
            expect(name).to.contain(lang === 'vi' ? 'không' : 'no');
            return;
          }
          expect(name, o.id).to.contain(formatValue(o.value, indicator.unit, lang, indicator.decimals));
          expect(row.cells[valueColumn], o.id).to.equal(
            formatNumber(o.value, lang, indicator.decimals ?? defaultDecimals(indicator.unit)),
          );
          expect(row.values[valueColumn]).to.equal(o.value);
        });
      }
    });
  }
});
