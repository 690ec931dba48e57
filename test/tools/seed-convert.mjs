/**
 * Converts the seed facts (`../shared/data/seed-facts.json`, 74 records from five source articles) into
 * documents of the indicator format, and back. Plain ESM without dependencies: `test/tools/convert-seed.mjs`
 * runs it in Node to write `demo/data/*.json`, and the browser tests import it to prove the round trip
 * (seed → documents → seed gives the records back, field for field).
 *
 * Types are in `seed-convert.d.mts`.
 */

/** `$schema` of the generated documents, relative to `demo/data/` (editors resolve it for completion). */
export const SCHEMA_REF = '../../src/schema/indicator.schema.json';

/** Name of the document that holds every seed record, in the seed's order. */
export const ALL_SEED_FACTS_FILE = 'all-seed-facts.json';

/** Seed `unit` → format `unit`. */
const UNIT = {
  'per 100 inhabitants': 'per-100-inhabitants',
  '%': 'percent',
  count: 'count',
  VND: 'vnd',
  days: 'days',
};

/** Seed `scope` → format `breakdown`. */
const SCOPE = {
  province: { tier: 'province' },
  district: { tier: 'district' },
  commune: { tier: 'commune' },
  'commune (each)': { tier: 'commune', perUnit: true },
  'province+district': { tier: 'province+district' },
  'province+district+commune': { tier: 'province+district+commune' },
  'all levels': { tier: 'all' },
  'commune-to-province/district': { scope: 'commune-to-province-district' },
  'village (thôn/bản)': { scope: 'village' },
  'commune centre': { scope: 'commune-centre' },
  'residential area (khu dân cư)': { scope: 'residential-area' },
  'department (Sở)': { scope: 'department' },
  'department (one-stop desk of the Sở)': { scope: 'department-one-stop-desk' },
  national: { scope: 'national' },
};

/** Vietnamese labels of the "before" states the seed compares with (English is the seed's `vs`). */
const BEFORE_LABEL_VI = { 'before simplification': 'trước khi đơn giản hóa' };

/** Publication dates of the source articles, from `../shared/data/README.md` (000 gives only its year under review). */
const SOURCE_DATE = {
  '001_efe2a831d2015491.txt': '2022-06-05',
  '002_e623877a6278d958.txt': '2020-12-24',
  '003_76cf45c4331e0e87.txt': '2022-01-21',
  '004_7ebf30e06ec6d110.txt': '2014-01-22',
};

/**
 * What each source article is, from the table of `../shared/data/README.md` (in Vietnamese, since the
 * articles are): shown as the source's title instead of a bare file name.
 */
const SOURCE_TITLE = {
  '000_bd1dc37cd130f1af.txt': 'Tổng kết ngành thông tin và truyền thông tỉnh Bến Tre năm 2016',
  '001_efe2a831d2015491.txt': '15 năm thành lập Sở Thông tin và Truyền thông tỉnh Điện Biên',
  '002_e623877a6278d958.txt': 'Hội nghị tổng kết năm 2020, tỉnh Hà Tĩnh',
  '003_76cf45c4331e0e87.txt': 'Hội nghị tổng kết năm 2021, tỉnh Bến Tre',
  '004_7ebf30e06ec6d110.txt': 'Hội nghị triển khai nhiệm vụ năm 2014, tỉnh Bình Thuận',
};

const SEED_KEYS = [
  'id',
  'province',
  'provinceCode',
  'provinceCode2025',
  'year',
  'asOf',
  'indicator',
  'category',
  'label_vi',
  'label_en',
  'value',
  'unit',
  'qualifier',
  'denominator',
  'kind',
  'scope',
  'comparison',
  'quote',
  'source_file',
  'note',
];

/** Flat JSON with sorted keys, so that `{a, b}` and `{b, a}` compare equal. @param {unknown} value */
function canonical(value) {
  return typeof value === 'object' && value !== null
    ? JSON.stringify(value, Object.keys(value).sort())
    : JSON.stringify(value);
}

/** The key of `object` whose value equals `value`. @param {Record<string, unknown>} object @param {unknown} value */
function keyOf(object, value) {
  const json = canonical(value);
  return Object.keys(object).find((key) => canonical(object[key]) === json);
}

/** "Bến Tre" → "ben-tre". @param {string} text */
function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Looks up a 2008-2025 unit in a province list (the records of `vn-provinces.json`, or any objects with
 * `code`, `era`, `name_vi` and `mergedInto`).
 * @param {readonly import('./seed-convert.d.mts').SeedProvince[]} provinces @param {string} code
 */
function oldProvince(provinces, code) {
  return provinces.find((p) => p.era === '2008-2025' && p.code === code);
}

/**
 * Converts a seed `comparison` to a format `change`.
 * @param {Record<string, unknown>} comparison @param {string} id
 */
function changeOf(comparison, id) {
  const { vs, ...rest } = comparison;
  const keys = Object.keys(rest).sort().join(',');
  if (vs === 'plan' && keys === 'achieved_pct') return { against: 'plan', percentOfPlan: rest.achieved_pct };
  if (
    typeof vs === 'string' &&
    /^\d{4}$/.test(vs) &&
    ['', 'change_pct', 'change_pct,qualifier'].includes(keys)
  ) {
    const change = { against: 'period', period: { year: Number(vs) } };
    if (rest.change_pct === undefined) change.valueIsChange = true;
    else change.percent = rest.change_pct;
    if (rest.qualifier !== undefined) change.qualifier = rest.qualifier;
    return change;
  }
  if (typeof vs === 'string' && keys === 'previous_value') {
    const vi = BEFORE_LABEL_VI[vs];
    return { against: 'before', previousValue: rest.previous_value, label: vi ? { vi, en: vs } : vs };
  }
  throw new Error(`${id}: comparison ${JSON.stringify(comparison)} has no mapping`);
}

/**
 * Converts a format `change` back to a seed `comparison`.
 * @param {import('../../src/core/indicator/types.js').Change} change
 */
function comparisonOf(change) {
  if (change.against === 'plan') return { vs: 'plan', achieved_pct: change.percentOfPlan };
  if (change.against === 'before') {
    const label = change.label;
    const vs = label === undefined ? 'before' : typeof label === 'string' ? label : (label.en ?? label.vi);
    return { vs, previous_value: change.previousValue };
  }
  /** @type {Record<string, unknown>} */
  const comparison = { vs: String(change.period.year) };
  if (change.percent !== undefined) comparison.change_pct = change.percent;
  if (change.qualifier !== undefined) comparison.qualifier = change.qualifier;
  return comparison;
}

/**
 * One seed record as an observation of the format. Fields map as follows: `provinceCode` → `place`
 * (era 2008-2025; `province` and `provinceCode2025` follow from the code), `year` → `period`, `kind` →
 * `status` (left out when `actual`), `scope` → `breakdown` (tier, perUnit or scope), `comparison` → `change`,
 * `quote` and `source_file` → `source`, a label that differs from the indicator's → `label`.
 * @param {import('./seed-convert.d.mts').SeedRecord} record
 * @param {import('../../src/core/indicator/types.js').IndicatorMeta} indicator
 */
function observationOf(record, indicator) {
  /** @type {Record<string, unknown>} */
  const observation = {
    indicator: record.indicator,
    id: record.id,
    place: { code: record.provinceCode, era: '2008-2025' },
    period: { year: record.year },
  };
  if (record.asOf !== null) observation.asOf = record.asOf;
  observation.value = record.value;
  if (record.value === null) observation.missing = 'not-available';
  if (record.denominator !== null) observation.denominator = record.denominator;
  if (record.scope !== null) {
    const breakdown = SCOPE[record.scope];
    if (!breakdown) throw new Error(`${record.id}: scope "${record.scope}" has no mapping`);
    observation.breakdown = { ...breakdown };
  }
  if (record.qualifier !== null) observation.qualifier = record.qualifier;
  if (record.kind !== 'actual') observation.status = record.kind;
  if (record.comparison !== null) observation.change = changeOf(record.comparison, record.id);
  if (record.label_vi !== indicator.label.vi || record.label_en !== indicator.label.en) {
    observation.label = { vi: record.label_vi, en: record.label_en };
  }
  /** @type {Record<string, unknown>} */
  const source = {};
  if (record.source_file !== null) source.file = record.source_file;
  const title = record.source_file === null ? undefined : SOURCE_TITLE[record.source_file];
  if (title !== undefined) source.title = title;
  const date = record.source_file === null ? undefined : SOURCE_DATE[record.source_file];
  if (date !== undefined) source.date = date;
  if (record.quote !== null) source.quote = record.quote;
  if (Object.keys(source).length > 0) observation.source = source;
  if (record.note !== null) observation.note = record.note;
  return observation;
}

/**
 * The label of each indicator: the shortest one its records use anywhere in the seed. Records of one
 * indicator often name their tier or scope in the label ("… mức độ 3 cấp tỉnh"); the shortest is the
 * generic name, the same in every document, and a chart title that does not claim one tier for all.
 * @param {readonly import('./seed-convert.d.mts').SeedRecord[]} records
 * @returns {Map<string, { vi: string; en: string }>}
 */
function genericLabels(records) {
  /** @type {Map<string, { vi: string; en: string }>} */
  const labels = new Map();
  for (const record of records) {
    const known = labels.get(record.indicator);
    if (!known || record.label_vi.length < known.vi.length) {
      labels.set(record.indicator, { vi: record.label_vi, en: record.label_en });
    }
  }
  return labels;
}

/**
 * A document of the format holding these records, indicators in order of first appearance (each takes its
 * generic label; records with another label carry it as the observation's `label`).
 * @param {readonly import('./seed-convert.d.mts').SeedRecord[]} records
 * @param {Map<string, { vi: string; en: string }>} labels
 * @returns {import('../../src/core/indicator/types.js').IndicatorDocument}
 */
function documentOf(records, labels) {
  /** @type {import('../../src/core/indicator/types.js').IndicatorMeta[]} */
  const indicators = [];
  const observations = records.map((record) => {
    let indicator = indicators.find((meta) => meta.id === record.indicator);
    const unit = UNIT[record.unit];
    if (!unit) throw new Error(`${record.id}: unit "${record.unit}" has no mapping`);
    if (!indicator) {
      indicator = {
        id: record.indicator,
        label: labels.get(record.indicator) ?? { vi: record.label_vi, en: record.label_en },
        unit,
        category: record.category,
      };
      indicators.push(indicator);
    } else if (indicator.unit !== unit || indicator.category !== record.category) {
      throw new Error(`${record.id}: unit or category differs from the first record of ${record.indicator}`);
    }
    return observationOf(record, indicator);
  });
  return /** @type {import('../../src/core/indicator/types.js').IndicatorDocument} */ ({
    $schema: SCHEMA_REF,
    version: 1,
    indicators,
    observations,
  });
}

/**
 * Converts seed records to documents of the indicator format: one document per source article, named after
 * the province and the latest year it reports (`ben-tre-2016.json`, `dien-bien-2022.json`, `ha-tinh-2020.json`,
 * `ben-tre-2021.json`, `binh-thuan-2014.json`), then {@link ALL_SEED_FACTS_FILE} with every record in the seed's
 * order. Throws when a record cannot be expressed (an unknown unit, scope or comparison shape) or, when
 * `provinces` is given, when its `province` or `provinceCode2025` disagrees with the province list (both are
 * derived from `provinceCode` on the way back).
 *
 * @param {readonly import('./seed-convert.d.mts').SeedRecord[]} records
 * @param {readonly import('./seed-convert.d.mts').SeedProvince[]} [provinces]
 * @returns {{ file: string; document: import('../../src/core/indicator/types.js').IndicatorDocument }[]}
 */
export function seedToDocuments(records, provinces) {
  if (provinces) {
    for (const record of records) {
      const province = oldProvince(provinces, record.provinceCode);
      if (
        !province ||
        province.name_vi !== record.province ||
        province.mergedInto !== record.provinceCode2025
      ) {
        throw new Error(
          `${record.id}: ${record.province} (${record.provinceCode}) disagrees with the province list`,
        );
      }
    }
  }
  /** @type {Map<string, import('./seed-convert.d.mts').SeedRecord[]>} */
  const bySource = new Map();
  for (const record of records) {
    const key = record.source_file ?? '';
    bySource.set(key, [...(bySource.get(key) ?? []), record]);
  }
  const labels = genericLabels(records);
  const documents = [...bySource.values()].map((group) => {
    const first = /** @type {import('./seed-convert.d.mts').SeedRecord} */ (group[0]);
    const year = Math.max(...group.map((record) => record.year));
    return { file: `${slug(first.province)}-${year}.json`, document: documentOf(group, labels) };
  });
  const names = documents.map((entry) => entry.file);
  if (new Set(names).size !== names.length)
    throw new Error(`two documents share a name: ${names.join(', ')}`);
  documents.push({ file: ALL_SEED_FACTS_FILE, document: documentOf(records, labels) });
  return documents;
}

/**
 * Converts a document made by {@link seedToDocuments} (full form or the single-indicator shorthand) back to
 * seed records, in the order of its observations, every key of the seed present (null when absent). The
 * province list gives `province` and `provinceCode2025` from each place's code (places must be
 * `{ code, era: "2008-2025" }`).
 *
 * @param {import('../../src/core/indicator/types.js').IndicatorDocument | import('../../src/core/indicator/types.js').SingleIndicatorDocument} document
 * @param {readonly import('./seed-convert.d.mts').SeedProvince[]} provinces
 * @returns {import('./seed-convert.d.mts').SeedRecord[]}
 */
export function documentToSeedRecords(document, provinces) {
  const indicators = 'indicators' in document ? document.indicators : [document.indicator];
  return document.observations.map((observation, i) => {
    const indicator =
      observation.indicator === undefined && indicators.length === 1
        ? indicators[0]
        : indicators.find((meta) => meta.id === observation.indicator);
    if (!indicator) throw new Error(`observations[${i}]: unknown indicator ${observation.indicator}`);
    const place = observation.place;
    if (!('code' in place) || place.era !== '2008-2025')
      throw new Error(`observations[${i}]: place is not a 2008-2025 code`);
    const province = oldProvince(provinces, place.code);
    if (!province) throw new Error(`observations[${i}]: unknown province ${place.code}`);
    const label = observation.label ?? indicator.label;
    const note = observation.note;
    /** @type {Record<string, unknown>} */
    const record = {
      id: observation.id ?? null,
      province: province.name_vi,
      provinceCode: place.code,
      provinceCode2025: province.mergedInto ?? null,
      year: observation.period.year,
      asOf: observation.asOf ?? null,
      indicator: indicator.id,
      category: indicator.category ?? null,
      label_vi: label.vi,
      label_en: label.en ?? null,
      value: observation.value,
      unit: keyOf(UNIT, indicator.unit) ?? indicator.unit,
      qualifier: observation.qualifier ?? null,
      denominator: observation.denominator ?? null,
      kind: observation.status ?? 'actual',
      scope: observation.breakdown === undefined ? null : (keyOf(SCOPE, observation.breakdown) ?? null),
      comparison: observation.change === undefined ? null : comparisonOf(observation.change),
      quote: observation.source?.quote ?? null,
      source_file: observation.source?.file ?? null,
      note: note === undefined ? null : typeof note === 'string' ? note : (note.en ?? note.vi),
    };
    // The seed's key order, so that the JSON text matches too.
    return /** @type {import('./seed-convert.d.mts').SeedRecord} */ (
      Object.fromEntries(SEED_KEYS.map((key) => [key, record[key]]))
    );
  });
}
