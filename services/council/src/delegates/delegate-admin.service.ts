import { badInput, changedText, changeRow, conflict, createRow, foldDiacritics, isUniqueViolation, notAfter, notFound, requiredText, TEXT_LIMIT, type GraphContext } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { directoryRule } from '../access';
import type { CreateDelegateInput, EndDelegateMandateInput, UpdateDelegateInput } from '../generated/graphql';
import { TermsService } from '../terms/terms.service';
import { CouncilCommitteeMember } from './council-committee.entity';
import { Delegate } from './delegate.entity';

/** A second serving chair of a term, whichever write tried it. */
const ONE_CHAIR = { field: 'input.position', message: 'Nhiệm kỳ này đã có Chủ tịch HĐND đương nhiệm.' };

/** The Standing Committee keeps the list of delegates: elected, corrected, leaving the council. */
export class DelegateAdminService {
  constructor(private readonly ctx: GraphContext) {}

  async create(input: CreateDelegateInput): Promise<Delegate> {
    const term = await new TermsService(this.ctx).byId(input.termId);
    if (!term) throw notFound('CouncilTerm', input.termId, 'input.termId');
    const fullName = requiredText('input.fullName', input.fullName, { max: TEXT_LIMIT.name });
    const electoralUnit = requiredText('input.electoralUnit', input.electoralUnit, { max: TEXT_LIMIT.name });
    return createRow(this.ctx, {
      operation: 'createDelegate',
      entity: Delegate,
      authorize: () => this.ctx.access.requireWrite(directoryRule, term),
      build: (m) =>
        m.getRepository(Delegate).create({
          termId: term.id,
          jurisdictionId: term.jurisdictionId,
          fullName,
          searchName: foldDiacritics(fullName),
          electoralUnit,
          position: input.position,
          mandateEndedOn: null,
          mandateEndReason: null,
        }),
      unique: ONE_CHAIR,
    });
  }

  update(id: string, input: UpdateDelegateInput): Promise<Delegate> {
    const fullName = changedText('input.fullName', input.fullName, { max: TEXT_LIMIT.name });
    const electoralUnit = changedText('input.electoralUnit', input.electoralUnit, { max: TEXT_LIMIT.name });
    return this.serving('updateDelegate', id, (_m, d) => {
      if (fullName !== undefined) Object.assign(d, { fullName, searchName: foldDiacritics(fullName) });
      if (electoralUnit !== undefined) d.electoralUnit = electoralUnit;
      if (input.position != null) d.position = input.position;
    });
  }

  endMandate(id: string, input: EndDelegateMandateInput): Promise<Delegate> {
    notAfter('input.endedOn', input.endedOn, this.ctx.today(), 'Ngày thôi làm nhiệm vụ không được sau hôm nay.');
    const reason = requiredText('input.reason', input.reason, { max: TEXT_LIMIT.text });
    return this.serving('endDelegateMandate', id, async (m, d) => {
      const term = (await new TermsService(this.ctx).byId(d.termId))!;
      if (input.endedOn < `${term.startYear}-01-01`) throw badInput('input.endedOn', `Ngày thôi làm nhiệm vụ phải trong nhiệm kỳ ${term.startYear}–${term.endYear}.`);
      await m.getRepository(CouncilCommitteeMember).delete({ delegateId: d.id });
      Object.assign(d, { mandateEndedOn: input.endedOn, mandateEndReason: reason });
    });
  }

  /** A change of a serving delegate: CONFLICT once the delegate has left. */
  private async serving(operation: string, id: string, apply: (m: EntityManager, d: Delegate) => Promise<void> | void): Promise<Delegate> {
    try {
      return await changeRow(this.ctx, {
        operation,
        entity: Delegate,
        rule: directoryRule,
        id,
        field: 'id',
        apply: (m, d) => {
          if (d.mandateEndedOn) throw conflict(`Đại biểu đã thôi làm nhiệm vụ từ ngày ${d.mandateEndedOn}.`, 'id');
          return apply(m, d);
        },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(ONE_CHAIR.message, ONE_CHAIR.field);
      throw error;
    }
  }
}
