import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingsAndResolutions1764100000001 implements MigrationInterface {
  name = 'MeetingsAndResolutions1764100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "council"."joint_meeting" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('PRE_SESSION','REVIEW_CONFERENCE','OTHER')),
      "session_id" uuid REFERENCES "council"."session" ("id"),
      "title" text NOT NULL,
      "held_on" date NOT NULL,
      "location" text,
      "attendees" jsonb NOT NULL DEFAULT '[]',
      "conclusions" text[] NOT NULL DEFAULT '{}',
      CHECK (("kind" = 'PRE_SESSION') = ("session_id" IS NOT NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX "joint_meeting_one_per_session" ON "council"."joint_meeting" ("session_id") WHERE "kind" = 'PRE_SESSION'`);
    await q.query(`CREATE INDEX "joint_meeting_jurisdiction" ON "council"."joint_meeting" ("jurisdiction_id", "held_on")`);
    await q.query(`CREATE TABLE "council"."resolution" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL,
      "session_id" uuid NOT NULL REFERENCES "council"."session" ("id"),
      "number" text NOT NULL,
      "year" int NOT NULL,
      "title" text NOT NULL,
      "field" text,
      "thematic" boolean NOT NULL DEFAULT false,
      "adopted_on" date NOT NULL,
      "effective_from" date NOT NULL,
      "repealed_on" date,
      CHECK ("year" = extract(year FROM "adopted_on")),
      CHECK ("effective_from" >= "adopted_on"),
      UNIQUE ("jurisdiction_id", "year", "number")
    )`);
    await q.query(`CREATE INDEX "resolution_session" ON "council"."resolution" ("session_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "council"."resolution"`);
    await q.query(`DROP TABLE "council"."joint_meeting"`);
  }
}
