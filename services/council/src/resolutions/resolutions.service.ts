import {
  badInput,
  byKeys,
  conflict,
  nfc,
  notFound,
  paginate,
  paginateGroups,
  type Connection,
  type GraphContext,
  type PageArgs,
} from '@phoihop/core';
import { COUNCIL_WRITERS } from '../access';
import type { AdoptResolutionInput, ResolutionStatus } from '../generated/graphql';
import { SessionsService } from '../sessions/sessions.service';
import { inOrder, isUniqueViolation, optionalText, text, uuid } from '../validate';
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
    return this.ctx.loaders
      .get<string, Resolution>('Resolution.byId', async (ids) =>
        byKeys(ids, await this.ctx.db.getRepository(Resolution).createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany(), (r) => r.id),
      )
      .load(id);
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
    this.ctx.access.requireSignedIn();
    const session = await new SessionsService(this.ctx).get(uuid('input.sessionId', input.sessionId), 'input.sessionId');
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId: session.jurisdictionId });
    const number = nfc(input.number).trim();
    if (!NUMBER.test(number)) throw badInput('input.number', 'Số nghị quyết phải có dạng "28/NQ-HĐND".');
    const title = text('input.title', input.title);
    if (session.status === 'PLANNED') throw conflict('Kỳ họp chưa khai mạc, chưa thể thông qua nghị quyết.', 'input.sessionId');
    if (session.status === 'CANCELLED') throw conflict('Kỳ họp không tổ chức, không thể thông qua nghị quyết.', 'input.sessionId');
    inOrder('input.adoptedOn', session.actualStartDate, input.adoptedOn, 'Ngày thông qua không được trước ngày khai mạc kỳ họp.');
    if (session.actualEndDate && input.adoptedOn > session.actualEndDate) {
      throw badInput('input.adoptedOn', 'Ngày thông qua phải trong thời gian kỳ họp.');
    }
    const effectiveFrom = input.effectiveFrom ?? input.adoptedOn;
    inOrder('input.effectiveFrom', input.adoptedOn, effectiveFrom, 'Ngày có hiệu lực không được trước ngày thông qua.');
    try {
      return await this.ctx.db.getRepository(Resolution).save(
        this.ctx.db.getRepository(Resolution).create({
          jurisdictionId: session.jurisdictionId,
          sessionId: session.id,
          number,
          year: Number(input.adoptedOn.slice(0, 4)),
          title,
          field: optionalText(input.field),
          thematic: input.thematic ?? false,
          adoptedOn: input.adoptedOn,
          effectiveFrom,
          repealedOn: null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`Nghị quyết số ${number} năm ${input.adoptedOn.slice(0, 4)} đã có.`, 'input.number');
      throw error;
    }
  }

  async repeal(id: string, repealedOn: string): Promise<Resolution> {
    this.ctx.access.requireSignedIn();
    const r = await this.byId(uuid('id', id));
    if (!r) throw notFound('Resolution', id, 'id');
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId: r.jurisdictionId });
    if (r.repealedOn) throw conflict('Nghị quyết đã bị bãi bỏ.', 'id');
    inOrder('repealedOn', r.adoptedOn, repealedOn, 'Ngày bãi bỏ không được trước ngày thông qua.');
    r.repealedOn = repealedOn;
    return this.ctx.db.getRepository(Resolution).save(r);
  }
}
