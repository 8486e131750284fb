import {
  changeRow,
  computeDue,
  conflict,
  createRow,
  deadlineCalculator,
  inOrder,
  notAfter,
  notFound,
  paginate,
  publishDeadline,
  requiredText,
  TEXT_LIMIT,
  type Connection,
  type GraphContext,
  type PageArgs,
} from '@phoihop/core';
import { RECOMMENDATION } from '../access';
import { givenAnswer } from '../answers';
import type { AnswerFrontRecommendationInput, SendFrontRecommendationInput } from '../generated/graphql';
import { ItemsService } from '../items.service';
import { answerers, validRecipient } from '../recipients';
import { SupervisionsService } from '../supervisions/supervisions.service';
import { FrontRecommendation } from './front-recommendation.entity';
import { recommendationDeadline } from './recommendation-deadline';

export interface RecommendationFilter {
  jurisdictionId: string;
  year?: number | null;
  answered?: boolean | null;
  departmentId?: string | null;
}

/** What decides whether a recommendation's answer is overdue: unanswered past its due date, or answered late. */
export const recommendationOverdue = (r: FrontRecommendation) => ({ open: !r.answeredOn, due: r.dueDate, doneOn: r.answeredOn });

const publish = (m: Parameters<typeof publishDeadline>[0], r: FrontRecommendation) => publishDeadline(m, recommendationDeadline, r);

/** Front recommendations: sent by the Standing Board, answered by the body they are addressed to. */
export class RecommendationsService extends ItemsService<FrontRecommendation> {
  constructor(ctx: GraphContext) {
    super(ctx, RECOMMENDATION, 'r');
  }

  list(filter: RecommendationFilter, page: PageArgs): Promise<Connection<FrontRecommendation>> {
    const qb = this.inJurisdiction(filter.jurisdictionId);
    if (filter.year != null) qb.andWhere('extract(year FROM r.sent_on) = :year', { year: filter.year });
    if (filter.answered != null) qb.andWhere(`(r.answered_on IS NOT NULL) = :answered`, { answered: filter.answered });
    if (filter.departmentId) qb.andWhere('r.recipient_department_id = :d', { d: filter.departmentId });
    return paginate(qb, page, { column: 'r.sent_on', direction: 'DESC', value: (r) => r.sentOn });
  }

  forSupervision(supervisionId: string, page: PageArgs): Promise<Connection<FrontRecommendation>> {
    const source = (parents: readonly string[]) => this.query().select('r.supervision_id', 'parent').where('r.supervision_id = ANY(:parents)', { parents });
    return this.grouped({ name: 'SocialSupervision.recommendations', source, sort: 'r.sent_on', direction: 'ASC', sortOf: (r) => r.sentOn }, supervisionId, page);
  }

  async send(input: SendFrontRecommendationInput): Promise<FrontRecommendation> {
    const recipient = validRecipient(input);
    const content = requiredText('input.content', input.content, { what: 'nội dung kiến nghị', max: TEXT_LIMIT.text });
    const documentNumber = requiredText('input.documentNumber', input.documentNumber, { what: 'số văn bản kiến nghị', max: TEXT_LIMIT.code });
    notAfter('input.sentOn', input.sentOn, this.ctx.today(), 'Ngày gửi không được sau hôm nay.');
    const calculate = await deadlineCalculator(this.ctx.db, { 'input.start': 'input.sentOn' });
    return createRow(this.ctx, {
      operation: 'sendFrontRecommendation',
      entity: FrontRecommendation,
      authorize: () => this.ctx.access.requireWrite(RECOMMENDATION, { ...input, recipientDepartmentId: recipient.recipientDepartmentId }),
      build: async (m) => {
        if (input.supervisionId) {
          const s = await new SupervisionsService(this.ctx).found(input.supervisionId, 'input.supervisionId', m);
          if (s.jurisdictionId !== input.jurisdictionId) throw notFound('SocialSupervision', input.supervisionId, 'input.supervisionId');
          // A supervision's recommendations come from its conclusion.
          if (!s.conclusion) throw conflict('Cuộc giám sát chưa có kết luận; kiến nghị được gửi sau khi kết luận.', 'input.supervisionId');
          inOrder('input.sentOn', s.endsOn, input.sentOn, `Ngày gửi không được trước ngày kết thúc giám sát (${s.endsOn}).`);
        }
        const r = m.getRepository(FrontRecommendation).create({
          jurisdictionId: input.jurisdictionId,
          supervisionId: input.supervisionId ?? null,
          content,
          field: input.field,
          ...recipient,
          documentNumber,
          sentOn: input.sentOn,
          createdAt: this.ctx.clock.now(),
        });
        await computeDue(m, recommendationDeadline, r, calculate);
        return r;
      },
      publish,
    });
  }

  answer(input: AnswerFrontRecommendationInput): Promise<FrontRecommendation> {
    const answer = givenAnswer(this.ctx, input);
    return changeRow(this.ctx, {
      operation: 'answerFrontRecommendation',
      rule: RECOMMENDATION,
      id: input.recommendationId,
      field: 'input.recommendationId',
      authorize: (r) => this.ctx.access.require(answerers(r.recipientKind), RECOMMENDATION.scope(r)),
      apply: (_m, r) => {
        inOrder('input.answeredOn', r.sentOn, answer.answeredOn, 'Ngày trả lời không được trước ngày gửi kiến nghị.');
        if (r.answeredOn) throw conflict('Kiến nghị đã được trả lời.', 'input.recommendationId');
        Object.assign(r, answer);
      },
      publish,
    });
  }
}
