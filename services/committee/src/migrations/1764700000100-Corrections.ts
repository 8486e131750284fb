import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a frontend needs to administer the directory and correct work in progress: departments
 * that can be deactivated, one head per department and one chair per jurisdiction, the history
 * of an assignment's changes (rescheduled, reassigned, cancelled) and of a case's transfers.
 */
export class Corrections1764700000100 implements MigrationInterface {
  name = 'Corrections1764700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "committee"."department" ADD COLUMN "active" boolean NOT NULL DEFAULT true`);
    await q.query(`CREATE UNIQUE INDEX "official_one_head" ON "committee"."official" ("department_id")
      WHERE "position" = 'DEPARTMENT_HEAD' AND "active"`);
    await q.query(`CREATE UNIQUE INDEX "official_one_chair" ON "committee"."official" ("jurisdiction_id")
      WHERE "position" = 'CHAIR' AND "active"`);
    await q.query(`CREATE TABLE "committee"."assignment_change" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "assignment_id" uuid NOT NULL REFERENCES "committee"."assignment"("id"),
      "kind" text NOT NULL CHECK ("kind" IN ('RESCHEDULED', 'REASSIGNED', 'CANCELLED')),
      "previous_due" date,
      "new_due" date,
      "previous_department_id" uuid REFERENCES "committee"."department"("id"),
      "new_department_id" uuid REFERENCES "committee"."department"("id"),
      "reason" text NOT NULL,
      "decision_number" text,
      "changed_on" date NOT NULL,
      "changed_at" timestamptz NOT NULL,
      "author_name" text NOT NULL,
      CHECK ("kind" <> 'RESCHEDULED' OR ("previous_due" IS NOT NULL AND "new_due" IS NOT NULL AND "decision_number" IS NOT NULL)),
      CHECK ("kind" <> 'REASSIGNED' OR ("previous_department_id" IS NOT NULL AND "new_department_id" IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX "assignment_change_assignment" ON "committee"."assignment_change" ("assignment_id", "changed_at")`);
    await q.query(`CREATE TABLE "committee"."case_transfer" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "case_id" uuid NOT NULL REFERENCES "committee"."citizen_case"("id"),
      "from_department_id" uuid NOT NULL REFERENCES "committee"."department"("id"),
      "to_department_id" uuid NOT NULL REFERENCES "committee"."department"("id"),
      "from_inspector_id" uuid REFERENCES "committee"."official"("id"),
      "to_inspector_id" uuid REFERENCES "committee"."official"("id"),
      "reason" text NOT NULL,
      "transferred_on" date NOT NULL,
      "transferred_at" timestamptz NOT NULL,
      "author_name" text NOT NULL
    )`);
    await q.query(`CREATE INDEX "case_transfer_case" ON "committee"."case_transfer" ("case_id", "transferred_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "committee"."case_transfer"`);
    await q.query(`DROP TABLE "committee"."assignment_change"`);
    await q.query(`DROP INDEX "committee"."official_one_chair"`);
    await q.query(`DROP INDEX "committee"."official_one_head"`);
    await q.query(`ALTER TABLE "committee"."department" DROP COLUMN "active"`);
  }
}
