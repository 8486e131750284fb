import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger decides what is final (issue 10, item 1): a stage whose handler declared it
 * permanently failed is recorded on the deadline with its reason, at its version and stage;
 * the reconciler retries every other failure. Delivery claims get a token, so a lease is
 * renewed only by the worker that holds it.
 */
export class FinalFailure1764100000301 implements MigrationInterface {
  name = 'FinalFailure1764100000301';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "workflow"."deadline" ADD COLUMN "failed_version" int, ADD COLUMN "failed_stage" text,
                   ADD COLUMN "failed_at" timestamptz, ADD COLUMN "failure_reason" text`);
    await q.query(`ALTER TABLE "workflow"."delivery" ADD COLUMN "claim_token" uuid`);
    await q.query(`ALTER TABLE "workflow"."digest" ADD COLUMN "claim_token" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "workflow"."digest" DROP COLUMN "claim_token"`);
    await q.query(`ALTER TABLE "workflow"."delivery" DROP COLUMN "claim_token"`);
    await q.query(`ALTER TABLE "workflow"."deadline" DROP COLUMN "failed_version", DROP COLUMN "failed_stage",
                   DROP COLUMN "failed_at", DROP COLUMN "failure_reason"`);
  }
}
