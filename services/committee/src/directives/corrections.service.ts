import {
  TEXT_LIMIT,
  badInput,
  calendarDate,
  changeRow,
  changedText,
  conflict,
  deadlineCalculator,
  inOrder,
  isUniqueViolation,
  lockKey,
  nfc,
  notFound,
  publishDeadline,
  recordDeadlineChange,
  requiredText,
  type GraphContext,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { ASSIGNMENT_CORRECTION_RULE, DIRECTIVE_RULE } from '../access';
import { Department } from '../directory/department.entity';
import type { CancelAssignmentInput, ReassignAssignmentInput, RescheduleAssignmentInput, UpdateDirectiveInput } from '../generated/graphql';
import { AssignmentChange } from './assignment-change.entity';
import { assignmentDeadlineChange, trackedAssignment } from './assignment-deadline';
import { Assignment } from './assignment.entity';
import { Directive } from './directive.entity';
import { OPEN_ASSIGNMENT } from './rollup';
import { DIRECTIVE_NUMBER_KEY } from './directives.service';

type ChangeFacts = Pick<AssignmentChange, 'kind'> & Partial<Pick<AssignmentChange, 'previousDue' | 'newDue' | 'previousDepartmentId' | 'newDepartmentId' | 'decisionNumber'>>;

/**
 * Rescheduling, reassigning and cancelling open assignments, and fixing a directive's number or
 * subject. Each correction is kept in the assignment's history and, when it touches the
 * deadline, goes to the outbox in the same transaction; bad input writes nothing.
 */
export class DirectiveCorrectionsService {
  constructor(private readonly ctx: GraphContext) {}

  private get today(): string {
    return this.ctx.today();
  }

  async reschedule(input: RescheduleAssignmentInput): Promise<Assignment> {
    this.ctx.access.require(ASSIGNMENT_CORRECTION_RULE.writers);
    const reason = requiredText('input.reason', input.reason, { what: 'lý do điều chỉnh thời hạn' });
    const decisionNumber = requiredText('input.decisionNumber', input.decisionNumber, { what: 'số văn bản điều chỉnh thời hạn', max: TEXT_LIMIT.code });
    inOrder('input.dueDate', this.today, calendarDate('input.dueDate', input.dueDate), 'Hạn mới không được trước hôm nay.');
    // Read before the transaction opens; the rules' errors name this input's field.
    const calculate = await deadlineCalculator(this.ctx.db, { 'input.explicitDue': 'input.dueDate', 'input.start': 'input.dueDate' });
    return this.correct(input.assignmentId, 'rescheduleAssignment', reason, async (_m, a, directive) => {
      const due = calculate({ kind: 'ASSIGNMENT', start: directive.issuedOn, explicitDue: input.dueDate });
      if (due.due === a.dueDate) throw badInput('input.dueDate', `Hạn mới trùng với hạn hiện tại (${a.dueDate}).`);
      const previousDue = a.dueDate;
      trackedAssignment.setDue(a, due);
      return { kind: 'RESCHEDULED', previousDue, newDue: a.dueDate, decisionNumber };
    });
  }

  cancel(input: CancelAssignmentInput): Promise<Assignment> {
    this.ctx.access.require(ASSIGNMENT_CORRECTION_RULE.writers);
    const reason = requiredText('input.reason', input.reason, { what: 'lý do hủy nhiệm vụ' });
    return this.correct(input.assignmentId, 'cancelAssignment', reason, async (_m, a) => {
      a.status = 'CANCELLED';
      return { kind: 'CANCELLED' };
    });
  }

  reassign(input: ReassignAssignmentInput): Promise<Assignment> {
    this.ctx.access.require(ASSIGNMENT_CORRECTION_RULE.writers);
    const reason = requiredText('input.reason', input.reason, { what: 'lý do giao lại nhiệm vụ' });
    return this.correct(input.assignmentId, 'reassignAssignment', reason, async (m, a) => {
      const department = await m.getRepository(Department).findOneBy({ id: input.departmentId });
      if (!department || department.jurisdictionId !== a.jurisdictionId) throw notFound('Department', input.departmentId, 'input.departmentId');
      if (!department.active) throw badInput('input.departmentId', `${department.name} đã giải thể.`);
      if (department.id === a.departmentId) throw badInput('input.departmentId', 'Nhiệm vụ đang được giao cho cơ quan này.');
      const previousDepartmentId = a.departmentId;
      a.departmentId = department.id;
      return { kind: 'REASSIGNED', previousDepartmentId, newDepartmentId: department.id };
    });
  }

  /** Number and subject only, and only while nothing has been reported done against the old text. */
  async updateDirective(input: UpdateDirectiveInput): Promise<Directive> {
    this.ctx.access.require(DIRECTIVE_RULE.writers);
    const number = changedText('input.number', input.number, { what: 'số hiệu văn bản', max: TEXT_LIMIT.code });
    const subject = changedText('input.subject', input.subject, { what: 'trích yếu văn bản', max: TEXT_LIMIT.title });
    if (number === undefined && subject === undefined) throw badInput('input', 'Cần nêu số hiệu hoặc trích yếu cần đính chính.');
    let open: Assignment[] = [];
    return changeRow(this.ctx, {
      operation: 'updateDirective',
      rule: DIRECTIVE_RULE,
      id: input.directiveId,
      field: 'input.directiveId',
      apply: async (m, d) => {
        if (number) await lockKey(m, 'directive_number', d.jurisdictionId, number);
        const assignments = await m.getRepository(Assignment).find({ where: { directiveId: d.id }, order: { createdAt: 'ASC', id: 'ASC' } });
        if (assignments.some((a) => a.status === 'DONE')) {
          throw conflict('Văn bản đã có nhiệm vụ hoàn thành, không thể đính chính; cần ban hành văn bản mới.', 'input.directiveId');
        }
        const renumbered = number !== undefined && number !== d.number;
        if (renumbered && (await m.getRepository(Directive).exists({ where: { jurisdictionId: d.jurisdictionId, number } }))) {
          throw conflict(`Số hiệu ${number} đã được dùng.`, 'input.number');
        }
        // Open deadlines carry the directive's number in their title: the ledger and the notifications follow.
        open = renumbered ? assignments.filter((a) => OPEN_ASSIGNMENT.includes(a.status)) : [];
        Object.assign(d, number ? { number } : {}, subject ? { subject } : {});
      },
      publish: async (m, saved) => {
        for (const a of open) await recordDeadlineChange(m, assignmentDeadlineChange(a, saved, saved.issuedOn));
      },
    }).catch((error: unknown) => {
      if (isUniqueViolation(error, DIRECTIVE_NUMBER_KEY)) throw conflict(`Số hiệu ${number} đã được dùng.`, 'input.number');
      throw error;
    });
  }

  /** The command path on an open assignment: lock, check the leader's jurisdiction, apply, keep the change in history, write the outbox. */
  private correct(
    assignmentId: string,
    operation: string,
    reason: string,
    apply: (m: EntityManager, a: Assignment, directive: Directive) => Promise<ChangeFacts>,
  ): Promise<Assignment> {
    return changeRow(this.ctx, {
      operation,
      rule: ASSIGNMENT_CORRECTION_RULE,
      id: assignmentId,
      field: 'input.assignmentId',
      from: { states: OPEN_ASSIGNMENT, message: 'Nhiệm vụ đã kết thúc.' },
      apply: async (m, a) => {
        const facts = await apply(m, a, await m.getRepository(Directive).findOneByOrFail({ id: a.directiveId }));
        await m.getRepository(AssignmentChange).insert({
          assignmentId: a.id,
          previousDue: null,
          newDue: null,
          previousDepartmentId: null,
          newDepartmentId: null,
          decisionNumber: null,
          ...facts,
          reason,
          changedOn: this.today,
          changedAt: this.ctx.clock.now(),
          authorName: nfc(this.ctx.user!.name),
        });
      },
      publish: (m, saved) => publishDeadline(m, trackedAssignment, saved),
    });
  }
}
