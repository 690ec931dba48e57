// The six scenarios of the peer benchmark (issue 6), built in Node and handed to the page as plain JSON.
// Each scenario gives every library the same figures twice: `a` (first render) and `b` (the update), each as
// plain rows for the peers and as an ict-charts document (`doc`), plus `labels`: the names and values of `b`
// (the bench reads the accessibility tree after the update) whose presence in Chromium's accessibility tree
// it counts.
//
// S1/S6 use demo/examples/example-63-provinces.json (illustrative values, labelled so in the file). S2, S4
// and S5 are SYNTHETIC (a seeded generator, same numbers on every run). S3 is the library's own example of
// e-government levels (EXAMPLE_LEVELS in src/elements/egov-level/egov-level.examples.ts: invented figures).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** code → Vietnamese short name of the 63 units of 2008–2025, as the library names them. */
export function provinceNames() {
  const text = readFileSync(join(root, 'src/core/provinces/province-data.ts'), 'utf8');
  const block = text.slice(text.indexOf('export const ROWS_2008'), text.indexOf('export const ROWS_2025'));
  // Rows are `['01', 'Hà Nội', …]`, some wrapped by prettier over several lines.
  return new Map([...block.matchAll(/\[\s*'(\d\d)',\s*'([^']+)'/g)].map((m) => [m[1], m[2]]));
}

/** mulberry32: a small seeded generator, so synthetic data is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (x) => Math.round(x * 10) / 10;
const ERA = '2008-2025';
const SYNTHETIC = {
  vi: 'Số liệu tổng hợp cho phép đo, không phải số liệu thật.',
  en: 'Synthetic benchmark data.',
};

// ─── S1 / S6: 63 provinces ───────────────────────────────────────────────────────────────────────

function provinces63(names) {
  const example = JSON.parse(readFileSync(join(root, 'demo/examples/example-63-provinces.json'), 'utf8'));
  const variant = (doc, factor) => {
    const observations = doc.observations.map((o, i) => ({
      ...o,
      value: factor === 1 ? o.value : Math.round(o.value * (0.75 + 0.5 * ((i * 37) % 63) * (1 / 63))),
    }));
    const rows = observations.map((o) => ({
      code: o.place.code,
      name: names.get(o.place.code),
      value: o.value,
    }));
    return { rows, doc: { ...doc, observations } };
  };
  const a = variant(example, 1);
  const b = variant(example, 2);
  return { a, b, labels: { names: b.rows.map((r) => r.name), values: b.rows.map((r) => r.value) } };
}

// ─── S2: 5 density series × 20 years (synthetic) ─────────────────────────────────────────────────

// [indicator id, subscription type, the type's name as <ict-subscriber-density> labels its series, English]
const DENSITY = [
  ['phone_subscriptions_per_100', 'telephone', 'Điện thoại', 'Telephone'],
  ['mobile_subscriptions_per_100', 'mobile', 'Di động', 'Mobile'],
  ['fixed_telephone_subscriptions_per_100', 'fixed-telephone', 'Điện thoại cố định', 'Fixed telephone'],
  ['fixed_broadband_subscriptions_per_100', 'fixed-broadband', 'Băng rộng cố định', 'Fixed broadband'],
  ['mobile_broadband_subscriptions_per_100', 'mobile-broadband', 'Băng rộng di động', 'Mobile broadband'],
];
const YEARS20 = Array.from({ length: 20 }, (_, i) => 2005 + i);

function density(seed) {
  const rnd = random(seed);
  const series = DENSITY.map(([id, , vi], s) => {
    const base = [40, 30, 12, 3, 5][s];
    const slope = [3.1, 4.2, -0.4, 0.9, 3.8][s];
    return {
      id,
      name: vi,
      values: YEARS20.map((_, y) => round1(Math.max(0.5, base + slope * y + (rnd() - 0.5) * 6))),
    };
  });
  const doc = {
    version: 1,
    indicators: DENSITY.map(([id, , vi, en]) => ({
      id,
      label: {
        vi: `Mật độ thuê bao ${vi.toLowerCase()} (số liệu tổng hợp)`,
        en: `${en} per 100 (synthetic)`,
      },
      unit: 'per-100-inhabitants',
      decimals: 1,
      notes: [SYNTHETIC],
    })),
    observations: series.flatMap((s, k) =>
      s.values.map((value, y) => ({
        indicator: s.id,
        place: { code: '42', era: ERA },
        period: { year: YEARS20[y] },
        value,
        breakdown: { subscription: DENSITY[k][1] },
      })),
    ),
  };
  return { years: YEARS20, series, doc };
}

// ─── S3: e-government levels, 3 tiers × 4 levels (the library's example figures) ────────────────

const TIERS = [
  ['province', 'Cấp tỉnh'],
  ['district', 'Cấp huyện'],
  ['commune', 'Cấp xã'],
];
const LEVELS = ['1', '2', '3', '4'];
const LEVEL_NAMES = LEVELS.map((l) => `Mức độ ${l}`);

function egov(values) {
  const doc = {
    version: 1,
    indicators: [
      {
        id: 'online_public_services_count',
        label: {
          vi: 'Số dịch vụ công trực tuyến theo mức độ (dữ liệu ví dụ)',
          en: 'Online public services by level (example data)',
        },
        unit: 'count',
        category: 'egov',
      },
    ],
    observations: TIERS.flatMap(([tier], t) =>
      LEVELS.map((level, l) => ({
        place: { code: '42', era: ERA },
        period: { year: 2021 },
        value: values[t][l],
        breakdown: { tier, level },
      })),
    ),
  };
  return { tiers: TIERS.map(([, name]) => name), levels: LEVEL_NAMES, values, doc };
}

// ─── S4: 10 000 points (synthetic) ───────────────────────────────────────────────────────────────
// The format's periods are months from 1900 to 2100 (2 412 per place), so one place cannot hold 10 000
// values: every library draws 5 places × 2 000 months = 10 000 points, one line per place.

const S4_CODES = ['42', '83', '11', '60', '01'];
const S4_MONTHS = 2000;

function longSeries(names, seed) {
  const rnd = random(seed);
  const series = S4_CODES.map((code, p) => ({
    code,
    name: names.get(code),
    values: Array.from({ length: S4_MONTHS }, (_, i) =>
      Math.round(1000 + 300 * Math.sin(i / 40 + p) + p * 50 + (rnd() - 0.5) * 80),
    ),
  }));
  const doc = {
    version: 1,
    indicator: {
      id: 'bench_monthly_count',
      label: { vi: 'Chỉ số theo tháng (số liệu tổng hợp)', en: 'Monthly figure (synthetic)' },
      unit: 'count',
      notes: [SYNTHETIC],
    },
    observations: series.flatMap((s) =>
      s.values.map((value, i) => ({
        place: { code: s.code, era: ERA },
        period: { year: 1910 + Math.floor(i / 12), month: (i % 12) + 1 },
        value,
      })),
    ),
  };
  // x of every point: months since January 1910 (the peers draw a linear x; the element its own time axis).
  return { months: S4_MONTHS, startYear: 1910, series, doc };
}

// ─── S5: 50 small charts, one province's 10 years each (synthetic) ───────────────────────────────

const YEARS10 = Array.from({ length: 10 }, (_, i) => 2015 + i);

function smallMultiples(names, seed) {
  const rnd = random(seed);
  const codes = [...names.keys()].slice(0, 50);
  const charts = codes.map((code) => {
    const base = 40 + rnd() * 60;
    const values = YEARS10.map((_, y) => round1(base + y * (1 + rnd() * 3) + (rnd() - 0.5) * 4));
    const doc = {
      version: 1,
      indicator: {
        id: 'bench_density',
        label: { vi: 'Mật độ thuê bao (số liệu tổng hợp)', en: 'Subscription density (synthetic)' },
        unit: 'per-100-inhabitants',
        decimals: 1,
        notes: [SYNTHETIC],
      },
      observations: values.map((value, y) => ({
        place: { code, era: ERA },
        period: { year: YEARS10[y] },
        value,
      })),
    };
    return { code, name: names.get(code), years: YEARS10, values, doc };
  });
  return { charts };
}

/** Every scenario: id, title, size of the chart box, `a`, `b`, labels. */
export function scenarios() {
  const names = provinceNames();
  const p63 = provinces63(names);
  const s2a = density(2);
  const s2b = density(3);
  const s3a = egov([
    [12, 85, 310, 402],
    [40, 96, 250, 180],
    [30, 44, 60, 21],
  ]);
  const s3b = egov([
    [10, 70, 290, 450],
    [35, 90, 240, 210],
    [28, 40, 66, 30],
  ]);
  const s4a = longSeries(names, 4);
  const s4b = longSeries(names, 5);
  const s5a = smallMultiples(names, 6);
  const s5b = smallMultiples(names, 7);
  return [
    {
      id: 'S1',
      title: '63 provinces as sorted horizontal bars (example values)',
      width: 720,
      height: 900,
      a: p63.a,
      b: p63.b,
      labels: p63.labels,
    },
    {
      id: 'S2',
      title: '5 series × 20 years of density lines (synthetic)',
      width: 720,
      height: 400,
      a: s2a,
      b: s2b,
      labels: { names: s2b.series.map((s) => s.name), values: s2b.series.flatMap((s) => s.values) },
    },
    {
      id: 'S3',
      title: 'e-government levels, 3 tiers × 4 levels stacked (example values)',
      width: 720,
      height: 300,
      a: s3a,
      b: s3b,
      labels: { names: [...s3b.tiers, ...s3b.levels], values: s3b.values.flat() },
    },
    {
      id: 'S4',
      title: '10 000 points: 5 lines × 2 000 months (synthetic)',
      width: 720,
      height: 400,
      a: s4a,
      b: s4b,
      labels: { names: s4b.series.map((s) => s.name), values: s4b.series.flatMap((s) => s.values) },
    },
    {
      id: 'S5',
      title: '50 small charts on one page, 10 years each (synthetic)',
      width: 300,
      height: 150,
      a: s5a,
      b: s5b,
      labels: {
        names: s5b.charts.map((c) => c.name),
        values: s5b.charts.flatMap((c) => c.values),
      },
    },
    {
      id: 'S6',
      title: 'the 63-unit map (example values)',
      width: 720,
      height: 900,
      a: p63.a,
      b: p63.b,
      labels: p63.labels,
    },
  ];
}
