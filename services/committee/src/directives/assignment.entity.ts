import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FollowUpSourceType } from './directive.entity';

export type AssignmentStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

@Entity({ name: 'assignment' })
export class Assignment {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'directive_id', type: 'uuid' })
  directiveId!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @Column({ name: 'source_type', type: 'text' })
  sourceType!: FollowUpSourceType;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId!: string;

  @Column({ type: 'text' })
  task!: string;

  @Column({ type: 'text', nullable: true })
  field!: string | null;

  /** Share of the source's follow-up this task carries, for the weighted progress. */
  @Column({ type: 'integer' })
  weight!: number;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'due_rule', type: 'text' })
  dueRule!: string;

  @Column({ name: 'due_explanation', type: 'jsonb' })
  dueExplanation!: unknown;

  @Column({ type: 'text' })
  status!: AssignmentStatus;

  @Column({ type: 'integer' })
  progress!: number;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ name: 'completion_report', type: 'text', nullable: true })
  completionReport!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
