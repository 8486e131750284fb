import { badInput, byKeys, conflict, paginate, type GraphContext, type PageArgs } from '@phoihop/core';
import { COUNCIL_WRITERS } from '../access';
import type { CreateCouncilTermInput } from '../generated/graphql';
import { text, uuid } from '../validate';
import { CouncilTerm } from './council-term.entity';

/** A council term lasts five years (nhiệm kỳ mỗi khóa HĐND là 05 năm). */
const MAX_TERM_YEARS = 5;

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

  async create(input: CreateCouncilTermInput): Promise<CouncilTerm> {
    const jurisdictionId = uuid('input.jurisdictionId', input.jurisdictionId);
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId });
    const name = text('input.name', input.name);
    if (!Number.isInteger(input.startYear) || input.startYear < 1945 || input.startYear > 2100) throw badInput('input.startYear', 'Năm bắt đầu không hợp lệ.');
    const span = input.endYear - input.startYear;
    if (!Number.isInteger(input.endYear) || span < 1 || span > MAX_TERM_YEARS) {
      throw badInput('input.endYear', `Năm kết thúc phải sau năm bắt đầu, tối đa ${MAX_TERM_YEARS} năm.`);
    }
    return this.ctx.db.transaction(async (m) => {
      // Two admins opening terms for one jurisdiction at once: the second waits and sees the first.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('council_term'), hashtext($1))`, [jurisdictionId]);
      const overlapping = await m
        .getRepository(CouncilTerm)
        .createQueryBuilder('t')
        .where('t.jurisdiction_id = :jurisdictionId', { jurisdictionId })
        .andWhere('t.start_year < :end AND :start < t.end_year', { start: input.startYear, end: input.endYear })
        .getOne();
      if (overlapping) throw conflict(`Trùng thời gian với ${overlapping.name}.`, 'input.startYear');
      const repo = m.getRepository(CouncilTerm);
      return repo.save(repo.create({ jurisdictionId, name, startYear: input.startYear, endYear: input.endYear }));
    });
  }
}
