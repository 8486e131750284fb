import { byKeys, paginate, type GraphContext, type PageArgs } from '@phoihop/core';
import { CouncilTerm } from './council-term.entity';

/** Council terms: readable by every signed-in user, and by anyone as part of a published session schedule. */
export class TermsService {
  constructor(
    private readonly ctx: GraphContext,
    o: { public?: boolean } = {},
  ) {
    if (!o.public) ctx.access.requireSignedIn();
  }

  private get repo() {
    return this.ctx.db.getRepository(CouncilTerm);
  }

  byId(id: string): Promise<CouncilTerm | null> {
    return this.ctx.loaders
      .get<string, CouncilTerm>('CouncilTerm.byId', async (ids) =>
        byKeys(ids, await this.repo.createQueryBuilder('t').where('t.id = ANY(:ids)', { ids }).getMany(), (t) => t.id),
      )
      .load(id);
  }

  list(filter: { jurisdictionId?: string | null }, page: PageArgs) {
    const qb = this.repo.createQueryBuilder('t');
    if (filter.jurisdictionId) qb.where('t.jurisdiction_id = :j', { j: filter.jurisdictionId });
    return paginate(qb, page, { column: 't.start_year', direction: 'DESC', value: (t) => t.startYear });
  }
}
