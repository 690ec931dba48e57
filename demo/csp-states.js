// The script of csp-states.html (script-src 'self': no inline script). It gives the "missing values" row its
// documents, says so on the page when the chart library could not load (a policy that forbids lit's Trusted
// Types policy), and, with `?exports` in the address, runs every export (SVG, PNG, CSV) of each of the seven
// charts of the first row, through the chart's own export menu: test/tools/check-demo.mjs counts the files.

const CHART_TAGS = [
  'ict-bar-chart',
  'ict-subscriber-density',
  'ict-egov-level',
  'ict-coverage',
  'ict-indicator-trend',
  'ict-province-compare',
  'ict-province-map',
];
const FORMATS = ['svg', 'png', 'csv'];

const place = (code) => ({ code, era: '2008-2025' });
const missing = (observation) => ({ ...observation, value: null, missing: 'not-available' });

/** Example documents with missing values, one per element (not real figures). */
const MISSING_DOCUMENTS = {
  'ict-bar-chart': () => ({
    version: 1,
    indicator: {
      id: 'e_documents_share',
      label: {
        vi: 'Tỷ lệ văn bản trao đổi dưới dạng điện tử (minh họa)',
        en: 'Documents exchanged electronically (example)',
      },
      unit: 'percent',
    },
    observations: [
      { place: place('83'), period: { year: 2021 }, value: 97 },
      missing({ place: place('42'), period: { year: 2021 } }),
      { place: place('11'), period: { year: 2021 }, value: 95 },
    ],
  }),
  'ict-subscriber-density': () => ({
    version: 1,
    indicators: [
      {
        id: 'phone_subscriptions_per_100',
        label: {
          vi: 'Mật độ thuê bao điện thoại (minh họa)',
          en: 'Telephone subscriptions per 100 inhabitants (example)',
        },
        unit: 'per-100-inhabitants',
      },
      {
        id: 'fixed_broadband_subscriptions_per_100',
        label: {
          vi: 'Mật độ thuê bao băng rộng cố định (minh họa)',
          en: 'Fixed broadband per 100 inhabitants (example)',
        },
        unit: 'per-100-inhabitants',
      },
    ],
    observations: [
      { indicator: 'phone_subscriptions_per_100', place: place('42'), period: { year: 2019 }, value: 90 },
      { indicator: 'phone_subscriptions_per_100', place: place('42'), period: { year: 2020 }, value: 94 },
      missing({
        indicator: 'fixed_broadband_subscriptions_per_100',
        place: place('42'),
        period: { year: 2019 },
      }),
      {
        indicator: 'fixed_broadband_subscriptions_per_100',
        place: place('42'),
        period: { year: 2020 },
        value: 11.7,
      },
    ],
  }),
  'ict-egov-level': () => ({
    version: 1,
    indicator: {
      id: 'online_public_services_level3_count',
      label: {
        vi: 'Số dịch vụ công trực tuyến mức độ 3 (minh họa)',
        en: 'Online public services at level 3 (example)',
      },
      unit: 'count',
    },
    observations: [
      { place: place('42'), period: { year: 2020 }, value: 788, breakdown: { tier: 'province', level: '3' } },
      missing({ place: place('42'), period: { year: 2020 }, breakdown: { tier: 'district', level: '3' } }),
      { place: place('42'), period: { year: 2020 }, value: 41, breakdown: { tier: 'commune', level: '3' } },
    ],
  }),
  'ict-coverage': () => ({
    version: 1,
    indicator: {
      id: 'officials_with_official_email_share',
      label: {
        vi: 'Tỷ lệ cán bộ có hộp thư công vụ (minh họa)',
        en: 'Officials with an official e-mail box (example)',
      },
      unit: 'percent',
    },
    observations: [
      { place: place('83'), period: { year: 2021 }, value: 100, breakdown: { tier: 'province+district' } },
      missing({ place: place('83'), period: { year: 2021 }, breakdown: { tier: 'commune' } }),
    ],
  }),
  'ict-indicator-trend': () => ({
    version: 1,
    indicator: {
      id: 'bts_stations_count',
      label: { vi: 'Số trạm BTS (minh họa)', en: 'BTS stations (example)' },
      unit: 'count',
    },
    observations: [
      { place: place('42'), period: { year: 2017 }, value: 2400 },
      missing({ place: place('42'), period: { year: 2018 } }),
      { place: place('42'), period: { year: 2019 }, value: 2900 },
      { place: place('42'), period: { year: 2020 }, value: 3100 },
    ],
  }),
};

/** The 63-province example with every ninth value missing (compare and map). */
async function provincesWithGaps() {
  const response = await fetch('./examples/example-63-provinces.json');
  const doc = await response.json();
  doc.observations = doc.observations.map((o, i) => (i % 9 === 4 ? missing(o) : o));
  return doc;
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function giveMissingValues() {
  const gaps = provincesWithGaps();
  for (const el of document.querySelectorAll('[data-missing]')) {
    const make = MISSING_DOCUMENTS[el.localName];
    el.data = make ? make() : await gaps;
  }
}

/** Resolves when every chart of `charts` shows its drawing and its export button (or after `ms`). */
async function drawn(charts, ms = 20000) {
  const start = performance.now();
  const ready = (el) =>
    el.shadowRoot?.querySelector('.chart svg') && el.shadowRoot.querySelector('[part~="export-button"]');
  while (!charts.every(ready)) {
    if (performance.now() - start > ms) throw new Error('the charts were not drawn in time');
    await pause(50);
  }
}

/** Every export of the first row's charts, through their menus. Resolves with how many downloads started. */
async function exportAll() {
  const charts = [...document.querySelectorAll('#ready [data-demo-state="ready"]')];
  await drawn(charts);
  let started = 0;
  document.addEventListener('click', (event) => {
    if (event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download')) started += 1;
  });
  for (const chart of charts) {
    for (const format of FORMATS) {
      chart.shadowRoot.querySelector('[part~="export-button"]').click();
      await chart.updateComplete;
      const before = started;
      chart.shadowRoot.querySelector(`[data-format="${format}"]`).click();
      await chart.updateComplete;
      // One download at a time: Chromium drops a download that starts while the previous one is still
      // being handed over (with 50 ms between them it lost 1 in 6).
      for (let i = 0; i < 100 && started === before; i++) await pause(20);
      await pause(250);
    }
  }
  const expected = charts.length * FORMATS.length;
  const start = performance.now();
  while (started < expected && performance.now() - start < 20000) await pause(50); // PNGs are made async
  return { started, expected };
}

const status = document.getElementById('charts-status');
const root = document.documentElement;

// Module scripts run in order, after the library's: by the window's load event it has defined its elements,
// or failed for good.
window.addEventListener('load', async () => {
  if (!CHART_TAGS.every((tag) => customElements.get(tag))) {
    root.dataset.charts = 'unavailable';
    status.textContent =
      'Không tải được thư viện biểu đồ: chính sách bảo mật nội dung (CSP) của trang không cho phép thư viện ' +
      'tạo chính sách Trusted Types “lit-html” mà nó cần. Phần còn lại của trang vẫn hoạt động.';
    return;
  }
  root.dataset.charts = 'defined';
  await giveMissingValues();
  if (new URLSearchParams(location.search).has('exports')) {
    const { started, expected } = await exportAll();
    root.dataset.exports = `${started}/${expected}`;
  }
});
