import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxDdl } from '@phoihop/core';

/** Voter-contact rounds, their meetings and the petitions raised there. */
export class VoterContact1764500000000 implements MigrationInterface {
  name = 'VoterContact1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "front"."voter_contact_round" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('BEFORE_SESSION', 'AFTER_SESSION', 'THEMATIC')),
      "session_id" uuid,
      "delegation_level" text NOT NULL
        CHECK ("delegation_level" IN ('COMMUNE_COUNCIL', 'DISTRICT_COUNCIL', 'PROVINCE_COUNCIL', 'NATIONAL_ASSEMBLY')),
      "title" text NOT NULL,
      "topic" text,
      "starts_on" date NOT NULL,
      "ends_on" date NOT NULL,
      "created_at" timestamptz NOT NULL,
      CHECK ("ends_on" >= "starts_on"),
      CHECK ("kind" = 'THEMATIC' OR "session_id" IS NOT NULL),
      CHECK (("kind" = 'THEMATIC') = ("topic" IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX "round_jurisdiction" ON "front"."voter_contact_round" ("jurisdiction_id", "starts_on")`);
    await q.query(`CREATE INDEX "round_session" ON "front"."voter_contact_round" ("session_id")`);

    await q.query(`CREATE TABLE "front"."voter_contact_meeting" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "round_id" uuid NOT NULL REFERENCES "front"."voter_contact_round"("id"),
      "jurisdiction_id" uuid NOT NULL,
      "held_on" date NOT NULL,
      "place" text NOT NULL,
      "locality_name" text NOT NULL,
      "locality_id" uuid,
      "point_key" text NOT NULL,
      "voter_count" int NOT NULL CHECK ("voter_count" >= 0),
      "created_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "meeting_round" ON "front"."voter_contact_meeting" ("round_id", "held_on")`);
    await q.query(`CREATE INDEX "meeting_jurisdiction" ON "front"."voter_contact_meeting" ("jurisdiction_id", "held_on")`);
    await q.query(`CREATE TABLE "front"."meeting_delegate" (
      "meeting_id" uuid NOT NULL REFERENCES "front"."voter_contact_meeting"("id"),
      "delegate_id" uuid NOT NULL,
      PRIMARY KEY ("meeting_id", "delegate_id")
    )`);
    await q.query(`CREATE INDEX "meeting_delegate_delegate" ON "front"."meeting_delegate" ("delegate_id")`);
    await q.query(`CREATE TABLE "front"."meeting_official" (
      "meeting_id" uuid NOT NULL REFERENCES "front"."voter_contact_meeting"("id"),
      "official_id" uuid NOT NULL,
      PRIMARY KEY ("meeting_id", "official_id")
    )`);

    await q.query(`CREATE TABLE "front"."voter_petition" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL,
      "meeting_id" uuid NOT NULL REFERENCES "front"."voter_contact_meeting"("id"),
      "raised_on" date NOT NULL,
      "content" text NOT NULL,
      "field" text NOT NULL,
      "competent_level" text NOT NULL CHECK ("competent_level" IN ('COMMUNE', 'PROVINCE', 'CENTRAL')),
      "repeat_of_id" uuid REFERENCES "front"."voter_petition"("id"),
      "status" text NOT NULL CHECK ("status" IN ('RECEIVED', 'FORWARDED', 'ANSWERED', 'REPORTED_BACK')),
      "recipient_kind" text CHECK ("recipient_kind" IN ('COMMITTEE', 'COUNCIL', 'NATIONAL_ASSEMBLY_DELEGATION', 'OTHER_AGENCY')),
      "recipient_department_id" uuid,
      "recipient_name" text,
      "forwarded_on" date,
      "forwarding_document" text,
      "answer_due" date,
      "answer_due_rule" text,
      "answer_due_explanation" jsonb,
      "answer_text" text,
      "answered_on" date,
      "answered_by_official_id" uuid,
      "answered_by_name" text,
      "answer_document" text,
      "reported_back_meeting_id" uuid REFERENCES "front"."voter_contact_meeting"("id"),
      "created_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL,
      CHECK ("status" = 'RECEIVED' OR ("forwarded_on" IS NOT NULL AND "recipient_kind" IS NOT NULL AND "answer_due" IS NOT NULL)),
      CHECK ("status" IN ('RECEIVED', 'FORWARDED') OR ("answered_on" IS NOT NULL AND "answer_text" IS NOT NULL)),
      CHECK (("status" = 'REPORTED_BACK') = ("reported_back_meeting_id" IS NOT NULL)),
      CHECK ("repeat_of_id" IS NULL OR "repeat_of_id" <> "id")
    )`);
    await q.query(`CREATE INDEX "petition_meeting" ON "front"."voter_petition" ("meeting_id")`);
    await q.query(`CREATE INDEX "petition_jurisdiction" ON "front"."voter_petition" ("jurisdiction_id", "raised_on")`);
    await q.query(`CREATE INDEX "petition_repeat_of" ON "front"."voter_petition" ("repeat_of_id")`);
    await q.query(`CREATE INDEX "petition_reported_back" ON "front"."voter_petition" ("reported_back_meeting_id")`);
    await q.query(`CREATE INDEX "petition_department" ON "front"."voter_petition" ("recipient_department_id")`);
    for (const sql of outboxDdl('front')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "front"."outbox"`);
    await q.query(`DROP FUNCTION "front".outbox_notify()`);
    for (const t of ['voter_petition', 'meeting_official', 'meeting_delegate', 'voter_contact_meeting', 'voter_contact_round']) {
      await q.query(`DROP TABLE "front"."${t}"`);
    }
  }
}
