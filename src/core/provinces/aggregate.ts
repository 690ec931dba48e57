/**
 * Rolls observations of the 63 old units up onto the 34 units of 2025. Pure: no DOM.
 */
import type {
  Breakdown,
  LocalizedText,
  Qualifier,
  ResolvedObservation,
  Status,
  Unit,
} from '../indicator/types.js';
import { findProvince, predecessorsOf, successorOf, type Province } from './provinces.js';

/** Units whose values add up across provinces. Rates, shares and durations do not. */
export const SUMMABLE_UNITS: readonly Unit[] = ['count', 'vnd'];

export type AggregateResult =
  { ok: true; observations: ResolvedObservation[] } | { ok: false; reason: 'rate-not-summable' };

/**
 * Sums counts and VND of the 2008-2025 units onto the 2025 units they merged into, per indicator, period,
 * breakdown and status (an actual is never added to a target).
 *
 * - Rates (`percent`, `per-100-inhabitants`) and `days` are refused with `rate-not-summable`: a share of a
 *   merged unit needs the denominators, which the data does not carry.
 * - **Partial data → null.** A new unit gets a sum only when every one of its old units has a value in the
 *   group. Otherwise its value is `null` with `missing: 'not-available'` and a note naming the old units
 *   without data. A partial sum would be drawn as if it were the unit's total: too short a bar, a wrong rank
 *   and a wrong colour on a map, with nothing to show it. A gap is drawn as "no data" and the note says why.
 *   The same holds when an old unit has two different values in one group (conflicting data).
 * - Per-unit figures (`breakdown.perUnit`, "each commune") and national figures (`breakdown.scope:
 *   'national'`) are not totals of the province; their groups give `null` with `missing: 'not-applicable'`.
 * - A new unit formed from one old unit (Cao Bằng, Điện Biên…) keeps the observation as it is, re-placed.
 * - A sum keeps `qualifier` when all parts share it ("over" + "over"), else `about` when any has one;
 *   `target` and `denominator` are summed when every part has one; `asOf` is kept when all agree; `change`,
 *   `source` and `label` are dropped (they were stated for one old unit). The note lists the parts:
 *   "Tổng của Bến Tre, Trà Vinh, Vĩnh Long" / "Sum of Ben Tre, Tra Vinh, Vinh Long".
 * - Observations already in the `2025-` era pass through; when one states a value for a new unit in a group,
 *   that stated value wins over a sum of its old units.
 * - `index` of a result is the smallest index of its parts, so keys stay unique and stable.
 *
 * Output order: groups in order of first appearance, new units in code order within a group.
 */
export function aggregateToNewEra(observations: readonly ResolvedObservation[], unit: Unit): AggregateResult {
  if (!SUMMABLE_UNITS.includes(unit)) return { ok: false, reason: 'rate-not-summable' };

  const groups = new Map<string, ResolvedObservation[]>();
  for (const obs of observations) {
    const key = groupKey(obs);
    const list = groups.get(key);
    if (list) list.push(obs);
    else groups.set(key, [obs]);
  }

  const result: ResolvedObservation[] = [];
  for (const group of groups.values()) {
    const stated = new Map<string, ResolvedObservation>();
    const parts = new Map<string, ResolvedObservation[]>();
    for (const obs of group) {
      if (obs.place.era === '2025-') {
        if (!stated.has(obs.place.code)) stated.set(obs.place.code, obs);
        continue;
      }
      const successor = successorOf(obs.place.code);
      if (!successor) continue; // not a 2008-2025 code; the validator reports those
      const list = parts.get(successor.code);
      if (list) list.push(obs);
      else parts.set(successor.code, [obs]);
    }
    const codes = [...new Set([...stated.keys(), ...parts.keys()])].sort();
    for (const code of codes) {
      const own = stated.get(code);
      const target = findProvince(code, '2025-');
      if (own) result.push(own);
      else if (target) result.push(combine(target, parts.get(code) ?? []));
    }
  }
  return { ok: true, observations: result };
}

// ---------------------------------------------------------------------------------------------------

const BREAKDOWN_KEYS = ['tier', 'perUnit', 'level', 'subscription', 'scope'] as const;

function groupKey(obs: ResolvedObservation): string {
  const b: Breakdown = obs.breakdown ?? {};
  const { year, quarter, month } = obs.period;
  return JSON.stringify([
    obs.indicator,
    year,
    quarter ?? null,
    month ?? null,
    obs.status ?? 'actual',
    ...BREAKDOWN_KEYS.map((k) => b[k] ?? null),
  ]);
}

function names(provinces: readonly Province[], lang: 'vi' | 'en'): string {
  return provinces.map((p) => (lang === 'en' ? p.name.en : p.name.vi)).join(', ');
}

function firstOf(parts: readonly ResolvedObservation[]): ResolvedObservation {
  return parts.reduce((a, b) => (b.index < a.index ? b : a));
}

function combine(target: Province, parts: readonly ResolvedObservation[]): ResolvedObservation {
  const place = { code: target.code, era: '2025-' as const };
  const first = firstOf(parts);
  const predecessors = predecessorsOf(target.code);
  const breakdown = first.breakdown;

  if (breakdown?.perUnit || breakdown?.scope === 'national') {
    return base(first, place, null, {
      missing: 'not-applicable',
      note: {
        vi: 'Số liệu tính cho từng đơn vị hoặc cả nước, không cộng được',
        en: 'A per-unit or national figure, not summable',
      },
    });
  }

  if (predecessors.length === 1 && parts.length === 1) return { ...first, place };

  const byCode = new Map<string, ResolvedObservation[]>();
  for (const p of parts) byCode.set(p.place.code, [...(byCode.get(p.place.code) ?? []), p]);
  const lacking = predecessors.filter((p) => {
    const values = new Set((byCode.get(p.code) ?? []).map((o) => o.value));
    return values.size !== 1 || values.has(null);
  });
  if (lacking.length > 0) {
    return base(first, place, null, {
      missing: 'not-available',
      note: {
        vi: `Thiếu số liệu (hoặc số liệu không thống nhất) của ${names(lacking, 'vi')}`,
        en: `No data (or conflicting data) for ${names(lacking, 'en')}`,
      },
    });
  }

  const used = predecessors.map((p) => (byCode.get(p.code) ?? [])[0] as ResolvedObservation);
  const sum = (pick: (o: ResolvedObservation) => number | null | undefined): number | undefined => {
    const values = used.map(pick);
    return values.every((v): v is number => typeof v === 'number')
      ? values.reduce((a, b) => a + b, 0)
      : undefined;
  };
  const out = base(first, place, sum((o) => o.value) ?? null, {
    note: { vi: `Tổng của ${names(predecessors, 'vi')}`, en: `Sum of ${names(predecessors, 'en')}` },
  });
  const qualifier = combinedQualifier(used.map((o) => o.qualifier));
  if (qualifier) out.qualifier = qualifier;
  const targetSum = sum((o) => o.target);
  if (targetSum !== undefined) out.target = targetSum;
  const denominator = sum((o) => o.denominator);
  if (denominator !== undefined) out.denominator = denominator;
  const asOf = new Set(used.map((o) => o.asOf));
  if (asOf.size === 1 && first.asOf !== undefined) out.asOf = first.asOf;
  return out;
}

function combinedQualifier(qualifiers: readonly (Qualifier | undefined)[]): Qualifier | undefined {
  const set = new Set(qualifiers);
  if (set.size === 1) return qualifiers[0];
  return 'about';
}

function base(
  first: ResolvedObservation,
  place: ResolvedObservation['place'],
  value: number | null,
  extra: { missing?: 'not-available' | 'not-applicable'; note: LocalizedText },
): ResolvedObservation {
  const out: ResolvedObservation = {
    indicator: first.indicator,
    index: first.index,
    place,
    period: { ...first.period },
    value,
    note: extra.note,
  };
  if (extra.missing) out.missing = extra.missing;
  if (first.breakdown) out.breakdown = { ...first.breakdown };
  const status: Status | undefined = first.status;
  if (status) out.status = status;
  return out;
}
