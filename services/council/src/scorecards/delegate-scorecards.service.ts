import { SCORECARD_READERS, compareVi, pageOfSorted, requireScorecardReader, scorecardYear, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import type { DelegateScorecardOrder } from '../generated/graphql';

export interface DelegateScorecardRow {
  delegateId: string;
  jurisdictionId: string;
  year: number;
  name: string;
  supervisions: number;
}

const STANDING: readonly string[] = ['CHAIR', 'VICE_CHAIR', 'STANDING_MEMBER'];

/** The council's part of the delegates' year: who served, and the supervisions they took part in. */
export class DelegateScorecardsService {
  constructor(private readonly ctx: GraphContext) {}

  async list(jurisdictionId: string, year: number, orderBy: DelegateScorecardOrder | null | undefined, page: PageArgs): Promise<Connection<DelegateScorecardRow>> {
    requireScorecardReader(this.ctx, jurisdictionId);
    scorecardYear(this.ctx, year);
    const rows = await this.rows(jurisdictionId, null, year);
    const order = orderBy ?? 'SUPERVISIONS';
    rows.sort((a, b) => (order === 'SUPERVISIONS' ? a.supervisions - b.supervisions : 0) || compareVi(a.name, b.name));
    return pageOfSorted(rows, (r) => r.delegateId, order, page);
  }

  async one(delegateId: string, year: number): Promise<DelegateScorecardRow | null> {
    const [row] = await this.rows(null, delegateId, year);
    return row && this.ctx.access.has(SCORECARD_READERS, { jurisdictionId: row.jurisdictionId }) ? row : null;
  }

  private async rows(jurisdictionId: string | null, delegateId: string | null, year: number): Promise<DelegateScorecardRow[]> {
    const rows: DelegateScorecardRow[] = await this.ctx.db.query(
      `SELECT d.id::text AS "delegateId", d.jurisdiction_id::text AS "jurisdictionId", $3::int AS year, d.full_name AS name,
              (SELECT count(*)::int FROM "council"."supervision" s
                WHERE s.jurisdiction_id = d.jurisdiction_id AND extract(year FROM s.starts_on) = $3 AND s.status <> 'PLANNED'
                  AND ((s.conducted_by = 'STANDING_COMMITTEE' AND d.position = ANY($4::text[]))
                    OR EXISTS (SELECT 1 FROM "council"."council_committee_member" m WHERE m.committee_id = s.council_committee_id AND m.delegate_id = d.id))) AS supervisions
         FROM "council"."delegate" d JOIN "council"."council_term" t ON t.id = d.term_id
        WHERE ($1::uuid IS NULL OR d.jurisdiction_id = $1::uuid) AND ($2::uuid IS NULL OR d.id = $2::uuid)
          AND t.start_year <= $3 AND t.end_year >= $3 AND (d.mandate_ended_on IS NULL OR extract(year FROM d.mandate_ended_on) >= $3)`,
      [jurisdictionId, delegateId, year, STANDING],
    );
    return rows;
  }
}
