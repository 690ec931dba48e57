import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/indicator-trend/define.js';
import type { IctIndicatorTrend } from '../src/elements/indicator-trend/indicator-trend.js';
import {
  EXAMPLE_MISSING,
  EXAMPLE_PLACES,
  EXAMPLE_YEARS,
  exampleLongSeries,
} from '../src/elements/indicator-trend/indicator-trend.examples.js';

// Real seed facts from demo/data (served at /data by .storybook/main.ts staticDirs): Bến Tre 2016 revenue
// 1.341.424.606.000 đồng at 111,78 % of plan, procedure time 15 → 4 days, 147 certificates; Hà Tĩnh 2020:
// over 3.100 BTS stations, ICT revenue about 2.850 tỷ đồng (+3,5 % on 2019); Điện Biên staff 2 (2007) → 49
// (2022); Bình Thuận key tasks 8 (2013) and 8 planned (2014). Stories marked EXAMPLE DATA use invented
// figures (src/elements/indicator-trend/indicator-trend.examples.ts); their labels and sources say so.
const meta: Meta = {
  title: 'Elements/ict-indicator-trend',
  component: 'ict-indicator-trend',
  args: { form: 'auto', patterns: false, theme: undefined },
};
export default meta;
type Story = StoryObj;

const NBSP = '\u00a0';

async function settled(canvasElement: HTMLElement, ms = 5000): Promise<IctIndicatorTrend> {
  const chart = canvasElement.querySelector('ict-indicator-trend') as IctIndicatorTrend;
  await expect(chart).toBeTruthy();
  // The data controller settles after the fetch; wait until the figure has a chart or an error.
  for (let i = 0; i < ms / 50 && !chart.shadowRoot?.querySelector('svg.marks, [role=alert]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return chart;
}

const textsOf = (chart: IctIndicatorTrend, cls: string): string[] =>
  [...chart.shadowRoot!.querySelectorAll(`svg.marks text.${cls}`)].map((t) => t.textContent!.trim());

/** Điện Biên's department staff: 2 at its founding in 2007, 49 in 2022 — two columns and the change. */
export const Typical: Story = {
  render: () =>
    html`<ict-indicator-trend
      src="/data/dien-bien-2022.json"
      indicator="department_staff_count"
    ></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(textsOf(chart, 't-value')).toEqual(['2', '49']);
    await expect(textsOf(chart, 't-change')).toEqual([`+2.350${NBSP}%`]);
  },
};

/** Bến Tre 2016 revenue against plan: the actual bar, a plan marker derived from 111,78 %, the share printed. */
export const AgainstPlan: Story = {
  render: () =>
    html`<ict-indicator-trend
      src="/data/ben-tre-2016.json"
      indicator="postal_telecom_revenue"
    ></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(textsOf(chart, 't-headline')).toEqual([`111,78${NBSP}% kế hoạch`]);
    await expect(textsOf(chart, 't-legend').join(' ')).toContain('suy ra từ 111,78');
  },
};

/** Bến Tre 2016: the department's procedure time cut from 15 days to 4. */
export const BeforeAfter: Story = {
  render: () =>
    html`<ict-indicator-trend
      src="/data/ben-tre-2016.json"
      indicator="admin_procedure_processing_days"
    ></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(textsOf(chart, 't-headline')).toEqual([`giảm 11 ngày (-73${NBSP}%)`]);
  },
};

/** Hà Tĩnh 2020: one estimated value with the change the source states ("khoảng +3,5 %" on 2019). */
export const SingleValue: Story = {
  render: () =>
    html`<ict-indicator-trend
      src="/data/ha-tinh-2020.json"
      indicator="ict_sector_revenue"
    ></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(textsOf(chart, 't-value')).toEqual([`2,85${NBSP}nghìn${NBSP}tỷ`]);
    await expect(textsOf(chart, 't-change')).toEqual([`khoảng +3,5${NBSP}% so với 2019`]);
  },
};

/** Hà Tĩnh 2020: "trên 3.100" BTS stations, as the source hedges it. */
export const SingleCount: Story = {
  render: () =>
    html`<ict-indicator-trend
      src="/data/ha-tinh-2020.json"
      indicator="bts_stations_count"
    ></ict-indicator-trend>`,
};

/** Bến Tre 2016: 147 digital certificates handed over. */
export const Certificates: Story = {
  render: () =>
    html`<ict-indicator-trend
      src="/data/ben-tre-2016.json"
      indicator="digital_certificates_issued_count"
    ></ict-indicator-trend>`,
};

/** Bình Thuận: 8 key tasks done in 2013, 8 set for 2014 (a plan: hollow, dashed, no change computed into it). */
export const WithPlanYear: Story = {
  render: () => html`<ict-indicator-trend src="/data/binh-thuan-2014.json"></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(textsOf(chart, 't-status')).toEqual(['(kế hoạch)']);
  },
};

/** EXAMPLE DATA: eight years of one place, columns with the change between consecutive years. */
export const ManyValues: Story = {
  render: () => html`<ict-indicator-trend .data=${EXAMPLE_YEARS}></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('[part="column"]').length).toBe(8);
  },
};

/** EXAMPLE DATA: three places, fourteen years: one line each, direct labels, markers and dashes. */
export const SeveralPlaces: Story = {
  render: () => html`<ict-indicator-trend .data=${EXAMPLE_PLACES} highlight="83"></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('[part="line"]').length).toBe(3);
    await expect(textsOf(chart, 't-series')).toContain('◆ Bến Tre');
  },
};

/**
 * EXAMPLE DATA: 10 000 monthly values (5 places × 2 000 months), drawn downsampled to the plot width with the
 * extremes kept. The table shows them 100 rows a page; the keyboard tree draws its open path only (five
 * places, closed, until ↓ opens one); the keys reach every value.
 */
export const LongSeries: Story = {
  render: () => html`<ict-indicator-trend .data=${exampleLongSeries()}></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    const root = chart.shadowRoot!;
    await expect(root.querySelector('caption')!.textContent).toContain('Hàng 1–100 trong 10.000');
    await expect(root.querySelectorAll('[role="treeitem"][aria-expanded="false"]').length).toBe(5);
  },
};

/** EXAMPLE DATA: two missing years, drawn as "không có số liệu", never as zero. */
export const MissingValues: Story = {
  render: () => html`<ict-indicator-trend .data=${EXAMPLE_MISSING}></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('rect.placeholder').length).toBe(2);
  },
};

/** Invalid JSON text: a visible, announced error inside the element. */
export const InvalidData: Story = {
  render: () => html`<ict-indicator-trend .data=${'{"version": 1, "indicators": ['}></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
  },
};

/** form="plan" on data that states no plan: the element says why it cannot draw it. */
export const FormMismatch: Story = {
  render: () =>
    html`<ict-indicator-trend
      src="/data/dien-bien-2022.json"
      indicator="department_staff_count"
      form="plan"
    ></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('không có kế hoạch');
  },
};

/** A `src` that does not exist: the error state with a Retry button. */
export const LoadError: Story = {
  render: () => html`<ict-indicator-trend src="/data/does-not-exist.json"></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
  },
};

/**
 * Loading: Storybook cannot hold a request open, so this story gives the element its `src` 1,5 s after it is
 * drawn: first the empty state, then "Đang tải dữ liệu…" (role=status) while the file is fetched, then the
 * chart. The loading state itself lasts only as long as the fetch.
 */
export const Loading: Story = {
  render: () => {
    const chart = document.createElement('ict-indicator-trend') as IctIndicatorTrend;
    chart.indicator = 'postal_telecom_revenue';
    setTimeout(() => (chart.src = '/data/ben-tre-2016.json'), 1500);
    return chart;
  },
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('ict-indicator-trend') as IctIndicatorTrend;
    await expect(chart.shadowRoot!.querySelector('[role=status]')).toBeTruthy();
    await settled(canvasElement, 8000);
    await expect(chart.shadowRoot!.querySelector('svg.marks')).toBeTruthy();
  },
};

/**
 * `loading="lazy"` on a page of many charts: the chart below this tall gap shows its title, summary and table at
 * once, and an empty box of its plot's size until it comes within a screen of the view. Scroll down to see it
 * draw (the play function scrolls to it).
 */
export const Lazy: Story = {
  render: () =>
    html`<p>Scroll down: the chart draws its plot as it comes near.</p>
      <div style="height:300vh"></div>
      <ict-indicator-trend
        loading="lazy"
        src="/data/ben-tre-2016.json"
        indicator="postal_telecom_revenue"
      ></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('ict-indicator-trend') as IctIndicatorTrend;
    const root = chart.shadowRoot!;
    for (let i = 0; i < 100 && !root.querySelector('[part="deferred-plot"]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await expect(root.querySelector('[part="deferred-plot"]')).toBeTruthy();
    await expect(root.querySelector('svg.marks')).toBeNull();
    await expect(root.querySelector('[part="summary"]')!.textContent).toMatch(/111,78/);
    chart.scrollIntoView();
    await settled(canvasElement);
    await expect(root.querySelector('svg.marks')).toBeTruthy();
  },
};

/** Dark theme on a dark page. */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#121212;padding:1rem">
      <ict-indicator-trend theme="dark" .data=${EXAMPLE_PLACES}></ict-indicator-trend>
    </div>`,
};

/**
 * Patterns on (as under forced colours and `prefers-contrast: more`): columns carry a texture, lines differ
 * by dash and marker shape, so nothing depends on colour. Emulate forced colours in the browser's DevTools
 * (Rendering › Emulate CSS media feature forced-colors) to see the system colours.
 */
export const ForcedColours: Story = {
  render: () =>
    html`<p>Patterns on; emulate <code>forced-colors: active</code> in DevTools to see system colours.</p>
      <ict-indicator-trend patterns .data=${EXAMPLE_YEARS}></ict-indicator-trend>
      <ict-indicator-trend patterns .data=${EXAMPLE_PLACES}></ict-indicator-trend>`,
};

/** Vietnamese (the default): "1,34 nghìn tỷ", "111,78 %". */
export const Vietnamese: Story = {
  render: () =>
    html`<ict-indicator-trend
      lang="vi"
      src="/data/ben-tre-2016.json"
      indicator="postal_telecom_revenue"
    ></ict-indicator-trend>`,
};

/** English: "VND 1.34T", "111.78% of plan", "down 11 days (-73%)". */
export const English: Story = {
  render: () =>
    html`<ict-indicator-trend
        lang="en"
        src="/data/ben-tre-2016.json"
        indicator="postal_telecom_revenue"
      ></ict-indicator-trend>
      <ict-indicator-trend
        lang="en"
        src="/data/ben-tre-2016.json"
        indicator="admin_procedure_processing_days"
      ></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(textsOf(chart, 't-headline')).toEqual(['111.78% of plan']);
  },
};

/** No data yet (no `src`, no `data`, no inline JSON): the empty state, announced politely. */
export const Empty: Story = {
  render: () => html`<ict-indicator-trend></ict-indicator-trend>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('ict-indicator-trend')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(chart.shadowRoot!.textContent).toMatch(/Chưa có dữ liệu để hiển thị|No data to show yet/);
  },
};
