// fast-check arbitraries of indicator documents for the hostile-data fuzz tests (not a test file): valid documents
// built from the format (src/core/indicator/types.ts) with real province codes, almost-valid ones (a valid
// document with one known error) and garbage. Every valid document comes with what the validator must keep.
import fc from 'fast-check';
import {
  CATEGORIES,
  MISSING_REASONS,
  QUALIFIERS,
  SCOPES,
  SERVICE_LEVELS,
  STATUSES,
  SUBSCRIPTION_TYPES,
  TIERS,
  UNITS,
  type Era,
  type IssueCode,
  type Period,
  type Unit,
} from '../../src/core/indicator/types.js';
import { eraOfPeriod, provincesOf, type Province } from '../../src/core/provinces/index.js';

type Json = Record<string, unknown>;

// ─── texts ────────────────────────────────────────────────────────────────────────────────────────

/** Labels a CMS editor (or an attacker) may paste: right-to-left, emoji, decomposed Vietnamese, very long. */
export const HOSTILE_TEXTS = [
  'Mật độ thuê bao điện thoại',
  'Tiếng Việt có dấu'.normalize('NFD'), // combining diacritics
  'Đắk Lắk — Hòa/Hoà'.normalize('NFD'),
  'a\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u0309\u030a\u030b\u0323', // a stack of combining marks
  'مؤشر الاتصالات لكل ١٠٠ نسمة', // Arabic
  'מנויים לכל 100 תושבים', // Hebrew
  'abc שלום 123 مرحبا', // mixed directions
  '\u202Eevil\u202C label', // right-to-left override
  '📶📱 👨‍👩‍👧‍👦 🇻🇳 🏳️‍🌈', // emoji, ZWJ sequences, flags
  '\u200B\u200Czero width\u2060',
  'lone \uD800 surrogate',
  'tab\tnew\nline\r\n',
  '<b>not bold</b> & "quotes" \'single\'',
  '  padded  ',
  '__proto__',
  'constructor',
  'x'.repeat(500), // one 500-character word
  'Tiếng Việt '.normalize('NFD').repeat(45), // ~700 decomposed characters
] as const;

/**
 * Labels of 10 000 characters, for explicit cases: the elements draw at most 8 lines of any label (`wrapText()`);
 * WebKit lays out an SVG `<text>` in time quadratic in its length (6 000 characters alone: 5 s).
 */
export const VERY_LONG_TEXTS = [
  'x'.repeat(10_000),
  'Tiếng Việt '.normalize('NFD').repeat(900),
  'مؤشر '.repeat(2_000),
] as const;

/** A non-empty text (required texts must not be blank). */
export const text: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
    { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }) },
  )
  .filter((s) => s.trim() !== '');

const localized = fc.record({ vi: text, en: text }, { requiredKeys: ['vi'] });

// ─── places and periods ───────────────────────────────────────────────────────────────────────────

const ERA_LIST: readonly Era[] = ['2008-2025', '2025-'];

/** A period of the format: year 1900–2100 (mostly recent), quarter and month consistent. */
export const period: fc.Arbitrary<Period> = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 2010, max: 2030 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1900, max: 2100 }) },
    ),
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([year, quarter, month]) => {
    const p: Period = { year };
    if (quarter > 0) p.quarter = quarter;
    // A month only inside the quarter (or alone): month 0 means none.
    if (month > 0 && quarter > 0) p.month = (quarter - 1) * 3 + month;
    else if (month > 0) p.month = month * 4 - 1;
    return p;
  });

/** A place given the way the format allows, with the code it must resolve to. */
interface PlaceCase {
  place: Json;
  code: string;
  era: Era;
}

const province = (era: Era): fc.Arbitrary<Province> => fc.constantFrom(...provincesOf(era));

function placeFor(p: Period): fc.Arbitrary<PlaceCase> {
  const periodEra = eraOfPeriod(p);
  return fc.oneof(
    // { code, era }: any era (the era is explicit, the period does not matter).
    fc
      .constantFrom(...ERA_LIST)
      .chain((era) => province(era))
      .map((u) => ({ place: { code: u.code, era: u.era }, code: u.code, era: u.era })),
    // { code, era, name }: the name must name the same unit.
    fc
      .constantFrom(...ERA_LIST)
      .chain((era) => fc.tuple(province(era), fc.constantFrom('vi', 'en', 'ascii') as fc.Arbitrary<string>))
      .map(([u, form]) => ({
        place: { code: u.code, era: u.era, name: form === 'ascii' ? u.ascii : u.name[form as 'vi' | 'en'] },
        code: u.code,
        era: u.era,
      })),
    // { name, era }
    fc
      .constantFrom(...ERA_LIST)
      .chain((era) => province(era))
      .map((u) => ({ place: { name: u.name.vi, era: u.era }, code: u.code, era: u.era })),
    // { name } alone: resolved in the era of the period.
    province(periodEra).map((u) => ({ place: { name: u.name.vi }, code: u.code, era: u.era })),
  );
}

// ─── indicators ───────────────────────────────────────────────────────────────────────────────────

/** Indicator ids: mostly plain, some that break naive object maps. */
const INDICATOR_IDS = [
  'phone_subscriptions_per_100',
  'online_public_services_level3_count',
  'mobile_coverage_villages_share',
  'fixed_broadband_subscriptions_per_100',
  'mobile_subscriptions_count',
  'x',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'chỉ tiêu có dấu',
  '<script>',
  '0',
] as const;

const source = fc.record(
  {
    publisher: text,
    title: text,
    url: fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'not a url', ''),
    date: fc.constantFrom('2020', '2020-07', '2020-07-31'),
    file: text,
  },
  { requiredKeys: [] },
);

const indicatorMeta = (id: string): fc.Arbitrary<Json> =>
  fc
    .record(
      {
        label: localized,
        unit: fc.constantFrom(...UNITS),
        decimals: fc.integer({ min: 0, max: 6 }),
        category: fc.constantFrom(...CATEGORIES),
        definition: localized,
        source,
        notes: fc.array(localized, { maxLength: 2 }),
      },
      { requiredKeys: ['label', 'unit'] },
    )
    .map((meta) => ({ id, ...meta }));

// ─── values ───────────────────────────────────────────────────────────────────────────────────────

/** Edge values that are valid (finite, not negative). */
export const EDGE_VALUES = [
  0,
  -0,
  5e-324,
  0.1 + 0.2,
  1e-7,
  99.995,
  1e15,
  Number.MAX_SAFE_INTEGER,
  1e308,
] as const;

function valueFor(unit: Unit, decimals: number | undefined, isChange: boolean): fc.Arbitrary<number> {
  const whole = unit === 'count' && decimals === undefined;
  if (isChange && whole) return fc.integer({ min: -1_000_000, max: 1_000_000 });
  if (isChange) return fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  if (whole) {
    return fc.oneof(
      fc.integer({ min: 0, max: 2_000_000 }),
      fc.constantFrom(0, Number.MAX_SAFE_INTEGER, 1e15, 1e308),
    );
  }
  return fc.oneof(
    { weight: 3, arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1e12, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(...EDGE_VALUES) },
  );
}

/** What the validator must keep of one observation. */
export interface ExpectedObservation {
  indicator: string;
  code: string;
  era: Era;
  value: number | null;
  id?: string;
}

/** A valid document and the observations the validator must return, in order. */
export interface ValidCase {
  doc: Json;
  expected: ExpectedObservation[];
  /** The single-indicator shorthand (`indicator` instead of `indicators`). */
  shorthand: boolean;
}

function observationFor(
  metas: readonly Json[],
  name: boolean,
  i: number,
): fc.Arbitrary<{ obs: Json; expected: ExpectedObservation }> {
  return fc
    .tuple(fc.nat({ max: metas.length - 1 }), period, fc.boolean(), fc.boolean())
    .chain(([k, p, withId, isChange]) => {
      const meta = metas[k]!;
      const unit = meta['unit'] as Unit;
      const decimals = meta['decimals'] as number | undefined;
      return fc
        .record({
          place: placeFor(p),
          value: fc.oneof(
            { weight: 6, arbitrary: valueFor(unit, decimals, isChange) },
            { weight: 1, arbitrary: fc.constant(null) },
          ),
          missing: fc.constantFrom(...MISSING_REASONS),
          extras: fc.record(
            {
              asOf: fc.constantFrom('2020', '2021-06'),
              denominator: fc.double({ min: 1, max: 1e9, noNaN: true }),
              target: fc.double({ min: 0, max: 1e9, noNaN: true }),
              breakdown: fc.record(
                {
                  tier: fc.constantFrom(...TIERS),
                  perUnit: fc.boolean(),
                  level: fc.oneof(fc.constantFrom(...SERVICE_LEVELS), fc.constantFrom(1, 2, 3, 4)),
                  subscription: fc.constantFrom(...SUBSCRIPTION_TYPES),
                  scope: fc.constantFrom(...SCOPES),
                },
                { requiredKeys: [] },
              ),
              qualifier: fc.constantFrom(...QUALIFIERS),
              status: fc.constantFrom(...STATUSES),
              label: localized,
              source: fc.record({ publisher: text, quote: text }, { requiredKeys: [] }),
              note: fc.oneof(text, localized),
            },
            { requiredKeys: [] },
          ),
          otherChange: fc.oneof(
            fc.constant(undefined),
            fc.record({
              against: fc.constant('plan'),
              percentOfPlan: fc.double({ min: 0, max: 500, noNaN: true }),
            }),
            fc.record(
              {
                against: fc.constant('before'),
                previousValue: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
                label: text,
              },
              { requiredKeys: ['against', 'previousValue'] },
            ),
          ),
        })
        .map(({ place, value, missing, extras, otherChange }) => {
          const obs: Json = {};
          if (name) obs['indicator'] = meta['id'];
          if (withId) obs['id'] = `o${i}`;
          obs['place'] = place.place;
          obs['period'] = p;
          obs['value'] = value;
          if (value === null) obs['missing'] = missing;
          Object.assign(obs, extras);
          if (isChange)
            obs['change'] = {
              against: 'period',
              period: { year: Math.max(1900, p.year - 1) },
              valueIsChange: true,
            };
          else if (otherChange !== undefined) obs['change'] = otherChange;
          const expected: ExpectedObservation = {
            indicator: meta['id'] as string,
            code: place.code,
            era: place.era,
            value,
          };
          if (withId) expected.id = `o${i}`;
          return { obs, expected };
        });
    });
}

/** A valid document of up to `maxObservations` observations (some documents have none). */
export function validDocument(maxObservations = 30): fc.Arbitrary<ValidCase> {
  return fc
    .tuple(fc.uniqueArray(fc.constantFrom(...INDICATOR_IDS), { minLength: 1, maxLength: 4 }), fc.boolean())
    .chain(([ids, wantShorthand]) => {
      const shorthand = wantShorthand && ids.length === 1;
      return fc.tuple(
        fc.tuple(...ids.map(indicatorMeta)),
        fc.nat({ max: maxObservations }),
        fc.boolean(), // name the indicator in every observation even when there is one
        fc.constant(shorthand),
        fc.boolean(), // $schema
      );
    })
    .chain(([metas, n, nameAlways, shorthand, schema]) => {
      const name = metas.length > 1 || (nameAlways && !shorthand);
      return fc.tuple(...Array.from({ length: n }, (_, i) => observationFor(metas, name, i))).map((items) => {
        const doc: Json = {};
        if (schema) doc['$schema'] = 'https://example.org/indicator.schema.json';
        doc['version'] = 1;
        if (shorthand) doc['indicator'] = metas[0];
        else doc['indicators'] = metas;
        doc['observations'] = items.map((item) => item.obs);
        return { doc, expected: items.map((item) => item.expected), shorthand };
      });
    });
}

/** `length` valid observations of one percent indicator, cheap to build (for the size tests). */
export function bigDocument(length: number, unit: Unit = 'percent'): Json {
  const units = provincesOf('2008-2025');
  const observations = Array.from({ length }, (_, i) => ({
    id: `o${i}`,
    place: { code: units[i % units.length]!.code, era: '2008-2025' },
    period: { year: 1900 + (Math.floor(i / units.length) % 201) },
    value: (i * 37) % 101,
  }));
  return {
    version: 1,
    indicators: [{ id: 'big_share', label: { vi: 'Tỷ lệ lớn', en: 'Big share' }, unit }],
    observations,
  };
}

// ─── almost valid: one known error ────────────────────────────────────────────────────────────────

/** A valid document with one mutation that the validator must report at `path` with `code`. */
export interface MutatedCase {
  doc: unknown;
  mutation: string;
  path: string;
  code: IssueCode;
}

/** Nested arrays `depth` deep around `inner` (built iteratively: no recursion to overflow here). */
export function nested(depth: number, inner: unknown = 'deep'): unknown {
  let value: unknown = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

type Mutation = (doc: Json, at: number) => { path: string; code: IssueCode } | undefined;

const observationsOf = (doc: Json): Json[] => doc['observations'] as Json[];
const indicatorsOf = (doc: Json): { list: Json[]; path: (k: number) => string } =>
  Array.isArray(doc['indicators'])
    ? { list: doc['indicators'] as Json[], path: (k) => `indicators[${k}]` }
    : { list: [doc['indicator'] as Json], path: () => 'indicator' };

/** One observation's member set to `value`; the code the validator must report. */
function obsMember(
  member: string,
  value: unknown,
  code: IssueCode,
  keepChange = false,
  at = member,
): Mutation {
  return (doc, n) => {
    const list = observationsOf(doc);
    if (list.length === 0) return undefined;
    const i = n % list.length;
    const obs = list[i]!;
    // A change stated by the value allows negative values; the mutation must be an error whatever the rest.
    if (!keepChange) delete obs['change'];
    obs[member] = value;
    if (member === 'value') delete obs['missing'];
    return { path: `observations[${i}].${at}`, code };
  };
}

function placeMember(build: (obs: Json) => Json, member: string, code: IssueCode): Mutation {
  return (doc, at) => {
    const list = observationsOf(doc);
    if (list.length === 0) return undefined;
    const i = at % list.length;
    list[i]!['place'] = build(list[i]!);
    return { path: `observations[${i}].place.${member}`, code };
  };
}

function periodMember(member: string, value: unknown, code: IssueCode): Mutation {
  return (doc, at) => {
    const list = observationsOf(doc);
    if (list.length === 0) return undefined;
    const i = at % list.length;
    list[i]!['period'] = { year: 2020, [member]: value };
    return { path: `observations[${i}].period.${member}`, code };
  };
}

function indicatorMember(member: string, value: unknown, code: IssueCode): Mutation {
  return (doc, at) => {
    const { list, path } = indicatorsOf(doc);
    const k = at % list.length;
    list[k]![member] = value;
    return { path: `${path(k)}.${member}`, code };
  };
}

/** A code of the 2008–2025 era that no unit of the 2025 era has. */
const OLD_ONLY_CODE = provincesOf('2008-2025').find(
  (p) => !provincesOf('2025-').some((q) => q.code === p.code),
)!.code;

export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  'value NaN': obsMember('value', NaN, 'not-finite'),
  'value +Infinity': obsMember('value', Infinity, 'not-finite'),
  'value -Infinity': obsMember('value', -Infinity, 'not-finite'),
  'value -1e308': obsMember('value', -1e308, 'out-of-range'),
  'value negative': obsMember('value', -1, 'out-of-range'),
  'value string': obsMember('value', '1.447.307', 'not-a-number'),
  'value boolean': obsMember('value', true, 'not-a-number'),
  'value object': obsMember('value', { n: 1 }, 'not-a-number'),
  'value array': obsMember('value', [], 'not-a-number'),
  'value null without missing': obsMember('value', null, 'missing-reason', false, 'missing'),
  'value absent': obsMember('value', undefined, 'missing-field'),
  'denominator 0': obsMember('denominator', 0, 'out-of-range', true),
  'target -Infinity': obsMember('target', -Infinity, 'not-finite', true),
  'missing unknown': (doc, at) => {
    const r = obsMember('value', null, 'unknown-value')(doc, at);
    if (r === undefined) return undefined;
    const i = Number(/\[(\d+)\]/.exec(r.path)![1]);
    observationsOf(doc)[i]!['missing'] = 'lost';
    return { path: `observations[${i}].missing`, code: 'unknown-value' };
  },
  'unknown province code': placeMember(() => ({ code: '99', era: '2008-2025' }), 'code', 'unknown-place'),
  'code of the wrong era': placeMember(
    () => ({ code: OLD_ONLY_CODE, era: '2025-' }),
    'code',
    'unknown-place',
  ),
  'unknown era': placeMember(() => ({ code: '01', era: '1975-' }), 'era', 'unknown-value'),
  'code without era': placeMember(() => ({ code: '01' }), 'era', 'missing-field'),
  'unknown province name': placeMember(() => ({ name: 'Atlantis', era: '2025-' }), 'name', 'unknown-place'),
  'code and another name': placeMember(
    () => ({ code: '01', era: '2008-2025', name: 'Bến Tre' }),
    'name',
    'unknown-place',
  ),
  'numeric code': placeMember(() => ({ code: 1, era: '2008-2025' }), 'code', 'wrong-type'),
  'year 1800': periodMember('year', 1800, 'out-of-range'),
  'year 2020.5': periodMember('year', 2020.5, 'not-an-integer'),
  'year string': periodMember('year', '2020', 'not-a-number'),
  'year huge': periodMember('year', 1e308, 'out-of-range'),
  'month 13': periodMember('month', 13, 'out-of-range'),
  'quarter 0': periodMember('quarter', 0, 'out-of-range'),
  'month outside quarter': (doc, at) => {
    const list = observationsOf(doc);
    if (list.length === 0) return undefined;
    const i = at % list.length;
    list[i]!['period'] = { year: 2020, quarter: 1, month: 12 };
    return { path: `observations[${i}].period.month`, code: 'out-of-range' };
  },
  'observation null': (doc, at) => {
    const list = observationsOf(doc);
    if (list.length === 0) return undefined;
    const i = at % list.length;
    list[i] = null as unknown as Json;
    return { path: `observations[${i}]`, code: 'not-an-object' };
  },
  'observation string': (doc, at) => {
    const list = observationsOf(doc);
    if (list.length === 0) return undefined;
    const i = at % list.length;
    list[i] = 'observation' as unknown as Json;
    return { path: `observations[${i}]`, code: 'not-an-object' };
  },
  'unknown indicator': (doc, at) => {
    const list = observationsOf(doc);
    if (list.length === 0) return undefined;
    const i = at % list.length;
    list[i]!['indicator'] = 'no_such_indicator';
    return { path: `observations[${i}].indicator`, code: 'unknown-indicator' };
  },
  'duplicate observation id': (doc, at) => {
    const list = observationsOf(doc);
    if (list.length < 2) return undefined;
    const i = 1 + (at % (list.length - 1));
    list[0]!['id'] = 'dup';
    list[i]!['id'] = 'dup';
    return { path: `observations[${i}].id`, code: 'duplicate-id' };
  },
  'unknown unit': indicatorMember('unit', 'furlongs', 'unknown-value'),
  // 10 000 levels are an explicit case; here fewer, so fast-check can still print a counterexample.
  'label deeply nested': indicatorMember('label', nested(500), 'wrong-type'),
  'label vi empty': (doc, at) => {
    const { list, path } = indicatorsOf(doc);
    const k = at % list.length;
    list[k]!['label'] = { vi: '   ', en: 'blank' };
    return { path: `${path(k)}.label.vi`, code: 'empty' };
  },
  'decimals 7': indicatorMember('decimals', 7, 'out-of-range'),
  'decimals NaN': indicatorMember('decimals', NaN, 'not-finite'),
  'unit absent': indicatorMember('unit', undefined, 'missing-field'),
  'version 2': (doc) => {
    doc['version'] = 2;
    return { path: 'version', code: 'unsupported-version' };
  },
  'version string': (doc) => {
    doc['version'] = '1';
    return { path: 'version', code: 'unsupported-version' };
  },
  'version absent': (doc) => {
    delete doc['version'];
    return { path: 'version', code: 'missing-field' };
  },
  'observations object': (doc) => {
    doc['observations'] = { 0: {} };
    return { path: 'observations', code: 'wrong-type' };
  },
  'observations absent': (doc) => {
    delete doc['observations'];
    return { path: 'observations', code: 'missing-field' };
  },
  'indicators empty': (doc) => {
    if (!Array.isArray(doc['indicators'])) return undefined;
    doc['indicators'] = [];
    return { path: 'indicators', code: 'empty' };
  },
  'both indicator forms': (doc) => {
    if (!Array.isArray(doc['indicators'])) return undefined;
    doc['indicator'] = (doc['indicators'] as Json[])[0];
    return { path: 'indicator', code: 'ambiguous-indicator' };
  },
  'count with a fraction': (doc, at) => {
    const { list } = indicatorsOf(doc);
    const list2 = observationsOf(doc);
    if (list2.length === 0) return undefined;
    const i = at % list2.length;
    const obs = list2[i]!;
    const named = obs['indicator'];
    const meta = named === undefined ? list[0]! : list.find((m) => m['id'] === named)!;
    meta['unit'] = 'count';
    delete meta['decimals'];
    delete obs['change'];
    delete obs['missing'];
    obs['value'] = 1.5;
    return { path: `observations[${i}].value`, code: 'not-an-integer' };
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** A valid document with one mutation from {@link MUTATIONS}. */
export function almostValidDocument(maxObservations = 30): fc.Arbitrary<MutatedCase> {
  return fc
    .tuple(validDocument(maxObservations), fc.constantFrom(...MUTATION_NAMES), fc.nat())
    .map(([valid, mutation, at]): MutatedCase | undefined => {
      const doc = structuredClone(valid.doc);
      const result = MUTATIONS[mutation]!(doc, at);
      return result === undefined ? undefined : { doc, mutation, ...result };
    })
    .filter((c): c is MutatedCase => c !== undefined);
}

// ─── garbage ──────────────────────────────────────────────────────────────────────────────────────

const hostileNumber = fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, -0, -1, 5e-324, 2 ** 53 + 1);

/** Any JS value a script might assign, including ones JSON cannot carry. */
const anything = fc.anything({
  maxDepth: 4,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
  withUnicodeString: true,
  values: [
    fc.boolean(),
    fc.integer(),
    fc.double(),
    hostileNumber,
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom(null, undefined, '', '1', ...HOSTILE_TEXTS.slice(0, 12)),
  ],
});

/** Plausible-looking documents whose members are of any type. */
const shapedGarbage: fc.Arbitrary<unknown> = fc.record(
  {
    version: fc.oneof(fc.constant(1), anything),
    indicators: fc.oneof(
      fc.array(
        fc.oneof(
          anything,
          fc.record({ id: anything, label: anything, unit: anything }, { requiredKeys: [] }),
        ),
        {
          maxLength: 3,
        },
      ),
      anything,
    ),
    indicator: anything,
    observations: fc.oneof(
      fc.array(
        fc.oneof(
          anything,
          fc.record(
            {
              indicator: anything,
              place: fc.oneof(
                anything,
                fc.record({ code: anything, era: anything, name: anything }, { requiredKeys: [] }),
              ),
              period: fc.oneof(
                anything,
                fc.record({ year: anything, quarter: anything, month: anything }, { requiredKeys: [] }),
              ),
              value: fc.oneof(anything, hostileNumber),
              missing: anything,
              breakdown: anything,
              change: anything,
              label: anything,
              note: anything,
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 8 },
      ),
      anything,
    ),
  },
  { requiredKeys: [] },
);

/** Garbage: any value, shaped garbage, or top-level arrays, strings and numbers. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: anything },
  { weight: 4, arbitrary: shapedGarbage },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, NaN, '', 'null', [], [1, 2], true) },
);

/** A valid document with one random member replaced by a random value (validity unknown). */
export const randomlyDamaged: fc.Arbitrary<unknown> = fc
  .tuple(validDocument(8), fc.nat(), anything)
  .map(([valid, at, value]) => {
    const doc = structuredClone(valid.doc);
    const slots: Array<[Json | unknown[], string | number]> = [];
    const walk = (node: unknown) => {
      if (node === null || typeof node !== 'object') return;
      for (const key of Object.keys(node)) {
        slots.push([node as Json, key]);
        walk((node as Json)[key]);
      }
    };
    walk(doc);
    const [target, key] = slots[at % slots.length]!;
    (target as Json)[key as string] = value;
    return doc;
  });

// ─── JSON text ────────────────────────────────────────────────────────────────────────────────────

/** JSON text of a value whose members carry a duplicate of `key` before or after the real one. */
export function withDuplicateKey(text: string, key: string, value: string, before: boolean): string {
  const member = `"${key}":`;
  const at = text.indexOf(member);
  if (at === -1) return text;
  const insertion = `${member}${value},`;
  if (before) return text.slice(0, at) + insertion + text.slice(at);
  // After: insert a second copy right after the first member's value, found by re-serialising is too costly;
  // append the duplicate at the end of the object that contains `key` (the last wins in JSON.parse).
  const close = closingBrace(text, at);
  return close === -1 ? text : `${text.slice(0, close)},${member}${value}${text.slice(close)}`;
}

/** Index of the `}` that closes the object containing position `at` (strings are skipped). */
function closingBrace(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') {
      for (i++; i < text.length && text.charAt(i) !== '"'; i++) if (text.charAt(i) === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Texts: a document's JSON (spaced or not, with a BOM), cut short, with a stray character, or any JSON. */
export const jsonText: fc.Arbitrary<string> = fc.oneof(
  validDocument(12).map((v) => JSON.stringify(v.doc)),
  fc
    .tuple(validDocument(6), fc.constantFrom('\uFEFF', '  \n', ''))
    .map(([v, pre]) => pre + JSON.stringify(v.doc, null, 2)),
  fc.tuple(validDocument(6), fc.nat()).map(([v, cut]) => {
    const t = JSON.stringify(v.doc);
    return t.slice(0, cut % t.length);
  }),
  fc
    .tuple(validDocument(6), fc.nat(), fc.constantFrom('}', ',', '"', 'x', '\u0000', ']', '\\'))
    .map(([v, at, c]) => {
      const t = JSON.stringify(v.doc);
      const i = at % t.length;
      return t.slice(0, i) + c + t.slice(i);
    }),
  fc.json({ maxDepth: 4 }),
  fc.constantFrom(
    '',
    '   ',
    'null',
    '[]',
    '"a string"',
    '42',
    '{"a":1,"a":2}',
    '{"version":1,"version":2}',
    '[['.repeat(5000) + ']]'.repeat(5000),
    '{"version": NaN}',
    '{"version": Infinity}',
    "{'version': 1}",
    '{"version":1,}',
  ),
);

// ─── documents that fit one element ───────────────────────────────────────────────────────────────

/**
 * A valid document made to fit a specialised element: every place in one era (units of the 63-province era,
 * given by code), and the unit the element draws (density per 100 inhabitants, coverage and e-government
 * shares in percent). The changes keep it valid: percent has no whole-number rule.
 */
export function fitting(tag: string, doc: Json): Json {
  const out = structuredClone(doc);
  const units = provincesOf('2008-2025');
  (out['observations'] as Json[]).forEach((obs, i) => {
    obs['place'] = { code: units[(i * 7) % units.length]!.code, era: '2008-2025' };
  });
  const unit =
    tag === 'ict-subscriber-density'
      ? 'per-100-inhabitants'
      : tag === 'ict-coverage' || tag === 'ict-egov-level'
        ? 'percent'
        : undefined;
  if (unit === undefined) return out;
  const metas = Array.isArray(out['indicators']) ? (out['indicators'] as Json[]) : [out['indicator'] as Json];
  for (const meta of metas) meta['unit'] = unit;
  if (tag === 'ict-egov-level') {
    for (const obs of out['observations'] as Json[]) {
      obs['breakdown'] = { ...(obs['breakdown'] as Json | undefined), level: '3' };
    }
  }
  return out;
}
