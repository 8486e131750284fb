import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Front's social supervisions and critiques, and the recommendations they send. */
export class SocialSupervision1764500000001 implements MigrationInterface {
  name = 'SocialSupervision1764500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "front"."social_supervision" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('SUPERVISION', 'SOCIAL_CRITIQUE')),
      "title" text NOT NULL,
      "subject_name" text NOT NULL,
      "subject_department_id" uuid,
      "decision_document" text,
      "starts_on" date NOT NULL,
      "ends_on" date,
      "conclusion" text,
      "created_at" timestamptz NOT NULL,
      CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on")
    )`);
    await q.query(`CREATE INDEX "supervision_jurisdiction" ON "front"."social_supervision" ("jurisdiction_id", "starts_on")`);
    await q.query(`CREATE TABLE "front"."front_recommendation" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL,
      "supervision_id" uuid REFERENCES "front"."social_supervision"("id"),
      "content" text NOT NULL,
      "field" text NOT NULL,
      "recipient_kind" text NOT NULL CHECK ("recipient_kind" IN ('COMMITTEE', 'COUNCIL', 'NATIONAL_ASSEMBLY_DELEGATION', 'OTHER_AGENCY')),
      "recipient_department_id" uuid,
      "recipient_name" text NOT NULL,
      "document_number" text NOT NULL,
      "sent_on" date NOT NULL,
      "due_date" date NOT NULL,
      "due_rule" text NOT NULL,
      "due_explanation" jsonb NOT NULL,
      "answer_text" text,
      "answered_on" date,
      "answered_by_official_id" uuid,
      "answered_by_name" text,
      "answer_document" text,
      "created_at" timestamptz NOT NULL,
      CHECK ("due_date" >= "sent_on"),
      CHECK (("answered_on" IS NULL) = ("answer_text" IS NULL))
    )`);
    await q.query(`CREATE INDEX "front_recommendation_jurisdiction" ON "front"."front_recommendation" ("jurisdiction_id", "sent_on")`);
    await q.query(`CREATE INDEX "front_recommendation_supervision" ON "front"."front_recommendation" ("supervision_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "front"."front_recommendation"`);
    await q.query(`DROP TABLE "front"."social_supervision"`);
  }
}
