import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxDdl } from '@phoihop/core';

export class CouncilTerms1764000000000 implements MigrationInterface {
  name = 'CouncilTerms1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "council"."council_term" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "jurisdiction_id" uuid NOT NULL,
      "name" text NOT NULL,
      "start_year" int NOT NULL,
      "end_year" int NOT NULL,
      CHECK ("end_year" > "start_year")
    )`);
    await q.query(`CREATE INDEX "council_term_jurisdiction" ON "council"."council_term" ("jurisdiction_id")`);
    for (const sql of outboxDdl('council')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "council"."outbox"`);
    await q.query(`DROP FUNCTION "council".outbox_notify()`);
    await q.query(`DROP TABLE "council"."council_term"`);
  }
}
