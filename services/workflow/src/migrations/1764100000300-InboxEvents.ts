import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Postgres channel on which every new (and every read) notification is announced. */
export const INBOX_CHANNEL = 'phoihop_inbox';

/**
 * The real-time inbox (issue #15, part 8): `seq` orders notifications as they were written,
 * so a client that reconnects says where it stopped (`Last-Event-ID`); the trigger announces
 * each new or read notification on {@link INBOX_CHANNEL} with ids only — whoever listens
 * re-reads the row, under the reader's rules, before showing anything.
 */
export class InboxEvents1764100000300 implements MigrationInterface {
  name = 'InboxEvents1764100000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "workflow"."notification" ADD COLUMN "seq" bigint GENERATED ALWAYS AS IDENTITY`);
    await q.query(`CREATE UNIQUE INDEX "notification_seq" ON "workflow"."notification" ("seq")`);
    await q.query(`
      CREATE FUNCTION "workflow".notification_announce() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${INBOX_CHANNEL}', json_build_object(
          'seq', NEW.seq, 'id', NEW.id, 'recipientType', NEW.recipient_type, 'recipientId', NEW.recipient_id,
          'read', TG_OP = 'UPDATE')::text);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER notification_announce AFTER INSERT OR UPDATE OF "read_at" ON "workflow"."notification"
                   FOR EACH ROW EXECUTE FUNCTION "workflow".notification_announce()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER notification_announce ON "workflow"."notification"`);
    await q.query(`DROP FUNCTION "workflow".notification_announce()`);
    await q.query(`DROP INDEX "workflow"."notification_seq"`);
    await q.query(`ALTER TABLE "workflow"."notification" DROP COLUMN "seq"`);
  }
}
