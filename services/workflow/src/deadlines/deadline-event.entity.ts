import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Recipient } from '../inbox/recipients';
import type { DeadlineState } from './deadline.entity';

export type DeadlineEventKind = 'OPENED' | 'MOVED' | 'PAUSED' | 'RESUMED' | 'CLEARED' | 'REMINDER' | 'ESCALATION' | 'RESCHEDULED';

/** Who a stage reached, as the history shows it. */
export type EventRecipient = Recipient;

/** One line of a deadline's history: a change from the owner or a stage the workers sent. */
@Entity({ name: 'deadline_event' })
export class DeadlineEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'deadline_id', type: 'uuid' })
  deadlineId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  kind!: DeadlineEventKind;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  state!: DeadlineState;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'text', nullable: true })
  stage!: string | null;

  @Column({ type: 'int', nullable: true })
  level!: number | null;

  /** Vietnamese, for the item's history view. */
  @Column({ type: 'text' })
  detail!: string;

  @Column({ type: 'jsonb' })
  recipients!: EventRecipient[];
}
