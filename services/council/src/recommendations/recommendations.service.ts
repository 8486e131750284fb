import {
  badInput,
  rowLoader,
  changeRow,
  conflict,
  computeDue,
  createRow,
  deadlineCalculator,
  isOverdue,
  notAfter,
  overdueSql,
  paginate,
  paginateGroups,
  publishDeadline,
  requiredText,
  TEXT_LIMIT,
  uuids,
  type Connection,
  type GraphContext,
  type PageArgs,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { inScope, recommendationRule } from '../access';
import type { CloseRecommendationInput, IssueRecommendationInput, RecommendationStatus } from '../generated/graphql';
import { SupervisionsService } from '../supervisions/supervisions.service';
import { recommendationDeadline } from './recommendation-deadline';
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
  constructor(private readonly ctx: GraphContext) {}

  private loader() {
    return rowLoader(this.ctx, Recommendation);
  }

  private load(id: string): Promise<Recommendation | null> {
    return this.loader().load(id);
  }

  async byId(id: string): Promise<Recommendation | null> {
    return this.ctx.access.readable(recommendationRule, await this.load(id));
  }

  list(filter: RecommendationFilter, page: PageArgs) {
    const qb = inScope(this.repo().createQueryBuilder('r'), this.ctx.access, recommendationRule, COLUMNS);
    if (filter.jurisdictionId) qb.andWhere('r.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.supervisionId) qb.andWhere('r.supervision_id = :s', { s: filter.supervisionId });
    if (filter.departmentId) qb.andWhere(':d = ANY(r.department_ids)', { d: filter.departmentId });
    if (filter.status) qb.andWhere('r.status = :st', { st: filter.status });
    if (filter.overdue != null) {
      qb.andWhere(`${filter.overdue ? '' : 'NOT '}${overdueSql(OVERDUE_COLUMNS)}`, { today: this.ctx.today() });
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
        return paginateGroups<Recommendation>(this.ctx.db, supervisionIds, page, {
          source: inScope(source, this.ctx.access, recommendationRule, COLUMNS),
          direction: 'ASC',
          load: (ids) => this.repo().createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany(),
          sortOf: (r) => r.dueDate,
        });
      })
      .load(supervisionId) as Promise<Connection<Recommendation>>;
  }

  overdue(r: Recommendation): boolean {
    return isOverdue({ open: r.status === 'OPEN', due: r.dueDate }, this.ctx.today());
  }

  resolvedOnTime(r: Recommendation): boolean | null {
    return r.status === 'RESOLVED' ? r.closedOn! <= r.dueDate : null;
  }

  async issue(input: IssueRecommendationInput): Promise<Recommendation> {
    const content = requiredText('input.content', input.content, { max: TEXT_LIMIT.text });
    const departmentIds = uuids('input.departmentIds', input.departmentIds);
    if (input.addressedTo === 'COMMITTEE' && departmentIds.length === 0) {
      throw badInput('input.departmentIds', 'Kiến nghị gửi UBND phải nêu ít nhất một phòng, ban chịu trách nhiệm.');
    }
    const external = externalAddressee(input, departmentIds);
    const supervision = await new SupervisionsService(this.ctx).found(input.supervisionId, 'input.supervisionId');
    const calculate = await deadlineCalculator(this.ctx.db, { 'input.explicitDue': 'input.dueDate' });
    return this.remembered(
      await createRow(this.ctx, {
        operation: 'issueRecommendation',
        entity: Recommendation,
        authorize: () => this.ctx.access.requireWrite(recommendationRule, { jurisdictionId: supervision.jurisdictionId, departmentIds }),
        build: async (m) => {
          if (supervision.status !== 'CONCLUDED') throw conflict('Chỉ ban hành kiến nghị sau khi có kết luận giám sát.', 'input.supervisionId');
          const issuedOn = supervision.conclusionDate!;
          if (input.dueDate <= issuedOn) throw badInput('input.dueDate', 'Hạn xử lý phải sau ngày kết luận giám sát.');
          const r = m.getRepository(Recommendation).create({
            supervisionId: supervision.id,
            jurisdictionId: supervision.jurisdictionId,
            content,
            field: input.field ?? null,
            addressedTo: input.addressedTo,
            departmentIds,
            externalAddresseeName: external?.name ?? null,
            externalAddresseeLevel: external?.level ?? null,
            issuedOn,
            requestedDueDate: input.dueDate,
            status: 'OPEN',
            closedOn: null,
            closingNote: null,
            version: 1,
          });
          await computeDue(m, recommendationDeadline, r, calculate);
          return r;
        },
        publish: (m, r) => publishDeadline(m, recommendationDeadline, r),
      }),
    );
  }

  async moveDueDate(id: string, dueDate: string): Promise<Recommendation> {
    const calculate = await deadlineCalculator(this.ctx.db, { 'input.explicitDue': 'dueDate' });
    return this.change('moveRecommendationDueDate', id, 'Kiến nghị đã đóng, không thể đổi hạn.', async (m, r) => {
      if (dueDate <= r.issuedOn) throw badInput('dueDate', 'Hạn xử lý phải sau ngày kết luận giám sát.');
      Object.assign(r, { requestedDueDate: dueDate, version: r.version + 1 });
      await computeDue(m, recommendationDeadline, r, calculate);
    });
  }

  close(id: string, input: CloseRecommendationInput): Promise<Recommendation> {
    const note = requiredText('input.closingNote', input.closingNote, { max: TEXT_LIMIT.text });
    notAfter('input.closedOn', input.closedOn, this.ctx.today(), 'Ngày đóng không được sau hôm nay.');
    return this.change('closeRecommendation', id, 'Kiến nghị đã đóng.', (_m, r) => {
      if (input.closedOn < r.issuedOn) throw badInput('input.closedOn', 'Ngày đóng không được trước ngày ban hành kiến nghị.');
      Object.assign(r, { status: input.outcome, closedOn: input.closedOn, closingNote: note });
    });
  }

  /**
   * A change of an open recommendation through the command path: of a close and a move
   * racing, the loser waits for the lock, sees the recommendation closed and gets CONFLICT;
   * the deadline as the change leaves it is published in the same transaction, unless
   * `apply` answers false (nothing changed).
   */
  async change(
    operation: string,
    id: string,
    closedMessage: string,
    apply: (m: EntityManager, r: Recommendation) => Promise<boolean | void> | boolean | void,
  ): Promise<Recommendation> {
    let changed = true;
    const r = await changeRow(this.ctx, {
      operation,
      rule: recommendationRule,
      id,
      field: 'id',
      from: { states: ['OPEN'], message: closedMessage },
      apply: async (m, row) => {
        changed = (await apply(m, row)) !== false;
      },
      publish: async (m, saved) => {
        if (changed) await publishDeadline(m, recommendationDeadline, saved);
      },
    });
    return this.remembered(r);
  }

  private remembered(r: Recommendation): Recommendation {
    this.loader().clear(r.id).prime(r.id, r);
    return r;
  }

  private repo() {
    return this.ctx.db.getRepository(Recommendation);
  }
}

const COLUMNS = { jurisdiction: 'r.jurisdiction_id', departments: 'r.department_ids' };
const OVERDUE_COLUMNS = { open: `r.status = 'OPEN'`, due: 'r.due_date' };

/** An addressee outside the three bodies: the council, which raised it, tracks its follow-up. */
function externalAddressee(input: IssueRecommendationInput, departmentIds: string[]): { name: string; level: 'CENTRAL' | 'PROVINCE' | 'COMMUNE' } | null {
  if (!input.externalAddressee) return null;
  if (input.addressedTo !== 'COUNCIL') throw badInput('input.addressedTo', 'Kiến nghị gửi cơ quan ngoài ba cơ quan do Thường trực HĐND theo dõi: addressedTo là COUNCIL.');
  if (departmentIds.length > 0) throw badInput('input.departmentIds', 'Kiến nghị gửi cơ quan ngoài không giao cho phòng, ban của UBND.');
  const name = requiredText('input.externalAddressee.name', input.externalAddressee.name, { what: 'tên cơ quan nhận kiến nghị', max: TEXT_LIMIT.name });
  return { name, level: input.externalAddressee.level };
}
