/**
 * Typed events of the ict-charts elements. Every event is namespaced `ict-*` in kebab-case, bubbles and is
 * `composed`, so a page can listen on any ancestor, across shadow roots. Each event is a `CustomEvent`
 * subclass: `event.detail` works in every framework, and `instanceof` narrows the type.
 *
 * @example
 * ```ts
 * chart.addEventListener('ict-select', (event) => console.log(event.detail.key, event.detail.value));
 * ```
 */
import type { DataIssue, IndicatorDataset, Period, ResolvedPlace } from '../core/indicator/types.js';

/** What an `ict-select` and an `ict-mark-focus` event say about the mark. */
export interface IctMarkDetail {
  /** Stable key of the mark inside its element (unique per element). */
  key: string;
  /** Id of the indicator the mark shows. */
  indicator: string;
  /** The place of the mark, when the mark is about one place. */
  place?: ResolvedPlace;
  /** The period of the mark, when the mark is about one period. */
  period?: Period;
  /** The value of the mark, `null` for a missing value. */
  value: number | null;
}

/** What an `ict-data-load` event carries. */
export interface IctDataLoadDetail {
  /** The validated dataset the element now shows. */
  dataset: IndicatorDataset;
  /** Problems that did not stop the chart (the valid part is drawn). */
  warnings: DataIssue[];
}

/** What an `ict-data-error` event carries. */
export interface IctDataErrorDetail {
  /** The problems that stopped the chart; the element shows them. */
  issues: DataIssue[];
}

const BUBBLING = { bubbles: true, composed: true } as const;

/** `ict-select`: the user selected a mark (Enter or Space on the focused mark, or a click). */
export class IctSelectEvent extends CustomEvent<IctMarkDetail> {
  static readonly eventName = 'ict-select' as const;
  constructor(detail: IctMarkDetail) {
    super(IctSelectEvent.eventName, { ...BUBBLING, detail });
  }
}

/** `ict-mark-focus`: a mark got keyboard focus (arrow keys, Home/End, or Tab into the chart). */
export class IctFocusMarkEvent extends CustomEvent<IctMarkDetail> {
  static readonly eventName = 'ict-mark-focus' as const;
  constructor(detail: IctMarkDetail) {
    super(IctFocusMarkEvent.eventName, { ...BUBBLING, detail });
  }
}

/** `ict-data-load`: new data was parsed and validated, and the element shows it. */
export class IctDataLoadEvent extends CustomEvent<IctDataLoadDetail> {
  static readonly eventName = 'ict-data-load' as const;
  constructor(detail: IctDataLoadDetail) {
    super(IctDataLoadEvent.eventName, { ...BUBBLING, detail });
  }
}

/** `ict-data-error`: the data could not be loaded or is invalid; the element shows the issues. */
export class IctDataErrorEvent extends CustomEvent<IctDataErrorDetail> {
  static readonly eventName = 'ict-data-error' as const;
  constructor(detail: IctDataErrorDetail) {
    super(IctDataErrorEvent.eventName, { ...BUBBLING, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ict-select': IctSelectEvent;
    'ict-mark-focus': IctFocusMarkEvent;
    'ict-data-load': IctDataLoadEvent;
    'ict-data-error': IctDataErrorEvent;
  }
}

/**
 * Dispatches `event` on `target`. Elements document their events with `@fires`; calling
 * `dispatchEvent` through this function keeps the manifest analyzer from inventing an event per call.
 */
export function emit(target: EventTarget, event: Event): void {
  target.dispatchEvent(event);
}
