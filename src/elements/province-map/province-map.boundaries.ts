/**
 * Fetching and checking a boundary file (TopoJSON) for `<ict-province-map>`. No d3 here: the element
 * imports this module eagerly, and it only runs when a map is on the page.
 *
 * Every failure is a value, never an exception, and becomes a {@link DataIssue} on the path
 * `boundaries-src` that the map shows in its error state (`role="alert"`).
 */
import type { DataIssue, Era } from '../../core/indicator/types.js';
import { provincesOf } from '../../core/provinces/provinces.js';
import { BOUNDARY_UNITS } from '../../maps/boundaries.js';

/** The issue path of boundary problems (the attribute that names the file). */
export const BOUNDARY_PATH = 'boundaries-src';

/** A boundary file's time limit, headers and body together. */
export const BOUNDARY_TIMEOUT_MS = 20_000;

/** The archipelagos every map must show, as ids of the files' `archipelagos` object. */
export const ARCHIPELAGO_IDS = ['hoang-sa', 'truong-sa'] as const;
export type ArchipelagoId = (typeof ARCHIPELAGO_IDS)[number];

/** A TopoJSON topology, checked for what the map reads (the geo module reads the rest). */
export interface BoundaryTopology {
  type: 'Topology';
  arcs: unknown[];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: {
    provinces: { type: 'GeometryCollection'; geometries: { id?: unknown; type: string }[] };
    archipelagos: { type: 'GeometryCollection'; geometries: { id?: unknown; type: string }[] };
    [name: string]: unknown;
  };
}

export type BoundaryResult = { ok: true; topology: BoundaryTopology } | { ok: false; issue: DataIssue };

function issue(code: DataIssue['code'], got: unknown, expected?: string): BoundaryResult {
  const out: DataIssue = { code, path: BOUNDARY_PATH, got, severity: 'error' };
  if (expected !== undefined) out.expected = expected;
  return { ok: false, issue: out };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function collection(
  v: unknown,
): v is { type: 'GeometryCollection'; geometries: { id?: unknown; type: string }[] } {
  return isObject(v) && v['type'] === 'GeometryCollection' && Array.isArray(v['geometries']);
}

/**
 * Checks a parsed boundary file for `era`: a TopoJSON `Topology` with a `provinces` collection whose ids
 * are exactly the codes of the era's units, and an `archipelagos` collection with Hoàng Sa and Trường Sa.
 * A file of the other era (63 units where 34 are wanted) is refused with the counts.
 */
export function checkTopology(json: unknown, era: Era): BoundaryResult {
  if (
    !isObject(json) ||
    json['type'] !== 'Topology' ||
    !Array.isArray(json['arcs']) ||
    !isObject(json['objects'])
  ) {
    return issue('wrong-type', isObject(json) ? json['type'] : typeof json, 'TopoJSON Topology');
  }
  const objects = json['objects'];
  const provinces = objects['provinces'];
  const archipelagos = objects['archipelagos'];
  if (!collection(provinces)) return issue('missing-field', 'objects.provinces', 'GeometryCollection');
  if (!collection(archipelagos)) return issue('missing-field', 'objects.archipelagos', 'GeometryCollection');
  const ids = new Set(provinces.geometries.map((g) => String(g.id)));
  const wanted = provincesOf(era).map((p) => p.code);
  if (ids.size !== wanted.length || wanted.some((code) => !ids.has(code))) {
    return issue('unknown-value', `${provinces.geometries.length}`, `${BOUNDARY_UNITS[era]} (${era})`);
  }
  const islands = new Set(archipelagos.geometries.map((g) => String(g.id)));
  for (const id of ARCHIPELAGO_IDS) if (!islands.has(id)) return issue('missing-field', `archipelagos.${id}`);
  return { ok: true, topology: json as unknown as BoundaryTopology };
}

/**
 * Fetches and checks the boundary file at `url` for `era`. Never throws. Issues (path `boundaries-src`):
 * `fetch-failed` (network, CORS, aborted), `fetch-timeout`, `http-status` (`got`: the status),
 * `invalid-json`, and those of {@link checkTopology}.
 */
export async function loadBoundaries(
  url: string,
  era: Era,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<BoundaryResult> {
  const controller = new AbortController();
  const outer = options.signal;
  const forward = () => controller.abort(outer?.reason);
  if (outer?.aborted) return issue('fetch-failed', url);
  outer?.addEventListener('abort', forward, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? BOUNDARY_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    } catch {
      return timedOut ? issue('fetch-timeout', url) : issue('fetch-failed', url);
    }
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      return issue('http-status', response.status, '200–299');
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      return timedOut ? issue('fetch-timeout', url) : issue('fetch-failed', url);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return issue('invalid-json', url);
    }
    return checkTopology(json, era);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
  }
}

/**
 * One request per URL and era for the whole page: fifty maps share one download. A failed load is
 * forgotten, so Retry asks again.
 */
const cache = new Map<string, Promise<BoundaryResult>>();

/** {@link loadBoundaries} through the page-wide cache (no abort: other maps may wait for the same file). */
export function loadBoundariesShared(url: string, era: Era): Promise<BoundaryResult> {
  const key = `${era} ${url}`;
  let pending = cache.get(key);
  if (pending === undefined) {
    pending = loadBoundaries(url, era).then((result) => {
      if (!result.ok) cache.delete(key);
      return result;
    });
    cache.set(key, pending);
  }
  return pending;
}
