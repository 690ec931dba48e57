/** Registers `<ict-coverage>` (harmless when a copy of the library already did). */
import { defineElement } from '../../chart/define.js';
import { IctCoverage } from './coverage.js';

defineElement('ict-coverage', IctCoverage);

declare global {
  interface HTMLElementTagNameMap {
    'ict-coverage': IctCoverage;
  }
}

export { IctCoverage };
