import { rowLoader, foldDiacritics, groupByKeys, paginate, type GraphContext, type PageArgs } from '@phoihop/core';
import { CouncilCommittee, CouncilCommitteeMember } from './council-committee.entity';
import { Delegate } from './delegate.entity';

export interface DelegateFilter {
  jurisdictionId?: string | null;
  termId?: string | null;
  committeeId?: string | null;
  search?: string | null;
  active?: boolean | null;
}

/** Delegates and council committees: the council's directory, readable by every signed-in user. */
export class DelegatesService {
  constructor(private readonly ctx: GraphContext) {}

  byId(id: string): Promise<Delegate | null> {
    this.ctx.access.requireSignedIn();
    return rowLoader(this.ctx, Delegate).load(id);
  }

  list(filter: DelegateFilter, page: PageArgs) {
    this.ctx.access.requireSignedIn();
    const qb = this.ctx.db.getRepository(Delegate).createQueryBuilder('d');
    if (filter.jurisdictionId) qb.andWhere('d.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.termId) qb.andWhere('d.term_id = :t', { t: filter.termId });
    if (filter.committeeId) {
      qb.andWhere('d.id IN (SELECT m.delegate_id FROM "council"."council_committee_member" m WHERE m.committee_id = :c)', { c: filter.committeeId });
    }
    if (filter.active != null) qb.andWhere(`d.mandate_ended_on IS ${filter.active ? '' : 'NOT '}NULL`);
    if (filter.search) {
      foldDiacritics(filter.search)
        .split(' ')
        .filter(Boolean)
        .forEach((w, i) => qb.andWhere(`d.search_name LIKE :w${i}`, { [`w${i}`]: `%${w.replace(/[%_\\]/g, '\\$&')}%` }));
    }
    return paginate(qb, page, { column: 'd.full_name', direction: 'ASC', value: (d) => d.fullName });
  }

  committee(id: string): Promise<CouncilCommittee | null> {
    this.ctx.access.requireSignedIn();
    return rowLoader(this.ctx, CouncilCommittee).load(id);
  }

  committees(termId: string, page: PageArgs) {
    this.ctx.access.requireSignedIn();
    const qb = this.ctx.db.getRepository(CouncilCommittee).createQueryBuilder('c').where('c.term_id = :termId', { termId });
    return paginate(qb, page, { column: 'c.name', direction: 'ASC', value: (c) => c.name });
  }

  /** Members of a committee, for a whole batch of committees in one statement. */
  members(committeeId: string): Promise<CouncilCommitteeMember[]> {
    return this.memberships('committee_id', committeeId);
  }

  /** Committees a delegate sits on, batched likewise. */
  membershipsOf(delegateId: string): Promise<CouncilCommitteeMember[]> {
    return this.memberships('delegate_id', delegateId);
  }

  private memberships(column: 'committee_id' | 'delegate_id', key: string): Promise<CouncilCommitteeMember[]> {
    this.ctx.access.requireSignedIn();
    return this.ctx.loaders
      .get<string, CouncilCommitteeMember[]>(`CouncilCommitteeMember.by.${column}`, async (keys) => {
        const rows = await this.ctx.db
          .getRepository(CouncilCommitteeMember)
          .createQueryBuilder('m')
          .where(`m.${column} = ANY(:keys)`, { keys })
          .orderBy('m.role')
          .getMany();
        return groupByKeys(keys, rows, (m) => (column === 'committee_id' ? m.committeeId : m.delegateId));
      })
      .load(key)
      .then((rows) => rows ?? []);
  }
}
