import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import {
  IndicatorDataController,
  type DataInputs,
  type DataState,
} from '../../../src/chart/controllers/data-controller.js';
import type { IctDataErrorEvent, IctDataLoadEvent } from '../../../src/chart/events.js';
import {
  FIXTURES,
  recordEscapes,
  requestId,
  requestLog,
  settle,
  uniqueTag,
  type EscapeRecorder,
} from './support.js';

/** A throwaway host: the controller's inputs are plain properties; the render shows the state. */
class DataHost extends LitElement {
  static override properties = {
    data: { attribute: false },
    src: { type: String },
    viNumbers: { type: Boolean, attribute: 'vi-numbers' },
    timeoutMs: { type: Number, attribute: 'timeout-ms' },
  };
  declare data: unknown;
  declare src: string | undefined;
  declare viNumbers: boolean;
  declare timeoutMs: number | undefined;
  readonly source = new IndicatorDataController(this, (): DataInputs => ({
    data: this.data,
    src: this.src,
    viNumbers: this.viNumbers,
    timeoutMs: this.timeoutMs,
  }));
  /** Every state the host rendered, in order. */
  readonly renderedStates: DataState[] = [];
  override render() {
    const state = this.source.state;
    this.renderedStates.push(state);
    const values = state.dataset?.observations.map((observation) => observation.value).join(',') ?? '';
    return html`<p>${state.status}:${values}</p>`;
  }
}
const TAG = uniqueTag('x-data');
customElements.define(TAG, DataHost);

const HA_TINH = `${FIXTURES}/ha-tinh.json`; // values 94,90,86
const BEN_TRE = `${FIXTURES}/ben-tre.json`; // values 80,1103

function benTreDocument() {
  return {
    version: 1,
    indicator: {
      id: 'online_public_services_level3_count',
      label: { vi: 'Dịch vụ công mức độ 3' },
      unit: 'count',
    },
    observations: [{ place: { code: '83', era: '2008-2025' }, period: { year: 2016 }, value: 80 }],
  };
}

function jsonScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

describe('IndicatorDataController', () => {
  let container: HTMLDivElement;
  let escapes: EscapeRecorder;
  let loads: IctDataLoadEvent[];
  let errors: IctDataErrorEvent[];
  const onLoad = (event: IctDataLoadEvent) => loads.push(event);
  const onError = (event: IctDataErrorEvent) => errors.push(event);

  beforeEach(() => {
    escapes = recordEscapes();
    loads = [];
    errors = [];
    container = document.createElement('div');
    document.body.append(container);
    // Listening on the container also proves the events bubble out of the host.
    container.addEventListener('ict-data-load', onLoad);
    container.addEventListener('ict-data-error', onError);
  });

  afterEach(async () => {
    container.remove();
    await settle();
    escapes.stop();
    expect(escapes.events, 'uncaught errors or unhandled rejections').to.deep.equal([]);
  });

  /** Creates the host, lets `setup` set inputs or children, connects it. */
  function mount(setup: (host: DataHost) => void = () => undefined): DataHost {
    const host = document.createElement(TAG) as DataHost;
    setup(host);
    container.append(host);
    return host;
  }

  /** What the host's shadow root says: `status:values`. */
  function shown(host: DataHost): string {
    return host.shadowRoot?.textContent ?? '';
  }

  async function assertNothingEscaped(): Promise<void> {
    await settle();
    expect(escapes.events).to.deep.equal([]);
  }

  describe('no input', () => {
    it('a host with no data, src or inline script is "empty" and fires no event', async () => {
      const host = mount();
      const state = await host.source.whenSettled();
      expect(state).to.deep.equal({ status: 'empty', issues: [], warnings: [] });
      expect(shown(host)).to.equal('empty:');
      await settle();
      expect(loads.length + errors.length).to.equal(0);
      expect(host.renderedStates, 'one update: nothing to fetch, so no second one').to.have.length(1);
    });
  });

  describe('the data property', () => {
    it('data = a document object renders "ready" in the first update and fires one ict-data-load', async () => {
      const host = mount((h) => (h.data = benTreDocument()));
      await host.updateComplete;
      expect(host.renderedStates.map((s) => s.status)).to.deep.equal(['ready'], 'no loading flash');
      expect(host.source.state.source).to.equal('data');
      expect(shown(host)).to.equal('ready:80');
      expect(loads).to.have.length(1);
      expect(loads[0]!.target).to.equal(host);
      expect(loads[0]!.detail.dataset).to.equal(host.source.state.dataset);
      expect(errors).to.have.length(0);
      // The fetch task runs only for src: before, it also ran empty here, and its end cost a second update.
      await settle();
      expect(host.renderedStates, 'one update in all').to.have.length(1);
    });

    it('data = the JSON text of a document is parsed', async () => {
      const host = mount((h) => (h.data = JSON.stringify(benTreDocument())));
      expect((await host.source.whenSettled()).status).to.equal('ready');
      expect(shown(host)).to.equal('ready:80');
    });

    it('data = invalid JSON text shows an error with invalid-json, fires ict-data-error, throws nothing', async () => {
      const host = mount((h) => (h.data = '{ "version": 1, "observations": [ } '));
      const state = await host.source.whenSettled();
      expect(state.status).to.equal('error');
      expect(state.issues.map((issue) => issue.code)).to.deep.equal(['invalid-json']);
      expect(state.dataset).to.equal(undefined);
      expect(shown(host)).to.equal('error:');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.issues).to.deep.equal(state.issues);
      await assertNothingEscaped();
    });

    it('data with wrong types (year "năm 2020", value "nhiều") shows an error with paths into observations[0]', async () => {
      const host = mount((h) => {
        const document = benTreDocument() as { observations: unknown[] };
        document.observations = [
          { place: { code: '83', era: '2008-2025' }, period: { year: 'năm 2020' }, value: 'nhiều' },
        ];
        h.data = document;
      });
      const state = await host.source.whenSettled();
      expect(state.status).to.equal('error');
      expect(state.issues.length).to.be.greaterThan(0);
      for (const issue of state.issues) expect(issue.path).to.match(/^observations\[0\]/);
      expect(state.issues.map((issue) => issue.path)).to.include('observations[0].value');
      expect(errors).to.have.length(1);
      await assertNothingEscaped();
    });

    for (const [label, value] of [
      ['a number', 42],
      ['an array', [1, 2, 3]],
      ['true', true],
      ['a string that is not JSON', 'hello'],
    ] as const) {
      it(`data = ${label} shows an error and throws nothing`, async () => {
        const host = mount((h) => (h.data = value));
        const state = await host.source.whenSettled();
        expect(state.status).to.equal('error');
        expect(state.issues.length).to.be.greaterThan(0);
        await assertNothingEscaped();
      });
    }

    it('a new data object replaces the dataset and fires ict-data-load again', async () => {
      const host = mount((h) => (h.data = benTreDocument()));
      await host.source.whenSettled();
      const next = benTreDocument();
      next.observations[0]!.value = 81;
      host.data = next;
      await host.source.whenSettled();
      expect(shown(host)).to.equal('ready:81');
      expect(loads).to.have.length(2);
    });

    it('retry() parses a data object again after it was changed in place', async () => {
      const document = benTreDocument();
      const host = mount((h) => (h.data = document));
      await host.source.whenSettled();
      document.observations[0]!.value = 99;
      await host.updateComplete;
      expect(shown(host)).to.equal('ready:80', 'in-place changes are not seen without a new object');
      host.source.retry();
      await host.source.whenSettled();
      expect(shown(host)).to.equal('ready:99');
    });

    it('{ viNumbers: true } reads "1.447.307" as 1447307; without it the value is an error', async () => {
      const document = benTreDocument() as { observations: Array<{ value: unknown }> };
      document.observations[0]!.value = '1.447.307';
      const host = mount((h) => (h.data = document));
      expect((await host.source.whenSettled()).status).to.equal('error');
      host.viNumbers = true;
      const state = await host.source.whenSettled();
      expect(state.status).to.equal('ready');
      expect(state.dataset!.observations[0]!.value).to.equal(1447307);
    });

    it('data wins over src and the inline script, and no request is sent for src', async () => {
      const id = requestId('data-wins');
      const host = mount((h) => {
        h.data = benTreDocument();
        h.src = `/__test/delay?ms=0&id=${id}&file=${HA_TINH}`;
        h.append(jsonScript('{ not json'));
      });
      const state = await host.source.whenSettled();
      expect(state.source).to.equal('data');
      expect(shown(host)).to.equal('ready:80');
      await settle(100);
      expect((await requestLog(id)).started).to.equal(0);
    });

    it('clearing data falls back to src', async () => {
      const host = mount((h) => {
        h.data = benTreDocument();
        h.src = HA_TINH;
      });
      await host.source.whenSettled();
      host.data = undefined;
      const state = await host.source.whenSettled();
      expect(state.source).to.equal('src');
      expect(shown(host)).to.equal('ready:94,90,86');
    });
  });

  describe('the src attribute', () => {
    it('src="…/ha-tinh.json" goes from "loading" to "ready" and fires one ict-data-load', async () => {
      const host = mount((h) => h.setAttribute('src', HA_TINH));
      await host.updateComplete;
      expect(host.source.state.status).to.equal('loading');
      expect(shown(host)).to.equal('loading:');
      const state = await host.source.whenSettled();
      expect(state.status).to.equal('ready');
      expect(state.source).to.equal('src');
      expect(shown(host)).to.equal('ready:94,90,86');
      expect(loads).to.have.length(1);
    });

    it('src="…/ben-tre.csv" is parsed as CSV', async () => {
      const host = mount((h) => (h.src = `${FIXTURES}/ben-tre.csv`));
      await host.source.whenSettled();
      expect(shown(host)).to.equal('ready:80,1103');
    });

    it('src to a missing file (404) shows an http-status error and throws nothing', async () => {
      const host = mount((h) => (h.src = `${FIXTURES}/missing.json`));
      const state = await host.source.whenSettled();
      expect(state.status).to.equal('error');
      expect(state.issues[0]).to.include({ code: 'http-status', got: 404, path: 'src' });
      expect(errors).to.have.length(1);
      await assertNothingEscaped();
    });

    it('src answering 500 shows an http-status error and throws nothing', async () => {
      const host = mount((h) => (h.src = '/__test/status?code=500'));
      const state = await host.source.whenSettled();
      expect(state.issues[0]).to.include({ code: 'http-status', got: 500 });
      await assertNothingEscaped();
    });

    it('src answering text/plain shows an unsupported-content-type error and throws nothing', async () => {
      const host = mount((h) => (h.src = '/__test/type?ct=text/plain'));
      const state = await host.source.whenSettled();
      expect(state.issues.map((issue) => issue.code)).to.deep.equal(['unsupported-content-type']);
      await assertNothingEscaped();
    });

    it('src to invalid JSON shows an invalid-json error and throws nothing', async () => {
      const host = mount((h) => (h.src = `${FIXTURES}/invalid.json`));
      const state = await host.source.whenSettled();
      expect(state.issues.map((issue) => issue.code)).to.deep.equal(['invalid-json']);
      await assertNothingEscaped();
    });

    it('src to a document with wrong types shows validation issues and throws nothing', async () => {
      const host = mount((h) => (h.src = `${FIXTURES}/wrong-types.json`));
      const state = await host.source.whenSettled();
      expect(state.status).to.equal('error');
      expect(state.issues.map((issue) => issue.path)).to.include('observations[0].value');
      await assertNothingEscaped();
    });

    it('src to a refused connection shows fetch-failed and throws nothing', async () => {
      const host = mount((h) => (h.src = 'http://127.0.0.1:9/data.json'));
      const state = await host.source.whenSettled();
      expect(state.issues.map((issue) => issue.code)).to.deep.equal(['fetch-failed']);
      await assertNothingEscaped();
    });

    it('timeout-ms="200" against /__test/hang shows fetch-timeout, aborts the request and throws nothing', async () => {
      const id = requestId('timeout');
      const host = mount((h) => {
        h.setAttribute('timeout-ms', '200');
        h.src = `/__test/hang?id=${id}`;
      });
      const state = await host.source.whenSettled();
      expect(state.issues.map((issue) => issue.code)).to.deep.equal(['fetch-timeout']);
      expect(errors).to.have.length(1);
      await waitUntil(async () => (await requestLog(id)).aborted === 1, 'the request was not aborted');
      await assertNothingEscaped();
    });

    it('a slow src replaced by a fast one: the slow answer is never shown, its request is aborted', async () => {
      const slowId = requestId('slow');
      const host = mount((h) => (h.src = `/__test/delay?ms=800&id=${slowId}&file=${HA_TINH}`));
      await waitUntil(async () => (await requestLog(slowId)).started === 1);
      host.src = BEN_TRE;
      await host.source.whenSettled();
      expect(shown(host)).to.equal('ready:80,1103');
      await waitUntil(
        async () => (await requestLog(slowId)).aborted === 1,
        'the slow request was not aborted',
      );
      await settle(1000); // well past the slow answer's time
      expect(shown(host)).to.equal('ready:80,1103');
      const renderedValues = host.renderedStates.flatMap(
        (s) => s.dataset?.observations.map((o) => o.value) ?? [],
      );
      expect(renderedValues).not.to.include(94, 'the slow document was rendered at some point');
      expect(loads).to.have.length(1);
      expect(loads[0]!.detail.dataset.observations.map((o) => o.value)).to.deep.equal([80, 1103]);
      await assertNothingEscaped();
    });

    it('a slow src replaced by a slower one: last request wins even when it answers last', async () => {
      const host = mount((h) => (h.src = `/__test/delay?ms=300&file=${HA_TINH}`));
      await aTimeout(20);
      host.src = `/__test/delay?ms=600&file=${BEN_TRE}`;
      await host.source.whenSettled();
      expect(shown(host)).to.equal('ready:80,1103');
      expect(loads).to.have.length(1);
    });

    it('three src changes in a row show only the last document', async () => {
      const host = mount((h) => (h.src = `/__test/delay?ms=400&file=${BEN_TRE}`));
      await host.updateComplete;
      host.src = `/__test/delay?ms=300&file=${BEN_TRE}`;
      await host.updateComplete;
      host.src = `/__test/delay?ms=50&file=${HA_TINH}`;
      await host.source.whenSettled();
      await settle(600);
      expect(shown(host)).to.equal('ready:94,90,86');
      expect(loads).to.have.length(1);
    });

    it('setting data while src is loading aborts the fetch and shows the data', async () => {
      const id = requestId('src-then-data');
      const host = mount((h) => (h.src = `/__test/hang?id=${id}`));
      await waitUntil(async () => (await requestLog(id)).started === 1);
      host.data = benTreDocument();
      await host.source.whenSettled();
      expect(shown(host)).to.equal('ready:80');
      await waitUntil(async () => (await requestLog(id)).aborted === 1, 'the fetch was not aborted');
    });

    it('removing the element while loading aborts the fetch; putting it back loads again', async () => {
      const id = requestId('removed');
      const host = mount((h) => (h.src = `/__test/delay?ms=700&id=${id}&file=${HA_TINH}`));
      await waitUntil(async () => (await requestLog(id)).started === 1);
      host.remove();
      await waitUntil(async () => (await requestLog(id)).aborted === 1, 'the fetch was not aborted');
      expect(host.source.state.status).to.equal('loading');
      expect(loads.length + errors.length).to.equal(0, 'an aborted load is neither a load nor an error');
      container.append(host);
      await waitUntil(async () => (await requestLog(id)).started === 2, 'no new request after reconnection');
      const state = await host.source.whenSettled();
      expect(state.status).to.equal('ready');
      expect(shown(host)).to.equal('ready:94,90,86');
      await assertNothingEscaped();
    });

    it('removing the element after it loaded does not load again when it comes back', async () => {
      const id = requestId('removed-after');
      const host = mount((h) => (h.src = `/__test/delay?ms=0&id=${id}&file=${HA_TINH}`));
      await host.source.whenSettled();
      host.remove();
      container.append(host);
      await settle(100);
      expect((await requestLog(id)).started).to.equal(1);
      expect(host.source.state.status).to.equal('ready');
    });

    it('retry() after a 500 sends the request again', async () => {
      const id = requestId('retry');
      const host = mount((h) => (h.src = `/__test/status?code=500&id=${id}`));
      await host.source.whenSettled();
      host.source.retry();
      expect(host.source.state.status).to.equal('loading');
      const state = await host.source.whenSettled();
      expect(state.status).to.equal('error');
      expect((await requestLog(id)).started).to.equal(2);
      expect(errors).to.have.length(2);
    });

    it('removing src returns to "empty"', async () => {
      const host = mount((h) => h.setAttribute('src', HA_TINH));
      expect((await host.source.whenSettled()).status).to.equal('ready');
      host.removeAttribute('src');
      expect((await host.source.whenSettled()).status).to.equal('empty');
    });
  });

  describe('the inline <script type="application/json"> child', () => {
    it('an inline script present at connection is parsed', async () => {
      const host = mount((h) => h.append(jsonScript(JSON.stringify(benTreDocument()))));
      const state = await host.source.whenSettled();
      expect(state.source).to.equal('inline');
      expect(shown(host)).to.equal('ready:80');
      expect(loads).to.have.length(1);
    });

    it('an inline script added after the element was connected (a slow CMS) is parsed', async () => {
      const host = mount();
      expect((await host.source.whenSettled()).status).to.equal('empty');
      host.append(jsonScript(JSON.stringify(benTreDocument())));
      await waitUntil(() => host.source.state.status === 'ready', `state stayed ${host.source.state.status}`);
      await host.updateComplete;
      expect(shown(host)).to.equal('ready:80');
      await assertNothingEscaped();
    });

    it('an empty inline script filled in later is parsed', async () => {
      const script = jsonScript('');
      const host = mount((h) => h.append(script));
      expect((await host.source.whenSettled()).status).to.equal('empty');
      script.textContent = JSON.stringify(benTreDocument());
      await waitUntil(() => host.source.state.status === 'ready');
    });

    it("editing the inline script's text re-parses it", async () => {
      const script = jsonScript(JSON.stringify(benTreDocument()));
      const host = mount((h) => h.append(script));
      await host.source.whenSettled();
      const next = benTreDocument();
      next.observations[0]!.value = 7;
      script.textContent = JSON.stringify(next);
      await waitUntil(() => shown(host) === 'ready:7', `shown: ${shown(host)}`);
    });

    it('invalid JSON in the inline script shows an invalid-json error and throws nothing', async () => {
      const host = mount((h) => h.append(jsonScript('{ "version": 1,, }')));
      const state = await host.source.whenSettled();
      expect(state.source).to.equal('inline');
      expect(state.issues.map((issue) => issue.code)).to.deep.equal(['invalid-json']);
      await assertNothingEscaped();
    });

    it('a <script> of another type or a grandchild script is ignored', async () => {
      const host = mount((h) => {
        const other = jsonScript(JSON.stringify(benTreDocument()));
        other.type = 'text/plain';
        const wrapper = document.createElement('div');
        wrapper.append(jsonScript(JSON.stringify(benTreDocument())));
        h.append(other, wrapper);
      });
      expect((await host.source.whenSettled()).status).to.equal('empty');
    });

    it('src wins over the inline script', async () => {
      const host = mount((h) => {
        h.append(jsonScript(JSON.stringify(benTreDocument())));
        h.src = HA_TINH;
      });
      const state = await host.source.whenSettled();
      expect(state.source).to.equal('src');
      expect(shown(host)).to.equal('ready:94,90,86');
    });
  });
});
