import { expect } from '@open-wc/testing';
import {
  REGION_IDS,
  eraOfPeriod,
  findProvince,
  foldForSearch,
  periodSpansMerger,
  predecessorsOf,
  provinceName,
  provincesOf,
  regionName,
  resolvePlaceForPeriod,
  resolvePlaceName,
  searchProvinces,
  stripDiacritics,
  successorOf,
} from '../../../src/core/provinces/index.js';
import type { Era } from '../../../src/core/indicator/types.js';

describe('provinces', () => {
  describe('tables', () => {
    it('provincesOf("2008-2025") has 63 units and provincesOf("2025-") has 34', () => {
      expect(provincesOf('2008-2025')).to.have.length(63);
      expect(provincesOf('2025-')).to.have.length(34);
    });

    it('provincesOf(era) is in code order with unique codes', () => {
      for (const era of ['2008-2025', '2025-'] as const) {
        const codes = provincesOf(era).map((p) => p.code);
        expect(codes).to.deep.equal([...codes].sort());
        expect(new Set(codes).size).to.equal(codes.length);
        expect(codes.every((c) => /^\d\d$/.test(c))).to.equal(true);
      }
    });

    it('has 58 provinces + 5 cities before the merger and 28 + 6 after', () => {
      const cities = (era: Era) => provincesOf(era).filter((p) => p.kind === 'city').length;
      expect(cities('2008-2025')).to.equal(5);
      expect(cities('2025-')).to.equal(6);
    });

    it('region counts are 14/11/14/5/6/13 for the 63 units and 9/6/8/3/3/5 for the 34', () => {
      const count = (era: Era) =>
        REGION_IDS.map((r) => provincesOf(era).filter((p) => p.region === r).length);
      expect(count('2008-2025')).to.deep.equal([14, 11, 14, 5, 6, 13]);
      expect(count('2025-')).to.deep.equal([9, 6, 8, 3, 3, 5]);
    });

    it('marks the 7 units spanning two regions as regionAssumed', () => {
      const assumed = provincesOf('2025-')
        .filter((p) => p.regionAssumed)
        .map((p) => p.code);
      expect(assumed).to.deep.equal(['24', '25', '51', '52', '66', '68', '80']);
      expect(provincesOf('2008-2025').some((p) => p.regionAssumed)).to.equal(false);
    });

    it('regionName("mrd") is "Đồng bằng sông Cửu Long" / "Mekong River Delta"', () => {
      expect(regionName('mrd', 'vi')).to.equal('Đồng bằng sông Cửu Long');
      expect(regionName('mrd', 'en')).to.equal('Mekong River Delta');
      expect(regionName('rrd', 'vi')).to.equal('Đồng bằng sông Hồng');
    });

    it('findProvince("83", "2008-2025") is Bến Tre with derived names', () => {
      const p = findProvince('83', '2008-2025');
      expect(p).to.deep.include({
        code: '83',
        era: '2008-2025',
        fullName: 'Tỉnh Bến Tre',
        ascii: 'Ben Tre',
        kind: 'province',
        region: 'mrd',
        mergedInto: '86',
      });
      expect(p?.name).to.deep.equal({ vi: 'Bến Tre', en: 'Ben Tre' });
    });

    it('findProvince keeps the exceptions: Hà Nội, TP. Hồ Chí Minh, Huế', () => {
      expect(findProvince('01', '2008-2025')?.name).to.deep.equal({ vi: 'Hà Nội', en: 'Hanoi' });
      expect(findProvince('01', '2008-2025')?.ascii).to.equal('Ha Noi');
      const hcm = findProvince('79', '2025-');
      expect(hcm?.name).to.deep.equal({ vi: 'TP. Hồ Chí Minh', en: 'Ho Chi Minh City' });
      expect(hcm?.fullName).to.equal('Thành phố Hồ Chí Minh');
      expect(hcm?.ascii).to.equal('Ho Chi Minh');
      expect(hcm?.kind).to.equal('city');
      expect(findProvince('46', '2008-2025')?.fullName).to.equal('Tỉnh Thừa Thiên Huế');
      expect(findProvince('46', '2025-')?.fullName).to.equal('Thành phố Huế');
      expect(findProvince('46', '2025-')?.kind).to.equal('city');
    });

    it('findProvince gives undefined for an unknown code or a code of the other era', () => {
      expect(findProvince('99', '2008-2025')).to.equal(undefined);
      expect(findProvince('83', '2025-')).to.equal(undefined);
      expect(findProvince('', '2025-')).to.equal(undefined);
    });
  });

  describe('the seven codes that change meaning', () => {
    const cases: [string, string, string, string[]][] = [
      ['15', 'Yên Bái', 'Lào Cai', ['10', '15']],
      ['24', 'Bắc Giang', 'Bắc Ninh', ['24', '27']],
      ['44', 'Quảng Bình', 'Quảng Trị', ['44', '45']],
      ['52', 'Bình Định', 'Gia Lai', ['52', '64']],
      ['80', 'Long An', 'Tây Ninh', ['72', '80']],
      ['82', 'Tiền Giang', 'Đồng Tháp', ['82', '87']],
      ['91', 'Kiên Giang', 'An Giang', ['89', '91']],
    ];
    for (const [code, before, after, from] of cases) {
      it(`code ${code} is ${before} in 2008-2025 and ${after} (${from.join(' + ')}) in 2025-`, () => {
        expect(provinceName({ code, era: '2008-2025' }, 'vi')).to.equal(before);
        expect(provinceName({ code, era: '2025-' }, 'vi')).to.equal(after);
        expect(findProvince(code, '2025-')?.mergedFrom).to.deep.equal(from);
        expect(predecessorsOf(code).map((p) => p.code)).to.deep.equal(from);
      });
    }

    it('exactly these seven codes name different units in the two eras', () => {
      const changed = provincesOf('2025-')
        .filter((p) => {
          const old = findProvince(p.code, '2008-2025');
          return old !== undefined && old.name.vi !== p.name.vi && p.code !== '46';
        })
        .map((p) => p.code);
      expect(changed).to.deep.equal(['15', '24', '44', '52', '80', '82', '91']);
    });
  });

  describe('merger mapping', () => {
    it('every old unit maps to an existing new unit, and mergedFrom covers the 63 exactly once', () => {
      const covered: string[] = [];
      for (const p of provincesOf('2008-2025')) {
        const next = successorOf(p.code);
        expect(next, p.code).to.not.equal(undefined);
        expect(next?.mergedFrom, p.code).to.include(p.code);
      }
      for (const p of provincesOf('2025-')) covered.push(...(p.mergedFrom ?? []));
      expect(covered.sort()).to.deep.equal(provincesOf('2008-2025').map((p) => p.code));
    });

    it('successorOf("83") is Vĩnh Long 86; successorOf("60") is Lâm Đồng 68', () => {
      expect(successorOf('83')?.name.vi).to.equal('Vĩnh Long');
      expect(successorOf('83')?.code).to.equal('86');
      expect(successorOf('60')?.code).to.equal('68');
      expect(successorOf('42')?.code).to.equal('42');
    });

    it('successorOf an unknown code is undefined; predecessorsOf an unknown code is empty', () => {
      expect(successorOf('03')).to.equal(undefined);
      expect(predecessorsOf('83')).to.deep.equal([]);
    });

    it('predecessorsOf("79") is Bình Dương, Bà Rịa - Vũng Tàu, TP. Hồ Chí Minh', () => {
      expect(predecessorsOf('79').map((p) => p.name.vi)).to.deep.equal([
        'Bình Dương',
        'Bà Rịa - Vũng Tàu',
        'TP. Hồ Chí Minh',
      ]);
    });
  });

  describe('provinceName', () => {
    it('provinceName({code:"83", era:"2008-2025"}, lang) is "Bến Tre" / "Ben Tre"', () => {
      expect(provinceName({ code: '83', era: '2008-2025' }, 'vi')).to.equal('Bến Tre');
      expect(provinceName({ code: '83', era: '2008-2025' }, 'en')).to.equal('Ben Tre');
    });
    it('provinceName of an unknown place is its code', () => {
      expect(provinceName({ code: '83', era: '2025-' }, 'vi')).to.equal('83');
    });
  });

  describe('foldForSearch', () => {
    it('"Hà Tĩnh", "Ha Tinh", "ha tinh", "HÀ TĨNH" fold equal', () => {
      const folded = ['Hà Tĩnh', 'Ha Tinh', 'ha tinh', 'HÀ TĨNH', '  Hà   Tĩnh '].map(foldForSearch);
      expect(new Set(folded)).to.deep.equal(new Set(['ha tinh']));
    });
    it('folds đ/Đ to d: "Đắk Lắk" → "dak lak", "Điện Biên" → "dien bien"', () => {
      expect(foldForSearch('Đắk Lắk')).to.equal('dak lak');
      expect(foldForSearch('ĐIỆN BIÊN')).to.equal('dien bien');
    });
    it('folds decomposed (NFD) input like precomposed input', () => {
      expect(foldForSearch('Hà Tĩnh'.normalize('NFD'))).to.equal('ha tinh');
      expect(foldForSearch('Thanh Hoá')).to.equal(foldForSearch('Thanh Hóa'));
    });
    it('turns punctuation into spaces: "Bà Rịa–Vũng Tàu" → "ba ria vung tau"', () => {
      expect(foldForSearch('Bà Rịa–Vũng Tàu')).to.equal('ba ria vung tau');
      expect(foldForSearch('TP. HCM')).to.equal('tp hcm');
    });
    it('stripDiacritics keeps case: "Đồng Tháp" → "Dong Thap"', () => {
      expect(stripDiacritics('Đồng Tháp')).to.equal('Dong Thap');
    });
  });

  describe('resolvePlaceName', () => {
    const old = (code: string) => ({ code, era: '2008-2025' });
    const now = (code: string) => ({ code, era: '2025-' });

    it('resolves vi, full, en, ascii and upper-case forms of Bến Tre', () => {
      for (const name of [
        'Bến Tre',
        'Tỉnh Bến Tre',
        'Ben Tre',
        'ben tre',
        'BẾN TRE',
        'Ben Tre province',
        'BenTre',
      ]) {
        expect(resolvePlaceName(name, '2008-2025'), name).to.deep.equal(old('83'));
      }
    });

    it('resolves Hồ Chí Minh City in every usual spelling', () => {
      for (const name of [
        'TP HCM',
        'TP. HCM',
        'TPHCM',
        'HCMC',
        'TP. Hồ Chí Minh',
        'TP Hồ Chí Minh',
        'Thành phố Hồ Chí Minh',
        'Ho Chi Minh City',
        'Hồ Chí Minh',
        'ho chi minh',
      ]) {
        expect(resolvePlaceName(name, '2008-2025'), name).to.deep.equal(old('79'));
        expect(resolvePlaceName(name, '2025-'), name).to.deep.equal(now('79'));
      }
    });

    it('resolves "Thừa Thiên Huế" and "Huế" to 46 in both eras', () => {
      for (const name of [
        'Thừa Thiên Huế',
        'Tỉnh Thừa Thiên Huế',
        'Thua Thien Hue',
        'Huế',
        'Thành phố Huế',
        'Hue',
      ]) {
        expect(resolvePlaceName(name, '2008-2025'), name).to.deep.equal(old('46'));
        expect(resolvePlaceName(name, '2025-'), name).to.deep.equal(now('46'));
      }
      expect(resolvePlaceName('Huế')).to.deep.equal(old('46'));
    });

    it('resolves Hà Nội as "Hanoi", "Ha Noi", "Thành phố Hà Nội"', () => {
      for (const name of ['Hanoi', 'Ha Noi', 'Hà Nội', 'Thành phố Hà Nội', 'TP Hà Nội']) {
        expect(resolvePlaceName(name, '2025-'), name).to.deep.equal(now('01'));
      }
    });

    it('ignores tone-mark placement and dash style: "Hoà Bình", "Ba Ria Vung Tau", "Dak Lak"', () => {
      expect(resolvePlaceName('Hoà Bình', '2008-2025')).to.deep.equal(old('17'));
      expect(resolvePlaceName('Ba Ria Vung Tau', '2008-2025')).to.deep.equal(old('77'));
      expect(resolvePlaceName('Bà Rịa–Vũng Tàu', '2008-2025')).to.deep.equal(old('77'));
      expect(resolvePlaceName('Đăk Lăk', '2025-')).to.deep.equal(now('66'));
    });

    it('a name of both eras resolves per era: "Bắc Ninh" is 27 before and 24 after', () => {
      expect(resolvePlaceName('Bắc Ninh', '2008-2025')).to.deep.equal(old('27'));
      expect(resolvePlaceName('Bắc Ninh', '2025-')).to.deep.equal(now('24'));
      expect(resolvePlaceName('Lào Cai', '2008-2025')).to.deep.equal(old('10'));
      expect(resolvePlaceName('Lào Cai', '2025-')).to.deep.equal(now('15'));
      expect(resolvePlaceName('Yên Bái', '2008-2025')).to.deep.equal(old('15'));
    });

    it('a name of an old unit is unknown in 2025-: "Bến Tre", "Yên Bái"', () => {
      expect(resolvePlaceName('Bến Tre', '2025-')).to.equal(undefined);
      expect(resolvePlaceName('Yên Bái', '2025-')).to.equal(undefined);
    });

    it('without an era, 2008-2025 is tried first, then 2025-', () => {
      expect(resolvePlaceName('Bắc Ninh')).to.deep.equal(old('27'));
      expect(resolvePlaceName('Bến Tre')).to.deep.equal(old('83'));
    });

    it('gives undefined for unknown or empty names', () => {
      expect(resolvePlaceName('Atlantis')).to.equal(undefined);
      expect(resolvePlaceName('')).to.equal(undefined);
      expect(resolvePlaceName('Tỉnh')).to.equal(undefined);
      expect(resolvePlaceName('  ')).to.equal(undefined);
    });

    it('every vi, en, full and ascii name of every unit resolves to itself in its era', () => {
      for (const era of ['2008-2025', '2025-'] as const) {
        for (const p of provincesOf(era)) {
          for (const name of [p.name.vi, p.name.en, p.fullName, p.ascii]) {
            expect(resolvePlaceName(name, era), `${era} ${name}`).to.deep.equal({ code: p.code, era });
          }
        }
      }
    });

    it('resolvePlaceForPeriod falls back to 2008-2025 for a year-only 2025', () => {
      expect(resolvePlaceForPeriod('Bến Tre', { year: 2025 })).to.deep.equal(old('83'));
      expect(resolvePlaceForPeriod('Vĩnh Long', { year: 2025 })).to.deep.equal(now('86'));
      expect(resolvePlaceForPeriod('Bến Tre', { year: 2026 })).to.equal(undefined);
      expect(resolvePlaceForPeriod('Bến Tre', { year: 2025, month: 8 })).to.equal(undefined);
      expect(resolvePlaceForPeriod('Bắc Ninh', { year: 2021 })).to.deep.equal(old('27'));
    });
  });

  describe('eraOfPeriod', () => {
    it('years before 2025 are 2008-2025, after 2025 are 2025-', () => {
      expect(eraOfPeriod({ year: 2016 })).to.equal('2008-2025');
      expect(eraOfPeriod({ year: 2024, month: 12 })).to.equal('2008-2025');
      expect(eraOfPeriod({ year: 2026 })).to.equal('2025-');
      expect(eraOfPeriod({ year: 2026, quarter: 1 })).to.equal('2025-');
    });
    it('2025 by month: June is 2008-2025, July is 2025-', () => {
      expect(eraOfPeriod({ year: 2025, month: 6 })).to.equal('2008-2025');
      expect(eraOfPeriod({ year: 2025, month: 7 })).to.equal('2025-');
    });
    it('2025 by quarter: Q2 is 2008-2025, Q3 is 2025-', () => {
      expect(eraOfPeriod({ year: 2025, quarter: 2 })).to.equal('2008-2025');
      expect(eraOfPeriod({ year: 2025, quarter: 3 })).to.equal('2025-');
    });
    it('the year 2025 alone is 2025- (annual figures are stated at year end), and spans the merger', () => {
      expect(eraOfPeriod({ year: 2025 })).to.equal('2025-');
      expect(periodSpansMerger({ year: 2025 })).to.equal(true);
      expect(periodSpansMerger({ year: 2025, month: 1 })).to.equal(false);
      expect(periodSpansMerger({ year: 2024 })).to.equal(false);
    });
  });

  describe('searchProvinces', () => {
    it('searchProvinces("ha t", "2008-2025") finds Hà Tĩnh (and not Hà Nội)', () => {
      const names = searchProvinces('ha t', '2008-2025').map((p) => p.name.vi);
      expect(names).to.include('Hà Tĩnh');
      expect(names).to.not.include('Hà Nội');
    });
    it('searchProvinces matches without diacritics and by alias: "hcm", "Đà"', () => {
      expect(searchProvinces('hcm', '2025-').map((p) => p.code)).to.deep.equal(['79']);
      expect(searchProvinces('Đà Nẵng', '2025-').map((p) => p.code)).to.deep.equal(['48']);
      expect(searchProvinces('da', '2025-').map((p) => p.code)).to.deep.equal(['48', '66']);
      expect(searchProvinces('ho chi', '2025-').map((p) => p.code)).to.deep.equal(['79']);
    });
    it('searchProvinces puts names starting with the query first: "giang" in 2008-2025', () => {
      const codes = searchProvinces('giang', '2008-2025').map((p) => p.code);
      expect(codes).to.include.members(['02', '24', '82', '89', '91', '93']);
      const an = searchProvinces('an', '2008-2025').map((p) => p.code);
      expect(an[0]).to.equal('89'); // An Giang starts with "an"; Nghệ An and Long An follow
      expect(an).to.include.members(['40', '80']);
    });
    it('an empty query gives every unit of the era', () => {
      expect(searchProvinces('', '2025-')).to.have.length(34);
    });
  });
});
