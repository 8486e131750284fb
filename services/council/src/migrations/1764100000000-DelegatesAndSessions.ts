import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DelegatesAndSessions1764100000000 implements MigrationInterface {
  name = 'DelegatesAndSessions1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX "council_term_per_jurisdiction" ON "council"."council_term" ("jurisdiction_id", "start_year")`);
    await q.query(`CREATE TABLE "council"."delegate" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "term_id" uuid NOT NULL REFERENCES "council"."council_term" ("id"),
      "jurisdiction_id" uuid NOT NULL,
      "full_name" text NOT NULL,
      "search_name" text NOT NULL,
      "electoral_unit" text NOT NULL,
      "position" text NOT NULL CHECK ("position" IN ('CHAIR','VICE_CHAIR','STANDING_MEMBER','COMMITTEE_HEAD','COMMITTEE_DEPUTY_HEAD','COMMITTEE_MEMBER','DELEGATE'))
    )`);
    await q.query(`CREATE INDEX "delegate_term" ON "council"."delegate" ("term_id", "full_name")`);
    await q.query(`CREATE INDEX "delegate_jurisdiction" ON "council"."delegate" ("jurisdiction_id")`);
    await q.query(`CREATE TABLE "council"."council_committee" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "term_id" uuid NOT NULL REFERENCES "council"."council_term" ("id"),
      "jurisdiction_id" uuid NOT NULL,
      "name" text NOT NULL,
      UNIQUE ("term_id", "name")
    )`);
    await q.query(`CREATE TABLE "council"."council_committee_member" (
      "committee_id" uuid NOT NULL REFERENCES "council"."council_committee" ("id"),
      "delegate_id" uuid NOT NULL REFERENCES "council"."delegate" ("id"),
      "role" text NOT NULL CHECK ("role" IN ('HEAD','DEPUTY_HEAD','MEMBER')),
      PRIMARY KEY ("committee_id", "delegate_id")
    )`);
    await q.query(`CREATE INDEX "council_committee_member_delegate" ON "council"."council_committee_member" ("delegate_id")`);
    await q.query(`CREATE TABLE "council"."session" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "term_id" uuid NOT NULL REFERENCES "council"."council_term" ("id"),
      "jurisdiction_id" uuid NOT NULL,
      "number" int NOT NULL CHECK ("number" > 0),
      "kind" text NOT NULL CHECK ("kind" IN ('REGULAR','THEMATIC','EXTRAORDINARY')),
      "title" text NOT NULL,
      "location" text,
      "status" text NOT NULL CHECK ("status" IN ('PLANNED','CONVENED','CLOSED')),
      "planned_start_date" date NOT NULL,
      "planned_end_date" date NOT NULL,
      "actual_start_date" date,
      "actual_end_date" date,
      "documents_due_on" date NOT NULL,
      "documents_rule" text NOT NULL,
      "documents_explanation" jsonb,
      "version" int NOT NULL DEFAULT 1,
      UNIQUE ("term_id", "number"),
      CHECK ("planned_end_date" >= "planned_start_date"),
      CHECK ("actual_end_date" IS NULL OR "actual_end_date" >= "actual_start_date"),
      CHECK (("status" = 'PLANNED') = ("actual_start_date" IS NULL)),
      CHECK (("status" = 'CLOSED') = ("actual_end_date" IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX "session_jurisdiction_start" ON "council"."session" ("jurisdiction_id", "planned_start_date")`);
    await q.query(`CREATE TABLE "council"."agenda_item" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "session_id" uuid NOT NULL REFERENCES "council"."session" ("id"),
      "position" int NOT NULL,
      "title" text NOT NULL,
      "presenting_body" text NOT NULL CHECK ("presenting_body" IN ('COUNCIL','COMMITTEE','FRONT')),
      "presenter" text,
      "documents_received_on" date,
      UNIQUE ("session_id", "position")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['agenda_item', 'session', 'council_committee_member', 'council_committee', 'delegate']) {
      await q.query(`DROP TABLE "council"."${t}"`);
    }
    await q.query(`DROP INDEX "council"."council_term_per_jurisdiction"`);
  }
}
