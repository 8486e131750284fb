import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: the report's work figures join a commune's assignments to its year's directives.
 * With only `(jurisdiction_id, due_date)` and `(directive_id)` the planner ANDed two bitmaps for
 * every directive, reading all 2,000 of the commune's assignment entries each time (185
 * directives: 83 ms); on `(jurisdiction_id, directive_id)` each directive is one index probe
 * (2.5–3.2 ms, the same statement on the province data set).
 */
export class AssignmentDirectiveIndex1766300000000 implements MigrationInterface {
  name = 'AssignmentDirectiveIndex1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS "assignment_jurisdiction_directive" ON "committee"."assignment" ("jurisdiction_id", "directive_id")`);
    await q.query(`ANALYZE "committee"."assignment"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "committee"."assignment_jurisdiction_directive"`);
  }
}
