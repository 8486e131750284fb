import { installSearchFunctions, searchIndexSql } from '@phoihop/core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Trigram indexes on the folded text of what the council's search finds (documents frozen here, as search.sources.ts builds them). */
export class SearchIndexes1765200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await installSearchFunctions(q);
    await q.query(searchIndexSql('"council"."resolution"', 'resolution_search', `number || ' — ' || title`));
    await q.query(searchIndexSql('"council"."recommendation"', 'recommendation_search', `content || ' ' || coalesce(closing_note, '')`));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS "council"."resolution_search"');
    await q.query('DROP INDEX IF EXISTS "council"."recommendation_search"');
  }
}
