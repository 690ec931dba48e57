// Pure tests of <ict-coverage>: selection (coverage.model), words (coverage.describe) and layout
// (coverage.geometry). No element is built; the seed documents are read from demo/data.
import { expect } from '@open-wc/testing';
import { estimateTextWidth } from '../../src/chart/geometry/text.js';
import { rectsOverlap, type Rect } from '../../src/chart/geometry/rect.js';
import { formatPercent } from '../../src/core/format/format.js';
import { messages } from '../../src/core/i18n/messages.js';
import { validateDocument } from '../../src/core/indicator/validate.js';
import type {
  IndicatorDataset,
  IndicatorDocument,
  Language,
  Observation,
} from '../../src/core/indicator/types.js';
import {
  describeCoverage,
  layoutInput,
  saysAlready,
  sharedTargetText,
} from '../../src/elements/coverage/coverage.describe.js';
import {
  layoutBoxes,
  layoutCoverage,
  type CoverageLayout,
} from '../../src/elements/coverage/coverage.geometry.js';
import {
  parseIdList,
  roundTo,
  selectCoverage,
  type CoverageQuery,
  type CoverageSelection,
} from '../../src/elements/coverage/coverage.model.js';
import { COVERAGE_TEXTS, coverageTexts } from '../../src/elements/coverage/coverage.strings.js';
import { loadDemo } from '../helpers/fixtures.js';

const NBSP = '\u00a0';
const SEEDS = ['dien-bien-2022', 'ha-tinh-2020', 'ben-tre-2021', 'all-seed-facts'] as const;

async function dataset(name: string): Promise<IndicatorDataset> {
  return parse(await loadDemo(name));
}

function parse(doc: unknown): IndicatorDataset {
  const result = validateDocument(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function select(ds: IndicatorDataset, query: CoverageQuery = {}): CoverageSelection {
  const result = selectCoverage(ds, query);
  if (!result.ok) throw new Error(`no selection: ${JSON.stringify(result.problem)}`);
  return result.value;
}

/** indicator id → values in bar order. */
function valuesByIndicator(selection: CoverageSelection): Record<string, (number | null)[]> {
  const out: Record<string, (number | null)[]> = {};
  for (const bar of selection.bars) (out[bar.indicator.id] ??= []).push(bar.value);
  return out;
}

function describe_(selection: CoverageSelection, lang: Language = 'vi') {
  return describeCoverage(selection, lang, messages(lang), coverageTexts(lang));
}

function layout(
  selection: CoverageSelection,
  width: number,
  lang: Language = 'vi',
  fontSize = 14,
): CoverageLayout {
  const description = describe_(selection, lang);
  return layoutCoverage(layoutInput(description), {
    width,
    fontSize,
    measure: estimateTextWidth,
    formatTick: (v) => formatPercent(v, lang),
    sharedTarget: sharedTargetText(description),
  });
}

/** Asserts no two text/icon boxes overlap and every box is inside the drawing. */
function expectClean(l: CoverageLayout, where: string): void {
  const boxes = layoutBoxes(l);
  for (const { name, box } of boxes) {
    expect(box.x, `${where}: "${name}" left`).to.be.at.least(-0.5);
    expect(box.x + box.width, `${where}: "${name}" right`).to.be.at.most(l.width + 0.5);
    expect(box.y, `${where}: "${name}" top`).to.be.at.least(-0.5);
    expect(box.y + box.height, `${where}: "${name}" bottom`).to.be.at.most(l.height + 0.5);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(
        rectsOverlap(boxes[i]!.box, boxes[j]!.box),
        `${where}: "${boxes[i]!.name}" overlaps "${boxes[j]!.name}"`,
      ).to.equal(false);
    }
  }
  // Pointer targets: at least 24 px high, inside the width, never overlapping.
  const hits: Rect[] = l.bars.map((b) => b.hit);
  for (const hit of hits) {
    expect(hit.height, `${where}: hit height`).to.be.at.least(24);
    expect(hit.x + hit.width).to.be.at.most(l.width);
  }
  for (let i = 0; i < hits.length; i++)
    for (let j = i + 1; j < hits.length; j++)
      expect(rectsOverlap(hits[i]!, hits[j]!), `${where}: hits ${i}/${j}`).to.equal(false);
}

/** A document of percent values with tiers, a target, an out-of-range and a missing value. */
const STRESS: IndicatorDocument = {
  version: 1,
  indicators: [
    {
      id: 'villages_mobile',
      label: { vi: 'Tỷ lệ thôn/bản được phủ sóng di động', en: 'Villages covered by mobile signal' },
      unit: 'percent',
    },
    {
      id: 'officials_email',
      label: {
        vi: 'Tỷ lệ cán bộ, công chức được cấp hộp thư điện tử',
        en: 'Officials with an official e-mail',
      },
      unit: 'percent',
    },
    { id: 'weird_share', label: { vi: 'Tỷ lệ đạt kế hoạch', en: 'Plan achieved' }, unit: 'percent' },
    { id: 'bts_count', label: { vi: 'Số trạm BTS', en: 'BTS stations' }, unit: 'count' },
  ],
  observations: [
    {
      indicator: 'villages_mobile',
      place: { code: '11', era: '2008-2025' },
      period: { year: 2022 },
      value: 98.9,
      target: 100,
      breakdown: { scope: 'village' },
    },
    {
      indicator: 'officials_email',
      place: { code: '11', era: '2008-2025' },
      period: { year: 2022 },
      value: 100,
      breakdown: { tier: 'province+district' },
    },
    {
      indicator: 'officials_email',
      place: { code: '11', era: '2008-2025' },
      period: { year: 2022 },
      value: null,
      missing: 'not-available',
      breakdown: { tier: 'commune' },
    },
    {
      indicator: 'weird_share',
      place: { code: '11', era: '2008-2025' },
      period: { year: 2022 },
      value: 111.78,
    },
    { indicator: 'bts_count', place: { code: '11', era: '2008-2025' }, period: { year: 2022 }, value: 950 },
  ],
};

describe('coverage.model: selectCoverage()', () => {
  it('selectCoverage(Điện Biên 2022) draws the 11 indicators in % with their seed values (mobile 98,9 %, fibre 100 % / 88 %)', async () => {
    const selection = select(await dataset('dien-bien-2022'));
    expect(selection.rows.length).to.equal(11);
    expect(selection.sections.length).to.equal(1);
    const v = valuesByIndicator(selection);
    expect(v['mobile_coverage_villages_share']).to.deep.equal([98.9]);
    expect(v['fibre_coverage_commune_centres_share']).to.deep.equal([100]);
    expect(v['fibre_coverage_villages_share']).to.deep.equal([88]);
    expect(v['e_documents_share']).to.deep.equal([95]);
    expect(v['commune_radio_stations_share']).to.deep.equal([83.7]);
  });

  it('selectCoverage(Hà Tĩnh 2020) draws TV coverage 85 % and e-documents 100 % / 99 % side by side, and leaves out a value that is a change (9,1 %)', async () => {
    const selection = select(await dataset('ha-tinh-2020'));
    const v = valuesByIndicator(selection);
    expect(v['terrestrial_digital_tv_coverage_share']).to.deep.equal([85]);
    expect(v['e_documents_share']).to.deep.equal([100, 99]);
    expect(v['satellite_digital_tv_coverage_share']).to.deep.equal([100]);
    expect(v).to.not.have.property('online_dossiers_level3_4_share_increase');
    const eDocs = selection.rows.find((r) => r.indicator.id === 'e_documents_share')!;
    expect(eDocs.bars.length, 'two tiers in one row').to.equal(2);
  });

  it('selectCoverage(Bến Tre 2021) groups the tiers of officials with computers (100 % / 78,5 %) and e-mail (100 % / 96,6 %), e-documents 97 %', async () => {
    const selection = select(await dataset('ben-tre-2021'));
    const v = valuesByIndicator(selection);
    expect(v['officials_with_networked_computer_share']).to.deep.equal([100, 78.5]);
    expect(v['officials_with_official_email_share']).to.deep.equal([100, 96.6]);
    expect(v['e_documents_share']).to.deep.equal([97]);
    expect(selection.rows.length).to.equal(4);
    expect(selection.bars.length).to.equal(6);
  });

  it('selectCoverage(all seed facts) makes one section per place and period, in document order, every percent level of the seed included', async () => {
    const ds = await dataset('all-seed-facts');
    const selection = select(ds);
    expect(selection.sections.map((s) => `${s.place.code}/${s.period.year}`)).to.deep.equal([
      '11/2022',
      '42/2020',
      '83/2021',
    ]);
    const expected = ds.observations.filter(
      (o) =>
        ds.indicators.find((i) => i.id === o.indicator)!.unit === 'percent' &&
        !(o.change?.against === 'period' && o.change.valueIsChange === true),
    );
    expect(selection.bars.map((b) => b.obs)).to.have.members(expected);
    expect(selection.bars.length).to.equal(expected.length);
  });

  it('selectCoverage({indicators}) keeps the order of the attribute; {indicator} picks one', async () => {
    const ds = await dataset('all-seed-facts');
    const ids = parseIdList(' fibre_coverage_villages_share  mobile_coverage_villages_share ');
    expect(ids).to.deep.equal(['fibre_coverage_villages_share', 'mobile_coverage_villages_share']);
    expect(select(ds, { indicators: ids }).rows.map((r) => r.indicator.id)).to.deep.equal(ids);
    const one = select(ds, { indicator: 'terrestrial_digital_tv_coverage_share' });
    expect(one.bars.map((b) => b.value)).to.deep.equal([85]);
  });

  it('selectCoverage({place, period}) filters by code, by name (any era) and by year', async () => {
    const ds = await dataset('all-seed-facts');
    expect(select(ds, { place: '42' }).sections.map((s) => s.place.code)).to.deep.equal(['42']);
    expect(
      select(ds, { place: 'Bến Tre', placeEra: '2008-2025' }).sections.map((s) => s.place.code),
    ).to.deep.equal(['83']);
    expect(select(ds, { place: 'dien bien' }).sections.map((s) => s.place.code)).to.deep.equal(['11']);
    expect(select(ds, { period: 2021 }).sections.map((s) => s.place.code)).to.deep.equal(['83']);
  });

  it('selectCoverage() reports an unknown, a non-percent and a change-only indicator, no percent at all, an unknown place and no match', async () => {
    const ds = await dataset('all-seed-facts');
    const problem = (q: CoverageQuery, data = ds) => {
      const r = selectCoverage(data, q);
      return r.ok ? undefined : r.problem;
    };
    expect(problem({ indicators: ['no_such'] })).to.include({ kind: 'unknown-indicator', id: 'no_such' });
    expect(problem({ indicator: 'phone_subscriptions_per_100' })).to.include({ kind: 'not-percent' });
    expect(problem({ indicator: 'online_dossiers_level3_4_share_increase' })).to.deep.equal({
      kind: 'not-level',
      id: 'online_dossiers_level3_4_share_increase',
    });
    const counts = parse({
      ...STRESS,
      indicators: [STRESS.indicators[3]],
      observations: [STRESS.observations[4]],
    });
    expect(problem({}, counts)).to.deep.equal({ kind: 'no-percent' });
    expect(problem({ place: 'Atlantis' })).to.deep.equal({ kind: 'unknown-place', place: 'Atlantis' });
    expect(problem({ place: '42', period: 2022 })).to.include({ kind: 'no-match', period: 2022 });
  });

  it('a value of 100 is complete, over 100 is out of range (not complete), the gap is rounded as shown (100 − 98,9 = 1,1)', () => {
    const selection = select(parse(STRESS));
    const [mobile, emailPd, emailCommune, weird] = selection.bars;
    expect(mobile!.complete).to.equal(false);
    expect(mobile!.gap).to.equal(1.1);
    expect(roundTo(100 - 98.9, 2)).to.equal(1.1);
    expect(emailPd!.complete).to.equal(true);
    expect(emailPd!.gap).to.equal(0);
    expect(emailCommune!.value).to.equal(null);
    expect(emailCommune!.gap).to.equal(undefined);
    expect(weird!.outOfRange).to.equal(true);
    expect(weird!.complete).to.equal(false);
    expect(weird!.gap).to.equal(undefined);
  });

  it('targets: the observation\'s own, else the target attribute; a status "target" observation targets the actual value of its series', () => {
    const ds = parse(STRESS);
    const own = select(ds, { target: 90 });
    expect(own.bars[0]!.target).to.equal(100);
    expect(own.bars[0]!.targetSource).to.equal('observation');
    expect(own.bars[0]!.targetMet).to.equal(false);
    expect(own.bars[0]!.targetGap).to.equal(1.1);
    expect(own.bars[3]!.target).to.equal(90);
    expect(own.bars[3]!.targetSource).to.equal('attribute');
    const planned: Observation = {
      indicator: 'officials_email',
      place: { code: '11', era: '2008-2025' },
      period: { year: 2022 },
      value: 95,
      status: 'target',
      breakdown: { tier: 'province+district' },
    };
    const withPlan = select(parse({ ...STRESS, observations: [...STRESS.observations, planned] }));
    expect(withPlan.bars.length).to.equal(4);
    expect(withPlan.bars[1]!.target).to.equal(95);
    expect(withPlan.bars[1]!.targetMet).to.equal(true);
  });
});

describe('coverage.describe: describeCoverage()', () => {
  it('row headings carry the scope only when the label does not say it ("Tỷ lệ văn bản điện tử (tất cả các cấp)")', async () => {
    const d = describe_(select(await dataset('dien-bien-2022')));
    const headings = d.sections[0]!.rows.map((r) => r.heading);
    expect(headings).to.include('Tỷ lệ thôn/bản được phủ sóng di động');
    expect(headings).to.include('Tỷ lệ văn bản điện tử (tất cả các cấp)');
    expect(headings).to.include(
      'Tỷ lệ cơ quan nhà nước sử dụng nền tảng quản lý văn bản, điều hành liên thông trục quốc gia (cấp tỉnh/huyện/xã)',
    );
    expect(saysAlready('Tỷ lệ trung tâm xã, phường, thị trấn có cáp quang', 'Trung tâm xã')).to.equal(true);
    expect(saysAlready('Tỷ lệ văn bản điện tử', 'Tất cả các cấp')).to.equal(false);
  });

  it('tiers are labelled by their breakdown (Bến Tre 2021: "Cấp tỉnh/huyện", "Cấp xã") and named with the gap in percentage points', async () => {
    const d = describe_(select(await dataset('ben-tre-2021')));
    const computers = d.sections[0]!.rows[0]!;
    expect(computers.bars.map((b) => b.tier)).to.deep.equal(['Cấp tỉnh/huyện', 'Cấp xã']);
    expect(computers.bars.map((b) => b.valueText)).to.deep.equal([`100${NBSP}%`, `78,5${NBSP}%`]);
    expect(computers.bars[1]!.name).to.equal(
      `Bến Tre, 2021, tỷ lệ cán bộ cấp xã được trang bị máy tính kết nối mạng nội bộ và Internet băng rộng: 78,5${NBSP}%, còn thiếu 21,5 điểm phần trăm`,
    );
    expect(computers.bars[0]!.name).to.match(/\(cấp tỉnh\/huyện\): 100\u00a0%, hoàn thành$/);
    expect(computers.groupName).to.contain(`cấp xã 78,5${NBSP}%`);
  });

  it('a qualified value turns its gap around: "trên 95 %" leaves "dưới 5 điểm phần trăm", "khoảng 85 %" "khoảng 15"', async () => {
    const db = describe_(select(await dataset('dien-bien-2022'), { indicator: 'e_documents_share' }));
    expect(db.sections[0]!.rows[0]!.bars[0]!.status).to.equal('còn thiếu dưới 5 điểm phần trăm');
    expect(db.sections[0]!.rows[0]!.bars[0]!.valueText).to.equal(`trên 95${NBSP}%`);
    const ht = describe_(
      select(await dataset('ha-tinh-2020'), { indicator: 'terrestrial_digital_tv_coverage_share' }),
    );
    expect(ht.sections[0]!.rows[0]!.bars[0]!.status).to.equal('còn thiếu khoảng 15 điểm phần trăm');
    expect(ht.sections[0]!.rows[0]!.heading).to.equal(
      'Tỷ lệ khu dân cư được phủ sóng truyền hình số mặt đất',
    );
  });

  it('summary of Điện Biên 2022: 7/11 reached 100 %, the lowest is the commune radio share, 16,3 points short', async () => {
    const d = describe_(select(await dataset('dien-bien-2022')));
    expect(d.summary[0]).to.equal(`11 chỉ tiêu tính bằng %, so với mức 100${NBSP}%, Điện Biên, 2022.`);
    expect(d.summary[1]).to.equal(`7/11 chỉ tiêu đã đạt 100${NBSP}%.`);
    expect(d.summary[2]).to.equal(
      `Thấp nhất là tỷ lệ xã, phường, thị trấn có Đài truyền thanh cấp xã: 83,7${NBSP}%, còn thiếu 16,3 điểm phần trăm.`,
    );
    expect(d.summary.at(-1)).to.match(/^Nguồn: /);
  });

  it('summary of Bến Tre 2021 counts values and whole indicators (3/6, 1/4) and names the lowest tier: 78,5 %, 21,5 points', async () => {
    const d = describe_(select(await dataset('ben-tre-2021')));
    expect(d.summary[1]).to.equal(`3/6 giá trị đã đạt 100${NBSP}%; 1/4 chỉ tiêu đạt 100${NBSP}% ở mọi cấp.`);
    expect(d.summary[2]).to.contain(`(cấp xã): 78,5${NBSP}%, còn thiếu 21,5 điểm phần trăm.`);
  });

  it('English: "3 of 6 values have reached 100%", "21.5 percentage points short of 100%"', async () => {
    const d = describe_(select(await dataset('ben-tre-2021')), 'en');
    expect(d.summary[1]).to.equal('3 of 6 values have reached 100%; at every level, 1 of 4 indicators.');
    expect(d.summary[2]).to.match(
      /^Lowest: .*\(commune level\), at 78\.5%, 21\.5 percentage points short of 100%\.$/,
    );
    expect(d.sections[0]!.rows[0]!.bars[1]!.name).to.match(
      /^Ben Tre, 2021, .*: 78\.5%, 21\.5 percentage points short of 100%$/,
    );
  });

  it('the table lists every bar with value, gap and target as numbers formatted for the language', () => {
    const d = describe_(select(parse(STRESS), { target: 90 }));
    const keys = d.table.columns.map((c) => c.key);
    expect(keys).to.deep.equal(['indicator', 'place', 'period', 'series', 'value', 'gap', 'target', 'check']);
    const at = (row: number, key: string) => d.table.rows[row]!.cells[keys.indexOf(key)];
    expect(at(0, 'value')).to.equal('98,9');
    expect(at(0, 'gap')).to.equal('1,1');
    expect(at(0, 'target')).to.equal('100');
    expect(at(2, 'value')).to.equal('không có số liệu');
    expect(at(3, 'value')).to.equal('111,78');
    expect(at(3, 'check')).to.equal(`ngoài khoảng 0–100${NBSP}%`);
    expect(d.table.rows[3]!.values[keys.indexOf('value')]).to.equal(111.78);
    expect(d.outOfRange).to.deep.equal([`Tỷ lệ đạt kế hoạch: 111,78${NBSP}%`]);
    const summary = d.summary.join(' ');
    expect(summary).to.contain(
      `Ngoài khoảng 0–100${NBSP}%, cần kiểm tra: Tỷ lệ đạt kế hoạch: 111,78${NBSP}%.`,
    );
    expect(summary).to.contain('1 giá trị không có số liệu.');
    // 98,9 % misses its own target 100 %; 100 % and 111,78 % meet the attribute's 90 %.
    expect(summary).to.contain('Đạt kế hoạch: 2/3 giá trị có kế hoạch.');
  });

  it('every built-in text exists in both languages', () => {
    expect(Object.keys(COVERAGE_TEXTS.en).sort()).to.deep.equal(Object.keys(COVERAGE_TEXTS.vi).sort());
    const own = coverageTexts('vi', { vi: { coverageComplete: 'đạt', retry: 'x' } });
    expect(own.coverageComplete).to.equal('đạt');
    expect(own).to.not.have.property('retry');
  });
});

describe('coverage.geometry: layoutCoverage()', () => {
  it('every track spans the same 0–100 % range and each fill is value/100 of it (98,9 % → 0.989 of the track)', async () => {
    const selection = select(await dataset('dien-bien-2022'));
    const l = layout(selection, 640);
    const widths = new Set(l.bars.map((b) => b.track.width));
    expect(widths.size).to.equal(1);
    l.bars.forEach((mark, i) => {
      const value = selection.bars[i]!.value!;
      expect(mark.fill.width, mark.key).to.be.closeTo((value / 100) * mark.track.width, 1e-6);
      expect(mark.fill.x).to.equal(mark.track.x);
    });
    const mobile =
      l.bars[selection.bars.findIndex((b) => b.indicator.id === 'mobile_coverage_villages_share')]!;
    expect(mobile.fill.width / mobile.track.width).to.be.closeTo(0.989, 1e-9);
  });

  it('draws a check after 100 % values only, clamps 111,78 % to the track with a warning sign, and a missing value as no fill with its phrase', () => {
    const l = layout(select(parse(STRESS)), 640);
    const [mobile, pd, commune, weird] = l.bars;
    expect(mobile!.check).to.equal(undefined);
    expect(pd!.check).to.not.equal(undefined);
    expect(weird!.fill.width).to.equal(weird!.track.width);
    expect(weird!.warning).to.not.equal(undefined);
    expect(weird!.valueLabel!.text).to.equal(`111,78${NBSP}%`);
    expect(commune!.missing).to.equal(true);
    expect(commune!.fill.width).to.equal(0);
    expect(commune!.valueLabel).to.equal(undefined);
    expect(commune!.noData.map((t) => t.text)).to.deep.equal(['không có số liệu']);
  });

  it("puts a target tick at the target on the shared scale: an own target labelled above its track, the attribute's once in a legend", () => {
    const l = layout(select(parse(STRESS), { target: 90 }), 640);
    const mobile = l.bars[0]!;
    expect(mobile.target!.x).to.be.closeTo(l.scale(100), 1e-9);
    const own = mobile.target!.label!;
    expect(own.text).to.equal(`Kế hoạch 100${NBSP}%`);
    expect(own.box.y + own.box.height).to.be.at.most(mobile.track.y);
    const shared = l.bars[3]!.target!;
    expect(shared.x).to.be.closeTo(l.scale(90), 1e-9);
    expect(shared.label).to.equal(undefined);
    expect(l.legend!.label.text).to.equal(`Kế hoạch 90${NBSP}%`);
    expect(l.legend!.label.box.y + l.legend!.label.box.height).to.be.at.most(l.rows[0]!.box.y);
    expect(layout(select(parse(STRESS)), 640).legend).to.equal(undefined);
  });

  it('wide (640 px): tier labels left of the tracks; narrow (320 px): above them, tracks from the left edge', async () => {
    const selection = select(await dataset('ben-tre-2021'));
    const wide = layout(selection, 640);
    expect(wide.narrow).to.equal(false);
    const tiered = wide.bars.filter((b) => b.label.length > 0);
    expect(tiered.length).to.equal(4);
    for (const b of tiered) expect(b.label[0]!.box.x + b.label[0]!.box.width).to.be.at.most(b.track.x);
    const narrow = layout(selection, 320);
    expect(narrow.narrow).to.equal(true);
    for (const b of narrow.bars.filter((x) => x.label.length > 0)) {
      const last = b.label[b.label.length - 1]!;
      expect(last.box.y + last.box.height).to.be.at.most(b.track.y);
      expect(b.track.x).to.equal(8);
    }
  });

  for (const seed of SEEDS) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${seed} (${lang}): no overlapping or clipped text at 320 and 640 px`, async () => {
        const selection = select(await dataset(seed));
        for (const width of [320, 640])
          expectClean(layout(selection, width, lang), `${seed} ${lang} ${width}`);
      });
    }
  }

  it('the stress document (target, tiers, out of range, missing) stays clean at 280–1000 px and with a 24 px font', () => {
    const selection = select(parse(STRESS), { target: 90 });
    for (const width of [280, 320, 400, 480, 640, 1000])
      expectClean(layout(selection, width), `stress ${width}`);
    expectClean(layout(selection, 320, 'vi', 24), 'stress 320 at 24 px');
    expectClean(layout(selection, 280, 'en', 28), 'stress 280 at 28 px');
  });
});
