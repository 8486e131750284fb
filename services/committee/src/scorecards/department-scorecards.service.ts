import { SCORECARD_READERS, compareVi, pageOfSorted, requireScorecardReader, scorecardYear, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import type { DepartmentScorecardOrder } from '../generated/graphql';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';

/** What one kind of work adds up to for a department in the year. */
export interface WorkFigures {
  received: number;
  done: number;
  doneOnTime: number;
  overdueNow: number;
  /** Sum of days late (done late or overdue now) and how many items were late. */
  daysLate: number;
  late: number;
}

export interface DepartmentScorecardRow {
  departmentId: string;
  year: number;
  name: string;
  assignments: WorkFigures;
  cases: WorkFigures;
}

export const onTimeRate = (w: WorkFigures): number | null => (w.done ? Math.round((w.doneOnTime / w.done) * 1000) / 1000 : null);
export const averageDaysLate = (w: WorkFigures): number | null => (w.late ? Math.round((w.daysLate / w.late) * 10) / 10 : null);

export function totalOf(r: DepartmentScorecardRow): WorkFigures {
  const a = r.assignments;
  const c = r.cases;
  return { received: a.received + c.received, done: a.done + c.done, doneOnTime: a.doneOnTime + c.doneOnTime, overdueNow: a.overdueNow + c.overdueNow, daysLate: a.daysLate + c.daysLate, late: a.late + c.late };
}

/** Sort keys, larger first unless noted; ties go by name (Vietnamese collation). */
const ORDER: Record<DepartmentScorecardOrder, (r: DepartmentScorecardRow) => number> = {
  OVERDUE_NOW: (r) => totalOf(r).overdueNow,
  // Lowest rate first; nothing done sorts last.
  ON_TIME_RATE: (r) => -(onTimeRate(totalOf(r)) ?? 2),
  AVERAGE_DAYS_LATE: (r) => averageDaysLate(totalOf(r)) ?? -1,
  RECEIVED: (r) => totalOf(r).received,
  NAME: () => 0,
};


/**
 * The departments' year, from the committee's own tables in one statement: the same cohorts
 * as the report (directives issued in the year, cases received in it), so the scorecards add
 * up to the report's figures. Days late are calendar days: resolved or completed after the due
 * date, or past it today.
 */
export class DepartmentScorecardsService {
  constructor(private readonly ctx: GraphContext) {}

  async list(jurisdictionId: string, year: number, orderBy: DepartmentScorecardOrder | null | undefined, page: PageArgs): Promise<Connection<DepartmentScorecardRow>> {
    requireScorecardReader(this.ctx, jurisdictionId);
    await new JurisdictionsService(this.ctx).require(jurisdictionId);
    scorecardYear(this.ctx, year);
    const rows = (await this.rows([{ departmentId: null, jurisdictionId, year }])).get(`${jurisdictionId}/${year}`) ?? [];
    const order = orderBy ?? 'OVERDUE_NOW';
    const key = ORDER[order];
    rows.sort((a, b) => key(b) - key(a) || compareVi(a.name, b.name));
    return pageOfSorted(rows, (r) => r.departmentId, order, page);
  }

  /** One department's card (a reference from another subgraph), under the same rule. */
  async one(departmentId: string, year: number): Promise<DepartmentScorecardRow | null> {
    const [row] = (await this.rows([{ departmentId, jurisdictionId: null, year }])).get(`${departmentId}/${year}`) ?? [];
    if (!row) return null;
    return this.ctx.access.has(SCORECARD_READERS, { jurisdictionId: row.jurisdictionId }) ? row : null;
  }

  private async rows(keys: Array<{ departmentId: string | null; jurisdictionId: string | null; year: number }>): Promise<Map<string, Array<DepartmentScorecardRow & { jurisdictionId: string }>>> {
    const out = new Map<string, Array<DepartmentScorecardRow & { jurisdictionId: string }>>();
    for (const k of keys) {
      const found: Array<Record<string, unknown>> = await this.ctx.db.query(SCORECARD_SQL, [k.jurisdictionId, k.departmentId, k.year, this.ctx.today()]);
      out.set(`${k.departmentId ?? k.jurisdictionId}/${k.year}`, found.map(rowOf));
    }
    return out;
  }
}

const figures = (r: Record<string, unknown>, p: 'a' | 'c'): WorkFigures => ({
  received: Number(r[`${p}_received`]),
  done: Number(r[`${p}_done`]),
  doneOnTime: Number(r[`${p}_on_time`]),
  overdueNow: Number(r[`${p}_overdue_now`]),
  daysLate: Number(r[`${p}_days_late`]),
  late: Number(r[`${p}_late`]),
});

const rowOf = (r: Record<string, unknown>): DepartmentScorecardRow & { jurisdictionId: string } => ({
  departmentId: String(r.department_id),
  jurisdictionId: String(r.jurisdiction_id),
  year: Number(r.year),
  name: String(r.name),
  assignments: figures(r, 'a'),
  cases: figures(r, 'c'),
});

/** Work per department: $1 jurisdiction or $2 department, $3 year, $4 today. */
const SCORECARD_SQL = `
  WITH work AS (
    SELECT a.department_id AS department, 'a' AS kind, a.status IN ('OPEN', 'IN_PROGRESS') AS open, a.status = 'DONE' AS done,
           CASE WHEN a.status = 'DONE' THEN a.completed_on - a.due_date WHEN a.status IN ('OPEN', 'IN_PROGRESS') THEN $4::date - a.due_date END AS late_by
      FROM "committee"."assignment" a JOIN "committee"."directive" d ON d.id = a.directive_id
     WHERE ($1::uuid IS NULL OR a.jurisdiction_id = $1::uuid) AND ($2::uuid IS NULL OR a.department_id = $2::uuid)
       AND extract(year FROM d.issued_on) = $3 AND a.status <> 'CANCELLED'
    UNION ALL
    SELECT c.handling_department_id, 'c', c.status IN ('RECEIVED', 'ACCEPTED'), c.status = 'RESOLVED' AND c.outcome IS DISTINCT FROM 'WITHDRAWN',
           CASE WHEN c.status = 'RESOLVED' AND c.outcome IS DISTINCT FROM 'WITHDRAWN' THEN c.resolved_on - c.due_date
                WHEN c.status IN ('RECEIVED', 'ACCEPTED') THEN $4::date - c.due_date END
      FROM "committee"."citizen_case" c
     WHERE ($1::uuid IS NULL OR c.jurisdiction_id = $1::uuid) AND ($2::uuid IS NULL OR c.handling_department_id = $2::uuid)
       AND extract(year FROM c.received_on) = $3)
  SELECT dep.id::text AS department_id, dep.jurisdiction_id::text AS jurisdiction_id, $3::int AS year, dep.name,
         ${['a', 'c']
           .map(
             (k) => `count(w.kind) FILTER (WHERE w.kind = '${k}')::int AS ${k}_received,
         count(*) FILTER (WHERE w.kind = '${k}' AND w.done)::int AS ${k}_done,
         count(*) FILTER (WHERE w.kind = '${k}' AND w.done AND w.late_by <= 0)::int AS ${k}_on_time,
         count(*) FILTER (WHERE w.kind = '${k}' AND w.open AND w.late_by > 0)::int AS ${k}_overdue_now,
         coalesce(sum(w.late_by) FILTER (WHERE w.kind = '${k}' AND w.late_by > 0), 0)::int AS ${k}_days_late,
         count(*) FILTER (WHERE w.kind = '${k}' AND w.late_by > 0)::int AS ${k}_late`,
           )
           .join(',\n         ')}
    FROM "committee"."department" dep JOIN work w ON w.department = dep.id
   GROUP BY dep.id, dep.jurisdiction_id, dep.name`;
