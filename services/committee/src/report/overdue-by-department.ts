import type { GraphContext } from '@phoihop/core';
import type { DepartmentOverdue } from '../generated/graphql';
import type { ReportKey } from './report.service';

type Row = Omit<DepartmentOverdue, '__typename'> & { j: string; y: number };

/**
 * The report's overdue work by department: the same cohorts as the figures'
 * `assignmentsOpenOverdue` and `casesOpenOverdue` (directives issued, cases received in the
 * year; still open and past due today), so the table adds up to them. One statement for every
 * report of a request, and only when the table is asked for.
 */
export function overdueByDepartment(ctx: GraphContext, { jurisdictionId, year }: ReportKey): Promise<DepartmentOverdue[]> {
  return ctx.loaders
    .get<string, DepartmentOverdue[]>('DepartmentOverdue.byReport', async (keys) => {
      const parsed = keys.map((k) => JSON.parse(k) as [string, number]);
      const rows: Row[] = await ctx.db.query(OVERDUE_SQL, [parsed.map((k) => k[0]), parsed.map((k) => k[1]), ctx.today()]);
      return parsed.map(([j, y]) => rows.filter((r) => r.j === j && r.y === y).map(({ j: _j, y: _y, ...row }) => row));
    })
    .load(JSON.stringify([jurisdictionId, year])) as Promise<DepartmentOverdue[]>;
}

const OVERDUE_SQL = `
  WITH k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(j, y)),
  overdue AS (
    SELECT k.j, k.y, a.department_id AS department, 1 AS assignment, 0 AS "case"
      FROM k JOIN "committee"."assignment" a ON a.jurisdiction_id = k.j
      JOIN "committee"."directive" d ON d.id = a.directive_id AND d.jurisdiction_id = k.j AND d.issued_on >= make_date(k.y, 1, 1) AND d.issued_on < make_date(k.y + 1, 1, 1)
     WHERE a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < $3::date
    UNION ALL
    SELECT k.j, k.y, c.handling_department_id, 0, 1
      FROM k JOIN "committee"."citizen_case" c ON c.jurisdiction_id = k.j AND c.received_on >= make_date(k.y, 1, 1) AND c.received_on < make_date(k.y + 1, 1, 1)
     WHERE c.status IN ('RECEIVED', 'ACCEPTED') AND c.due_date < $3::date)
  SELECT o.j::text AS j, o.y AS y, dep.id::text AS "departmentId", dep.name AS "departmentName",
         sum(o.assignment)::int AS assignments, sum(o."case")::int AS cases
    FROM overdue o JOIN "committee"."department" dep ON dep.id = o.department
   GROUP BY o.j, o.y, dep.id, dep.name
   ORDER BY sum(o.assignment) + sum(o."case") DESC, dep.name`;
