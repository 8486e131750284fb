import { badInput, byKeys, conflict, forbidden, notFound, paginate, uuid, type GraphContext, type PageArgs } from '@phoihop/core';
import { FRONT_BOARD, FRONT_READERS } from '../access';
import type { ConcludeSocialSupervisionInput, CreateSocialSupervisionInput, SocialSupervisionKind } from '../generated/graphql';
import { optionalText, requiredText } from '../input';
import { SocialSupervision } from './social-supervision.entity';

/** The Front's supervisions and social critiques: run by the Standing Board, read by the three bodies. */
export class SupervisionsService {
  constructor(private readonly ctx: GraphContext) {}

  private get repo() {
    return this.ctx.db.getRepository(SocialSupervision);
  }

  async byId(id: string): Promise<SocialSupervision | null> {
    const s = await this.ctx.loaders
      .get<string, SocialSupervision>('SocialSupervision.byId', async (ids) =>
        byKeys(ids, await this.repo.createQueryBuilder('s').where('s.id = ANY(:ids)', { ids }).getMany(), (s) => s.id),
      )
      .load(id);
    return s && this.ctx.access.has(FRONT_READERS, { jurisdictionId: s.jurisdictionId }) ? s : null;
  }

  async get(id: string): Promise<SocialSupervision | null> {
    this.ctx.access.requireSignedIn();
    uuid('id', id);
    const s = await this.byId(id);
    if (!s && (await this.repo.existsBy({ id }))) throw forbidden();
    return s;
  }

  list(filter: { jurisdictionId: string; year?: number | null; kind?: SocialSupervisionKind | null }, page: PageArgs) {
    this.ctx.access.require(FRONT_READERS, { jurisdictionId: filter.jurisdictionId });
    uuid('jurisdictionId', filter.jurisdictionId);
    const qb = this.repo.createQueryBuilder('s').where('s.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.year != null) qb.andWhere('extract(year FROM s.starts_on) = :year', { year: filter.year });
    if (filter.kind) qb.andWhere('s.kind = :kind', { kind: filter.kind });
    return paginate(qb, page, { column: 's.starts_on', direction: 'DESC', value: (s) => s.startsOn });
  }

  async create(input: CreateSocialSupervisionInput): Promise<SocialSupervision> {
    this.ctx.access.require(FRONT_BOARD, { jurisdictionId: input.jurisdictionId });
    uuid('input.jurisdictionId', input.jurisdictionId);
    if (input.subjectDepartmentId) uuid('input.subjectDepartmentId', input.subjectDepartmentId);
    const supervision = this.repo.create({
      jurisdictionId: input.jurisdictionId,
      kind: input.kind,
      title: requiredText('input.title', input.title),
      subjectName: requiredText('input.subjectName', input.subjectName),
      subjectDepartmentId: input.subjectDepartmentId ?? null,
      decisionDocument: optionalText('input.decisionDocumentNumber', input.decisionDocumentNumber),
      startsOn: input.startsOn,
      endsOn: null,
      conclusion: null,
      createdAt: this.ctx.clock.now(),
    });
    return this.repo.save(supervision);
  }

  async conclude(input: ConcludeSocialSupervisionInput): Promise<SocialSupervision> {
    this.ctx.access.require(FRONT_BOARD);
    uuid('input.supervisionId', input.supervisionId);
    const s = await this.repo.findOneBy({ id: input.supervisionId });
    if (!s) throw notFound('SocialSupervision', input.supervisionId, 'input.supervisionId');
    this.ctx.access.require(FRONT_BOARD, { jurisdictionId: s.jurisdictionId });
    const conclusion = requiredText('input.conclusion', input.conclusion);
    if (input.endsOn < s.startsOn) throw badInput('input.endsOn', 'Ngày kết thúc phải sau ngày bắt đầu.');
    if (input.endsOn > this.ctx.today()) throw badInput('input.endsOn', 'Ngày kết thúc không được sau hôm nay.');
    if (s.conclusion) throw conflict('Cuộc giám sát đã có kết luận.', 'input.supervisionId');
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ endsOn: input.endsOn, conclusion })
      .where('id = :id AND conclusion IS NULL', { id: s.id })
      .execute();
    if (result.affected !== 1) throw conflict('Cuộc giám sát đã có kết luận.', 'input.supervisionId');
    return { ...s, endsOn: input.endsOn, conclusion };
  }
}
