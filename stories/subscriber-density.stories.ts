import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/subscriber-density/define.js';
import type { IctSubscriberDensity } from '../src/elements/subscriber-density/subscriber-density.js';
import type { IndicatorDocument, Observation } from '../src/core/indicator/types.js';

// Real seed facts come from demo/data (served at /data by .storybook/main.ts staticDirs):
// Hà Tĩnh 2020 (94 telephone and 11,7 fixed broadband subscriptions per 100 inhabitants, +1,1 % and +15,9 %
// on 2019) and Bến Tre 2016 (114 per 100; 1.447.307 telephone subscriptions in all). The seed has no
// series over several years, so the stories that need one use ILLUSTRATIVE numbers, said so in their source line.
const meta: Meta = {
  title: 'Elements/ict-subscriber-density',
  component: 'ict-subscriber-density',
};
export default meta;
type Story = StoryObj;

async function settled(canvasElement: HTMLElement): Promise<IctSubscriberDensity> {
  const chart = canvasElement.querySelector('ict-subscriber-density') as IctSubscriberDensity;
  await expect(chart).toBeTruthy();
  for (let i = 0; i < 100 && !chart.shadowRoot?.querySelector('svg.marks, [role=alert]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return chart;
}

const texts = (chart: IctSubscriberDensity, selector: string): string[] =>
  [...chart.shadowRoot!.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim());

/** ILLUSTRATIVE numbers (not from a source): Hà Tĩnh 2016–2020 by type, a national series, Bến Tre. */
function illustrative(options: { missing?: boolean } = {}): IndicatorDocument {
  const source = {
    title: 'Số liệu minh họa, không phải số liệu thật / Illustrative numbers, not real data',
  };
  const obs: Observation[] = [];
  const add = (
    indicator: string,
    code: string,
    values: (number | null)[],
    extra: Partial<Observation> = {},
  ): void =>
    values.forEach((value, i) =>
      obs.push({
        indicator,
        place: { code, era: '2008-2025' },
        period: { year: 2016 + i },
        value,
        ...(value === null ? { missing: 'not-available' as const } : {}),
        ...extra,
      }),
    );
  add('phone_subscriptions_per_100', '42', [80, 85, 88, 93, 94]);
  add('fixed_broadband_subscriptions_per_100', '42', [6, 7.5, options.missing ? null : 8.8, 10.1, 11.7]);
  add('mobile_broadband_subscriptions_per_100', '42', [40, 48, options.missing ? null : 55, 62, 70]);
  add('phone_subscriptions_per_100', '42', [120, 125, 128, 130, 132], { breakdown: { scope: 'national' } });
  add('phone_subscriptions_per_100', '83', [110, 112, 115, 118, 121]);
  obs[9]!.target = 12;
  const indicator = (id: string, vi: string, en: string) => ({
    id,
    label: { vi, en },
    unit: 'per-100-inhabitants' as const,
    source,
  });
  return {
    version: 1,
    indicators: [
      indicator(
        'phone_subscriptions_per_100',
        'Mật độ thuê bao điện thoại',
        'Telephone subscriptions per 100 inhabitants',
      ),
      indicator(
        'fixed_broadband_subscriptions_per_100',
        'Mật độ thuê bao băng rộng cố định',
        'Fixed broadband subscriptions per 100 inhabitants',
      ),
      indicator(
        'mobile_broadband_subscriptions_per_100',
        'Mật độ thuê bao băng rộng di động',
        'Mobile broadband subscriptions per 100 inhabitants',
      ),
    ],
    observations: obs,
  };
}

/** Seed: Hà Tĩnh 2020, both densities with the changes the source states. */
export const Typical: Story = {
  render: () => html`<ict-subscriber-density src="/data/ha-tinh-2020.json"></ict-subscriber-density>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(texts(chart, '.t-value')).toEqual(['94', '11,7']);
    await expect(texts(chart, '.t-note')).toEqual(['+1,1\u00a0% so với 2019', '+15,9\u00a0% so với 2019']);
  },
};

/** Seed: Bến Tre 2016, one value (114 per 100) with the total count 1.447.307 as context. */
export const SingleValue: Story = {
  render: () => html`<ict-subscriber-density src="/data/ben-tre-2016.json"></ict-subscriber-density>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(texts(chart, '.t-value')).toEqual(['114']);
    await expect(texts(chart, '.t-note')).toEqual(['1.447.307 thuê bao']);
  },
};

/** Seeds: Hà Tĩnh 2020 beside Bến Tre 2016, with a reference line at 100. */
export const CompareProvinces: Story = {
  render: () =>
    html`<ict-subscriber-density
      src="/data/all-seed-facts.json"
      place="42"
      compare="83"
      reference="100"
      reference-label="Mức tham chiếu"
    ></ict-subscriber-density>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('g.mark[data-role="compare"]').length).toBe(1);
  },
};

/** Illustrative numbers: five years, three types, a national line, a compared province, a plan. */
export const ManyValues: Story = {
  render: () =>
    html`<ict-subscriber-density
      .data=${illustrative()}
      place="42"
      compare="83"
      highlight="42"
    ></ict-subscriber-density>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('.plot')!.getAttribute('data-form')).toBe('lines');
  },
};

/** Illustrative numbers with values missing in 2018: gaps and a "không có số liệu" note, never zeros. */
export const MissingValues: Story = {
  render: () =>
    html`<ict-subscriber-density
      .data=${illustrative({ missing: true })}
      place="42"
    ></ict-subscriber-density>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelectorAll('circle.missing-marker').length).toBe(2);
    await expect(texts(chart, '.t-missing-note')[0]).toContain('Không có số liệu');
  },
};

export const InvalidData: Story = {
  render: () =>
    html`<ict-subscriber-density .data=${'{"version": 1, "indicators": ['}></ict-subscriber-density>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
  },
};

/** An indicator that is not a density (a percentage): the element says so. */
export const NotADensity: Story = {
  render: () =>
    html`<ict-subscriber-density
      src="/data/ha-tinh-2020.json"
      indicator="e_documents_share"
    ></ict-subscriber-density>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain(
      'không phải mật độ thuê bao',
    );
  },
};

/**
 * Loading: Storybook cannot serve a URL that never answers, so this story fetches the real seed file and
 * the "Đang tải dữ liệu…" status shows only while it loads (a moment); a URL that does not exist ends in the
 * error state with a Retry button.
 */
export const Loading: Story = {
  render: () =>
    html`<ict-subscriber-density src="/data/ha-tinh-2020.json"></ict-subscriber-density>
      <ict-subscriber-density src="/data/does-not-exist.json"></ict-subscriber-density>`,
  play: async ({ canvasElement }) => {
    const [ok, missing] = [
      ...canvasElement.querySelectorAll('ict-subscriber-density'),
    ] as IctSubscriberDensity[];
    for (let i = 0; i < 100 && !missing!.shadowRoot?.querySelector('[role=alert]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await expect(missing!.shadowRoot!.querySelector('[role=alert]')).toBeTruthy();
    await settled(canvasElement);
    await expect(ok!.shadowRoot!.querySelector('svg.marks')).toBeTruthy();
  },
};

export const Dark: Story = {
  render: () =>
    html`<div style="background:#121212;padding:1rem">
      <ict-subscriber-density
        theme="dark"
        .data=${illustrative()}
        place="42"
        compare="83"
      ></ict-subscriber-density>
    </div>`,
};

/**
 * Forced colours: turn on "forced-colors: active" in the browser (DevTools › Rendering) to see it. The
 * compared province stays hollow and dashed, the national line dotted, the plan a tick, every line has its
 * marker shape and its label; `patterns` also fills bars with textures.
 */
export const ForcedColours: Story = {
  render: () =>
    html`<p style="font:14px sans-serif">
        Emulate <code>forced-colors: active</code> (DevTools › Rendering) to check this story; the patterns
        below are what forced colours show.
      </p>
      <ict-subscriber-density
        patterns
        src="/data/all-seed-facts.json"
        place="42"
        compare="83"
      ></ict-subscriber-density>
      <ict-subscriber-density
        patterns
        .data=${illustrative()}
        place="42"
        compare="83"
      ></ict-subscriber-density>`,
};

/** Illustrative numbers for 2019–2020: two periods give columns, with the change under each one. */
export const Vietnamese: Story = {
  render: () => {
    const doc = illustrative();
    const twoYears = { ...doc, observations: doc.observations.filter((o) => o.period.year >= 2019) };
    return html`<ict-subscriber-density lang="vi" .data=${twoYears} place="42"></ict-subscriber-density>`;
  },
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(chart.shadowRoot!.querySelector('.plot')!.getAttribute('data-form')).toBe('columns');
  },
};

export const English: Story = {
  render: () =>
    html`<ict-subscriber-density lang="en" src="/data/ha-tinh-2020.json"></ict-subscriber-density>`,
  play: async ({ canvasElement }) => {
    const chart = await settled(canvasElement);
    await expect(texts(chart, '.t-label')).toEqual(['Telephone', 'Fixed broadband']);
    await expect(texts(chart, '.t-note')).toEqual(['+1.1% vs 2019', '+15.9% vs 2019']);
  },
};

/** 320 px wide: labels above the bars (Hà Tĩnh 2020 seed). */
export const Narrow: Story = {
  render: () =>
    html`<div style="width:320px">
      <ict-subscriber-density src="/data/ha-tinh-2020.json"></ict-subscriber-density>
    </div>`,
};

/** No data yet (no `src`, no `data`, no inline JSON): the empty state, announced politely. */
export const Empty: Story = {
  render: () => html`<ict-subscriber-density></ict-subscriber-density>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('ict-subscriber-density')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(chart.shadowRoot!.textContent).toMatch(/Chưa có dữ liệu để hiển thị|No data to show yet/);
  },
};
