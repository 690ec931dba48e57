/**
 * The default series palette, derived from Okabe & Ito (2008) "Color Universal Design": the same hue
 * order in both schemes, darkened for the light background and lightened for the dark one so every colour
 * has at least 3:1 against its background (WCAG 1.4.11; measured in test/chart/contrast.test.ts), and every
 * pair stays ≥ 10 CIEDE2000 apart in normal vision and simulated protanopia, deuteranopia and tritanopia
 * (test/chart/palette-cvd.test.ts). The hues were nudged from Okabe–Ito by the smallest ΔE00 that met both.
 * Colour is never the only cue: patterns (`patterns` attribute, `prefers-contrast: more`, forced colours)
 * and labels carry the same distinction.
 */
export const LIGHT_PALETTE = [
  '#007df0', // blue
  '#cd784b', // vermillion, lightened
  '#0a6441', // bluish green, darkened
  '#a0416e', // reddish purple
  '#8f6b00', // ochre (Okabe–Ito orange/yellow, darkened)
  '#5a3782', // violet
  '#287c8e', // teal (Okabe–Ito sky blue, darkened)
  '#414646', // grey
] as const;

export const DARK_PALETTE = [
  '#56b4e9', // sky blue
  '#ff8a5b', // vermillion
  '#5fa082', // bluish green
  '#c88caf', // reddish purple
  '#f0e442', // yellow
  '#9178b9', // violet
  '#9be6ff', // pale blue
  '#b9c3b9', // grey-green
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
