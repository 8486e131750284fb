import {
  badInput,
  rowLoader,
  changeRow,
  forbidden,
  groupByKeys,
  intBetween,
  isOverdue,
  nfc,
  notAfter,
  overdueSql,
  paginate,
  paginateGroups,
  publishDeadline,
  requiredText,
  type Connection,
  type GraphContext,
  type PageArgs,
} from '@phoihop/core';
import { ASSIGNMENT_RULE, canReadFollowUp, restrictFollowUp } from '../access';
import type { CompleteAssignmentInput, ReportAssignmentProgressInput } from '../generated/graphql';
import { AssignmentChange } from './assignment-change.entity';
import { Assignment, type AssignmentStatus } from './assignment.entity';
import { trackedAssignment } from './assignment-deadline';
import { Directive, type FollowUpSourceType } from './directive.entity';
import { ProgressReport } from './progress-report.entity';
import { OPEN_ASSIGNMENT, rollUp, type FollowUp } from './rollup';

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
const OVERDUE = overdueSql({ open: `a.status IN ('OPEN', 'IN_PROGRESS')`, due: 'a.due_date' });

/** Assignments: department staff see their own department's only; the rest of the readers see the jurisdiction's. */
export class AssignmentsService {
  constructor(private readonly ctx: GraphContext) {}

  private get today(): string {
    return this.ctx.today();
  }

  private visible(a: Assignment): boolean {
    return canReadFollowUp(this.ctx.access, { jurisdictionId: a.jurisdictionId, sourceType: a.sourceType, departmentId: a.departmentId });
  }

  async byId(id: string): Promise<Assignment | null> {
    this.ctx.access.require(ASSIGNMENT_RULE.readers);
    const a = await rowLoader(this.ctx, Assignment).load(id);
    if (a && !this.visible(a)) throw forbidden();
    return a;
  }

  list(filter: AssignmentFilter, page: PageArgs) {
    this.ctx.access.require(ASSIGNMENT_RULE.readers);
    const qb = this.ctx.db.getRepository(Assignment).createQueryBuilder('a');
    restrictFollowUp(qb, this.ctx.access, SCOPE);
    if (filter.jurisdictionId) qb.andWhere('a.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.departmentId) qb.andWhere('a.department_id = :d', { d: filter.departmentId });
    if (filter.status) qb.andWhere('a.status = :s', { s: filter.status });
    if (filter.sourceType) qb.andWhere('a.source_type = :t', { t: filter.sourceType });
    if (filter.overdue != null) qb.andWhere(`${filter.overdue ? '' : 'NOT '}${OVERDUE}`, { today: this.today });
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
    this.ctx.access.require(ASSIGNMENT_RULE.readers);
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
    this.ctx.access.require(ASSIGNMENT_RULE.readers);
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
    return isOverdue({ open: OPEN_ASSIGNMENT.includes(a.status), due: a.dueDate }, this.today);
  }

  reportProgress(input: ReportAssignmentProgressInput): Promise<Assignment> {
    this.ctx.access.require(ASSIGNMENT_RULE.writers);
    intBetween('input.percent', input.percent, 0, 100);
    const note = requiredText('input.note', input.note, { what: 'nội dung báo cáo' });
    return changeRow(this.ctx, {
      ...this.report('reportAssignmentProgress', input.assignmentId),
      apply: async (m, a) => {
        await m.getRepository(ProgressReport).insert({
          assignmentId: a.id,
          percent: input.percent,
          note,
          authorUserId: this.ctx.user!.userId,
          authorName: nfc(this.ctx.user!.name),
          reportedAt: this.ctx.clock.now(),
        });
        Object.assign(a, { progress: input.percent, status: 'IN_PROGRESS' });
      },
    });
  }

  /** Completion clears the deadline, in the same transaction. */
  complete(input: CompleteAssignmentInput): Promise<Assignment> {
    this.ctx.access.require(ASSIGNMENT_RULE.writers);
    const report = requiredText('input.report', input.report, { what: 'kết quả thực hiện' });
    notAfter('input.completedOn', input.completedOn, this.today, 'Ngày hoàn thành không được sau hôm nay.');
    return changeRow(this.ctx, {
      ...this.report('completeAssignment', input.assignmentId),
      apply: async (m, a) => {
        const directive = await m.getRepository(Directive).findOneByOrFail({ id: a.directiveId });
        if (input.completedOn < directive.issuedOn) {
          throw badInput('input.completedOn', 'Ngày hoàn thành không được trước ngày ban hành văn bản chỉ đạo.');
        }
        Object.assign(a, { status: 'DONE', progress: 100, completedOn: input.completedOn, completionReport: report });
      },
      publish: (m, saved) => publishDeadline(m, trackedAssignment, saved),
    });
  }

  /** A report on an open assignment, by its department or the leaders (the command path's common part). */
  private report(operation: string, id: string) {
    return {
      operation,
      rule: ASSIGNMENT_RULE,
      id,
      field: 'input.assignmentId',
      from: { states: OPEN_ASSIGNMENT, message: 'Nhiệm vụ đã kết thúc.' },
    };
  }
}
