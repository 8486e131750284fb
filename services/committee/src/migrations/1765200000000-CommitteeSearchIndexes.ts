import { installSearchFunctions, searchIndexSql } from '@phoihop/core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Trigram indexes on the folded text of what the committee's search finds (documents frozen here, as search.sources.ts builds them). */
export class CommitteeSearchIndexes1765200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await installSearchFunctions(q);
    await q.query(searchIndexSql('"committee"."citizen_case"', 'citizen_case_search', `number || ' — ' || subject || ' ' || coalesce(content, '')`));
    await q.query(searchIndexSql('"committee"."directive"', 'directive_search', `number || ' — ' || subject`));
    await q.query(searchIndexSql('"committee"."assignment"', 'assignment_search', `task || ' ' || coalesce(completion_report, '')`));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['citizen_case_search', 'directive_search', 'assignment_search']) await q.query(`DROP INDEX IF EXISTS "committee"."${index}"`);
  }
}
