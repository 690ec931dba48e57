/**
 * EXAMPLE DATA for `<ict-egov-level>`: invented figures in the library's format, for tests, stories and
 * documentation only. They are not real statistics: every indicator label and source says "dữ liệu ví dụ"
 * / "example data". The real seed facts are in `demo/data/` (Hà Tĩnh 2020, Bến Tre 2016 and 2021,
 * Điện Biên 2022). Not imported by the element, so never part of a bundle.
 */
import type { IndicatorDocument, Observation, ServiceLevel, Tier } from '../../core/indicator/types.js';

const SOURCE = { publisher: 'ict-charts', title: 'Dữ liệu ví dụ, không phải số liệu thật' };

/** The example indicator of counts by level (breakdown.level gives the level). */
export const EXAMPLE_COUNT_INDICATOR = {
  id: 'online_public_services_count',
  label: {
    vi: 'Số dịch vụ công trực tuyến theo mức độ (dữ liệu ví dụ)',
    en: 'Online public services by level (example data)',
  },
  unit: 'count',
  category: 'egov',
  source: SOURCE,
} as const;

type Row = readonly [tier: Tier, level: ServiceLevel, value: number | null, perUnit?: boolean];

function observations(code: string, year: number, rows: readonly Row[]): Observation[] {
  return rows.map(([tier, level, value, perUnit]) => ({
    id: `ex-${code}-${year}-${tier}${perUnit ? '-each' : ''}-${level}`,
    place: { code, era: '2008-2025' },
    period: { year },
    ...(value === null ? { value: null, missing: 'not-available' as const } : { value }),
    breakdown: { tier, level, ...(perUnit ? { perUnit: true } : {}) },
  }));
}

function doc(list: Observation[]): IndicatorDocument {
  return { version: 1, indicators: [{ ...EXAMPLE_COUNT_INDICATOR }], observations: list };
}

/** Levels 1–4 × three tiers (province, district, commune totals), one province, 2021. */
export const EXAMPLE_LEVELS = doc(
  observations('42', 2021, [
    ['province', '1', 12],
    ['province', '2', 85],
    ['province', '3', 310],
    ['province', '4', 402],
    ['district', '1', 40],
    ['district', '2', 96],
    ['district', '3', 250],
    ['district', '4', 180],
    ['commune', '1', 30],
    ['commune', '2', 44],
    ['commune', '3', 60],
    ['commune', '4', 21],
  ]),
);

/** The scheme since 2022 (partial, full process) × three tiers, two years: small multiples and change. */
export const EXAMPLE_PROCESS = doc([
  ...observations('42', 2022, [
    ['province', 'partial', 420],
    ['province', 'full-process', 610],
    ['district', 'partial', 210],
    ['district', 'full-process', 180],
    ['commune', 'partial', 95],
    ['commune', 'full-process', 40],
  ]),
  ...observations('42', 2023, [
    ['province', 'partial', 350],
    ['province', 'full-process', 720],
    ['district', 'partial', 190],
    ['district', 'full-process', 260],
    ['commune', 'partial', 80],
    ['commune', 'full-process', 75],
  ]),
]);

/** Both schemes: levels 1–4 in 2021, full process / partial in 2023 (never stacked together). */
export const EXAMPLE_MIXED = doc([
  ...observations('83', 2021, [
    ['province', '2', 60],
    ['province', '3', 280],
    ['province', '4', 390],
  ]),
  ...observations('83', 2023, [
    ['province', 'partial', 300],
    ['province', 'full-process', 540],
  ]),
]);

/** Totals of two tiers and a per-commune figure (the shape of the Hà Tĩnh 2020 seed, with levels 3 and 4). */
export const EXAMPLE_PER_UNIT = doc(
  observations('11', 2021, [
    ['province', '3', 520],
    ['province', '4', 380],
    ['district', '3', 610],
    ['district', '4', 240],
    ['commune', '3', 38, true],
    ['commune', '4', 12, true],
  ]),
);

/** A missing level (`null` with its reason) among the others. */
export const EXAMPLE_MISSING = doc(
  observations('60', 2021, [
    ['province', '2', 70],
    ['province', '3', 250],
    ['province', '4', null],
    ['district', '3', 140],
    ['district', '4', 95],
  ]),
);

/** Eight provinces, levels 3 and 4 at the province tier, 2021: many small multiples. */
export const EXAMPLE_MANY = doc(
  (
    [
      ['01', 640, 910],
      ['79', 720, 1040],
      ['42', 310, 402],
      ['83', 280, 390],
      ['11', 350, 260],
      ['60', 250, 180],
      ['48', 500, 610],
      ['31', 420, 530],
    ] as const
  ).flatMap(([code, l3, l4]) =>
    observations(code, 2021, [
      ['province', '3', l3],
      ['province', '4', l4],
    ]),
  ),
);

/** Shares stated by the data (levels 3 and 4 of all services, by tier): a 100 % view with no counts. */
export const EXAMPLE_SHARES: IndicatorDocument = {
  version: 1,
  indicators: [
    {
      id: 'online_public_services_share',
      label: {
        vi: 'Tỷ lệ dịch vụ công trực tuyến theo mức độ (dữ liệu ví dụ)',
        en: 'Share of online public services by level (example data)',
      },
      unit: 'percent',
      category: 'egov',
      source: SOURCE,
    },
  ],
  observations: (
    [
      ['province', '3', 38.3],
      ['province', '4', 49.7],
      ['district', '3', 44.2],
      ['district', '4', 31.8],
    ] as const
  ).map(([tier, level, value]) => ({
    id: `ex-share-${tier}-${level}`,
    place: { code: '42', era: '2008-2025' },
    period: { year: 2021 },
    value,
    breakdown: { tier, level },
  })),
};
