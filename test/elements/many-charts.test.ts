import { html } from 'lit';
import { expect } from '@open-wc/testing';
import '../../src/elements/bar-chart/define.js';
import type { IctBarChart } from '../../src/elements/bar-chart/bar-chart.js';
import { axeViolations } from '../helpers/ax.js';
import { CODES, mount, smallDocument } from '../helpers/fixtures.js';

// ACCESSIBILITY rows 36 and 37: a portal page with 50 charts stays clean — no duplicate ids, no repeated
// landmarks (Highcharts fails landmark-unique here), every IDREF resolving inside its own chart.
describe('50 charts on one page', function () {
  this.timeout(60000);

  async function page(landmark: boolean): Promise<IctBarChart[]> {
    const wrapper = await mount<HTMLDivElement>(
      html`<div>
        ${Array.from(
          { length: 50 },
          (_, i) =>
            html`<ict-bar-chart
              style="width:300px"
              ?landmark=${landmark}
              label=${`Biểu đồ ${i + 1}`}
              .data=${smallDocument([
                [CODES.haNoi, 100 + i],
                [CODES.haTinh, 90 + i],
                [CODES.benTre, 110 - i],
              ])}
            ></ict-bar-chart>`,
        )}
      </div>`,
    );
    const charts = [...wrapper.querySelectorAll('ict-bar-chart')];
    for (const chart of charts) {
      for (let i = 0; i < 200 && !chart.shadowRoot?.querySelector('[role="tree"]'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(chart.shadowRoot!.querySelector('[role="tree"]'), 'every chart rendered').to.exist;
    }
    return charts;
  }

  it('has zero axe violations (WCAG 2.0–2.2 A/AA, best practice) with no landmark per chart', async () => {
    const charts = await page(false);
    expect(await axeViolations(document.body)).to.deep.equal([]);
    expect(charts.every((c) => c.shadowRoot!.querySelector('[role="region"]') === null)).to.equal(true);
  });

  it('with the landmark attribute, 50 regions each named by their own title stay axe-clean', async () => {
    const charts = await page(true);
    const names = charts.map((chart) => {
      const region = chart.shadowRoot!.querySelector('[role="region"]')!;
      return chart.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent!.trim();
    });
    expect(new Set(names).size).to.equal(50);
    expect(await axeViolations(document.body)).to.deep.equal([]);
  });
});
