/**
 * The default series palette, derived from Okabe & Ito (2008) "Color Universal Design": the same hue
 * order in both schemes, darkened for the light background and lightened for the dark one so every colour
 * has at least 3:1 against its background (WCAG 1.4.11; measured in test/chart/contrast.test.ts: light ≥ 4.5,
 * dark ≥ 8). Colour is never the only cue: patterns (`patterns` attribute, `prefers-contrast: more`,
 * forced colours) and labels carry the same distinction.
 */
export const LIGHT_PALETTE = [
  '#0072b2', // blue
  '#c85200', // vermillion
  '#007a5a', // bluish green
  '#b5478a', // reddish purple
  '#8f6b00', // ochre (Okabe–Ito orange/yellow, darkened)
  '#5f4b8b', // violet
  '#287c8e', // teal (Okabe–Ito sky blue, darkened)
  '#4d4d4d', // grey
] as const;

export const DARK_PALETTE = [
  '#56b4e9',
  '#ff8a5b',
  '#2fc19a',
  '#e7a0cb',
  '#f0e442',
  '#b9a2e8',
  '#5fd3e0',
  '#d9d9d9',
] as const;

/** Number of series colours and patterns. */
export const SERIES_COUNT = 8;

/** Default scheme colours (text, background, accent…) in light and dark. */
export const LIGHT_SCHEME = {
  text: '#1a1a1a',
  muted: '#595959',
  background: '#ffffff',
  accent: '#0b5cad',
  focus: '#0b5cad',
  axis: '#595959',
  grid: '#8c8c8c',
} as const;

export const DARK_SCHEME = {
  text: '#f2f2f2',
  muted: '#b8b8b8',
  background: '#121212',
  accent: '#8cc4ff',
  focus: '#8cc4ff',
  axis: '#b8b8b8',
  grid: '#7a7a7a',
} as const;
