import {
  badInput,
  conflict,
  deadlineCalculator,
  isIsoDate,
  isUniqueViolation,
  lockKey,
  nfc,
  notFound,
  recordDeadlineChange,
  requiredText,
  ruleRef,
  type GraphContext,
  type Role,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { Department } from '../directory/department.entity';
import type { CancelAssignmentInput, ReassignAssignmentInput, RescheduleAssignmentInput, UpdateDirectiveInput } from '../generated/graphql';
import { AssignmentChange } from './assignment-change.entity';
import { assignmentDeadlineChange, trackedAssignment } from './assignment-deadline';
import { Assignment } from './assignment.entity';
import { Directive } from './directive.entity';
import { DIRECTIVE_NUMBER_KEY } from './directives.service';

/** Corrections to work in progress are the committee leaders' call, as the directive itself was. */
const CORRECTORS: Role[] = ['COMMITTEE_LEADER'];

type ChangeFacts = Pick<AssignmentChange, 'kind'> & Partial<Pick<AssignmentChange, 'previousDue' | 'newDue' | 'previousDepartmentId' | 'newDepartmentId' | 'decisionNumber'>>;

/**
 * Rescheduling, reassigning and cancelling open assignments, and fixing a directive's number or
 * subject. Each correction is kept in the assignment's history and, when it touches the
 * deadline, goes to the outbox in the same transaction; bad input writes nothing.
 */
export class DirectiveCorrectionsService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.require(CORRECTORS);
  }

  private get today(): string {
    return this.ctx.today();
  }

  async reschedule(input: RescheduleAssignmentInput): Promise<Assignment> {
    const reason = requiredText('input.reason', input.reason, { what: 'lý do điều chỉnh thời hạn' });
    const decisionNumber = requiredText('input.decisionNumber', input.decisionNumber, { what: 'số văn bản điều chỉnh thời hạn' });
    if (!isIsoDate(input.dueDate) || input.dueDate < this.today) throw badInput('input.dueDate', 'Hạn mới không được trước hôm nay.');
    // Read before the transaction opens; the rules' errors name this input's field.
    const calculate = await deadlineCalculator(this.ctx.db, { 'input.explicitDue': 'input.dueDate', 'input.start': 'input.dueDate' });
    return this.correct(input.assignmentId, reason, async (_m, a, directive) => {
      const due = calculate({ kind: 'ASSIGNMENT', start: directive.issuedOn, explicitDue: input.dueDate });
      if (due.due === a.dueDate) throw badInput('input.dueDate', `Hạn mới trùng với hạn hiện tại (${a.dueDate}).`);
      const previousDue = a.dueDate;
      trackedAssignment.setDue(a, due);
      return { kind: 'RESCHEDULED', previousDue, newDue: a.dueDate, decisionNumber };
    });
  }

  cancel(input: CancelAssignmentInput): Promise<Assignment> {
    const reason = requiredText('input.reason', input.reason, { what: 'lý do hủy nhiệm vụ' });
    return this.correct(input.assignmentId, reason, async (_m, a) => {
      a.status = 'CANCELLED';
      return { kind: 'CANCELLED' };
    });
  }

  reassign(input: ReassignAssignmentInput): Promise<Assignment> {
    const reason = requiredText('input.reason', input.reason, { what: 'lý do giao lại nhiệm vụ' });
    return this.correct(input.assignmentId, reason, async (m, a) => {
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
    const number = input.number !== undefined ? requiredText('input.number', input.number, { what: 'số hiệu văn bản' }) : undefined;
    const subject = input.subject !== undefined ? requiredText('input.subject', input.subject, { what: 'trích yếu văn bản' }) : undefined;
    if (number === undefined && subject === undefined) throw badInput('input', 'Cần nêu số hiệu hoặc trích yếu cần đính chính.');
    return this.ctx.db.transaction(async (m) => {
      const repo = m.getRepository(Directive);
      const d = await repo.createQueryBuilder('d').setLock('pessimistic_write').where('d.id = :id', { id: input.directiveId }).getOne();
      if (!d) throw notFound('Directive', input.directiveId, 'input.directiveId');
      this.ctx.access.require(CORRECTORS, { jurisdictionId: d.jurisdictionId });
      if (number) await lockKey(m, 'directive_number', d.jurisdictionId, number);
      const assignments = await m.getRepository(Assignment).find({ where: { directiveId: d.id }, order: { createdAt: 'ASC', id: 'ASC' } });
      if (assignments.some((a) => a.status === 'DONE')) {
        throw conflict('Văn bản đã có nhiệm vụ hoàn thành, không thể đính chính; cần ban hành văn bản mới.', 'input.directiveId');
      }
      if (number && number !== d.number && (await repo.exists({ where: { jurisdictionId: d.jurisdictionId, number } }))) {
        throw conflict(`Số hiệu ${number} đã được dùng.`, 'input.number');
      }
      const renumbered = number !== undefined && number !== d.number;
      Object.assign(d, number ? { number } : {}, subject ? { subject } : {});
      const saved = await repo.save(d);
      // Open deadlines carry the directive's number in their title: the ledger and the notifications follow.
      if (renumbered) {
        for (const a of assignments.filter((x) => x.status === 'OPEN' || x.status === 'IN_PROGRESS')) {
          await recordDeadlineChange(m, assignmentDeadlineChange(a, saved, saved.issuedOn));
        }
      }
      return saved;
    }).catch((error: unknown) => {
      if (isUniqueViolation(error, DIRECTIVE_NUMBER_KEY)) throw conflict(`Số hiệu ${number} đã được dùng.`, 'input.number');
      throw error;
    });
  }

  /** Locks an open assignment, checks the leader's jurisdiction, applies the change, keeps it in history, writes the outbox. */
  private correct(
    assignmentId: string,
    reason: string,
    apply: (m: EntityManager, a: Assignment, directive: Directive) => Promise<ChangeFacts>,
  ): Promise<Assignment> {
    return this.ctx.db.transaction(async (m) => {
      const a = await m.getRepository(Assignment).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id: assignmentId }).getOne();
      if (!a) throw notFound('Assignment', assignmentId, 'input.assignmentId');
      this.ctx.access.require(CORRECTORS, { jurisdictionId: a.jurisdictionId });
      if (a.status === 'DONE' || a.status === 'CANCELLED') throw conflict('Nhiệm vụ đã kết thúc.', 'input.assignmentId');
      const directive = await m.getRepository(Directive).findOneByOrFail({ id: a.directiveId });
      const facts = await apply(m, a, directive);
      const saved = await m.getRepository(Assignment).save(a);
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
      await recordDeadlineChange(m, assignmentDeadlineChange(saved, directive, directive.issuedOn));
      return saved;
    });
  }
}
