import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The council's `session.moved` rows the workers carried to the Front (issue #13, item 3): a
 * relayed row without one lost its job (a Redis flush) or failed, and the reconciler runs it
 * again, as it does for the workflow's own requests (`outbox.processed_at`).
 */
export class FollowedSessions1766100000100 implements MigrationInterface {
  name = 'FollowedSessions1766100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "workflow"."followed_session_move" (
      "source" text NOT NULL,
      "outbox_id" bigint NOT NULL,
      "followed_at" timestamptz NOT NULL,
      "petitions_moved" integer NOT NULL,
      PRIMARY KEY ("source", "outbox_id")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "workflow"."followed_session_move"`);
  }
}
