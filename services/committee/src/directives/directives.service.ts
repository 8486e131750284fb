import {
  TEXT_LIMIT,
  badInput,
  rowLoader,
  calendarDate,
  conflict,
  createRow,
  deadlineCalculator,
  forbidden,
  intBetween,
  lockKey,
  notAfter,
  notFound,
  paginate,
  recordDeadlineChange,
  requiredText,
  type GraphContext,
  type PageArgs,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { CitizenCase } from '../cases/citizen-case.entity';
import { loadCitizenCase } from '../cases/citizen-cases.service';
import { Department } from '../directory/department.entity';
import { defaultField } from '../directory/directory-rules';
import { Official } from '../directory/official.entity';
import type { IssueDirectiveInput } from '../generated/graphql';
import { Jurisdiction } from '../jurisdictions/jurisdiction.entity';
import { Assignment } from './assignment.entity';
import { assignmentDeadlineChange, trackedAssignment } from './assignment-deadline';
import { Directive, type FollowUpSourceType } from './directive.entity';
import { DIRECTIVE_RULE, canReadFollowUp, restrictFollowUp } from '../access';

/** The unique constraint on a jurisdiction's directive numbers. */
export const DIRECTIVE_NUMBER_KEY = 'directive_jurisdiction_id_number_key';
const MAX_ASSIGNMENTS = 50;

export interface DirectiveFilter {
  jurisdictionId?: string | null;
  sourceType?: FollowUpSourceType | null;
  issuedFrom?: string | null;
  issuedTo?: string | null;
}

/** Directives: the documents themselves are read by everyone who follows up in the jurisdiction. */
export class DirectivesService {
  constructor(private readonly ctx: GraphContext) {}

  private load(id: string): Promise<Directive | null> {
    return rowLoader(this.ctx, Directive).load(id);
  }

  async byId(id: string): Promise<Directive | null> {
    this.ctx.access.require(DIRECTIVE_RULE.readers);
    const d = await this.load(id);
    if (d && !(await this.readable(d))) throw forbidden();
    return d;
  }

  /**
   * A directive on a citizen case is read like the case: by leaders and the handling department.
   * The case is looked up only for a department-scoped reader.
   */
  private async readable(d: Directive): Promise<boolean> {
    const row = { jurisdictionId: d.jurisdictionId, sourceType: d.sourceType };
    if (d.sourceType !== 'CITIZEN_CASE') return canReadFollowUp(this.ctx.access, row);
    if (canReadFollowUp(this.ctx.access, { ...row, departmentId: null })) return true;
    if (!this.ctx.access.grants(DIRECTIVE_RULE.readers, DIRECTIVE_RULE.scope(d)).some((g) => g.departmentId)) return false;
    const c = await loadCitizenCase(this.ctx, d.sourceId);
    return canReadFollowUp(this.ctx.access, { ...row, departmentId: c?.handlingDepartmentId ?? null });
  }

  async require(id: string): Promise<Directive> {
    const d = await this.byId(id);
    if (!d) throw notFound('Directive', id);
    return d;
  }

  list(filter: DirectiveFilter, page: PageArgs) {
    this.ctx.access.require(DIRECTIVE_RULE.readers);
    const qb = this.ctx.db.getRepository(Directive).createQueryBuilder('d');
    restrictFollowUp(qb, this.ctx.access, {
      jurisdiction: 'd.jurisdiction_id',
      sourceType: 'd.source_type',
      department: (p) =>
        `(d.source_type <> 'CITIZEN_CASE' OR EXISTS (SELECT 1 FROM "committee"."citizen_case" c WHERE c.id = d.source_id AND c.handling_department_id = ${p}))`,
    });
    if (filter.jurisdictionId) qb.andWhere('d.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.sourceType) qb.andWhere('d.source_type = :t', { t: filter.sourceType });
    if (filter.issuedFrom) qb.andWhere('d.issued_on >= :from', { from: filter.issuedFrom });
    if (filter.issuedTo) qb.andWhere('d.issued_on <= :to', { to: filter.issuedTo });
    return paginate(qb, page, { column: 'd.issued_on', direction: 'DESC', value: (d) => d.issuedOn });
  }

  /** Issues a directive and its assignments; every assignment's deadline goes to the outbox. */
  async issue(input: IssueDirectiveInput): Promise<Directive> {
    this.ctx.access.require(DIRECTIVE_RULE.writers, DIRECTIVE_RULE.scope(input));
    const number = requiredText('input.number', input.number, { what: 'số hiệu văn bản', max: TEXT_LIMIT.code });
    const subject = requiredText('input.subject', input.subject, { what: 'trích yếu văn bản', max: TEXT_LIMIT.title });
    notAfter('input.issuedOn', input.issuedOn, this.ctx.today(), 'Ngày ban hành không được sau hôm nay.');
    if (input.assignments.length === 0) throw badInput('input.assignments', 'Văn bản chỉ đạo phải giao ít nhất một nhiệm vụ.');
    if (input.assignments.length > MAX_ASSIGNMENTS) throw badInput('input.assignments', `Tối đa ${MAX_ASSIGNMENTS} nhiệm vụ.`);
    const tasks = input.assignments.map((a, i) => {
      const field = `input.assignments.${i}`;
      const task = requiredText(`${field}.task`, a.task, { what: 'nội dung nhiệm vụ', max: TEXT_LIMIT.title });
      if (calendarDate(`${field}.dueDate`, a.dueDate) <= input.issuedOn) throw badInput(`${field}.dueDate`, 'Hạn hoàn thành phải sau ngày ban hành văn bản.');
      if (a.weight != null) intBetween(`${field}.weight`, a.weight, 1, 100);
      return task;
    });

    // Rules and calendar are read before the transaction; their errors name this input's fields.
    const calculators = await Promise.all(
      input.assignments.map((_a, i) =>
        deadlineCalculator(this.ctx.db, { 'input.start': 'input.issuedOn', 'input.explicitDue': `input.assignments.${i}.dueDate` }),
      ),
    );
    return createRow(this.ctx, {
      operation: 'issueDirective',
      entity: Directive,
      authorize: () => undefined, // checked above, on the jurisdiction the input names
      build: async (m) => {
        await this.checkReferences(m, input);
        // Two leaders issuing the same number at once: the second waits, then finds it taken.
        await lockKey(m, 'directive_number', input.jurisdictionId, number);
        const taken = await m.getRepository(Directive).exists({ where: { jurisdictionId: input.jurisdictionId, number } });
        if (taken) throw conflict(`Số hiệu ${number} đã được dùng.`, 'input.number');
        return m.getRepository(Directive).create({
          jurisdictionId: input.jurisdictionId,
          number,
          issuedOn: input.issuedOn,
          signerId: input.signerId,
          subject,
          sourceType: input.source.type,
          sourceId: input.source.id,
          createdAt: this.ctx.clock.now(),
        });
      },
      after: async (m, directive) => {
        const departments = await m.getRepository(Department).findByIds(input.assignments.map((a) => a.departmentId));
        for (const [i, a] of input.assignments.entries()) {
          const source = a.source ?? input.source;
          const department = departments.find((d) => d.id === a.departmentId)!;
          const assignment = m.getRepository(Assignment).create({
            directiveId: directive.id,
            jurisdictionId: input.jurisdictionId,
            departmentId: a.departmentId,
            sourceType: source.type,
            sourceId: source.id,
            task: tasks[i],
            field: a.field ?? defaultField(department.fields),
            weight: a.weight ?? 1,
            status: 'OPEN',
            progress: 0,
            completedOn: null,
            completionReport: null,
            createdAt: this.ctx.clock.now(),
          });
          trackedAssignment.setDue(assignment, calculators[i]({ kind: 'ASSIGNMENT', start: input.issuedOn, explicitDue: a.dueDate }));
          await recordDeadlineChange(m, assignmentDeadlineChange(await m.getRepository(Assignment).save(assignment), directive, input.issuedOn));
        }
      },
      unique: { field: 'input.number', message: `Số hiệu ${number} đã được dùng.` },
    });
  }

  /** Unknown ids are NOT_FOUND naming the field; references into other subgraphs are not checked here. */
  private async checkReferences(m: EntityManager, input: IssueDirectiveInput): Promise<void> {
    if (!(await m.getRepository(Jurisdiction).exists({ where: { id: input.jurisdictionId } }))) {
      throw notFound('Jurisdiction', input.jurisdictionId, 'input.jurisdictionId');
    }
    const signer = await m.getRepository(Official).findOne({ where: { id: input.signerId } });
    if (!signer || signer.jurisdictionId !== input.jurisdictionId) throw notFound('Official', input.signerId, 'input.signerId');
    if (signer.position !== 'CHAIR' && signer.position !== 'VICE_CHAIR') {
      throw badInput('input.signerId', 'Người ký phải là Chủ tịch hoặc Phó Chủ tịch UBND.');
    }
    const ids = [...new Set(input.assignments.map((a) => a.departmentId))];
    const found = await m.getRepository(Department).findByIds(ids);
    input.assignments.forEach((a, i) => {
      const d = found.find((x) => x.id === a.departmentId);
      if (!d || d.jurisdictionId !== input.jurisdictionId) throw notFound('Department', a.departmentId, `input.assignments.${i}.departmentId`);
      if (!d.active) throw badInput(`input.assignments.${i}.departmentId`, `${d.name} đã giải thể.`);
    });
    const caseSources = [
      { field: 'input.source.id', source: input.source },
      ...input.assignments.map((a, i) => ({ field: `input.assignments.${i}.source.id`, source: a.source })),
    ].filter((s) => s.source?.type === 'CITIZEN_CASE');
    for (const s of caseSources) {
      const c = await m.getRepository(CitizenCase).findOne({ where: { id: s.source!.id } });
      if (!c || c.jurisdictionId !== input.jurisdictionId) throw notFound('CitizenCase', s.source!.id, s.field);
    }
  }
}
