import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Citizen reception days and the complaints, denunciations and petitions received. The
 * denouncer's identity lives in its own table from the start (Law on Denunciations Art. 9, 47).
 */
export class CitizenCases1764300000002 implements MigrationInterface {
  name = 'CitizenCases1764300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "committee"."reception_day" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL REFERENCES "committee"."jurisdiction"("id"),
      "date" date NOT NULL,
      "place" text NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('REGULAR', 'THEMATIC', 'UNSCHEDULED')),
      "host_official_ids" uuid[] NOT NULL DEFAULT '{}',
      "delegate_ids" uuid[] NOT NULL DEFAULT '{}',
      "note" text
    )`);
    await q.query(`CREATE INDEX "reception_day_jurisdiction" ON "committee"."reception_day" ("jurisdiction_id", "date")`);
    await q.query(`CREATE TABLE "committee"."citizen_case" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL REFERENCES "committee"."jurisdiction"("id"),
      "number" text NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('COMPLAINT', 'DENUNCIATION', 'PETITION')),
      "channel" text NOT NULL CHECK ("channel" IN ('RECEPTION', 'MAIL', 'ONLINE', 'COUNCIL', 'FRONT')),
      "round" text CHECK ("round" IN ('FIRST', 'SECOND')),
      "complexity" text NOT NULL CHECK ("complexity" IN ('NORMAL', 'COMPLEX', 'ESPECIALLY_COMPLEX')),
      "remote_area" boolean NOT NULL DEFAULT false,
      "several_places" boolean NOT NULL DEFAULT false,
      "subject" text NOT NULL,
      "content" text NOT NULL,
      "field" text,
      "petitioner_name" text,
      "received_on" date NOT NULL,
      "reception_day_id" uuid REFERENCES "committee"."reception_day"("id"),
      "handling_department_id" uuid NOT NULL REFERENCES "committee"."department"("id"),
      "handling_inspector_id" uuid REFERENCES "committee"."official"("id"),
      "status" text NOT NULL CHECK ("status" IN ('RECEIVED', 'ACCEPTED', 'DECLINED', 'SUSPENDED', 'RESOLVED')),
      "accepted_on" date,
      "declined_on" date,
      "decline_reason" text,
      "resolved_on" date,
      "decision_number" text,
      "outcome" text,
      "outcome_summary" text,
      "clock_start" date NOT NULL,
      "due_date" date,
      "due_rule" text NOT NULL,
      "due_explanation" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL,
      UNIQUE ("jurisdiction_id", "number"),
      CHECK (("kind" = 'COMPLAINT') = ("round" IS NOT NULL)),
      CHECK ("kind" <> 'DENUNCIATION' OR "petitioner_name" IS NULL),
      CHECK ("accepted_on" IS NULL OR "accepted_on" >= "received_on"),
      CHECK ("resolved_on" IS NULL OR "resolved_on" >= "received_on")
    )`);
    await q.query(`CREATE INDEX "citizen_case_jurisdiction" ON "committee"."citizen_case" ("jurisdiction_id", "received_on")`);
    await q.query(`CREATE INDEX "citizen_case_department" ON "committee"."citizen_case" ("handling_department_id", "status")`);
    await q.query(`CREATE INDEX "citizen_case_reception_day" ON "committee"."citizen_case" ("reception_day_id")`);
    await q.query(`CREATE TABLE "committee"."case_extension" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "case_id" uuid NOT NULL REFERENCES "committee"."citizen_case"("id"),
      "seq" integer NOT NULL CHECK ("seq" IN (1, 2)),
      "decision_number" text NOT NULL,
      "decided_on" date NOT NULL,
      "reason" text NOT NULL,
      "previous_due" date NOT NULL,
      "new_due" date NOT NULL,
      UNIQUE ("case_id", "seq")
    )`);
    await q.query(`CREATE TABLE "committee"."case_suspension" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "case_id" uuid NOT NULL REFERENCES "committee"."citizen_case"("id"),
      "decision_number" text NOT NULL,
      "suspended_on" date NOT NULL,
      "reason" text NOT NULL,
      "resumed_on" date,
      "resume_decision_number" text,
      CHECK ("resumed_on" IS NULL OR "resumed_on" >= "suspended_on")
    )`);
    await q.query(`CREATE INDEX "case_suspension_case" ON "committee"."case_suspension" ("case_id")`);
    await q.query(`CREATE UNIQUE INDEX "case_suspension_open" ON "committee"."case_suspension" ("case_id") WHERE "resumed_on" IS NULL`);
    await q.query(`CREATE TABLE "committee"."denouncer" (
      "case_id" uuid PRIMARY KEY REFERENCES "committee"."citizen_case"("id"),
      "full_name" text NOT NULL,
      "address" text,
      "phone" text,
      "id_number" text
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['denouncer', 'case_suspension', 'case_extension', 'citizen_case', 'reception_day']) {
      await q.query(`DROP TABLE "committee"."${t}"`);
    }
  }
}
