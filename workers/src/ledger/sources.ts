import { DEADLINE_CHANGED, SESSION_MOVED, TRACKED_ITEM_KINDS, type DeadlineChange } from '@phoihop/core';
import { DEADLINES_RECOMPUTE, DEADLINES_RESCHEDULE } from '@phoihop/workflow';
import { UnrecoverableError } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import type { JobName } from '../jobs';

/**
 * The outboxes the relay reads: the services' published interfaces (DESIGN.md rule 1's first
 * crossing) and the workflow schema's own, where admin edits ask for re-planning.
 */
export const OUTBOX_SOURCES = ['council', 'committee', 'front', 'workflow'] as const;
export type OutboxSource = (typeof OUTBOX_SOURCES)[number];

/** Which job each relayed topic becomes. */
export const TOPIC_JOBS: Record<string, JobName<'deadlines'>> = {
  [DEADLINE_CHANGED]: 'apply-change',
  [DEADLINES_RESCHEDULE]: 'reschedule',
  [DEADLINES_RECOMPUTE]: 'reschedule',
  [SESSION_MOVED]: 'follow-session',
};
export const RELAYED_TOPICS = Object.keys(TOPIC_JOBS);

/** What a relayed job carries: where the row is, nothing more (the row is the truth). */
export interface OutboxRef {
  source: OutboxSource;
  outboxId: string;
}

export const outboxJobId = (ref: OutboxRef) => `outbox-${ref.source}-${ref.outboxId}`;

export function checkSource(source: string): OutboxSource {
  if (!(OUTBOX_SOURCES as readonly string[]).includes(source)) throw new UnrecoverableError(`unknown outbox source ${source}`);
  return source as OutboxSource;
}

export interface OutboxRow {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
}

export async function readOutboxRow(db: DataSource | EntityManager, ref: OutboxRef): Promise<OutboxRow> {
  const source = checkSource(ref.source);
  const rows: OutboxRow[] = await db.query(`SELECT "id"::text AS "id", "topic", "payload" FROM "${source}"."outbox" WHERE "id" = $1`, [ref.outboxId]);
  if (!rows[0]) throw new UnrecoverableError(`outbox row ${source}/${ref.outboxId} does not exist`);
  return rows[0];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A malformed change can never succeed: it fails the job at once, keeping the reason. */
export function parseChange(payload: Record<string, unknown>): DeadlineChange {
  const c = payload as unknown as DeadlineChange;
  const bad = (why: string) => new UnrecoverableError(`malformed deadline change: ${why}`);
  if (!TRACKED_ITEM_KINDS.includes(c.itemKind)) throw bad(`itemKind ${String(c.itemKind)}`);
  if (typeof c.itemId !== 'string' || typeof c.jurisdictionId !== 'string') throw bad('ids');
  if (!['OPEN', 'PAUSED', 'CLEARED'].includes(c.state)) throw bad(`state ${String(c.state)}`);
  if (c.state === 'OPEN' && (typeof c.dueDate !== 'string' || !DATE.test(c.dueDate))) throw bad('an OPEN deadline needs dueDate');
  if (typeof c.startDate !== 'string' || !DATE.test(c.startDate)) throw bad('startDate');
  if (typeof c.title !== 'string' || !c.title.trim()) throw bad('title');
  if (!c.assignee || !['COUNCIL', 'COMMITTEE', 'FRONT'].includes(c.assignee.body)) throw bad('assignee.body');
  if (!['COUNCIL', 'COMMITTEE', 'FRONT', 'CITIZEN'].includes(c.raisedBy)) throw bad('raisedBy');
  return c;
}

/**
 * Records that a workflow request (reschedule, recompute) was carried out, so the reconciler
 * knows which relayed requests still need their job after Redis lost it.
 */
export async function markProcessed(db: DataSource | EntityManager, ref: OutboxRef, at: Date): Promise<void> {
  if (checkSource(ref.source) !== 'workflow') return;
  await db.query(`UPDATE "workflow"."outbox" SET "processed_at" = $2 WHERE "id" = $1 AND "processed_at" IS NULL`, [ref.outboxId, at]);
}
