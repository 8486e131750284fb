import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseComplexity } from './citizen-case.entity';

/**
 * Quyết định xác định vụ việc phức tạp — a decision raising the complexity of a case being
 * resolved, before its due date; the longer period of the law follows (Law on Complaints Art. 28, 37).
 */
@Entity({ name: 'case_complexity_decision' })
export class CaseComplexityDecision {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'from_complexity', type: 'text' })
  fromComplexity!: CaseComplexity;

  @Column({ name: 'to_complexity', type: 'text' })
  toComplexity!: CaseComplexity;

  @Column({ name: 'previous_due', type: 'date' })
  previousDue!: string;

  @Column({ name: 'new_due', type: 'date' })
  newDue!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
