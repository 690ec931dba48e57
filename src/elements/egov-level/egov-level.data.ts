/**
 * What `<ict-egov-level>` draws, decided from the data alone (no language, no size): which indicators fit,
 * the level of each value (from `breakdown.level`, else from the indicator id), and the plan of panels,
 * rows and segments for the count or the share view. Pure: no DOM.
 *
 * The rules that keep the chart honest live here:
 * - the 1–4 scheme and the 2022 scheme (full process / partial) never share a panel, so never a bar;
 * - a per-unit figure (services of *each* commune) never shares a panel with totals, and nothing is ever
 *   summed across tiers (a stacked bar adds the levels of one tier only);
 * - a share is computed from counts only when the total is known (a common `denominator`, or every level of
 *   the scheme counted); otherwise the count is said to have no share, never guessed.
 */
import { periodKey, periodOrder } from '../../core/describe/labels.js';
import { observationKey } from '../../core/describe/observations.js';
import type {
  IndicatorDataset,
  IndicatorMeta,
  Period,
  ResolvedObservation,
  ResolvedPlace,
  ServiceLevel,
  Tier,
} from '../../core/indicator/types.js';
import type { LevelScheme } from './egov-level.strings.js';

/** What the bars measure: numbers of services, or shares in % (100 % stacked). */
export const EGOV_VIEWS = ['count', 'share'] as const;
export type EgovView = (typeof EGOV_VIEWS)[number];

/** How the levels of one tier are drawn in the count view: one stacked bar, or one bar per level. */
export const EGOV_LAYOUTS = ['stacked', 'grouped'] as const;
export type EgovLayoutMode = (typeof EGOV_LAYOUTS)[number];

/** Levels in reading order: 1 → 4, then partial → full process (each scheme from less to more online). */
export const LEVEL_ORDER: readonly ServiceLevel[] = ['1', '2', '3', '4', 'partial', 'full-process'];

/** Tiers from the top down; a value with no stated tier comes last. */
const TIER_ORDER: readonly (Tier | undefined)[] = [
  'province',
  'district',
  'commune',
  'province+district',
  'province+district+commune',
  'all',
  undefined,
];

const SCHEME_ORDER: readonly LevelScheme[] = ['levels', 'process', 'none'];

/** Shares of one row are stacked only while they add up to at most this (rounding of the source). */
const MAX_STACKED_SHARE = 100.5;

/** The scheme a level belongs to. */
export function schemeOf(level: ServiceLevel | undefined): LevelScheme {
  if (level === undefined) return 'none';
  return level === 'partial' || level === 'full-process' ? 'process' : 'levels';
}

/**
 * The series (colour and pattern 1–8) of a level. Fixed, so level 3 looks the same in every chart of a
 * page: levels 1–4 → 1–4, partial → 5, full process → 6, a measure without level → 7.
 */
export function seriesOf(level: ServiceLevel | undefined): number {
  return level === undefined ? 7 : LEVEL_ORDER.indexOf(level) + 1;
}

const COMBINED_LEVELS = /(?:^|_)levels?_?[1-4](?:_(?:and_)?[1-4])+(?=_|$)/;
const ONE_LEVEL = /(?:^|_)level_?([1-4])(?=_|$)/g;

/**
 * The level an indicator id names, for data that does not say `breakdown.level`:
 * `online_public_services_level3_count` → `'3'`, `…_level4_share` → `'4'`, `…_full_process_…` →
 * `'full-process'`, `…_partial_…` → `'partial'`. Ids naming two levels at once (`…_level3_4_…`) or none
 * give `undefined`.
 */
export function levelFromId(id: string): ServiceLevel | undefined {
  const lower = id.toLowerCase();
  if (COMBINED_LEVELS.test(lower)) return undefined;
  const levels = [...lower.matchAll(ONE_LEVEL)].map((m) => m[1] as ServiceLevel);
  if (levels.length > 0) return new Set(levels).size === 1 ? levels[0] : undefined;
  const process = /(?:^|_)(full_process|toan_trinh)(?=_|$)/.test(lower);
  const partial = /(?:^|_)(partial|mot_phan)(?=_|$)/.test(lower);
  if (process !== partial) return process ? 'full-process' : 'partial';
  return undefined;
}

/** Ids of indicators about online public services ("online_public_services_…", "online_services_…"). */
const SERVICE_ID = /^online_(?:public_)?services?(?:_|$)/;

/**
 * Whether an indicator is one this element draws: a count or a percent, and either some of its
 * observations carry `breakdown.level`, or its id says it is about online public services
 * (`online_public_services_level3_count`, `online_services_integrated_national_portal_share`). Counts of
 * dossiers ("online_dossiers_…") or of provinces ("provinces_with_…") are other indicators.
 */
export function fitsEgov(indicator: IndicatorMeta, observations: readonly ResolvedObservation[]): boolean {
  if (indicator.unit !== 'count' && indicator.unit !== 'percent') return false;
  if (observations.some((o) => o.indicator === indicator.id && o.breakdown?.level !== undefined)) return true;
  return SERVICE_ID.test(indicator.id);
}

/** One value of the data with what the element reads from it. */
export interface EgovRecord {
  /** The mark's key (the observation's id, else its index). */
  key: string;
  obs: ResolvedObservation;
  indicator: IndicatorMeta;
  level: ServiceLevel | undefined;
  /** True when the level was inferred from the indicator id, not stated in `breakdown.level`. */
  levelFromId: boolean;
  scheme: LevelScheme;
  tier: Tier | undefined;
  perUnit: boolean;
  measure: 'count' | 'share';
}

/** The indicators and values to draw, or why there are none. */
export type EgovSelection =
  | { ok: true; indicators: IndicatorMeta[]; records: EgovRecord[] }
  | { ok: false; reason: 'unknown-indicator' | 'not-fitting'; id: string }
  | { ok: false; reason: 'none-fitting' };

/**
 * The indicators named by `indicator` (one id, or several separated by spaces or commas), else every
 * indicator that {@link fitsEgov}; and their observations as records.
 */
export function selectEgov(dataset: IndicatorDataset, indicator: string | undefined): EgovSelection {
  const ids = (indicator ?? '').split(/[\s,]+/).filter((id) => id !== '');
  let indicators: IndicatorMeta[];
  if (ids.length > 0) {
    indicators = [];
    for (const id of ids) {
      const meta = dataset.indicators.find((i) => i.id === id);
      if (meta === undefined) return { ok: false, reason: 'unknown-indicator', id };
      if (!fitsEgov(meta, dataset.observations)) return { ok: false, reason: 'not-fitting', id };
      if (!indicators.includes(meta)) indicators.push(meta);
    }
  } else {
    indicators = dataset.indicators.filter((i) => fitsEgov(i, dataset.observations));
    if (indicators.length === 0) return { ok: false, reason: 'none-fitting' };
  }
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const records: EgovRecord[] = [];
  for (const obs of dataset.observations) {
    const meta = byId.get(obs.indicator);
    if (meta === undefined) continue;
    const stated = obs.breakdown?.level;
    const level = stated ?? levelFromId(meta.id);
    records.push({
      key: observationKey(obs),
      obs,
      indicator: meta,
      level,
      levelFromId: stated === undefined && level !== undefined,
      scheme: schemeOf(level),
      tier: obs.breakdown?.tier,
      perUnit: obs.breakdown?.perUnit === true,
      measure: meta.unit === 'percent' ? 'share' : 'count',
    });
  }
  return { ok: true, indicators, records };
}

// ═══ Plan ══════════════════════════════════════════════════════════════════════════════════════════

/** One mark: a level of one tier. */
export interface PlanSegment {
  /** Unique in the chart (the record's key). */
  key: string;
  record: EgovRecord;
  /** The drawn value: a count, or a share in %. `null` when missing. */
  value: number | null;
  /** For a share computed from counts: the count and the total it is a part of. */
  computedFrom?: { count: number; total: number };
}

/** One tier (or one indicator) of a panel: a stacked bar, or a group of bars. */
export interface PlanRow {
  key: string;
  tier: Tier | undefined;
  perUnit: boolean;
  /** Label the row by its tier, or by its indicator (a share with its own basis, a measure without level). */
  labelBy: 'tier' | 'indicator';
  /** Shares computed from counts (the label says so). */
  computed: boolean;
  segments: PlanSegment[];
  /** Sum of the row's values (the levels of one tier add up; tiers never do). */
  total: number;
}

/** A small multiple: one place and period, one scheme, totals or per-unit figures. */
export interface PlanPanel {
  key: string;
  place: ResolvedPlace;
  period: Period;
  scheme: LevelScheme;
  perUnit: boolean;
  rows: PlanRow[];
}

/** Why the view shown is not the one asked for. */
export type ViewFallback = 'no-shares' | 'no-counts';

/** Everything the element draws, before texts and geometry. */
export interface EgovPlan {
  view: EgovView;
  /** Set when `view` differs from the one asked for. */
  fallback: ViewFallback | undefined;
  /** Stacked or grouped; the share view is always stacked (100 %). */
  layout: EgovLayoutMode;
  panels: PlanPanel[];
  /** Both the 1–4 scheme and the 2022 scheme are drawn (in separate panels). */
  mixedSchemes: boolean;
  /** Some panel holds per-unit figures. */
  perUnit: boolean;
  /** Several places or periods (small multiples). */
  facets: number;
  /** Counts that could not become shares (share view), or 0. */
  notComputable: number;
  /** Values of the other measure, in the table only. */
  notDrawn: number;
  /** Given shares of one row added up to more than 100 % and were drawn as separate bars. */
  splitShares: boolean;
  /** The largest value the axis must reach (a row's total when stacked). */
  max: number;
  /** Every drawn segment in reading order. */
  segments: PlanSegment[];
  /** Shares computed from counts (whatever the view), by record key: for the table. */
  computedShares: Map<string, { share: number; total: number }>;
}

/** The view and layout asked for (attributes); undefined means automatic. */
export interface PlanRequest {
  view?: EgovView | undefined;
  layout?: EgovLayoutMode | undefined;
}

const placeKey = (p: ResolvedPlace): string => `${p.era}:${p.code}`;

function panelKeyOf(r: EgovRecord): string {
  return `${placeKey(r.obs.place)}|${periodKey(r.obs.period)}|${r.scheme}|${r.perUnit ? 'each' : 'total'}`;
}

function levelRank(level: ServiceLevel | undefined): number {
  return level === undefined ? LEVEL_ORDER.length : LEVEL_ORDER.indexOf(level);
}

/** Rows of one measure's records grouped into panels (panels and rows in data order for now). */
function buildRows(records: readonly EgovRecord[]): Map<string, { records: EgovRecord[]; rows: PlanRow[] }> {
  const panels = new Map<string, { records: EgovRecord[]; rows: PlanRow[] }>();
  for (const r of records) {
    const pk = panelKeyOf(r);
    let panel = panels.get(pk);
    if (panel === undefined) {
      panel = { records: [], rows: [] };
      panels.set(pk, panel);
    }
    panel.records.push(r);
    const base = `${r.tier ?? '-'}|${r.perUnit ? 'each' : 'total'}`;
    // A measure without level is a row of its own; a level seen twice in a tier starts another row.
    let key = r.scheme === 'none' ? `${base}|${r.indicator.id}` : base;
    let row = panel.rows.find((x) => x.key === key);
    if (row !== undefined && row.segments.some((s) => s.record.level === r.level)) {
      key = `${base}|${r.indicator.id}`;
      row = panel.rows.find((x) => x.key === key);
      if (row !== undefined && row.segments.some((s) => s.record.level === r.level)) {
        key = `${base}|${r.key}`;
        row = undefined;
      }
    }
    if (row === undefined) {
      row = {
        key,
        tier: r.tier,
        perUnit: r.perUnit,
        labelBy: r.scheme === 'none' ? 'indicator' : 'tier',
        computed: false,
        segments: [],
        total: 0,
      };
      panel.rows.push(row);
    }
    row.segments.push({ key: r.key, record: r, value: r.obs.value });
  }
  for (const panel of panels.values()) {
    for (const row of panel.rows) finishRow(row);
  }
  return panels;
}

function finishRow(row: PlanRow): void {
  row.segments.sort((a, b) => levelRank(a.record.level) - levelRank(b.record.level));
  row.total = row.segments.reduce((sum, s) => sum + (s.value ?? 0), 0);
}

/** Every level of the scheme of a row, or undefined for a row without scheme. */
function schemeLevels(scheme: LevelScheme): readonly ServiceLevel[] | undefined {
  if (scheme === 'levels') return ['1', '2', '3', '4'];
  if (scheme === 'process') return ['partial', 'full-process'];
  return undefined;
}

/**
 * The total a row of counts is a share of: the denominator every value states (the same one), else the sum
 * when every level of the scheme is counted; undefined when it is not known.
 */
export function knownTotal(row: PlanRow, scheme: LevelScheme): number | undefined {
  const valued = row.segments.filter((s) => s.value !== null);
  if (valued.length === 0) return undefined;
  const denominators = new Set(valued.map((s) => s.record.obs.denominator));
  if (denominators.size === 1) {
    const d = [...denominators][0];
    if (d !== undefined && d > 0) return d;
  }
  const levels = schemeLevels(scheme);
  if (levels === undefined) return undefined;
  const counted = new Set(valued.map((s) => s.record.level));
  if (row.segments.length === valued.length && levels.every((l) => counted.has(l)) && row.total > 0) {
    return row.total;
  }
  return undefined;
}

/** The share row of a count row whose total is known. */
function computedRow(row: PlanRow, total: number): PlanRow {
  const segments = row.segments.map((s): PlanSegment =>
    s.value === null
      ? { ...s }
      : { ...s, value: (s.value / total) * 100, computedFrom: { count: s.value, total } },
  );
  const out: PlanRow = { ...row, key: `${row.key}|computed`, computed: true, segments, total: 0 };
  finishRow(out);
  return out;
}

/**
 * The plan of the chart for `records` (from {@link selectEgov}): the view shown (the one asked for when
 * it can be drawn), the layout, and the panels in order (place, then period, then scheme, totals before
 * per-unit), each with its rows (tiers from the top down) and segments (levels 1 → 4, partial → full).
 */
export function planEgov(records: readonly EgovRecord[], request: PlanRequest = {}): EgovPlan {
  const counts = records.filter((r) => r.measure === 'count');
  const shares = records.filter((r) => r.measure === 'share');
  const countPanels = buildRows(counts);
  const sharePanels = buildRows(shares);

  // Given shares of one row that add up to more than 100 % have different bases: one bar each.
  let splitShares = false;
  for (const panel of sharePanels.values()) {
    const rows: PlanRow[] = [];
    for (const row of panel.rows) {
      const sum = row.segments.reduce((s, x) => s + (x.value ?? 0), 0);
      if (row.segments.length > 1 && sum > MAX_STACKED_SHARE) {
        splitShares = true;
        for (const s of row.segments) {
          rows.push({
            ...row,
            key: `${row.key}|${s.key}`,
            labelBy: 'indicator',
            segments: [s],
            total: s.value ?? 0,
          });
        }
      } else {
        // A single given share without tier is named by its indicator: its basis ("eligible services") matters.
        if (row.tier === undefined && row.segments.length === 1) row.labelBy = 'indicator';
        rows.push(row);
      }
    }
    panel.rows = rows;
  }

  // Shares computed from counts, where the total is known.
  let notComputable = 0;
  const computedShares = new Map<string, { share: number; total: number }>();
  const computed = new Map<string, { records: EgovRecord[]; rows: PlanRow[] }>();
  for (const [key, panel] of countPanels) {
    const scheme = panel.records[0]!.scheme;
    for (const row of panel.rows) {
      const total = knownTotal(row, scheme);
      if (total === undefined) {
        notComputable += row.segments.length;
        continue;
      }
      let target = computed.get(key);
      if (target === undefined) {
        target = { records: panel.records, rows: [] };
        computed.set(key, target);
      }
      const shareRow = computedRow(row, total);
      target.rows.push(shareRow);
      for (const s of shareRow.segments) {
        if (s.computedFrom !== undefined && s.value !== null)
          computedShares.set(s.key, { share: s.value, total });
      }
    }
  }

  const hasCounts = counts.length > 0;
  const hasShares = shares.length > 0 || computed.size > 0;
  let view: EgovView;
  let fallback: ViewFallback | undefined;
  if (request.view === 'share') {
    view = hasShares ? 'share' : 'count';
    if (!hasShares) fallback = 'no-shares';
  } else if (request.view === 'count') {
    view = hasCounts ? 'count' : 'share';
    if (!hasCounts) fallback = 'no-counts';
  } else {
    view = hasCounts ? 'count' : 'share';
  }

  // The panels of the view, merged (given shares and computed shares share their panel).
  const source = new Map<string, { records: EgovRecord[]; rows: PlanRow[] }>();
  const add = (from: Map<string, { records: EgovRecord[]; rows: PlanRow[] }>): void => {
    for (const [key, panel] of from) {
      const into = source.get(key);
      if (into === undefined) source.set(key, { records: [...panel.records], rows: [...panel.rows] });
      else {
        into.records.push(...panel.records);
        into.rows.push(...panel.rows);
      }
    }
  };
  if (view === 'count') add(countPanels);
  else {
    add(sharePanels);
    add(computed);
  }

  // Order: place (first appearance), period, scheme, totals before per-unit; rows by tier.
  const placeOrder = new Map<string, number>();
  for (const r of records) {
    const k = placeKey(r.obs.place);
    if (!placeOrder.has(k)) placeOrder.set(k, placeOrder.size);
  }
  const panels: PlanPanel[] = [...source.entries()].map(([key, p]) => {
    const first = p.records[0]!;
    const rows = p.rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => TIER_ORDER.indexOf(a.row.tier) - TIER_ORDER.indexOf(b.row.tier) || a.i - b.i)
      .map((x) => x.row);
    return {
      key,
      place: first.obs.place,
      period: first.obs.period,
      scheme: first.scheme,
      perUnit: first.perUnit,
      rows,
    };
  });
  panels.sort(
    (a, b) =>
      placeOrder.get(placeKey(a.place))! - placeOrder.get(placeKey(b.place))! ||
      periodOrder(a.period) - periodOrder(b.period) ||
      SCHEME_ORDER.indexOf(a.scheme) - SCHEME_ORDER.indexOf(b.scheme) ||
      Number(a.perUnit) - Number(b.perUnit),
  );

  const schemes = new Set(panels.map((p) => p.scheme));
  const mixedSchemes = schemes.has('levels') && schemes.has('process');
  const perUnit = panels.some((p) => p.perUnit);
  const layout: EgovLayoutMode =
    view === 'share' ? 'stacked' : (request.layout ?? (mixedSchemes || perUnit ? 'grouped' : 'stacked'));
  const segments = panels.flatMap((p) => p.rows.flatMap((r) => r.segments));
  const values = segments.map((s) => s.value ?? 0);
  const max =
    view === 'share'
      ? Math.max(100, ...values)
      : layout === 'stacked'
        ? Math.max(0, ...panels.flatMap((p) => p.rows.map((r) => r.total)))
        : Math.max(0, ...values);
  const facets = new Set(panels.map((p) => `${placeKey(p.place)}|${periodKey(p.period)}`)).size;
  return {
    view,
    fallback,
    layout,
    panels,
    mixedSchemes,
    perUnit,
    facets,
    notComputable: view === 'share' ? notComputable : 0,
    notDrawn: view === 'count' ? shares.length : 0,
    splitShares: view === 'share' && splitShares,
    max,
    segments,
    computedShares,
  };
}
