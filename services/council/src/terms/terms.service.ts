import { badInput, conflict, createRow, rowLoader, intBetween, paginate, requiredText, TEXT_LIMIT, type GraphContext, type PageArgs } from '@phoihop/core';
import { directoryRule } from '../access';
import type { CreateCouncilTermInput } from '../generated/graphql';
import { CouncilTerm } from './council-term.entity';

/** A council term lasts five years (nhiệm kỳ mỗi khóa HĐND là 05 năm). */
const MAX_TERM_YEARS = 5;

/** Council terms: readable by every signed-in user, and by anyone as part of a published session schedule. */
export class TermsService {
  constructor(private readonly ctx: GraphContext) {}

  private get repo() {
    return this.ctx.db.getRepository(CouncilTerm);
  }

  byId(id: string): Promise<CouncilTerm | null> {
    this.ctx.access.requireSignedIn();
    return this.published(id);
  }

  /** The term of a published session schedule: its name is public. */
  published(id: string): Promise<CouncilTerm | null> {
    return rowLoader(this.ctx, CouncilTerm).load(id);
  }

  list(filter: { jurisdictionId?: string | null }, page: PageArgs) {
    this.ctx.access.requireSignedIn();
    const qb = this.repo.createQueryBuilder('t');
    if (filter.jurisdictionId) qb.where('t.jurisdiction_id = :j', { j: filter.jurisdictionId });
    return paginate(qb, page, { column: 't.start_year', direction: 'DESC', value: (t) => t.startYear });
  }

  create(input: CreateCouncilTermInput): Promise<CouncilTerm> {
    const { jurisdictionId, startYear, endYear } = input;
    const name = requiredText('input.name', input.name, { max: TEXT_LIMIT.name });
    intBetween('input.startYear', startYear, 1945, 2100);
    const span = endYear - startYear;
    if (!Number.isInteger(endYear) || span < 1 || span > MAX_TERM_YEARS) {
      throw badInput('input.endYear', `Năm kết thúc phải sau năm bắt đầu, tối đa ${MAX_TERM_YEARS} năm.`);
    }
    return createRow(this.ctx, {
      operation: 'createCouncilTerm',
      entity: CouncilTerm,
      authorize: () => this.ctx.access.requireWrite(directoryRule, { jurisdictionId }),
      build: async (m) => {
        // Two admins opening terms for one jurisdiction at once: the second waits and sees the first.
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('council_term'), hashtext($1))`, [jurisdictionId]);
        const overlapping = await m
          .getRepository(CouncilTerm)
          .createQueryBuilder('t')
          .where('t.jurisdiction_id = :jurisdictionId', { jurisdictionId })
          .andWhere('t.start_year < :end AND :start < t.end_year', { start: startYear, end: endYear })
          .getOne();
        if (overlapping) throw conflict(`Trùng thời gian với ${overlapping.name}.`, 'input.startYear');
        return m.getRepository(CouncilTerm).create({ jurisdictionId, name, startYear, endYear });
      },
    });
  }
}
