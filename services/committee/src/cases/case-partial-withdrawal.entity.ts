import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Rút một phần khiếu nại — contents of a complaint withdrawn by written request; the rest is still handled. */
@Entity({ name: 'case_partial_withdrawal' })
export class CasePartialWithdrawal {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** The date of the complainant's written request. */
  @Column({ name: 'requested_on', type: 'date' })
  requestedOn!: string;

  /** Which written request: "Đơn xin rút một phần khiếu nại ngày 20/7/2026". */
  @Column({ name: 'request_reference', type: 'text' })
  requestReference!: string;

  /** The contents withdrawn, one per entry. */
  @Column({ type: 'text', array: true })
  contents!: string[];

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;
}
