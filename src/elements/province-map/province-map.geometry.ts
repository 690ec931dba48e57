/**
 * The pure part of `<ict-province-map>`'s layout, with no map projection in it: colour classes with nice
 * breaks, the class palettes, the legend's boxes, free-space search for the insets, the legend and the
 * highlight label, and the keyboard's spatial neighbours. Data and sizes in, numbers and rectangles out
 * (CSS px; the SVG is drawn 1:1). The projection and the path strings are in `province-map.geo.ts`, the
 * only module that imports d3-geo and topojson-client.
 */
import { scaleThreshold } from 'd3-scale';
import { MIN_FONT_SIZE } from '../../chart/geometry/bars.js';
import type { Rect } from '../../chart/geometry/rect.js';
import {
  LINE_HEIGHT,
  estimateTextWidth,
  wrapText,
  type TextFont,
  type TextMeasure,
} from '../../chart/geometry/text.js';
import { formatNumber, PERCENT_SPACE } from '../../core/format/format.js';
import type { Language, Unit } from '../../core/indicator/types.js';

// ═══ Colour classes ══════════════════════════════════════════════════════════════════════════════

/** Fewest and most colour classes (`classes` attribute), and the default. */
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;
export const DEFAULT_CLASSES = 5;

/** The `classes` attribute as a count in 3–7 (anything else gives the default 5). */
export function clampClasses(classes: number | undefined): number {
  if (classes === undefined || !Number.isFinite(classes)) return DEFAULT_CLASSES;
  return Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(classes)));
}

/**
 * Steps a class may span, per power of ten: 10, 15, 20, 25, 30, 40, 50, 60, 80. Round enough to read in a
 * legend ("25–50"), close enough together that the requested number of classes is nearly always met.
 */
export const NICE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8] as const;

/** The colour classes of a map. */
export interface MapClasses {
  /** `count + 1` ascending bounds; class `i` covers `[bounds[i], bounds[i + 1])`, the last one closed. */
  bounds: number[];
  count: number;
  /** Width of every class. */
  step: number;
  /** Diverging classes are symmetric around `reference`. */
  diverging: boolean;
  reference?: number;
  /** Fraction digits that print every bound exactly (for the legend). */
  decimals: number;
  /** The 0-based class of a value (values outside the bounds go to the nearest end class). */
  classOf: (value: number) => number;
}

/** Options of {@link classify}. */
export interface ClassifyOptions {
  /** Wanted number of classes, 3–7 (default 5). */
  classes?: number;
  /** Classes symmetric around `reference` (default: the unweighted mean of the values). */
  diverging?: boolean;
  reference?: number;
}

/** The nice steps from small to large, starting at the power of ten below `from`. */
function* niceSteps(from: number): Generator<number> {
  let power = 10 ** Math.floor(Math.log10(from > 0 ? from : 1));
  for (;;) {
    for (const m of NICE_STEPS) yield roundFloat(m * power);
    power *= 10;
  }
}

/** `x` without binary floating noise (0.30000000000000004 → 0.3). */
function roundFloat(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

/** Fraction digits (≤ 6) that print every number of `values` exactly. */
export function decimalsFor(values: readonly number[]): number {
  let out = 0;
  for (const v of values) {
    let d = 0;
    while (d < 6 && Math.abs(Math.round(v * 10 ** d) / 10 ** d - v) > 1e-9 * Math.max(1, Math.abs(v))) d++;
    out = Math.max(out, d);
  }
  return out;
}

function withClassOf(
  bounds: number[],
  rest: Omit<MapClasses, 'bounds' | 'classOf' | 'decimals'>,
): MapClasses {
  const count = bounds.length - 1;
  // d3's threshold scale: a value equal to a bound goes to the class above it; the top bound is inside the
  // last class because there is no threshold for it.
  const scale = scaleThreshold<number, number>()
    .domain(bounds.slice(1, -1))
    .range(Array.from({ length: count }, (_, i) => i));
  return {
    ...rest,
    bounds,
    count,
    decimals: decimalsFor(bounds),
    classOf: (value: number) => scale(value) ?? 0,
  };
}

/**
 * Colour classes for `values` with nice breaks.
 *
 * - Sequential: the smallest nice step for which at most `classes` classes, starting at a multiple of the
 *   step below the minimum, reach the maximum. The classes end there, so none is empty at the top: 11…122
 *   in 5 classes gives 0–25–50–75–100–125; 0…60 gives 0–15–30–45–60 (4 classes: a fifth would be empty).
 * - Diverging: exactly `classes` classes, symmetric around the reference (the mean when not given): an even
 *   count has the reference as a bound, an odd count a middle class centred on it.
 * - One distinct value gives one class; no value gives `undefined`.
 */
export function classify(values: readonly number[], options: ClassifyOptions = {}): MapClasses | undefined {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return undefined;
  const n = clampClasses(options.classes);
  const min = Math.min(...finite);
  const max = Math.max(...finite);

  if (options.diverging === true) {
    const reference =
      options.reference !== undefined && Number.isFinite(options.reference)
        ? options.reference
        : finite.reduce((a, b) => a + b, 0) / finite.length;
    const reach = Math.max(max - reference, reference - min);
    // The outermost bound lies n/2 steps from the reference (odd counts: a half step for the middle class).
    const need = reach / (n / 2);
    let step = 1;
    for (const s of niceSteps(need > 0 ? need / 10 : 1)) {
      if (s * (n / 2) >= reach - 1e-9 && s > 0) {
        step = s;
        break;
      }
    }
    const bounds = Array.from({ length: n + 1 }, (_, k) => roundFloat(reference + (k - n / 2) * step));
    return withClassOf(bounds, { count: n, step, diverging: true, reference });
  }

  if (min === max) {
    return withClassOf([min, max], { count: 1, step: 0, diverging: false });
  }
  let chosen: number[] | undefined;
  let step = 1;
  for (const s of niceSteps((max - min) / (n * 10))) {
    const lo = roundFloat(Math.floor(min / s + 1e-9) * s);
    const needed = Math.max(1, Math.ceil((max - lo) / s - 1e-9));
    if (needed <= n) {
      step = s;
      chosen = Array.from({ length: needed + 1 }, (_, k) => roundFloat(lo + k * s));
      break;
    }
  }
  return withClassOf(chosen ?? [min, max], { count: (chosen?.length ?? 2) - 1, step, diverging: false });
}

/**
 * A class's range as the legend prints it: "10,5–20 %" (vi), "10.5–20%" (en), "1.000–2.000" for other
 * units (their name is the legend's title); an en dash with spaces when a bound is negative ("-5 – 5").
 */
export function rangeText(lo: number, hi: number, unit: Unit, lang: Language, decimals: number): string {
  const a = formatNumber(lo, lang, decimals);
  const b = formatNumber(hi, lang, decimals);
  const dash = lo < 0 || hi < 0 ? ' – ' : '–';
  const body = lo === hi ? a : `${a}${dash}${b}`;
  if (unit !== 'percent') return body;
  return lang === 'en' ? `${body}%` : `${body}${PERCENT_SPACE}%`;
}

// ═══ Palettes ════════════════════════════════════════════════════════════════════════════════════

/**
 * Sequential ramp: viridis (van der Walt & Smith, CC0), perceptually uniform, ordered in lightness for
 * every colour-vision deficiency and in grey scale. Light scheme: light (few) → dark (many), the way a
 * printed map reads; dark scheme: the reverse, so "more" stays the stronger contrast with the background.
 */
const VIRIDIS = [
  '#440154',
  '#482475',
  '#414487',
  '#355f8d',
  '#2a788e',
  '#21918c',
  '#22a884',
  '#44bf70',
  '#7ad151',
  '#bddf26',
  '#fde725',
] as const;

/** Diverging ramp (ColorBrewer PuOr, colour-blind safe): orange below the reference, purple above. */
const DIVERGING_LIGHT = [
  '#b35806',
  '#e08214',
  '#fdb863',
  '#f7f7f7',
  '#b2abd2',
  '#8073ac',
  '#542788',
] as const;
const DIVERGING_DARK = ['#fdb863', '#e08214', '#8c4a06', '#3c3c3c', '#5e4b9c', '#8073ac', '#c5bde6'] as const;

/** `#rrggbb` → [r, g, b]. The palettes above are all six-digit hex. */
function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * A piecewise-linear RGB ramp through `colors` at even stops, t in [0, 1] → `rgb(r, g, b)`: what d3's
 * `scaleLinear<string>()` with `interpolateRgb` gives, without shipping d3-interpolate and d3-color.
 */
function ramp(colors: readonly string[]): (t: number) => string {
  const stops = colors.map(rgbOf);
  const last = stops.length - 1;
  return (t) => {
    const at = Math.min(1, Math.max(0, t)) * last;
    const i = Math.min(last - 1, Math.floor(at));
    const local = at - i;
    const [a, b] = [stops[i]!, stops[i + 1]!];
    const channel = (k: number) =>
      Math.max(0, Math.min(255, Math.round(a[k]! * (1 - local) + b[k]! * local)));
    return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
  };
}

const viridis = ramp(VIRIDIS);

/**
 * The fill of each class, low to high, as CSS colours. Sequential classes take evenly spaced colours of
 * the part of viridis that keeps its ends apart from the background; diverging classes are symmetric,
 * with the neutral middle colour for the class around the reference when the count is odd.
 */
export function classColors(count: number, options: { diverging?: boolean; dark?: boolean } = {}): string[] {
  if (count <= 0) return [];
  const t = (i: number): number => (count === 1 ? 0.5 : i / (count - 1));
  if (options.diverging === true) {
    const r = ramp(options.dark === true ? DIVERGING_DARK : DIVERGING_LIGHT);
    return Array.from({ length: count }, (_, i) => r(t(i)));
  }
  // Light: 0.97 (pale yellow) → 0.02 (dark violet); dark: 0.12 → 1.
  const [from, to] = options.dark === true ? [0.12, 1] : [0.97, 0.02];
  return Array.from({ length: count }, (_, i) => viridis(from + (to - from) * t(i)));
}

// ═══ Text ════════════════════════════════════════════════════════════════════════════════════════

// ═══ Legend ══════════════════════════════════════════════════════════════════════════════════════

/** A text to draw: its lines, anchor point of the first baseline, font and the box it fills. */
export interface MapText {
  lines: string[];
  x: number;
  y: number;
  lineHeight: number;
  anchor: 'start' | 'middle' | 'end';
  font: TextFont;
  box: Rect;
}

/** One legend entry: a class, the no-data entry or the highlight entry. */
export interface LegendEntryInput {
  key: string;
  text: string;
}

/** The laid-out legend, positioned at (0, 0); the layout moves it with `box`. */
export interface LegendLayout {
  box: Rect;
  title: MapText | undefined;
  rows: { key: string; swatch: Rect; text: MapText }[];
}

/** Side of a legend swatch, CSS px. */
export const SWATCH = 16;
const LEGEND_PAD = 6;

/**
 * The legend's boxes at (0, 0): an optional title (the unit, wrapped) and one row per entry (swatch and
 * text), at most `maxWidth` wide; every text at least 12 px.
 */
export function layoutLegend(
  title: string,
  entries: readonly LegendEntryInput[],
  options: { fontSize: number; maxWidth: number; measure?: TextMeasure },
): LegendLayout {
  const measure = options.measure ?? estimateTextWidth;
  const size = Math.max(MIN_FONT_SIZE, options.fontSize);
  const font: TextFont = { size };
  const lineHeight = Math.round(size * LINE_HEIGHT);
  const textX = LEGEND_PAD + SWATCH + 6;
  const textMax = Math.max(40, options.maxWidth - textX - LEGEND_PAD);
  let y = LEGEND_PAD;
  let width = 0;
  let titleText: MapText | undefined;
  if (title !== '') {
    const titleFont: TextFont = { size, bold: true };
    const lines = wrapText(title, options.maxWidth - 2 * LEGEND_PAD, titleFont, measure);
    const w = Math.max(...lines.map((l) => measure(l, titleFont)));
    titleText = {
      lines,
      x: LEGEND_PAD,
      y: y + size,
      lineHeight,
      anchor: 'start',
      font: titleFont,
      box: { x: LEGEND_PAD, y, width: w, height: lines.length * lineHeight },
    };
    width = Math.max(width, LEGEND_PAD + w);
    y += lines.length * lineHeight + 4;
  }
  const rowGap = 4;
  const rows = entries.map((entry) => {
    const lines = wrapText(entry.text, textMax, font, measure);
    const h = Math.max(SWATCH, lines.length * lineHeight);
    const w = Math.max(...lines.map((l) => measure(l, font)));
    const top = y;
    y += h + rowGap;
    width = Math.max(width, textX + w);
    return {
      key: entry.key,
      swatch: {
        x: LEGEND_PAD,
        y: top + (lineHeight - SWATCH) / 2 + Math.max(0, (size - lineHeight) / 2),
        width: SWATCH,
        height: SWATCH,
      },
      text: {
        lines,
        x: textX,
        y: top + Math.round(lineHeight * 0.5 + size * 0.35),
        lineHeight,
        anchor: 'start' as const,
        font,
        box: { x: textX, y: top, width: w, height: lines.length * lineHeight },
      },
    };
  });
  const height = y - rowGap + LEGEND_PAD;
  return {
    box: { x: 0, y: 0, width: Math.ceil(width + LEGEND_PAD), height: Math.ceil(height) },
    title: titleText,
    rows,
  };
}

/** `legend` moved to (`x`, `y`). */
export function moveLegend(legend: LegendLayout, x: number, y: number): LegendLayout {
  const shift = (t: MapText): MapText => ({
    ...t,
    x: t.x + x,
    y: t.y + y,
    box: { ...t.box, x: t.box.x + x, y: t.box.y + y },
  });
  return {
    box: { ...legend.box, x, y },
    title: legend.title === undefined ? undefined : shift(legend.title),
    rows: legend.rows.map((r) => ({
      key: r.key,
      swatch: { ...r.swatch, x: r.swatch.x + x, y: r.swatch.y + y },
      text: shift(r.text),
    })),
  };
}

// ═══ Free space ══════════════════════════════════════════════════════════════════════════════════

/** A point in plot px. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Which parts of the plot are taken, on a grid of `cell`-px squares: the land (polygons filled by scan
 * lines, plus every vertex, so islands smaller than a cell count too) and every box placed so far. A box
 * is free when no taken cell lies within it; a 2-D prefix sum answers that in constant time.
 */
export class Occupancy {
  readonly cell: number;
  readonly columns: number;
  readonly rows: number;
  private readonly taken: Uint8Array;
  private sums: Int32Array | undefined;

  constructor(width: number, height: number, cell = 4) {
    this.cell = cell;
    this.columns = Math.max(1, Math.ceil(width / cell));
    this.rows = Math.max(1, Math.ceil(height / cell));
    this.taken = new Uint8Array(this.columns * this.rows);
  }

  /** Marks the cell under a point. */
  markPoint(x: number, y: number): void {
    const c = Math.floor(x / this.cell);
    const r = Math.floor(y / this.cell);
    if (c >= 0 && c < this.columns && r >= 0 && r < this.rows) this.taken[r * this.columns + c] = 1;
    this.sums = undefined;
  }

  /** Marks every cell whose centre lies inside the polygon (even-odd over its rings) and every vertex. */
  markPolygon(rings: readonly (readonly Point[])[]): void {
    for (const ring of rings) for (const p of ring) this.markPoint(p.x, p.y);
    let top = Infinity;
    let bottom = -Infinity;
    for (const ring of rings)
      for (const p of ring) {
        top = Math.min(top, p.y);
        bottom = Math.max(bottom, p.y);
      }
    const r0 = Math.max(0, Math.floor(top / this.cell));
    const r1 = Math.min(this.rows - 1, Math.ceil(bottom / this.cell));
    for (let r = r0; r <= r1; r++) {
      const y = (r + 0.5) * this.cell;
      const xs: number[] = [];
      for (const ring of rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const a = ring[i]!;
          const b = ring[j]!;
          if (a.y > y !== b.y > y) xs.push(a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x));
        }
      }
      xs.sort((p, q) => p - q);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const c0 = Math.max(0, Math.round(xs[k]! / this.cell));
        const c1 = Math.min(this.columns - 1, Math.round(xs[k + 1]! / this.cell) - 1);
        for (let c = c0; c <= c1; c++) this.taken[r * this.columns + c] = 1;
      }
    }
    this.sums = undefined;
  }

  /** Marks every cell a rectangle touches. */
  markRect(rect: Rect): void {
    const c0 = Math.max(0, Math.floor(rect.x / this.cell));
    const c1 = Math.min(this.columns - 1, Math.ceil((rect.x + rect.width) / this.cell) - 1);
    const r0 = Math.max(0, Math.floor(rect.y / this.cell));
    const r1 = Math.min(this.rows - 1, Math.ceil((rect.y + rect.height) / this.cell) - 1);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) this.taken[r * this.columns + c] = 1;
    this.sums = undefined;
  }

  /** Number of taken cells a rectangle touches (cells outside the grid count as taken). */
  takenIn(rect: Rect): number {
    const c0 = Math.floor(rect.x / this.cell);
    const c1 = Math.ceil((rect.x + rect.width) / this.cell) - 1;
    const r0 = Math.floor(rect.y / this.cell);
    const r1 = Math.ceil((rect.y + rect.height) / this.cell) - 1;
    if (c0 < 0 || r0 < 0 || c1 >= this.columns || r1 >= this.rows) return Infinity;
    const s = this.prefix();
    const w = this.columns + 1;
    return s[(r1 + 1) * w + c1 + 1]! - s[r0 * w + c1 + 1]! - s[(r1 + 1) * w + c0]! + s[r0 * w + c0]!;
  }

  /** Whether `rect`, grown by `margin`, touches no taken cell and lies inside the grid. */
  isFree(rect: Rect, margin = 0): boolean {
    return (
      this.takenIn({
        x: rect.x - margin,
        y: rect.y - margin,
        width: rect.width + 2 * margin,
        height: rect.height + 2 * margin,
      }) === 0
    );
  }

  private prefix(): Int32Array {
    if (this.sums !== undefined) return this.sums;
    const w = this.columns + 1;
    const sums = new Int32Array(w * (this.rows + 1));
    for (let r = 0; r < this.rows; r++) {
      let row = 0;
      for (let c = 0; c < this.columns; c++) {
        row += this.taken[r * this.columns + c]!;
        sums[(r + 1) * w + c + 1] = sums[r * w + c + 1]! + row;
      }
    }
    this.sums = sums;
    return sums;
  }
}

/**
 * The free position for a `size` box inside `area` whose centre is nearest to `target` (candidates every
 * grid cell), keeping `margin` px from anything taken; `undefined` when there is none.
 */
export function placeBox(
  occupancy: Occupancy,
  size: { width: number; height: number },
  target: Point,
  area: Rect,
  margin = 0,
): Rect | undefined {
  const step = occupancy.cell;
  let best: Rect | undefined;
  let bestDistance = Infinity;
  for (let y = area.y + margin; y + size.height + margin <= area.y + area.height; y += step) {
    for (let x = area.x + margin; x + size.width + margin <= area.x + area.width; x += step) {
      const dx = x + size.width / 2 - target.x;
      const dy = y + size.height / 2 - target.y;
      const distance = dx * dx + dy * dy;
      if (distance >= bestDistance) continue;
      const box = { x, y, width: size.width, height: size.height };
      if (occupancy.isFree(box, margin)) {
        best = box;
        bestDistance = distance;
      }
    }
  }
  return best;
}

// ═══ Spatial keyboard moves ══════════════════════════════════════════════════════════════════════

/** The four arrow directions on screen. */
export const DIRECTIONS = ['left', 'right', 'up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The arrow key of each direction. */
export const DIRECTION_KEYS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const UNIT: Readonly<Record<Direction, Point>> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** A navigable place: its key and where it is on screen (the centre of its largest part). */
export interface SpatialPoint extends Point {
  key: string;
}

/** Half-angle of the cone an arrow looks in first, degrees. */
export const NEIGHBOUR_CONE = 50;

/**
 * For each point, the point an arrow key moves to. Candidates are ranked in four tiers, and the first
 * tier that has one wins:
 * 1. units that share a border with it (`adjacency`, when given) inside a cone of ±`cone`° around the
 *    arrow's direction — the geographic neighbour in that direction;
 * 2. any unit inside the cone (islands, and maps without adjacency);
 * 3. bordering units anywhere in the half-plane ahead;
 * 4. any unit in the half-plane ahead.
 * Within a tier the smallest distance along the arrow plus twice the sideways offset wins, so a unit
 * straight ahead beats a nearer one off to the side. No candidate at all: none (an edge, announced).
 * Distances are between centres (of each unit's largest part); screen coordinates, y grows downwards.
 */
export function spatialNeighbours(
  points: readonly SpatialPoint[],
  options: { cone?: number; adjacency?: ReadonlyMap<string, ReadonlySet<string>> } = {},
): Map<string, Partial<Record<Direction, string>>> {
  const out = new Map<string, Partial<Record<Direction, string>>>();
  const tanCone = Math.tan(((options.cone ?? NEIGHBOUR_CONE) * Math.PI) / 180);
  for (const p of points) {
    const moves: Partial<Record<Direction, string>> = {};
    const borders = options.adjacency?.get(p.key);
    for (const direction of DIRECTIONS) {
      const u = UNIT[direction];
      const best: ({ key: string; score: number } | undefined)[] = [
        undefined,
        undefined,
        undefined,
        undefined,
      ];
      for (const q of points) {
        if (q.key === p.key) continue;
        const dx = q.x - p.x;
        const dy = q.y - p.y;
        const along = dx * u.x + dy * u.y;
        if (along <= 1e-6) continue;
        const across = Math.abs(dx * u.y - dy * u.x);
        const score = along + 2 * across;
        const inCone = across <= along * tanCone;
        const adjacent = borders?.has(q.key) === true;
        const tier = inCone ? (adjacent ? 0 : 1) : adjacent ? 2 : 3;
        const current = best[tier];
        if (current === undefined || score < current.score) best[tier] = { key: q.key, score };
      }
      const chosen = best.find((b) => b !== undefined);
      if (chosen !== undefined) moves[direction] = chosen.key;
    }
    out.set(p.key, moves);
  }
  return out;
}

/** Keys reachable from `start` by arrow moves (breadth first), for tests and checks. */
export function reachable(
  neighbours: ReadonlyMap<string, Partial<Record<Direction, string>>>,
  start: string,
): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const key = queue.shift()!;
    for (const next of Object.values(neighbours.get(key) ?? {})) {
      if (next !== undefined && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
