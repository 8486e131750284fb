import type { Body, DeadlineChange, TrackedItemKind } from '@phoihop/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DeadlineState = DeadlineChange['state'];

/** How the due date was computed, as the owning service sent it (core/deadlines explanation). */
export type StoredExplanation = Record<string, unknown>;

/**
 * Sổ theo dõi thời hạn — the ledger row of one tracked item. Written by the workers from the
 * owning service's outbox; `version` grows whenever the due date or the state changes, and
 * is part of every job id and notification key, so stale jobs and messages are recognisable.
 */
@Entity({ name: 'deadline' })
export class Deadline {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'item_kind', type: 'text' })
  itemKind!: TrackedItemKind;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  /** The Postgres schema whose outbox published the item (council, committee, front). */
  @Column({ type: 'text' })
  source!: string;

  /** Outbox id of the last change applied; an older event arriving late is ignored. */
  @Column({ name: 'last_event_id', type: 'bigint' })
  lastEventId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  state!: DeadlineState;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ type: 'text' })
  rule!: string;

  @Column({ type: 'jsonb', nullable: true })
  explanation!: StoredExplanation | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'assignee_body', type: 'text' })
  assigneeBody!: Body;

  @Column({ name: 'assignee_department_id', type: 'uuid', nullable: true })
  assigneeDepartmentId!: string | null;

  @Column({ name: 'assignee_official_id', type: 'uuid', nullable: true })
  assigneeOfficialId!: string | null;

  @Column({ name: 'raised_by', type: 'text' })
  raisedBy!: DeadlineChange['raisedBy'];

  @Column({ type: 'text', nullable: true })
  field!: string | null;

  /** Last stage sent at this version (`R5`, `L2`); null right after a version change. */
  @Column({ type: 'text', nullable: true })
  stage!: string | null;

  @Column({ name: 'stage_offset', type: 'int', nullable: true })
  stageOffset!: number | null;

  @Column({ name: 'escalation_level', type: 'int' })
  escalationLevel!: number;

  /** The stage whose delayed job is pending, and when it fires. */
  @Column({ name: 'next_stage', type: 'text', nullable: true })
  nextStage!: string | null;

  @Column({ name: 'next_at', type: 'timestamptz', nullable: true })
  nextAt!: Date | null;

  /** A stage its handler declared permanently failed: at which version and stage, when, why. */
  @Column({ name: 'failed_version', type: 'int', nullable: true })
  failedVersion!: number | null;

  @Column({ name: 'failed_stage', type: 'text', nullable: true })
  failedStage!: string | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** What a stage job is built from and checked against: the reconciler reads only these columns. */
export type StagedDeadline = Pick<Deadline, 'itemKind' | 'itemId' | 'version' | 'state' | 'nextStage' | 'nextAt' | 'failedVersion' | 'failedStage' | 'failedAt' | 'failureReason'>;

export interface FinalFailure {
  stage: string;
  at: Date;
  reason: string;
}

/**
 * The final failure of the stage the ledger waits for, if its handler declared one; a failure
 * recorded at an earlier version or stage is history, not the item's state.
 */
export function finalFailure(d: Pick<Deadline, 'state' | 'version' | 'nextStage' | 'failedVersion' | 'failedStage' | 'failedAt' | 'failureReason'>): FinalFailure | null {
  if (d.state !== 'OPEN' || !d.nextStage || d.failedVersion !== d.version || d.failedStage !== d.nextStage) return null;
  return { stage: d.failedStage, at: d.failedAt!, reason: d.failureReason ?? '' };
}
