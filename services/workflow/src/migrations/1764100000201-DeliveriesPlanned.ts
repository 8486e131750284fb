import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the workers planned a notification's email and webhook deliveries (against the
 * preferences of that moment). Reconcile plans only notifications that never got there, so
 * turning email on later does not mail a week of old reminders. Notifications made before
 * this column count as planned, except recent ones without deliveries (a crash may have
 * stopped their planning).
 */
export class DeliveriesPlanned1764100000201 implements MigrationInterface {
  name = 'DeliveriesPlanned1764100000201';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "workflow"."notification" ADD COLUMN "deliveries_planned_at" timestamptz`);
    await q.query(`UPDATE "workflow"."notification" n SET "deliveries_planned_at" = n."created_at"
                    WHERE n."created_at" < now() - interval '1 hour'
                       OR EXISTS (SELECT 1 FROM "workflow"."delivery" d WHERE d."notification_id" = n."id")`);
    await q.query(`CREATE INDEX "notification_unplanned" ON "workflow"."notification" ("created_at") WHERE "deliveries_planned_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "workflow"."notification_unplanned"`);
    await q.query(`ALTER TABLE "workflow"."notification" DROP COLUMN "deliveries_planned_at"`);
  }
}
