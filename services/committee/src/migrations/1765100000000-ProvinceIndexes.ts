import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: the lists a department reads are ordered by `(received_on, id)` or
 * `(due_date, id)` within one department; with these indexes a page of 50 is an ordered
 * index scan of 51 rows, not a sort of the whole department (200,000 cases at province scale).
 */
export class ProvinceIndexes1765100000000 implements MigrationInterface {
  name = 'ProvinceIndexes1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS "citizen_case_department_received" ON "committee"."citizen_case" ("handling_department_id", "received_on", "id")`);
    await q.query(`CREATE INDEX IF NOT EXISTS "citizen_case_jurisdiction_received" ON "committee"."citizen_case" ("jurisdiction_id", "received_on", "id")`);
    await q.query(`CREATE INDEX IF NOT EXISTS "assignment_department_due" ON "committee"."assignment" ("department_id", "due_date", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of ['citizen_case_department_received', 'citizen_case_jurisdiction_received', 'assignment_department_due']) {
      await q.query(`DROP INDEX IF EXISTS "committee"."${i}"`);
    }
  }
}
