import type { MigrationInterface, QueryRunner } from 'typeorm';
import { cleanIdentity, openDenouncer, sealDenouncer } from '../denouncers/denouncer-vault';

interface PlainRow {
  case_id: string;
  full_name: string;
  address: string | null;
  phone: string | null;
  id_number: string | null;
}

/**
 * A denouncer's identity encrypted at rest (DESIGN.md, Security): each row's plain columns are
 * sealed into one AES-256-GCM value with the key id, then dropped; and the append-only log of
 * who read an identity. The key comes from the validated config through denouncerBox(): this
 * migration runs inside the committee's own process at start, after the config is loaded, so
 * it needs no setter and a missing production key stops the start before any row is touched.
 */
export class SealedDenouncers1764800000000 implements MigrationInterface {
  name = 'SealedDenouncers1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "committee"."denouncer" ADD COLUMN "key_id" text, ADD COLUMN "identity" bytea`);
    const rows = (await q.query(`SELECT "case_id", "full_name", "address", "phone", "id_number" FROM "committee"."denouncer" FOR UPDATE`)) as PlainRow[];
    for (const r of rows) {
      const sealed = sealDenouncer(r.case_id, cleanIdentity({ fullName: r.full_name, address: r.address, phone: r.phone, idNumber: r.id_number }));
      await q.query(`UPDATE "committee"."denouncer" SET "key_id" = $2, "identity" = $3 WHERE "case_id" = $1`, [r.case_id, sealed.keyId, sealed.identity]);
    }
    await q.query(`ALTER TABLE "committee"."denouncer"
      ALTER COLUMN "key_id" SET NOT NULL, ALTER COLUMN "identity" SET NOT NULL,
      DROP COLUMN "full_name", DROP COLUMN "address", DROP COLUMN "phone", DROP COLUMN "id_number"`);

    await q.query(`CREATE TABLE "committee"."denouncer_read" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "case_id" uuid NOT NULL REFERENCES "committee"."citizen_case"("id"),
      "user_id" text NOT NULL,
      "official_id" uuid NOT NULL,
      "read_at" timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX "denouncer_read_case" ON "committee"."denouncer_read" ("case_id", "read_at", "id")`);
    await q.query(`CREATE FUNCTION "committee"."denouncer_read_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'denouncer_read is append-only'; END $$`);
    await q.query(`CREATE TRIGGER "denouncer_read_append_only" BEFORE UPDATE OR DELETE ON "committee"."denouncer_read"
      FOR EACH STATEMENT EXECUTE FUNCTION "committee"."denouncer_read_append_only"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "committee"."denouncer_read"`);
    await q.query(`DROP FUNCTION "committee"."denouncer_read_append_only"()`);
    await q.query(`ALTER TABLE "committee"."denouncer" ADD COLUMN "full_name" text, ADD COLUMN "address" text, ADD COLUMN "phone" text, ADD COLUMN "id_number" text`);
    const rows = (await q.query(`SELECT "case_id", "key_id", "identity" FROM "committee"."denouncer"`)) as Array<{ case_id: string; key_id: string; identity: Buffer }>;
    for (const r of rows) {
      const d = openDenouncer({ caseId: r.case_id, keyId: r.key_id, identity: r.identity });
      await q.query(`UPDATE "committee"."denouncer" SET "full_name" = $2, "address" = $3, "phone" = $4, "id_number" = $5 WHERE "case_id" = $1`, [r.case_id, d.fullName, d.address, d.phone, d.idNumber]);
    }
    await q.query(`ALTER TABLE "committee"."denouncer" ALTER COLUMN "full_name" SET NOT NULL, DROP COLUMN "key_id", DROP COLUMN "identity"`);
  }
}
