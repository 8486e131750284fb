import { changeRow, conflict, createRow, inOrder, notAfter, optionalText, paginate, requiredText, TEXT_LIMIT, type GraphContext, type PageArgs } from '@phoihop/core';
import { SUPERVISION } from '../access';
import type { ConcludeSocialSupervisionInput, CreateSocialSupervisionInput, SocialSupervisionKind } from '../generated/graphql';
import { ItemsService } from '../items.service';
import { SocialSupervision } from './social-supervision.entity';

/** The Front's supervisions and social critiques: run by the Standing Board, read by the three bodies. */
export class SupervisionsService extends ItemsService<SocialSupervision> {
  constructor(ctx: GraphContext) {
    super(ctx, SUPERVISION, 's');
  }

  list(filter: { jurisdictionId: string; year?: number | null; kind?: SocialSupervisionKind | null }, page: PageArgs) {
    const qb = this.inJurisdiction(filter.jurisdictionId);
    if (filter.year != null) qb.andWhere('extract(year FROM s.starts_on) = :year', { year: filter.year });
    if (filter.kind) qb.andWhere('s.kind = :kind', { kind: filter.kind });
    return paginate(qb, page, { column: 's.starts_on', direction: 'DESC', value: (s) => s.startsOn });
  }

  create(input: CreateSocialSupervisionInput): Promise<SocialSupervision> {
    const title = requiredText('input.title', input.title, { what: 'tên cuộc giám sát', max: TEXT_LIMIT.title });
    const subjectName = requiredText('input.subjectName', input.subjectName, { what: 'đối tượng giám sát', max: TEXT_LIMIT.name });
    const decisionDocument = optionalText('input.decisionDocumentNumber', input.decisionDocumentNumber, { max: TEXT_LIMIT.code }) ?? null;
    return createRow(this.ctx, {
      operation: 'createSocialSupervision',
      entity: SocialSupervision,
      authorize: () => this.ctx.access.requireWrite(SUPERVISION, input),
      build: (m) =>
        m.getRepository(SocialSupervision).create({
          jurisdictionId: input.jurisdictionId,
          kind: input.kind,
          title,
          subjectName,
          subjectDepartmentId: input.subjectDepartmentId ?? null,
          decisionDocument,
          startsOn: input.startsOn,
          endsOn: null,
          conclusion: null,
          createdAt: this.ctx.clock.now(),
        }),
    });
  }

  conclude(input: ConcludeSocialSupervisionInput): Promise<SocialSupervision> {
    const conclusion = requiredText('input.conclusion', input.conclusion, { what: 'kết luận giám sát', max: TEXT_LIMIT.text });
    notAfter('input.endsOn', input.endsOn, this.ctx.today(), 'Ngày kết thúc không được sau hôm nay.');
    return changeRow(this.ctx, {
      operation: 'concludeSocialSupervision',
      rule: SUPERVISION,
      id: input.supervisionId,
      field: 'input.supervisionId',
      apply: (_m, s) => {
        inOrder('input.endsOn', s.startsOn, input.endsOn, 'Ngày kết thúc phải sau ngày bắt đầu.');
        if (s.conclusion) throw conflict('Cuộc giám sát đã có kết luận.', 'input.supervisionId');
        Object.assign(s, { endsOn: input.endsOn, conclusion });
      },
    });
  }
}
