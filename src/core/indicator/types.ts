/**
 * The ICT indicator data contract, format version 1.
 *
 * One JSON document carries one or more indicators and their observations. Every element of the library
 * accepts this format (as the `data` property, an inline `<script type="application/json">` child, or a
 * `src` URL). The JSON Schema in `src/schema/indicator.schema.json` describes the same shape; the
 * validator in `validate.ts` is the one the elements run.
 *
 * Types only: no runtime code lives here.
 */

/** The version of the format this library reads and writes. */
export const FORMAT_VERSION = 1 as const;

/** Languages every text of the library exists in. Vietnamese first. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in both languages. `vi` is required; `en` falls back to `vi` when absent. */
export interface LocalizedText {
  vi: string;
  en?: string;
}

/**
 * Units an indicator can be measured in.
 * - `per-100-inhabitants`: subscriptions per 100 inhabitants ("thuê bao/100 dân")
 * - `percent`: a share in % (0–100, may exceed 100 for "achieved against plan")
 * - `count`: a whole number of things (stations, services, certificates…)
 * - `vnd`: Vietnamese đồng
 * - `days`: a duration in days
 */
export const UNITS = ['per-100-inhabitants', 'percent', 'count', 'vnd', 'days'] as const;
export type Unit = (typeof UNITS)[number];

/** Thematic category of an indicator (the seed facts' categories). */
export const CATEGORIES = ['telecom', 'egov', 'media', 'admin', 'organisation', 'recognition'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Administrative era of a province code. Codes are ambiguous without it: seven codes name a different
 * unit after the 1 July 2025 merger (e.g. 15 was Yên Bái, is now Lào Cai).
 * - `2008-2025`: the 63 units valid 2008-08-01 … 2025-06-30
 * - `2025-`: the 34 units valid from 2025-07-01
 */
export const ERAS = ['2008-2025', '2025-'] as const;
export type Era = (typeof ERAS)[number];

/** Where a figure was published. Every field is optional; a chart shows what is given. */
export interface Source {
  /** Publisher, e.g. "Sở Thông tin và Truyền thông tỉnh Bến Tre". */
  publisher?: string;
  /** Title of the report or article. */
  title?: string;
  /** Link to the source; only http(s) URLs are ever rendered as links. */
  url?: string;
  /** Publication date, ISO 8601 (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  date?: string;
  /** A file name or document reference when there is no URL. */
  file?: string;
}

/** Metadata of one indicator. */
export interface IndicatorMeta {
  /** Stable identifier, `snake_case` (e.g. `phone_subscriptions_per_100`). */
  id: string;
  /** Name of the indicator in Vietnamese and English. */
  label: LocalizedText;
  unit: Unit;
  /** Preferred number of decimals when formatting values (default: 0 for counts, up to 2 otherwise). */
  decimals?: number;
  category?: Category;
  /** What the indicator measures, for the summary and the "metric defined" requirement. */
  definition?: LocalizedText;
  /** Default source for every observation of this indicator. */
  source?: Source;
  /** Notes on the indicator as a whole. */
  notes?: LocalizedText[];
}

/**
 * The place an observation is about. Either a code with its era, or a name (Vietnamese or English,
 * with or without diacritics) that the parser resolves to a code; the era defaults to the one that the
 * observation's period falls in.
 */
export type PlaceRef = { code: string; era: Era } | { name: string; era?: Era };

/** The period an observation describes (not the publication date). */
export interface Period {
  year: number;
  /** 1–4, optional. */
  quarter?: number;
  /** 1–12, optional. */
  month?: number;
}

/** Why a value is missing. */
export const MISSING_REASONS = ['not-available', 'not-applicable'] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

/**
 * Administrative tier(s) a figure covers. Combined tiers are written with `+`.
 * `all` means every tier ("tất cả các cấp").
 */
export const TIERS = [
  'province',
  'district',
  'commune',
  'province+district',
  'province+district+commune',
  'all',
] as const;
export type Tier = (typeof TIERS)[number];

/**
 * Online public service levels: the 1–4 scheme (until 2022) and the scheme in force since 2022
 * (Decree 42/2022: `full-process` "toàn trình" and `partial` "một phần").
 */
export const SERVICE_LEVELS = ['1', '2', '3', '4', 'full-process', 'partial'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/** Kinds of subscriptions counted by the density indicators. */
export const SUBSCRIPTION_TYPES = [
  'telephone', // all telephone subscriptions, fixed and mobile ("thuê bao điện thoại")
  'mobile',
  'fixed-telephone',
  'fixed-broadband',
  'mobile-broadband',
] as const;
export type SubscriptionType = (typeof SUBSCRIPTION_TYPES)[number];

/**
 * What a figure's denominator or scope is, beyond the tier: the unit it counts over
 * (`village` "thôn/bản", `commune-centre`, `residential-area` "khu dân cư"), a department desk,
 * `commune-to-province-district` (exchanges between tiers), or `national` (a figure for the whole
 * country quoted in a provincial report).
 */
export const SCOPES = [
  'village',
  'commune-centre',
  'residential-area',
  'department',
  'department-one-stop-desk',
  'commune-to-province-district',
  'national',
] as const;
export type Scope = (typeof SCOPES)[number];

/** Breakdowns that split one indicator into series. All optional. */
export interface Breakdown {
  tier?: Tier;
  /** The value is per single unit of the tier (e.g. services offered by each commune), not a total. */
  perUnit?: boolean;
  level?: ServiceLevel;
  subscription?: SubscriptionType;
  scope?: Scope;
}

/** How precise the stated value is: "trên" (over), "khoảng" (about), "gần" (nearly), "dưới" (under). */
export const QUALIFIERS = ['over', 'about', 'nearly', 'under'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * Status of a figure: a final `actual`, an `estimate` ("ước đạt"), `provisional` (to be revised),
 * or a `target` (the plan for a coming period).
 */
export const STATUSES = ['actual', 'estimate', 'provisional', 'target'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * A change the source states. Exactly what the source says; nothing is computed.
 * - against a period: `percent` is the stated change ("tăng 15,9 % so với năm 2019"); when `valueIsChange`
 *   is true the observation's value is itself the change and `percent` is absent.
 * - against the plan: `percentOfPlan` is the share of the plan achieved (111,78 %).
 * - against a before state: `previousValue` in the indicator's unit (15 days before, 4 now), `label` says which.
 */
export type Change =
  | {
      against: 'period';
      period: Period;
      percent?: number;
      valueIsChange?: boolean;
      qualifier?: 'about' | 'nearly';
    }
  | { against: 'plan'; percentOfPlan: number }
  | { against: 'before'; previousValue: number; label?: LocalizedText | string };

/** Where one observation was stated: a quote from the source document. */
export interface ObservationSource extends Source {
  /** The exact sentence of the source the value was taken from. */
  quote?: string;
}

/** One value of one indicator for one place and period. */
export interface Observation {
  /** The indicator this value belongs to; may be omitted when the document has one indicator. */
  indicator?: string;
  /** Optional stable id of this observation. */
  id?: string;
  place: PlaceRef;
  period: Period;
  /** A finer point of reference, `YYYY` or `YYYY-MM` (e.g. "as of June 2022"). */
  asOf?: string;
  /** The value, or null when missing; a null value needs `missing`. */
  value: number | null;
  missing?: MissingReason;
  /** For "x/y" statements: the y (129 of 129 communes → value 129, denominator 129). */
  denominator?: number;
  breakdown?: Breakdown;
  /** The target or plan for the same period, in the indicator's unit. */
  target?: number;
  qualifier?: Qualifier;
  status?: Status;
  change?: Change;
  /** A more specific label for this observation when it differs from the indicator's. */
  label?: LocalizedText;
  source?: ObservationSource;
  note?: LocalizedText | string;
}

/** The document: one or more indicators with their observations. */
export interface IndicatorDocument {
  $schema?: string;
  version: typeof FORMAT_VERSION;
  indicators: IndicatorMeta[];
  observations: Observation[];
}

/**
 * The shorthand a CMS editor may paste: one indicator and its observations, which then need no
 * `indicator` field. The parser normalises it to an {@link IndicatorDocument}.
 */
export interface SingleIndicatorDocument {
  $schema?: string;
  version: typeof FORMAT_VERSION;
  indicator: IndicatorMeta;
  observations: Observation[];
}

// ---------------------------------------------------------------------------------------------------
// The normalised model that charts read (output of parse + validate + resolve).
// ---------------------------------------------------------------------------------------------------

/** A resolved place: the code and era are always known after parsing. */
export interface ResolvedPlace {
  code: string;
  era: Era;
}

/** An observation after validation: the place is resolved and the indicator is always named. */
export interface ResolvedObservation extends Omit<Observation, 'place' | 'indicator'> {
  indicator: string;
  place: ResolvedPlace;
  /** Index of this observation in the input document, for error paths and stable keys. */
  index: number;
}

/** A validated, normalised document. */
export interface IndicatorDataset {
  version: typeof FORMAT_VERSION;
  indicators: IndicatorMeta[];
  observations: ResolvedObservation[];
}

/** Machine-readable codes of data problems; the messages come from the i18n catalogue. */
export const ISSUE_CODES = [
  'invalid-json',
  'not-an-object',
  'unsupported-version',
  'missing-field',
  'wrong-type',
  'not-a-number',
  'not-finite',
  'not-an-integer',
  'out-of-range',
  'unknown-value',
  'unknown-indicator',
  'ambiguous-indicator',
  'unknown-place',
  'missing-reason',
  'duplicate-id',
  'empty',
  'fetch-failed',
  'fetch-timeout',
  'http-status',
  'unsupported-content-type',
  'csv-parse',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * One problem found in the data. `path` points into the input (`observations[3].value`), `got` is the
 * offending input (shown quoted in messages), `expected` names what was wanted when that helps
 * (allowed values, a range).
 */
export interface DataIssue {
  code: IssueCode;
  path: string;
  got?: unknown;
  expected?: string;
  /** Errors stop the chart; warnings are shown but the valid part is still drawn. */
  severity: 'error' | 'warning';
}

/** The result of parsing: a dataset (possibly with warnings) or the list of errors. */
export type ParseResult =
  { ok: true; value: IndicatorDataset; warnings: DataIssue[] } | { ok: false; issues: DataIssue[] };
