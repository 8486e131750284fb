import { badInput, changedText, optionalText, paginateGroups, TEXT_LIMIT, uuids, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import { recommendationRule } from '../access';
import type { UpdateRecommendationInput } from '../generated/graphql';
import { RecommendationCorrection } from './recommendation-correction.entity';
import type { Recommendation } from './recommendation.entity';
import { RecommendationsService } from './recommendations.service';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Corrections of an open recommendation's text and departments. The recommendation is an
 * official record: each correction keeps what it replaced, and the deadline ledger follows
 * the new text and the new first department in the same transaction.
 */
export class RecommendationCorrectionsService {
  constructor(private readonly ctx: GraphContext) {}

  update(id: string, input: UpdateRecommendationInput): Promise<Recommendation> {
    if (input.content === null) throw badInput('input.content', 'Không được để trống.');
    if (input.departmentIds === null) throw badInput('input.departmentIds', 'Cần nêu danh sách phòng, ban (có thể rỗng nếu không gửi UBND).');
    const content = changedText('input.content', input.content, { max: TEXT_LIMIT.text });
    const departmentIds = input.departmentIds === undefined ? undefined : uuids('input.departmentIds', input.departmentIds);
    const reason = optionalText('input.reason', input.reason, { max: TEXT_LIMIT.text }) ?? null;
    const user = this.ctx.access.requireSignedIn();
    // Compared with the row as it is under the lock, so a concurrent correction is neither lost nor undone.
    return new RecommendationsService(this.ctx).change('updateRecommendation', id, 'Kiến nghị đã đóng, không thể đính chính.', async (m, r) => {
      if (r.addressedTo === 'COMMITTEE' && departmentIds?.length === 0) {
        throw badInput('input.departmentIds', 'Kiến nghị gửi UBND phải nêu ít nhất một phòng, ban chịu trách nhiệm.');
      }
      const next = { content: content ?? r.content, field: input.field === undefined ? r.field : input.field, departmentIds: departmentIds ?? r.departmentIds };
      if (next.content === r.content && next.field === r.field && sameList(next.departmentIds, r.departmentIds)) return false;
      const assigneeMoved = next.departmentIds[0] !== r.departmentIds[0];
      await m.getRepository(RecommendationCorrection).insert({
        recommendationId: r.id,
        correctedAt: this.ctx.clock.now(),
        correctedBy: user.userId,
        reason,
        previousContent: r.content,
        previousField: r.field,
        previousDepartmentIds: r.departmentIds,
      });
      // The ledger carries the assignee, the field (which vice-chair an escalation reaches) and the title.
      Object.assign(r, next, { version: assigneeMoved ? r.version + 1 : r.version });
    });
  }

  /** Corrections of every recommendation of a page, in two statements; same readers as the recommendation. */
  of(r: Recommendation, page: PageArgs): Promise<Connection<RecommendationCorrection>> {
    this.ctx.access.requireRead(recommendationRule, r);
    const key = JSON.stringify([page.first ?? null, page.after ?? null]);
    return this.ctx.loaders
      .get<string, Connection<RecommendationCorrection>>(`RecommendationCorrection.byRecommendation.${key}`, (ids) =>
        paginateGroups<RecommendationCorrection>(this.ctx.db, ids, page, {
          source: this.ctx.db
            .createQueryBuilder()
            .select(['c.recommendation_id AS parent', 'c.id AS id', 'c.corrected_at AS sort'])
            .from(RecommendationCorrection, 'c')
            .where('c.recommendation_id = ANY(:ids)', { ids }),
          direction: 'ASC',
          load: (rowIds) => this.ctx.db.getRepository(RecommendationCorrection).createQueryBuilder('c').where('c.id = ANY(:rowIds)', { rowIds }).getMany(),
          sortOf: (c) => c.correctedAt,
        }),
      )
      .load(r.id) as Promise<Connection<RecommendationCorrection>>;
  }
}
