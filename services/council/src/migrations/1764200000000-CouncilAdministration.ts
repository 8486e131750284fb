import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the Standing Committee administers day to day: delegates leave the council, one chair
 * per term and one head per committee, sessions that will not be held, and the log of
 * corrections to a recommendation.
 */
export class CouncilAdministration1764200000000 implements MigrationInterface {
  name = 'CouncilAdministration1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "council"."delegate"
      ADD COLUMN "mandate_ended_on" date,
      ADD COLUMN "mandate_end_reason" text,
      ADD CONSTRAINT "delegate_mandate_end_check" CHECK (("mandate_ended_on" IS NULL) = ("mandate_end_reason" IS NULL))`);
    await q.query(`CREATE UNIQUE INDEX "delegate_one_chair" ON "council"."delegate" ("term_id") WHERE "position" = 'CHAIR' AND "mandate_ended_on" IS NULL`);
    await q.query(`CREATE UNIQUE INDEX "council_committee_one_head" ON "council"."council_committee_member" ("committee_id") WHERE "role" = 'HEAD'`);

    // The status checks were created unnamed; replace every one that mentions the status.
    await q.query(`DO $$ DECLARE c record; BEGIN
      FOR c IN SELECT conname FROM pg_constraint
               WHERE conrelid = '"council"."session"'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%status%'
      LOOP EXECUTE format('ALTER TABLE "council"."session" DROP CONSTRAINT %I', c.conname); END LOOP;
    END $$`);
    await q.query(`ALTER TABLE "council"."session"
      ADD COLUMN "cancelled_on" date,
      ADD COLUMN "cancellation_reason" text,
      ADD CONSTRAINT "session_status_check" CHECK ("status" IN ('PLANNED','CONVENED','CLOSED','CANCELLED')),
      ADD CONSTRAINT "session_started_check" CHECK (("status" IN ('PLANNED','CANCELLED')) = ("actual_start_date" IS NULL)),
      ADD CONSTRAINT "session_closed_check" CHECK (("status" = 'CLOSED') = ("actual_end_date" IS NOT NULL)),
      ADD CONSTRAINT "session_cancelled_check" CHECK (("status" = 'CANCELLED') = ("cancelled_on" IS NOT NULL AND "cancellation_reason" IS NOT NULL))`);
    // A session that will not be held gives its number back to the one held instead.
    await q.query(`ALTER TABLE "council"."session" DROP CONSTRAINT "session_term_id_number_key"`);
    await q.query(`CREATE UNIQUE INDEX "session_number_per_term" ON "council"."session" ("term_id", "number") WHERE "status" <> 'CANCELLED'`);

    await q.query(`CREATE TABLE "council"."recommendation_correction" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "recommendation_id" uuid NOT NULL REFERENCES "council"."recommendation" ("id"),
      "corrected_at" timestamptz NOT NULL,
      "corrected_by" text NOT NULL,
      "reason" text,
      "previous_content" text NOT NULL,
      "previous_field" text,
      "previous_department_ids" uuid[] NOT NULL
    )`);
    await q.query(`CREATE INDEX "recommendation_correction_recommendation" ON "council"."recommendation_correction" ("recommendation_id", "corrected_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "council"."recommendation_correction"`);
    await q.query(`DROP INDEX "council"."session_number_per_term"`);
    await q.query(`ALTER TABLE "council"."session" ADD CONSTRAINT "session_term_id_number_key" UNIQUE ("term_id", "number")`);
    await q.query(`ALTER TABLE "council"."session"
      DROP CONSTRAINT "session_cancelled_check", DROP CONSTRAINT "session_closed_check",
      DROP CONSTRAINT "session_started_check", DROP CONSTRAINT "session_status_check",
      DROP COLUMN "cancellation_reason", DROP COLUMN "cancelled_on"`);
    await q.query(`ALTER TABLE "council"."session"
      ADD CONSTRAINT "session_status_check" CHECK ("status" IN ('PLANNED','CONVENED','CLOSED')),
      ADD CONSTRAINT "session_started_check" CHECK (("status" = 'PLANNED') = ("actual_start_date" IS NULL)),
      ADD CONSTRAINT "session_closed_check" CHECK (("status" = 'CLOSED') = ("actual_end_date" IS NOT NULL))`);
    await q.query(`DROP INDEX "council"."council_committee_one_head"`);
    await q.query(`DROP INDEX "council"."delegate_one_chair"`);
    await q.query(`ALTER TABLE "council"."delegate" DROP CONSTRAINT "delegate_mandate_end_check", DROP COLUMN "mandate_end_reason", DROP COLUMN "mandate_ended_on"`);
  }
}
