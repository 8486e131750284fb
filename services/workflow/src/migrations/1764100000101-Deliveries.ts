import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email and webhook deliveries of notifications, and the daily digests that batch them.
 * In-app needs no row: the notification itself is the inbox entry.
 */
export class Deliveries1764100000101 implements MigrationInterface {
  name = 'Deliveries1764100000101';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "workflow"."digest" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "recipient_type" text NOT NULL,
      "recipient_id" text NOT NULL,
      "digest_date" date NOT NULL,
      "address" text NOT NULL,
      "state" text NOT NULL DEFAULT 'PENDING' CHECK ("state" IN ('PENDING', 'SENT', 'FAILED')),
      "attempts" integer NOT NULL DEFAULT 0,
      "last_error" text,
      "claimed_at" timestamptz,
      "sent_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      UNIQUE ("recipient_type", "recipient_id", "digest_date")
    )`);
    await q.query(`CREATE TABLE "workflow"."delivery" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "notification_id" uuid NOT NULL REFERENCES "workflow"."notification"("id") ON DELETE CASCADE,
      "channel" text NOT NULL CHECK ("channel" IN ('EMAIL', 'WEBHOOK')),
      "address" text NOT NULL,
      "state" text NOT NULL DEFAULT 'PENDING' CHECK ("state" IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
      "digest" boolean NOT NULL DEFAULT false,
      "attempts" integer NOT NULL DEFAULT 0,
      "last_error" text,
      "not_before" timestamptz NOT NULL,
      "claimed_at" timestamptz,
      "sent_at" timestamptz,
      "digest_id" uuid REFERENCES "workflow"."digest"("id"),
      "created_at" timestamptz NOT NULL DEFAULT now(),
      UNIQUE ("notification_id", "channel", "address"),
      CHECK (NOT "digest" OR "channel" = 'EMAIL'),
      CHECK (("state" = 'SENT') = ("sent_at" IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX "delivery_pending" ON "workflow"."delivery" ("not_before") WHERE "state" = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "workflow"."delivery"`);
    await q.query(`DROP TABLE "workflow"."digest"`);
  }
}
