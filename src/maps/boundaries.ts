/**
 * Where the province boundary files are, and the credit their licence asks for. No geometry code and no
 * dependency: `<ict-province-map>` imports this small module eagerly and loads d3-geo, topojson-client and
 * the files themselves only when a map is on the page.
 *
 * The files are CC BY-SA 4.0 (see `LICENSE-DATA.md` beside them), not MIT like the code.
 */
import type { Era } from '../core/indicator/types.js';

/** File name of each era's boundaries, as shipped in this folder (`src/maps/`, `dist/maps/`). */
export const BOUNDARY_FILES: Readonly<Record<Era, string>> = {
  '2008-2025': 'vn-provinces-63.topo.json',
  '2025-': 'vn-provinces-34.topo.json',
};

/** Number of province-level units in each era's file. */
export const BOUNDARY_UNITS: Readonly<Record<Era, number>> = { '2008-2025': 63, '2025-': 34 };

/**
 * The folder of the files relative to the module that resolves them. This module sits one folder below
 * the package root in the sources (`src/maps/boundaries.ts`) and is bundled into a file one folder below
 * `dist/` in every build (`dist/elements/…`, `dist/chunks/…`, `dist/cdn/…`): `../maps/` names `src/maps/`
 * in the first case and `dist/maps/` in the others. It is a variable, not a literal inside `new URL()`,
 * on purpose: Vite rewrites `new URL('literal', import.meta.url)` and in library mode inlines the file as
 * a base64 data URL, which would put 250 kB of boundaries into the bundle of every page.
 */
const FOLDER = '../maps/';

/**
 * The default URL of an era's boundary file, resolved against this module's own URL, so it follows the
 * library wherever it is served from (`/src/maps/…` in development, `…/dist/maps/…` from npm or a CDN).
 * A site that copies only the CDN module must copy the maps too, or set `boundaries-src`.
 */
export function defaultBoundaryUrl(era: Era): string {
  const path = FOLDER + BOUNDARY_FILES[era];
  return new URL(path, import.meta.url).href;
}

/**
 * The URL to fetch for `era`: the page's `boundaries-src` when given — `{units}` in it becomes `63` or
 * `34`, so one attribute can name both files (`/static/maps/vn-provinces-{units}.topo.json`) — else the
 * default. Relative URLs are resolved against the document, like any other URL attribute.
 */
export function boundaryUrl(era: Era, override?: string | null): string {
  const own = override?.trim();
  if (own === undefined || own === '') return defaultBoundaryUrl(era);
  const filled = own.replace(/\{units\}/g, String(BOUNDARY_UNITS[era]));
  try {
    return new URL(filled, typeof document !== 'undefined' ? document.baseURI : undefined).href;
  } catch {
    return filled; // not a URL: the fetch fails and the map says so
  }
}

/** Who the boundaries are credited to, verbatim (the licence asks for it wherever a map is shown). */
export const BOUNDARY_CREDIT = 'Open Development Mekong / Department of Survey and Mapping (Viet Nam)';

/** The licence of the boundaries, its short name and its deed. */
export const BOUNDARY_LICENCE = 'CC BY-SA 4.0';
export const BOUNDARY_LICENCE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** The full credit line: "Open Development Mekong / … (Viet Nam), CC BY-SA 4.0". */
export const BOUNDARY_ATTRIBUTION = `${BOUNDARY_CREDIT}, ${BOUNDARY_LICENCE}`;
