import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: the report's figures read from the index alone (index-only scans), so a year of a
 * province and its communes does not fetch a heap page per case or assignment.
 * - Work figures join a commune's assignments to its year's directives. With only
 *   `(jurisdiction_id, due_date)` and `(directive_id)` the planner ANDed two bitmaps for every
 *   directive, reading all 2,000 of the commune's assignment entries each time (185 directives:
 *   83 ms); on `(jurisdiction_id, directive_id)` each directive is one probe (2.5–3.2 ms), and with the
 *   directive's id and the assignment's columns in the indexes the 104 jurisdictions' 2026
 *   work (18,554 directives, 185,000 assignments) is 0.20–0.25 s instead of 1.2 s.
 * - Case figures count a year of cases by jurisdiction: the 231,517 cases of the province's
 *   104 jurisdictions in 2026 were 232,000 scattered heap pages (1.9–3.1 s); index-only,
 *   320–470 ms on the loaded machine.
 */
export class ReportIndexes1766300000000 implements MigrationInterface {
  name = 'ReportIndexes1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX IF NOT EXISTS "assignment_jurisdiction_directive" ON "committee"."assignment" ("jurisdiction_id", "directive_id") INCLUDE ("id", "status", "completed_on", "due_date")`,
    );
    await q.query(`CREATE INDEX IF NOT EXISTS "directive_jurisdiction_issued" ON "committee"."directive" ("jurisdiction_id", "issued_on") INCLUDE ("id")`);
    await q.query(
      `CREATE INDEX IF NOT EXISTS "citizen_case_report" ON "committee"."citizen_case" ("jurisdiction_id", "received_on") INCLUDE ("kind", "status", "outcome", "accepted_on", "resolved_on", "due_date")`,
    );
    await q.query(`ANALYZE "committee"."assignment", "committee"."directive", "committee"."citizen_case"`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of ['assignment_jurisdiction_directive', 'directive_jurisdiction_issued', 'citizen_case_report']) await q.query(`DROP INDEX IF EXISTS "committee"."${i}"`);
  }
}
