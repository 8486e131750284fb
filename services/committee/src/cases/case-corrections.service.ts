import { TEXT_LIMIT, badInput, changeRow, conflict, formatDateVi, nfc, notAfter, notFound, optionalText, procedureRuleOn, requiredText, type EntityRule, type GraphContext } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { CASE_RULE, CASE_TRANSFER_RULE } from '../access';
import { Department } from '../directory/department.entity';
import type { TransferCitizenCaseInput, WithdrawCitizenCaseContentsInput, WithdrawCitizenCaseInput } from '../generated/graphql';
import { CasePartialWithdrawal } from './case-partial-withdrawal.entity';
import { OUTCOMES_BY_KIND, caseCommand } from './case-deadline';
import { checkHandlingInspector } from './case-references';
import { CaseTransfer } from './case-transfer.entity';
import { decideInspector, recordInspectorDecision } from './inspector-assignment';
import { type CitizenCase } from './citizen-case.entity';

const OPEN = ['RECEIVED', 'ACCEPTED', 'SUSPENDED'];
const MAX_WITHDRAWN_CONTENTS = 20;

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

  /**
   * Rút một phần khiếu nại (Law 136/2025/QH15): the contents withdrawn are recorded and the case
   * goes on with the rest, its deadline unchanged. The transitional rule: a complaint received
   * before 1 July 2026 is handled under the law in force when it was received, which let the
   * complainant withdraw the whole complaint only — refused, naming the case.
   */
  withdrawContents(input: WithdrawCitizenCaseContentsInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers);
    notAfter('input.requestedOn', input.requestedOn, this.today, 'Ngày của đơn xin rút không được sau hôm nay.');
    const requestReference = requiredText('input.requestReference', input.requestReference, { what: 'đơn xin rút một phần khiếu nại', max: TEXT_LIMIT.code });
    if (input.contents.length === 0 || input.contents.length > MAX_WITHDRAWN_CONTENTS) {
      throw badInput('input.contents', `Cần ghi từ 1 đến ${MAX_WITHDRAWN_CONTENTS} nội dung rút.`);
    }
    const contents = input.contents.map((text, i) => requiredText(`input.contents.${i}`, text, { what: 'nội dung rút', max: TEXT_LIMIT.title }));
    return changeRow(this.ctx, {
      ...caseCommand('withdrawCitizenCaseContents', input.caseId, CASE_RULE),
      from: { states: OPEN, message: 'Vụ việc đã kết thúc.' },
      // The deadline does not move: nothing to publish.
      publish: undefined,
      apply: async (m, c) => {
        if (c.kind !== 'COMPLAINT') throw badInput('input.caseId', 'Chỉ khiếu nại mới rút được một phần nội dung; tố cáo, kiến nghị rút toàn bộ (withdrawCitizenCase).');
        const rule = procedureRuleOn('PARTIAL_COMPLAINT_WITHDRAWAL', c.receivedOn);
        if (!rule.value) {
          throw badInput(
            'input.caseId',
            `Khiếu nại nhận ngày ${formatDateVi(c.receivedOn)}, trước ngày Luật số 136/2025/QH15 có hiệu lực (01/7/2026), được giải quyết theo ${rule.legalBasis}: chỉ được rút toàn bộ khiếu nại (rút đơn).`,
          );
        }
        if (input.requestedOn < c.receivedOn) throw badInput('input.requestedOn', 'Ngày của đơn xin rút không được trước ngày nhận khiếu nại.');
        await m.getRepository(CasePartialWithdrawal).insert({
          caseId: c.id,
          requestedOn: input.requestedOn,
          requestReference,
          contents,
          recordedAt: this.ctx.clock.now(),
          authorName: nfc(this.ctx.user!.name),
        });
      },
    });
  }

  /** The command path on an open case: lock, check the user's scope on it as it stands, apply, save, write the outbox. */
  private change(operation: string, caseId: string, rule: EntityRule<CitizenCase>, apply: (m: EntityManager, c: CitizenCase) => Promise<void>): Promise<CitizenCase> {
    return changeRow(this.ctx, { ...caseCommand(operation, caseId, rule), from: { states: OPEN, message: 'Vụ việc đã kết thúc.' }, apply });
  }
}
