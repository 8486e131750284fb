import {
  badInput,
  byKeys,
  conflict,
  forbidden,
  groupByKeys,
  nfc,
  notFound,
  paginate,
  paginateGroups,
  recordDeadlineChange,
  type Connection,
  type GraphContext,
  type PageArgs,
  type Role,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import type { CompleteAssignmentInput, ReportAssignmentProgressInput } from '../generated/graphql';
import { AssignmentChange } from './assignment-change.entity';
import { Assignment, type AssignmentStatus } from './assignment.entity';
import { assignmentDeadlineChange } from './assignment-deadline';
import { Directive, type FollowUpSourceType } from './directive.entity';
import { canReadFollowUp, FOLLOW_UP_READERS, restrictFollowUp } from './follow-up-access';
import { ProgressReport } from './progress-report.entity';
import { rollUp, type FollowUp } from './rollup';

/** Who reports on an assignment: its department, or the committee's leaders. */
const REPORTERS: Role[] = ['COMMITTEE_LEADER', 'DEPARTMENT_STAFF'];

export interface AssignmentFilter {
  jurisdictionId?: string | null;
  departmentId?: string | null;
  status?: AssignmentStatus | null;
  sourceType?: FollowUpSourceType | null;
  overdue?: boolean | null;
  dueFrom?: string | null;
  dueTo?: string | null;
}

const SCOPE = { jurisdiction: 'a.jurisdiction_id', sourceType: 'a.source_type', department: (p: string) => `a.department_id = ${p}` };

/** Assignments: department staff see their own department's only; the rest of the readers see the jurisdiction's. */
export class AssignmentsService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.require(FOLLOW_UP_READERS);
  }

  private get today(): string {
    return this.ctx.today();
  }

  private visible(a: Assignment): boolean {
    return canReadFollowUp(this.ctx.access, { jurisdictionId: a.jurisdictionId, sourceType: a.sourceType, departmentId: a.departmentId });
  }

  async byId(id: string): Promise<Assignment | null> {
    const a = await this.ctx.loaders
      .get<string, Assignment>('Assignment.byId', async (ids) =>
        byKeys(ids, await this.ctx.db.getRepository(Assignment).createQueryBuilder('a').where('a.id = ANY(:ids)', { ids }).getMany(), (a) => a.id),
      )
      .load(id);
    if (a && !this.visible(a)) throw forbidden();
    return a;
  }

  list(filter: AssignmentFilter, page: PageArgs) {
    const qb = this.ctx.db.getRepository(Assignment).createQueryBuilder('a');
    restrictFollowUp(qb, this.ctx.access, SCOPE);
    if (filter.jurisdictionId) qb.andWhere('a.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.departmentId) qb.andWhere('a.department_id = :d', { d: filter.departmentId });
    if (filter.status) qb.andWhere('a.status = :s', { s: filter.status });
    if (filter.sourceType) qb.andWhere('a.source_type = :t', { t: filter.sourceType });
    if (filter.overdue != null) {
      qb.andWhere(`${filter.overdue ? '' : 'NOT '}(a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < :today)`, { today: this.today });
    }
    if (filter.dueFrom) qb.andWhere('a.due_date >= :from', { from: filter.dueFrom });
    if (filter.dueTo) qb.andWhere('a.due_date <= :to', { to: filter.dueTo });
    return paginate(qb, page, { column: 'a.due_date', direction: 'ASC', value: (a) => a.dueDate });
  }

  /** A directive's assignments, paged for the whole batch of directives at once. */
  ofDirective(directiveId: string, args: PageArgs & { status?: AssignmentStatus | null }): Promise<Connection<Assignment>> {
    return this.grouped(`directive:${JSON.stringify(args)}`, 'a.directive_id', null, args).load(directiveId) as Promise<Connection<Assignment>>;
  }

  /** The assignments answering a source (recommendation, petition, case), batched per request. */
  ofSource(type: FollowUpSourceType, sourceId: string, args: PageArgs & { status?: AssignmentStatus | null }): Promise<Connection<Assignment>> {
    return this.grouped(`source:${type}:${JSON.stringify(args)}`, 'a.source_id', type, args).load(sourceId) as Promise<Connection<Assignment>>;
  }

  private grouped(name: string, parentColumn: string, sourceType: FollowUpSourceType | null, args: PageArgs & { status?: AssignmentStatus | null }) {
    return this.ctx.loaders.get<string, Connection<Assignment>>(`Assignment.${name}`, async (parents) => {
      const source = this.ctx.db
        .getRepository(Assignment)
        .createQueryBuilder('a')
        .select(`${parentColumn}`, 'parent')
        .addSelect('a.id', 'id')
        .addSelect('a.due_date', 'sort')
        .where(`${parentColumn} = ANY(:parents)`, { parents });
      if (sourceType) source.andWhere('a.source_type = :sourceType', { sourceType });
      // Cancelled tasks are listed only when asked for.
      source.andWhere(args.status ? 'a.status = :status' : `a.status <> 'CANCELLED'`, { status: args.status });
      restrictFollowUp(source, this.ctx.access, SCOPE);
      return paginateGroups(this.ctx.db, parents, args, {
        source,
        direction: 'ASC',
        load: (ids) => this.ctx.db.getRepository(Assignment).createQueryBuilder('a').where('a.id = ANY(:ids)', { ids }).getMany(),
        sortOf: (a) => a.dueDate,
      });
    });
  }

  /** Follow-up of a source, from the assignments the reader may see (one statement per batch). */
  async followUp(type: FollowUpSourceType, sourceId: string): Promise<FollowUp> {
    const rows = await this.ctx.loaders
      .get<string, Assignment[]>(`Assignment.followUp:${type}`, async (ids) => {
        const qb = this.ctx.db
          .getRepository(Assignment)
          .createQueryBuilder('a')
          .where('a.source_type = :type AND a.source_id = ANY(:ids)', { type, ids });
        restrictFollowUp(qb, this.ctx.access, SCOPE);
        return groupByKeys(ids, await qb.getMany(), (a) => a.sourceId);
      })
      .load(sourceId);
    return rollUp(rows ?? [], this.today);
  }

  /** Newest first; one statement for every assignment of the request. */
  async progressReports(assignmentId: string, first?: number | null): Promise<ProgressReport[]> {
    if (first != null && (first < 0 || first > 100)) throw badInput('first', 'first must be between 0 and 100');
    const rows = await this.ctx.loaders
      .get<string, ProgressReport[]>('ProgressReport.byAssignment', async (ids) =>
        groupByKeys(
          ids,
          await this.ctx.db
            .getRepository(ProgressReport)
            .createQueryBuilder('r')
            .where('r.assignment_id = ANY(:ids)', { ids })
            .orderBy('r.reported_at', 'DESC')
            .addOrderBy('r.id', 'DESC')
            .getMany(),
          (r) => r.assignmentId,
        ),
      )
      .load(assignmentId);
    return (rows ?? []).slice(0, first ?? 20);
  }

  /** Corrections, oldest first; one statement for every assignment of the request. */
  async changes(assignmentId: string): Promise<AssignmentChange[]> {
    const rows = await this.ctx.loaders
      .get<string, AssignmentChange[]>('AssignmentChange.byAssignment', async (ids) =>
        groupByKeys(
          ids,
          await this.ctx.db
            .getRepository(AssignmentChange)
            .createQueryBuilder('c')
            .where('c.assignment_id = ANY(:ids)', { ids })
            .orderBy('c.changed_at', 'ASC')
            .addOrderBy('c.id', 'ASC')
            .getMany(),
          (c) => c.assignmentId,
        ),
      )
      .load(assignmentId);
    return rows ?? [];
  }

  isOverdue(a: Assignment): boolean {
    return (a.status === 'OPEN' || a.status === 'IN_PROGRESS') && a.dueDate < this.today;
  }

  async reportProgress(input: ReportAssignmentProgressInput): Promise<Assignment> {
    if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100) {
      throw badInput('input.percent', 'Tỷ lệ hoàn thành từ 0 đến 100.');
    }
    const note = nfc(input.note.trim());
    if (!note) throw badInput('input.note', 'Cần nêu nội dung báo cáo.');
    return this.ctx.db.transaction(async (m) => {
      const a = await this.lockForReport(m, input.assignmentId);
      await m.getRepository(ProgressReport).insert({
        assignmentId: a.id,
        percent: input.percent,
        note,
        authorUserId: this.ctx.user!.userId,
        authorName: nfc(this.ctx.user!.name),
        reportedAt: this.ctx.clock.now(),
      });
      a.progress = input.percent;
      a.status = 'IN_PROGRESS';
      return m.getRepository(Assignment).save(a);
    });
  }

  /** Completion clears the deadline, in the same transaction. */
  async complete(input: CompleteAssignmentInput): Promise<Assignment> {
    const report = nfc(input.report.trim());
    if (!report) throw badInput('input.report', 'Cần nêu kết quả thực hiện.');
    if (input.completedOn > this.today) throw badInput('input.completedOn', 'Ngày hoàn thành không được sau hôm nay.');
    return this.ctx.db.transaction(async (m) => {
      const a = await this.lockForReport(m, input.assignmentId);
      const directive = await m.getRepository(Directive).findOneByOrFail({ id: a.directiveId });
      if (input.completedOn < directive.issuedOn) {
        throw badInput('input.completedOn', 'Ngày hoàn thành không được trước ngày ban hành văn bản chỉ đạo.');
      }
      Object.assign(a, { status: 'DONE', progress: 100, completedOn: input.completedOn, completionReport: report });
      const saved = await m.getRepository(Assignment).save(a);
      await recordDeadlineChange(m, assignmentDeadlineChange(saved, directive, directive.issuedOn));
      return saved;
    });
  }

  private async lockForReport(m: EntityManager, id: string): Promise<Assignment> {
    const a = await m.getRepository(Assignment).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
    if (!a) throw notFound('Assignment', id, 'input.assignmentId');
    this.ctx.access.require(REPORTERS, { jurisdictionId: a.jurisdictionId, departmentId: a.departmentId });
    if (a.status === 'DONE' || a.status === 'CANCELLED') throw conflict('Nhiệm vụ đã kết thúc.', 'input.assignmentId');
    return a;
  }
}
