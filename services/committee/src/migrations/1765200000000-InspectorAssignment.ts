import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The decisions that name a case's handling inspector (issue 11 item 2). */
export class InspectorAssignment1765200000000 implements MigrationInterface {
  name = 'InspectorAssignment1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "committee"."inspector_assignment" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "case_id" uuid NOT NULL REFERENCES "committee"."citizen_case"("id"),
      "department_id" uuid NOT NULL REFERENCES "committee"."department"("id"),
      "inspector_id" uuid NOT NULL REFERENCES "committee"."official"("id"),
      "decision_number" text NOT NULL,
      "decided_on" date NOT NULL,
      "decided_by_official_id" uuid REFERENCES "committee"."official"("id"),
      "decided_by_name" text NOT NULL,
      "recorded_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "inspector_assignment_case" ON "committee"."inspector_assignment" ("case_id", "recorded_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "committee"."inspector_assignment"`);
  }
}
