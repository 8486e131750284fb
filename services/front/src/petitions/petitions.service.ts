import { overdueSql, paginate, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import { PETITION } from '../access';
import type { VoterPetitionFilter } from '../generated/graphql';
import { ItemsService } from '../items.service';
import { type VoterPetition } from './voter-petition.entity';

/** What decides whether a petition's answer is overdue: forwarded and still open, or answered late. */
export const petitionOverdue = (p: VoterPetition) => ({ open: p.status === 'FORWARDED', due: p.answerDue, doneOn: p.answeredOn });

/**
 * Reading voter petitions: the three bodies read their jurisdiction's; department staff read
 * only what was forwarded to their department.
 */
export class PetitionsService extends ItemsService<VoterPetition> {
  constructor(ctx: GraphContext) {
    super(ctx, PETITION, 'p');
  }

  list(filter: VoterPetitionFilter, page: PageArgs): Promise<Connection<VoterPetition>> {
    const qb = this.inJurisdiction(filter.jurisdictionId);
    if (filter.year != null) qb.andWhere('extract(year FROM p.raised_on) = :year', { year: filter.year });
    if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
    if (filter.field) qb.andWhere('p.field = :field', { field: filter.field });
    if (filter.departmentId) qb.andWhere('p.recipient_department_id = :d', { d: filter.departmentId });
    if (filter.overdue != null) {
      // Unanswered past the due date (the filter leaves late answers out).
      qb.andWhere(`${overdueSql({ open: `p.status = 'FORWARDED'`, due: 'p.answer_due' })} = :overdue`, { today: this.ctx.today(), overdue: filter.overdue });
    }
    return paginate(qb, page, { column: 'p.raised_on', direction: 'DESC', value: (p) => p.raisedOn });
  }

  /** Nested petition lists (`meeting.petitions`, `reportedBackPetitions`, `repeats`), batched. */
  byParent(by: 'meeting_id' | 'reported_back_meeting_id' | 'repeat_of_id', parent: string, page: PageArgs): Promise<Connection<VoterPetition>> {
    const source = (parents: readonly string[]) => this.query().select(`p.${by}`, 'parent').where(`p.${by} = ANY(:parents)`, { parents });
    return this.grouped({ name: `VoterPetition.by.${by}`, source, sort: 'p.raised_on', direction: 'ASC', sortOf: (p) => p.raisedOn }, parent, page);
  }
}
