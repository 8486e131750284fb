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
 * The year's council figures. Years are date ranges and the CTEs are not materialized, so each
 * count reads its jurisdiction's rows by index: materialized, `r` was every recommendation of
 * the province, scanned for each report (issue 12).
 */
const FIGURES_SQL = `
  WITH k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(j, y)),
  s AS NOT MATERIALIZED (SELECT * FROM "council"."session" WHERE status <> 'PLANNED'),
  r AS NOT MATERIALIZED (SELECT * FROM "council"."recommendation"),
  qs AS NOT MATERIALIZED (SELECT * FROM "council"."questioning_session"),
  c AS NOT MATERIALIZED (SELECT * FROM "council"."questioning_commitment")
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
    (SELECT count(*)::int FROM r WHERE r.jurisdiction_id = k.j AND r.issued_on >= make_date(k.y, 1, 1) AND r.issued_on < make_date(k.y + 1, 1, 1)) AS "recommendationsIssued",
    (SELECT count(*)::int FROM r WHERE r.jurisdiction_id = k.j AND r.issued_on >= make_date(k.y, 1, 1) AND r.issued_on < make_date(k.y + 1, 1, 1) AND r.status = 'RESOLVED') AS "recommendationsResolved",
    (SELECT count(*)::int FROM r WHERE r.jurisdiction_id = k.j AND r.issued_on >= make_date(k.y, 1, 1) AND r.issued_on < make_date(k.y + 1, 1, 1) AND r.status = 'RESOLVED' AND r.closed_on <= r.due_date) AS "recommendationsResolvedOnTime",
    (SELECT count(*)::int FROM r WHERE r.jurisdiction_id = k.j AND r.issued_on >= make_date(k.y, 1, 1) AND r.issued_on < make_date(k.y + 1, 1, 1) AND ${overdueSql({ open: `r.status = 'OPEN'`, due: 'r.due_date' }, '$3::date')}) AS "recommendationsOverdue",
    (SELECT count(*)::int FROM qs WHERE qs.jurisdiction_id = k.j AND qs.held_on >= make_date(k.y, 1, 1) AND qs.held_on < make_date(k.y + 1, 1, 1) AND qs.kind = 'QUESTIONING') AS "questioningSessions",
    (SELECT count(*)::int FROM qs WHERE qs.jurisdiction_id = k.j AND qs.held_on >= make_date(k.y, 1, 1) AND qs.held_on < make_date(k.y + 1, 1, 1) AND qs.kind = 'EXPLANATION') AS "explanationSessions",
    (SELECT count(*)::int FROM qs JOIN "council"."question" x ON x.questioning_session_id = qs.id WHERE qs.jurisdiction_id = k.j AND qs.held_on >= make_date(k.y, 1, 1) AND qs.held_on < make_date(k.y + 1, 1, 1)) AS "questionsAsked",
    (SELECT count(*)::int FROM c WHERE c.jurisdiction_id = k.j AND c.made_on >= make_date(k.y, 1, 1) AND c.made_on < make_date(k.y + 1, 1, 1)) AS "commitmentsMade",
    (SELECT count(*)::int FROM c WHERE c.jurisdiction_id = k.j AND c.made_on >= make_date(k.y, 1, 1) AND c.made_on < make_date(k.y + 1, 1, 1) AND c.status = 'FULFILLED') AS "commitmentsFulfilled",
    (SELECT count(*)::int FROM c WHERE c.jurisdiction_id = k.j AND c.made_on >= make_date(k.y, 1, 1) AND c.made_on < make_date(k.y + 1, 1, 1) AND c.status = 'FULFILLED' AND c.fulfilled_on <= c.due_date) AS "commitmentsFulfilledOnTime",
    (SELECT count(*)::int FROM c WHERE c.jurisdiction_id = k.j AND c.made_on >= make_date(k.y, 1, 1) AND c.made_on < make_date(k.y + 1, 1, 1) AND ${overdueSql({ open: `c.status = 'OPEN'`, due: 'c.due_date' }, '$3::date')}) AS "commitmentsOverdue"
  FROM k`;
