/** Types of `seed-convert.mjs` (plain JS, imported by the browser tests). */
import type { IndicatorDocument, SingleIndicatorDocument } from '../../src/core/indicator/types.js';

/** One record of `../shared/data/seed-facts.json` (see `../shared/data/README.md`). */
export interface SeedRecord {
  id: string;
  province: string;
  provinceCode: string;
  provinceCode2025: string;
  year: number;
  asOf: string | null;
  indicator: string;
  category: string;
  label_vi: string;
  label_en: string;
  value: number | null;
  unit: string;
  qualifier: string | null;
  denominator: number | null;
  kind: string;
  scope: string | null;
  comparison: Record<string, unknown> | null;
  quote: string | null;
  source_file: string | null;
  note: string | null;
}

/** The part of a `vn-provinces.json` record the converter reads. */
export interface SeedProvince {
  code: string;
  era: string;
  name_vi: string;
  mergedInto?: string | null;
}

export const SCHEMA_REF: string;
export const ALL_SEED_FACTS_FILE: string;

export function seedToDocuments(
  records: readonly SeedRecord[],
  provinces?: readonly SeedProvince[],
): { file: string; document: IndicatorDocument }[];

export function documentToSeedRecords(
  document: IndicatorDocument | SingleIndicatorDocument,
  provinces: readonly SeedProvince[],
): SeedRecord[];
