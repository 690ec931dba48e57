import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/bar-chart/define.js';
import type { IctBarChart } from '../src/elements/bar-chart/bar-chart.js';

// Real seed facts from demo/data (served at /data by .storybook/main.ts staticDirs).
const meta: Meta = {
  title: 'Reference/ict-bar-chart',
  component: 'ict-bar-chart',
  args: { sort: 'none', patterns: false, theme: undefined },
};
export default meta;
type Story = StoryObj;

async function settled(canvasElement: HTMLElement): Promise<IctBarChart> {
  const chart = canvasElement.querySelector('ict-bar-chart') as IctBarChart;
  await expect(chart).toBeTruthy();
  // The data controller settles after the fetch; wait until the figure has a chart or a state.
  for (let i = 0; i < 100 && !chart.shadowRoot?.querySelector('svg.marks, [role=alert]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return chart;
}

export const Typical: Story = {
  render: () =>
    html`<ict-bar-chart
      src="/data/ha-tinh-2020.json"
      indicator="online_public_services_level3_count"
    ></ict-bar-chart>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('rect.bar').length).toBe(3);
  },
};

export const HighlightedAndSorted: Story = {
  render: () =>
    html`<ict-bar-chart
      src="/data/all-seed-facts.json"
      indicator="e_documents_share"
      sort="descending"
      highlight="83"
      highlight-era="2008-2025"
    ></ict-bar-chart>`,
};

export const English: Story = {
  render: () =>
    html`<ict-bar-chart
      lang="en"
      src="/data/ha-tinh-2020.json"
      indicator="online_public_services_level3_count"
    ></ict-bar-chart>`,
};

export const Dark: Story = {
  render: () =>
    html`<div style="background:#121212;padding:1rem">
      <ict-bar-chart
        theme="dark"
        src="/data/all-seed-facts.json"
        indicator="phone_subscriptions_per_100"
      ></ict-bar-chart>
    </div>`,
};

export const InvalidData: Story = {
  render: () => html`<ict-bar-chart .data=${'{"version": 1, "indicators": ['}></ict-bar-chart>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
  },
};

/** No data yet (no `src`, no `data`, no inline JSON): the empty state, announced politely. */
export const Empty: Story = {
  render: () => html`<ict-bar-chart></ict-bar-chart>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('ict-bar-chart')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(chart.shadowRoot!.textContent).toMatch(/Chưa có dữ liệu để hiển thị|No data to show yet/);
  },
};
