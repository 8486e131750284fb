import { SCORECARD_READERS, forbidden, type GraphContext } from '@phoihop/core';

export interface ScorecardKey {
  departmentId: string;
  year: number;
}

export interface EscalationsReached {
  level: number;
  items: number;
}

const LEVELS = [1, 2, 3, 4];
const DEPARTMENT_WORK = ['ASSIGNMENT', 'COMPLAINT', 'DENUNCIATION', 'PETITION'];

/** Escalations reached per level of every card of the request, in one statement over the ledger. */
export function escalationsOf(ctx: GraphContext, key: ScorecardKey): Promise<EscalationsReached[]> {
  return ctx.loaders
    .get<string, EscalationsReached[]>('DepartmentScorecard.escalations', async (keys) => {
      const parsed = keys.map((k) => JSON.parse(k) as [string, number]);
      const rows: Array<{ department: string; year: number; jurisdiction: string; level: number; items: number }> = await ctx.db.query(
        `WITH k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(department, year))
         SELECT k.department::text AS department, k.year, d.jurisdiction_id::text AS jurisdiction, l.level, count(DISTINCT d.item_id)::int AS items
           FROM k JOIN "workflow"."deadline" d ON d.assignee_department_id = k.department AND extract(year FROM d.start_date) = k.year
                  AND d.item_kind = ANY($3::text[])
           CROSS JOIN unnest($4::int[]) AS l(level)
          WHERE d.escalation_level >= l.level
          GROUP BY k.department, k.year, d.jurisdiction_id, l.level`,
        [parsed.map((k) => k[0]), parsed.map((k) => k[1]), DEPARTMENT_WORK, LEVELS],
      );
      for (const r of rows) if (!ctx.access.has(SCORECARD_READERS, { jurisdictionId: r.jurisdiction })) throw forbidden();
      return parsed.map(([department, year]) =>
        LEVELS.map((level) => ({ level, items: rows.filter((r) => r.department === department && r.year === year && r.level === level).reduce((n, r) => n + r.items, 0) })),
      );
    })
    .load(JSON.stringify([key.departmentId, key.year])) as Promise<EscalationsReached[]>;
}
