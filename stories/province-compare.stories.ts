import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/province-compare/define.js';
import type { IctProvinceCompare } from '../src/elements/province-compare/province-compare.js';
import type { IndicatorDocument } from '../src/core/indicator/types.js';
import { provincesOf } from '../src/core/provinces/provinces.js';
// Labelled example data of the 63 provinces (invented values; its title says "số liệu minh họa").
import example63 from '../demo/examples/example-63-provinces.json';

// Real seed facts come from demo/data (served at /data by .storybook/main.ts staticDirs).
const meta: Meta = {
  title: 'Elements/ict-province-compare',
  component: 'ict-province-compare',
  args: { form: 'bars', sort: 'descending', patterns: false },
};
export default meta;
type Story = StoryObj;

/** Waits until the chart shows its marks, a message or an error. */
async function settled(
  canvasElement: HTMLElement,
  selector = 'svg.marks, [role=alert]',
): Promise<IctProvinceCompare> {
  const chart = canvasElement.querySelector('ict-province-compare') as IctProvinceCompare;
  await expect(chart).toBeTruthy();
  for (let i = 0; i < 100 && !chart.shadowRoot?.querySelector(selector); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return chart;
}

/** A count indicator for the 63 old provinces, to show the sums onto the 34 new units (invented values). */
function stationsExample(): IndicatorDocument {
  return {
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
      value: 400 + ((i * 733) % 2600),
    })),
  };
}

/** Values for the 34 units of 2025 (invented), with a national value. */
function example34(): IndicatorDocument {
  return {
    version: 1,
    indicators: [
      {
        id: 'example_online_services_share',
        label: {
          vi: 'Tỷ lệ hồ sơ trực tuyến toàn trình (số liệu minh họa)',
          en: 'Share of applications handled fully online (example data)',
        },
        unit: 'percent',
      },
    ],
    observations: [
      ...provincesOf('2025-').map((p, i) => ({
        place: { code: p.code, era: '2025-' as const },
        period: { year: 2026 },
        value: i === 7 ? null : 40 + ((i * 17) % 55),
        ...(i === 7 ? { missing: 'not-available' as const } : {}),
      })),
      {
        place: { code: '01', era: '2025-' as const },
        period: { year: 2026 },
        value: 61,
        breakdown: { scope: 'national' as const },
      },
    ],
  };
}

export const Typical: Story = {
  render: () =>
    html`<ict-province-compare
      .data=${example63}
      highlight="83"
      highlight-era="2008-2025"
    ></ict-province-compare>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    const root = chart.shadowRoot!;
    await expect(root.querySelectorAll('rect.bar').length).toBe(62);
    await expect(root.querySelectorAll('rect.placeholder').length).toBe(1);
    await expect(root.querySelectorAll('line.reference-line').length).toBe(2);
    await expect(root.querySelector('.bar-label.highlighted')?.textContent).toMatch(
      /^◆ Bến Tre \(hạng \d+\/62\)$/,
    );
  },
};

export const SingleValue: Story = {
  render: () =>
    html`<ict-province-compare
      src="/data/ha-tinh-2020.json"
      indicator="phone_subscriptions_per_100"
    ></ict-province-compare>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('rect.bar').length).toBe(1);
  },
};

export const SeedPhoneDensity: Story = {
  name: 'Seed: telephone density (Bến Tre 114, Hà Tĩnh 94)',
  render: () =>
    html`<ict-province-compare
      src="/data/all-seed-facts.json"
      indicator="phone_subscriptions_per_100"
      highlight="83"
      highlight-era="2008-2025"
    ></ict-province-compare>`,
};

export const SeedEDocuments: Story = {
  name: 'Seed: e-documents share (4 values, not comparable)',
  render: () =>
    html`<ict-province-compare
      src="/data/all-seed-facts.json"
      indicator="e_documents_share"
    ></ict-province-compare>`,
};

export const ManyValues: Story = {
  name: 'ManyValues (63 provinces by region)',
  render: () =>
    html`<ict-province-compare .data=${example63} group-by="region" highlight="83"></ict-province-compare>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('.section-heading').length).toBe(6);
  },
};

export const DotPlot: Story = {
  render: () =>
    html`<ict-province-compare
      .data=${example63}
      form="dots"
      region="mrd"
      highlight="83"
    ></ict-province-compare>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('g.row circle.point').length).toBe(12);
    await expect(chart.shadowRoot!.querySelectorAll('path.point.highlighted').length).toBe(1);
  },
};

export const ThirtyFourUnits: Story = {
  name: '34 units (from 1 July 2025) with a national line',
  render: () =>
    html`<ict-province-compare .data=${example34()} group-by="region" highlight="86"></ict-province-compare>`,
};

export const SummedOntoNewUnits: Story = {
  name: 'Old counts summed onto the 34 units (era="2025-")',
  render: () =>
    html`<ict-province-compare
      .data=${stationsExample()}
      era="2025-"
      highlight="83"
      highlight-era="2008-2025"
    ></ict-province-compare>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('rect.bar').length).toBe(34);
    await expect(chart.shadowRoot!.querySelector('.notes')?.textContent).toContain('cộng lại theo 34');
  },
};

export const RateRefusedOnNewUnits: Story = {
  name: 'A rate cannot be summed onto the new units',
  render: () => html`<ict-province-compare .data=${example63} era="2025-"></ict-province-compare>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')?.textContent).toContain('Không thể cộng');
  },
};

export const MissingValues: Story = {
  render: () =>
    html`<ict-province-compare
      src="/data/all-seed-facts.json"
      indicator="postal_telecom_enterprises_count"
      era="2025-"
    ></ict-province-compare>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('rect.placeholder').length).toBe(1);
    await expect(chart.shadowRoot!.querySelector('.value-label.missing')?.textContent).toBe(
      'không có số liệu',
    );
  },
};

export const InvalidData: Story = {
  render: () => html`<ict-province-compare .data=${'{"version": 1, "indicators": ['}></ict-province-compare>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
  },
};

export const MissingFile: Story = {
  render: () => html`<ict-province-compare src="/data/does-not-exist.json"></ict-province-compare>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
  },
};

/**
 * The loading state: Storybook serves files at once, so this story delays the one request whose URL
 * carries `ict-story-delay` (the only fetch it touches) by 2 s. The chart shows `role=status` meanwhile.
 */
export const Loading: Story = {
  render: () => {
    const w = window as unknown as { __ictDelayedFetch?: boolean; fetch: typeof fetch };
    if (!w.__ictDelayedFetch) {
      const original = w.fetch.bind(window);
      w.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = input instanceof Request ? input.url : String(input);
        if (!url.includes('ict-story-delay')) return original(input, init);
        return new Promise((resolve) => setTimeout(resolve, 2000)).then(() => original(input, init));
      };
      w.__ictDelayedFetch = true;
    }
    return html`<ict-province-compare
      src="/data/all-seed-facts.json?ict-story-delay=1"
      indicator="phone_subscriptions_per_100"
    ></ict-province-compare>`;
  },
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement, '[role=status]');
    await expect(chart.shadowRoot!.querySelector('[role=status]')).toBeTruthy();
    await settled(canvasElement);
  },
};

export const Dark: Story = {
  render: () =>
    html`<div style="background:#121212;padding:1rem">
      <ict-province-compare
        theme="dark"
        .data=${example63}
        region="rrd"
        highlight="34"
      ></ict-province-compare>
    </div>`,
};

export const ForcedColours: Story = {
  render: () =>
    html`<p>
        Patterns are on. To see forced colours, emulate them in the browser (DevTools › Rendering › “Emulate
        CSS media feature forced-colors: active”): texts and lines become system colours, the focus ring
        Highlight.
      </p>
      <ict-province-compare
        patterns
        .data=${example63}
        form="bars"
        region="ncc"
        highlight="42"
      ></ict-province-compare>`,
};

export const Vietnamese: Story = {
  render: () =>
    html`<ict-province-compare
      lang="vi"
      .data=${example63}
      sort="name"
      highlight="83"
    ></ict-province-compare>`,
};

export const English: Story = {
  render: () =>
    html`<ict-province-compare
      lang="en"
      .data=${example63}
      group-by="region"
      highlight="83"
    ></ict-province-compare>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[part~="summary"]')?.textContent).toMatch(
      /Ben Tre: rank \d+ of 62/,
    );
  },
};

export const Phone320: Story = {
  name: '320 px phone (names above bars)',
  render: () =>
    html`<div style="width:320px">
      <ict-province-compare .data=${example63} group-by="region" highlight="83"></ict-province-compare>
    </div>`,
};

/** No data yet (no `src`, no `data`, no inline JSON): the empty state, announced politely. */
export const Empty: Story = {
  render: () => html`<ict-province-compare></ict-province-compare>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('ict-province-compare')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(chart.shadowRoot!.textContent).toMatch(/Chưa có dữ liệu để hiển thị|No data to show yet/);
  },
};
