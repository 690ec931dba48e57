// Data fixtures of the chart tests (not a test file): documents in the library's format.
import type { Era, IndicatorDocument, IndicatorMeta, Observation } from '../../src/core/indicator/types.js';
import { provincesOf } from '../../src/core/provinces/provinces.js';

/** A demo document written by the seed converter (`demo/data/<name>.json`). */
export async function loadDemo(name: string): Promise<unknown> {
  const response = await fetch(`/demo/data/${name}.json`);
  if (!response.ok) throw new Error(`demo/data/${name}.json: HTTP ${response.status}`);
  return response.json();
}

/** The phone-density indicator used by several tests. */
export const PHONE_DENSITY: IndicatorMeta = {
  id: 'phone_subscriptions_per_100',
  label: { vi: 'Mật độ thuê bao điện thoại', en: 'Telephone subscriptions per 100 inhabitants' },
  unit: 'per-100-inhabitants',
  source: { publisher: 'Sở Thông tin và Truyền thông' },
};

/** An indicator counting things. */
export const STATIONS: IndicatorMeta = {
  id: 'bts_stations',
  label: { vi: 'Số trạm BTS', en: 'BTS stations' },
  unit: 'count',
};

/** One observation per province of `era` for `year`, valued by `value(index, code)`. */
export function provinceDocument(
  era: Era,
  value: (index: number, code: string) => number | null,
  indicator: IndicatorMeta = PHONE_DENSITY,
  year = era === '2025-' ? 2025 : 2020,
): IndicatorDocument {
  const observations: Observation[] = provincesOf(era).map((p, i) => {
    const v = value(i, p.code);
    return v === null
      ? { place: { code: p.code, era }, period: { year }, value: null, missing: 'not-available' }
      : { place: { code: p.code, era }, period: { year }, value: v };
  });
  return { version: 1, indicators: [indicator], observations };
}

/**
 * A small document: provinces of 2020 with values, in the order given (`[code, value]` pairs: an object
 * would reorder integer-like codes such as "42" before "01").
 */
export function smallDocument(
  values: readonly (readonly [string, number | null])[],
  indicator: IndicatorMeta = PHONE_DENSITY,
): IndicatorDocument {
  return {
    version: 1,
    indicators: [indicator],
    observations: values.map(([code, value]) =>
      value === null
        ? { place: { code, era: '2008-2025' }, period: { year: 2020 }, value: null, missing: 'not-available' }
        : { place: { code, era: '2008-2025' }, period: { year: 2020 }, value },
    ),
  };
}

/** Province codes of the 2008–2025 era used by the small fixtures. */
export const CODES = {
  haNoi: '01',
  haTinh: '42',
  benTre: '83',
  dienBien: '11',
  binhThuan: '60',
} as const;

// ─── mounting without animation frames ────────────────────────────────────────────────────────────

import { render, type TemplateResult } from 'lit';

const mounted: HTMLElement[] = [];

/**
 * Renders `template` into a fresh container in the page and waits for the lit elements in it to update.
 * Unlike `fixture()` of a plain wrapper, it never waits for an animation frame: with test files run
 * concurrently, a page in the background gets none. Containers are removed after each test.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const first = container.firstElementChild as T;
  for (const el of container.querySelectorAll('*')) {
    const update = (el as { updateComplete?: Promise<unknown> }).updateComplete;
    if (update !== undefined) await update;
  }
  return first;
}

afterEach(() => {
  for (const c of mounted.splice(0)) c.remove();
});
