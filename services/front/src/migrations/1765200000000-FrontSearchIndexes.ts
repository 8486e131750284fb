import { installSearchFunctions, searchIndexSql } from '@phoihop/core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Trigram indexes on the folded text of what the Front's search finds (documents frozen here, as search.sources.ts builds them). */
export class FrontSearchIndexes1765200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await installSearchFunctions(q);
    await q.query(searchIndexSql('"front"."voter_petition"', 'voter_petition_search', `content || ' ' || coalesce(recipient_name, '')`));
    await q.query(
      searchIndexSql('"front"."front_recommendation"', 'front_recommendation_search', `document_number || ' — ' || content || ' ' || coalesce(recipient_name, '')`),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS "front"."voter_petition_search"');
    await q.query('DROP INDEX IF EXISTS "front"."front_recommendation_search"');
  }
}
