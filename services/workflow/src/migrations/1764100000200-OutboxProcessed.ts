import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the workers finished a workflow request (reschedule, recompute): a relayed request
 * without it lost its job (a Redis flush) or failed, and the reconciler runs it again.
 * Requests relayed before this column existed count as done at their relay time.
 */
export class OutboxProcessed1764100000200 implements MigrationInterface {
  name = 'OutboxProcessed1764100000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "workflow"."outbox" ADD COLUMN "processed_at" timestamptz`);
    await q.query(`UPDATE "workflow"."outbox" SET "processed_at" = "relayed_at" WHERE "relayed_at" IS NOT NULL`);
    await q.query(`CREATE INDEX "outbox_unprocessed" ON "workflow"."outbox" ("id") WHERE "relayed_at" IS NOT NULL AND "processed_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "workflow"."outbox_unprocessed"`);
    await q.query(`ALTER TABLE "workflow"."outbox" DROP COLUMN "processed_at"`);
  }
}
