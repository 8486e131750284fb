import {
  computeDeadline,
  DEFAULT_DEADLINE_RULES,
  DEMO,
  localDate,
  recordDeadlineChange,
  stableId,
  WorkingCalendar,
  type Clock,
  type DeadlineInput,
} from '@phoihop/core';
import type { DataSource, EntityManager } from 'typeorm';
import { caseDeadlineChange } from './cases/case-deadline';
import { CitizenCase, type CaseChannel, type CitizenCaseKind } from './cases/citizen-case.entity';
import { seedCorrections } from './demo-corrections';
import { storeDenouncer } from './denouncers/denouncers.service';
import { seedDirectory, WARD_DEPARTMENTS as W, WARD_OFFICIALS as WO } from './demo-directory';
import { Assignment } from './directives/assignment.entity';
import { assignmentDeadlineChange } from './directives/assignment-deadline';
import { Directive, type FollowUpSourceType } from './directives/directive.entity';
import { ReceptionDay } from './reception/reception-day.entity';

const HL = DEMO.jurisdictions.hongLinh.id;
const BHL = DEMO.jurisdictions.bacHongLinh.id;
const D = DEMO.departments;
const calendar = WorkingCalendar.official();
const due = (input: DeadlineInput) => computeDeadline(input, DEFAULT_DEADLINE_RULES, calendar);

interface DirectiveSpec {
  jurisdictionId: string;
  number: string;
  issuedOn: string;
  signerId: string;
  subject: string;
  source: [FollowUpSourceType, string];
  /** department, task, due date, completed on (null: open), progress */
  tasks: Array<[string, string, string, string | null, number]>;
}

/** Directives answering the council's 2026 recommendations (ids 1..12) on Bắc Hồng Lĩnh: some due soon, some overdue. */
const RECOMMENDATION_DIRECTIVES: DirectiveSpec[] = [
  [1, W.bacEconomy.id, 'Rà soát, xử lý dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng', '2026-11-20', null, 70],
  [2, W.bacEconomy.id, 'Kiểm tra, xử lý vi phạm trật tự xây dựng tại khu dân cư Trung Lương', '2026-12-02', null, 40],
  [3, W.bacSocial.id, 'Rà soát đối tượng hưởng chính sách bảo trợ xã hội', '2026-10-30', null, 55],
  [4, W.bacEconomy.id, 'Khắc phục tình trạng ngập úng tuyến đường Nguyễn Ái Quốc', '2026-11-30', null, 20],
  [5, W.bacSocial.id, 'Tăng cường kiểm tra an toàn thực phẩm tại chợ Hồng Lĩnh', '2026-09-30', '2026-09-25', 100],
  [6, W.bacOffice.id, 'Công khai thủ tục hành chính tại bộ phận một cửa', '2026-08-31', '2026-08-20', 100],
  [7, W.bacEconomy.id, 'Thu gom, xử lý rác thải tại các tổ dân phố ven núi Hồng Lĩnh', '2026-12-15', null, 10],
  [8, W.bacSocial.id, 'Hỗ trợ học sinh có hoàn cảnh khó khăn năm học 2026–2027', '2026-11-25', null, 80],
  [9, W.bacEconomy.id, 'Lập phương án chỉnh trang vỉa hè tuyến Trần Phú', '2026-12-31', null, 0],
  [10, W.bacOffice.id, 'Rà soát quy chế tiếp công dân của UBND phường', '2026-11-28', null, 90],
  [11, W.bacEconomy.id, 'Bồi thường, hỗ trợ giải phóng mặt bằng dự án đường vành đai', '2026-11-10', null, 35],
  [12, W.bacSocial.id, 'Kiểm tra việc chi trả trợ cấp cho người có công', '2026-07-31', '2026-08-05', 100],
].map(([n, dept, task, dueOn, doneOn, progress]) => ({
  jurisdictionId: BHL,
  number: `${100 + Number(n)}/UBND-${dept === W.bacSocial.id ? 'VHXH' : dept === W.bacOffice.id ? 'VP' : 'KT'}`,
  issuedOn: Number(n) % 3 === 0 && doneOn ? '2026-06-15' : '2026-07-10',
  signerId: dept === W.bacSocial.id ? WO.bacViceSocial.id : WO.bacViceEconomy.id,
  subject: `Triển khai thực hiện kiến nghị số ${n} sau giám sát của Thường trực HĐND phường`,
  source: ['RECOMMENDATION', stableId('recommendation', String(n))],
  tasks: [[String(dept), String(task), String(dueOn), doneOn as string | null, Number(progress)]],
}));

const PETITION_DEPARTMENTS = [D.natural.id, D.urban.id, D.labour.id, D.finance.id, D.education.id];
const PETITION_TASKS = ['Giải quyết kiến nghị về đất đai', 'Sửa chữa tuyến đường giao thông nông thôn', 'Giải quyết chế độ chính sách', 'Bố trí kinh phí', 'Cải tạo phòng học'];

/** The 2022 answers to the voters' petitions (ids 1..40) of Hồng Lĩnh: 36 done, most on time. */
const PETITION_DIRECTIVES: DirectiveSpec[] = Array.from({ length: 40 }, (_, i) => {
  const n = i + 1;
  const k = i % PETITION_DEPARTMENTS.length;
  const issuedOn = n <= 20 ? '2022-06-20' : '2022-12-26';
  const dueOn = n <= 20 ? '2022-09-30' : '2023-03-31';
  const doneOn = n > 36 ? null : n % 7 === 0 ? (n <= 20 ? '2022-10-14' : '2023-04-12') : n <= 20 ? '2022-09-20' : '2023-03-20';
  return {
    jurisdictionId: HL,
    number: `${300 + n}/UBND-${k === 0 ? 'TNMT' : k === 1 ? 'QLĐT' : k === 2 ? 'LĐTBXH' : k === 3 ? 'TCKH' : 'GDĐT'}`,
    issuedOn,
    signerId: k >= 2 && k !== 3 ? DEMO.officials.viceChairSocial.id : DEMO.officials.viceChairEconomy.id,
    subject: `Giao giải quyết kiến nghị cử tri số ${n} sau tiếp xúc cử tri năm 2022`,
    source: ['VOTER_PETITION', stableId('voter-petition', String(n))],
    tasks: [[PETITION_DEPARTMENTS[k], PETITION_TASKS[k], dueOn, doneOn, doneOn ? 100 : 60]],
  };
});

interface CaseSpec {
  jurisdictionId: string;
  kind: CitizenCaseKind;
  channel: CaseChannel;
  subject: string;
  who: string;
  departmentId: string;
  receivedOn: string;
  acceptedOn: string | null;
  resolvedOn: string | null;
}

const CASES: CaseSpec[] = [
  ...Array.from({ length: 18 }, (_, i): CaseSpec => {
    const kind: CitizenCaseKind = i % 3 === 0 ? 'COMPLAINT' : i % 3 === 1 ? 'PETITION' : 'DENUNCIATION';
    const month = String((i % 11) + 1).padStart(2, '0');
    return {
      jurisdictionId: HL,
      kind,
      channel: (['RECEPTION', 'MAIL', 'COUNCIL', 'FRONT', 'ONLINE'] as const)[i % 5],
      subject: ['Khiếu nại về bồi thường giải phóng mặt bằng', 'Kiến nghị cấp giấy chứng nhận quyền sử dụng đất', 'Tố cáo vi phạm trong quản lý xây dựng'][i % 3],
      who: ['Nguyễn Văn Hòa', 'Trần Thị Lý', 'Lê Văn Sơn', 'Phạm Thị Nga', 'Đặng Văn Tâm', 'Bùi Thị Xuân'][i % 6],
      departmentId: kind === 'DENUNCIATION' ? D.inspectorate.id : i % 2 ? D.natural.id : D.urban.id,
      receivedOn: `2022-${month}-0${(i % 8) + 1}`,
      acceptedOn: `2022-${month}-1${(i % 8) + 1}`,
      resolvedOn: `2022-${month}-2${(i % 8) + 1}`,
    };
  }),
  // 2026 on Bắc Hồng Lĩnh: some resolved, some due soon, some overdue (today is 27 Nov 2026).
  { jurisdictionId: BHL, kind: 'COMPLAINT', channel: 'RECEPTION', subject: 'Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng', who: 'Võ Văn Thắng', departmentId: W.bacEconomy.id, receivedOn: '2026-10-05', acceptedOn: '2026-10-12', resolvedOn: null },
  { jurisdictionId: BHL, kind: 'COMPLAINT', channel: 'MAIL', subject: 'Khiếu nại việc thu hồi đất làm đường vành đai', who: 'Hồ Thị Mến', departmentId: W.bacEconomy.id, receivedOn: '2026-11-02', acceptedOn: '2026-11-09', resolvedOn: null },
  { jurisdictionId: BHL, kind: 'PETITION', channel: 'FRONT', subject: 'Phản ánh ô nhiễm tiếng ồn từ xưởng mộc', who: 'Nguyễn Đình Lộc', departmentId: W.bacEconomy.id, receivedOn: '2026-11-16', acceptedOn: null, resolvedOn: null },
  { jurisdictionId: BHL, kind: 'PETITION', channel: 'COUNCIL', subject: 'Kiến nghị sửa chữa nhà văn hóa tổ dân phố 4', who: 'Phan Thị Hạnh', departmentId: W.bacSocial.id, receivedOn: '2026-10-20', acceptedOn: '2026-10-22', resolvedOn: null },
  { jurisdictionId: BHL, kind: 'DENUNCIATION', channel: 'ONLINE', subject: 'Tố cáo việc thu tiền trái quy định tại trường mầm non', who: 'Người tố cáo (bảo mật)', departmentId: W.bacOffice.id, receivedOn: '2026-11-18', acceptedOn: '2026-11-24', resolvedOn: null },
  { jurisdictionId: BHL, kind: 'COMPLAINT', channel: 'RECEPTION', subject: 'Khiếu nại việc xét hộ nghèo năm 2026', who: 'Lê Thị Vân', departmentId: W.bacSocial.id, receivedOn: '2026-08-03', acceptedOn: '2026-08-10', resolvedOn: '2026-09-04' },
];

/**
 * Demo data: the directory, the 2022 work of Hồng Lĩnh (answers to the 40 voters' petitions,
 * citizen cases, monthly reception days) and 2026 work on Bắc Hồng Lĩnh (directives answering
 * the council's recommendations 1..12, open cases, and corrections: a rescheduled and a cancelled
 * assignment, a transferred denunciation). Open deadlines go to the outbox so the
 * workers' ledger, reminders and escalations show. Idempotent: skips when directives exist.
 */
export async function seedDemo(db: DataSource, clock: Clock): Promise<void> {
  await seedDirectory(db);
  if (await db.getRepository(Directive).exists()) return;
  const now = clock.now();
  const today = localDate(now);
  await db.transaction(async (m) => {
    for (const spec of [...PETITION_DIRECTIVES, ...RECOMMENDATION_DIRECTIVES]) await seedDirective(m, spec, now, today);
    const days = await seedReceptionDays(m);
    let seq = 0;
    for (const spec of CASES) await seedCase(m, spec, ++seq, days, now, today);
    await seedCorrections(m, today);
  });
}

async function seedDirective(m: EntityManager, s: DirectiveSpec, now: Date, today: string): Promise<void> {
  const directive = await m.getRepository(Directive).save(
    m.getRepository(Directive).create({ jurisdictionId: s.jurisdictionId, number: s.number, issuedOn: s.issuedOn, signerId: s.signerId, subject: s.subject, sourceType: s.source[0], sourceId: s.source[1], createdAt: now }),
  );
  for (const [departmentId, task, dueOn, doneOn, progress] of s.tasks) {
    const d = due({ kind: 'ASSIGNMENT', start: s.issuedOn, explicitDue: dueOn });
    const a = await m.getRepository(Assignment).save(
      m.getRepository(Assignment).create({
        directiveId: directive.id, jurisdictionId: s.jurisdictionId, departmentId, sourceType: s.source[0], sourceId: s.source[1], task, field: null, weight: 1,
        dueDate: d.due!, dueRule: `${d.rule.code}@${d.rule.version}`, dueExplanation: d.explanation,
        status: doneOn && doneOn <= today ? 'DONE' : progress > 0 ? 'IN_PROGRESS' : 'OPEN', progress: doneOn && doneOn <= today ? 100 : progress,
        completedOn: doneOn && doneOn <= today ? doneOn : null, completionReport: doneOn ? 'Đã hoàn thành, có báo cáo kết quả gửi UBND.' : null, createdAt: now,
      }),
    );
    if (a.status !== 'DONE') await recordDeadlineChange(m, assignmentDeadlineChange(a, directive, s.issuedOn));
  }
}

async function seedReceptionDays(m: EntityManager): Promise<Map<string, string>> {
  const days = new Map<string, string>();
  const rows: Array<[string, string, string, string[]]> = [
    ...Array.from({ length: 11 }, (_, i): [string, string, string, string[]] => [HL, `2022-${String(i + 1).padStart(2, '0')}-15`, 'Trụ sở Ban Tiếp công dân thị xã Hồng Lĩnh', [DEMO.officials.chair.id]]),
    [BHL, '2026-10-05', 'Trụ sở UBND phường Bắc Hồng Lĩnh', [WO.bacChair.id]],
    [BHL, '2026-11-16', 'Trụ sở UBND phường Bắc Hồng Lĩnh', [WO.bacChair.id, WO.bacViceEconomy.id]],
  ];
  for (const [jurisdictionId, date, place, hosts] of rows) {
    const r = await m.getRepository(ReceptionDay).save(
      m.getRepository(ReceptionDay).create({ jurisdictionId, date, place, kind: 'REGULAR', hostOfficialIds: hosts, delegateIds: [DEMO.delegates.delegate1.id], note: null }),
    );
    days.set(`${jurisdictionId}:${date.slice(0, 7)}`, r.id);
  }
  return days;
}

async function seedCase(m: EntityManager, s: CaseSpec, seq: number, days: Map<string, string>, now: Date, today: string): Promise<void> {
  const prefix = { COMPLAINT: 'KN', DENUNCIATION: 'TC', PETITION: 'PA' }[s.kind];
  const accepted = s.acceptedOn && s.acceptedOn <= today ? s.acceptedOn : null;
  const resolved = s.resolvedOn && s.resolvedOn <= today ? s.resolvedOn : null;
  const phase = s.kind === 'PETITION' || !accepted
    ? { kind: ({ COMPLAINT: 'COMPLAINT_ACCEPTANCE', DENUNCIATION: 'DENUNCIATION_INITIAL', PETITION: 'PETITION_PROCESSING' } as const)[s.kind], start: s.receivedOn }
    : { kind: s.kind === 'COMPLAINT' ? ('COMPLAINT_RESOLUTION' as const) : ('DENUNCIATION_RESOLUTION' as const), start: accepted };
  const d = due({ ...phase, complexity: 'NORMAL', round: 'FIRST' });
  const dayId = s.channel === 'RECEPTION' ? days.get(`${s.jurisdictionId}:${s.receivedOn.slice(0, 7)}`) ?? null : null;
  const c = await m.getRepository(CitizenCase).save(
    m.getRepository(CitizenCase).create({
      jurisdictionId: s.jurisdictionId, number: `${prefix}-${seq}/${s.receivedOn.slice(0, 4)}`, kind: s.kind, channel: s.channel,
      round: s.kind === 'COMPLAINT' ? 'FIRST' : null, complexity: 'NORMAL', remoteArea: false, severalPlaces: false,
      subject: s.subject, content: `${s.subject}. Đơn đề ngày ${s.receivedOn}.`, field: s.kind === 'DENUNCIATION' ? null : 'LAND',
      petitionerName: s.kind === 'DENUNCIATION' ? null : s.who, receivedOn: s.receivedOn,
      receptionDayId: dayId && (await m.getRepository(ReceptionDay).findOneBy({ id: dayId }))?.date === s.receivedOn ? dayId : null,
      handlingDepartmentId: s.departmentId, handlingInspectorId: s.kind !== 'DENUNCIATION' ? null : s.jurisdictionId === HL ? DEMO.officials.inspector.id : WO.bacInspectorOffice.id,
      status: resolved ? 'RESOLVED' : accepted ? 'ACCEPTED' : 'RECEIVED', acceptedOn: accepted, declinedOn: null, declineReason: null,
      resolvedOn: resolved, decisionNumber: resolved ? `${seq}/QĐ-UBND` : null,
      outcome: resolved ? ({ COMPLAINT: 'REJECTED', DENUNCIATION: 'PARTLY_SUBSTANTIATED', PETITION: 'ANSWERED' } as const)[s.kind] : null,
      outcomeSummary: resolved ? 'Đã giải quyết, trả lời công dân bằng văn bản.' : null,
      clockStart: phase.start, dueDate: d.due, dueRule: `${d.rule.code}@${d.rule.version}`, dueExplanation: d.explanation, createdAt: now,
    }),
  );
  if (s.kind === 'DENUNCIATION') {
    await storeDenouncer(m, c.id, { fullName: 'Nguyễn Văn Kín', address: 'Tổ dân phố 2', phone: '0987000111', idNumber: '042085009999' });
  }
  if (c.status !== 'RESOLVED') await recordDeadlineChange(m, caseDeadlineChange(c));
}
