import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Tạm đình chỉ — a suspension: the clock pauses until the case resumes. */
@Entity({ name: 'case_suspension' })
export class CaseSuspension {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'suspended_on', type: 'date' })
  suspendedOn!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'resumed_on', type: 'date', nullable: true })
  resumedOn!: string | null;

  @Column({ name: 'resume_decision_number', type: 'text', nullable: true })
  resumeDecisionNumber!: string | null;
}
