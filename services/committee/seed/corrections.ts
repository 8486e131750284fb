import { recordDeadlineChange } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { caseDeadlineChange } from '../src/cases/case-deadline';
import { CaseTransfer } from '../src/cases/case-transfer.entity';
import { CitizenCase } from '../src/cases/citizen-case.entity';
import { AssignmentChange } from '../src/directives/assignment-change.entity';
import { assignmentDeadlineChange } from '../src/directives/assignment-deadline';
import { Assignment } from '../src/directives/assignment.entity';
import { Directive } from '../src/directives/directive.entity';
import { WARD as BHL, WARD_DEPARTMENTS as W, WARD_OFFICIALS as WO } from './directory';
import { due as dueOf } from './due';

const at = (date: string) => new Date(`${date}T08:30:00+07:00`);

/**
 * Corrections on the 2026 Bắc Hồng Lĩnh work, as the leaders made them through the graph: a
 * rescheduled assignment with its history, a cancelled second task and a denunciation transferred to
 * another department. Each writes its outbox row like the real mutation. Dates after today are skipped.
 */
export async function seedCorrections(m: EntityManager, today: string): Promise<void> {
  const assignment = (task: string) => m.getRepository(Assignment).findOneByOrFail({ jurisdictionId: BHL, task });
  const directiveOf = (a: Assignment) => m.getRepository(Directive).findOneByOrFail({ id: a.directiveId });

  if (today >= '2026-11-05') {
    const late = await assignment('Bồi thường, hỗ trợ giải phóng mặt bằng dự án đường vành đai');
    const directive = await directiveOf(late);
    const due = dueOf({ kind: 'ASSIGNMENT', start: directive.issuedOn, explicitDue: '2026-12-10' });
    await m.getRepository(AssignmentChange).insert({
      assignmentId: late.id, kind: 'RESCHEDULED', previousDue: late.dueDate, newDue: due.due!, previousDepartmentId: null, newDepartmentId: null,
      reason: 'Chờ UBND tỉnh phê duyệt phương án bồi thường, hỗ trợ bổ sung cho 12 hộ dân', decisionNumber: '312/UBND-VP',
      changedOn: '2026-11-05', changedAt: at('2026-11-05'), authorName: WO.bacChair.name,
    });
    Object.assign(late, { dueDate: due.due!, dueExplanation: due.explanation });
    await recordDeadlineChange(m, assignmentDeadlineChange(await m.getRepository(Assignment).save(late), directive, directive.issuedOn));
  }

  if (today >= '2026-11-12') {
    // A second task on the waste-collection directive, dropped when the Front took the campaign over.
    const kept = await assignment('Thu gom, xử lý rác thải tại các tổ dân phố ven núi Hồng Lĩnh');
    const directive = await directiveOf(kept);
    const due = dueOf({ kind: 'ASSIGNMENT', start: directive.issuedOn, explicitDue: kept.dueDate });
    const repo = m.getRepository(Assignment);
    const dropped = await repo.save(
      repo.create({
        ...kept, id: undefined, departmentId: W.bacSocial.id, task: 'Tuyên truyền phân loại rác thải tại nguồn ở các tổ dân phố ven núi',
        field: null, dueDate: due.due!, dueExplanation: due.explanation, status: 'OPEN', progress: 0, createdAt: at(directive.issuedOn),
      }),
    );
    await recordDeadlineChange(m, assignmentDeadlineChange(dropped, directive, directive.issuedOn));
    await m.getRepository(AssignmentChange).insert({
      assignmentId: dropped.id, kind: 'CANCELLED', previousDue: null, newDue: null, previousDepartmentId: null, newDepartmentId: null,
      reason: 'Ủy ban MTTQ phường chủ trì tuyên truyền theo chương trình phối hợp năm 2026', decisionNumber: null,
      changedOn: '2026-11-12', changedAt: at('2026-11-12'), authorName: WO.bacChair.name,
    });
    dropped.status = 'CANCELLED';
    await recordDeadlineChange(m, assignmentDeadlineChange(await repo.save(dropped), directive, directive.issuedOn));
  }

  if (today >= '2026-11-25') {
    const denunciation = await m.getRepository(CitizenCase).findOneByOrFail({ jurisdictionId: BHL, subject: 'Tố cáo việc thu tiền trái quy định tại trường mầm non' });
    await m.getRepository(CaseTransfer).insert({
      caseId: denunciation.id, fromDepartmentId: denunciation.handlingDepartmentId, toDepartmentId: W.bacSocial.id,
      fromInspectorId: denunciation.handlingInspectorId, toInspectorId: WO.bacInspectorSocial.id,
      reason: 'Nội dung tố cáo thuộc lĩnh vực giáo dục do Phòng Văn hóa – Xã hội tham mưu giải quyết',
      transferredOn: '2026-11-25', transferredAt: at('2026-11-25'), authorName: WO.bacChair.name,
    });
    Object.assign(denunciation, { handlingDepartmentId: W.bacSocial.id, handlingInspectorId: WO.bacInspectorSocial.id });
    await recordDeadlineChange(m, caseDeadlineChange(await m.getRepository(CitizenCase).save(denunciation)));
  }
}
