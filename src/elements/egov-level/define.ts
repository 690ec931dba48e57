/** Registers `<ict-egov-level>` (harmless when a copy of the library already did). */
import { defineElement } from '../../chart/define.js';
import { IctEgovLevel } from './egov-level.js';

defineElement('ict-egov-level', IctEgovLevel);

declare global {
  interface HTMLElementTagNameMap {
    'ict-egov-level': IctEgovLevel;
  }
}

export { IctEgovLevel };
