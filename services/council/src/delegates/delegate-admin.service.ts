import { badInput, conflict, foldDiacritics, notFound, type GraphContext } from '@phoihop/core';
import { COUNCIL_WRITERS } from '../access';
import type { CreateDelegateInput, EndDelegateMandateInput, UpdateDelegateInput } from '../generated/graphql';
import { TermsService } from '../terms/terms.service';
import { isUniqueViolation, text, uuid } from '../validate';
import { CouncilCommitteeMember } from './council-committee.entity';
import { Delegate } from './delegate.entity';
import { DelegatesService } from './delegates.service';

/** Refuses a second serving chair of a term, whichever write tried it. */
async function oneChair<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'delegate_one_chair')) throw conflict('Nhiệm kỳ này đã có Chủ tịch HĐND đương nhiệm.', 'input.position');
    throw error;
  }
}

/** The Standing Committee keeps the list of delegates: elected, corrected, leaving the council. */
export class DelegateAdminService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.requireSignedIn();
  }

  async create(input: CreateDelegateInput): Promise<Delegate> {
    const term = await new TermsService(this.ctx).byId(uuid('input.termId', input.termId));
    if (!term) throw notFound('CouncilTerm', input.termId, 'input.termId');
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId: term.jurisdictionId });
    const fullName = text('input.fullName', input.fullName);
    const electoralUnit = text('input.electoralUnit', input.electoralUnit);
    const repo = this.ctx.db.getRepository(Delegate);
    return oneChair(() =>
      repo.save(
        repo.create({
          termId: term.id,
          jurisdictionId: term.jurisdictionId,
          fullName,
          searchName: foldDiacritics(fullName),
          electoralUnit,
          position: input.position,
          mandateEndedOn: null,
          mandateEndReason: null,
        }),
      ),
    );
  }

  async update(id: string, input: UpdateDelegateInput): Promise<Delegate> {
    const d = await this.serving(id);
    const changes: Partial<Delegate> = {};
    if (input.fullName !== undefined) {
      changes.fullName = text('input.fullName', input.fullName ?? '');
      changes.searchName = foldDiacritics(changes.fullName);
    }
    if (input.electoralUnit !== undefined) changes.electoralUnit = text('input.electoralUnit', input.electoralUnit ?? '');
    if (input.position != null) changes.position = input.position;
    return oneChair(() => this.ctx.db.getRepository(Delegate).save(Object.assign(d, changes)));
  }

  async endMandate(id: string, input: EndDelegateMandateInput): Promise<Delegate> {
    const d = await this.serving(id);
    const term = (await new TermsService(this.ctx).byId(d.termId))!;
    if (input.endedOn < `${term.startYear}-01-01`) throw badInput('input.endedOn', `Ngày thôi làm nhiệm vụ phải trong nhiệm kỳ ${term.startYear}–${term.endYear}.`);
    if (input.endedOn > this.ctx.today()) throw badInput('input.endedOn', 'Ngày thôi làm nhiệm vụ không được sau hôm nay.');
    const reason = text('input.reason', input.reason);
    return this.ctx.db.transaction(async (m) => {
      await m.getRepository(CouncilCommitteeMember).delete({ delegateId: d.id });
      return m.getRepository(Delegate).save(Object.assign(d, { mandateEndedOn: input.endedOn, mandateEndReason: reason }));
    });
  }

  /** For writes: NOT_FOUND, then the writer's role, then CONFLICT once the delegate has left. */
  private async serving(id: string): Promise<Delegate> {
    const d = await new DelegatesService(this.ctx).byId(uuid('id', id));
    if (!d) throw notFound('Delegate', id, 'id');
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId: d.jurisdictionId });
    if (d.mandateEndedOn) throw conflict(`Đại biểu đã thôi làm nhiệm vụ từ ngày ${d.mandateEndedOn}.`, 'id');
    return d;
  }
}
