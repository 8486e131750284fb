import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #13, item 1: an extension decision states its length ("up to 30 days", Law 25/2018
 * Art. 30) and often the case's complexity; a complaint's complexity may be raised by decision
 * while it is being resolved. Extensions recorded before granted the full 30 days.
 */
export class ExtensionsAsDecided1765300000000 implements MigrationInterface {
  name = 'ExtensionsAsDecided1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "committee"."case_extension" ADD COLUMN "days" integer NOT NULL DEFAULT 30 CHECK ("days" BETWEEN 1 AND 30)`);
    await q.query(`ALTER TABLE "committee"."case_extension" ALTER COLUMN "days" DROP DEFAULT`);
    await q.query(`ALTER TABLE "committee"."case_extension"
                     ADD COLUMN "complexity" text CHECK ("complexity" IN ('COMPLEX', 'ESPECIALLY_COMPLEX'))`);
    await q.query(`CREATE TABLE "committee"."case_complexity_decision" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "case_id" uuid NOT NULL REFERENCES "committee"."citizen_case"("id"),
      "decision_number" text NOT NULL CHECK ("decision_number" <> ''),
      "decided_on" date NOT NULL,
      "reason" text NOT NULL CHECK ("reason" <> ''),
      "from_complexity" text NOT NULL CHECK ("from_complexity" IN ('NORMAL', 'COMPLEX')),
      "to_complexity" text NOT NULL CHECK ("to_complexity" IN ('COMPLEX', 'ESPECIALLY_COMPLEX')),
      "previous_due" date NOT NULL,
      "new_due" date NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "case_complexity_decision_case" ON "committee"."case_complexity_decision" ("case_id", "decided_on")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "committee"."case_complexity_decision"`);
    await q.query(`ALTER TABLE "committee"."case_extension" DROP COLUMN "complexity", DROP COLUMN "days"`);
  }
}
