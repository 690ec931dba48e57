import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/coverage/define.js';
import type { IctCoverage } from '../src/elements/coverage/coverage.js';
import type { IndicatorDocument } from '../src/core/indicator/types.js';

// Real seed facts from demo/data (served at /data by .storybook/main.ts staticDirs): Điện Biên 2022
// (mobile signal 98,9 % of villages, fibre 100 % of commune centres / 88 % of villages), Hà Tĩnh 2020
// (digital terrestrial TV about 85 % of residential areas, e-documents 100 % / 99 %), Bến Tre 2021
// (e-documents 97 %, officials with networked computers 100 % / 78,5 %, official e-mail 100 % / 96,6 %).
const meta: Meta = {
  title: 'Elements/ict-coverage',
  component: 'ict-coverage',
  args: { target: undefined, patterns: false, theme: undefined },
};
export default meta;
type Story = StoryObj;

const NBSP = '\u00a0';

async function settled(canvasElement: HTMLElement): Promise<IctCoverage> {
  const chart = canvasElement.querySelector('ict-coverage') as IctCoverage;
  await expect(chart).toBeTruthy();
  // The data controller settles after the fetch; wait until the figure has a chart or an error.
  for (let i = 0; i < 100 && !chart.shadowRoot?.querySelector('svg.marks, [role=alert]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return chart;
}

/** The printed values of the bars, in order. */
function values(chart: IctCoverage): string[] {
  return [...chart.shadowRoot!.querySelectorAll('.value-label, .no-data')].map((t) => t.textContent!.trim());
}

/** Bến Tre 2021: four indicators, two of them with a province/district and a commune tier side by side. */
export const Typical: Story = {
  render: () => html`<ict-coverage src="/data/ben-tre-2021.json"></ict-coverage>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(values(chart)).toEqual([
      `100${NBSP}%`,
      `78,5${NBSP}%`,
      `100${NBSP}%`,
      `96,6${NBSP}%`,
      `97${NBSP}%`,
      `100${NBSP}%`,
    ]);
    await expect(chart.shadowRoot!.querySelectorAll('.check').length).toBe(3);
  },
};

/** One value: Điện Biên's villages with mobile signal, 98,9 % — 1,1 percentage points short of 100 %. */
export const SingleValue: Story = {
  render: () =>
    html`<ict-coverage
      src="/data/dien-bien-2022.json"
      indicator="mobile_coverage_villages_share"
    ></ict-coverage>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(values(chart)).toEqual([`98,9${NBSP}%`]);
    const name = chart.shadowRoot!.querySelector('[role="treeitem"]')!.getAttribute('aria-label');
    await expect(name).toContain('còn thiếu 1,1 điểm phần trăm');
  },
};

/** Every seed fact in %, three places and years, against a 95 % target given by the `target` attribute. */
export const ManyValues: Story = {
  render: () =>
    html`<ict-coverage src="/data/all-seed-facts.json" target="95" highlight="42"></ict-coverage>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('.section-label').length).toBe(3);
    await expect(chart.shadowRoot!.querySelectorAll('g.bar-group').length).toBe(21);
  },
};

const WITH_GAPS: IndicatorDocument = {
  version: 1,
  indicators: [
    {
      id: 'officials_with_official_email_share',
      label: {
        vi: 'Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử',
        en: 'Officials with an official e-mail account',
      },
      unit: 'percent',
    },
    {
      id: 'fibre_coverage_villages_share',
      label: { vi: 'Tỷ lệ thôn/bản có cáp quang', en: 'Villages reached by fibre-optic transmission' },
      unit: 'percent',
    },
  ],
  observations: [
    {
      indicator: 'officials_with_official_email_share',
      place: { code: '83', era: '2008-2025' },
      period: { year: 2021 },
      value: 100,
      breakdown: { tier: 'province+district' },
    },
    {
      indicator: 'officials_with_official_email_share',
      place: { code: '83', era: '2008-2025' },
      period: { year: 2021 },
      value: null,
      missing: 'not-available',
      breakdown: { tier: 'commune' },
    },
    {
      indicator: 'fibre_coverage_villages_share',
      place: { code: '83', era: '2008-2025' },
      period: { year: 2021 },
      value: null,
      missing: 'not-applicable',
      breakdown: { scope: 'village' },
    },
  ],
};

/** Missing values are drawn as dashed, empty tracks that say why ("không có số liệu", "không áp dụng"), never as 0. */
export const MissingValues: Story = {
  render: () => html`<ict-coverage .data=${WITH_GAPS}></ict-coverage>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(values(chart)).toEqual([`100${NBSP}%`, 'không có số liệu', 'không áp dụng']);
    await expect(chart.shadowRoot!.querySelectorAll('rect.fill').length).toBe(1);
  },
};

/** Malformed JSON: the element shows and announces the problem (role="alert"), with a retry button. */
export const InvalidData: Story = {
  render: () => html`<ict-coverage .data=${'{"version": 1, "indicators": ['}></ict-coverage>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
  },
};

/** An indicator that is not a percentage is refused with the element's own message. */
export const NotAPercentage: Story = {
  render: () =>
    html`<ict-coverage
      src="/data/ha-tinh-2020.json"
      indicator="online_public_services_level3_count"
    ></ict-coverage>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('tính bằng %');
  },
};

/**
 * Loading: Storybook serves files at once, so a pending `src` cannot be held open here. The story sets
 * `src` 1,5 s after the first render: the element shows its empty state, then "Đang tải dữ liệu…" (a
 * polite status) while the file loads, then the chart.
 */
export const Loading: Story = {
  render: () => {
    const chart = document.createElement('ict-coverage') as IctCoverage;
    setTimeout(() => {
      chart.src = '/data/ha-tinh-2020.json';
    }, 1500);
    return chart;
  },
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('ict-coverage') as IctCoverage;
    await expect(chart.shadowRoot!.querySelector('[role=status]')).toBeTruthy();
    for (let i = 0; i < 100 && !chart.shadowRoot!.querySelector('svg.marks'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await expect(chart.shadowRoot!.querySelector('svg.marks')).toBeTruthy();
  },
};

/** The dark theme on a dark page. */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#121212;padding:1rem">
      <ict-coverage theme="dark" src="/data/ha-tinh-2020.json" target="90"></ict-coverage>
    </div>`,
};

/**
 * Patterns as well as colour, as under forced colours (emulate them with the browser's DevTools,
 * Rendering › "Emulate CSS media feature forced-colors"): the filled part of each track is hatched, the
 * track keeps its outline, checks and targets stay visible in system colours.
 */
export const ForcedColours: Story = {
  render: () =>
    html`<p style="margin:0 0 1em">
        Patterns on; in forced colours every colour becomes a system colour and the patterns switch on by
        themselves.
      </p>
      <ict-coverage patterns src="/data/dien-bien-2022.json" target="90"></ict-coverage>`,
};

/** Vietnamese: 98,9 %, "còn thiếu 16,3 điểm phần trăm". */
export const Vietnamese: Story = {
  render: () => html`<ict-coverage lang="vi" src="/data/dien-bien-2022.json"></ict-coverage>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.textContent).toContain('còn thiếu 16,3 điểm phần trăm');
  },
};

/** English: 98.9%, "16.3 percentage points short of 100%". */
export const English: Story = {
  render: () => html`<ict-coverage lang="en" src="/data/dien-bien-2022.json"></ict-coverage>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.textContent).toContain('16.3 percentage points short of 100%');
    await expect(values(chart)[0]).toBe('98.9%');
  },
};

/** No data yet (no `src`, no `data`, no inline JSON): the empty state, announced politely. */
export const Empty: Story = {
  render: () => html`<ict-coverage></ict-coverage>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('ict-coverage')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(chart.shadowRoot!.textContent).toMatch(/Chưa có dữ liệu để hiển thị|No data to show yet/);
  },
};
