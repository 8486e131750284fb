import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CODES, list, toCode } from './1765000000000-FieldOfResponsibility';

const TABLES = ['department', 'official'] as const;

/**
 * Departments' fields and the vice-chairs' portfolios become FieldOfResponsibility codes the way
 * cases' fields did (a code in any case, a Vietnamese label, else OTHER), in their first order
 * and without repeats, and a CHECK keeps every element a code.
 */
export class DirectoryFields1765100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(
        `UPDATE "committee"."${table}" t SET "fields" = ARRAY(
           SELECT c.code FROM (SELECT ${toCode('f.value')} AS code, min(f.n) AS n FROM unnest(t."fields") WITH ORDINALITY AS f(value, n) GROUP BY 1) c
           ORDER BY c.n)
         WHERE "fields" <> '{}'`,
      );
      await q.query(`ALTER TABLE "committee"."${table}" ADD CONSTRAINT "${table}_fields_check" CHECK ("fields" <@ ARRAY[${list(CODES)}]::text[])`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE "committee"."${table}" DROP CONSTRAINT "${table}_fields_check"`);
  }
}
