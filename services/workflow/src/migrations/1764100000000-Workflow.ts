import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxDdl } from '@phoihop/core';
import { DEFAULT_STAGES } from '../policies/stages';

/**
 * The kinds tracked when this migration shipped. A kind added later comes with a migration of
 * its own that widens the checks and adds its policy (QuestioningCommitmentPolicy), so a fresh
 * database and one migrated before end up alike.
 */
export const SHIPPED_KINDS = ['COMPLAINT', 'DENUNCIATION', 'PETITION', 'RECOMMENDATION', 'ASSIGNMENT', 'VOTER_PETITION', 'SESSION_DOCUMENTS', 'FRONT_RECOMMENDATION'];
const KINDS = SHIPPED_KINDS.map((k) => `'${k}'`).join(', ');

/**
 * The `workflow` schema: the deadline ledger and its history, the inbox, the escalation
 * policies and the workers' heartbeat. The notifications subgraph and the workers are its
 * one owner in two processes (DESIGN.md rule 1).
 */
export class Workflow1764100000000 implements MigrationInterface {
  name = 'Workflow1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "workflow"."escalation_policy" (
      "item_kind" text PRIMARY KEY CHECK ("item_kind" IN (${KINDS})),
      "stages" jsonb NOT NULL,
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "updated_by" text
    )`);
    for (const kind of SHIPPED_KINDS) {
      await q.query(`INSERT INTO "workflow"."escalation_policy" ("item_kind", "stages") VALUES ($1, $2)`, [kind, JSON.stringify(DEFAULT_STAGES)]);
    }
    await q.query(`CREATE TABLE "workflow"."deadline" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "item_kind" text NOT NULL CHECK ("item_kind" IN (${KINDS})),
      "item_id" uuid NOT NULL,
      "jurisdiction_id" uuid NOT NULL,
      "source" text NOT NULL,
      "last_event_id" bigint NOT NULL,
      "version" int NOT NULL DEFAULT 1 CHECK ("version" > 0),
      "state" text NOT NULL CHECK ("state" IN ('OPEN', 'PAUSED', 'CLEARED')),
      "due_date" date,
      "start_date" date NOT NULL,
      "rule" text NOT NULL,
      "explanation" jsonb,
      "title" text NOT NULL,
      "assignee_body" text NOT NULL CHECK ("assignee_body" IN ('COUNCIL', 'COMMITTEE', 'FRONT')),
      "assignee_department_id" uuid,
      "assignee_official_id" uuid,
      "raised_by" text NOT NULL CHECK ("raised_by" IN ('COUNCIL', 'COMMITTEE', 'FRONT', 'CITIZEN')),
      "field" text,
      "stage" text,
      "stage_offset" int,
      "escalation_level" int NOT NULL DEFAULT 0 CHECK ("escalation_level" >= 0),
      "next_stage" text,
      "next_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      UNIQUE ("item_kind", "item_id"),
      CHECK ("state" <> 'OPEN' OR "due_date" IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX "deadline_item" ON "workflow"."deadline" ("item_id")`);
    await q.query(`CREATE INDEX "deadline_open" ON "workflow"."deadline" ("next_at") WHERE "state" = 'OPEN'`);
    await q.query(`CREATE INDEX "deadline_jurisdiction_due" ON "workflow"."deadline" ("jurisdiction_id", "due_date")`);
    await q.query(`CREATE TABLE "workflow"."deadline_event" (
      "id" bigserial PRIMARY KEY,
      "deadline_id" uuid NOT NULL REFERENCES "workflow"."deadline" ("id") ON DELETE CASCADE,
      "at" timestamptz NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('OPENED', 'MOVED', 'PAUSED', 'RESUMED', 'CLEARED', 'REMINDER', 'ESCALATION', 'RESCHEDULED')),
      "version" int NOT NULL,
      "state" text NOT NULL,
      "due_date" date,
      "stage" text,
      "level" int,
      "detail" text NOT NULL,
      "recipients" jsonb NOT NULL DEFAULT '[]'
    )`);
    await q.query(`CREATE INDEX "deadline_event_deadline" ON "workflow"."deadline_event" ("deadline_id", "id")`);
    await q.query(`CREATE TABLE "workflow"."notification" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "key" text NOT NULL UNIQUE,
      "recipient_type" text NOT NULL CHECK ("recipient_type" IN ('OFFICIAL', 'DEPARTMENT', 'BODY')),
      "recipient_id" text NOT NULL,
      "jurisdiction_id" uuid NOT NULL,
      "item_kind" text NOT NULL CHECK ("item_kind" IN (${KINDS})),
      "item_id" uuid NOT NULL,
      "deadline_version" int NOT NULL,
      "stage" text NOT NULL,
      "level" int NOT NULL DEFAULT 0,
      "subject" text NOT NULL,
      "body" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "read_at" timestamptz
    )`);
    await q.query(`CREATE INDEX "notification_recipient" ON "workflow"."notification" ("recipient_type", "recipient_id", "created_at" DESC)`);
    await q.query(`CREATE INDEX "notification_item" ON "workflow"."notification" ("item_id")`);
    await q.query(`CREATE TABLE "workflow"."heartbeat" (
      "worker" text PRIMARY KEY,
      "beat_at" timestamptz NOT NULL,
      "detail" jsonb NOT NULL DEFAULT '{}'
    )`);
    for (const sql of outboxDdl('workflow')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "workflow"."outbox"`);
    await q.query(`DROP FUNCTION "workflow".outbox_notify()`);
    for (const t of ['heartbeat', 'notification', 'deadline_event', 'deadline', 'escalation_policy']) {
      await q.query(`DROP TABLE "workflow"."${t}"`);
    }
  }
}
