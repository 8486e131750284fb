import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeadlineExplanation } from '@phoihop/core';
import type { CommitmentStatus, FieldOfResponsibility } from '../generated/graphql';
import type { Question } from './questioning-session.entity';

/**
 * Cam kết khi trả lời chất vấn, giải trình. The answerer (department, official) and the field
 * are copied from the question when it is made: they are what the deadline's ledger row names.
 * Overdue is computed from the due date, never stored.
 */
@Entity({ name: 'questioning_commitment' })
export class QuestioningCommitment {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'text', nullable: true })
  field!: FieldOfResponsibility | null;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @Column({ name: 'official_id', type: 'uuid', nullable: true })
  officialId!: string | null;

  @Column({ name: 'made_on', type: 'date' })
  madeOn!: string;

  /** The stated date, rolled forward past a day off. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'requested_due_date', type: 'date' })
  requestedDueDate!: string;

  @Column({ name: 'due_explanation', type: 'jsonb', nullable: true })
  dueExplanation!: DeadlineExplanation | null;

  @Column({ type: 'text' })
  status!: CommitmentStatus;

  @Column({ name: 'fulfilled_on', type: 'date', nullable: true })
  fulfilledOn!: string | null;

  @Column({ name: 'fulfilment_report', type: 'text', nullable: true })
  fulfilmentReport!: string | null;

  @Column({ type: 'int', default: 1 })
  version!: number;
}

/** An open commitment made in answer to `q` on `madeOn`: who owes it and its field come from the question. */
export function madeInAnswer(q: Question, madeOn: string, content: string, dueDate: string): Omit<QuestioningCommitment, 'id' | 'dueDate' | 'dueExplanation'> {
  return {
    questionId: q.id,
    jurisdictionId: q.jurisdictionId,
    content,
    field: q.field,
    departmentId: q.answeringDepartmentId,
    officialId: q.answeringOfficialId,
    madeOn,
    requestedDueDate: dueDate,
    status: 'OPEN',
    fulfilledOn: null,
    fulfilmentReport: null,
    version: 1,
  };
}
