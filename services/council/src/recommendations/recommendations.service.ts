import {
  badInput,
  byKeys,
  conflict,
  forbidden,
  notFound,
  paginate,
  paginateGroups,
  type Connection,
  type GraphContext,
  type PageArgs,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { COUNCIL_WRITERS, OversightScope } from '../access';
import { recommendationDue } from '../deadlines';
import type { CloseRecommendationInput, IssueRecommendationInput, RecommendationStatus } from '../generated/graphql';
import { SupervisionsService } from '../supervisions/supervisions.service';
import { optionalText, text, uuid, uuids } from '../validate';
import { recordRecommendationDeadline, storedRule } from './recommendation-deadline';
import { Recommendation } from './recommendation.entity';

export interface RecommendationFilter {
  jurisdictionId?: string | null;
  supervisionId?: string | null;
  departmentId?: string | null;
  status?: RecommendationStatus | null;
  overdue?: boolean | null;
}

/**
 * Recommendations after supervision: same readers as supervisions (department staff see those
 * naming their department). Every change to a due date writes a RECOMMENDATION deadline event
 * in the same transaction.
 */
export class RecommendationsService {
  private readonly scope: OversightScope;

  constructor(private readonly ctx: GraphContext) {
    this.scope = new OversightScope(ctx.access);
  }

  private loader() {
    return this.ctx.loaders.get<string, Recommendation>('Recommendation.byId', async (ids) =>
      byKeys(ids, await this.repo().createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany(), (r) => r.id),
    );
  }

  private load(id: string): Promise<Recommendation | null> {
    return this.loader().load(id);
  }

  async byId(id: string): Promise<Recommendation | null> {
    const r = await this.load(id);
    if (r && !this.scope.canSee(r.jurisdictionId, r.departmentIds)) throw forbidden();
    return r;
  }

  list(filter: RecommendationFilter, page: PageArgs) {
    const qb = this.repo().createQueryBuilder('r');
    this.scope.apply(qb, 'r.jurisdiction_id', 'r.department_ids');
    if (filter.jurisdictionId) qb.andWhere('r.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.supervisionId) qb.andWhere('r.supervision_id = :s', { s: filter.supervisionId });
    if (filter.departmentId) qb.andWhere(':d = ANY(r.department_ids)', { d: filter.departmentId });
    if (filter.status) qb.andWhere('r.status = :st', { st: filter.status });
    if (filter.overdue != null) {
      qb.andWhere(`${filter.overdue ? '' : 'NOT '}(r.status = 'OPEN' AND r.due_date < :today)`, { today: this.today() });
    }
    return paginate(qb, page, { column: 'r.due_date', direction: 'ASC', value: (r) => r.dueDate });
  }

  /** A supervision's recommendations, for every supervision of a page in two statements. */
  ofSupervision(supervisionId: string, page: PageArgs): Promise<Connection<Recommendation>> {
    const key = JSON.stringify([page.first ?? null, page.after ?? null]);
    return this.ctx.loaders
      .get<string, Connection<Recommendation>>(`Recommendation.bySupervision.${key}`, (supervisionIds) => {
        const source = this.ctx.db
          .createQueryBuilder()
          .select(['r.supervision_id AS parent', 'r.id AS id', 'r.due_date AS sort'])
          .from(Recommendation, 'r')
          .where('r.supervision_id = ANY(:supervisionIds)', { supervisionIds });
        this.scope.apply(source, 'r.jurisdiction_id', 'r.department_ids');
        return paginateGroups<Recommendation>(this.ctx.db, supervisionIds, page, {
          source,
          direction: 'ASC',
          load: (ids) => this.repo().createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany(),
          sortOf: (r) => r.dueDate,
        });
      })
      .load(supervisionId) as Promise<Connection<Recommendation>>;
  }

  overdue(r: Recommendation): boolean {
    return r.status === 'OPEN' && this.today() > r.dueDate;
  }

  resolvedOnTime(r: Recommendation): boolean | null {
    return r.status === 'RESOLVED' ? r.closedOn! <= r.dueDate : null;
  }

  async issue(input: IssueRecommendationInput): Promise<Recommendation> {
    const supervision = await new SupervisionsService(this.ctx).writable(input.supervisionId, 'input.supervisionId');
    const content = text('input.content', input.content);
    const departmentIds = uuids('input.departmentIds', input.departmentIds);
    if (input.addressedTo === 'COMMITTEE' && departmentIds.length === 0) {
      throw badInput('input.departmentIds', 'Kiến nghị gửi UBND phải nêu ít nhất một phòng, ban chịu trách nhiệm.');
    }
    if (supervision.status !== 'CONCLUDED') throw conflict('Chỉ ban hành kiến nghị sau khi có kết luận giám sát.', 'input.supervisionId');
    const issuedOn = supervision.conclusionDate!;
    if (input.dueDate <= issuedOn) throw badInput('input.dueDate', 'Hạn xử lý phải sau ngày kết luận giám sát.');
    const due = await recommendationDue(this.ctx, issuedOn, input.dueDate);
    return this.ctx.db.transaction(async (m) => {
      const repo = m.getRepository(Recommendation);
      const r = await repo.save(
        repo.create({
          supervisionId: supervision.id,
          jurisdictionId: supervision.jurisdictionId,
          content,
          field: optionalText(input.field),
          addressedTo: input.addressedTo,
          departmentIds,
          issuedOn,
          dueDate: due.due,
          requestedDueDate: input.dueDate,
          dueExplanation: due.explanation,
          status: 'OPEN',
          closedOn: null,
          closingNote: null,
          version: 1,
        }),
      );
      await recordRecommendationDeadline(m, r, due.rule);
      return r;
    });
  }

  async moveDueDate(id: string, dueDate: string): Promise<Recommendation> {
    const r = await this.writable(id);
    const closedMessage = 'Kiến nghị đã đóng, không thể đổi hạn.';
    if (r.status !== 'OPEN') throw conflict(closedMessage, 'id');
    if (dueDate <= r.issuedOn) throw badInput('dueDate', 'Hạn xử lý phải sau ngày kết luận giám sát.');
    const due = await recommendationDue(this.ctx, r.issuedOn, dueDate);
    return this.whileOpen(r.id, closedMessage, async (m, fresh) => {
      Object.assign(fresh, { dueDate: due.due, requestedDueDate: dueDate, dueExplanation: due.explanation, version: fresh.version + 1 });
      await m.getRepository(Recommendation).save(fresh);
      await recordRecommendationDeadline(m, fresh, due.rule);
    });
  }

  async close(id: string, input: CloseRecommendationInput): Promise<Recommendation> {
    const r = await this.writable(id);
    if (r.status !== 'OPEN') throw conflict('Kiến nghị đã đóng.', 'id');
    const note = text('input.closingNote', input.closingNote);
    if (input.closedOn < r.issuedOn) throw badInput('input.closedOn', 'Ngày đóng không được trước ngày ban hành kiến nghị.');
    if (input.closedOn > this.today()) throw badInput('input.closedOn', 'Ngày đóng không được sau hôm nay.');
    return this.whileOpen(r.id, 'Kiến nghị đã đóng.', async (m, fresh) => {
      Object.assign(fresh, { status: input.outcome, closedOn: input.closedOn, closingNote: note });
      await m.getRepository(Recommendation).save(fresh);
      await recordRecommendationDeadline(m, fresh, storedRule(fresh));
    });
  }

  /**
   * Runs a change on the row re-read under FOR UPDATE, refusing it with CONFLICT when a
   * concurrent change closed the recommendation meanwhile: of a close and a move racing,
   * the loser never writes a stale row or reopens a cleared deadline.
   */
  async whileOpen(id: string, closedMessage: string, change: (m: EntityManager, r: Recommendation) => Promise<void>): Promise<Recommendation> {
    return this.ctx.db.transaction(async (m) => {
      const r = await m.getRepository(Recommendation).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!r || r.status !== 'OPEN') throw conflict(closedMessage, 'id');
      await change(m, r);
      this.loader().clear(id).prime(id, r);
      return r;
    });
  }

  /** For writes: NOT_FOUND for an unknown id, then the writer's role in its jurisdiction. */
  async writable(id: string): Promise<Recommendation> {
    const r = await this.load(uuid('id', id));
    if (!r) throw notFound('Recommendation', id, 'id');
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId: r.jurisdictionId });
    return r;
  }

  private repo() {
    return this.ctx.db.getRepository(Recommendation);
  }

  private today(): string {
    return this.ctx.today();
  }
}
