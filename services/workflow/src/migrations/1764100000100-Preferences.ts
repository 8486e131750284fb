import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification preferences per recipient (an official, a department or a body). */
export class Preferences1764100000100 implements MigrationInterface {
  name = 'Preferences1764100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "workflow"."notification_preference" (
      "recipient_type" text NOT NULL CHECK ("recipient_type" IN ('OFFICIAL', 'DEPARTMENT', 'BODY')),
      "recipient_id" text NOT NULL,
      "channels" text[] NOT NULL DEFAULT '{IN_APP}'
        CHECK ("channels" <@ ARRAY['IN_APP', 'EMAIL', 'WEBHOOK']::text[] AND 'IN_APP' = ANY("channels")),
      "email" text,
      "webhook_url" text,
      "daily_digest" boolean NOT NULL DEFAULT false,
      "digest_hour" smallint NOT NULL DEFAULT 8 CHECK ("digest_hour" BETWEEN 0 AND 23),
      "quiet_hours_start" time,
      "quiet_hours_end" time,
      "updated_at" timestamptz NOT NULL,
      "updated_by" text NOT NULL,
      PRIMARY KEY ("recipient_type", "recipient_id"),
      CHECK (NOT ('EMAIL' = ANY("channels")) OR "email" IS NOT NULL),
      CHECK (NOT ('WEBHOOK' = ANY("channels")) OR "webhook_url" IS NOT NULL),
      CHECK (NOT "daily_digest" OR 'EMAIL' = ANY("channels")),
      CHECK (("quiet_hours_start" IS NULL) = ("quiet_hours_end" IS NULL))
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "workflow"."notification_preference"`);
  }
}
