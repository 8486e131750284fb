import { approximateCount, formatCount as n, formatDateVi, formatPercent, nfc } from '@phoihop/core';
import type { ReportSection, ReportSectionKey } from '../generated/graphql';
import { bodiesOf, type ReportFacts } from './report-facts';

/**
 * The year's report by topic, as the review conference reads it out. Every line is one
 * sentence that names its body and its figure; a topic without records says so.
 */
export function reportSections(facts: ReportFacts): ReportSection[] {
  return SECTIONS.map(({ key, title, lines }) => {
    const written = lines(facts);
    return { key, title, lines: (written.length ? written : [`Chưa có số liệu về ${title.toLowerCase()}.`]).map(nfc) };
  });
}

/** The overdue work as phrases ("3 kiến nghị sau giám sát quá hạn chưa được giải quyết"), for the summary too. */
export function overdueItems({ council, committee, front, jurisdiction }: ReportFacts): string[] {
  const items: Array<[number, string]> = [
    [council.recommendationsOverdue, 'kiến nghị sau giám sát quá hạn chưa được giải quyết'],
    [council.commitmentsOverdue, 'cam kết khi trả lời chất vấn, giải trình quá hạn chưa thực hiện'],
    [committee.assignmentsOpenOverdue, 'nhiệm vụ được giao quá hạn chưa hoàn thành'],
    [committee.casesOpenOverdue, 'đơn thư quá hạn chưa được giải quyết'],
    [front.petitionsOverdue, 'kiến nghị cử tri quá hạn chưa được trả lời'],
    [front.frontRecommendationsOverdue, `kiến nghị của ${bodiesOf(jurisdiction).front} quá hạn chưa được trả lời`],
  ];
  return items.filter(([count]) => count > 0).map(([count, what]) => `${n(count)} ${what}`);
}

/** Work finished, but after its due date. */
function lateItems({ council, committee, front }: ReportFacts): string[] {
  const items: Array<[number, string]> = [
    [council.recommendationsResolved - council.recommendationsResolvedOnTime, 'kiến nghị sau giám sát được giải quyết chậm so với thời hạn'],
    [council.commitmentsFulfilled - council.commitmentsFulfilledOnTime, 'cam kết khi trả lời chất vấn, giải trình được thực hiện chậm'],
    [committee.assignmentsOverdue - committee.assignmentsOpenOverdue, 'nhiệm vụ hoàn thành chậm so với thời hạn'],
    [committee.casesOverdue - committee.casesOpenOverdue, 'đơn thư được giải quyết sau thời hạn'],
    [front.petitionsAnswered - front.petitionsAnsweredOnTime, 'kiến nghị cử tri được trả lời chậm'],
  ];
  return items.filter(([count]) => count > 0).map(([count, what]) => `${n(count)} ${what}`);
}

/** True when the year holds any record at all. */
export function hasRecords({ council, committee, front }: ReportFacts): boolean {
  return [council.sessions, council.resolutions, council.surveys, council.supervisions, council.recommendationsIssued,
    council.preSessionMeetings, council.questioningSessions, council.explanationSessions, committee.casesReceived, committee.receptionDays, committee.receptionVisits, committee.directivesIssued, committee.assignments,
    front.voterContactRounds, front.meetings, front.petitionsCollected, front.socialSupervisions, front.frontRecommendations].some((x) => x > 0);
}

const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
/** "2 kỳ họp thường lệ, 5 kỳ họp chuyên đề" from the non-zero parts; "" when nothing to split. */
const breakdown = (parts: Array<[number, string]>) => {
  const shown = parts.filter(([count]) => count > 0).map(([count, what]) => `${n(count)} ${what}`);
  return shown.join(', ');
};
const paren = (s: string) => (s ? ` (${s})` : '');
const share = (part: number, whole: number) => (whole > 0 ? `${n(part)}/${n(whole)}` : n(part));

const SECTIONS: Array<{ key: ReportSectionKey; title: string; lines: (f: ReportFacts) => string[] }> = [
  {
    key: 'SESSIONS_AND_RESOLUTIONS',
    title: 'Kỳ họp và nghị quyết',
    lines: ({ council: c, jurisdiction }) => {
      const b = bodiesOf(jurisdiction);
      const out: string[] = [];
      const did = [
        c.sessions > 0 ? `tổ chức ${n(c.sessions)} kỳ họp` : '',
        c.resolutions > 0 ? `ban hành ${n(c.resolutions)} nghị quyết thuộc thẩm quyền` : '',
      ].filter(Boolean);
      if (did.length) {
        const detail = breakdown([
          [c.regularSessions, 'kỳ họp thường lệ'],
          [c.thematicSessions, 'kỳ họp chuyên đề'],
          [c.extraordinarySessions, 'kỳ họp bất thường'],
          [c.thematicResolutions, 'nghị quyết chuyên đề'],
        ]);
        out.push(`${b.council} đã ${did.join(', ')}${detail ? `; trong đó có ${detail}` : ''}.`);
      }
      if (c.preSessionMeetings > 0) {
        out.push(`Trước các kỳ họp, ${b.councilStanding} đã chủ trì ${n(c.preSessionMeetings)} phiên họp với ${b.committee} và ${b.frontStanding} để bàn bạc, thống nhất về nội dung, chương trình kỳ họp.`);
      }
      return out;
    },
  },
  {
    key: 'SUPERVISIONS_AND_RECOMMENDATIONS',
    title: 'Khảo sát, giám sát và kiến nghị',
    lines: ({ council: c, front: f, jurisdiction }) => {
      const b = bodiesOf(jurisdiction);
      const out: string[] = [];
      const total = c.surveys + c.supervisions;
      if (total > 0) {
        out.push(`${b.councilOrgans} đã tổ chức ${n(total)} cuộc khảo sát, giám sát${paren(breakdown([[c.surveys, 'cuộc khảo sát'], [c.supervisions, 'cuộc giám sát']]))}.`);
      }
      if (c.recommendationsIssued > 0) {
        const onTime = c.recommendationsResolved > 0 ? `, trong đó ${n(c.recommendationsResolvedOnTime)} kiến nghị đúng hạn` : '';
        out.push(`Sau khảo sát, giám sát đã có ${n(c.recommendationsIssued)} kiến nghị gửi ${b.committee} và các cơ quan, đơn vị; đã giải quyết ${share(c.recommendationsResolved, c.recommendationsIssued)} kiến nghị${onTime}.`);
      }
      if (c.questioningSessions + c.explanationSessions > 0) {
        const kinds = breakdown([[c.questioningSessions, 'phiên chất vấn'], [c.explanationSessions, 'phiên giải trình']]);
        const kept = c.commitmentsMade > 0 ? `; người trả lời đã cam kết ${n(c.commitmentsMade)} nội dung, đã thực hiện ${share(c.commitmentsFulfilled, c.commitmentsMade)} (${n(c.commitmentsFulfilledOnTime)} đúng hạn)` : '';
        out.push(`${b.council} và ${b.councilStanding} đã tổ chức ${kinds} với ${n(c.questionsAsked)} câu hỏi${kept}.`);
      }
      if (f.socialSupervisions > 0) out.push(`${b.front} đã tổ chức ${n(f.socialSupervisions)} cuộc giám sát xã hội.`);
      if (f.frontRecommendations > 0) {
        out.push(`${b.front} đã gửi ${n(f.frontRecommendations)} kiến nghị đến các cơ quan có thẩm quyền; ${f.frontRecommendationsAnswered > 0 ? `đã được trả lời ${share(f.frontRecommendationsAnswered, f.frontRecommendations)} kiến nghị` : 'chưa có kiến nghị nào được trả lời'}.`);
      }
      return out;
    },
  },
  {
    key: 'VOTER_CONTACT',
    title: 'Tiếp xúc cử tri và kiến nghị cử tri',
    lines: ({ front: f, jurisdiction }) => {
      const b = bodiesOf(jurisdiction);
      const out: string[] = [];
      if (f.voterContactRounds > 0 || f.meetings > 0) {
        const rounds = f.voterContactRounds > 0 ? `${n(f.voterContactRounds)} đợt tiếp xúc cử tri` : `${n(f.meetings)} cuộc tiếp xúc cử tri`;
        const points = f.meetingPoints > 0 ? ` tại ${n(f.meetingPoints)} điểm` : '';
        const spoken = approximateCount(f.voters);
        const voters = f.voters > 0 ? ` với ${spoken} cử tri tham gia${spoken === n(f.voters) ? '' : ` (${n(f.voters)} lượt cử tri)`}` : '';
        out.push(`${b.councilStanding} đã phối hợp với ${b.front} tổ chức ${rounds} cho đại biểu HĐND${points}${voters}.`);
      }
      if (f.petitionsCollected > 0) {
        const answered = f.petitionsAnswered > 0 ? `, đã được trả lời ${share(f.petitionsAnswered, f.petitionsForwarded)} (${n(f.petitionsAnsweredOnTime)} kiến nghị đúng hạn)` : '';
        const reported = f.petitionsReportedBack > 0 ? `; đã thông tin lại cho cử tri ${n(f.petitionsReportedBack)} kiến nghị` : '';
        out.push(`Cử tri đã nêu ${n(f.petitionsCollected)} kiến nghị; ${b.front} đã tổng hợp, chuyển ${n(f.petitionsForwarded)} kiến nghị đến cơ quan có thẩm quyền${answered}${reported}.`);
      }
      return out;
    },
  },
  {
    key: 'CITIZEN_RECEPTION_AND_CASES',
    title: 'Tiếp công dân, giải quyết khiếu nại, tố cáo',
    lines: ({ committee: m, jurisdiction }) => {
      const b = bodiesOf(jurisdiction);
      const out: string[] = [];
      if (m.receptionDays > 0) {
        const council = m.receptionDaysHostedByCouncil > 0 ? `, trong đó ${b.councilStanding} chủ trì hoặc cùng chủ trì ${n(m.receptionDaysHostedByCouncil)} buổi` : '';
        out.push(`${b.committee} đã tổ chức ${n(m.receptionDays)} buổi tiếp công dân${council}.`);
      }
      if (m.receptionVisits > 0) {
        const count = (outcome: string) => m.receptionVisitsByOutcome.find((v) => v.outcome === outcome)?.visits ?? 0;
        const outcomes = breakdown([[count('GUIDED'), 'lượt được hướng dẫn, giải thích'], [count('CASE_OPENED'), 'lượt tiếp nhận đơn'], [count('ANSWERED'), 'lượt được trả lời trực tiếp'], [count('REFUSED'), 'lượt từ chối tiếp']]);
        out.push(`Đã tiếp ${n(m.receptionVisits)} lượt công dân${paren(outcomes)}.`);
      }
      if (m.receptionMinimumShortfalls.length > 0) {
        out.push(`Chủ tịch ${b.committee} chưa trực tiếp tiếp công dân đủ số ngày tối thiểu trong tháng ${m.receptionMinimumShortfalls.join(', ')}.`);
      }
      if (m.casesReceived > 0) {
        const count = (kind: string) => m.byKind.find((k) => k.kind === kind)?.received ?? 0;
        const kinds = breakdown([[count('COMPLAINT'), 'đơn khiếu nại'], [count('DENUNCIATION'), 'đơn tố cáo'], [count('PETITION'), 'đơn kiến nghị, phản ánh']]);
        out.push(`${b.committee} đã tiếp nhận ${n(m.casesReceived)} đơn thư${paren(kinds)}, thụ lý ${n(m.casesAccepted)} đơn.`);
      }
      if (m.casesResolved > 0) {
        const rate = formatPercent(m.casesResolved, m.casesAccepted);
        out.push(`${b.committee} đã giải quyết ${share(m.casesResolved, m.casesAccepted)} đơn đã thụ lý${rate ? ` (đạt ${rate})` : ''}, trong đó ${n(m.casesResolvedOnTime)} đơn đúng thời hạn.`);
      }
      return out;
    },
  },
  {
    key: 'DIRECTIVES_AND_ASSIGNMENTS',
    title: 'Chỉ đạo, giao nhiệm vụ',
    lines: ({ committee: m, jurisdiction }) => {
      const b = bodiesOf(jurisdiction);
      const out: string[] = [];
      if (m.directivesIssued > 0 || m.assignments > 0) {
        const tasks = m.assignments > 0 ? `, giao ${n(m.assignments)} nhiệm vụ cho các cơ quan, đơn vị tham mưu, tổ chức thực hiện` : '';
        out.push(`${b.committee} đã ban hành ${n(m.directivesIssued)} văn bản chỉ đạo${tasks}.`);
      }
      if (m.assignmentsDone > 0) {
        const rate = formatPercent(m.assignmentsDone, m.assignments);
        out.push(`Các cơ quan, đơn vị đã hoàn thành ${share(m.assignmentsDone, m.assignments)} nhiệm vụ${rate ? ` (đạt ${rate})` : ''}, trong đó ${n(m.assignmentsDoneOnTime)} nhiệm vụ đúng hạn.`);
      }
      return out;
    },
  },
  {
    key: 'SHORTCOMINGS',
    title: 'Tồn tại, hạn chế',
    lines: (facts) => {
      if (!hasRecords(facts)) return [];
      const asOf = formatDateVi(facts.asOf);
      const overdue = overdueItems(facts).map((item) => sentence(`còn ${item}`));
      const late = lateItems(facts).map((item) => sentence(`có ${item}`));
      if (!overdue.length && !late.length) return [`Tính đến ngày ${asOf}, không có kiến nghị, nhiệm vụ hay đơn thư nào quá hạn chưa giải quyết.`];
      return [...overdue, ...late, `Số liệu quá hạn tính đến ngày ${asOf}.`];
    },
  },
];
