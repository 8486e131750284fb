import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AssignmentChangeKind = 'RESCHEDULED' | 'REASSIGNED' | 'CANCELLED';

/** Điều chỉnh nhiệm vụ — one correction of an assignment, kept so the old due date and assignee stay visible. */
@Entity({ name: 'assignment_change' })
export class AssignmentChange {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @Column({ type: 'text' })
  kind!: AssignmentChangeKind;

  @Column({ name: 'previous_due', type: 'date', nullable: true })
  previousDue!: string | null;

  @Column({ name: 'new_due', type: 'date', nullable: true })
  newDue!: string | null;

  @Column({ name: 'previous_department_id', type: 'uuid', nullable: true })
  previousDepartmentId!: string | null;

  @Column({ name: 'new_department_id', type: 'uuid', nullable: true })
  newDepartmentId!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'decision_number', type: 'text', nullable: true })
  decisionNumber!: string | null;

  @Column({ name: 'changed_on', type: 'date' })
  changedOn!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;
}
