import {
  badInput,
  conflict,
  isIsoDate,
  nfc,
  notFound,
  optionalText,
  recordDeadlineChange,
  requiredText,
  type GraphContext,
  type Role,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { Department } from '../directory/department.entity';
import type { TransferCitizenCaseInput, WithdrawCitizenCaseInput } from '../generated/graphql';
import { OUTCOMES_BY_KIND, caseDeadlineChange } from './case-deadline';
import { checkHandlingInspector } from './case-references';
import { CaseTransfer } from './case-transfer.entity';
import { CitizenCase } from './citizen-case.entity';

/** Who hands a case over: leaders of the jurisdiction, inspectors of the department handling it now. */
const TRANSFERRERS: Role[] = ['COMMITTEE_LEADER', 'INSPECTOR'];
/** Who records a withdrawal: whoever may move the case (see CaseLifecycleService). */
const HANDLERS: Role[] = ['COMMITTEE_LEADER', 'INSPECTOR', 'DEPARTMENT_STAFF'];
const OPEN = ['RECEIVED', 'ACCEPTED', 'SUSPENDED'];

/**
 * Corrections to an open case: a transfer to another department or inspector (the legal clock
 * runs on; the deadline's assignee follows) and the petitioner's withdrawal (the case ends,
 * its deadline is cleared). The outbox row is written in the same transaction.
 */
export class CaseCorrectionsService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.require(HANDLERS);
  }

  private get today(): string {
    return this.ctx.today();
  }

  transfer(input: TransferCitizenCaseInput): Promise<CitizenCase> {
    const reason = requiredText('input.reason', input.reason, { what: 'lý do chuyển đơn' });
    return this.change(input.caseId, TRANSFERRERS, async (m, c) => {
      const department = await m.getRepository(Department).findOneBy({ id: input.handlingDepartmentId });
      if (!department || department.jurisdictionId !== c.jurisdictionId) {
        throw notFound('Department', input.handlingDepartmentId, 'input.handlingDepartmentId');
      }
      if (!department.active) throw badInput('input.handlingDepartmentId', `${department.name} đã giải thể.`);
      const inspectorId = input.handlingInspectorId ?? null;
      if (inspectorId) await checkHandlingInspector(m, inspectorId, department);
      // The denouncer's identity is read by the handling inspector alone: it needs one to go to.
      if (c.kind === 'DENUNCIATION' && !inspectorId) {
        throw badInput('input.handlingInspectorId', 'Đơn tố cáo phải giao cho một người trực tiếp giải quyết.');
      }
      if (department.id === c.handlingDepartmentId && inspectorId === c.handlingInspectorId) {
        throw badInput('input.handlingDepartmentId', 'Vụ việc đang do cơ quan và người này giải quyết.');
      }
      await m.getRepository(CaseTransfer).insert({
        caseId: c.id,
        fromDepartmentId: c.handlingDepartmentId,
        toDepartmentId: department.id,
        fromInspectorId: c.handlingInspectorId,
        toInspectorId: inspectorId,
        reason,
        transferredOn: this.today,
        transferredAt: this.ctx.clock.now(),
        authorName: nfc(this.ctx.user!.name),
      });
      Object.assign(c, { handlingDepartmentId: department.id, handlingInspectorId: inspectorId });
    });
  }

  /**
   * Rút đơn. A complaint or a denunciation ends by a decision to stop handling it (Law on
   * Complaints Art. 10, Law on Denunciations Art. 33), so the decision number is required there.
   */
  withdraw(input: WithdrawCitizenCaseInput): Promise<CitizenCase> {
    if (!isIsoDate(input.withdrawnOn) || input.withdrawnOn > this.today) throw badInput('input.withdrawnOn', 'Ngày rút đơn không được sau hôm nay.');
    const reason = requiredText('input.reason', input.reason, { what: 'nội dung rút đơn' });
    const decisionNumber = optionalText('input.decisionNumber', input.decisionNumber) ?? null;
    return this.change(input.caseId, HANDLERS, async (_m, c) => {
      if (!(OUTCOMES_BY_KIND[c.kind] as readonly string[]).includes('WITHDRAWN')) {
        throw conflict('Loại đơn này không thể rút.', 'input.caseId');
      }
      if (c.kind !== 'PETITION' && !decisionNumber) {
        throw badInput('input.decisionNumber', 'Cần nhập số quyết định đình chỉ giải quyết.');
      }
      if (input.withdrawnOn < c.receivedOn) throw badInput('input.withdrawnOn', 'Ngày rút đơn không được trước ngày nhận đơn.');
      Object.assign(c, { status: 'RESOLVED', resolvedOn: input.withdrawnOn, outcome: 'WITHDRAWN', outcomeSummary: reason, decisionNumber });
    });
  }

  /** Locks an open case, checks the user's scope on it as it stands, applies the change, saves, writes the outbox. */
  private change(caseId: string, roles: Role[], apply: (m: EntityManager, c: CitizenCase) => Promise<void>): Promise<CitizenCase> {
    return this.ctx.db.transaction(async (m) => {
      const c = await m.getRepository(CitizenCase).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id: caseId }).getOne();
      if (!c) throw notFound('CitizenCase', caseId, 'input.caseId');
      this.ctx.access.require(roles, { jurisdictionId: c.jurisdictionId, departmentId: c.handlingDepartmentId });
      if (!OPEN.includes(c.status)) throw conflict('Vụ việc đã kết thúc.', 'input.caseId');
      await apply(m, c);
      const saved = await m.getRepository(CitizenCase).save(c);
      await recordDeadlineChange(m, caseDeadlineChange(saved));
      return saved;
    });
  }
}
