import { badInput, byKeys, conflict, forbidden, notFound, paginate, paginateGroups, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import { COUNCIL_WRITERS, OversightScope } from '../access';
import { DelegatesService } from '../delegates/delegates.service';
import type { PlanSupervisionInput, SupervisionKind, SupervisionStatus, UpdateSupervisionInput } from '../generated/graphql';
import { Resolution } from '../resolutions/resolution.entity';
import { ResolutionsService } from '../resolutions/resolutions.service';
import { inOrder, text, uuid, uuids } from '../validate';
import { Supervision } from './supervision.entity';

export interface SupervisionFilter {
  jurisdictionId?: string | null;
  year?: number | null;
  kind?: SupervisionKind | null;
  status?: SupervisionStatus | null;
  departmentId?: string | null;
}

/**
 * Surveys and supervisions: read by the oversight roles of the jurisdiction and by the staff
 * of a targeted department; planned, started and concluded by the Standing Committee.
 */
export class SupervisionsService {
  private readonly scope: OversightScope;

  constructor(private readonly ctx: GraphContext) {
    this.scope = new OversightScope(ctx.access);
  }

  private load(id: string): Promise<Supervision | null> {
    return this.ctx.loaders
      .get<string, Supervision>('Supervision.byId', async (ids) =>
        byKeys(ids, await this.ctx.db.getRepository(Supervision).createQueryBuilder('s').where('s.id = ANY(:ids)', { ids }).getMany(), (s) => s.id),
      )
      .load(id);
  }

  /** Root fields, nested fields and `_entities` alike: FORBIDDEN outside the user's scope. */
  async byId(id: string): Promise<Supervision | null> {
    const s = await this.load(id);
    if (s && !this.scope.canSee(s.jurisdictionId, s.targetDepartmentIds)) throw forbidden();
    return s;
  }

  /**
   * The supervision a recommendation came from. A reader of the recommendation (the staff of
   * a department it names, even one the supervision did not target) may see where it came from.
   */
  async sourceOf(r: { supervisionId: string; jurisdictionId: string; departmentIds: readonly string[] }): Promise<Supervision> {
    const s = await this.load(r.supervisionId);
    if (!s) throw notFound('Supervision', r.supervisionId);
    if (!this.scope.canSee(s.jurisdictionId, s.targetDepartmentIds) && !this.scope.canSee(r.jurisdictionId, r.departmentIds)) throw forbidden();
    return s;
  }

  list(filter: SupervisionFilter, page: PageArgs) {
    const qb = this.ctx.db.getRepository(Supervision).createQueryBuilder('s');
    this.scope.apply(qb, 's.jurisdiction_id', 's.target_department_ids');
    if (filter.jurisdictionId) qb.andWhere('s.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.year) qb.andWhere('extract(year FROM s.starts_on) = :y', { y: filter.year });
    if (filter.kind) qb.andWhere('s.kind = :k', { k: filter.kind });
    if (filter.status) qb.andWhere('s.status = :st', { st: filter.status });
    if (filter.departmentId) qb.andWhere(':d = ANY(s.target_department_ids)', { d: filter.departmentId });
    return paginate(qb, page, { column: 's.starts_on', direction: 'DESC', value: (s) => s.startsOn });
  }

  /** Target resolutions of every supervision of a page, in two statements. */
  targetResolutions(supervisionId: string, page: PageArgs): Promise<Connection<Resolution>> {
    const key = JSON.stringify([page.first ?? null, page.after ?? null]);
    return this.ctx.loaders
      .get<string, Connection<Resolution>>(`Resolution.targetOf.${key}`, (supervisionIds) =>
        paginateGroups<Resolution>(this.ctx.db, supervisionIds, page, {
          source: this.ctx.db
            .createQueryBuilder()
            .select(['s.id AS parent', 'r.id AS id', 'r.adopted_on AS sort'])
            .from(Supervision, 's')
            .innerJoin(Resolution, 'r', 'r.id = ANY(s.target_resolution_ids)')
            .where('s.id = ANY(:supervisionIds)', { supervisionIds }),
          direction: 'ASC',
          load: (ids) => this.ctx.db.getRepository(Resolution).createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany(),
          sortOf: (r) => r.adoptedOn,
        }),
      )
      .load(supervisionId) as Promise<Connection<Resolution>>;
  }

  async plan(input: PlanSupervisionInput): Promise<Supervision> {
    const jurisdictionId = uuid('input.jurisdictionId', input.jurisdictionId);
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId });
    const subject = text('input.subject', input.subject);
    checkPeriods(input);
    const departmentIds = uuids('input.targetDepartmentIds', input.targetDepartmentIds);
    const resolutionIds = uuids('input.targetResolutionIds', input.targetResolutionIds);
    let councilCommitteeId: string | null = null;
    if (input.conductedBy === 'COUNCIL_COMMITTEE') {
      if (!input.councilCommitteeId) throw badInput('input.councilCommitteeId', 'Cần chọn ban của HĐND thực hiện giám sát.');
      const committee = await new DelegatesService(this.ctx).committee(uuid('input.councilCommitteeId', input.councilCommitteeId));
      if (!committee || committee.jurisdictionId !== jurisdictionId) throw notFound('CouncilCommittee', input.councilCommitteeId, 'input.councilCommitteeId');
      councilCommitteeId = committee.id;
    } else if (input.councilCommitteeId) {
      throw badInput('input.councilCommitteeId', 'Thường trực HĐND giám sát thì không chọn ban.');
    }
    await this.checkResolutions(resolutionIds, jurisdictionId);
    const repo = this.ctx.db.getRepository(Supervision);
    return repo.save(
      repo.create({
        jurisdictionId,
        kind: input.kind,
        thematic: input.thematic ?? false,
        conductedBy: input.conductedBy,
        councilCommitteeId,
        subject,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        reviewFrom: input.reviewFrom ?? null,
        reviewTo: input.reviewTo ?? null,
        targetDepartmentIds: departmentIds,
        targetResolutionIds: resolutionIds,
        status: 'PLANNED',
        conclusionDate: null,
        conclusion: null,
      }),
    );
  }

  /** Corrections while not concluded: the conclusion and its recommendations rest on what was supervised. */
  async update(id: string, input: UpdateSupervisionInput): Promise<Supervision> {
    const s = await this.writable(id);
    if (s.status === 'CONCLUDED') throw conflict('Đã có kết luận giám sát, không thể sửa nội dung, thời gian hay đối tượng giám sát.', 'id');
    const keep = <T>(field: string, value: T | null | undefined, current: T): T => {
      if (value === null) throw badInput(`input.${field}`, 'Không được để trống.');
      return value === undefined ? current : value;
    };
    const next = {
      subject: input.subject == null ? keep('subject', input.subject, s.subject) : text('input.subject', input.subject),
      startsOn: keep('startsOn', input.startsOn, s.startsOn),
      endsOn: keep('endsOn', input.endsOn, s.endsOn),
      reviewFrom: input.reviewFrom === undefined ? s.reviewFrom : input.reviewFrom,
      reviewTo: input.reviewTo === undefined ? s.reviewTo : input.reviewTo,
      targetDepartmentIds: uuids('input.targetDepartmentIds', keep('targetDepartmentIds', input.targetDepartmentIds, s.targetDepartmentIds)),
      targetResolutionIds: uuids('input.targetResolutionIds', keep('targetResolutionIds', input.targetResolutionIds, s.targetResolutionIds)),
    };
    checkPeriods(next);
    if (input.targetResolutionIds) await this.checkResolutions(next.targetResolutionIds, s.jurisdictionId);
    return this.ctx.db.getRepository(Supervision).save(Object.assign(s, next));
  }

  async start(id: string): Promise<Supervision> {
    const s = await this.writable(id);
    if (s.status !== 'PLANNED') throw conflict(`Đoàn giám sát đang ở trạng thái ${s.status}, không thể bắt đầu.`, 'id');
    s.status = 'IN_PROGRESS';
    return this.ctx.db.getRepository(Supervision).save(s);
  }

  async conclude(id: string, conclusionDate: string, conclusion: string): Promise<Supervision> {
    const s = await this.writable(id);
    if (s.status !== 'IN_PROGRESS') throw conflict(`Đoàn giám sát đang ở trạng thái ${s.status}, chưa thể kết luận.`, 'id');
    const body = text('conclusion', conclusion);
    inOrder('conclusionDate', s.startsOn, conclusionDate, 'Ngày kết luận không được trước ngày bắt đầu giám sát.');
    if (conclusionDate > this.ctx.today()) throw badInput('conclusionDate', 'Ngày kết luận không được sau hôm nay.');
    Object.assign(s, { status: 'CONCLUDED', conclusionDate, conclusion: body });
    return this.ctx.db.getRepository(Supervision).save(s);
  }

  private async checkResolutions(ids: readonly string[], jurisdictionId: string): Promise<void> {
    const resolutions = await Promise.all(ids.map((id) => new ResolutionsService(this.ctx).byId(id)));
    resolutions.forEach((r, i) => {
      if (!r || r.jurisdictionId !== jurisdictionId) throw notFound('Resolution', ids[i], `input.targetResolutionIds.${i}`);
    });
  }

  /** For writes: NOT_FOUND for an unknown id, then the writer's role in its jurisdiction. */
  async writable(id: string, field = 'id'): Promise<Supervision> {
    const s = await this.load(uuid(field, id));
    if (!s) throw notFound('Supervision', id, field);
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId: s.jurisdictionId });
    return s;
  }
}

/** The working period and the period under review, each in order; the review period whole or absent. */
function checkPeriods(p: { startsOn: string; endsOn: string; reviewFrom?: string | null; reviewTo?: string | null }): void {
  inOrder('input.endsOn', p.startsOn, p.endsOn, 'Ngày kết thúc không được trước ngày bắt đầu.');
  if ((p.reviewFrom == null) !== (p.reviewTo == null)) throw badInput('input.reviewTo', 'Cần cả ngày đầu và ngày cuối của thời kỳ giám sát.');
  inOrder('input.reviewTo', p.reviewFrom, p.reviewTo, 'Thời kỳ giám sát: ngày cuối không được trước ngày đầu.');
}
