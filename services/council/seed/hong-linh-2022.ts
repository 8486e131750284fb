import { addDays, stableId, type Body } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import type { FieldOfResponsibility } from '../src/generated/graphql';
import { JointMeeting } from '../src/joint-meetings/joint-meeting.entity';
import { CoordinationPlan, PlanActivity, PlanSignature } from '../src/plans/coordination-plan.entity';
import type { SessionKind } from '../src/sessions/session.entity';
import { HONG_LINH_ATTENDEES } from './attendees';
import { COMMITTEES, TERMS } from './directory';
import { DemoWriter } from './writer';

const HL = DEMO.jurisdictions.hongLinh.id;
const dep = DEMO.departments;

/** 2022 in the former town: 7 sessions (each after its joint meeting), 28 resolutions, 6 surveys and supervisions. */
const SESSIONS: Array<[number, SessionKind, string, string, string, Array<[string, FieldOfResponsibility | null, boolean]>]> = [
  [4, 'THEMATIC', 'Kỳ họp chuyên đề về đầu tư công', '2022-01-21', '2022-01-21', [
    ['Điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021–2025', 'INVESTMENT', true],
    ['Chủ trương đầu tư dự án đường Lê Duẩn kéo dài', 'INVESTMENT', true],
    ['Phân bổ vốn ngân sách thị xã năm 2022', 'FINANCE', false],
  ]],
  [5, 'THEMATIC', 'Kỳ họp chuyên đề về quy hoạch đô thị', '2022-04-15', '2022-04-15', [
    ['Thông qua đồ án điều chỉnh quy hoạch chung đô thị Hồng Lĩnh', 'URBAN', true],
    ['Đặt tên đường, phố trên địa bàn thị xã', 'URBAN', false],
    ['Kế hoạch sử dụng đất năm 2022', 'LAND', false],
  ]],
  [6, 'EXTRAORDINARY', 'Kỳ họp bất thường về công tác cán bộ', '2022-06-10', '2022-06-10', [
    ['Miễn nhiệm và bầu bổ sung Ủy viên UBND thị xã', null, false],
    ['Bổ sung dự toán chi phòng, chống dịch COVID-19', 'FINANCE', false],
  ]],
  [7, 'REGULAR', 'Kỳ họp thường lệ giữa năm 2022', '2022-07-19', '2022-07-20', [
    ['Phê chuẩn quyết toán ngân sách thị xã năm 2021', 'FINANCE', false],
    ['Nhiệm vụ, giải pháp phát triển kinh tế – xã hội 6 tháng cuối năm 2022', null, false],
    ['Chương trình giám sát của HĐND thị xã năm 2023', null, false],
    ['Thành lập Đoàn giám sát chuyên đề về giải quyết kiến nghị cử tri', null, true],
    ['Hỗ trợ phát triển sản xuất nông nghiệp giai đoạn 2022–2025', 'INVESTMENT', true],
    ['Kế hoạch tài chính 5 năm giai đoạn 2021–2025', 'FINANCE', false],
    ['Xử lý kết quả chất vấn tại kỳ họp', null, false],
  ]],
  [8, 'THEMATIC', 'Kỳ họp chuyên đề về xây dựng đô thị văn minh', '2022-09-23', '2022-09-23', [
    ['Đề án xây dựng đô thị văn minh giai đoạn 2022–2025', 'URBAN', true],
    ['Chính sách hỗ trợ chỉnh trang hạ tầng tổ dân phố', 'CONSTRUCTION', true],
    ['Điều chỉnh dự toán thu, chi ngân sách năm 2022', 'FINANCE', false],
  ]],
  [9, 'THEMATIC', 'Kỳ họp chuyên đề về giáo dục', '2022-11-11', '2022-11-11', [
    ['Sắp xếp mạng lưới trường lớp giai đoạn 2022–2026', 'EDUCATION', true],
    ['Hỗ trợ giáo viên mầm non hợp đồng', 'EDUCATION', false],
  ]],
  [10, 'REGULAR', 'Kỳ họp thường lệ cuối năm 2022', '2022-12-20', '2022-12-21', [
    ['Dự toán ngân sách thị xã năm 2023', 'FINANCE', false],
    ['Phân bổ ngân sách thị xã năm 2023', 'FINANCE', false],
    ['Kế hoạch đầu tư công năm 2023', 'INVESTMENT', false],
    ['Nhiệm vụ phát triển kinh tế – xã hội năm 2023', null, false],
    ['Kế hoạch sử dụng đất năm 2023', 'LAND', false],
    ['Lịch kỳ họp thường lệ năm 2023', null, false],
    ['Lấy phiếu tín nhiệm người giữ chức vụ do HĐND bầu', null, false],
    ['Kết quả giám sát chuyên đề năm 2022', null, true],
  ]],
];

const SUPERVISIONS: Array<[string, 'SURVEY' | 'SUPERVISION', string | null, string, string, string, string[], string]> = [
  ['s1', 'SURVEY', COMMITTEES.hlEconomy, 'Khảo sát tình hình sản xuất nông nghiệp vụ xuân', '2022-03-07', '2022-03-11', [dep.finance.id], '2022-03-25'],
  ['s2', 'SUPERVISION', null, 'Giám sát việc giải quyết kiến nghị cử tri trước và sau kỳ họp', '2022-05-09', '2022-05-20', [dep.natural.id, dep.urban.id], '2022-06-03'],
  ['s3', 'SURVEY', COMMITTEES.hlLegal, 'Khảo sát công tác tiếp công dân, giải quyết đơn thư', '2022-06-20', '2022-06-24', [dep.inspectorate.id], '2022-07-05'],
  ['s4', 'SUPERVISION', COMMITTEES.hlEconomy, 'Giám sát thực hiện nghị quyết về đô thị văn minh', '2022-10-03', '2022-10-14', [dep.urban.id], '2022-10-28'],
  ['s5', 'SUPERVISION', COMMITTEES.hlLegal, 'Giám sát công tác quản lý đất đai tại các phường', '2022-08-08', '2022-08-19', [dep.natural.id], '2022-09-02'],
  ['s6', 'SUPERVISION', null, 'Giám sát chính sách hỗ trợ người có công và bảo trợ xã hội', '2022-11-21', '2022-11-30', [dep.labour.id], '2022-12-09'],
];

export async function seedHongLinh2022(m: EntityManager): Promise<void> {
  const w = new DemoWriter(m);
  let seq = 0;
  for (const [number, kind, title, start, end, resolutions] of SESSIONS) {
    const agenda: Array<[string, Body, string | null]> = resolutions.slice(0, 3).map(([t], i) => [`Tờ trình: ${t}`, i === 2 ? 'COUNCIL' : 'COMMITTEE', addDays(start, -8)]);
    const session = await w.session({ id: stableId('session', `436-2021-${number}`), termId: TERMS.hongLinh, jurisdictionId: HL, number, kind, title, start, end, held: true, agenda });
    await w.preSession(session, addDays(start, -10), HONG_LINH_ATTENDEES, ['Thống nhất nội dung, chương trình, thời gian tổ chức kỳ họp.']);
    for (const [t, field, thematic] of resolutions) await w.resolution(session, ++seq, `Nghị quyết ${t.charAt(0).toLowerCase()}${t.slice(1)}`, field, thematic);
  }
  for (const [key, kind, committee, subject, startsOn, endsOn, departments, conclusionDate] of SUPERVISIONS) {
    const id = stableId('supervision', `436-2022-${key}`);
    await w.supervision({
      id, jurisdictionId: HL, kind, thematic: kind === 'SUPERVISION', conductedBy: committee ? 'COUNCIL_COMMITTEE' : 'STANDING_COMMITTEE',
      councilCommitteeId: committee, subject, startsOn, endsOn, reviewFrom: null, reviewTo: null,
      targetDepartmentIds: departments, targetResolutionIds: [], conclusionDate, conclusion: `Thông báo kết luận số ${key.slice(1)}/TB-HĐND ngày ${conclusionDate}`,
    });
    await w.recommendation({
      id: stableId('recommendation', `436-2022-${key}`), supervision: { id, jurisdictionId: HL, conclusionDate },
      content: `Khắc phục tồn tại nêu trong kết luận: ${subject.toLowerCase()}`, field: null, departmentIds: departments,
      dueDate: addDays(conclusionDate, 60), closedOn: addDays(conclusionDate, key === 's4' ? 75 : 45), closingNote: 'UBND thị xã đã báo cáo kết quả thực hiện bằng văn bản.',
    });
  }
  await m.getRepository(JointMeeting).insert({
    id: stableId('joint-meeting', '436-review-2022'), jurisdictionId: HL, kind: 'REVIEW_CONFERENCE', sessionId: null,
    title: 'Hội nghị đánh giá kết quả thực hiện Quy chế phối hợp năm 2022, triển khai nhiệm vụ năm 2023', heldOn: '2023-03-03',
    location: 'Hội trường Thị ủy Hồng Lĩnh', attendees: HONG_LINH_ATTENDEES,
    conclusions: [
      'Đánh giá cao công tác phối hợp giữa Thường trực HĐND, UBND, Ban Thường trực Ủy ban MTTQ Việt Nam thị xã năm 2022.',
      'Thông qua kế hoạch giám sát chuyên đề tình hình thực hiện một số nghị quyết chuyên đề do HĐND thị xã ban hành.',
      'Thống nhất kế hoạch tiếp xúc cử tri chuyên đề về xây dựng và chỉnh trang đô thị, xây dựng đô thị văn minh.',
      'Ký kết kế hoạch phối hợp hoạt động năm 2023.',
    ],
  });
  await seedPlan2023(m);
}

async function seedPlan2023(m: EntityManager): Promise<void> {
  const planId = stableId('coordination-plan', '436-2023');
  await m.getRepository(CoordinationPlan).insert({ id: planId, jurisdictionId: HL, year: 2023, title: 'Kế hoạch phối hợp hoạt động năm 2023' });
  const activities: Array<[string, Body, string, string | null]> = [
    ['Giám sát chuyên đề tình hình thực hiện các nghị quyết chuyên đề', 'COUNCIL', '2023-05-15', '2023-05-26'],
    ['Tiếp xúc cử tri chuyên đề về xây dựng và chỉnh trang đô thị', 'FRONT', '2023-04-10', '2023-04-14'],
    ['Tập huấn kỹ năng cho đại biểu HĐND phường, xã', 'COUNCIL', '2023-06-06', '2023-06-07'],
    ['Báo cáo kết quả giải quyết kiến nghị cử tri', 'COMMITTEE', '2023-07-05', '2023-07-10'],
  ];
  await m.getRepository(PlanActivity).insert(
    activities.map(([title, ownerBody, plannedOn, doneOn], i) => ({ id: stableId('plan-activity', planId, String(i)), planId, title, ownerBody, plannedOn, doneOn })),
  );
  await m.getRepository(PlanSignature).insert([
    { planId, body: 'COUNCIL', signerName: DEMO.delegates.councilChair.name, signerTitle: 'Chủ tịch HĐND thị xã', signedOn: '2023-03-03' },
    { planId, body: 'COMMITTEE', signerName: DEMO.officials.chair.name, signerTitle: 'Chủ tịch UBND thị xã', signedOn: '2023-03-03' },
    { planId, body: 'FRONT', signerName: DEMO.front.chair.name, signerTitle: 'Chủ tịch Ủy ban MTTQ Việt Nam thị xã', signedOn: '2023-03-03' },
  ]);
}
