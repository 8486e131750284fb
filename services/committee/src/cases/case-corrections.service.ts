import { TEXT_LIMIT, badInput, changeRow, conflict, nfc, notAfter, notFound, optionalText, requiredText, type EntityRule, type GraphContext } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { CASE_RULE, CASE_TRANSFER_RULE } from '../access';
import { Department } from '../directory/department.entity';
import type { TransferCitizenCaseInput, WithdrawCitizenCaseInput } from '../generated/graphql';
import { OUTCOMES_BY_KIND, caseCommand } from './case-deadline';
import { checkHandlingInspector } from './case-references';
import { CaseTransfer } from './case-transfer.entity';
import { decideInspector, recordInspectorDecision } from './inspector-assignment';
import { type CitizenCase } from './citizen-case.entity';

const OPEN = ['RECEIVED', 'ACCEPTED', 'SUSPENDED'];

/**
 * Corrections to an open case: a transfer to another department or inspector (the legal clock
 * runs on; the deadline's assignee follows) and the petitioner's withdrawal (the case ends,
 * its deadline is cleared). The outbox row is written in the same transaction.
 */
export class CaseCorrectionsService {
  constructor(private readonly ctx: GraphContext) {}

  private get today(): string {
    return this.ctx.today();
  }

  transfer(input: TransferCitizenCaseInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_TRANSFER_RULE.writers);
    const reason = requiredText('input.reason', input.reason, { what: 'lý do chuyển đơn' });
    return this.change('transferCitizenCase', input.caseId, CASE_TRANSFER_RULE, async (m, c) => {
      const department = await m.getRepository(Department).findOneBy({ id: input.handlingDepartmentId });
      if (!department || department.jurisdictionId !== c.jurisdictionId) {
        throw notFound('Department', input.handlingDepartmentId, 'input.handlingDepartmentId');
      }
      if (!department.active) throw badInput('input.handlingDepartmentId', `${department.name} đã giải thể.`);
      const inspectorId = input.handlingInspectorId ?? null;
      // A new inspector is named by a decision of the leader or the department's head, never their own.
      const decided = inspectorId && inspectorId !== c.handlingInspectorId ? await decideInspector(this.ctx, m, c, department, inspectorId, input.inspectorDecision) : null;
      if (inspectorId && !decided) await checkHandlingInspector(m, inspectorId, department);
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
      if (decided) await recordInspectorDecision(m, c.id, decided);
      Object.assign(c, { handlingDepartmentId: department.id, handlingInspectorId: inspectorId });
    });
  }

  /**
   * Rút đơn. A complaint or a denunciation ends by a decision to stop handling it (Law on
   * Complaints Art. 10, Law on Denunciations Art. 33), so the decision number is required there.
   */
  withdraw(input: WithdrawCitizenCaseInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers);
    notAfter('input.withdrawnOn', input.withdrawnOn, this.today, 'Ngày rút đơn không được sau hôm nay.');
    const reason = requiredText('input.reason', input.reason, { what: 'nội dung rút đơn' });
    const decisionNumber = optionalText('input.decisionNumber', input.decisionNumber, { max: TEXT_LIMIT.code }) ?? null;
    return this.change('withdrawCitizenCase', input.caseId, CASE_RULE, async (_m, c) => {
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

  /** The command path on an open case: lock, check the user's scope on it as it stands, apply, save, write the outbox. */
  private change(operation: string, caseId: string, rule: EntityRule<CitizenCase>, apply: (m: EntityManager, c: CitizenCase) => Promise<void>): Promise<CitizenCase> {
    return changeRow(this.ctx, { ...caseCommand(operation, caseId, rule), from: { states: OPEN, message: 'Vụ việc đã kết thúc.' }, apply });
  }
}
