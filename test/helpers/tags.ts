// The seven elements, for tests that run over all of them (no imports: safe to load before instrumentation).

export const ELEMENT_TAGS = [
  'ict-bar-chart',
  'ict-subscriber-density',
  'ict-egov-level',
  'ict-province-compare',
  'ict-coverage',
  'ict-indicator-trend',
  'ict-province-map',
] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** Each element with a seed document (`demo/data/<demo>.json`) it draws, and the properties it needs. */
export const SEED_CASES: readonly [tag: ElementTag, demo: string, props: Record<string, unknown>][] = [
  ['ict-bar-chart', 'ben-tre-2016', { indicator: 'phone_subscriptions_per_100' }],
  ['ict-subscriber-density', 'ha-tinh-2020', {}],
  ['ict-egov-level', 'ha-tinh-2020', {}],
  ['ict-province-compare', 'all-seed-facts', { indicator: 'e_documents_share' }],
  ['ict-coverage', 'dien-bien-2022', {}],
  ['ict-indicator-trend', 'ben-tre-2016', { indicator: 'postal_telecom_revenue' }],
  ['ict-province-map', 'all-seed-facts', { indicator: 'phone_subscriptions_per_100' }],
];
