import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #13, item 6: questioning and explanation sessions (chất vấn, giải trình) at council
 * sessions and Standing Committee meetings, their questions, and the commitments made in
 * answer, each with the date the ledger tracks.
 */
export class Questioning1766000000000 implements MigrationInterface {
  name = 'Questioning1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "council"."questioning_session" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('QUESTIONING', 'EXPLANATION')),
      "venue" text NOT NULL CHECK ("venue" IN ('SESSION', 'STANDING_COMMITTEE_MEETING')),
      "session_id" uuid REFERENCES "council"."session" ("id"),
      "meeting_title" text CHECK ("meeting_title" <> ''),
      "held_on" date NOT NULL,
      "subject" text NOT NULL CHECK ("subject" <> ''),
      "chaired_by" text,
      CHECK (("venue" = 'SESSION') = ("session_id" IS NOT NULL)),
      CHECK (("venue" = 'STANDING_COMMITTEE_MEETING') = ("meeting_title" IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX "questioning_session_jurisdiction" ON "council"."questioning_session" ("jurisdiction_id", "held_on")`);
    await q.query(`CREATE TABLE "council"."question" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "questioning_session_id" uuid NOT NULL REFERENCES "council"."questioning_session" ("id"),
      "jurisdiction_id" uuid NOT NULL,
      "asked_by_id" uuid NOT NULL REFERENCES "council"."delegate" ("id"),
      "position" int NOT NULL,
      "subject" text NOT NULL CHECK ("subject" <> ''),
      "content" text NOT NULL CHECK ("content" <> ''),
      "field" text,
      "answerer_kind" text NOT NULL CHECK ("answerer_kind" IN ('DEPARTMENT', 'OFFICIAL', 'CHAIR')),
      "answerer_name" text NOT NULL CHECK ("answerer_name" <> ''),
      "answering_department_id" uuid,
      "answering_official_id" uuid,
      "answer_summary" text,
      "status" text NOT NULL CHECK ("status" IN ('ASKED', 'ANSWERED')),
      UNIQUE ("questioning_session_id", "position"),
      CHECK (("status" = 'ANSWERED') = ("answer_summary" IS NOT NULL)),
      CHECK ("answerer_kind" <> 'DEPARTMENT' OR "answering_department_id" IS NOT NULL),
      CHECK (("answerer_kind" = 'OFFICIAL') = ("answering_official_id" IS NOT NULL))
    )`);
    await q.query(`CREATE TABLE "council"."questioning_commitment" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "question_id" uuid NOT NULL REFERENCES "council"."question" ("id"),
      "jurisdiction_id" uuid NOT NULL,
      "content" text NOT NULL CHECK ("content" <> ''),
      "field" text,
      "department_id" uuid,
      "official_id" uuid,
      "made_on" date NOT NULL,
      "due_date" date NOT NULL,
      "requested_due_date" date NOT NULL,
      "due_explanation" jsonb,
      "status" text NOT NULL CHECK ("status" IN ('OPEN', 'FULFILLED')),
      "fulfilled_on" date,
      "fulfilment_report" text,
      "version" int NOT NULL DEFAULT 1,
      CHECK ("requested_due_date" > "made_on"),
      CHECK (("status" = 'OPEN') = ("fulfilled_on" IS NULL)),
      CHECK (("status" = 'OPEN') = ("fulfilment_report" IS NULL)),
      CHECK ("fulfilled_on" IS NULL OR "fulfilled_on" >= "made_on")
    )`);
    await q.query(`CREATE INDEX "questioning_commitment_question" ON "council"."questioning_commitment" ("question_id")`);
    await q.query(`CREATE INDEX "questioning_commitment_jurisdiction_due" ON "council"."questioning_commitment" ("jurisdiction_id", "due_date")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['questioning_commitment', 'question', 'questioning_session']) await q.query(`DROP TABLE "council"."${t}"`);
  }
}
