import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections to voter-contact records: when a round or meeting was last corrected, petitions
 * merged into an earlier one (status MERGED), and the next regular session a petition's
 * answer must precede.
 */
export class FrontCorrections1764500000100 implements MigrationInterface {
  name = 'FrontCorrections1764500000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "front"."voter_contact_round" ADD COLUMN "corrected_at" timestamptz`);
    await q.query(`ALTER TABLE "front"."voter_contact_meeting" ADD COLUMN "corrected_at" timestamptz`);
    await q.query(`ALTER TABLE "front"."voter_petition"
      DROP CONSTRAINT "voter_petition_status_check",
      DROP CONSTRAINT "voter_petition_check",
      DROP CONSTRAINT "voter_petition_check1",
      ADD COLUMN "next_session_id" uuid,
      ADD COLUMN "next_session_on" date,
      ADD CONSTRAINT "voter_petition_status" CHECK ("status" IN ('RECEIVED', 'FORWARDED', 'ANSWERED', 'REPORTED_BACK', 'MERGED')),
      ADD CONSTRAINT "voter_petition_forwarded" CHECK (
        "status" IN ('RECEIVED', 'MERGED') OR ("forwarded_on" IS NOT NULL AND "recipient_kind" IS NOT NULL AND "answer_due" IS NOT NULL)),
      ADD CONSTRAINT "voter_petition_answered" CHECK (
        "status" IN ('RECEIVED', 'FORWARDED', 'MERGED') OR ("answered_on" IS NOT NULL AND "answer_text" IS NOT NULL)),
      ADD CONSTRAINT "voter_petition_merged" CHECK ("status" <> 'MERGED' OR "repeat_of_id" IS NOT NULL),
      ADD CONSTRAINT "voter_petition_next_session" CHECK (("next_session_id" IS NULL) = ("next_session_on" IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "front"."voter_petition"
      DROP CONSTRAINT "voter_petition_next_session",
      DROP CONSTRAINT "voter_petition_merged",
      DROP CONSTRAINT "voter_petition_answered",
      DROP CONSTRAINT "voter_petition_forwarded",
      DROP CONSTRAINT "voter_petition_status",
      DROP COLUMN "next_session_on",
      DROP COLUMN "next_session_id",
      ADD CONSTRAINT "voter_petition_status_check" CHECK ("status" IN ('RECEIVED', 'FORWARDED', 'ANSWERED', 'REPORTED_BACK')),
      ADD CONSTRAINT "voter_petition_check" CHECK (
        "status" = 'RECEIVED' OR ("forwarded_on" IS NOT NULL AND "recipient_kind" IS NOT NULL AND "answer_due" IS NOT NULL)),
      ADD CONSTRAINT "voter_petition_check1" CHECK (
        "status" IN ('RECEIVED', 'FORWARDED') OR ("answered_on" IS NOT NULL AND "answer_text" IS NOT NULL))`);
    await q.query(`ALTER TABLE "front"."voter_contact_meeting" DROP COLUMN "corrected_at"`);
    await q.query(`ALTER TABLE "front"."voter_contact_round" DROP COLUMN "corrected_at"`);
  }
}
