/**
 * EXAMPLE DATA for the stories and the demo of `<ict-indicator-trend>`: invented figures in the library's
 * format, for the forms the seed facts cannot show (a series of many periods, several places, gaps, a long
 * monthly series). Their indicator labels and sources say they are examples; never present them as facts.
 */
import type { IndicatorDocument, IndicatorMeta, Observation } from '../../core/indicator/types.js';

const EXAMPLE_SOURCE = { publisher: 'Số liệu minh hoạ (không có thật)' };

/** An invented subscriber count, labelled as an example in both languages. */
export const EXAMPLE_INDICATOR: IndicatorMeta = {
  id: 'example_mobile_subscribers',
  label: { vi: 'Số thuê bao di động (số liệu minh hoạ)', en: 'Mobile subscribers (example data)' },
  unit: 'count',
  source: EXAMPLE_SOURCE,
};

/** Example: yearly values of one place, 2013–2020 (eight periods: columns). */
export const EXAMPLE_YEARS: IndicatorDocument = {
  version: 1,
  indicators: [EXAMPLE_INDICATOR],
  observations: [812000, 865400, 903100, 958700, 1012300, 1077900, 1131500, 1189200].map(
    (value, i): Observation => ({
      place: { code: '42', era: '2008-2025' },
      period: { year: 2013 + i },
      value,
    }),
  ),
};

/** Example: the same years with two missing values (not zero: no data). */
export const EXAMPLE_MISSING: IndicatorDocument = {
  ...EXAMPLE_YEARS,
  observations: EXAMPLE_YEARS.observations.map((o, i): Observation =>
    i === 2 || i === 5 ? { ...o, value: null, missing: 'not-available' } : o,
  ),
};

/** Example: three places, 2011–2024 (several lines, direct labels). */
export const EXAMPLE_PLACES: IndicatorDocument = {
  version: 1,
  indicators: [EXAMPLE_INDICATOR],
  observations: (
    [
      ['42', 640000, 41000],
      ['83', 720000, 36000],
      ['11', 210000, 18000],
    ] as const
  ).flatMap(([code, start, step], p) =>
    Array.from({ length: 14 }, (_, i): Observation => ({
      place: { code, era: '2008-2025' },
      period: { year: 2011 + i },
      value: Math.round(start + step * i + (p === 2 && i > 9 ? 25000 * (i - 9) : 0)),
    })),
  ),
};

/**
 * Example: a long monthly series, `places` × `months` values from January 1910 (the format's periods run
 * from 1900 to 2100, so one place holds at most 2 412 months). With the defaults, 10 000 values.
 */
export function exampleLongSeries(
  places: readonly string[] = ['42', '83', '11', '60', '01'],
  months = 2000,
): IndicatorDocument {
  return {
    version: 1,
    indicators: [EXAMPLE_INDICATOR],
    observations: places.flatMap((code, p) =>
      Array.from({ length: months }, (_, i): Observation => ({
        place: { code, era: '2008-2025' },
        period: { year: 1910 + Math.floor(i / 12), month: (i % 12) + 1 },
        value: Math.round(
          100000 + 30000 * Math.sin(i / 40 + p) + p * 5000 + i * 20 + (p === 0 && i === 1234 ? 90000 : 0),
        ),
      })),
    ),
  };
}
