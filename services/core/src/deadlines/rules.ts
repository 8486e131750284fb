import type { IsoDate } from '../calendar/dates';

export type DeadlineItemKind =
  | 'COMPLAINT_ACCEPTANCE'
  | 'COMPLAINT_RESOLUTION'
  | 'DENUNCIATION_INITIAL'
  | 'DENUNCIATION_RESOLUTION'
  | 'PETITION_PROCESSING'
  | 'PETITION_ANSWER'
  | 'RECOMMENDATION_FOLLOW_UP'
  | 'ASSIGNMENT'
  | 'VOTER_PETITION_ANSWER'
  | 'SESSION_DOCUMENTS'
  | 'FRONT_RECOMMENDATION_ANSWER'
  | 'QUESTIONING_COMMITMENT';

export const DEADLINE_ITEM_KINDS: readonly DeadlineItemKind[] = [
  'COMPLAINT_ACCEPTANCE',
  'COMPLAINT_RESOLUTION',
  'DENUNCIATION_INITIAL',
  'DENUNCIATION_RESOLUTION',
  'PETITION_PROCESSING',
  'PETITION_ANSWER',
  'RECOMMENDATION_FOLLOW_UP',
  'ASSIGNMENT',
  'VOTER_PETITION_ANSWER',
  'SESSION_DOCUMENTS',
  'FRONT_RECOMMENDATION_ANSWER',
  'QUESTIONING_COMMITMENT',
];

export type Counting = 'WORKING' | 'CALENDAR';
export type Complexity = 'NORMAL' | 'COMPLEX' | 'ESPECIALLY_COMPLEX';
export type ComplaintRound = 'FIRST' | 'SECOND';
/** AFTER: due n days after the clock start; BEFORE: due n days before it (session documents). */
export type DeadlineDirection = 'AFTER' | 'BEFORE';

/**
 * A case that gets other days than the base. A criterion left out matches anything;
 * `complexity` matches that complexity and any higher one. The most specific match wins.
 */
export interface DeadlineVariant {
  complexity?: Complexity;
  remoteArea?: boolean;
  round?: ComplaintRound;
  severalPlaces?: boolean;
  days: number;
  /** Overrides the rule's maxExtensions for this variant. */
  maxExtensions?: number;
  /** Vietnamese, for the explanation: "vụ việc phức tạp, vùng sâu, vùng xa". */
  label: string;
}

export interface DeadlineRule {
  code: string;
  version: number;
  itemKind: DeadlineItemKind;
  /** Vietnamese, e.g. "Luật Khiếu nại 02/2011/QH13, Điều 28". */
  legalBasis: string;
  counting: Counting;
  direction: DeadlineDirection;
  /** Null when the law sets no period and a date is given by the issuing act. */
  baseDays: number | null;
  variants: DeadlineVariant[];
  /** Extensions allowed, each by decision; variants may override. */
  maxExtensions: number;
  extensionDays: number;
  /** The due date comes from the issuing act (supervision conclusion, directive). */
  explicitDueRequired: boolean;
  /** A default the law leaves to the locality; admins may publish another version. */
  configurable: boolean;
  /** First day in force. */
  effectiveFrom: IsoDate;
  /** Last day in force, or null while it is. */
  effectiveTo: IsoDate | null;
}

/**
 * From this day (the 2025 voter-contact rule, see below) a voter petition's answer is due before
 * the next regular session's documents deadline, not only before the session itself.
 */
export const VOTER_PETITION_DOCUMENTS_CAP_FROM: IsoDate = '2025-07-01';

const VOTER_PETITION_BEFORE_2025 = 'Quy chế phối hợp giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam (mặc định 30 ngày, trả lời trước kỳ họp thường lệ tiếp theo)';

/*
 * Where the law writes "ngày" without "làm việc", days are calendar days, and an end on a day
 * off moves to the next working day (Civil Code 2015, Art. 148). An inspectorate that counts
 * working days publishes a new version with counting WORKING; cases already open keep theirs.
 */
export const DEFAULT_DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    code: 'COMPLAINT_ACCEPTANCE',
    version: 1,
    itemKind: 'COMPLAINT_ACCEPTANCE',
    legalBasis: 'Luật Khiếu nại 02/2011/QH13, Điều 27',
    counting: 'CALENDAR',
    direction: 'AFTER',
    baseDays: 10,
    variants: [],
    maxExtensions: 0,
    extensionDays: 0,
    explicitDueRequired: false,
    configurable: false,
    effectiveFrom: '2012-07-01',
    effectiveTo: null,
  },
  {
    code: 'COMPLAINT_RESOLUTION',
    version: 1,
    itemKind: 'COMPLAINT_RESOLUTION',
    legalBasis: 'Luật Khiếu nại 02/2011/QH13, Điều 28 (lần đầu) và Điều 37 (lần hai)',
    counting: 'CALENDAR',
    direction: 'AFTER',
    baseDays: 30,
    variants: [
      { complexity: 'COMPLEX', days: 45, label: 'lần đầu, vụ việc phức tạp' },
      { remoteArea: true, days: 45, label: 'lần đầu, vùng sâu, vùng xa' },
      { remoteArea: true, complexity: 'COMPLEX', days: 60, label: 'lần đầu, vùng sâu, vùng xa, vụ việc phức tạp' },
      { round: 'SECOND', days: 45, label: 'lần hai' },
      { round: 'SECOND', complexity: 'COMPLEX', days: 60, label: 'lần hai, vụ việc phức tạp' },
      { round: 'SECOND', remoteArea: true, days: 60, label: 'lần hai, vùng sâu, vùng xa' },
      { round: 'SECOND', remoteArea: true, complexity: 'COMPLEX', days: 70, label: 'lần hai, vùng sâu, vùng xa, vụ việc phức tạp' },
    ],
    maxExtensions: 0,
    extensionDays: 0,
    explicitDueRequired: false,
    configurable: false,
    effectiveFrom: '2012-07-01',
    effectiveTo: null,
  },
  {
    code: 'DENUNCIATION_INITIAL',
    version: 1,
    itemKind: 'DENUNCIATION_INITIAL',
    legalBasis: 'Luật Tố cáo 25/2018/QH14, Điều 24',
    counting: 'WORKING',
    direction: 'AFTER',
    baseDays: 7,
    variants: [{ severalPlaces: true, days: 10, label: 'kiểm tra, xác minh tại nhiều địa điểm' }],
    maxExtensions: 0,
    extensionDays: 0,
    explicitDueRequired: false,
    configurable: false,
    effectiveFrom: '2019-01-01',
    effectiveTo: null,
  },
  {
    code: 'DENUNCIATION_RESOLUTION',
    version: 1,
    itemKind: 'DENUNCIATION_RESOLUTION',
    legalBasis: 'Luật Tố cáo 25/2018/QH14, Điều 30',
    counting: 'CALENDAR',
    direction: 'AFTER',
    baseDays: 30,
    variants: [
      { complexity: 'COMPLEX', days: 30, maxExtensions: 1, label: 'vụ việc phức tạp, được gia hạn một lần' },
      { complexity: 'ESPECIALLY_COMPLEX', days: 30, maxExtensions: 2, label: 'vụ việc đặc biệt phức tạp, được gia hạn hai lần' },
    ],
    maxExtensions: 0,
    extensionDays: 30,
    explicitDueRequired: false,
    configurable: false,
    effectiveFrom: '2019-01-01',
    effectiveTo: null,
  },
  {
    code: 'PETITION_PROCESSING',
    version: 1,
    itemKind: 'PETITION_PROCESSING',
    legalBasis: 'Quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh (Thông tư 05/2021/TT-TTCP)',
    counting: 'WORKING',
    direction: 'AFTER',
    baseDays: 10,
    variants: [],
    maxExtensions: 0,
    extensionDays: 0,
    explicitDueRequired: false,
    configurable: true,
    // Signed 01/10/2021, in force from 15/11/2021 (its Art. 28); 2021-10-01 was the signing date.
    effectiveFrom: '2021-11-15',
    effectiveTo: null,
  },
  // Processing the letter (10 working days, above) is one period; answering a petition the
  // office accepted is another, which the law leaves open: a configurable default.
  {
    code: 'PETITION_ANSWER',
    version: 1,
    itemKind: 'PETITION_ANSWER',
    legalBasis: 'Mặc định của quy chế: trả lời kiến nghị, phản ánh đã thụ lý trong 30 ngày (pháp luật chưa quy định thời hạn chung)',
    counting: 'CALENDAR',
    direction: 'AFTER',
    baseDays: 30,
    variants: [],
    maxExtensions: 0,
    extensionDays: 0,
    explicitDueRequired: false,
    configurable: true,
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  },
  statedDate('RECOMMENDATION_FOLLOW_UP', 'Thời hạn ghi trong kết luận giám sát'),
  statedDate('ASSIGNMENT', 'Thời hạn ghi trong văn bản chỉ đạo'),
  // Before the 2025 act the same default came from the coordination regulation alone.
  {
    code: 'VOTER_PETITION_ANSWER',
    version: 1,
    itemKind: 'VOTER_PETITION_ANSWER',
    legalBasis: VOTER_PETITION_BEFORE_2025,
    counting: 'CALENDAR',
    direction: 'AFTER',
    baseDays: 30,
    variants: [],
    maxExtensions: 0,
    extensionDays: 0,
    explicitDueRequired: false,
    configurable: true,
    effectiveFrom: '2000-01-01',
    effectiveTo: '2025-06-30',
  },
  // The joint resolution's own date is not confirmed here; it takes effect with the two-level
  // local government of Law 72/2025/QH15 (1 July 2025). An admin who knows the act's date
  // publishes a version from it (publishDeadlineRule).
  {
    code: 'VOTER_PETITION_ANSWER',
    version: 2,
    itemKind: 'VOTER_PETITION_ANSWER',
    legalBasis: 'Nghị quyết liên tịch 72/2025 về tiếp xúc cử tri; mặc định của quy chế phối hợp (trả lời trước kỳ họp thường lệ tiếp theo)',
    counting: 'CALENDAR',
    direction: 'AFTER',
    baseDays: 30,
    variants: [],
    maxExtensions: 0,
    extensionDays: 0,
    explicitDueRequired: false,
    configurable: true,
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
  },
  {
    code: 'SESSION_DOCUMENTS',
    version: 1,
    itemKind: 'SESSION_DOCUMENTS',
    legalBasis: 'Nội quy kỳ họp, quy chế làm việc của Hội đồng nhân dân (mặc định 07 ngày trước ngày khai mạc)',
    counting: 'CALENDAR',
    direction: 'BEFORE',
    baseDays: 7,
    variants: [],
    maxExtensions: 0,
    extensionDays: 0,
    explicitDueRequired: false,
    configurable: true,
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  },
  {
    code: 'FRONT_RECOMMENDATION_ANSWER',
    version: 1,
    itemKind: 'FRONT_RECOMMENDATION_ANSWER',
    legalBasis: 'Quy chế phối hợp giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam (mặc định 30 ngày)',
    counting: 'CALENDAR',
    direction: 'AFTER',
    baseDays: 30,
    variants: [],
    maxExtensions: 0,
    extensionDays: 0,
    explicitDueRequired: false,
    configurable: true,
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  },
  // The law sets no period: the official who answers states the date of the commitment, and
  // the Standing Committee follows it up to that date.
  statedDate(
    'QUESTIONING_COMMITMENT',
    'Thời hạn cam kết khi trả lời chất vấn, giải trình: Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân 87/2015/QH13, Điều 61–66 (chất vấn tại kỳ họp, giải trình tại phiên họp Thường trực HĐND, theo dõi việc thực hiện); Luật Tổ chức chính quyền địa phương',
  ),
];

/** A rule with no period of its own: the date the issuing act states is required, in calendar days, in force throughout. */
function statedDate(code: DeadlineItemKind, legalBasis: string): DeadlineRule {
  return {
    code,
    version: 1,
    itemKind: code,
    legalBasis,
    counting: 'CALENDAR',
    direction: 'AFTER',
    baseDays: null,
    variants: [],
    maxExtensions: 0,
    extensionDays: 0,
    explicitDueRequired: true,
    configurable: false,
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  };
}
