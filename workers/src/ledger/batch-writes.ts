import type { Deadline, DeadlineEvent, Notification } from '@phoihop/workflow';
import type { EntityManager } from 'typeorm';

/**
 * The writes of a batch of stages, one statement each whatever the batch's size (issue 12):
 * rows travel as one JSON parameter, unpacked by `jsonb_to_recordset`.
 */

/**
 * `lockItem` for a batch of items in one statement: each lock once, in hash order, so two
 * batches never wait on each other in a cycle (a single-item writer holds one lock only).
 */
export async function lockItems(m: EntityManager, items: ReadonlyArray<{ itemKind: string; itemId: string }>): Promise<void> {
  await m.query('SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest($1::text[]) k ORDER BY 1) l', [
    items.map((i) => `deadline/${i.itemKind}/${i.itemId}`),
  ]);
}

/** Writes the ledger position (stage sent, next stage) of many rows. */
export async function savePositions(m: EntityManager, ds: readonly Deadline[]): Promise<void> {
  if (!ds.length) return;
  const rows = ds.map((d) => ({ id: d.id, stage: d.stage, stage_offset: d.stageOffset, escalation_level: d.escalationLevel, next_stage: d.nextStage, next_at: d.nextAt, updated_at: d.updatedAt }));
  await m.query(
    `UPDATE "workflow"."deadline" d
        SET "stage" = u.stage, "stage_offset" = u.stage_offset, "escalation_level" = u.escalation_level,
            "next_stage" = u.next_stage, "next_at" = u.next_at, "updated_at" = u.updated_at
       FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, stage text, stage_offset int, escalation_level int, next_stage text, next_at timestamptz, updated_at timestamptz)
      WHERE d."id" = u.id`,
    [JSON.stringify(rows)],
  );
}

type NewNotification = Omit<Notification, 'id' | 'readAt' | 'deliveriesPlannedAt'>;

/** Inserts notifications, skipping those whose key is already there (DESIGN.md rule 4); returns the new ones. */
export async function insertNotifications(m: EntityManager, ns: readonly NewNotification[]): Promise<Array<{ id: string; key: string }>> {
  if (!ns.length) return [];
  const rows = ns.map((n) => ({
    key: n.key,
    recipient_type: n.recipientType,
    recipient_id: n.recipientId,
    jurisdiction_id: n.jurisdictionId,
    item_kind: n.itemKind,
    item_id: n.itemId,
    deadline_version: n.deadlineVersion,
    stage: n.stage,
    level: n.level,
    subject: n.subject,
    body: n.body,
    created_at: n.createdAt,
  }));
  return m.query(
    `INSERT INTO "workflow"."notification" ("key", "recipient_type", "recipient_id", "jurisdiction_id", "item_kind", "item_id", "deadline_version", "stage", "level", "subject", "body", "created_at")
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS n("key" text, recipient_type text, recipient_id text, jurisdiction_id uuid, item_kind text, item_id uuid,
            deadline_version int, stage text, level int, subject text, body text, created_at timestamptz)
     ON CONFLICT ("key") DO NOTHING
     RETURNING "id"::text AS "id", "key"`,
    [JSON.stringify(rows)],
  );
}

/** Appends history lines (Partial as `historyEvent` makes them). */
export async function insertEvents(m: EntityManager, es: ReadonlyArray<Partial<DeadlineEvent>>): Promise<void> {
  if (!es.length) return;
  const rows = es.map((e) => ({ deadline_id: e.deadlineId, at: e.at, kind: e.kind, version: e.version, state: e.state, due_date: e.dueDate, stage: e.stage, level: e.level, detail: e.detail, recipients: e.recipients }));
  await m.query(
    `INSERT INTO "workflow"."deadline_event" ("deadline_id", "at", "kind", "version", "state", "due_date", "stage", "level", "detail", "recipients")
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS e(deadline_id uuid, "at" timestamptz, kind text, version int, state text, due_date date, stage text, level int, detail text, recipients jsonb)`,
    [JSON.stringify(rows)],
  );
}
