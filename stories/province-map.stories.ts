import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/province-map/define.js';
import type { IctProvinceMap } from '../src/elements/province-map/province-map.js';
import type { IndicatorDocument } from '../src/core/indicator/types.js';
import { provincesOf } from '../src/core/provinces/provinces.js';
// Invented values for the 63 provinces of 2020, labelled as example data in the document itself.
import example63 from '../demo/examples/example-63-provinces.json';

// Real seed facts come from demo/data (served at /data by .storybook/main.ts staticDirs); the boundaries
// from src/maps (resolved next to the library's module, served by Vite as they are).
const meta: Meta = {
  title: 'Elements/ict-province-map',
  component: 'ict-province-map',
  args: { classes: 5, diverging: false, patterns: false },
};
export default meta;
type Story = StoryObj;

const EXAMPLE = example63 as unknown as IndicatorDocument;

/** Invented counts of BTS stations for the 63 provinces (example data), to show the roll-up onto 34 units. */
const STATIONS_63: IndicatorDocument = {
  version: 1,
  indicators: [
    {
      id: 'example_bts_stations',
      label: { vi: 'Số trạm BTS (số liệu minh họa)', en: 'BTS stations (example data)' },
      unit: 'count',
      notes: [{ vi: 'Số liệu minh họa, không phải số liệu thật.', en: 'Example data, not real figures.' }],
    },
  ],
  observations: provincesOf('2008-2025').map((p, i) => ({
    place: { code: p.code, era: '2008-2025' as const },
    period: { year: 2024 },
    value: 400 + ((i * 137) % 900),
  })),
};

/** Invented shares for the 34 units of 2025 (example data). */
const SHARE_34: IndicatorDocument = {
  version: 1,
  indicators: [
    {
      id: 'example_online_services_share',
      label: {
        vi: 'Tỷ lệ hồ sơ trực tuyến toàn trình (số liệu minh họa)',
        en: 'Applications filed fully online (example data)',
      },
      unit: 'percent',
      decimals: 1,
    },
  ],
  observations: provincesOf('2025-').map((p, i) => ({
    place: { code: p.code, era: '2025-' as const },
    period: { year: 2025 },
    value: 35 + ((i * 23) % 60) + 0.5,
  })),
};

/** The example with a few provinces left out and two stated as missing. */
const WITH_GAPS: IndicatorDocument = {
  ...EXAMPLE,
  observations: EXAMPLE.observations
    .filter((_, i) => i % 11 !== 5)
    .map((o, i) => (i % 17 === 3 ? { ...o, value: null, missing: 'not-available' as const } : o)),
};

async function settled(canvasElement: HTMLElement): Promise<IctProvinceMap[]> {
  const maps = [...canvasElement.querySelectorAll('ict-province-map')] as IctProvinceMap[];
  await expect(maps.length).toBeGreaterThan(0);
  for (const map of maps) {
    for (let i = 0; i < 200 && !map.shadowRoot?.querySelector('svg.marks, [role=alert]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return maps;
}

const drawn = async (canvasElement: HTMLElement, units: number): Promise<void> => {
  for (const map of await settled(canvasElement)) {
    await expect(map.shadowRoot!.querySelectorAll('path.unit').length).toBe(units);
    await expect(map.shadowRoot!.querySelector('[data-island="hoang-sa"]')).toBeTruthy();
    await expect(map.shadowRoot!.querySelector('[data-island="truong-sa"]')).toBeTruthy();
  }
};

/** The 63 provinces (example data) with Bến Tre highlighted. */
export const Typical: Story = {
  render: (args) =>
    html`<ict-province-map
      .data=${EXAMPLE}
      classes=${args['classes']}
      ?patterns=${args['patterns']}
      highlight="83"
      highlight-era="2008-2025"
    ></ict-province-map>`,
  play: async ({ canvasElement }) => drawn(canvasElement, 63),
};

/** The four seed provinces highlighted in turn: Bến Tre 83, Điện Biên 11, Hà Tĩnh 42, Bình Thuận 60. */
export const SeedProvinces: Story = {
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:1rem">
      ${['83', '11', '42', '60'].map(
        (code) =>
          html`<ict-province-map
            .data=${EXAMPLE}
            highlight=${code}
            highlight-era="2008-2025"
            heading-level="3"
          ></ict-province-map>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    await drawn(canvasElement, 63);
    const labels = (await settled(canvasElement)).map((m) =>
      m.shadowRoot!.querySelector('text.highlight-label')!.textContent!.trim(),
    );
    await expect(labels).toEqual(['◆ Bến Tre', '◆ Điện Biên', '◆ Hà Tĩnh', '◆ Bình Thuận']);
  },
};

/** The 34 units from 1 July 2025 (example data). */
export const ThirtyFourUnits: Story = {
  render: () =>
    html`<ict-province-map .data=${SHARE_34} highlight="86" highlight-era="2025-"></ict-province-map>`,
  play: async ({ canvasElement }) => drawn(canvasElement, 34),
};

/** Counts of the 63 provinces summed onto the 34 units (`era="2025-"`); Bến Tre's highlight moves to Vĩnh Long. */
export const AggregatedTo34: Story = {
  render: () =>
    html`<ict-province-map
      .data=${STATIONS_63}
      era="2025-"
      highlight="83"
      highlight-era="2008-2025"
    ></ict-province-map>`,
  play: async ({ canvasElement }) => drawn(canvasElement, 34),
};

/** A rate cannot be summed onto the 34 units: the map says why. */
export const RateNotSummable: Story = {
  render: () => html`<ict-province-map .data=${EXAMPLE} era="2025-"></ict-province-map>`,
  play: async ({ canvasElement }) => {
    const [map] = await settled(canvasElement);
    await expect(map!.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
  },
};

/** One real seed fact: Bến Tre 2016, 114 telephone subscriptions per 100 inhabitants; every other province without data. */
export const SingleValue: Story = {
  render: () =>
    html`<ict-province-map
      src="/data/ben-tre-2016.json"
      indicator="phone_subscriptions_per_100"
      highlight="83"
    ></ict-province-map>`,
  play: async ({ canvasElement }) => drawn(canvasElement, 63),
};

/** The seed facts of several provinces and years: telephone density of Bến Tre (2016) and Hà Tĩnh (2020). */
export const SeedFacts: Story = {
  render: () =>
    html`<ict-province-map
      src="/data/all-seed-facts.json"
      indicator="phone_subscriptions_per_100"
      highlight="42"
    ></ict-province-map>`,
  play: async ({ canvasElement }) => drawn(canvasElement, 63),
};

/** All 63 provinces in seven classes. */
export const ManyValues: Story = {
  render: () => html`<ict-province-map .data=${EXAMPLE} classes="7"></ict-province-map>`,
  play: async ({ canvasElement }) => drawn(canvasElement, 63),
};

/** Colours diverging around a reference value (90 subscriptions per 100 inhabitants). */
export const Diverging: Story = {
  render: () =>
    html`<ict-province-map .data=${EXAMPLE} diverging reference="90" classes="6"></ict-province-map>`,
  play: async ({ canvasElement }) => drawn(canvasElement, 63),
};

/** Provinces without data: hatched, in the legend, named "không có số liệu". */
export const MissingValues: Story = {
  render: () => html`<ict-province-map .data=${WITH_GAPS}></ict-province-map>`,
  play: async ({ canvasElement }) => {
    const [map] = await settled(canvasElement);
    await expect(map!.shadowRoot!.querySelectorAll('path.unit.nodata').length).toBeGreaterThan(5);
  },
};

export const InvalidData: Story = {
  render: () => html`<ict-province-map .data=${'{"version": 1, "indicators": ['}></ict-province-map>`,
  play: async ({ canvasElement }) => {
    const [map] = await settled(canvasElement);
    await expect(map!.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
  },
};

/** A boundary file that cannot be loaded (a site's own copy at a wrong URL): the alert names it. */
export const BadBoundaries: Story = {
  render: () =>
    html`<ict-province-map
      .data=${EXAMPLE}
      boundaries-src="/maps/does-not-exist.topo.json"
    ></ict-province-map>`,
  play: async ({ canvasElement }) => {
    const [map] = await settled(canvasElement);
    await expect(map!.shadowRoot!.querySelector('[role=alert]')?.textContent).toContain('does-not-exist');
  },
};

/**
 * Loading: the status line says "Đang tải bản đồ…" while the boundaries load (briefly, they are local
 * here). Storybook cannot serve a slow URL, so the data arrives 1.5 s after the element: it shows the
 * empty state first, then the map.
 */
export const Loading: Story = {
  render: () => {
    const map = document.createElement('ict-province-map') as IctProvinceMap;
    setTimeout(() => (map.data = EXAMPLE), 1500);
    return map;
  },
};

export const Dark: Story = {
  render: () =>
    html`<div style="background:#121212;padding:1rem">
      <ict-province-map theme="dark" .data=${EXAMPLE} highlight="42"></ict-province-map>
    </div>`,
  play: async ({ canvasElement }) => drawn(canvasElement, 63),
};

/** Patterns: each class a denser dot pattern (what forced colours show; emulate them with the toolbar). */
export const ForcedColours: Story = {
  render: () => html`<ict-province-map patterns .data=${EXAMPLE} highlight="60"></ict-province-map>`,
  play: async ({ canvasElement }) => drawn(canvasElement, 63),
};

export const Vietnamese: Story = {
  render: () => html`<ict-province-map lang="vi" .data=${EXAMPLE} highlight="11"></ict-province-map>`,
  play: async ({ canvasElement }) => drawn(canvasElement, 63),
};

export const English: Story = {
  render: () => html`<ict-province-map lang="en" .data=${EXAMPLE} highlight="11"></ict-province-map>`,
  play: async ({ canvasElement }) => {
    await drawn(canvasElement, 63);
    const [map] = await settled(canvasElement);
    await expect(map!.shadowRoot!.querySelector('[part="attribution"]')?.textContent).toContain(
      'Province boundaries',
    );
  },
};

/** A 320 px phone: the whole country fits, the insets move under it. */
export const Phone: Story = {
  render: () =>
    html`<div style="width:320px">
      <ict-province-map .data=${EXAMPLE} highlight="83"></ict-province-map>
    </div>`,
  play: async ({ canvasElement }) => drawn(canvasElement, 63),
};

/** No data yet (no `src`, no `data`, no inline JSON): the empty state, announced politely. */
export const Empty: Story = {
  render: () => html`<ict-province-map></ict-province-map>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('ict-province-map')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(chart.shadowRoot!.textContent).toMatch(/Chưa có dữ liệu để hiển thị|No data to show yet/);
  },
};
