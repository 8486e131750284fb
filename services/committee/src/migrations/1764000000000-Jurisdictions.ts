import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxDdl } from '@phoihop/core';

export class Jurisdictions1764000000000 implements MigrationInterface {
  name = 'Jurisdictions1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "committee"."jurisdiction" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "code" text NOT NULL UNIQUE,
      "name" text NOT NULL,
      "search_name" text NOT NULL,
      "level" text NOT NULL CHECK ("level" IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
      "parent_id" uuid REFERENCES "committee"."jurisdiction"("id"),
      "active_from" date NOT NULL,
      "active_to" date,
      CHECK ("active_to" IS NULL OR "active_to" >= "active_from")
    )`);
    await q.query(`CREATE INDEX "jurisdiction_parent" ON "committee"."jurisdiction" ("parent_id")`);
    await q.query(`CREATE INDEX "jurisdiction_search" ON "committee"."jurisdiction" ("search_name" text_pattern_ops)`);
    for (const sql of outboxDdl('committee')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "committee"."outbox"`);
    await q.query(`DROP FUNCTION "committee".outbox_notify()`);
    await q.query(`DROP TABLE "committee"."jurisdiction"`);
  }
}
