/** Registers `<ict-subscriber-density>` (harmless when a copy of the library already did). */
import { defineElement } from '../../chart/define.js';
import { IctSubscriberDensity } from './subscriber-density.js';

defineElement('ict-subscriber-density', IctSubscriberDensity);

declare global {
  interface HTMLElementTagNameMap {
    'ict-subscriber-density': IctSubscriberDensity;
  }
}

export { IctSubscriberDensity };
