import { badInput, conflict, forbidden, paginateGroups, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import { OversightScope } from '../access';
import type { UpdateRecommendationInput } from '../generated/graphql';
import { optionalText, text, uuids } from '../validate';
import { RecommendationCorrection } from './recommendation-correction.entity';
import { recordRecommendationDeadline, storedRule } from './recommendation-deadline';
import { Recommendation } from './recommendation.entity';
import { RecommendationsService } from './recommendations.service';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Corrections of an open recommendation's text and departments. The recommendation is an
 * official record: each correction keeps what it replaced, and the deadline ledger follows
 * the new text and the new first department in the same transaction.
 */
export class RecommendationCorrectionsService {
  constructor(private readonly ctx: GraphContext) {}

  async update(id: string, input: UpdateRecommendationInput): Promise<Recommendation> {
    const recommendations = new RecommendationsService(this.ctx);
    const closedMessage = 'Kiến nghị đã đóng, không thể đính chính.';
    const loaded = await recommendations.writable(id);
    if (loaded.status !== 'OPEN') throw conflict(closedMessage, 'id');
    if (input.content === null) throw badInput('input.content', 'Không được để trống.');
    if (input.departmentIds === null) throw badInput('input.departmentIds', 'Cần nêu danh sách phòng, ban (có thể rỗng nếu không gửi UBND).');
    const content = input.content === undefined ? undefined : text('input.content', input.content);
    const field = input.field === undefined ? undefined : optionalText(input.field);
    const departmentIds = input.departmentIds === undefined ? undefined : uuids('input.departmentIds', input.departmentIds);
    if (loaded.addressedTo === 'COMMITTEE' && departmentIds?.length === 0) {
      throw badInput('input.departmentIds', 'Kiến nghị gửi UBND phải nêu ít nhất một phòng, ban chịu trách nhiệm.');
    }
    const reason = optionalText(input.reason);
    const user = this.ctx.access.requireSignedIn();
    // Compared with the row as it is under the lock, so a concurrent correction is neither lost nor undone.
    return recommendations.whileOpen(loaded.id, closedMessage, async (m, r) => {
      const next = { content: content ?? r.content, field: field === undefined ? r.field : field, departmentIds: departmentIds ?? r.departmentIds };
      if (next.content === r.content && next.field === r.field && sameList(next.departmentIds, r.departmentIds)) return;
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
      Object.assign(r, next, { version: assigneeMoved ? r.version + 1 : r.version });
      await m.getRepository(Recommendation).save(r);
      // The ledger carries the assignee, the field (which vice-chair an escalation reaches) and the title.
      await recordRecommendationDeadline(m, r, storedRule(r));
    });
  }

  /** Corrections of every recommendation of a page, in two statements; same readers as the recommendation. */
  of(r: Recommendation, page: PageArgs): Promise<Connection<RecommendationCorrection>> {
    if (!new OversightScope(this.ctx.access).canSee(r.jurisdictionId, r.departmentIds)) throw forbidden();
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
