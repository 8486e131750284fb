import { TEXT_LIMIT, badInput, changeRow, computeDue, conflict, deadlineCalculator, notAfter, raisesComplexity, requiredText, type GraphContext } from '@phoihop/core';
import { CASE_RULE } from '../access';
import type { RaiseCitizenCaseComplexityInput } from '../generated/graphql';
import { CaseComplexityDecision } from './case-complexity-decision.entity';
import { CaseExtension } from './case-extension.entity';
import { CaseSuspension } from './case-suspension.entity';
import { caseCommand, trackedCase } from './case-deadline';
import type { CitizenCase } from './citizen-case.entity';

/**
 * Xác định vụ việc phức tạp — a complaint found complex while it is being resolved gets the
 * longer period of Art. 28 (first round) or 37 (second round), by decision and before its due
 * date. Denunciations declare it in their extension decision (extendCitizenCase).
 */
export class CaseComplexityService {
  constructor(private readonly ctx: GraphContext) {}

  async raise(input: RaiseCitizenCaseComplexityInput): Promise<CitizenCase> {
    this.ctx.access.require(CASE_RULE.writers);
    notAfter('input.decidedOn', input.decidedOn, this.ctx.today());
    const decisionNumber = requiredText('input.decisionNumber', input.decisionNumber, { what: 'số quyết định', max: TEXT_LIMIT.code });
    const reason = requiredText('input.reason', input.reason, { what: 'lý do xác định vụ việc phức tạp', max: TEXT_LIMIT.text });
    const calculate = await deadlineCalculator(this.ctx.db, {});
    return changeRow(this.ctx, {
      ...caseCommand('raiseCitizenCaseComplexity', input.caseId, CASE_RULE),
      from: { states: ['ACCEPTED'], message: 'Chỉ xác định lại tính chất của vụ việc đang giải quyết.' },
      apply: async (m, c) => {
        if (c.kind !== 'COMPLAINT') throw conflict('Tố cáo được xác định phức tạp trong quyết định gia hạn (extendCitizenCase).', 'input.caseId');
        if (input.decidedOn < c.acceptedOn!) throw badInput('input.decidedOn', 'Ngày quyết định không được trước ngày thụ lý.');
        if (c.dueDate && input.decidedOn > c.dueDate) throw badInput('input.decidedOn', `Thời hạn giải quyết đã hết ngày ${c.dueDate}; không thể xác định lại sau hạn.`);
        if (!raisesComplexity(c.complexity, input.complexity)) throw badInput('input.complexity', 'Chỉ có thể xác định vụ việc phức tạp hơn mức hiện tại.');
        const suspensions = await m.getRepository(CaseSuspension).find({ where: { caseId: c.id }, order: { suspendedOn: 'ASC' } });
        const extensions = await m.getRepository(CaseExtension).countBy({ caseId: c.id });
        const previousDue = c.dueDate!;
        const from = c.complexity;
        c.complexity = input.complexity;
        const due = await computeDue(m, trackedCase, { c, extensions, suspensions }, calculate);
        await m.getRepository(CaseComplexityDecision).insert({
          caseId: c.id,
          decisionNumber,
          decidedOn: input.decidedOn,
          reason,
          fromComplexity: from,
          toComplexity: input.complexity,
          previousDue,
          newDue: due.due!,
          createdAt: this.ctx.clock.now(),
        });
      },
    });
  }

  decisions(caseId: string): Promise<CaseComplexityDecision[]> {
    return this.ctx.db.getRepository(CaseComplexityDecision).find({ where: { caseId }, order: { decidedOn: 'ASC', createdAt: 'ASC' } });
  }
}
