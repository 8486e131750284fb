import type { MigrationInterface, QueryRunner } from 'typeorm';

const GROUNDS = `('AWAITING_OTHER_AUTHORITY', 'AWAITING_RELATED_CASE', 'AWAITING_ASSESSMENT', 'PARTY_DIED_NO_SUCCESSOR', 'ORGANISATION_REORGANISED', 'FORCE_MAJEURE')`;
const OUTCOMES = `('GUIDED', 'CASE_OPENED', 'ANSWERED', 'REFUSED')`;

/**
 * Issue #13, item 7 (Law 136/2025/QH15, in force 1 July 2026): a complaint's partial withdrawal,
 * the suspension ground from a closed list, reception days hosted by the council Standing
 * Committee, and the book of individual reception visits (sổ tiếp công dân).
 */
export class Law1361766100000000 implements MigrationInterface {
  name = 'Law1361766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "committee"."case_partial_withdrawal" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "case_id" uuid NOT NULL REFERENCES "committee"."citizen_case"("id"),
      "requested_on" date NOT NULL,
      "request_reference" text NOT NULL CHECK ("request_reference" <> ''),
      "contents" text[] NOT NULL CHECK (cardinality("contents") > 0),
      "recorded_at" timestamptz NOT NULL,
      "author_name" text NOT NULL
    )`);
    await q.query(`CREATE INDEX "case_partial_withdrawal_case" ON "committee"."case_partial_withdrawal" ("case_id", "requested_on")`);
    await q.query(`ALTER TABLE "committee"."case_suspension" ADD COLUMN "ground" text CHECK ("ground" IN ${GROUNDS})`);
    await q.query(`ALTER TABLE "committee"."reception_day" ADD COLUMN "hosting_body" text NOT NULL DEFAULT 'COMMITTEE_CHAIR'
      CHECK ("hosting_body" IN ('COMMITTEE_CHAIR', 'COUNCIL_STANDING', 'JOINT'))`);
    await q.query(`CREATE TABLE "committee"."reception_visit" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL REFERENCES "committee"."jurisdiction"("id"),
      "reception_day_id" uuid REFERENCES "committee"."reception_day"("id"),
      "visited_on" date NOT NULL,
      "citizen_name" text NOT NULL CHECK ("citizen_name" <> ''),
      "citizen_address" text,
      "visitor_count" integer NOT NULL DEFAULT 1 CHECK ("visitor_count" >= 1),
      "subject" text NOT NULL CHECK ("subject" <> ''),
      "outcome" text NOT NULL CHECK ("outcome" IN ${OUTCOMES}),
      "case_id" uuid REFERENCES "committee"."citizen_case"("id"),
      "guidance" text,
      "refusal_ground" text,
      "received_by_name" text NOT NULL,
      "created_at" timestamptz NOT NULL,
      CHECK ("outcome" <> 'CASE_OPENED' OR "case_id" IS NOT NULL),
      CHECK ("outcome" <> 'REFUSED' OR "refusal_ground" IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX "reception_visit_jurisdiction_day" ON "committee"."reception_visit" ("jurisdiction_id", "visited_on")`);
    await q.query(`CREATE INDEX "reception_visit_day" ON "committee"."reception_visit" ("reception_day_id") WHERE "reception_day_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "committee"."reception_visit"`);
    await q.query(`ALTER TABLE "committee"."reception_day" DROP COLUMN "hosting_body"`);
    await q.query(`ALTER TABLE "committee"."case_suspension" DROP COLUMN "ground"`);
    await q.query(`DROP TABLE "committee"."case_partial_withdrawal"`);
  }
}
