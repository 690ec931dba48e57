/** Registers `<ict-province-map>` (harmless when a copy of the library already did). */
import { defineElement } from '../../chart/define.js';
import { IctProvinceMap } from './province-map.js';

defineElement('ict-province-map', IctProvinceMap);

declare global {
  interface HTMLElementTagNameMap {
    'ict-province-map': IctProvinceMap;
  }
}

export { IctProvinceMap };
