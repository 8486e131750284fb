import { badInput, byKeys, conflict, forbidden, notFound, paginate, paginateGroups, recordDeadlineChange, uuid, type Connection, type DeadlineChange, type GraphContext, type PageArgs } from '@phoihop/core';
import { FRONT_BOARD, FRONT_READERS } from '../access';
import { computeDueDate } from '../due-dates';
import type { AnswerFrontRecommendationInput, SendFrontRecommendationInput } from '../generated/graphql';
import { optionalText, requiredText } from '../input';
import { ANY_ANSWERER, answerers, assigneeBody, validRecipient } from '../recipients';
import { SocialSupervision } from '../supervisions/social-supervision.entity';
import { addressedVisibleOnly, canReadAddressed } from '../visibility';
import { FrontRecommendation } from './front-recommendation.entity';

export interface RecommendationFilter {
  jurisdictionId: string;
  year?: number | null;
  answered?: boolean | null;
  departmentId?: string | null;
}

const title = (r: FrontRecommendation) => `Kiến nghị của MTTQ số ${r.documentNumber}`;

function deadline(r: FrontRecommendation, state: 'OPEN' | 'CLEARED'): DeadlineChange {
  return {
    itemKind: 'FRONT_RECOMMENDATION',
    itemId: r.id,
    jurisdictionId: r.jurisdictionId,
    state,
    dueDate: state === 'OPEN' ? r.dueDate : null,
    startDate: r.sentOn,
    rule: r.dueRule,
    explanation: state === 'OPEN' ? r.dueExplanation : undefined,
    title: title(r),
    assignee: { body: assigneeBody(r.recipientKind), departmentId: r.recipientDepartmentId },
    raisedBy: 'FRONT',
    field: r.field,
  };
}

/** Front recommendations: sent by the Standing Board, answered by the body they are addressed to. */
export class RecommendationsService {
  constructor(private readonly ctx: GraphContext) {}

  private get repo() {
    return this.ctx.db.getRepository(FrontRecommendation);
  }

  private load(ids: readonly string[]) {
    return this.repo.createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany();
  }

  private canRead(r: FrontRecommendation): boolean {
    return canReadAddressed(this.ctx.access, r.jurisdictionId, r.recipientDepartmentId);
  }

  private loadOne(id: string) {
    return this.ctx.loaders.get<string, FrontRecommendation>('FrontRecommendation.byId', async (ids) => byKeys(ids, await this.load(ids), (r) => r.id)).load(id);
  }

  async byId(id: string): Promise<FrontRecommendation | null> {
    const r = await this.loadOne(id);
    return r && this.canRead(r) ? r : null;
  }

  async get(id: string): Promise<FrontRecommendation | null> {
    this.ctx.access.requireSignedIn();
    uuid('id', id);
    const r = await this.loadOne(id);
    if (r && !this.canRead(r)) throw forbidden();
    return r;
  }

  list(filter: RecommendationFilter, page: PageArgs): Promise<Connection<FrontRecommendation>> {
    this.ctx.access.require([...FRONT_READERS, 'DEPARTMENT_STAFF'], { jurisdictionId: filter.jurisdictionId });
    uuid('jurisdictionId', filter.jurisdictionId);
    const qb = this.repo.createQueryBuilder('r').where('r.jurisdiction_id = :j', { j: filter.jurisdictionId });
    addressedVisibleOnly(this.ctx.access, qb, 'r');
    if (filter.year != null) qb.andWhere('extract(year FROM r.sent_on) = :year', { year: filter.year });
    if (filter.answered != null) qb.andWhere(`(r.answered_on IS NOT NULL) = :answered`, { answered: filter.answered });
    if (filter.departmentId) {
      uuid('departmentId', filter.departmentId);
      qb.andWhere('r.recipient_department_id = :d', { d: filter.departmentId });
    }
    return paginate(qb, page, { column: 'r.sent_on', direction: 'DESC', value: (r) => r.sentOn });
  }

  forSupervision(supervisionId: string, page: PageArgs): Promise<Connection<FrontRecommendation>> {
    return this.ctx.loaders
      .get<string, Connection<FrontRecommendation>>(`SocialSupervision.recommendations:${page.first ?? ''}:${page.after ?? ''}`, (parents) => {
        const source = this.repo
          .createQueryBuilder('r')
          .select('r.supervision_id', 'parent')
          .addSelect('r.id', 'id')
          .addSelect('r.sent_on', 'sort')
          .where('r.supervision_id = ANY(:parents)', { parents });
        addressedVisibleOnly(this.ctx.access, source, 'r');
        return paginateGroups(this.ctx.db, parents, page, { source, direction: 'ASC', load: (ids) => this.load(ids), sortOf: (r) => r.sentOn });
      })
      .load(supervisionId) as Promise<Connection<FrontRecommendation>>;
  }

  async send(input: SendFrontRecommendationInput): Promise<FrontRecommendation> {
    this.ctx.access.require(FRONT_BOARD, { jurisdictionId: input.jurisdictionId });
    uuid('input.jurisdictionId', input.jurisdictionId);
    const recipient = validRecipient(input);
    const content = requiredText('input.content', input.content);
    const documentNumber = requiredText('input.documentNumber', input.documentNumber);
    if (input.sentOn > this.ctx.today()) throw badInput('input.sentOn', 'Ngày gửi không được sau hôm nay.');
    if (input.supervisionId) {
      uuid('input.supervisionId', input.supervisionId);
      const s = await this.ctx.db.getRepository(SocialSupervision).findOneBy({ id: input.supervisionId });
      if (!s || s.jurisdictionId !== input.jurisdictionId) throw notFound('SocialSupervision', input.supervisionId, 'input.supervisionId');
      // A supervision's recommendations come from its conclusion.
      if (!s.conclusion) throw conflict('Cuộc giám sát chưa có kết luận; kiến nghị được gửi sau khi kết luận.', 'input.supervisionId');
      if (input.sentOn < s.endsOn!) throw badInput('input.sentOn', `Ngày gửi không được trước ngày kết thúc giám sát (${s.endsOn}).`);
    }
    const due = await computeDueDate(this.ctx.db, 'FRONT_RECOMMENDATION', input.sentOn);
    return this.ctx.db.transaction(async (m) => {
      const r = await m.getRepository(FrontRecommendation).save(
        m.getRepository(FrontRecommendation).create({
          jurisdictionId: input.jurisdictionId,
          supervisionId: input.supervisionId ?? null,
          content,
          field: input.field,
          ...recipient,
          documentNumber,
          sentOn: input.sentOn,
          dueDate: due.dueDate,
          dueRule: due.rule,
          dueExplanation: due.explanation,
          createdAt: this.ctx.clock.now(),
        }),
      );
      await recordDeadlineChange(m, deadline(r, 'OPEN'));
      return r;
    });
  }

  async answer(input: AnswerFrontRecommendationInput): Promise<FrontRecommendation> {
    this.ctx.access.require(ANY_ANSWERER);
    uuid('input.recommendationId', input.recommendationId);
    const r = await this.repo.findOneBy({ id: input.recommendationId });
    if (!r) throw notFound('FrontRecommendation', input.recommendationId, 'input.recommendationId');
    this.ctx.access.require(answerers(r.recipientKind), { jurisdictionId: r.jurisdictionId, departmentId: r.recipientDepartmentId });
    const text = requiredText('input.text', input.text);
    if (input.answeredOn < r.sentOn) throw badInput('input.answeredOn', 'Ngày trả lời không được trước ngày gửi kiến nghị.');
    if (input.answeredOn > this.ctx.today()) throw badInput('input.answeredOn', 'Ngày trả lời không được sau hôm nay.');
    if (r.answeredOn) throw conflict('Kiến nghị đã được trả lời.', 'input.recommendationId');
    const answer = {
      answerText: text,
      answeredOn: input.answeredOn,
      answeredByOfficialId: this.ctx.user?.officialId ?? null,
      answeredByName: this.ctx.user!.name,
      answerDocument: optionalText('input.documentNumber', input.documentNumber),
    };
    return this.ctx.db.transaction(async (m) => {
      const result = await m.createQueryBuilder().update(FrontRecommendation).set(answer).where('id = :id AND answered_on IS NULL', { id: r.id }).execute();
      if (result.affected !== 1) throw conflict('Kiến nghị đã được trả lời.', 'input.recommendationId');
      await recordDeadlineChange(m, deadline(r, 'CLEARED'));
      return { ...r, ...answer };
    });
  }
}
