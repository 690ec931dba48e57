/** Registers `<ict-province-compare>` (harmless when a copy of the library already did). */
import { defineElement } from '../../chart/define.js';
import { IctProvinceCompare } from './province-compare.js';

defineElement('ict-province-compare', IctProvinceCompare);

declare global {
  interface HTMLElementTagNameMap {
    'ict-province-compare': IctProvinceCompare;
  }
}

export { IctProvinceCompare };
