import { approximateCount, formatCount, formatDateVi, formatPercent } from '@phoihop/core';
import type { CommitteeFigures, CouncilFigures, FrontFigures } from '../../services/committee/src/generated/graphql';
import { unitOf, type ReportFacts } from '../../services/committee/src/report/report-facts';
import { reportSections } from '../../services/committee/src/report/report-sections';
import { reportSummary } from '../../services/committee/src/report/report-summary';

describe('Vietnamese report numbers', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [3936, '3.936'],
    [1_000_000, '1.000.000'],
  ])('formats %d as %s', (n, text) => expect(formatCount(n)).toBe(text));

  it.each([
    [3936, 'gần 4.000'], // the review's "gần 4.000": 1,6% short of the round figure
    [4000, '4.000'], // already round
    [4049, 'hơn 4.000'],
    [2400, '2.400'], // 2.000 would be 17% off: not honest
    [3520, '3.520'],
    [12_345, 'hơn 12.000'],
    [672, '672'], // small counts are read exactly
  ])('reads %d out as %s', (n, text) => expect(approximateCount(n)).toBe(text));

  it.each([
    [37, 40, '92,5%'],
    [18, 18, '100%'],
    [1, 3, '33,3%'],
    [0, 5, '0%'],
    [3, 0, null],
  ])('%d of %d is %s', (part, whole, text) => expect(formatPercent(part, whole)).toBe(text));

  it('writes dates day first', () => expect(formatDateVi('2026-11-27')).toBe('27/11/2026'));
});

describe('the bodies named after the unit', () => {
  it.each([
    ['Thị xã Hồng Lĩnh', 'DISTRICT', 'thị xã'],
    ['Phường Bắc Hồng Lĩnh', 'COMMUNE', 'phường'],
    ['Xã Thạch Hà', 'COMMUNE', 'xã'],
    ['Tỉnh Hà Tĩnh', 'PROVINCE', 'tỉnh'],
    ['Thành phố Hà Tĩnh', 'DISTRICT', 'thành phố'],
    ['Hồng Lĩnh', 'DISTRICT', 'huyện'],
  ] as const)('%s (%s) → %s', (name, level, unit) => expect(unitOf({ name, level })).toBe(unit));
});

const zero = <T extends object>(keys: Array<keyof T>): T => Object.fromEntries(keys.map((k) => [k, 0])) as T;
const council = (f: Partial<CouncilFigures> = {}): CouncilFigures => ({
  ...zero<CouncilFigures>(['sessions', 'regularSessions', 'thematicSessions', 'extraordinarySessions', 'resolutions', 'thematicResolutions', 'surveys',
    'supervisions', 'preSessionMeetings', 'recommendationsIssued', 'recommendationsResolved', 'recommendationsResolvedOnTime', 'recommendationsOverdue',
    'questioningSessions', 'explanationSessions', 'questionsAsked', 'commitmentsMade', 'commitmentsFulfilled', 'commitmentsFulfilledOnTime', 'commitmentsOverdue']),
  ...f,
});
const front = (f: Partial<FrontFigures> = {}): FrontFigures => ({
  ...zero<FrontFigures>(['voterContactRounds', 'meetings', 'meetingPoints', 'voters', 'petitionsCollected', 'petitionsForwarded', 'petitionsAnswered',
    'petitionsAnsweredOnTime', 'petitionsReportedBack', 'petitionsOverdue', 'socialSupervisions', 'frontRecommendations',
    'frontRecommendationsAnswered', 'frontRecommendationsOverdue']),
  ...f,
});
const committee = (f: Partial<CommitteeFigures> = {}): CommitteeFigures => ({
  ...zero<CommitteeFigures>(['casesReceived', 'casesAccepted', 'casesResolved', 'casesResolvedOnTime', 'casesOverdue', 'casesOpenOverdue', 'receptionDays',
    'receptionDaysHostedByCouncil', 'receptionVisits', 'directivesIssued', 'assignments', 'assignmentsDone', 'assignmentsDoneOnTime', 'assignmentsOverdue', 'assignmentsOpenOverdue']),
  byKind: [],
  receptionVisitsByOutcome: [],
  receptionMinimumShortfalls: [],
  ...f,
});
const facts = (f: Partial<ReportFacts>): ReportFacts => ({
  year: 2026,
  jurisdiction: { name: 'Phường Bắc Hồng Lĩnh', level: 'COMMUNE' },
  asOf: '2026-11-27',
  council: council(),
  committee: committee(),
  front: front(),
  ...f,
});

describe('the report text', () => {
  it('says which topics have no records, instead of reporting zeros', () => {
    const f = facts({ council: council({ sessions: 2, regularSessions: 2, resolutions: 5 }) });
    expect(reportSummary(f)).toBe(
      'Năm 2026, HĐND phường đã tổ chức 2 kỳ họp, ban hành 5 nghị quyết thuộc thẩm quyền; trong đó có 2 kỳ họp thường lệ.\n\n' +
        'Chưa có số liệu về khảo sát, giám sát và kiến nghị; tiếp xúc cử tri và kiến nghị cử tri; ' +
        'tiếp công dân, giải quyết khiếu nại, tố cáo; chỉ đạo, giao nhiệm vụ.',
    );
    expect(reportSections(f).find((s) => s.key === 'SHORTCOMINGS')!.lines).toEqual([
      'Tính đến ngày 27/11/2026, không có kiến nghị, nhiệm vụ hay đơn thư nào quá hạn chưa giải quyết.',
    ]);
  });

  it('opens with the voter contact when the council has nothing yet, and gives exact voters below a thousand', () => {
    const f = facts({ front: front({ voterContactRounds: 1, meetings: 4, meetingPoints: 4, voters: 320 }) });
    expect(reportSummary(f).split('\n\n')[0]).toBe(
      'Năm 2026, Thường trực HĐND phường đã phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức 1 đợt tiếp xúc cử tri cho đại biểu HĐND tại 4 điểm với 320 cử tri tham gia.',
    );
  });

  it('counts late work apart from work still overdue', () => {
    const f = facts({
      committee: committee({ directivesIssued: 2, assignments: 4, assignmentsDone: 3, assignmentsDoneOnTime: 2, assignmentsOverdue: 2, assignmentsOpenOverdue: 1 }),
      front: front({ frontRecommendations: 2, frontRecommendationsOverdue: 2 }),
    });
    expect(reportSections(f).find((s) => s.key === 'SHORTCOMINGS')!.lines).toEqual([
      'Còn 1 nhiệm vụ được giao quá hạn chưa hoàn thành.',
      'Còn 2 kiến nghị của Ủy ban MTTQ Việt Nam phường quá hạn chưa được trả lời.',
      'Có 1 nhiệm vụ hoàn thành chậm so với thời hạn.',
      'Số liệu quá hạn tính đến ngày 27/11/2026.',
    ]);
    expect(reportSections(f).find((s) => s.key === 'DIRECTIVES_AND_ASSIGNMENTS')!.lines[1]).toBe(
      'Các cơ quan, đơn vị đã hoàn thành 3/4 nhiệm vụ (đạt 75%), trong đó 2 nhiệm vụ đúng hạn.',
    );
  });

  it('counts questioning and explanation sessions, their questions and commitments, late and overdue apart', () => {
    const f = facts({ council: council({ questioningSessions: 1, explanationSessions: 1, questionsAsked: 4, commitmentsMade: 5, commitmentsFulfilled: 3, commitmentsFulfilledOnTime: 2, commitmentsOverdue: 1 }) });
    expect(reportSections(f).find((s) => s.key === 'SUPERVISIONS_AND_RECOMMENDATIONS')!.lines).toEqual([
      'HĐND phường và Thường trực HĐND phường đã tổ chức 1 phiên chất vấn, 1 phiên giải trình với 4 câu hỏi; người trả lời đã cam kết 5 nội dung, đã thực hiện 3/5 (2 đúng hạn).',
    ]);
    expect(reportSections(f).find((s) => s.key === 'SHORTCOMINGS')!.lines).toEqual([
      'Còn 1 cam kết khi trả lời chất vấn, giải trình quá hạn chưa thực hiện.',
      'Có 1 cam kết khi trả lời chất vấn, giải trình được thực hiện chậm.',
      'Số liệu quá hạn tính đến ngày 27/11/2026.',
    ]);
  });

  it('writes NFC whatever form the jurisdiction name is stored in', () => {
    const decomposed = 'Phường Bắc Hồng Lĩnh'.normalize('NFD');
    const text = reportSummary(facts({ jurisdiction: { name: decomposed, level: 'COMMUNE' } }));
    expect(text).toBe('Chưa có số liệu về công tác phối hợp năm 2026 của Phường Bắc Hồng Lĩnh trong hệ thống.');
  });
});
