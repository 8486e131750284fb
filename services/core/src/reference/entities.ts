import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CalendarExceptionKind, DecidedPeriod } from '../calendar/model';
import type { Counting, DeadlineDirection, DeadlineItemKind, DeadlineVariant } from '../deadlines/rules';

/** The schema every service reads and only the notifications subgraph writes (DESIGN.md rule 1). */
export const REFERENCE_SCHEMA = 'reference';

/** One official change to the ordinary week (Ngày nghỉ, ngày làm bù). */
@Entity({ schema: REFERENCE_SCHEMA, name: 'calendar_exceptions' })
export class CalendarExceptionEntity {
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  kind!: CalendarExceptionKind;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text', nullable: true })
  period!: DecidedPeriod | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  /** Who edited it last; null for shipped data. */
  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy!: string | null;
}

/** One version of a deadline rule. A change is a new version, never an edit of one in use. */
@Entity({ schema: REFERENCE_SCHEMA, name: 'deadline_rules' })
@Index('deadline_rules_kind_from', ['itemKind', 'effectiveFrom'])
export class DeadlineRuleEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ name: 'item_kind', type: 'text' })
  itemKind!: DeadlineItemKind;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: string;

  @Column({ type: 'text' })
  counting!: Counting;

  @Column({ type: 'text' })
  direction!: DeadlineDirection;

  @Column({ name: 'base_days', type: 'int', nullable: true })
  baseDays!: number | null;

  @Column({ type: 'jsonb' })
  variants!: DeadlineVariant[];

  @Column({ name: 'max_extensions', type: 'int' })
  maxExtensions!: number;

  @Column({ name: 'extension_days', type: 'int' })
  extensionDays!: number;

  @Column({ name: 'explicit_due_required', type: 'boolean' })
  explicitDueRequired!: boolean;

  @Column({ type: 'boolean' })
  configurable!: boolean;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy!: string | null;
}

export const REFERENCE_ENTITIES = [CalendarExceptionEntity, DeadlineRuleEntity];
