/**
 * The data texts of the library in Vietnamese and English: names of breakdowns, qualifiers, statuses and
 * missing reasons, data issue messages, and the phrases the generated summaries, mark names and tables
 * are built from. Interface texts (buttons, states, keyboard help) live in `src/chart/i18n/ui.ts`.
 *
 * Texts that depend on a value are functions. They receive numbers already formatted for the language
 * (by `src/core/format`), so a catalogue never formats a number itself. Pure: no DOM.
 */
import type {
  DataIssue,
  IssueCode,
  Language,
  MissingReason,
  Qualifier,
  Scope,
  ServiceLevel,
  Status,
  SubscriptionType,
  Tier,
} from '../indicator/types.js';

/** Which way a value moved. */
export type Direction = 'up' | 'down' | 'flat';

/** What an issue message is given. */
export interface IssueText {
  /** The offending input, quoted for display (`"1.447.307"`, `42`, `null`), when the issue has one. */
  got?: string;
  /** What was wanted, as the validator wrote it (allowed values `a | b`, a range `1–4`, a type). */
  expected?: string;
  /** The issue's path (`observations[3].value`, or `line:column` for invalid JSON). */
  path: string;
  /** True when the issue names a member the format does not define (an unknown key, not a bad value). */
  unknownKey: boolean;
}

/** One catalogue of data texts. */
export interface Messages {
  /** Missing values, said aloud wherever a value would be ("không có số liệu"). */
  missing: Record<MissingReason, string>;
  /** Administrative tiers ("Cấp tỉnh", "Cấp tỉnh/huyện/xã"). */
  tiers: Record<Tier, string>;
  /** Added to a tier when the figure is per single unit ("mỗi xã"). */
  perUnit: Record<Tier, string>;
  /** Online public service levels ("Mức độ 3", "Toàn trình", "Một phần"). */
  levels: Record<ServiceLevel, string>;
  /** Subscription types ("Băng rộng cố định"). */
  subscriptions: Record<SubscriptionType, string>;
  /** Scopes and denominators ("Thôn, bản"). */
  scopes: Record<Scope, string>;
  /** Words put before a value ("trên 80"). */
  qualifiers: Record<Qualifier, string>;
  /** Status of a figure ("ước đạt"), lower case: they follow a value in brackets. */
  statuses: Record<Status, string>;
  /** Names of expected JSON types in issue messages ("object" → "đối tượng"); unknown names stay as written. */
  types: Record<string, string>;
  /** One message per issue code, without the path (the caller puts `path: ` in front). */
  issues: Record<IssueCode, (p: IssueText) => string>;
  /** Pieces of names, sentences and tables. */
  phrases: {
    /** A period inside a sentence: "năm 2020" / "in 2020"; `text` is the formatted period. */
    period: (text: string, yearOnly: boolean) => string;
    /** A range of periods: "từ năm 2016 đến năm 2021" / "from 2016 to 2021". */
    periodRange: (from: string, to: string, yearOnly: boolean) => string;
    /** A period compared against: "năm 2019" / "2019". */
    against: (text: string, yearOnly: boolean) => string;
    /** A stated relative change: "tăng 15,9 % so với năm 2019" / "up 15.9% from 2019". */
    statedChange: (percent: string, direction: Direction, against: string, qualifier?: string) => string;
    /** Share of the plan achieved: "đạt 111,78 % kế hoạch" / "111.78% of the plan achieved". */
    ofPlan: (percent: string) => string;
    /** A move between two values: "giảm từ 15 xuống 4 ngày" / "down from 15 to 4 days". */
    fromTo: (from: string, to: string, direction: Direction) => string;
    /** The previous state's label, put after the first value: "15 ngày (trước khi đơn giản hóa)". */
    beforeLabel: (value: string, label: string) => string;
    /** A target for the same period: "kế hoạch 95 %" / "target 95%". */
    target: (value: string) => string;
    /** A value with its status: "2.850 tỷ đồng (ước đạt)". */
    withStatus: (value: string, status: string) => string;
    /** A value with its qualifier: "trên 80" / "over 80". */
    withQualifier: (value: string, qualifier: string) => string;
    /** A per-unit breakdown: "Cấp xã, mỗi xã". */
    tierPerUnit: (tier: string, perUnit: string) => string;
  };
  /** The accessible name of one mark. */
  name: {
    /** "Hà Tĩnh, 2020, thuê bao điện thoại: 94 thuê bao/100 dân". `what` may already carry a series. */
    observation: (place: string, period: string, what: string, value: string) => string;
    /** A series after the indicator: "băng rộng cố định" → "thuê bao (băng rộng cố định)". */
    withSeries: (what: string, series: string) => string;
    /** Position among the marks: ", 3/12". */
    position: (index: string, count: string) => string;
  };
  /** Sentences of the generated summary. Each ends with a full stop. */
  summary: {
    /**
     * What is measured, its unit and period: "Mật độ thuê bao điện thoại (thuê bao/100 dân), năm 2020."
     * `unit` is empty when the label already says it or for counts; `period` is empty without data.
     */
    what: (label: string, unit: string, period: string) => string;
    /** The indicator's definition. */
    definition: (text: string) => string;
    /** No observations at all. */
    noValues: string;
    /** One value with what the source says about it: "Hà Tĩnh, 2020: 94 thuê bao/100 dân, tăng 1,1 % …". */
    value: (name: string, value: string, details: readonly string[]) => string;
    /** A name standing for several tied items: "Bến Tre và 2 nơi khác". */
    andOthers: (name: string, others: number, othersText: string) => string;
    /** The largest value and where: "Cao nhất là Bến Tre, với 114 thuê bao/100 dân." */
    highest: (name: string, value: string) => string;
    /** The smallest value and where: "Thấp nhất là Hà Tĩnh, với 94 thuê bao/100 dân." */
    lowest: (name: string, value: string) => string;
    /** Every value is the same. */
    allEqual: (value: string, count: number, countText: string) => string;
    /** A derived change of one series from its first to its last period. */
    trend: (subject: string, periods: string, change: string) => string;
    /** Change of a rate in percentage points: "tăng 3,2 điểm phần trăm, từ 80 % lên 83,2 %". */
    pointsChange: (points: string, direction: 'up' | 'down', from: string, to: string) => string;
    /** No change: "không đổi, ở mức 94 thuê bao/100 dân". */
    unchanged: (value: string) => string;
    /** Rank of the highlighted place, 1 = highest value: "Bến Tre: hạng 12/63, 85 %." */
    rank: (name: string, rank: string, count: string, value: string) => string;
    /** The highlighted place has no value: "Bến Tre: không có số liệu." */
    highlightMissing: (name: string, missing: string) => string;
    /** Missing values counted: "2 giá trị không có số liệu." */
    missingCount: (count: number, countText: string, reason: MissingReason, missing: string) => string;
    /** Source line: "Nguồn: …." */
    source: (sources: readonly string[], more: number) => string;
  };
  /** Column headers and caption of the data table. */
  table: {
    place: string;
    /** Header of the period column when every period is a year / when some are quarters or months. */
    year: string;
    period: string;
    series: string;
    indicator: string;
    /** The value column; `unit` is the unit's short label, empty for counts. */
    value: (unit: string) => string;
    target: (unit: string) => string;
    denominator: string;
    qualifier: string;
    status: string;
    change: string;
    note: string;
    caption: (label: string, period: string) => string;
  };
}

/** `a` when the number is one, else `b` (English plurals). */
function plural(count: number, one: string, other: string): string {
  return count === 1 ? one : other;
}

/** " x" when x is given, else "". */
function sp(text: string | undefined): string {
  return text === undefined || text === '' ? '' : ` ${text}`;
}

function withExpected(text: string, expected: string | undefined, word: string): string {
  return expected === undefined || expected === '' ? text : `${text} (${word}: ${expected})`;
}

function viRange(from: string, to: string, yearOnly: boolean): string {
  return yearOnly ? `từ năm ${from} đến năm ${to}` : `từ ${from} đến ${to}`;
}

/** Vietnamese. */
export const vi: Messages = {
  missing: { 'not-available': 'không có số liệu', 'not-applicable': 'không áp dụng' },
  tiers: {
    province: 'Cấp tỉnh',
    district: 'Cấp huyện',
    commune: 'Cấp xã',
    'province+district': 'Cấp tỉnh/huyện',
    'province+district+commune': 'Cấp tỉnh/huyện/xã',
    all: 'Tất cả các cấp',
  },
  perUnit: {
    province: 'mỗi tỉnh',
    district: 'mỗi huyện',
    commune: 'mỗi xã',
    'province+district': 'mỗi đơn vị',
    'province+district+commune': 'mỗi đơn vị',
    all: 'mỗi đơn vị',
  },
  levels: {
    '1': 'Mức độ 1',
    '2': 'Mức độ 2',
    '3': 'Mức độ 3',
    '4': 'Mức độ 4',
    'full-process': 'Toàn trình',
    partial: 'Một phần',
  },
  subscriptions: {
    telephone: 'Điện thoại',
    mobile: 'Di động',
    'fixed-telephone': 'Điện thoại cố định',
    'fixed-broadband': 'Băng rộng cố định',
    'mobile-broadband': 'Băng rộng di động',
  },
  scopes: {
    village: 'Thôn, bản',
    'commune-centre': 'Trung tâm xã',
    'residential-area': 'Khu dân cư',
    department: 'Cấp Sở',
    'department-one-stop-desk': 'Bộ phận một cửa của Sở',
    'commune-to-province-district': 'Giữa cấp xã với cấp tỉnh, huyện',
    national: 'Toàn quốc',
  },
  qualifiers: { over: 'trên', about: 'khoảng', nearly: 'gần', under: 'dưới' },
  statuses: { actual: 'thực hiện', estimate: 'ước đạt', provisional: 'sơ bộ', target: 'kế hoạch' },
  types: { object: 'đối tượng', string: 'chuỗi', array: 'mảng', number: 'số', boolean: 'true hoặc false' },
  issues: {
    'invalid-json': ({ got, path }) =>
      `JSON không hợp lệ${/^\d+:\d+$/.test(path) ? ` ở dòng ${path.replace(':', ', cột ')}` : ''}${got === undefined ? '' : `, gần ${got}`}`,
    'not-an-object': ({ got }) => `cần một đối tượng JSON${got === undefined ? '' : `, nhận được ${got}`}`,
    'unsupported-version': ({ got, expected }) =>
      withExpected(`phiên bản${sp(got)} chưa được hỗ trợ`, expected, 'cần'),
    'missing-field': ({ expected }) => withExpected('thiếu trường bắt buộc', expected, 'một trong'),
    'wrong-type': ({ got, expected }) =>
      `sai kiểu${expected === undefined ? '' : `: cần ${expected}`}${got === undefined ? '' : `, nhận được ${got}`}`,
    'not-a-number': ({ got }) => `cần một số${got === undefined ? '' : `, nhận được ${got}`}`,
    'not-finite': ({ got }) => `cần một số hữu hạn${got === undefined ? '' : `, nhận được ${got}`}`,
    'not-an-integer': ({ got }) => `cần một số nguyên${got === undefined ? '' : `, nhận được ${got}`}`,
    'out-of-range': ({ got, expected }) =>
      withExpected(`giá trị${sp(got)} nằm ngoài khoảng cho phép`, expected, 'cần'),
    'unknown-value': ({ got, expected, unknownKey }) =>
      unknownKey
        ? 'trường này không có trong định dạng, bị bỏ qua'
        : withExpected(`giá trị${sp(got)} không hợp lệ`, expected, 'một trong'),
    'unknown-indicator': ({ got, expected }) => withExpected(`không có chỉ tiêu${sp(got)}`, expected, 'có'),
    'ambiguous-indicator': ({ got, expected }) => withExpected(`chưa rõ chỉ tiêu${sp(got)}`, expected, 'cần'),
    'unknown-place': ({ got, expected }) =>
      withExpected(`không tìm thấy tỉnh, thành phố${sp(got)}`, expected, 'giai đoạn'),
    'missing-reason': ({ got, expected }) =>
      got === undefined || got === 'null'
        ? withExpected('giá trị trống cần ghi lý do thiếu số liệu', expected, 'một trong')
        : `đã có giá trị nên lý do ${got} bị bỏ qua`,
    'duplicate-id': ({ got }) => `mã${sp(got)} bị trùng`,
    empty: () => 'không có nội dung',
    'fetch-failed': ({ got }) => `không tải được ${got ?? 'dữ liệu'}`,
    'fetch-timeout': ({ got, expected }) =>
      withExpected(`quá thời gian chờ khi tải ${got ?? 'dữ liệu'}`, expected, 'giới hạn'),
    'http-status': ({ got }) => `máy chủ trả về mã lỗi${sp(got)}`,
    'unsupported-content-type': ({ got, expected }) =>
      withExpected(`không đọc được kiểu nội dung${sp(got)}`, expected, 'cần'),
    'csv-parse': ({ got, expected }) =>
      withExpected(
        `không đọc được dòng CSV${got === undefined ? '' : `, nhận được ${got}`}`,
        expected,
        'cần',
      ),
  },
  phrases: {
    period: (text, yearOnly) => (yearOnly ? `năm ${text}` : text),
    periodRange: viRange,
    against: (text, yearOnly) => (yearOnly ? `năm ${text}` : text),
    statedChange: (percent, direction, against, qualifier) =>
      direction === 'flat'
        ? `không đổi so với ${against}`
        : `${direction === 'up' ? 'tăng' : 'giảm'}${sp(qualifier)} ${percent} so với ${against}`,
    ofPlan: (percent) => `đạt ${percent} kế hoạch`,
    fromTo: (from, to, direction) =>
      direction === 'flat'
        ? `không đổi, ở mức ${to}`
        : direction === 'up'
          ? `tăng từ ${from} lên ${to}`
          : `giảm từ ${from} xuống ${to}`,
    beforeLabel: (value, label) => `${value} (${label})`,
    target: (value) => `kế hoạch ${value}`,
    withStatus: (value, status) => `${value} (${status})`,
    withQualifier: (value, qualifier) => `${qualifier} ${value}`,
    tierPerUnit: (tier, perUnit) => `${tier}, ${perUnit}`,
  },
  name: {
    observation: (place, period, what, value) => `${place}, ${period}, ${what}: ${value}`,
    withSeries: (what, series) => `${what} (${series})`,
    position: (index, count) => `, ${index}/${count}`,
  },
  summary: {
    what: (label, unit, period) => `${label}${unit ? ` (${unit})` : ''}${period ? `, ${period}` : ''}.`,
    definition: (text) => `Định nghĩa: ${text.replace(/[.\s]+$/, '')}.`,
    noValues: 'Chưa có số liệu nào.',
    value: (name, value, details) => `${name}: ${[value, ...details].join(', ')}.`,
    andOthers: (name, _others, othersText) => `${name} và ${othersText} nơi khác`,
    highest: (name, value) => `Cao nhất là ${name}, với ${value}.`,
    lowest: (name, value) => `Thấp nhất là ${name}, với ${value}.`,
    allEqual: (value, _count, countText) => `Cả ${countText} giá trị đều bằng ${value}.`,
    trend: (subject, periods, change) => `${subject ? `${subject}, ${periods}` : upper(periods)}: ${change}.`,
    pointsChange: (points, direction, from, to) =>
      direction === 'up' ? `tăng ${points}, từ ${from} lên ${to}` : `giảm ${points}, từ ${from} xuống ${to}`,
    unchanged: (value) => `không đổi, ở mức ${value}`,
    rank: (name, rank, count, value) => `${name}: hạng ${rank}/${count}, ${value}.`,
    highlightMissing: (name, missing) => `${name}: ${missing}.`,
    missingCount: (_count, countText, _reason, missing) => `${countText} giá trị ${missing}.`,
    source: (sources, more) => `Nguồn: ${sources.join('; ')}${more > 0 ? ` và ${more} nguồn khác` : ''}.`,
  },
  table: {
    place: 'Tỉnh/thành phố',
    year: 'Năm',
    period: 'Kỳ',
    series: 'Phân loại',
    indicator: 'Chỉ tiêu',
    value: (unit) => (unit ? `Giá trị (${unit})` : 'Giá trị'),
    target: (unit) => (unit ? `Kế hoạch (${unit})` : 'Kế hoạch'),
    denominator: 'Trên tổng số',
    qualifier: 'Mức chính xác',
    status: 'Loại số liệu',
    change: 'So sánh',
    note: 'Ghi chú',
    caption: (label, period) => (period ? `${label}, ${period}` : label),
  },
};

function upper(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** English. */
export const en: Messages = {
  missing: { 'not-available': 'no data', 'not-applicable': 'not applicable' },
  tiers: {
    province: 'Province level',
    district: 'District level',
    commune: 'Commune level',
    'province+district': 'Province/district level',
    'province+district+commune': 'Province/district/commune level',
    all: 'All levels',
  },
  perUnit: {
    province: 'each province',
    district: 'each district',
    commune: 'each commune',
    'province+district': 'each unit',
    'province+district+commune': 'each unit',
    all: 'each unit',
  },
  levels: {
    '1': 'Level 1',
    '2': 'Level 2',
    '3': 'Level 3',
    '4': 'Level 4',
    'full-process': 'Full process',
    partial: 'Partial',
  },
  subscriptions: {
    telephone: 'Telephone',
    mobile: 'Mobile',
    'fixed-telephone': 'Fixed telephone',
    'fixed-broadband': 'Fixed broadband',
    'mobile-broadband': 'Mobile broadband',
  },
  scopes: {
    village: 'Villages',
    'commune-centre': 'Commune centres',
    'residential-area': 'Residential areas',
    department: 'Department',
    'department-one-stop-desk': "Department's one-stop desk",
    'commune-to-province-district': 'Between communes and province/district',
    national: 'Nationwide',
  },
  qualifiers: { over: 'over', about: 'about', nearly: 'nearly', under: 'under' },
  statuses: { actual: 'actual', estimate: 'estimate', provisional: 'provisional', target: 'target' },
  types: {
    object: 'an object',
    string: 'a string',
    array: 'a list',
    number: 'a number',
    boolean: 'true or false',
  },
  issues: {
    'invalid-json': ({ got, path }) =>
      `invalid JSON${/^\d+:\d+$/.test(path) ? ` at line ${path.replace(':', ', column ')}` : ''}${got === undefined ? '' : `, near ${got}`}`,
    'not-an-object': ({ got }) => `expected a JSON object${got === undefined ? '' : `, got ${got}`}`,
    'unsupported-version': ({ got, expected }) =>
      withExpected(`version${sp(got)} is not supported`, expected, 'expected'),
    'missing-field': ({ expected }) => withExpected('required field is missing', expected, 'one of'),
    'wrong-type': ({ got, expected }) =>
      `wrong type${expected === undefined ? '' : `: expected ${expected}`}${got === undefined ? '' : `, got ${got}`}`,
    'not-a-number': ({ got }) => `expected a number${got === undefined ? '' : `, got ${got}`}`,
    'not-finite': ({ got }) => `expected a finite number${got === undefined ? '' : `, got ${got}`}`,
    'not-an-integer': ({ got }) => `expected a whole number${got === undefined ? '' : `, got ${got}`}`,
    'out-of-range': ({ got, expected }) =>
      withExpected(`value${sp(got)} is out of range`, expected, 'expected'),
    'unknown-value': ({ got, expected, unknownKey }) =>
      unknownKey
        ? 'this field is not part of the format and is ignored'
        : withExpected(`unknown value${sp(got)}`, expected, 'one of'),
    'unknown-indicator': ({ got, expected }) => withExpected(`no indicator${sp(got)}`, expected, 'available'),
    'ambiguous-indicator': ({ got, expected }) =>
      withExpected(`unclear indicator${sp(got)}`, expected, 'expected'),
    'unknown-place': ({ got, expected }) =>
      withExpected(`unknown province or city${sp(got)}`, expected, 'era'),
    'missing-reason': ({ got, expected }) =>
      got === undefined || got === 'null'
        ? withExpected('an empty value needs a reason', expected, 'one of')
        : `the value is given, so the reason ${got} is ignored`,
    'duplicate-id': ({ got }) => `duplicate id${sp(got)}`,
    empty: () => 'is empty',
    'fetch-failed': ({ got }) => `could not load ${got ?? 'the data'}`,
    'fetch-timeout': ({ got, expected }) =>
      withExpected(`timed out loading ${got ?? 'the data'}`, expected, 'limit'),
    'http-status': ({ got }) => `the server answered with status${sp(got)}`,
    'unsupported-content-type': ({ got, expected }) =>
      withExpected(`cannot read content type${sp(got)}`, expected, 'expected'),
    'csv-parse': ({ got, expected }) =>
      withExpected(`unreadable CSV row${got === undefined ? '' : `, got ${got}`}`, expected, 'expected'),
  },
  phrases: {
    period: (text) => `in ${text}`,
    periodRange: (from, to) => `from ${from} to ${to}`,
    against: (text) => text,
    statedChange: (percent, direction, against, qualifier) =>
      direction === 'flat'
        ? `unchanged from ${against}`
        : `${direction}${sp(qualifier)} ${percent} from ${against}`,
    ofPlan: (percent) => `${percent} of the plan achieved`,
    fromTo: (from, to, direction) =>
      direction === 'flat' ? `unchanged at ${to}` : `${direction} from ${from} to ${to}`,
    beforeLabel: (value, label) => `${value} (${label})`,
    target: (value) => `target ${value}`,
    withStatus: (value, status) => `${value} (${status})`,
    withQualifier: (value, qualifier) => `${qualifier} ${value}`,
    tierPerUnit: (tier, perUnit) => `${tier}, ${perUnit}`,
  },
  name: {
    observation: (place, period, what, value) => `${place}, ${period}, ${what}: ${value}`,
    withSeries: (what, series) => `${what} (${series})`,
    position: (index, count) => `, ${index}/${count}`,
  },
  summary: {
    what: (label, unit, period) => `${label}${unit ? ` (${unit})` : ''}${period ? `, ${period}` : ''}.`,
    definition: (text) => `Definition: ${text.replace(/[.\s]+$/, '')}.`,
    noValues: 'No values yet.',
    value: (name, value, details) => `${name}: ${[value, ...details].join(', ')}.`,
    andOthers: (name, others, othersText) => `${name} and ${othersText} ${plural(others, 'other', 'others')}`,
    highest: (name, value) => `Highest: ${name}, at ${value}.`,
    lowest: (name, value) => `Lowest: ${name}, at ${value}.`,
    allEqual: (value, count, countText) =>
      count === 2 ? `Both values are ${value}.` : `All ${countText} values are ${value}.`,
    trend: (subject, periods, change) => `${subject ? `${subject}, ${periods}` : upper(periods)}: ${change}.`,
    pointsChange: (points, direction, from, to) => `${direction} ${points}, from ${from} to ${to}`,
    unchanged: (value) => `unchanged at ${value}`,
    rank: (name, rank, count, value) => `${name}: rank ${rank} of ${count}, ${value}.`,
    highlightMissing: (name, missing) => `${name}: ${missing}.`,
    missingCount: (count, countText, reason) =>
      reason === 'not-applicable'
        ? `${countText} ${plural(count, 'value is', 'values are')} not applicable.`
        : `${countText} ${plural(count, 'value has', 'values have')} no data.`,
    source: (sources, more) =>
      `Source${sources.length + more > 1 ? 's' : ''}: ${sources.join('; ')}${more > 0 ? ` and ${more} more` : ''}.`,
  },
  table: {
    place: 'Province/city',
    year: 'Year',
    period: 'Period',
    series: 'Breakdown',
    indicator: 'Indicator',
    value: (unit) => (unit ? `Value (${unit})` : 'Value'),
    target: (unit) => (unit ? `Target (${unit})` : 'Target'),
    denominator: 'Out of',
    qualifier: 'Precision',
    status: 'Status',
    change: 'Comparison',
    note: 'Note',
    caption: (label, period) => (period ? `${label}, ${period}` : label),
  },
};

/** The built-in catalogues, Vietnamese first. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { vi, en };

/**
 * A deep partial of a catalogue: any text or group of texts may be left out. Functions are replaced
 * whole, never merged.
 */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/** Per-language overrides, as a page gives them: `{ vi: { missing: { 'not-available': 'chưa có số liệu' } } }`. */
export type MessageOverrides = Partial<Record<Language, DeepPartial<Messages>>>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue; // an undefined entry never erases a built-in text
    out[key] = merge(base[key], value);
  }
  return out;
}

/**
 * The catalogue for `lang`, with the page's overrides for that language merged on top (a new object; the
 * built-in catalogues are never changed). Without overrides the built-in catalogue itself is returned.
 *
 * @example
 * ```ts
 * messages('vi').missing['not-available'];                                          // "không có số liệu"
 * messages('en', { en: { summary: { noValues: 'Nothing yet.' } } }).summary.noValues; // "Nothing yet."
 * ```
 */
export function messages(lang: Language, overrides?: MessageOverrides): Messages {
  const base = MESSAGES[lang === 'en' ? 'en' : 'vi'];
  const own = overrides?.[lang];
  if (!own) return base;
  return merge(base, own) as Messages;
}

/** Longest quoted input shown in a message, in characters (longer input is cut and ends with "…"). */
export const MAX_QUOTED_LENGTH = 60;

function cut(text: string, max: number): string {
  const chars = Array.from(text); // never split a surrogate pair
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The offending input of an issue, quoted for a message: strings in JSON quotes (`"1.447.307"`, with
 * quotes and control characters escaped), numbers and booleans as written (`Infinity`, `NaN` too), other
 * values as JSON; everything cut to {@link MAX_QUOTED_LENGTH} characters. Undefined stays undefined.
 */
export function quoteValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return JSON.stringify(cut(value, MAX_QUOTED_LENGTH));
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null) return 'null';
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  return cut(text ?? Object.prototype.toString.call(value), MAX_QUOTED_LENGTH);
}

function translateExpected(expected: string | undefined, catalogue: Messages): string | undefined {
  if (expected === undefined) return undefined;
  const known = Object.prototype.hasOwnProperty.call(catalogue.types, expected)
    ? catalogue.types[expected]
    : undefined;
  return known ?? cut(expected, 2 * MAX_QUOTED_LENGTH);
}

/**
 * One message for a data issue, in the page language, with its path first:
 * `observations[3].value: cần một số, nhận được "1.447.307"` /
 * `observations[3].value: expected a number, got "1.447.307"`.
 * Without a path the message stands alone, capitalised ("Không có nội dung"); invalid JSON names its line
 * and column in the text. Pass a catalogue from {@link messages} to use a page's rewording.
 */
export function describeIssue(
  issue: DataIssue,
  lang: Language,
  catalogue: Messages = messages(lang),
): string {
  const path = issue.path ?? '';
  const got = quoteValue(issue.got);
  const unknownKey =
    issue.code === 'unknown-value' &&
    typeof issue.got === 'string' &&
    (path === issue.got || path.endsWith(`.${issue.got}`));
  const message = catalogue.issues[issue.code];
  const text = message
    ? message({ got, expected: translateExpected(issue.expected, catalogue), path, unknownKey })
    : `${issue.code}${got === undefined ? '' : ` ${got}`}`;
  if (path === '' || issue.code === 'invalid-json') return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return `${path}: ${text}`;
}
