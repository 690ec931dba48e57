import { expect } from '@open-wc/testing';
import { summarize } from '../../../src/core/describe/summary.js';
import { formatNumber, formatPercent } from '../../../src/core/format/index.js';
import { provinceName, provincesOf } from '../../../src/core/provinces/index.js';
import { messages } from '../../../src/core/i18n/messages.js';
import type { IndicatorMeta, Language, ResolvedObservation } from '../../../src/core/indicator/types.js';
import * as F from './fixtures.js';

const NBSP = '\u00a0';
const LANGS: readonly Language[] = ['vi', 'en'];

function words(sentence: string): number {
  return sentence.trim().split(/\s+/).length;
}

/** Every number written in the sentences (1.447.307, 111,78, 2020). */
function numbersIn(sentences: readonly string[]): string[] {
  return sentences.flatMap((s) => s.match(/\d+(?:[.,]\d+)*/g) ?? []);
}

/** The numbers the input allows a summary to write, formatted for the language. */
function allowedNumbers(
  observations: readonly ResolvedObservation[],
  lang: Language,
  extra: readonly number[] = [],
): Set<string> {
  const raw: number[] = [...extra];
  for (const o of observations) {
    if (o.value !== null) raw.push(o.value);
    raw.push(o.period.year);
    if (o.period.quarter !== undefined) raw.push(o.period.quarter);
    if (o.target !== undefined) raw.push(o.target);
    if (o.denominator !== undefined) raw.push(o.denominator);
    if (o.change?.against === 'period') {
      raw.push(o.change.period.year);
      if (o.change.percent !== undefined) raw.push(Math.abs(o.change.percent));
    }
    if (o.change?.against === 'plan') raw.push(o.change.percentOfPlan);
    if (o.change?.against === 'before') raw.push(o.change.previousValue);
  }
  const out = new Set<string>();
  for (const n of raw) {
    out.add(formatNumber(n, lang, 2));
    out.add(String(n));
  }
  out.add('100'); // "thuê bao/100 dân", "per 100 inhabitants"
  return out;
}

function expectOnlyInputNumbers(
  sentences: readonly string[],
  observations: readonly ResolvedObservation[],
  lang: Language,
  extra: readonly number[] = [],
): void {
  const allowed = allowedNumbers(observations, lang, extra);
  const stray = numbersIn(sentences).filter((n) => !allowed.has(n));
  expect(stray, sentences.join(' ')).to.deep.equal([]);
}

function expectShort(sentences: readonly string[]): void {
  for (const s of sentences) expect(words(s), s).to.be.at.most(20);
}

describe('describe/summary', () => {
  describe('one value, worded from the seed facts', () => {
    it('Hà Tĩnh 2020 phone 94 per 100, +1,1 % stated (vi)', () => {
      const s = summarize({ indicator: F.phonePer100, observations: [F.haTinhPhone2020], lang: 'vi' });
      expect(s).to.deep.equal([
        'Thuê bao điện thoại (thuê bao/100 dân), năm 2020.',
        `Hà Tĩnh, 2020: 94 thuê bao/100 dân, tăng 1,1${NBSP}% so với năm 2019.`,
        'Nguồn: 002_e623877a6278d958.txt, 24/12/2020.',
      ]);
    });

    it('…(en)', () => {
      const s = summarize({ indicator: F.phonePer100, observations: [F.haTinhPhone2020], lang: 'en' });
      expect(s).to.deep.equal([
        'Telephone subscriptions (per 100 inhabitants), in 2020.',
        'Ha Tinh, 2020: 94 per 100 inhabitants, up 1.1% from 2019.',
        'Source: 002_e623877a6278d958.txt, 24 December 2020.',
      ]);
    });

    it('Hà Tĩnh 2020 fixed broadband 11,7, stated +15,9 % (a stated change is worded as stated, not in points)', () => {
      expect(
        summarize({ indicator: F.fixedBroadband, observations: [F.haTinhBroadband2020], lang: 'vi' }),
      ).to.deep.equal([
        'Mật độ thuê bao Internet băng rộng cố định (thuê bao/100 dân), năm 2020.',
        `Hà Tĩnh, 2020: 11,7 thuê bao/100 dân, tăng 15,9${NBSP}% so với năm 2019.`,
      ]);
      expect(
        summarize({ indicator: F.fixedBroadband, observations: [F.haTinhBroadband2020], lang: 'en' }),
      ).to.deep.equal([
        'Fixed broadband subscriptions per 100 inhabitants, in 2020.',
        'Ha Tinh, 2020: 11.7 per 100 inhabitants, up 15.9% from 2019.',
      ]);
    });

    it('Bến Tre 2016 revenue 1.341.424.606.000 đồng at 111,78 % of plan', () => {
      expect(
        summarize({ indicator: F.revenue, observations: [F.benTreRevenue2016], lang: 'vi' }),
      ).to.deep.equal([
        'Tổng doanh thu khối bưu chính, viễn thông (đồng), năm 2016.',
        `Bến Tre, 2016: 1.341.424.606.000 đồng, đạt 111,78${NBSP}% kế hoạch.`,
        'Nguồn: 000_bd1dc37cd130f1af.txt.',
      ]);
      expect(
        summarize({ indicator: F.revenue, observations: [F.benTreRevenue2016], lang: 'en' }),
      ).to.deep.equal([
        'Postal and telecom revenue (VND), in 2016.',
        'Ben Tre, 2016: VND 1,341,424,606,000, 111.78% of the plan achieved.',
        'Source: 000_bd1dc37cd130f1af.txt.',
      ]);
    });

    it('procedure time 15 → 4 days: "giảm từ 15 xuống 4 ngày"', () => {
      expect(
        summarize({ indicator: F.procedureDays, observations: [F.benTreDays2016], lang: 'vi' }),
      ).to.deep.equal([
        'Thời gian giải quyết thủ tục hành chính của Sở (ngày), năm 2016.',
        'Bến Tre, 2016 (bộ phận một cửa của Sở): giảm từ 15 xuống 4 ngày.',
      ]);
      expect(
        summarize({ indicator: F.procedureDays, observations: [F.benTreDays2016], lang: 'en' }),
      ).to.deep.equal([
        "Processing time of the department's administrative procedures (days), in 2016.",
        "Ben Tre, 2016 (department's one-stop desk): down from 15 to 4 days.",
      ]);
    });

    it('Điện Biên 2022: 98,9 % of villages with mobile signal', () => {
      expect(
        summarize({ indicator: F.mobileVillages, observations: [F.dienBienVillages2022], lang: 'vi' }),
      ).to.deep.equal([
        'Tỷ lệ thôn/bản được phủ sóng di động (%), năm 2022.',
        `Điện Biên, 2022 (thôn, bản): 98,9${NBSP}%.`,
      ]);
      expect(
        summarize({ indicator: F.mobileVillages, observations: [F.dienBienVillages2022], lang: 'en' }),
      ).to.deep.equal([
        'Villages covered by mobile signal (%), in 2022.',
        'Dien Bien, 2022 (villages): 98.9%.',
      ]);
    });

    it('Bến Tre 2016: 1.447.307 subscriptions (a count has no unit clause)', () => {
      expect(
        summarize({ indicator: F.phoneTotal, observations: [F.benTrePhoneTotal2016], lang: 'vi' }),
      ).to.deep.equal(['Tổng số thuê bao điện thoại, năm 2016.', 'Bến Tre, 2016: 1.447.307.']);
    });

    it('every sentence above is ≤ 20 words and writes only numbers from the input', () => {
      const cases: [IndicatorMeta, ResolvedObservation][] = [
        [F.phonePer100, F.haTinhPhone2020],
        [F.fixedBroadband, F.haTinhBroadband2020],
        [F.revenue, F.benTreRevenue2016],
        [F.procedureDays, F.benTreDays2016],
        [F.mobileVillages, F.dienBienVillages2022],
        [F.phoneTotal, F.benTrePhoneTotal2016],
        [F.phonePer100, F.benTrePhone2016],
      ];
      for (const lang of LANGS) {
        for (const [indicator, obs] of cases) {
          const s = summarize({ indicator, observations: [obs], lang });
          expectShort(s);
          // Source file names carry hex digits; they are the source's text, not numbers of the summary.
          expectOnlyInputNumbers(
            s.filter((x) => !/^(Nguồn|Sources?):/.test(x)),
            [obs],
            lang,
            [24, 12],
          );
        }
      }
    });
  });

  describe('several values', () => {
    it('names the extremes: Bến Tre 2016 114, Hà Tĩnh 2020 94 (seed), then what the source states', () => {
      const observations = [F.haTinhPhone2020, F.benTrePhone2016];
      expect(summarize({ indicator: F.phoneDensity, observations, lang: 'vi' })).to.deep.equal([
        'Mật độ thuê bao điện thoại (thuê bao/100 dân), từ năm 2016 đến năm 2020.',
        'Cao nhất là Bến Tre (2016), với 114 thuê bao/100 dân.',
        'Thấp nhất là Hà Tĩnh (2020), với 94 thuê bao/100 dân.',
        `Hà Tĩnh, 2020: 94 thuê bao/100 dân, tăng 1,1${NBSP}% so với năm 2019.`,
        'Nguồn: Sở Thông tin và Truyền thông tỉnh Hà Tĩnh, 24/12/2020; 002_e623877a6278d958.txt, 24/12/2020.',
      ]);
      expect(summarize({ indicator: F.phoneDensity, observations, lang: 'en' })).to.deep.equal([
        'Telephone subscriptions per 100 inhabitants, from 2016 to 2020.',
        'Highest: Ben Tre (2016), at 114 per 100 inhabitants.',
        'Lowest: Ha Tinh (2020), at 94 per 100 inhabitants.',
        'Ha Tinh, 2020: 94 per 100 inhabitants, up 1.1% from 2019.',
        'Sources: Sở Thông tin và Truyền thông tỉnh Hà Tĩnh, 24 December 2020; 002_e623877a6278d958.txt, 24 December 2020.',
      ]);
    });

    it('ignores observations of other indicators', () => {
      const s = summarize({
        indicator: F.phonePer100,
        observations: [F.haTinhPhone2020, F.haTinhBroadband2020, F.benTreRevenue2016],
        lang: 'vi',
      });
      expect(s[1]).to.equal(`Hà Tĩnh, 2020: 94 thuê bao/100 dân, tăng 1,1${NBSP}% so với năm 2019.`);
      expect(s.join(' ')).to.not.contain('11,7');
    });

    it('Hà Tĩnh 2020 level-3 services by tier (seed 788 / 1.068 / 41 per commune): series named', () => {
      const meta: IndicatorMeta = {
        id: 'online_public_services_level3_count',
        label: { vi: 'Số dịch vụ công trực tuyến mức độ 3', en: 'Online public services at level 3' },
        unit: 'count',
      };
      const base = { indicator: meta.id, place: F.HA_TINH, period: { year: 2020 } };
      const observations: ResolvedObservation[] = [
        { ...base, value: 788, breakdown: { tier: 'province' }, index: 0 },
        { ...base, value: 1068, breakdown: { tier: 'district' }, index: 1 },
        { ...base, value: 41, breakdown: { tier: 'commune', perUnit: true }, index: 2 },
      ];
      expect(summarize({ indicator: meta, observations, lang: 'vi' })).to.deep.equal([
        'Số dịch vụ công trực tuyến mức độ 3, năm 2020.',
        'Cao nhất là cấp huyện, với 1.068.',
        'Thấp nhất là cấp xã, mỗi xã, với 41.',
      ]);
      expect(summarize({ indicator: meta, observations, lang: 'en' })).to.deep.equal([
        'Online public services at level 3, in 2020.',
        'Highest: district level, at 1,068.',
        'Lowest: commune level, each commune, at 41.',
      ]);
    });

    it('says when all values are equal, and names ties', () => {
      const a = { ...F.benTrePhone2016, value: 100 };
      const b = {
        ...F.haTinhPhone2020,
        period: { year: 2016 },
        value: 100,
        change: undefined,
        source: undefined,
      };
      expect(summarize({ indicator: F.phonePer100, observations: [a, b], lang: 'vi' })[1]).to.equal(
        'Cả 2 giá trị đều bằng 100 thuê bao/100 dân.',
      );
      expect(summarize({ indicator: F.phonePer100, observations: [a, b], lang: 'en' })[1]).to.equal(
        'Both values are 100 per 100 inhabitants.',
      );
      const c = {
        ...F.dienBienVillages2022,
        indicator: F.phonePer100.id,
        period: { year: 2016 },
        value: 80,
        breakdown: undefined,
      };
      const s = summarize({ indicator: F.phonePer100, observations: [a, b, c], lang: 'vi' });
      expect(s[1]).to.equal('Cao nhất là Bến Tre và 1 nơi khác, với 100 thuê bao/100 dân.');
      expect(s[2]).to.equal('Thấp nhất là Điện Biên, với 80 thuê bao/100 dân.');
      expect(summarize({ indicator: F.phonePer100, observations: [a, b, c], lang: 'en' })[1]).to.equal(
        'Highest: Ben Tre and 1 other, at 100 per 100 inhabitants.',
      );
    });
  });

  describe('trend of one series (example data around the seed figures)', () => {
    it('leaves targets out of a trend, and names series by their breakdown rather than their own label', () => {
      const meta: IndicatorMeta = { id: 't', label: { vi: 'Số nhiệm vụ' }, unit: 'count' };
      const base = { indicator: 't', place: F.BEN_TRE };
      const s = summarize({
        indicator: meta,
        observations: [
          { ...base, period: { year: 2013 }, value: 8, index: 0 },
          { ...base, period: { year: 2014 }, value: 9, status: 'target', index: 1 },
        ],
        lang: 'vi',
      });
      expect(s.join(' ')).to.not.contain('Từ năm 2013 đến năm 2014:');
      expect(s[1]).to.equal('Cao nhất là năm 2014, với 9 (kế hoạch).');
      const shares: ResolvedObservation[] = [
        {
          ...F.dienBienVillages2022,
          label: { vi: 'Tỷ lệ cán bộ cấp tỉnh, huyện' },
          breakdown: { tier: 'province+district' },
          value: 100,
        },
        {
          ...F.dienBienVillages2022,
          label: { vi: 'Tỷ lệ cán bộ cấp xã' },
          breakdown: { tier: 'commune' },
          value: 78.5,
        },
      ];
      const t = summarize({ indicator: F.mobileVillages, observations: shares, lang: 'vi' });
      expect(t[1]).to.equal(`Cao nhất là cấp tỉnh/huyện, với 100${NBSP}%.`);
      expect(t[2]).to.equal(`Thấp nhất là cấp xã, với 78,5${NBSP}%.`);
    });

    it('a percent series changes in percentage points: 95,7 % (example) → 98,9 % (seed)', () => {
      const observations: ResolvedObservation[] = [
        { ...F.dienBienVillages2022, period: { year: 2020 }, value: 95.7, index: 0 }, // example value
        F.dienBienVillages2022,
      ];
      const vi = summarize({ indicator: F.mobileVillages, observations, lang: 'vi' });
      expect(vi).to.deep.equal([
        'Tỷ lệ thôn/bản được phủ sóng di động (%), từ năm 2020 đến năm 2022.',
        `Cao nhất là năm 2022, với 98,9${NBSP}%.`,
        `Thấp nhất là năm 2020, với 95,7${NBSP}%.`,
        `Từ năm 2020 đến năm 2022: tăng 3,2 điểm phần trăm, từ 95,7${NBSP}% lên 98,9${NBSP}%.`,
      ]);
      const en = summarize({ indicator: F.mobileVillages, observations, lang: 'en' });
      expect(en[1]).to.equal('Highest: 2022, at 98.9%.');
      expect(en[3]).to.equal('From 2020 to 2022: up 3.2 percentage points, from 95.7% to 98.9%.');
      // The pp value is the difference of the rates, recomputed here.
      expect(vi[3]).to.contain(`${formatNumber(98.9 - 95.7, 'vi', 2)} điểm phần trăm`);
      expect(vi.join(' ')).to.not.match(/tăng [\d,]+\u00a0%/);
    });

    it('a falling percent series: "giảm 1 điểm phần trăm" / "down 1 percentage point"', () => {
      const observations: ResolvedObservation[] = [
        { ...F.dienBienVillages2022, period: { year: 2021 }, value: 99.9, index: 0 }, // example value
        F.dienBienVillages2022,
      ];
      expect(summarize({ indicator: F.mobileVillages, observations, lang: 'vi' })[3]).to.equal(
        `Từ năm 2021 đến năm 2022: giảm 1 điểm phần trăm, từ 99,9${NBSP}% xuống 98,9${NBSP}%.`,
      );
      expect(summarize({ indicator: F.mobileVillages, observations, lang: 'en' })[3]).to.equal(
        'From 2021 to 2022: down 1 percentage point, from 99.9% to 98.9%.',
      );
    });

    it('a non-percent series says from → to: 114 (seed, 2016) → 120 (example, 2021), in time order', () => {
      const observations: ResolvedObservation[] = [
        { ...F.benTrePhone2016, period: { year: 2021 }, value: 120, index: 1 }, // example value
        F.benTrePhone2016,
      ];
      const vi = summarize({ indicator: F.phonePer100, observations, lang: 'vi' });
      expect(vi[3]).to.equal('Từ năm 2016 đến năm 2021: tăng từ 114 lên 120 thuê bao/100 dân.');
      expect(summarize({ indicator: F.phonePer100, observations, lang: 'en' })[3]).to.equal(
        'From 2016 to 2021: up from 114 to 120 per 100 inhabitants.',
      );
    });

    it('quarters: "từ quý 1/2020 đến quý 4/2020"', () => {
      const observations: ResolvedObservation[] = [
        { ...F.benTrePhone2016, period: { year: 2020, quarter: 1 }, value: 110, index: 0 }, // example values
        { ...F.benTrePhone2016, period: { year: 2020, quarter: 4 }, value: 110, index: 1 },
      ];
      const vi = summarize({ indicator: F.phonePer100, observations, lang: 'vi' });
      expect(vi[0]).to.equal('Thuê bao điện thoại (thuê bao/100 dân), từ quý 1/2020 đến quý 4/2020.');
      expect(vi[2]).to.equal('Từ quý 1/2020 đến quý 4/2020: không đổi, ở mức 110 thuê bao/100 dân.');
      expect(summarize({ indicator: F.phonePer100, observations, lang: 'en' })[2]).to.equal(
        'From Q1 2020 to Q4 2020: unchanged at 110 per 100 inhabitants.',
      );
    });
  });

  describe('rank of the highlighted place (example data: 63 made-up provincial values)', () => {
    // EXAMPLE DATA, not real figures: a share for each of the 63 provinces of 2008-2025, two missing,
    // and one province tied with Bến Tre.
    const meta: IndicatorMeta = {
      id: 'example_share',
      label: { vi: 'Tỷ lệ ví dụ', en: 'Example share' },
      unit: 'percent',
    };
    const provinces = provincesOf('2008-2025');
    const benTreIndex = provinces.findIndex((p) => p.code === '83');
    const observations: ResolvedObservation[] = provinces.map((p, i) => ({
      indicator: meta.id,
      place: { code: p.code, era: p.era },
      period: { year: 2020 },
      value: i === 5 || i === 40 ? null : 40 + ((i * 29) % 63) * 0.75,
      ...(i === 5 || i === 40 ? { missing: 'not-available' as const } : {}),
      index: i,
    }));
    // A tie: the province before Bến Tre gets Bến Tre's value.
    const benTreValue = observations[benTreIndex]!.value as number;
    observations[benTreIndex - 1] = { ...observations[benTreIndex - 1]!, value: benTreValue };

    it('is 63 provinces with two missing', () => {
      expect(observations.length).to.equal(63);
      expect(observations.filter((o) => o.value === null).length).to.equal(2);
    });

    for (const lang of LANGS) {
      it(`the rank equals one recomputed by sorting (${lang})`, () => {
        const values = observations.flatMap((o) => (o.value === null ? [] : [o.value])).sort((a, b) => b - a);
        const rank = values.indexOf(benTreValue) + 1; // ties share the better rank
        const s = summarize({ indicator: meta, observations, lang, highlight: F.BEN_TRE });
        const name = provinceName(F.BEN_TRE, lang);
        const expected =
          lang === 'vi'
            ? `${name}: hạng ${rank}/${values.length}, ${formatPercent(benTreValue, lang)}.`
            : `${name}: rank ${rank} of ${values.length}, ${formatPercent(benTreValue, lang)}.`;
        expect(s).to.include(expected);
        expect(values.length).to.equal(61);
        expect(s.some((x) => x.startsWith(lang === 'vi' ? 'Bến Tre: hạng ' : 'Ben Tre: rank '))).to.equal(
          true,
        );
        expectShort(s);
        expectOnlyInputNumbers(s, observations, lang, [rank, values.length, 2]);
      });

      it(`names the extremes recomputed from the data and counts missing values (${lang})`, () => {
        const valued = observations.filter(
          (o): o is ResolvedObservation & { value: number } => o.value !== null,
        );
        const max = valued.reduce((a, b) => (b.value > a.value ? b : a));
        const min = valued.reduce((a, b) => (b.value < a.value ? b : a));
        const s = summarize({ indicator: meta, observations, lang, highlight: F.BEN_TRE });
        const m = messages(lang);
        expect(s).to.include(
          m.summary.highest(provinceName(max.place, lang), formatPercent(max.value, lang)),
        );
        expect(s).to.include(m.summary.lowest(provinceName(min.place, lang), formatPercent(min.value, lang)));
        expect(s).to.include(lang === 'vi' ? '2 giá trị không có số liệu.' : '2 values have no data.');
      });
    }

    it('says the highlighted place has no data when its value is missing', () => {
      const withoutBenTre = observations.map((o) =>
        o.place.code === '83' ? { ...o, value: null, missing: 'not-available' as const } : o,
      );
      const s = summarize({ indicator: meta, observations: withoutBenTre, lang: 'vi', highlight: F.BEN_TRE });
      expect(s).to.include('Bến Tre: không có số liệu.');
      expect(s).to.include('3 giá trị không có số liệu.');
    });

    it('gives no rank for a single place', () => {
      const s = summarize({
        indicator: F.phonePer100,
        observations: [F.benTrePhone2016],
        lang: 'vi',
        highlight: F.BEN_TRE,
      });
      expect(s.join(' ')).to.not.contain('hạng');
    });
  });

  describe('missing values, definition, source, overrides', () => {
    it('counts missing values by reason: "1 giá trị không áp dụng."', () => {
      const observations: ResolvedObservation[] = [
        F.benTrePhone2016,
        {
          ...F.haTinhPhone2020,
          value: null,
          missing: 'not-applicable',
          change: undefined,
          source: undefined,
        },
        {
          ...F.haTinhPhone2020,
          place: F.DIEN_BIEN,
          value: null,
          missing: 'not-available',
          change: undefined,
          source: undefined,
        },
      ];
      const vi = summarize({ indicator: F.phonePer100, observations, lang: 'vi' });
      expect(vi).to.include('1 giá trị không có số liệu.');
      expect(vi).to.include('1 giá trị không áp dụng.');
      const en = summarize({ indicator: F.phonePer100, observations, lang: 'en' });
      expect(en).to.include('1 value has no data.');
      expect(en).to.include('1 value is not applicable.');
    });

    it('states the definition when the indicator has one', () => {
      const meta: IndicatorMeta = {
        ...F.phonePer100,
        definition: {
          vi: 'Số thuê bao điện thoại trên 100 dân',
          en: 'Telephone subscriptions per 100 people',
        },
      };
      const s = summarize({ indicator: meta, observations: [F.benTrePhone2016], lang: 'vi' });
      expect(s[1]).to.equal('Định nghĩa: Số thuê bao điện thoại trên 100 dân.');
    });

    it('without observations says so (and no period)', () => {
      expect(summarize({ indicator: F.phonePer100, observations: [], lang: 'vi' })).to.deep.equal([
        'Thuê bao điện thoại (thuê bao/100 dân).',
        'Chưa có số liệu nào.',
      ]);
    });

    it('names at most two sources and counts the rest', () => {
      const observations = [1, 2, 3, 4].map((i) => ({
        ...F.benTrePhone2016,
        period: { year: 2012 + i },
        source: { publisher: `Nguồn ${i}` },
        index: i,
      }));
      const s = summarize({ indicator: F.phonePer100, observations, lang: 'vi' });
      expect(s[s.length - 1]).to.equal('Nguồn: Nguồn 1; Nguồn 2 và 2 nguồn khác.');
    });

    it("uses a page's reworded catalogue", () => {
      const m = messages('vi', {
        vi: { summary: { rank: (name, rank, count) => `${name} xếp thứ ${rank}/${count}.` } },
      });
      const s = summarize({
        indicator: F.phoneDensity,
        observations: [F.benTrePhone2016, { ...F.haTinhPhone2020, period: { year: 2016 } }],
        lang: 'vi',
        highlight: F.BEN_TRE,
        messages: m,
      });
      expect(s).to.include('Bến Tre xếp thứ 1/2.');
    });
  });
});
