/**
 * Grouping of navigation items by region: 63 provinces → 6 regions (34 → 6), so any province is a few
 * key presses away and "where am I" says "Bắc Trung Bộ › Hà Tĩnh".
 */
import type { Language, ResolvedPlace } from '../core/indicator/types.js';
import { REGION_IDS, findProvince, regionName } from '../core/provinces/provinces.js';
import type { NavItem } from './controllers/navigation-controller.js';

/**
 * `leaves` (one per place in `places`, same order) grouped by region when there are more than
 * `minItems` and every place is a distinct known province; otherwise the flat list (the navigation
 * bins long flat lists itself).
 */
export function groupByRegion(
  places: readonly ResolvedPlace[],
  leaves: readonly NavItem[],
  lang: Language,
  minItems = 12,
): NavItem[] {
  if (leaves.length <= minItems) return [...leaves];
  const distinct = new Set(places.map((p) => `${p.era}:${p.code}`));
  if (distinct.size !== places.length) return [...leaves]; // several marks per place: regions would not help
  const regions = places.map((p) => findProvince(p.code, p.era)?.region);
  if (regions.some((r) => r === undefined)) return [...leaves];
  return REGION_IDS.flatMap((region) => {
    const children = leaves.filter((_, i) => regions[i] === region);
    if (children.length === 0) return [];
    const name = regionName(region, lang);
    return [{ key: `region:${region}`, label: name, text: name, children }];
  });
}
