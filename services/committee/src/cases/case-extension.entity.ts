import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseComplexity } from './citizen-case.entity';

/** Gia hạn — an extension of a denunciation's resolution period, by decision. */
@Entity({ name: 'case_extension' })
export class CaseExtension {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'previous_due', type: 'date' })
  previousDue!: string;

  @Column({ name: 'new_due', type: 'date' })
  newDue!: string;

  /** The days this decision granted, at most the rule's period (30 for denunciations). */
  @Column({ type: 'integer' })
  days!: number;

  /** The complexity the decision declared, when it raised it; null when it did not. */
  @Column({ type: 'text', nullable: true })
  complexity!: CaseComplexity | null;
}
