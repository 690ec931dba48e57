/**
 * The map geometry of `<ict-province-map>`: TopoJSON → GeoJSON (topojson-client), the projection fitted
 * to the plot (d3-geo Mercator: the files are WGS84 longitude/latitude, quantized with a `transform` that
 * `feature()` decodes), one SVG path string per province computed once per size, the archipelago insets,
 * and the placement of legend, insets and highlight label. Pure: no DOM, no lit.
 *
 * This is the only module of the library that imports d3-geo and topojson-client. The element loads it
 * with a dynamic `import()` when a map is on the page, so pages without a map never download it.
 */
import { geoIdentity, geoMercatorRaw, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh, neighbors } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { MIN_FONT_SIZE, MIN_TARGET } from '../../chart/geometry/bars.js';
import type { Rect } from '../../chart/geometry/rect.js';
import { LINE_HEIGHT, estimateTextWidth, wrapText, type TextMeasure } from '../../chart/geometry/text.js';
import type { Era } from '../../core/indicator/types.js';
import { findProvince, provincesOf, REGION_IDS, type RegionId } from '../../core/provinces/provinces.js';
import type { ArchipelagoId, BoundaryTopology } from './province-map.boundaries.js';
import {
  layoutLegend,
  moveLegend,
  Occupancy,
  placeBox,
  type LegendEntryInput,
  type LegendLayout,
  type MapText,
  type Point,
} from './province-map.geometry.js';

// ═══ Prepared boundaries (once per file) ═════════════════════════════════════════════════════════

type ProvinceGeometry = (TopoPolygon | TopoMultiPolygon) & { id?: string | number };

/** A boundary file made ready to draw: the mainland of each unit and the two archipelagos. */
export interface PreparedBoundaries {
  era: Era;
  /** Codes of the era, in code order (the order provinces are drawn and navigated in). */
  codes: string[];
  /** Each unit without the archipelago polygons (they are drawn in the insets), by code. */
  mainland: Map<string, Feature<MultiPolygon>>;
  /** Every unit's mainland together (for fitting the projection). */
  mainlandCollection: FeatureCollection<MultiPolygon>;
  /** Hoàng Sa and Trường Sa with the code of the unit they belong to in this era. */
  archipelagos: { id: ArchipelagoId; parentCode: string; feature: Feature<MultiPolygon> }[];
  /** Codes of the units each unit shares a border with (for the keyboard's moves). */
  adjacency: Map<string, Set<string>>;
  /** Coast and land border of the country (the mainland's outer edge). */
  outline: MultiLineString;
  /** The outer edge of each region's units. */
  regionOutlines: Partial<Record<RegionId, MultiLineString>>;
}

/** Radians per degree. */
const RADIANS = Math.PI / 180;

/** A longitude/latitude position in the spherical Mercator plane (y up, radians). */
function toPlane(p: Position): Position {
  return geoMercatorRaw(p[0]! * RADIANS, p[1]! * RADIANS);
}

function planarPolygons(coordinates: Position[][][]): Position[][][] {
  return coordinates.map((polygon) => polygon.map((ring) => ring.map(toPlane)));
}

/** The arc indexes (as non-negative numbers) of a polygon's rings. */
function arcsOf(rings: readonly number[][]): number[] {
  return rings.flat().map((i) => (i < 0 ? ~i : i));
}

/**
 * Prepares a checked topology for drawing, once per file. The archipelagos are also polygons of Đà Nẵng
 * and Khánh Hòa (the file's `archipelagos` object shares their arcs): polygons made only of archipelago
 * arcs are taken out of the mainland, so the map is not stretched 700 km into the sea.
 *
 * Every position is projected here, once, to the spherical Mercator plane: a layout then only scales and
 * moves the plane (`geoIdentity`), which is many times cheaper than running the spherical projection,
 * its antimeridian clipping and its adaptive resampling for each size (measured: ~90 ms → ~15 ms for the
 * 63 units at 640 px in Node). Over Viet Nam's extent this is exactly what `geoMercator()` would draw.
 */
export function prepareBoundaries(source: BoundaryTopology, era: Era): PreparedBoundaries {
  const topology = source as unknown as Topology;
  const provinces = topology.objects['provinces'] as GeometryCollection;
  const islandsObject = topology.objects['archipelagos'] as GeometryCollection;
  const islandArcs = new Set<number>();
  for (const g of islandsObject.geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const rings of polygons) for (const a of arcsOf(rings)) islandArcs.add(a);
  }
  const mainlandGeometries = provinces.geometries.map((g) => {
    const geometry = g as ProvinceGeometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    const kept = polygons.filter((rings) => !arcsOf(rings).every((a) => islandArcs.has(a)));
    return { ...geometry, type: 'MultiPolygon' as const, arcs: kept };
  });
  const mainlandObject: GeometryCollection = { type: 'GeometryCollection', geometries: mainlandGeometries };
  const collection = feature(topology, mainlandObject) as FeatureCollection<MultiPolygon>;
  const mainland = new Map<string, Feature<MultiPolygon>>();
  for (const f of collection.features) {
    mainland.set(String(f.id), {
      ...f,
      geometry: { type: 'MultiPolygon', coordinates: planarPolygons(f.geometry.coordinates) },
    });
  }
  const codes = provincesOf(era)
    .map((p) => p.code)
    .filter((code) => mainland.has(code));
  const islands = feature(topology, islandsObject) as FeatureCollection<MultiPolygon | Polygon>;
  const archipelagos = islands.features.map((f) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const parent = era === '2025-' ? props['parentCode34'] : props['parentCode63'];
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return {
      id: String(f.id ?? props['id']) as ArchipelagoId,
      parentCode: String(parent ?? ''),
      feature: {
        ...f,
        geometry: { type: 'MultiPolygon', coordinates: planarPolygons(polygons) },
      } as Feature<MultiPolygon>,
    };
  });
  const planarLines = (lines: MultiLineString): MultiLineString => ({
    type: 'MultiLineString',
    coordinates: lines.coordinates.map((line) => line.map(toPlane)),
  });
  const regionOf = (g: { id?: string | number }): RegionId | undefined =>
    findProvince(String(g.id), era)?.region;
  const regionOutlines: Partial<Record<RegionId, MultiLineString>> = {};
  for (const region of REGION_IDS) {
    const inRegion = (g: { id?: string | number }): boolean => regionOf(g) === region;
    regionOutlines[region] = planarLines(
      mesh(topology, mainlandObject, (a, b) => (a === b ? inRegion(a) : inRegion(a) !== inRegion(b))),
    );
  }
  const adjacency = new Map<string, Set<string>>();
  const ids = mainlandGeometries.map((g) => String(g.id));
  neighbors(mainlandGeometries).forEach((list, i) =>
    adjacency.set(ids[i]!, new Set(list.map((j) => ids[j]!))),
  );
  return {
    era,
    codes,
    mainland,
    adjacency,
    mainlandCollection: { type: 'FeatureCollection', features: codes.map((c) => mainland.get(c)!) },
    archipelagos,
    outline: planarLines(mesh(topology, mainlandObject, (a, b) => a === b)),
    regionOutlines,
  };
}

// ═══ Layout (once per size, language and legend) ═════════════════════════════════════════════════

/** Space around the map, CSS px. */
export const MAP_PAD = 4;
/** Under this width the map fills the width and the legend and insets go where the sea or a row below leaves room. */
export const MAP_NARROW_BELOW = 480;
/** Height of the map in the wide layout: the width, kept between these. */
export const MAP_MIN_HEIGHT = 400;
export const MAP_MAX_HEIGHT = 640;
/** Gap kept between the land, the boxes and the labels, CSS px. */
const GAP = 6;

/** One unit as drawn. */
export interface ProvinceShape {
  code: string;
  region: RegionId | undefined;
  /** SVG path of the unit's mainland (its coastal islands included). */
  d: string;
  /** Bounding box of the path. */
  bbox: Rect;
  /** Centre of its largest polygon: where the keyboard's spatial moves measure from. */
  centre: Point;
  /** The pointer and touch target: the bounding box grown to at least 24 × 24 px, inside the plot. */
  hit: Rect;
  /** `d` moved into `hit`'s coordinates, for `clip-path: path(…)` on the navigation item over it. */
  clip: string;
}

/** An archipelago inset: a framed box with the islands projected on their own and their name. */
export interface InsetShape {
  id: ArchipelagoId;
  parentCode: string;
  box: Rect;
  /** The islands (reefs and shoals included) as one path, in plot px. */
  d: string;
  label: MapText;
}

/** What {@link layoutMap} is given besides the boundaries. */
export interface MapLayoutInput {
  /** Width of the plot, CSS px. */
  width: number;
  /** Font size of labels, CSS px (at least 12). */
  fontSize: number;
  measure?: TextMeasure;
  legend: { title: string; entries: readonly LegendEntryInput[] };
  /** Lines of each inset's name ("Quần đảo Hoàng Sa", "(Đà Nẵng)"). */
  insetNames: Readonly<Record<ArchipelagoId, readonly string[]>>;
  /** The highlighted unit and its label ("◆ Bến Tre"). */
  highlight?: { code: string; text: string };
}

/** Everything the element draws, in plot px. */
export interface MapLayout {
  width: number;
  height: number;
  narrow: boolean;
  /** In code order. */
  provinces: ProvinceShape[];
  /** Coast and land border of the country (the mainland's outer edge). */
  outline: string;
  /** The outer edge of each region's units (the focus ring of a region). */
  regionOutlines: Partial<Record<RegionId, string>>;
  insets: InsetShape[];
  legend: LegendLayout;
  highlightLabel?: { text: MapText; leader: { x1: number; y1: number; x2: number; y2: number } };
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

function boundsRect(b: [[number, number], [number, number]]): Rect {
  return { x: b[0][0], y: b[0][1], width: b[1][0] - b[0][0], height: b[1][1] - b[0][1] };
}

/** A rectangle at least `min` px on each side, centred on `rect`, kept inside `width` × `height`. */
function growTo(rect: Rect, min: number, width: number, height: number): Rect {
  const w = Math.max(rect.width, min);
  const h = Math.max(rect.height, min);
  const x = Math.min(Math.max(0, rect.x + rect.width / 2 - w / 2), Math.max(0, width - w));
  const y = Math.min(Math.max(0, rect.y + rect.height / 2 - h / 2), Math.max(0, height - h));
  return { x: round1(x), y: round1(y), width: round1(w), height: round1(h) };
}

/** The projected rings of a feature, for the occupancy grid. */
function projectedRings(f: Feature<MultiPolygon>, projection: ReturnType<typeof geoIdentity>): Point[][] {
  const out: Point[][] = [];
  for (const polygon of f.geometry.coordinates) {
    for (const ring of polygon) {
      out.push(
        ring.map((p: Position) => {
          const xy = projection([p[0]!, p[1]!]) ?? [0, 0];
          return { x: xy[0], y: xy[1] };
        }),
      );
    }
  }
  return out;
}

/** Wraps an inset's name to its box and returns the text and the height it takes. */
function insetLabel(lines: readonly string[], box: Rect, fontSize: number, measure: TextMeasure): MapText {
  const font = { size: fontSize };
  const lineHeight = Math.round(fontSize * LINE_HEIGHT);
  const wrapped = lines.flatMap((line, i) =>
    wrapText(line, box.width - 2 * GAP, i === 0 ? { ...font, bold: true } : font, measure),
  );
  const width = Math.max(...wrapped.map((l, i) => measure(l, i === 0 ? { ...font, bold: true } : font)));
  return {
    lines: wrapped,
    x: box.x + GAP,
    y: box.y + GAP + fontSize,
    lineHeight,
    anchor: 'start',
    font,
    box: { x: box.x + GAP, y: box.y + GAP, width, height: wrapped.length * lineHeight },
  };
}

/** Height an inset of width `w` needs: its name and an island area about 0.7 × as tall as wide. */
function insetHeight(lines: readonly string[], w: number, fontSize: number, measure: TextMeasure): number {
  const label = insetLabel(lines, { x: 0, y: 0, width: w, height: 0 }, fontSize, measure);
  return Math.round(GAP + label.box.height + GAP + w * 0.62 + GAP);
}

/**
 * Lays the map out for a width:
 * - the mainland, fitted with a Mercator projection: to the width under {@link MAP_NARROW_BELOW} px (a
 *   320 px phone shows the whole S, about 2.1 × as tall as wide), else to a height of the width kept in
 *   400–640 px, at the left;
 * - Hoàng Sa and Trường Sa in framed, named insets placed in free sea nearest to where the islands are
 *   (east of the coast), then the legend (top right of the land when wide); a box that finds no free
 *   space goes to a row under the map — that is how the insets move on a phone;
 * - the highlighted unit's label in free space nearest to it, with a leader line.
 * Nothing overlaps the land, another box or the plot's edge (checked on a 4 px occupancy grid).
 */
export function layoutMap(prepared: PreparedBoundaries, input: MapLayoutInput): MapLayout {
  const measure = input.measure ?? estimateTextWidth;
  const fontSize = Math.max(MIN_FONT_SIZE, input.fontSize);
  const width = Math.max(1, Math.round(input.width));
  const narrow = width < MAP_NARROW_BELOW;
  const land = prepared.mainlandCollection as GeoPermissibleObjects;

  // fitWidth / fitHeight put the land's top-left corner at (0, 0); the padding is added after. The plane
  // is Mercator already (see prepareBoundaries): only y must be flipped.
  const projection = geoIdentity().reflectY(true);
  const unit = geoPath(projection).bounds(land);
  const k = narrow
    ? (width - 2 * MAP_PAD) / (unit[1][0] - unit[0][0])
    : (Math.min(MAP_MAX_HEIGHT, Math.max(MAP_MIN_HEIGHT, width)) - 2 * MAP_PAD) / (unit[1][1] - unit[0][1]);
  projection.scale(k).translate([MAP_PAD - unit[0][0] * k, MAP_PAD - unit[0][1] * k]);
  const path = geoPath(projection).digits(1);
  const landBox = boundsRect(path.bounds(land));
  let height = Math.ceil(landBox.y + landBox.height + MAP_PAD);

  // The land on the occupancy grid, then the boxes one by one.
  const occupancy = new Occupancy(width, height);
  const shapes: Omit<ProvinceShape, 'hit' | 'clip'>[] = prepared.codes.map((code) => {
    const f = prepared.mainland.get(code)!;
    occupancy.markPolygon(projectedRings(f, projection));
    // The centre of the largest polygon: Quảng Ninh's and Kiên Giang's islands must not pull it to sea.
    let largest = f.geometry.coordinates[0]!;
    let area = -1;
    for (const polygon of f.geometry.coordinates) {
      const a = path.area({ type: 'Polygon', coordinates: polygon });
      if (a > area) {
        area = a;
        largest = polygon;
      }
    }
    const [cx, cy] = path.centroid({ type: 'Polygon', coordinates: largest });
    return {
      code,
      region: findProvince(code, prepared.era)?.region,
      d: path(f) ?? '',
      bbox: boundsRect(path.bounds(f)),
      centre: { x: round1(cx), y: round1(cy) },
    };
  });

  // Boxes to place: the two insets (names measured), then the legend.
  const insetWidth = Math.round(Math.min(220, Math.max(120, width * (narrow ? 0.36 : 0.3))));
  const legendMax = narrow
    ? Math.min(width - 2 * MAP_PAD, 260)
    : Math.min(280, Math.max(160, width - landBox.width - 4 * MAP_PAD));
  const legend0 = layoutLegend(input.legend.title, input.legend.entries, {
    fontSize,
    maxWidth: legendMax,
    measure,
  });
  const whole: Rect = { x: 0, y: 0, width, height };
  const below: Rect[] = [];

  // The insets stay east of the land's middle: over the sea, never over Laos or Cambodia.
  const east = Math.round(landBox.x + landBox.width * 0.55);
  const sea: Rect = { x: east, y: 0, width: width - east, height };
  const placed = new Map<string, Rect>();
  const tryPlace = (
    key: string,
    sizes: { width: number; height: number }[],
    target: Point,
    area: Rect,
  ): void => {
    for (const size of sizes) {
      if (size.width > width - 2 * MAP_PAD) continue;
      const box = placeBox(occupancy, size, target, area, GAP);
      if (box !== undefined) {
        occupancy.markRect(box);
        placed.set(key, box);
        return;
      }
    }
    below.push({ x: 0, y: 0, ...sizes[sizes.length - 1]! });
    placed.set(key, below[below.length - 1]!);
  };

  // Wide: the legend takes the top right of the land first, the insets the sea below it. Narrow: the
  // insets look for sea near their islands first; the legend then takes what is left (often Laos' side).
  const placeLegend = (): void => {
    const legendTarget: Point = narrow
      ? { x: legend0.box.width / 2, y: height * 0.45 }
      : { x: landBox.x + landBox.width + GAP + legend0.box.width / 2, y: MAP_PAD + legend0.box.height / 2 };
    tryPlace('legend', [{ width: legend0.box.width, height: legend0.box.height }], legendTarget, whole);
  };
  const placeInsets = (): void => {
    for (const island of prepared.archipelagos) {
      const lines = input.insetNames[island.id] ?? [];
      const sizes = [1, 0.85, 0.72].map((k) => {
        const w = Math.max(104, Math.round(insetWidth * k));
        return { width: w, height: insetHeight(lines, w, fontSize, measure) };
      });
      const [gx, gy] = path.centroid(island.feature as GeoPermissibleObjects);
      const target = {
        x: Math.min(width - MAP_PAD - sizes[0]!.width / 2, Number.isFinite(gx) ? gx : width),
        y: Math.min(
          height - sizes[0]!.height / 2,
          Math.max(sizes[0]!.height / 2, Number.isFinite(gy) ? gy : height / 2),
        ),
      };
      tryPlace(island.id, sizes, target, sea);
    }
  };
  if (narrow) {
    placeInsets();
    placeLegend();
  } else {
    placeLegend();
    placeInsets();
  }

  // What found no room goes into rows under the map, left to right.
  if (below.length > 0) {
    let x = MAP_PAD;
    let y = height + GAP;
    let rowHeight = 0;
    for (const box of below) {
      if (x + box.width > width - MAP_PAD && x > MAP_PAD) {
        x = MAP_PAD;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      box.x = x;
      box.y = y;
      x += box.width + GAP;
      rowHeight = Math.max(rowHeight, box.height);
    }
    height = Math.ceil(y + rowHeight + MAP_PAD);
  }

  const insets: InsetShape[] = prepared.archipelagos.map((island) => {
    const box = placed.get(island.id)!;
    const label = insetLabel(input.insetNames[island.id] ?? [], box, fontSize, measure);
    const top = label.box.y + label.box.height + GAP;
    const inner = geoIdentity()
      .reflectY(true)
      .fitExtent(
        [
          [box.x + GAP, top],
          [box.x + box.width - GAP, Math.max(top + 10, box.y + box.height - GAP)],
        ],
        island.feature as GeoPermissibleObjects,
      );
    return {
      id: island.id,
      parentCode: island.parentCode,
      box,
      d: geoPath(inner).digits(1)(island.feature as GeoPermissibleObjects) ?? '',
      label,
    };
  });
  const legendBox = placed.get('legend')!;
  const legend = moveLegend(legend0, legendBox.x, legendBox.y);

  // The clip path of each navigation item: the same shape drawn with the plane moved into the item's box.
  const [px, py] = projection.translate();
  const local = geoIdentity().reflectY(true).scale(k);
  const localPath = geoPath(local).digits(1);
  const provinces: ProvinceShape[] = shapes.map((s) => {
    const hit = growTo(s.bbox, MIN_TARGET, width, height);
    local.translate([px - hit.x, py - hit.y]);
    return { ...s, hit, clip: localPath(prepared.mainland.get(s.code)!) ?? '' };
  });
  const regionOutlines: Partial<Record<RegionId, string>> = {};
  for (const region of REGION_IDS) {
    const lines = prepared.regionOutlines[region];
    if (lines !== undefined) regionOutlines[region] = path(lines) ?? '';
  }
  const outline = path(prepared.outline) ?? '';

  let highlightLabel: MapLayout['highlightLabel'];
  const hl =
    input.highlight === undefined ? undefined : provinces.find((p) => p.code === input.highlight!.code);
  if (hl !== undefined && input.highlight !== undefined) {
    const font = { size: fontSize, bold: true };
    const textWidth = Math.ceil(measure(input.highlight.text, font));
    const size = { width: textWidth + 8, height: Math.round(fontSize * 1.4) };
    const labelOccupancy = occupancy;
    for (const box of below) labelOccupancy.markRect(box);
    const area: Rect = {
      x: 0,
      y: 0,
      width,
      height: Math.min(height, labelOccupancy.rows * labelOccupancy.cell),
    };
    const box = placeBox(labelOccupancy, size, hl.centre, area, 2) ??
      // No free space at all (a very narrow plot): over the land, kept inside the plot; the text has a halo.
      {
        x: Math.min(Math.max(MAP_PAD, hl.centre.x - size.width / 2), width - MAP_PAD - size.width),
        y: Math.min(Math.max(MAP_PAD, hl.centre.y - size.height - 6), height - MAP_PAD - size.height),
        ...size,
      };
    const anchorX = Math.min(Math.max(hl.centre.x, box.x), box.x + box.width);
    const anchorY = Math.min(Math.max(hl.centre.y, box.y), box.y + box.height);
    highlightLabel = {
      text: {
        lines: [input.highlight.text],
        x: box.x + 4,
        y: box.y + Math.round(size.height / 2 + fontSize * 0.35),
        lineHeight: size.height,
        anchor: 'start',
        font,
        box: { x: box.x + 4, y: box.y, width: textWidth, height: size.height },
      },
      leader: { x1: round1(anchorX), y1: round1(anchorY), x2: hl.centre.x, y2: hl.centre.y },
    };
  }

  return { width, height, narrow, provinces, outline, regionOutlines, insets, legend, highlightLabel };
}
