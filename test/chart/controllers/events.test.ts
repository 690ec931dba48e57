import { expect } from '@open-wc/testing';
import {
  IctDataErrorEvent,
  IctDataLoadEvent,
  IctFocusMarkEvent,
  IctSelectEvent,
  type IctMarkDetail,
} from '../../../src/chart/events.js';
import type { IndicatorDataset } from '../../../src/core/indicator/types.js';

const mark: IctMarkDetail = {
  key: '83-2016',
  indicator: 'online_public_services_level3_count',
  place: { code: '83', era: '2008-2025' },
  period: { year: 2016 },
  value: 80,
};

const dataset: IndicatorDataset = { version: 1, indicators: [], observations: [] };

const cases = [
  ['ict-select', () => new IctSelectEvent(mark), mark],
  ['ict-mark-focus', () => new IctFocusMarkEvent(mark), mark],
  ['ict-data-load', () => new IctDataLoadEvent({ dataset, warnings: [] }), { dataset, warnings: [] }],
  [
    'ict-data-error',
    () => new IctDataErrorEvent({ issues: [{ code: 'empty', path: '', severity: 'error' }] }),
    { issues: [{ code: 'empty', path: '', severity: 'error' }] },
  ],
] as const;

describe('ict-* event classes', () => {
  for (const [type, create, detail] of cases) {
    it(`new ${create().constructor.name}(detail) is a bubbling, composed "${type}" CustomEvent carrying detail`, () => {
      const event = create();
      expect(event).to.be.instanceOf(CustomEvent);
      expect(event.type).to.equal(type);
      expect((event.constructor as unknown as { eventName: string }).eventName).to.equal(type);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.cancelable).to.equal(false);
      expect(event.detail).to.deep.equal(detail);
    });

    it(`"${type}" dispatched inside a shadow root reaches a listener on document`, () => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('span');
      root.append(inner);
      document.body.append(host);
      const received: Event[] = [];
      const listener = (event: Event) => received.push(event);
      document.addEventListener(type, listener);
      try {
        inner.dispatchEvent(create());
      } finally {
        document.removeEventListener(type, listener);
        host.remove();
      }
      expect(received).to.have.length(1);
      expect(received[0]!.target).to.equal(host, 'retargeted to the shadow host');
    });
  }

  it('HTMLElementEventMap types the listener: addEventListener("ict-select") gives an IctSelectEvent', () => {
    const element = document.createElement('div');
    let key = '';
    // Compiles only because the global event map names IctSelectEvent for "ict-select".
    element.addEventListener('ict-select', (event) => {
      key = event.detail.key;
    });
    element.dispatchEvent(new IctSelectEvent(mark));
    expect(key).to.equal('83-2016');
  });
});
