import { expect } from '@open-wc/testing';
import { ELEMENT_LOADERS, loadAll, loadElement } from '../src/autoload.js';
import { until } from './helpers/chart.js';

// This file's page imports only the lazy module: no element is defined until its tag appears.
const SEED = '/demo/data/ben-tre-2016.json';
/** Hà Tĩnh 2020 has coverage shares in % (Ben Tre 2016 has none: the coverage chart says so). */
const COVERAGE_SEED = '/demo/data/ha-tinh-2020.json';

describe('the lazy CDN module (src/autoload.ts)', () => {
  it('knows every element of custom-elements.json, and nothing else', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .map((d) => d.tagName)
      .filter((t): t is string => t !== undefined)
      .sort();
    expect(Object.keys(ELEMENT_LOADERS).sort()).to.deep.equal(tags);
  });

  it('defines nothing until a tag appears, then only that element, which renders its data', async () => {
    for (const tag of Object.keys(ELEMENT_LOADERS)) expect(customElements.get(tag), tag).to.equal(undefined);
    const el = document.createElement('ict-coverage');
    el.setAttribute('src', COVERAGE_SEED);
    document.body.append(el);
    await until(() => customElements.get('ict-coverage') !== undefined, 'ict-coverage defined');
    expect(customElements.get('ict-bar-chart')).to.equal(undefined);
    expect(customElements.get('ict-province-map')).to.equal(undefined);
    await until(
      () =>
        el.shadowRoot?.querySelector('svg.marks') != null ||
        el.shadowRoot?.querySelector('[role="alert"]') != null,
      'the coverage chart rendered',
      15_000,
    );
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '').to.equal('');
    expect(el.shadowRoot!.querySelectorAll('table[part="table"] tbody tr').length).to.be.greaterThan(0);
    el.remove();
  });

  it('loads a tag added deep inside inserted markup (a CMS adding a block later)', async () => {
    const block = document.createElement('section');
    const inner = document.createElement('div');
    inner.append(document.createElement('ict-egov-level'));
    block.append(inner);
    document.body.append(block);
    await until(() => customElements.get('ict-egov-level') !== undefined, 'ict-egov-level defined');
    block.remove();
  });

  it('keeps a property set before the code arrived', async () => {
    expect(customElements.get('ict-indicator-trend')).to.equal(undefined);
    const el = document.createElement('ict-indicator-trend') as HTMLElement & { data?: unknown };
    const doc = (await (await fetch(SEED)).json()) as unknown;
    el.data = doc;
    document.body.append(el);
    await until(
      () => (el.shadowRoot?.querySelectorAll('table[part="table"] tbody tr').length ?? 0) > 0,
      'the trend rendered its data property',
    );
    el.remove();
  });

  it('does not see tags inside another shadow root; loadElement() and loadAll() load them on request', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.append(document.createElement('ict-province-compare'));
    document.body.append(host);
    await new Promise((r) => setTimeout(r, 300));
    expect(customElements.get('ict-province-compare')).to.equal(undefined);
    await loadElement('ICT-PROVINCE-COMPARE');
    expect(customElements.get('ict-province-compare')).to.not.equal(undefined);
    await loadAll();
    for (const tag of Object.keys(ELEMENT_LOADERS))
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    host.remove();
  });

  it('rejects an unknown tag instead of throwing', async () => {
    let error: unknown;
    await loadElement('ict-pie-chart').catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('ict-pie-chart');
  });
});
