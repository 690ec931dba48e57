/**
 * The provinces of Vietnam in both administrative eras, their names, regions and the 63 → 34 merger of
 * 1 July 2025. Pure: no DOM.
 *
 * Codes are ambiguous without the era: seven codes (15, 24, 44, 52, 80, 82, 91) name a different unit
 * after the merger, so every lookup takes an {@link Era}.
 */
import type { Era, Language, LocalizedText, Period, ResolvedPlace } from '../indicator/types.js';
import { REGION_ROWS, ROWS_2008, ROWS_2025, type ProvinceRow } from './province-data.js';

/** The six socio-economic regions of the statistics office, north to south. */
export const REGION_IDS = ['nmm', 'rrd', 'ncc', 'ch', 'se', 'mrd'] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** The day the 34 units replaced the 63 (Resolution 202/2025/QH15). */
export const MERGER_DATE = '2025-07-01';

/** One province-level unit of one era. */
export interface Province {
  /** Two-digit code, read together with `era`. */
  code: string;
  era: Era;
  /** Short display name: `vi` with diacritics ("Bến Tre", "TP. Hồ Chí Minh"), `en` ("Ben Tre", "Ho Chi Minh City"). */
  name: Required<LocalizedText>;
  /** Official Vietnamese name ("Tỉnh Bến Tre", "Thành phố Hồ Chí Minh"). */
  fullName: string;
  /** Name in ASCII ("Ben Tre"). */
  ascii: string;
  /** `city`: a centrally governed city (thành phố trực thuộc trung ương). */
  kind: 'province' | 'city';
  region: RegionId;
  /** True when the unit combines provinces of two regions and its region is an assumption. */
  regionAssumed?: boolean;
  /** 2008-2025 units: code of the 2025 unit it became part of. */
  mergedInto?: string;
  /** 2025- units: codes of the 2008-2025 units it was formed from, in code order. */
  mergedFrom?: readonly string[];
}

/**
 * Removes Vietnamese diacritics, keeping case: "Đắk Lắk" → "Dak Lak". Handles precomposed and
 * decomposed input (NFD, then combining marks U+0300–U+036F dropped) and đ/Đ, which are letters, not marks.
 */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * Folds a text for comparison and type-ahead search: diacritics stripped (đ → d), lower case, every run of
 * characters other than letters and digits (spaces, dots, hyphens, dashes) turned into one space, trimmed.
 * "HÀ TĨNH", "Hà Tĩnh", "ha tinh" and "Ha  Tinh" all fold to "ha tinh"; "Bà Rịa–Vũng Tàu" to "ba ria vung tau".
 */
export function foldForSearch(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------------
// The tables, built once from the generated rows.
// ---------------------------------------------------------------------------------------------------

function toProvince(row: ProvinceRow, era: Era): Province {
  const [code, vi, region, city, mergedInto, extras = {}] = row;
  const plain = stripDiacritics(vi);
  const province: Province = {
    code,
    era,
    name: { vi, en: extras.en ?? plain },
    fullName: extras.full ?? (city ? 'Thành phố ' : 'Tỉnh ') + vi,
    ascii: extras.ascii ?? plain,
    kind: city ? 'city' : 'province',
    region: REGION_IDS[region] ?? 'nmm',
  };
  if (extras.regionAssumed) province.regionAssumed = true;
  if (mergedInto) province.mergedInto = mergedInto;
  return province;
}

const OLD: readonly Province[] = ROWS_2008.map((row) => toProvince(row, '2008-2025'));
const NEW: readonly Province[] = ROWS_2025.map((row) => {
  const province = toProvince(row, '2025-');
  province.mergedFrom = OLD.filter((old) => old.mergedInto === province.code).map((old) => old.code);
  return province;
});
const BY_ERA: Record<Era, readonly Province[]> = { '2008-2025': OLD, '2025-': NEW };
const BY_CODE: Record<Era, ReadonlyMap<string, Province>> = {
  '2008-2025': new Map(OLD.map((p) => [p.code, p])),
  '2025-': new Map(NEW.map((p) => [p.code, p])),
};

/** The units of an era, in code order (63 for `2008-2025`, 34 for `2025-`). */
export function provincesOf(era: Era): readonly Province[] {
  return BY_ERA[era] ?? [];
}

/** The unit with this code in this era, if any. */
export function findProvince(code: string, era: Era): Province | undefined {
  return BY_CODE[era]?.get(code);
}

/** The 2025 unit an old (2008-2025) unit became part of; undefined for an unknown code. */
export function successorOf(code63: string): Province | undefined {
  const old = findProvince(code63, '2008-2025');
  return old?.mergedInto === undefined ? undefined : findProvince(old.mergedInto, '2025-');
}

/** The old (2008-2025) units a 2025 unit was formed from, in code order; empty for an unknown code. */
export function predecessorsOf(code34: string): readonly Province[] {
  const codes = findProvince(code34, '2025-')?.mergedFrom ?? [];
  return codes.map((code) => findProvince(code, '2008-2025')).filter((p): p is Province => p !== undefined);
}

/** Short name of a place in a language; the code itself when the place is unknown. */
export function provinceName(place: ResolvedPlace, lang: Language): string {
  const province = findProvince(place.code, place.era);
  if (!province) return place.code;
  return lang === 'en' ? province.name.en : province.name.vi;
}

/** Name of a region in a language. */
export function regionName(id: RegionId, lang: Language): string {
  const row = REGION_ROWS[REGION_IDS.indexOf(id)];
  if (!row) return id;
  return lang === 'en' ? row[2] : row[1];
}

// ---------------------------------------------------------------------------------------------------
// Periods and eras.
// ---------------------------------------------------------------------------------------------------

/**
 * The era a period falls in: before July 2025 → `2008-2025`, from July 2025 → `2025-`.
 *
 * A period inside 2025 given by month or quarter is placed by its start (quarter 3 and month 7 on → `2025-`).
 *
 * **The year 2025 without month or quarter → `2025-`.** An annual figure describes the year as a whole and is
 * stated at its end: stocks (subscriptions, coverage, the services online) are counted on 31 December 2025,
 * when only the 34 units exist, and the 2025 annual reports and statistics are published by the 34 units.
 * Data about the old units in 2025 (first-half figures, old plans' 2025 targets) must say so with a month,
 * a quarter or an explicit `era`. {@link periodSpansMerger} tells when this default was a guess, so a
 * validator can warn; {@link resolvePlaceForPeriod} falls back to the old era for names only it knows.
 */
export function eraOfPeriod(period: Period): Era {
  if (period.year < 2025) return '2008-2025';
  if (period.year > 2025) return '2025-';
  if (period.month !== undefined) return period.month >= 7 ? '2025-' : '2008-2025';
  if (period.quarter !== undefined) return period.quarter >= 3 ? '2025-' : '2008-2025';
  return '2025-';
}

/** True when the period covers days of both eras: the year 2025 without a month or quarter. */
export function periodSpansMerger(period: Period): boolean {
  return period.year === 2025 && period.month === undefined && period.quarter === undefined;
}

// ---------------------------------------------------------------------------------------------------
// Names.
// ---------------------------------------------------------------------------------------------------

/** Prefixes and suffixes that name the kind of unit, removed before comparing names (after folding). */
const AFFIXES = /^(?:tinh|thanh pho|tp|t p) |(?: province| city| municipality)$/g;

/**
 * The key a name is compared by: folded, the kind words removed ("Tỉnh", "Thành phố", "TP.", "province",
 * "city"), spaces removed ("Hanoi" = "Ha Noi", "Bà Rịa-Vũng Tàu" = "ba ria vung tau").
 */
function nameKey(name: string): string {
  return foldForSearch(name).replace(AFFIXES, '').replace(/ /g, '');
}

/**
 * Other names people write, per era and code. Huế: the same unit 46 was "Thừa Thiên Huế" for most of
 * 2008-2025, became "Thành phố Huế" on 2025-01-01 and is "Huế" from 2025-07-01; both names resolve to 46 in
 * both eras because the unit and its code never changed.
 */
const ALIASES: Record<Era, Readonly<Record<string, readonly string[]>>> = {
  '2008-2025': { '79': ['HCM', 'HCMC', 'TPHCM', 'Sài Gòn'], '46': ['Huế'] },
  '2025-': { '79': ['HCM', 'HCMC', 'TPHCM', 'Sài Gòn'], '46': ['Thừa Thiên Huế'] },
};

function buildIndex(era: Era): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const p of provincesOf(era)) {
    for (const name of [p.name.vi, p.name.en, p.fullName, p.ascii, ...(ALIASES[era][p.code] ?? [])]) {
      index.set(nameKey(name), p.code);
    }
  }
  return index;
}

const NAME_INDEX: Record<Era, ReadonlyMap<string, string>> = {
  '2008-2025': buildIndex('2008-2025'),
  '2025-': buildIndex('2025-'),
};

/**
 * Resolves a place name to a code of an era. Case, diacritics (and their placement: Hoà/Hòa), punctuation,
 * spaces and the kind words are ignored: "Bến Tre", "Tỉnh Bến Tre", "Ben Tre", "BEN TRE", "ben tre province";
 * "TP HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Ho Chi Minh City"; "Thừa Thiên Huế" and "Huế".
 *
 * With an era, only that era's names count: "Bắc Ninh" is 27 in `2008-2025` and 24 in `2025-`, and
 * "Bến Tre" is unknown in `2025-` (it became part of Vĩnh Long; see {@link successorOf}). Without an era,
 * `2008-2025` is tried first, then `2025-`: every current name except "Huế" also named an old unit, so an
 * era-less call reads names historically. Callers that know the period pass `eraOfPeriod(period)`.
 */
export function resolvePlaceName(name: string, era?: Era): ResolvedPlace | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  const eras: readonly Era[] = era === undefined ? ['2008-2025', '2025-'] : [era];
  for (const e of eras) {
    const code = NAME_INDEX[e]?.get(key);
    if (code !== undefined) return { code, era: e };
  }
  return undefined;
}

/**
 * Resolves a name for an observation's period: in `eraOfPeriod(period)`, and, when the period spans the
 * merger (the year 2025 alone), in `2008-2025` as a fallback, so "Bến Tre, 2025" (an old plan's target)
 * resolves to old 83 instead of failing.
 */
export function resolvePlaceForPeriod(name: string, period: Period): ResolvedPlace | undefined {
  const place = resolvePlaceName(name, eraOfPeriod(period));
  if (place !== undefined || !periodSpansMerger(period)) return place;
  return resolvePlaceName(name, '2008-2025');
}

/**
 * Type-ahead search in an era: the folded query must start a word of a folded name (vi, en, official or
 * alias), words in order: "ha t" finds Hà Tĩnh but not Hà Nội; "ho chi" and "hcm" find TP. Hồ Chí Minh;
 * "da" finds Đà Nẵng and Đắk Lắk (diacritics are ignored on both sides). Names that start with the query
 * come first, then the others, each group in code order. An empty query gives every unit.
 */
export function searchProvinces(query: string, era: Era): readonly Province[] {
  const q = foldForSearch(query);
  const all = provincesOf(era);
  if (q === '') return all;
  const first: Province[] = [];
  const later: Province[] = [];
  for (const p of all) {
    const names = [p.name.vi, p.name.en, p.fullName, ...(ALIASES[era][p.code] ?? [])].map(foldForSearch);
    if (names.some((n) => n.startsWith(q))) first.push(p);
    else if (names.some((n) => n.includes(` ${q}`))) later.push(p);
  }
  return [...first, ...later];
}
