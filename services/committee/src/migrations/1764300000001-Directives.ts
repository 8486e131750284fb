import type { MigrationInterface, QueryRunner } from 'typeorm';

const SOURCES = `('RECOMMENDATION', 'VOTER_PETITION', 'FRONT_RECOMMENDATION', 'CITIZEN_CASE')`;

/** Directives and the assignments they give departments, with progress reports. */
export class Directives1764300000001 implements MigrationInterface {
  name = 'Directives1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "committee"."directive" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL REFERENCES "committee"."jurisdiction"("id"),
      "number" text NOT NULL,
      "issued_on" date NOT NULL,
      "signer_id" uuid NOT NULL REFERENCES "committee"."official"("id"),
      "subject" text NOT NULL,
      "source_type" text NOT NULL CHECK ("source_type" IN ${SOURCES}),
      "source_id" uuid NOT NULL,
      "created_at" timestamptz NOT NULL,
      UNIQUE ("jurisdiction_id", "number")
    )`);
    await q.query(`CREATE INDEX "directive_jurisdiction" ON "committee"."directive" ("jurisdiction_id", "issued_on")`);
    await q.query(`CREATE TABLE "committee"."assignment" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "directive_id" uuid NOT NULL REFERENCES "committee"."directive"("id"),
      "jurisdiction_id" uuid NOT NULL REFERENCES "committee"."jurisdiction"("id"),
      "department_id" uuid NOT NULL REFERENCES "committee"."department"("id"),
      "source_type" text NOT NULL CHECK ("source_type" IN ${SOURCES}),
      "source_id" uuid NOT NULL,
      "task" text NOT NULL,
      "field" text,
      "weight" integer NOT NULL DEFAULT 1 CHECK ("weight" BETWEEN 1 AND 100),
      "due_date" date NOT NULL,
      "due_rule" text NOT NULL,
      "due_explanation" jsonb NOT NULL,
      "status" text NOT NULL CHECK ("status" IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
      "progress" integer NOT NULL DEFAULT 0 CHECK ("progress" BETWEEN 0 AND 100),
      "completed_on" date,
      "completion_report" text,
      "created_at" timestamptz NOT NULL,
      CHECK (("status" = 'DONE') = ("completed_on" IS NOT NULL)),
      CHECK ("status" <> 'DONE' OR "progress" = 100)
    )`);
    await q.query(`CREATE INDEX "assignment_directive" ON "committee"."assignment" ("directive_id")`);
    await q.query(`CREATE INDEX "assignment_source" ON "committee"."assignment" ("source_type", "source_id")`);
    await q.query(`CREATE INDEX "assignment_department" ON "committee"."assignment" ("department_id", "due_date")`);
    await q.query(`CREATE INDEX "assignment_jurisdiction" ON "committee"."assignment" ("jurisdiction_id", "due_date")`);
    await q.query(`CREATE TABLE "committee"."progress_report" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "assignment_id" uuid NOT NULL REFERENCES "committee"."assignment"("id"),
      "percent" integer NOT NULL CHECK ("percent" BETWEEN 0 AND 100),
      "note" text NOT NULL,
      "author_user_id" text NOT NULL,
      "author_name" text NOT NULL,
      "reported_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "progress_report_assignment" ON "committee"."progress_report" ("assignment_id", "reported_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "committee"."progress_report"`);
    await q.query(`DROP TABLE "committee"."assignment"`);
    await q.query(`DROP TABLE "committee"."directive"`);
  }
}
