import { badInput, rowLoader, changeRow, conflict, createRow, inOrder, paginate, paginateGroups, requiredText, TEXT_LIMIT, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import { publishedRule } from '../access';
import type { AdoptResolutionInput, ResolutionStatus } from '../generated/graphql';
import { SessionsService } from '../sessions/sessions.service';
import { Resolution } from './resolution.entity';

/** `28/NQ-HĐND`: a sequence number, then the council's resolution symbol. */
const NUMBER = /^(\d{1,4})\/NQ-HĐND$/;

const sequenceOf = (number: string): number => Number(number.split('/')[0]);

export interface ResolutionFilter {
  jurisdictionId?: string | null;
  year?: number | null;
  sessionId?: string | null;
  thematic?: boolean | null;
}

/** Resolutions are published: anyone may read them. The Standing Committee records them. */
export class ResolutionsService {
  constructor(private readonly ctx: GraphContext) {}

  byId(id: string): Promise<Resolution | null> {
    return rowLoader(this.ctx, Resolution).load(id);
  }

  list(filter: ResolutionFilter, page: PageArgs) {
    const qb = this.ctx.db.getRepository(Resolution).createQueryBuilder('r');
    if (filter.jurisdictionId) qb.andWhere('r.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.year) qb.andWhere('r.year = :y', { y: filter.year });
    if (filter.sessionId) qb.andWhere('r.session_id = :s', { s: filter.sessionId });
    if (filter.thematic != null) qb.andWhere('r.thematic = :t', { t: filter.thematic });
    return paginate(qb, page, { column: 'r.adopted_on', direction: 'DESC', value: (r) => r.adoptedOn });
  }

  /** A session's resolutions, for every session of a page in two statements. */
  ofSession(sessionId: string, page: PageArgs): Promise<Connection<Resolution>> {
    const key = JSON.stringify([page.first ?? null, page.after ?? null]);
    return this.ctx.loaders
      .get<string, Connection<Resolution>>(`Resolution.bySession.${key}`, (sessionIds) =>
        paginateGroups<Resolution>(this.ctx.db, sessionIds, page, {
          source: this.ctx.db
            .createQueryBuilder()
            .select(['r.session_id AS parent', 'r.id AS id', "split_part(r.number, '/', 1)::int AS sort"])
            .from(Resolution, 'r')
            .where('r.session_id = ANY(:sessionIds)', { sessionIds }),
          direction: 'ASC',
          load: (ids) => this.ctx.db.getRepository(Resolution).createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany(),
          sortOf: (r) => sequenceOf(r.number),
          sortKind: 'int',
        }),
      )
      .load(sessionId) as Promise<Connection<Resolution>>;
  }

  status(r: Resolution): ResolutionStatus {
    const today = this.ctx.today();
    if (r.repealedOn && r.repealedOn <= today) return 'REPEALED';
    return r.effectiveFrom <= today ? 'IN_FORCE' : 'ADOPTED';
  }

  async adopt(input: AdoptResolutionInput): Promise<Resolution> {
    const session = await new SessionsService(this.ctx).get(input.sessionId, 'input.sessionId');
    const number = requiredText('input.number', input.number, { max: TEXT_LIMIT.code });
    if (!NUMBER.test(number)) throw badInput('input.number', 'Số nghị quyết phải có dạng "28/NQ-HĐND".');
    const title = requiredText('input.title', input.title, { max: TEXT_LIMIT.title });
    const effectiveFrom = input.effectiveFrom ?? input.adoptedOn;
    inOrder('input.effectiveFrom', input.adoptedOn, effectiveFrom, 'Ngày có hiệu lực không được trước ngày thông qua.');
    return createRow(this.ctx, {
      operation: 'adoptResolution',
      entity: Resolution,
      authorize: () => this.ctx.access.requireWrite(publishedRule, session),
      build: (m) => {
        if (session.status === 'PLANNED') throw conflict('Kỳ họp chưa khai mạc, chưa thể thông qua nghị quyết.', 'input.sessionId');
        if (session.status === 'CANCELLED') throw conflict('Kỳ họp không tổ chức, không thể thông qua nghị quyết.', 'input.sessionId');
        inOrder('input.adoptedOn', session.actualStartDate, input.adoptedOn, 'Ngày thông qua không được trước ngày khai mạc kỳ họp.');
        if (session.actualEndDate && input.adoptedOn > session.actualEndDate) throw badInput('input.adoptedOn', 'Ngày thông qua phải trong thời gian kỳ họp.');
        return m.getRepository(Resolution).create({
          jurisdictionId: session.jurisdictionId,
          sessionId: session.id,
          number,
          year: Number(input.adoptedOn.slice(0, 4)),
          title,
          field: input.field ?? null,
          thematic: input.thematic ?? false,
          adoptedOn: input.adoptedOn,
          effectiveFrom,
          repealedOn: null,
        });
      },
      unique: { field: 'input.number', message: `Nghị quyết số ${number} năm ${input.adoptedOn.slice(0, 4)} đã có.` },
    });
  }

  repeal(id: string, repealedOn: string): Promise<Resolution> {
    return changeRow(this.ctx, {
      operation: 'repealResolution',
      entity: Resolution,
      rule: publishedRule,
      id,
      field: 'id',
      apply: (_m, r) => {
        if (r.repealedOn) throw conflict('Nghị quyết đã bị bãi bỏ.', 'id');
        inOrder('repealedOn', r.adoptedOn, repealedOn, 'Ngày bãi bỏ không được trước ngày thông qua.');
        r.repealedOn = repealedOn;
      },
    });
  }
}
