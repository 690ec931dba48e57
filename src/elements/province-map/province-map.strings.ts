/**
 * The texts of `<ict-province-map>` in Vietnamese and English. Keys start with `map` so that they share one
 * override object (`strings` property) with the frame's UI strings, the navigation's `nav*` strings and the
 * data catalogue. Numbers arrive formatted (by `src/core/format`); nothing here formats a number.
 */
import { withOverrides } from '../../chart/i18n/ui.js';
import type { Era, Language } from '../../core/indicator/types.js';
import type { ArchipelagoId } from './province-map.boundaries.js';
import type { Direction } from './province-map.geometry.js';
import type { MapProblem } from './province-map.data.js';

/** Every text of the map that the frame, the navigation and the data catalogue do not have. */
export interface MapStrings {
  /** Summary sentence: which units and era the map shows, and that the archipelagos are on it. */
  mapEra: (era: Era, units: string) => string;
  /** Summary sentence when old units were summed onto the 2025 units. */
  mapAggregated: string;
  /** Summary sentence on diverging colours: the reference value, and whether it is the computed mean. */
  mapReference: (value: string, isMean: boolean) => string;
  /** Summary sentence: values of the data the map leaves out (other era, periods or series). */
  mapDropped: (count: number, countText: string) => string;
  /** Title of the legend for an indicator without a unit word (counts). */
  mapLegendValue: string;
  /** A class in names and tooltips: "lớp màu 3 trong 5 (50–75)". */
  mapClass: (index: string, count: string, range: string) => string;
  /** Header of the table column that gives each row's colour class. */
  mapClassColumn: string;
  /** The name of an archipelago and the unit it belongs to, as the lines of its inset. */
  mapInset: (id: ArchipelagoId, parent: string) => string[];
  /** Tooltip line of the unit an archipelago belongs to: "Gồm quần đảo Hoàng Sa". */
  mapIncludes: (id: ArchipelagoId) => string;
  /** The words before the boundary credit: "Ranh giới tỉnh". */
  mapAttribution: string;
  /** The status line while the boundaries load. */
  mapLoading: string;
  /** Heading of a boundary file error; the reason follows. */
  mapBoundaryError: (url: string) => string;
  /** Why the data cannot be drawn as a map, with the indicator's label. */
  mapProblem: (problem: MapProblem, label: string) => string;
  /** Said when an arrow finds no unit further in its direction. */
  mapEdge: (direction: Direction) => string;
  /** The help dialog's line for the arrow keys on a map. */
  mapArrowHelp: (direction: Direction) => string;
  /** Name of the navigation tree. */
  mapTreeLabel: (title: string) => string;
}

const vi: MapStrings = {
  mapEra: (era, units) =>
    era === '2025-'
      ? `Bản đồ ${units} tỉnh, thành phố từ ngày 1/7/2025, có quần đảo Hoàng Sa và Trường Sa.`
      : `Bản đồ ${units} tỉnh, thành phố trước ngày 1/7/2025, có quần đảo Hoàng Sa và Trường Sa.`,
  mapAggregated: 'Giá trị của mỗi đơn vị mới là tổng của các tỉnh cũ hợp thành.',
  mapReference: (value, isMean) =>
    isMean
      ? `Màu chia hai phía quanh mức ${value}, trung bình các tỉnh (không theo dân số).`
      : `Màu chia hai phía quanh mức ${value}.`,
  mapDropped: (_count, countText) =>
    `${countText} giá trị khác (kỳ trước hoặc phân loại khác) không vẽ trên bản đồ.`,
  mapLegendValue: 'Giá trị',
  mapClass: (index, count, range) => `lớp màu ${index} trong ${count} (${range})`,
  mapClassColumn: 'Lớp màu',
  mapInset: (id, parent) => [id === 'hoang-sa' ? 'Quần đảo Hoàng Sa' : 'Quần đảo Trường Sa', `(${parent})`],
  mapIncludes: (id) => (id === 'hoang-sa' ? 'Gồm quần đảo Hoàng Sa' : 'Gồm quần đảo Trường Sa'),
  mapAttribution: 'Ranh giới tỉnh',
  mapLoading: 'Đang tải bản đồ…',
  mapBoundaryError: (url) => `Không tải được tệp ranh giới tỉnh ${url}`,
  mapProblem: (problem, label) => {
    switch (problem) {
      case 'rate-not-summable':
        return `Không thể cộng “${label}” của các tỉnh cũ thành 34 đơn vị mới: tỷ lệ và mật độ không cộng được. Hãy cung cấp số liệu của 34 đơn vị mới, hoặc bỏ thuộc tính era.`;
      case 'cannot-split':
        return `Số liệu “${label}” là của 34 đơn vị mới, không tách được thành 63 tỉnh cũ. Hãy bỏ thuộc tính era hoặc đặt era="2025-".`;
      default:
        return `Không có giá trị nào của “${label}” để vẽ bản đồ.`;
    }
  },
  mapEdge: (direction) => `Không còn tỉnh nào ở phía ${DIRECTION_VI[direction]}`,
  mapArrowHelp: (direction) =>
    `Tỉnh kề bên ở phía ${DIRECTION_VI[direction]} trên bản đồ (trên một nhóm vùng: ${NAV_HINT_VI[direction]})`,
  mapTreeLabel: (title) => `${title}: các tỉnh, thành phố`,
};

const DIRECTION_VI: Readonly<Record<Direction, string>> = {
  left: 'tây',
  right: 'đông',
  up: 'bắc',
  down: 'nam',
};
const NAV_HINT_VI: Readonly<Record<Direction, string>> = {
  left: 'nhóm trước',
  right: 'nhóm sau',
  up: 'lên cấp trên',
  down: 'vào nhóm',
};

const en: MapStrings = {
  mapEra: (era, units) =>
    era === '2025-'
      ? `Map of the ${units} provinces and cities from 1 July 2025, with the Hoang Sa and Truong Sa archipelagos.`
      : `Map of the ${units} provinces and cities before 1 July 2025, with the Hoang Sa and Truong Sa archipelagos.`,
  mapAggregated: 'Each new unit’s value is the sum of the old provinces it was formed from.',
  mapReference: (value, isMean) =>
    isMean
      ? `Colours diverge around ${value}, the mean of the provinces (not weighted by population).`
      : `Colours diverge around ${value}.`,
  mapDropped: (count, countText) =>
    `${countText} other ${count === 1 ? 'value' : 'values'} (earlier periods or other series) not drawn on the map.`,
  mapLegendValue: 'Value',
  mapClass: (index, count, range) => `colour class ${index} of ${count} (${range})`,
  mapClassColumn: 'Colour class',
  mapInset: (id, parent) => [
    id === 'hoang-sa' ? 'Hoang Sa Archipelago' : 'Truong Sa Archipelago',
    `(${parent})`,
  ],
  mapIncludes: (id) =>
    id === 'hoang-sa' ? 'Includes the Hoang Sa Archipelago' : 'Includes the Truong Sa Archipelago',
  mapAttribution: 'Province boundaries',
  mapLoading: 'Loading the map…',
  mapBoundaryError: (url) => `The province boundary file ${url} could not be loaded`,
  mapProblem: (problem, label) => {
    switch (problem) {
      case 'rate-not-summable':
        return `“${label}” of the old provinces cannot be added up into the 34 new units: rates and densities do not add. Provide the new units’ values, or remove the era attribute.`;
      case 'cannot-split':
        return `The “${label}” data is for the 34 new units and cannot be split into the 63 old provinces. Remove the era attribute or set era="2025-".`;
      default:
        return `“${label}” has no value to map.`;
    }
  },
  mapEdge: (direction) => `No province further ${DIRECTION_EN[direction]}`,
  mapArrowHelp: (direction) =>
    `Neighbouring province to the ${DIRECTION_EN[direction]} on the map (on a region group: ${NAV_HINT_EN[direction]})`,
  mapTreeLabel: (title) => `${title}: provinces and cities`,
};

const DIRECTION_EN: Readonly<Record<Direction, string>> = {
  left: 'west',
  right: 'east',
  up: 'north',
  down: 'south',
};
const NAV_HINT_EN: Readonly<Record<Direction, string>> = {
  left: 'previous group',
  right: 'next group',
  up: 'up a level',
  down: 'into the group',
};

/** Built-in map texts, Vietnamese first. */
export const MAP_STRINGS: Readonly<Record<Language, MapStrings>> = { vi, en };

/** The map texts for `lang` with the page's overrides applied. */
export function mapStrings(
  lang: Language,
  overrides?: Partial<Record<Language, Partial<MapStrings>>>,
): MapStrings {
  return withOverrides(MAP_STRINGS[lang], overrides?.[lang]);
}
