// Pure tests of <ict-province-map>'s layout, data selection and boundary loading: no element is built.
import { expect } from '@open-wc/testing';
import { rectsOverlap, type Rect } from '../../src/chart/geometry/rect.js';
import type { Era, IndicatorDataset, ResolvedObservation } from '../../src/core/indicator/types.js';
import { predecessorsOf, provincesOf } from '../../src/core/provinces/provinces.js';
import {
  checkTopology,
  loadBoundaries,
  type BoundaryTopology,
} from '../../src/elements/province-map/province-map.boundaries.js';
import { highlightIn, selectMapData, unitKey } from '../../src/elements/province-map/province-map.data.js';
import {
  layoutMap,
  prepareBoundaries,
  type MapLayout,
} from '../../src/elements/province-map/province-map.geo.js';
import {
  Occupancy,
  classColors,
  clampClasses,
  classify,
  layoutLegend,
  placeBox,
  rangeText,
  reachable,
  spatialNeighbours,
} from '../../src/elements/province-map/province-map.geometry.js';
import { boundaryUrl, defaultBoundaryUrl } from '../../src/maps/boundaries.js';

// ─── fixtures ─────────────────────────────────────────────────────────────────────────────────────

const topologies = new Map<Era, BoundaryTopology>();
async function topology(era: Era): Promise<BoundaryTopology> {
  let t = topologies.get(era);
  if (t === undefined) {
    const response = await fetch(defaultBoundaryUrl(era));
    const checked = checkTopology(await response.json(), era);
    if (!checked.ok) throw new Error(JSON.stringify(checked.issue));
    t = checked.topology;
    topologies.set(era, t);
  }
  return t;
}

const LEGEND = {
  title: 'thuê bao/100 dân',
  entries: ['0–20', '20–40', '40–60', '60–80', '80–100', 'Không có số liệu'].map((text, i) => ({
    key: `k${i}`,
    text,
  })),
};
const INSETS = {
  'hoang-sa': ['Quần đảo Hoàng Sa', '(Đà Nẵng)'],
  'truong-sa': ['Quần đảo Trường Sa', '(Khánh Hòa)'],
} as const;

async function layoutAt(
  era: Era,
  width: number,
  highlight?: string,
): Promise<MapLayout & { adjacency: Map<string, Set<string>> }> {
  const prepared = prepareBoundaries(await topology(era), era);
  const layout = layoutMap(prepared, {
    width,
    fontSize: 14,
    legend: LEGEND,
    insetNames: INSETS,
    highlight: highlight === undefined ? undefined : { code: highlight, text: '◆ Bến Tre' },
  });
  return { ...layout, adjacency: prepared.adjacency };
}

function obs(
  code: string,
  era: Era,
  year: number,
  value: number | null,
  index: number,
  extra: Partial<ResolvedObservation> = {},
): ResolvedObservation {
  return {
    indicator: 'x',
    index,
    place: { code, era },
    period: { year },
    value,
    ...(value === null ? { missing: 'not-available' as const } : {}),
    ...extra,
  };
}

function dataset(unit: 'count' | 'percent', observations: ResolvedObservation[]): IndicatorDataset {
  return {
    version: 1,
    indicators: [{ id: 'x', label: { vi: 'Chỉ tiêu', en: 'Indicator' }, unit }],
    observations,
  };
}

const inside = (r: Rect, box: Rect): boolean =>
  r.x >= box.x - 0.5 &&
  r.y >= box.y - 0.5 &&
  r.x + r.width <= box.x + box.width + 0.5 &&
  r.y + r.height <= box.y + box.height + 0.5;

// ─── classes ──────────────────────────────────────────────────────────────────────────────────────

describe('province map geometry', () => {
  describe('classify()', () => {
    it('classify([11, 50, 122], {classes: 5}) gives nice breaks 0–25–…–125 and the class of each value', () => {
      const c = classify([11, 50, 122], { classes: 5 })!;
      expect(c.bounds).to.deep.equal([0, 25, 50, 75, 100, 125]);
      expect(c.count).to.equal(5);
      expect([11, 24.99, 25, 50, 74, 100, 122, 125].map(c.classOf)).to.deep.equal([0, 0, 1, 2, 2, 4, 4, 4]);
    });

    it('classify() never leaves an empty class at the top: 0…60 in at most 5 classes gives 0–15–30–45–60', () => {
      const c = classify([0, 60])!;
      expect(c.bounds).to.deep.equal([0, 15, 30, 45, 60]);
      expect(c.classOf(60)).to.equal(3); // the top bound is inside the last class
    });

    it('classify() of the example data (61…134) gives 60–75–…–135 in 5 classes', () => {
      expect(classify([61, 80, 134])!.bounds).to.deep.equal([60, 75, 90, 105, 120, 135]);
    });

    it('classify(values, {classes}) keeps 3–7 classes whatever is asked', () => {
      const values = Array.from({ length: 50 }, (_, i) => i * 2.3);
      for (const asked of [1, 3, 4, 5, 6, 7, 12]) {
        const c = classify(values, { classes: asked })!;
        expect(c.count, `asked ${asked}`).to.be.within(
          Math.max(1, clampClasses(asked) - 2),
          clampClasses(asked),
        );
        // every value falls inside its class
        for (const v of values) {
          const k = c.classOf(v);
          expect(v).to.be.at.least(c.bounds[k]!);
          expect(v).to.be.at.most(c.bounds[k + 1]!);
        }
      }
      expect(clampClasses(undefined)).to.equal(5);
      expect(clampClasses(Number.NaN)).to.equal(5);
    });

    it('classify(values, {diverging, reference}) is symmetric around the reference (even: a bound; odd: a middle class)', () => {
      const even = classify([60, 100, 70], { diverging: true, classes: 4, reference: 80 })!;
      expect(even.bounds).to.deep.equal([60, 70, 80, 90, 100]);
      expect(even.classOf(79.9)).to.equal(1);
      expect(even.classOf(80)).to.equal(2);
      const odd = classify([60, 100, 70], { diverging: true, classes: 5, reference: 80 })!;
      expect(odd.bounds).to.deep.equal([60, 68, 76, 84, 92, 100]);
      expect(odd.classOf(80)).to.equal(2);
      expect(odd.reference).to.equal(80);
      const mean = classify([10, 20, 30], { diverging: true, classes: 3 })!;
      expect(mean.reference).to.equal(20);
    });

    it('classify() of one distinct value is one class, of nothing undefined', () => {
      expect(classify([7, 7])!.count).to.equal(1);
      expect(classify([])).to.equal(undefined);
      expect(classify([Number.NaN])).to.equal(undefined);
    });

    it('rangeText() prints ranges in the page format: vi "10,5–20 %", en "10.5–20%", negatives spaced', () => {
      expect(rangeText(10.5, 20, 'percent', 'vi', 1)).to.equal('10,5–20\u00a0%');
      expect(rangeText(10.5, 20, 'percent', 'en', 1)).to.equal('10.5–20%');
      expect(rangeText(1000, 2000, 'count', 'vi', 0)).to.equal('1.000–2.000');
      expect(rangeText(-5, 5, 'count', 'en', 0)).to.equal('-5 – 5');
    });
  });

  describe('classColors()', () => {
    const lum = (hexOrRgb: string): number => {
      const probe = document.createElement('span');
      probe.style.color = hexOrRgb;
      document.body.append(probe);
      const [r, g, b] = getComputedStyle(probe)
        .color.match(/\d+/g)!
        .map(Number)
        .map((c) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
      probe.remove();
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };

    it('sequential classes get darker as values grow on light, lighter on dark (order without hue)', () => {
      for (const n of [3, 5, 7]) {
        const light = classColors(n).map(lum);
        const dark = classColors(n, { dark: true }).map(lum);
        for (let i = 1; i < n; i++) {
          expect(light[i]!, `light ${n}/${i}`).to.be.below(light[i - 1]!);
          expect(dark[i]!, `dark ${n}/${i}`).to.be.above(dark[i - 1]!);
        }
      }
    });

    it('diverging classes are symmetric, with a neutral middle class for an odd count', () => {
      const c = classColors(5, { diverging: true });
      expect(c.length).to.equal(5);
      expect(lum(c[2]!)).to.be.above(0.8); // #f7f7f7
      expect(c[0]).to.not.equal(c[4]);
    });
  });

  // ─── boxes and neighbours ─────────────────────────────────────────────────────────────────────

  describe('free space and neighbours', () => {
    it('Occupancy marks a filled polygon and placeBox() finds the nearest free spot beside it', () => {
      const grid = new Occupancy(100, 100, 4);
      grid.markPolygon([
        [
          { x: 0, y: 0 },
          { x: 50, y: 0 },
          { x: 50, y: 100 },
          { x: 0, y: 100 },
        ],
      ]);
      expect(grid.isFree({ x: 10, y: 10, width: 20, height: 20 })).to.equal(false);
      expect(grid.isFree({ x: 60, y: 10, width: 20, height: 20 })).to.equal(true);
      const box = placeBox(
        grid,
        { width: 20, height: 20 },
        { x: 0, y: 50 },
        { x: 0, y: 0, width: 100, height: 100 },
        2,
      )!;
      expect(box.x).to.be.at.least(50);
      expect(box.x).to.be.at.most(60);
      expect(
        placeBox(grid, { width: 60, height: 20 }, { x: 0, y: 0 }, { x: 0, y: 0, width: 100, height: 100 }),
      ).to.equal(undefined);
    });

    it('spatialNeighbours() on a 3 × 3 grid moves one step in each direction and stops at the edges', () => {
      const points = [0, 1, 2].flatMap((r) =>
        [0, 1, 2].map((c) => ({ key: `${r}${c}`, x: c * 10, y: r * 10 })),
      );
      const n = spatialNeighbours(points);
      expect(n.get('11')).to.deep.equal({ left: '10', right: '12', up: '01', down: '21' });
      expect(n.get('00')).to.deep.equal({ right: '01', down: '10' });
      for (const p of points) expect(reachable(n, p.key).size).to.equal(9);
    });

    it('layoutLegend() wraps within the width, keeps text ≥ 12 px and rows apart', () => {
      const legend = layoutLegend('Số trạm BTS trên địa bàn tỉnh', LEGEND.entries, {
        fontSize: 10,
        maxWidth: 140,
      });
      expect(legend.box.width).to.be.at.most(140);
      expect(legend.title!.lines.length).to.be.greaterThan(1);
      for (const row of legend.rows) expect(row.text.font.size).to.be.at.least(12);
      for (let i = 1; i < legend.rows.length; i++) {
        expect(legend.rows[i]!.swatch.y).to.be.at.least(
          legend.rows[i - 1]!.swatch.y + legend.rows[i - 1]!.swatch.height,
        );
      }
    });
  });

  // ─── the real boundaries ──────────────────────────────────────────────────────────────────────

  describe('boundaries and layout', function () {
    this.timeout(20000);

    it('checkTopology() accepts each file for its era and refuses the other era and non-TopoJSON', async () => {
      for (const era of ['2008-2025', '2025-'] as const) {
        const t = await topology(era);
        expect(t.objects.provinces.geometries.length).to.equal(provincesOf(era).length);
      }
      const wrongEra = checkTopology(await topology('2008-2025'), '2025-');
      expect(wrongEra.ok).to.equal(false);
      if (!wrongEra.ok)
        expect(wrongEra.issue).to.include({ code: 'unknown-value', path: 'boundaries-src', got: '63' });
      const notTopo = checkTopology({ version: 1 }, '2008-2025');
      expect(notTopo.ok).to.equal(false);
      if (!notTopo.ok) expect(notTopo.issue.code).to.equal('wrong-type');
    });

    it('loadBoundaries() turns a 404, a non-JSON body and a JSON that is not a topology into issues', async () => {
      const missing = await loadBoundaries('/__test/status?code=404', '2008-2025');
      expect(missing.ok).to.equal(false);
      if (!missing.ok)
        expect(missing.issue).to.include({ code: 'http-status', got: 404, path: 'boundaries-src' });
      const text = await loadBoundaries(
        '/__test/type?ct=text/plain&file=/src/maps/LICENSE-DATA.md',
        '2008-2025',
      );
      if (!text.ok) expect(text.issue.code).to.equal('invalid-json');
      else expect.fail('a Markdown file is not a topology');
      const doc = await loadBoundaries('/__test/type?ct=application/json', '2008-2025');
      if (!doc.ok) expect(doc.issue.code).to.equal('wrong-type');
      else expect.fail('an indicator document is not a topology');
    });

    it('boundaryUrl() resolves the default next to the module and fills {units} in an override', () => {
      expect(new URL(boundaryUrl('2008-2025')).pathname).to.equal('/src/maps/vn-provinces-63.topo.json');
      expect(new URL(boundaryUrl('2025-')).pathname).to.equal('/src/maps/vn-provinces-34.topo.json');
      expect(boundaryUrl('2025-', '/static/vn-{units}.json')).to.equal(
        `${location.origin}/static/vn-34.json`,
      );
      expect(boundaryUrl('2008-2025', 'https://cdn.example/x.json')).to.equal('https://cdn.example/x.json');
    });

    it('prepareBoundaries() keeps 63 and 34 units and takes Hoàng Sa (22 polygons) and Trường Sa (300) out to the insets', async () => {
      for (const era of ['2008-2025', '2025-'] as const) {
        const p = prepareBoundaries(await topology(era), era);
        expect(p.codes).to.deep.equal(provincesOf(era).map((u) => u.code));
        const islands = Object.fromEntries(p.archipelagos.map((a) => [a.id, a]));
        expect(islands['hoang-sa']!.parentCode).to.equal('48');
        expect(islands['truong-sa']!.parentCode).to.equal('56');
        expect(islands['hoang-sa']!.feature.geometry.coordinates.length).to.equal(22);
        expect(islands['truong-sa']!.feature.geometry.coordinates.length).to.equal(300);
        // Đà Nẵng and Khánh Hòa keep their mainland (and coastal islands) only.
        for (const code of ['48', '56']) {
          const polygons = p.mainland.get(code)!.geometry.coordinates;
          expect(polygons.length, code).to.be.greaterThan(0);
        }
      }
    });

    for (const width of [320, 640]) {
      it(`layoutMap() at ${width} px: every unit drawn, boxes and labels inside the plot and apart, targets ≥ 24 px`, async () => {
        for (const era of ['2008-2025', '2025-'] as const) {
          const layout = await layoutAt(era, width, era === '2025-' ? '86' : '83');
          const plot = { x: 0, y: 0, width: layout.width, height: layout.height };
          expect(layout.width).to.equal(width);
          expect(layout.provinces.length).to.equal(provincesOf(era).length);
          for (const p of layout.provinces) {
            expect(p.d, p.code).to.match(/^M/);
            expect(inside(p.bbox, plot), p.code).to.equal(true);
            expect(inside(p.hit, plot), p.code).to.equal(true);
            expect(p.hit.width).to.be.at.least(24);
            expect(p.hit.height).to.be.at.least(24);
          }
          const boxes: [string, Rect][] = [
            ...layout.insets.map((i) => [i.id, i.box] as [string, Rect]),
            ['legend', layout.legend.box],
            ['highlight', layout.highlightLabel!.text.box],
          ];
          for (const [name, box] of boxes) expect(inside(box, plot), `${name} inside`).to.equal(true);
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(rectsOverlap(boxes[i]![1], boxes[j]![1]), `${boxes[i]![0]} / ${boxes[j]![0]}`).to.equal(
                false,
              );
          // Inset names fit their frames; every text ≥ 12 px.
          for (const inset of layout.insets) {
            expect(inside(inset.label.box, inset.box), inset.id).to.equal(true);
            expect(inset.label.font.size).to.be.at.least(12);
            expect(inset.d.split('M').length - 1).to.be.at.least(inset.id === 'hoang-sa' ? 22 : 300);
          }
          expect(Object.keys(layout.regionOutlines).length).to.equal(6);
        }
      });
    }

    it('the insets sit east of the land (over the sea) or in the row under the map, never over Laos or Cambodia', async () => {
      for (const width of [320, 400, 640, 900]) {
        const layout = await layoutAt('2008-2025', width);
        const land = layout.provinces.reduce(
          (acc, p) => ({
            left: Math.min(acc.left, p.bbox.x),
            right: Math.max(acc.right, p.bbox.x + p.bbox.width),
            bottom: Math.max(acc.bottom, p.bbox.y + p.bbox.height),
          }),
          { left: Infinity, right: -Infinity, bottom: -Infinity },
        );
        for (const inset of layout.insets) {
          const east = inset.box.x >= land.left + (land.right - land.left) * 0.5;
          const below = inset.box.y >= land.bottom;
          expect(east || below, `${width}: ${inset.id} at ${JSON.stringify(inset.box)}`).to.equal(true);
        }
      }
    });

    it('the arrow-key graph reaches every unit from every unit (63 and 34, at 320 and 640 px)', async () => {
      for (const era of ['2008-2025', '2025-'] as const) {
        for (const width of [320, 640]) {
          const layout = await layoutAt(era, width);
          const n = spatialNeighbours(
            layout.provinces.map((p) => ({ key: p.code, ...p.centre })),
            { adjacency: layout.adjacency },
          );
          for (const p of layout.provinces)
            expect(reachable(n, p.code).size, `${era} ${width} from ${p.code}`).to.equal(
              layout.provinces.length,
            );
        }
      }
    });

    it('the arrows go where a reader expects: Hà Tĩnh ↑ Nghệ An, ↓ Quảng Bình; Hà Nội ↓ is south of it', async () => {
      const layout = await layoutAt('2008-2025', 640);
      const n = spatialNeighbours(
        layout.provinces.map((p) => ({ key: p.code, ...p.centre })),
        { adjacency: layout.adjacency },
      );
      // Bordering units come first: every move from a unit with borders on that side lands on a neighbour.
      expect(layout.adjacency.get('42')).to.include('40');
      expect(n.get('42')!.up).to.equal('40');
      expect(n.get('42')!.down).to.equal('44');
      const centre = (code: string) => layout.provinces.find((p) => p.code === code)!.centre;
      expect(centre(n.get('01')!.down!).y).to.be.above(centre('01').y);
      expect(centre(n.get('01')!.left!).x).to.be.below(centre('01').x);
    });
  });

  // ─── data selection ───────────────────────────────────────────────────────────────────────────

  describe('selectMapData()', () => {
    it('draws the era of the data, every unit in code order, units without data as missing', () => {
      const result = selectMapData(
        dataset('count', [obs('83', '2008-2025', 2020, 5, 0), obs('42', '2008-2025', 2020, 7, 1)]),
        {},
      );
      if (!result.ok) throw new Error(result.problem);
      const { data } = result;
      expect(data.era).to.equal('2008-2025');
      expect(data.observations.map((o) => o.place.code)).to.deep.equal(
        provincesOf('2008-2025').map((p) => p.code),
      );
      expect(
        data.observations.filter((o) => o.value !== null).map((o) => [o.place.code, o.value]),
      ).to.deep.equal([
        ['42', 7],
        ['83', 5],
      ]);
      expect(data.observations.find((o) => o.place.code === '01')).to.include({
        value: null,
        missing: 'not-available',
      });
      expect(data.keys.get('83')).to.equal('vn63-83');
      expect(unitKey('86', '2025-')).to.equal('vn34-86');
    });

    it('takes each unit’s latest value, or the given year; one series per unit', () => {
      const d = dataset('count', [
        obs('83', '2008-2025', 2016, 1, 0),
        obs('83', '2008-2025', 2021, 2, 1),
        obs('42', '2008-2025', 2020, 3, 2),
        obs('42', '2008-2025', 2020, 4, 3, { breakdown: { tier: 'district' } }),
      ]);
      const latest = selectMapData(d, {});
      if (!latest.ok) throw new Error();
      const values = (r: typeof latest) =>
        Object.fromEntries(
          r.data.observations.filter((o) => o.value !== null).map((o) => [o.place.code, o.value]),
        );
      expect(values(latest)).to.deep.equal({ '83': 2, '42': 3 });
      expect(latest.data.dropped).to.deep.equal({ otherEra: 0, otherPeriods: 1, otherSeries: 1 });
      const y2016 = selectMapData(d, { year: 2016 });
      if (!y2016.ok) throw new Error();
      expect(values(y2016)).to.deep.equal({ '83': 1 });
    });

    it('era="2025-" sums counts of the old provinces onto the 34 units (Vĩnh Long = Bến Tre + Trà Vinh + Vĩnh Long)', () => {
      const old = provincesOf('2008-2025').map((p, i) => obs(p.code, '2008-2025', 2020, i + 1, i));
      const result = selectMapData(dataset('count', old), { era: '2025-' });
      if (!result.ok) throw new Error(result.problem);
      expect(result.data.era).to.equal('2025-');
      expect(result.data.aggregated).to.equal(true);
      expect(result.data.observations.length).to.equal(34);
      const vinhLong = result.data.observations.find((o) => o.place.code === '86')!;
      const expected = predecessorsOf('86').reduce(
        (sum, p) => sum + old.find((o) => o.place.code === p.code)!.value!,
        0,
      );
      expect(vinhLong.value).to.equal(expected);
    });

    it('era="2025-" refuses to sum a rate, and era="2008-2025" cannot split 2025 data', () => {
      const old = provincesOf('2008-2025').map((p, i) => obs(p.code, '2008-2025', 2020, 50 + i, i));
      const rate = selectMapData(dataset('percent', old), { era: '2025-' });
      expect(rate).to.include({ ok: false, problem: 'rate-not-summable' });
      const fresh = provincesOf('2025-').map((p, i) => obs(p.code, '2025-', 2026, i, i));
      expect(selectMapData(dataset('count', fresh), { era: '2008-2025' })).to.include({
        ok: false,
        problem: 'cannot-split',
      });
      // A rate the data states for the new units is drawn.
      const stated = selectMapData(dataset('percent', [...old, obs('86', '2025-', 2026, 70, 999)]), {
        era: '2025-',
      });
      expect(stated.ok).to.equal(true);
    });

    it('highlightIn() maps an old province to the unit it merged into on a 2025 map', () => {
      expect(highlightIn('2025-', '83', '2008-2025')).to.deep.equal({ code: '86', era: '2025-' });
      expect(highlightIn('2008-2025', '83', undefined)).to.deep.equal({ code: '83', era: '2008-2025' });
      expect(highlightIn('2008-2025', '86', '2025-')).to.equal(undefined);
      expect(highlightIn('2025-', '83', '2025-')).to.equal(undefined); // 83 is no 2025 code
    });
  });
});
