import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/egov-level/define.js';
import type { IctEgovLevel } from '../src/elements/egov-level/egov-level.js';
import {
  EXAMPLE_LEVELS,
  EXAMPLE_MANY,
  EXAMPLE_MISSING,
  EXAMPLE_MIXED,
  EXAMPLE_PROCESS,
} from '../src/elements/egov-level/egov-level.examples.js';

// Real seed facts from demo/data (served at /data by .storybook/main.ts staticDirs): Hà Tĩnh 2020 (788
// level-3 services at the province tier, 1.068 at the district tier, 41 per commune), Bến Tre 2016 (over 80
// level-3 services), Bến Tre 2021 (100 % of eligible services at level 4), Điện Biên 2022 (100 % at level 4,
// 100 % integrated with the National Public Service Portal). Stories marked EXAMPLE DATA use invented
// figures (src/elements/egov-level/egov-level.examples.ts); their titles and sources say so.
const meta: Meta = {
  title: 'Elements/ict-egov-level',
  component: 'ict-egov-level',
  args: { view: undefined, layout: undefined, patterns: false, theme: undefined },
};
export default meta;
type Story = StoryObj;

const NBSP = '\u00a0';

async function settled(canvasElement: HTMLElement): Promise<IctEgovLevel> {
  const chart = canvasElement.querySelector('ict-egov-level') as IctEgovLevel;
  await expect(chart).toBeTruthy();
  // The data controller settles after the fetch; wait until the figure has a chart or an error.
  for (let i = 0; i < 100 && !chart.shadowRoot?.querySelector('svg.marks, [role=alert]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return chart;
}

/** The direct labels, in reading order. */
function labels(chart: IctEgovLevel): string[] {
  return [...chart.shadowRoot!.querySelectorAll('.direct-label')].map((t) => t.textContent!.trim());
}

/**
 * Hà Tĩnh 2020: level-3 services by tier. The per-commune figure (41 for each commune) is a panel of its own,
 * with a note: it is never stacked or added to the province and district totals.
 */
export const Typical: Story = {
  render: () => html`<ict-egov-level src="/data/ha-tinh-2020.json"></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(labels(chart)).toEqual(['Mức độ 3: 788', 'Mức độ 3: 1.068', 'Mức độ 3: 41']);
    const name = chart
      .shadowRoot!.querySelector('[role="treeitem"]:not([aria-expanded])')!
      .getAttribute('aria-label');
    await expect(name).toBe('Hà Tĩnh, 2020, cấp tỉnh, mức độ 3: 788 dịch vụ, 1/1');
  },
};

/** Bến Tre 2016: one value, "over 80" level-3 services, tier not stated. */
export const SingleValue: Story = {
  render: () => html`<ict-egov-level src="/data/ben-tre-2016.json"></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(labels(chart)).toEqual(['Mức độ 3: trên 80']);
  },
};

/** EXAMPLE DATA: levels 1–4 × three tiers, stacked; the total of each tier at the end of its bar. */
export const StackedLevels: Story = {
  render: () => html`<ict-egov-level .data=${EXAMPLE_LEVELS}></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('rect.segment').length).toBe(12);
    const totals = [...chart.shadowRoot!.querySelectorAll('.total')].map((t) => t.textContent!.trim());
    await expect(totals).toEqual(['Tổng: 809', 'Tổng: 566', 'Tổng: 155']);
  },
};

/** EXAMPLE DATA: the same counts, one bar per level (`layout="grouped"`). */
export const GroupedLevels: Story = {
  render: () => html`<ict-egov-level layout="grouped" .data=${EXAMPLE_LEVELS}></ict-egov-level>`,
};

/** EXAMPLE DATA: `view="share"`: each tier a 100 % bar, shares computed from the counts (the total is known). */
export const ShareOfLevels: Story = {
  render: () => html`<ict-egov-level view="share" .data=${EXAMPLE_LEVELS}></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('rect.track').length).toBe(3);
    await expect(labels(chart)).toContain(`Mức độ 4: 49,7${NBSP}%`);
  },
};

/** Điện Biên 2022: 100 % of eligible procedures at level 4, and 100 % integrated with the national portal. */
export const Shares100: Story = {
  render: () => html`<ict-egov-level src="/data/dien-bien-2022.json"></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(labels(chart)).toEqual([`Mức độ 4: 100${NBSP}%`, `100${NBSP}%`]);
  },
};

/** Bến Tre 2021: 100 % of eligible services at level 4. */
export const BenTre2021: Story = {
  render: () => html`<ict-egov-level src="/data/ben-tre-2021.json"></ict-egov-level>`,
};

/** EXAMPLE DATA: the scheme since 2022 (partial → full process) by tier, 2022 and 2023 as small multiples. */
export const Scheme2022: Story = {
  render: () => html`<ict-egov-level .data=${EXAMPLE_PROCESS}></ict-egov-level>`,
};

/** EXAMPLE DATA: both schemes (2021 levels, 2023 full process/partial): separate panels with a note. */
export const MixedSchemes: Story = {
  render: () => html`<ict-egov-level .data=${EXAMPLE_MIXED}></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('.note')!.textContent).toContain(
      'hai cách phân loại khác nhau',
    );
  },
};

/** EXAMPLE DATA: eight provinces, levels 3 and 4; Hà Tĩnh highlighted (◆, bold, outlined bars). */
export const ManyValues: Story = {
  render: () => html`<ict-egov-level highlight="42" .data=${EXAMPLE_MANY}></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('g.panel').length).toBe(8);
  },
};

/** EXAMPLE DATA: level 4 of the province tier has no data: a dashed mark, "không có số liệu", no total. */
export const MissingValues: Story = {
  render: () => html`<ict-egov-level .data=${EXAMPLE_MISSING}></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(labels(chart)).toContain('Mức độ 4: không có số liệu');
  },
};

/** Malformed JSON: the element shows and announces what is wrong. */
export const InvalidData: Story = {
  render: () => html`<ict-egov-level .data=${'{"version": 1, "indicators": ['}></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
  },
};

/** An indicator that is not about services by level: the element's own message. */
export const UnfitIndicator: Story = {
  render: () =>
    html`<ict-egov-level src="/data/ha-tinh-2020.json" indicator="e_documents_share"></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('e_documents_share');
  },
};

/**
 * Loading: Storybook serves files at once, so a pending `src` cannot be held open here. The story sets
 * `src` 1,5 s after the first render: the element shows its empty state, then "Đang tải dữ liệu…" (a
 * polite status) while the file loads, then the chart.
 */
export const Loading: Story = {
  render: () => {
    const chart = document.createElement('ict-egov-level') as IctEgovLevel;
    setTimeout(() => {
      chart.src = '/data/ha-tinh-2020.json';
    }, 1500);
    return chart;
  },
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('ict-egov-level') as IctEgovLevel;
    await expect(chart.shadowRoot!.querySelector('[role=status]')).toBeTruthy();
    for (let i = 0; i < 100 && !chart.shadowRoot!.querySelector('svg.marks'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await expect(chart.shadowRoot!.querySelector('svg.marks')).toBeTruthy();
  },
};

/** A `src` that does not exist: the error state with a Retry button. */
export const MissingFile: Story = {
  render: () => html`<ict-egov-level src="/data/does-not-exist.json"></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
  },
};

/** The dark theme on a dark page. */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#121212;padding:1rem">
      <ict-egov-level theme="dark" .data=${EXAMPLE_LEVELS}></ict-egov-level>
    </div>`,
};

/**
 * Forced colours: levels always carry a pattern as well as a colour, so they stay apart when every colour
 * becomes a system colour (emulate with the browser's DevTools, Rendering › "Emulate CSS media feature
 * forced-colors"; the toolbar's "Forced colours (preview)" theme shows the system colours here).
 */
export const ForcedColours: Story = {
  render: () =>
    html`<p style="margin:0 0 1em">
        Levels differ by pattern as well as colour; in forced colours texts, outlines and patterns use the
        system colours and the focus ring is Highlight.
      </p>
      <ict-egov-level .data=${EXAMPLE_LEVELS}></ict-egov-level>`,
};

/** Vietnamese: "1.068", "Cấp xã, mỗi xã", the per-commune note. */
export const Vietnamese: Story = {
  render: () => html`<ict-egov-level lang="vi" src="/data/ha-tinh-2020.json"></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.textContent).toContain('không cộng với các cấp khác');
  },
};

/** English: "1,068", "Commune level, each commune", "never added to the other tiers". */
export const English: Story = {
  render: () => html`<ict-egov-level lang="en" src="/data/ha-tinh-2020.json"></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(labels(chart)).toEqual(['Level 3: 788', 'Level 3: 1,068', 'Level 3: 41']);
    await expect(chart.shadowRoot!.textContent).toContain('never added to the other tiers');
  },
};

/** No data yet (no `src`, no `data`, no inline JSON): the empty state, announced politely. */
export const Empty: Story = {
  render: () => html`<ict-egov-level></ict-egov-level>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('ict-egov-level')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(chart.shadowRoot!.textContent).toMatch(/Chưa có dữ liệu để hiển thị|No data to show yet/);
  },
};
