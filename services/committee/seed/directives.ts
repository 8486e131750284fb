import { recordDeadlineChange, stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { EntityManager } from 'typeorm';
import { Assignment } from '../src/directives/assignment.entity';
import { assignmentDeadlineChange } from '../src/directives/assignment-deadline';
import { Directive, type FollowUpSourceType } from '../src/directives/directive.entity';
import { TOWN as HL, TOWN_DEPARTMENTS as D, WARD as BHL, WARD_DEPARTMENTS as W, WARD_OFFICIALS as WO } from './directory';
import { due } from './due';

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


/** The directives with their assignments; open assignments go to the outbox. */
export async function seedDirectives(m: EntityManager, now: Date, today: string): Promise<void> {
  for (const spec of [...PETITION_DIRECTIVES, ...RECOMMENDATION_DIRECTIVES]) await seedDirective(m, spec, now, today);
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
