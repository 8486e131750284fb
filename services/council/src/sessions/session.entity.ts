import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Body, DeadlineExplanation } from '@phoihop/core';

export type SessionKind = 'REGULAR' | 'THEMATIC' | 'EXTRAORDINARY';
export type SessionStatus = 'PLANNED' | 'CONVENED' | 'CLOSED' | 'CANCELLED';

@Entity({ name: 'session' })
export class Session {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'term_id', type: 'uuid' })
  termId!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  /** Kỳ họp thứ n of the term. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  kind!: SessionKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ type: 'text' })
  status!: SessionStatus;

  @Column({ name: 'planned_start_date', type: 'date' })
  plannedStartDate!: string;

  @Column({ name: 'planned_end_date', type: 'date' })
  plannedEndDate!: string;

  @Column({ name: 'actual_start_date', type: 'date', nullable: true })
  actualStartDate!: string | null;

  @Column({ name: 'actual_end_date', type: 'date', nullable: true })
  actualEndDate!: string | null;

  /** A planned session that will not be held: the day the Standing Committee decided so. */
  @Column({ name: 'cancelled_on', type: 'date', nullable: true })
  cancelledOn!: string | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  /** Documents are due this day (rule SESSION_DOCUMENTS, counted back from the planned start). */
  @Column({ name: 'documents_due_on', type: 'date' })
  documentsDueOn!: string;

  @Column({ name: 'documents_rule', type: 'text' })
  documentsRule!: string;

  @Column({ name: 'documents_explanation', type: 'jsonb', nullable: true })
  documentsExplanation!: DeadlineExplanation | null;

  /** Bumped whenever the document deadline changes; the outbox carries it. */
  @Column({ type: 'int', default: 1 })
  version!: number;
}

@Entity({ name: 'agenda_item' })
export class AgendaItem {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'presenting_body', type: 'text' })
  presentingBody!: Body;

  @Column({ type: 'text', nullable: true })
  presenter!: string | null;

  @Column({ name: 'documents_received_on', type: 'date', nullable: true })
  documentsReceivedOn!: string | null;
}
