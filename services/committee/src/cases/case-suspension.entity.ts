import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Căn cứ tạm đình chỉ (Law 136/2025): the closed list, for cases received from 1 July 2026. */
export type SuspensionGround =
  | 'AWAITING_OTHER_AUTHORITY'
  | 'AWAITING_RELATED_CASE'
  | 'AWAITING_ASSESSMENT'
  | 'PARTY_DIED_NO_SUCCESSOR'
  | 'ORGANISATION_REORGANISED'
  | 'FORCE_MAJEURE';

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

  /** Free text before Law 136/2025; from then on the details beside the ground. */
  @Column({ type: 'text' })
  reason!: string;

  /** Null for cases received before 1 July 2026, which keep the free-text reason. */
  @Column({ type: 'text', nullable: true })
  ground!: SuspensionGround | null;

  @Column({ name: 'resumed_on', type: 'date', nullable: true })
  resumedOn!: string | null;

  @Column({ name: 'resume_decision_number', type: 'text', nullable: true })
  resumeDecisionNumber!: string | null;
}
