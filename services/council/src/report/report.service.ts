import { overdueSql, type GraphContext } from '@phoihop/core';
import type { CouncilFigures } from '../generated/graphql';

/** The key of the `CoordinationReport` entity (owned by the committee subgraph). */
export interface ReportKey {
  jurisdictionId: string;
  year: number;
}

type FigureRow = { [K in keyof Omit<CouncilFigures, '__typename'>]: number } & { j: string; y: number };

/**
 * The council's figures for the review conference. Aggregates are public. One statement for
 * every report key of a request.
 */
export class CouncilReportService {
  constructor(private readonly ctx: GraphContext) {}

  async figures(key: ReportKey): Promise<CouncilFigures> {
    const today = this.ctx.today();
    const row = await this.ctx.loaders
      .get<string, FigureRow>('CouncilFigures.byKey', async (keys) => {
        const parsed = keys.map((k) => JSON.parse(k) as [string, number]);
        const rows: FigureRow[] = await this.ctx.db.query(FIGURES_SQL, [parsed.map((k) => k[0]), parsed.map((k) => k[1]), today]);
        return keys.map((_, i) => rows.find((r) => r.j === parsed[i][0] && r.y === parsed[i][1]) ?? null);
      })
      .load(JSON.stringify([key.jurisdictionId, key.year]));
    const { j: _j, y: _y, ...figures } = row!;
    return figures;
  }
}

/**
 * The year's council figures. Years are date ranges and the CTE is not materialized, so each
 * count reads its jurisdiction's rows by index. The recommendations are counted in one pass
 * over the index of their jurisdiction and issue date, which carries every column the counts
 * read (migration 1766300000001): four heap scans of a commune's 2,000 recommendations were
 * 1.1–2.7 s for a province with its communes, one index-only pass is 83 ms (issue 12).
 */
const FIGURES_SQL = `
  WITH k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(j, y)),
  s AS NOT MATERIALIZED (SELECT * FROM "council"."session" WHERE status <> 'PLANNED'),
  qs AS NOT MATERIALIZED (SELECT * FROM "council"."questioning_session")
  SELECT k.j::text AS j, k.y AS y,
    (SELECT count(*)::int FROM s WHERE s.jurisdiction_id = k.j AND s.actual_start_date >= make_date(k.y, 1, 1) AND s.actual_start_date < make_date(k.y + 1, 1, 1)) AS "sessions",
    (SELECT count(*)::int FROM s WHERE s.jurisdiction_id = k.j AND s.actual_start_date >= make_date(k.y, 1, 1) AND s.actual_start_date < make_date(k.y + 1, 1, 1) AND s.kind = 'REGULAR') AS "regularSessions",
    (SELECT count(*)::int FROM s WHERE s.jurisdiction_id = k.j AND s.actual_start_date >= make_date(k.y, 1, 1) AND s.actual_start_date < make_date(k.y + 1, 1, 1) AND s.kind = 'THEMATIC') AS "thematicSessions",
    (SELECT count(*)::int FROM s WHERE s.jurisdiction_id = k.j AND s.actual_start_date >= make_date(k.y, 1, 1) AND s.actual_start_date < make_date(k.y + 1, 1, 1) AND s.kind = 'EXTRAORDINARY') AS "extraordinarySessions",
    (SELECT count(*)::int FROM "council"."resolution" x WHERE x.jurisdiction_id = k.j AND x.year = k.y) AS "resolutions",
    (SELECT count(*)::int FROM "council"."resolution" x WHERE x.jurisdiction_id = k.j AND x.year = k.y AND x.thematic) AS "thematicResolutions",
    (SELECT count(*)::int FROM "council"."supervision" v WHERE v.jurisdiction_id = k.j AND v.starts_on >= make_date(k.y, 1, 1) AND v.starts_on < make_date(k.y + 1, 1, 1) AND v.kind = 'SURVEY') AS "surveys",
    (SELECT count(*)::int FROM "council"."supervision" v WHERE v.jurisdiction_id = k.j AND v.starts_on >= make_date(k.y, 1, 1) AND v.starts_on < make_date(k.y + 1, 1, 1) AND v.kind = 'SUPERVISION') AS "supervisions",
    (SELECT count(*)::int FROM "council"."joint_meeting" m WHERE m.jurisdiction_id = k.j AND m.held_on >= make_date(k.y, 1, 1) AND m.held_on < make_date(k.y + 1, 1, 1) AND m.kind = 'PRE_SESSION') AS "preSessionMeetings",
    (SELECT count(*)::int FROM qs WHERE qs.jurisdiction_id = k.j AND qs.held_on >= make_date(k.y, 1, 1) AND qs.held_on < make_date(k.y + 1, 1, 1) AND qs.kind = 'QUESTIONING') AS "questioningSessions",
    (SELECT count(*)::int FROM qs WHERE qs.jurisdiction_id = k.j AND qs.held_on >= make_date(k.y, 1, 1) AND qs.held_on < make_date(k.y + 1, 1, 1) AND qs.kind = 'EXPLANATION') AS "explanationSessions",
    (SELECT count(*)::int FROM qs JOIN "council"."question" x ON x.questioning_session_id = qs.id WHERE qs.jurisdiction_id = k.j AND qs.held_on >= make_date(k.y, 1, 1) AND qs.held_on < make_date(k.y + 1, 1, 1)) AS "questionsAsked",
    r.*,
    c.*
  FROM k CROSS JOIN LATERAL (
    SELECT count(*)::int AS "recommendationsIssued",
           count(*) FILTER (WHERE r.status = 'RESOLVED')::int AS "recommendationsResolved",
           count(*) FILTER (WHERE r.status = 'RESOLVED' AND r.closed_on <= r.due_date)::int AS "recommendationsResolvedOnTime",
           count(*) FILTER (WHERE ${overdueSql({ open: `r.status = 'OPEN'`, due: 'r.due_date' }, '$3::date')})::int AS "recommendationsOverdue"
      FROM "council"."recommendation" r
     WHERE r.jurisdiction_id = k.j AND r.issued_on >= make_date(k.y, 1, 1) AND r.issued_on < make_date(k.y + 1, 1, 1)) r
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS "commitmentsMade",
           count(*) FILTER (WHERE c.status = 'FULFILLED')::int AS "commitmentsFulfilled",
           count(*) FILTER (WHERE c.status = 'FULFILLED' AND c.fulfilled_on <= c.due_date)::int AS "commitmentsFulfilledOnTime",
           count(*) FILTER (WHERE ${overdueSql({ open: `c.status = 'OPEN'`, due: 'c.due_date' }, '$3::date')})::int AS "commitmentsOverdue"
      FROM "council"."questioning_commitment" c
     WHERE c.jurisdiction_id = k.j AND c.made_on >= make_date(k.y, 1, 1) AND c.made_on < make_date(k.y + 1, 1, 1)) c`;
