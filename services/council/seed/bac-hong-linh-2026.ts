import { addDays, stableId, type Body } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import type { FieldOfResponsibility } from '../src/generated/graphql';
import { CoordinationPlan, PlanActivity, PlanSignature } from '../src/plans/coordination-plan.entity';
import { RecommendationCorrection } from '../src/recommendations/recommendation-correction.entity';
import { publishSessionMoved } from '../src/sessions/session-moved';
import type { SessionKind } from '../src/sessions/session.entity';
import { BAC_HONG_LINH_ATTENDEES } from './attendees';
import { COMMITTEES, TERMS } from './directory';
import { DemoWriter } from './writer';

const BHL = DEMO.jurisdictions.bacHongLinh.id;

/**
 * Current work of the new ward (today is 2026-11-27): the year-end session is planned with
 * documents due soon and no joint meeting yet, an extraordinary session was called off,
 * recommendation 4 had its department corrected; recommendations 1–12 (the committee's
 * assignments refer to these ids) are partly overdue, partly due within days.
 */
const SESSIONS: Array<[number, SessionKind, string, string, string, 'HELD' | 'PLANNED']> = [
  [1, 'REGULAR', 'Kỳ họp thứ nhất, HĐND phường khóa I', '2026-03-27', '2026-03-27', 'HELD'],
  [2, 'THEMATIC', 'Kỳ họp chuyên đề về đầu tư công năm 2026', '2026-06-12', '2026-06-12', 'HELD'],
  [3, 'REGULAR', 'Kỳ họp thường lệ giữa năm 2026', '2026-07-21', '2026-07-22', 'HELD'],
  [4, 'REGULAR', 'Kỳ họp thường lệ cuối năm 2026', '2026-12-08', '2026-12-09', 'PLANNED'],
  [5, 'THEMATIC', 'Kỳ họp chuyên đề về chỉnh trang đô thị', '2026-12-22', '2026-12-22', 'PLANNED'],
];

const RESOLUTIONS: Array<[number, string, FieldOfResponsibility | null, boolean]> = [
  [1, 'Nghị quyết về Chương trình hoạt động giám sát năm 2026', null, false],
  [1, 'Nghị quyết về thành lập các ban của HĐND phường', null, false],
  [1, 'Nghị quyết về Quy chế làm việc của HĐND phường khóa I', null, false],
  [2, 'Nghị quyết về kế hoạch đầu tư công năm 2026', 'INVESTMENT', true],
  [2, 'Nghị quyết về chủ trương đầu tư nâng cấp đường Bắc Hồng', 'INVESTMENT', true],
  [3, 'Nghị quyết phê chuẩn quyết toán ngân sách năm 2025', 'FINANCE', false],
  [3, 'Nghị quyết về nhiệm vụ 6 tháng cuối năm 2026', null, false],
  [3, 'Nghị quyết thành lập Đoàn giám sát chuyên đề về đất đai', 'LAND', true],
];

/**
 * The ward's own departments, as the committee's directory has them (stable ids); the
 * committee's directives answer recommendation n with a task for the same department.
 */
const WARD = {
  office: DEMO.wardDepartments.bacOffice.id,
  economy: DEMO.wardDepartments.bacEconomy.id,
  social: DEMO.wardDepartments.bacSocial.id,
};

/** [n, supervision, content, field, departments, due, closed on] */
const RECOMMENDATIONS: Array<[number, 'g1' | 'g2' | 'g3', string, FieldOfResponsibility, string[], string, string | null]> = [
  [1, 'g1', 'Xử lý dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng', 'LAND', [WARD.economy], '2026-11-20', null],
  [2, 'g1', 'Xử lý vi phạm trật tự xây dựng tại khu dân cư Trung Lương', 'CONSTRUCTION', [WARD.economy], '2026-12-02', null],
  [3, 'g2', 'Rà soát đối tượng hưởng chính sách bảo trợ xã hội', 'SOCIAL_POLICY', [WARD.social], '2026-10-30', null],
  [4, 'g1', 'Khắc phục tình trạng ngập úng tuyến đường Nguyễn Ái Quốc', 'URBAN', [WARD.economy], '2026-11-30', null],
  [5, 'g2', 'Tăng cường kiểm tra an toàn thực phẩm tại chợ Hồng Lĩnh', 'HEALTH', [WARD.social], '2026-09-30', '2026-09-25'],
  [6, 'g3', 'Công khai đầy đủ thủ tục hành chính tại bộ phận một cửa', 'ADMINISTRATION', [WARD.office], '2026-08-31', '2026-08-20'],
  [7, 'g1', 'Thu gom, xử lý rác thải tại các tổ dân phố ven núi Hồng Lĩnh', 'ENVIRONMENT', [WARD.economy], '2026-12-15', null],
  [8, 'g2', 'Hỗ trợ học sinh có hoàn cảnh khó khăn năm học 2026–2027', 'EDUCATION', [WARD.social], '2026-11-25', null],
  [9, 'g1', 'Lập phương án chỉnh trang vỉa hè tuyến Trần Phú', 'URBAN', [WARD.economy], '2026-12-31', null],
  [10, 'g3', 'Rà soát, sửa đổi quy chế tiếp công dân của UBND phường', 'ADMINISTRATION', [WARD.office], '2026-11-28', null],
  [11, 'g1', 'Đẩy nhanh bồi thường, giải phóng mặt bằng dự án đường vành đai', 'LAND', [WARD.economy], '2026-11-10', null],
  [12, 'g2', 'Chi trả đầy đủ, kịp thời trợ cấp cho người có công', 'SOCIAL_POLICY', [WARD.social], '2026-07-31', '2026-08-05'],
];

const SUPERVISIONS = {
  g1: { subject: 'Giám sát công tác quản lý đất đai, trật tự xây dựng và đô thị', committee: COMMITTEES.bhlLegal, starts: '2026-05-04', ends: '2026-05-15', concluded: '2026-05-29', departments: [WARD.economy] },
  g2: { subject: 'Giám sát thực hiện chính sách an sinh xã hội', committee: COMMITTEES.bhlEconomy, starts: '2026-05-11', ends: '2026-05-22', concluded: '2026-06-05', departments: [WARD.social] },
  g3: { subject: 'Khảo sát cải cách hành chính và tiếp công dân', committee: null, starts: '2026-05-18', ends: '2026-05-22', concluded: '2026-06-10', departments: [WARD.office] },
} as const;

export async function seedBacHongLinh2026(m: EntityManager): Promise<void> {
  const w = new DemoWriter(m);
  const sessionIds: string[] = [];
  for (const [number, kind, title, start, end, state] of SESSIONS) {
    const held = state === 'HELD';
    const agenda: Array<[string, Body, string | null]> = [
      ['Báo cáo tình hình kinh tế – xã hội, quốc phòng – an ninh', 'COMMITTEE', held ? addDays(start, -9) : null],
      ['Thông báo về công tác tham gia xây dựng chính quyền', 'FRONT', held ? addDays(start, -8) : number === 4 ? '2026-11-25' : null],
      ['Báo cáo kết quả giám sát của Thường trực HĐND', 'COUNCIL', held ? addDays(start, -8) : null],
    ];
    const session = await w.session({ id: stableId('session', `18073-2026-${number}`), termId: TERMS.bacHongLinh, jurisdictionId: BHL, number, kind, title, start, end, held, agenda });
    sessionIds.push(session.id);
    // The year-end session was first called for 15–16 December and brought forward a week: the
    // council published the move, and the Front's petitions waiting on it follow (issue #13, item 3).
    if (number === 4) await publishSessionMoved(m, session);
    if (held) await w.preSession(session, addDays(start, -7), BAC_HONG_LINH_ATTENDEES, ['Thống nhất nội dung, chương trình kỳ họp.']);
    let seq = RESOLUTIONS.findIndex(([n]) => n === number);
    for (const [n, t, field, thematic] of RESOLUTIONS) if (n === number) await w.resolution(session, ++seq, t, field, thematic);
  }
  for (const [key, s] of Object.entries(SUPERVISIONS)) {
    await w.supervision({
      id: stableId('supervision', `18073-2026-${key}`), jurisdictionId: BHL, kind: key === 'g3' ? 'SURVEY' : 'SUPERVISION', thematic: key === 'g1',
      conductedBy: s.committee ? 'COUNCIL_COMMITTEE' : 'STANDING_COMMITTEE', councilCommitteeId: s.committee, subject: s.subject,
      startsOn: s.starts, endsOn: s.ends, reviewFrom: '2025-07-01', reviewTo: '2026-06-30', targetDepartmentIds: [...s.departments],
      targetResolutionIds: key === 'g1' ? [stableId('resolution', BHL, '2026', '08/NQ-HĐND')] : [],
      conclusionDate: s.concluded, conclusion: `Thông báo kết luận số ${key.slice(1)}/TB-HĐND ngày ${s.concluded}`,
    });
  }
  for (const [n, key, content, field, departmentIds, dueDate, closedOn] of RECOMMENDATIONS) {
    const s = SUPERVISIONS[key];
    await w.recommendation({
      id: stableId('recommendation', String(n)), supervision: { id: stableId('supervision', `18073-2026-${key}`), jurisdictionId: BHL, conclusionDate: s.concluded },
      content, field, departmentIds, dueDate, ...(closedOn ? { closedOn, closingNote: 'UBND phường đã báo cáo kết quả thực hiện.' } : {}),
    });
  }
  // Recommendations of the land supervision to bodies outside the three (issue #13, item 5).
  const g1 = { id: stableId('supervision', '18073-2026-g1'), jurisdictionId: BHL, conclusionDate: SUPERVISIONS.g1.concluded };
  await w.recommendation({
    id: stableId('recommendation', '18073-2026-external-1'), supervision: g1, field: 'CONSTRUCTION', departmentIds: [], dueDate: '2026-07-20',
    content: 'Phối hợp xử lý dứt điểm các trường hợp lấn chiếm hành lang an toàn giao thông, vỉa hè tuyến Trần Phú',
    externalAddressee: { name: 'Công an phường Bắc Hồng Lĩnh', level: 'COMMUNE' },
  });
  await w.recommendation({
    id: stableId('recommendation', '18073-2026-external-2'), supervision: g1, field: 'LAND', departmentIds: [], dueDate: '2026-07-15',
    content: 'Hướng dẫn phường đo đạc, chỉnh lý biến động bản đồ địa chính khu dân cư Trung Lương',
    externalAddressee: { name: 'Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh', level: 'PROVINCE' },
    closedOn: '2026-07-10', closingNote: 'Sở đã có Văn bản số 2150/SNNMT-ĐĐ hướng dẫn và cử cán bộ phối hợp đo đạc.',
  });
  await seedCancelledSession(w);
  await seedCorrection(m);
  await seedPlan2026(m);
}

/**
 * An extraordinary session called for October, then not held: the budget adjustment went to
 * the year-end session, which took the number back.
 */
async function seedCancelledSession(w: DemoWriter): Promise<void> {
  await w.session({
    id: stableId('session', '18073-2026-4-cancelled'),
    termId: TERMS.bacHongLinh,
    jurisdictionId: BHL,
    number: 4,
    kind: 'EXTRAORDINARY',
    title: 'Kỳ họp bất thường về điều chỉnh dự toán ngân sách năm 2026',
    start: '2026-10-20',
    end: '2026-10-20',
    held: false,
    cancelled: { on: '2026-10-09', reason: 'Nội dung điều chỉnh dự toán ngân sách được trình tại Kỳ họp thường lệ cuối năm 2026.' },
    agenda: [['Tờ trình điều chỉnh dự toán ngân sách phường năm 2026', 'COMMITTEE', null]],
  });
}

/** Recommendation 4 was first sent to the ward office; the Standing Committee corrected it to the economy department. */
async function seedCorrection(m: EntityManager): Promise<void> {
  await m.getRepository(RecommendationCorrection).insert({
    id: stableId('recommendation-correction', '4', '1'),
    recommendationId: stableId('recommendation', '4'),
    correctedAt: new Date('2026-06-08T10:30:00+07:00'),
    correctedBy: 'demo-thuong-truc-hdnd-bac-hong-linh',
    reason: 'Đính chính theo Thông báo kết luận số 1/TB-HĐND: giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì.',
    previousContent: 'Khắc phục tình trạng ngập úng tuyến đường Nguyễn Ái Quốc',
    previousField: 'URBAN',
    previousDepartmentIds: [WARD.office],
  });
}

async function seedPlan2026(m: EntityManager): Promise<void> {
  const planId = stableId('coordination-plan', '18073-2026');
  await m.getRepository(CoordinationPlan).insert({ id: planId, jurisdictionId: BHL, year: 2026, title: 'Chương trình phối hợp năm 2026' });
  const activities: Array<[string, Body, string, string | null]> = [
    ['Hội nghị liên tịch chuẩn bị kỳ họp cuối năm', 'COUNCIL', '2026-11-26', null],
    ['Tiếp xúc cử tri trước kỳ họp cuối năm', 'FRONT', '2026-11-20', '2026-11-21'],
    ['Báo cáo giải quyết kiến nghị sau giám sát đất đai', 'COMMITTEE', '2026-11-15', null],
    ['Giám sát chuyên đề về chỉnh trang đô thị', 'COUNCIL', '2026-12-14', null],
    ['Hội nghị tổng kết quy chế phối hợp năm 2026', 'COUNCIL', '2026-12-28', null],
  ];
  await m.getRepository(PlanActivity).insert(
    activities.map(([title, ownerBody, plannedOn, doneOn], i) => ({ id: stableId('plan-activity', planId, String(i)), planId, title, ownerBody, plannedOn, doneOn })),
  );
  await m.getRepository(PlanSignature).insert([
    { planId, body: 'COUNCIL', signerName: 'Trần Đình Phong', signerTitle: 'Chủ tịch HĐND phường', signedOn: '2026-04-02' },
    { planId, body: 'COMMITTEE', signerName: DEMO.officials.chair.name, signerTitle: 'Chủ tịch UBND phường', signedOn: '2026-04-02' },
    { planId, body: 'FRONT', signerName: DEMO.front.chair.name, signerTitle: 'Chủ tịch Ủy ban MTTQ Việt Nam phường', signedOn: '2026-04-02' },
  ]);
}
