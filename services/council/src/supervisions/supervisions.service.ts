import {
  badInput,
  rowLoader,
  changeRow,
  createRow,
  forbidden,
  inOrder,
  notAfter,
  notFound,
  paginate,
  paginateGroups,
  requiredText,
  changedText,
  uuids,
  TEXT_LIMIT,
  type Connection,
  type GraphContext,
  type PageArgs,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { inScope, recommendationRule, supervisionRule } from '../access';
import { DelegatesService } from '../delegates/delegates.service';
import type { PlanSupervisionInput, SupervisionKind, SupervisionStatus, UpdateSupervisionInput } from '../generated/graphql';
import { Resolution } from '../resolutions/resolution.entity';
import { ResolutionsService } from '../resolutions/resolutions.service';
import type { Recommendation } from '../recommendations/recommendation.entity';
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
  constructor(private readonly ctx: GraphContext) {}

  private load(id: string): Promise<Supervision | null> {
    return rowLoader(this.ctx, Supervision).load(id);
  }

  /** Root fields, nested fields and `_entities` alike: FORBIDDEN outside the user's scope. */
  async byId(id: string): Promise<Supervision | null> {
    return this.ctx.access.readable(supervisionRule, await this.load(id));
  }

  /** The supervision an input names, or NOT_FOUND on that field; the caller authorizes. */
  async found(id: string, field: string): Promise<Supervision> {
    const s = await this.load(id);
    if (!s) throw notFound('Supervision', id, field);
    return s;
  }

  /**
   * The supervision a recommendation came from. A reader of the recommendation (the staff of
   * a department it names, even one the supervision did not target) may see where it came from.
   */
  async sourceOf(r: Pick<Recommendation, 'supervisionId' | 'jurisdictionId' | 'departmentIds'>): Promise<Supervision> {
    const s = await this.load(r.supervisionId);
    if (!s) throw notFound('Supervision', r.supervisionId);
    if (!this.ctx.access.canRead(supervisionRule, s) && !this.ctx.access.canRead(recommendationRule, r)) throw forbidden();
    return s;
  }

  list(filter: SupervisionFilter, page: PageArgs) {
    const qb = inScope(this.ctx.db.getRepository(Supervision).createQueryBuilder('s'), this.ctx.access, supervisionRule, {
      jurisdiction: 's.jurisdiction_id',
      departments: 's.target_department_ids',
    });
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
    const { jurisdictionId } = input;
    const subject = requiredText('input.subject', input.subject, { max: TEXT_LIMIT.title });
    checkPeriods(input);
    const targetDepartmentIds = uuids('input.targetDepartmentIds', input.targetDepartmentIds);
    const targetResolutionIds = uuids('input.targetResolutionIds', input.targetResolutionIds);
    if (input.conductedBy === 'COUNCIL_COMMITTEE' && !input.councilCommitteeId) throw badInput('input.councilCommitteeId', 'Cần chọn ban của HĐND thực hiện giám sát.');
    if (input.conductedBy !== 'COUNCIL_COMMITTEE' && input.councilCommitteeId) throw badInput('input.councilCommitteeId', 'Thường trực HĐND giám sát thì không chọn ban.');
    return createRow(this.ctx, {
      operation: 'planSupervision',
      entity: Supervision,
      authorize: () => this.ctx.access.requireWrite(supervisionRule, { jurisdictionId, targetDepartmentIds }),
      build: async (m) => {
        if (input.councilCommitteeId) {
          const committee = await new DelegatesService(this.ctx).committee(input.councilCommitteeId);
          if (!committee || committee.jurisdictionId !== jurisdictionId) throw notFound('CouncilCommittee', input.councilCommitteeId, 'input.councilCommitteeId');
        }
        await this.checkResolutions(targetResolutionIds, jurisdictionId);
        return m.getRepository(Supervision).create({
          jurisdictionId,
          kind: input.kind,
          thematic: input.thematic ?? false,
          conductedBy: input.conductedBy,
          councilCommitteeId: input.councilCommitteeId ?? null,
          subject,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          reviewFrom: input.reviewFrom ?? null,
          reviewTo: input.reviewTo ?? null,
          targetDepartmentIds,
          targetResolutionIds,
          status: 'PLANNED',
          conclusionDate: null,
          conclusion: null,
        });
      },
    });
  }

  /** Corrections while not concluded: the conclusion and its recommendations rest on what was supervised. */
  update(id: string, input: UpdateSupervisionInput): Promise<Supervision> {
    for (const field of ['subject', 'startsOn', 'endsOn', 'targetDepartmentIds', 'targetResolutionIds'] as const) {
      if (input[field] === null) throw badInput(`input.${field}`, 'Không được để trống.');
    }
    const subject = changedText('input.subject', input.subject, { max: TEXT_LIMIT.title });
    const from = { states: ['PLANNED', 'IN_PROGRESS'], message: 'Đã có kết luận giám sát, không thể sửa nội dung, thời gian hay đối tượng giám sát.' };
    return this.change('updateSupervision', id, from, async (_m, s) => {
      const next = {
        subject: subject ?? s.subject,
        startsOn: input.startsOn ?? s.startsOn,
        endsOn: input.endsOn ?? s.endsOn,
        reviewFrom: input.reviewFrom === undefined ? s.reviewFrom : input.reviewFrom,
        reviewTo: input.reviewTo === undefined ? s.reviewTo : input.reviewTo,
        targetDepartmentIds: input.targetDepartmentIds ? uuids('input.targetDepartmentIds', input.targetDepartmentIds) : s.targetDepartmentIds,
        targetResolutionIds: input.targetResolutionIds ? uuids('input.targetResolutionIds', input.targetResolutionIds) : s.targetResolutionIds,
      };
      checkPeriods(next);
      if (input.targetResolutionIds) await this.checkResolutions(next.targetResolutionIds, s.jurisdictionId);
      Object.assign(s, next);
    });
  }

  start(id: string): Promise<Supervision> {
    return this.change('startSupervision', id, { states: ['PLANNED'], message: 'Chỉ bắt đầu được đoàn giám sát chưa làm việc.' }, (_m, s) => {
      s.status = 'IN_PROGRESS';
    });
  }

  conclude(id: string, conclusionDate: string, conclusion: string): Promise<Supervision> {
    const body = requiredText('conclusion', conclusion, { max: TEXT_LIMIT.text });
    notAfter('conclusionDate', conclusionDate, this.ctx.today(), 'Ngày kết luận không được sau hôm nay.');
    return this.change('concludeSupervision', id, { states: ['IN_PROGRESS'], message: 'Đoàn giám sát chưa làm việc hoặc đã có kết luận.' }, (_m, s) => {
      inOrder('conclusionDate', s.startsOn, conclusionDate, 'Ngày kết luận không được trước ngày bắt đầu giám sát.');
      Object.assign(s, { status: 'CONCLUDED', conclusionDate, conclusion: body });
    });
  }

  private change(operation: string, id: string, from: { states: string[]; message: string }, apply: (m: EntityManager, s: Supervision) => Promise<void> | void) {
    return changeRow(this.ctx, {
      operation,
      rule: supervisionRule,
      id,
      field: 'id',
      from,
      apply,
    });
  }

  private async checkResolutions(ids: readonly string[], jurisdictionId: string): Promise<void> {
    const resolutions = await Promise.all(ids.map((id) => new ResolutionsService(this.ctx).byId(id)));
    resolutions.forEach((r, i) => {
      if (!r || r.jurisdictionId !== jurisdictionId) throw notFound('Resolution', ids[i], `input.targetResolutionIds.${i}`);
    });
  }
}

/** The working period and the period under review, each in order; the review period whole or absent. */
function checkPeriods(p: { startsOn: string; endsOn: string; reviewFrom?: string | null; reviewTo?: string | null }): void {
  inOrder('input.endsOn', p.startsOn, p.endsOn, 'Ngày kết thúc không được trước ngày bắt đầu.');
  if ((p.reviewFrom == null) !== (p.reviewTo == null)) throw badInput('input.reviewTo', 'Cần cả ngày đầu và ngày cuối của thời kỳ giám sát.');
  inOrder('input.reviewTo', p.reviewFrom, p.reviewTo, 'Thời kỳ giám sát: ngày cuối không được trước ngày đầu.');
}
