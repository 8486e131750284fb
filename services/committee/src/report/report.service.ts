import { badInput, formatDateVi, isUuid, notFound, requestMemo, type GraphContext } from '@phoihop/core';
import type { CaseKindFigures, CommitteeFigures, CouncilFigures, FrontFigures } from '../generated/graphql';
import { chairDaysByMonthSql, receptionMonths } from '../reception/reception-minimum';
import type { ReceptionVisitOutcome } from '../reception/reception-visit.entity';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import type { CitizenCaseKind } from '../cases/citizen-case.entity';

/**
 * The `CoordinationReport` entity as this subgraph sees it: its key, plus the council's and
 * the Front's figures when the query planner brings them for `summary`/`sections` (@requires).
 */
export interface ReportKey {
  jurisdictionId: string;
  year: number;
  council?: CouncilFigures;
  front?: FrontFigures;
}

const KINDS: CitizenCaseKind[] = ['COMPLAINT', 'DENUNCIATION', 'PETITION'];
const VISIT_OUTCOMES: ReceptionVisitOutcome[] = ['GUIDED', 'CASE_OPENED', 'ANSWERED', 'REFUSED'];

/**
 * The committee's figures for the year's coordination report. Aggregates only, so they are
 * public (anonymous readers included); no row-level data leaves this service.
 */
export class ReportService {
  constructor(private readonly ctx: GraphContext) {}

  /** Through the jurisdiction loader: one statement however many reports the request asks for. */
  async key(jurisdictionId: string, year: number): Promise<ReportKey> {
    if (!isUuid(jurisdictionId)) throw badInput('jurisdictionId', 'Mã địa bàn không hợp lệ.');
    if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badInput('year', 'Năm báo cáo không hợp lệ.');
    const jurisdiction = await new JurisdictionsService(this.ctx, { publicRead: true }).byId(jurisdictionId);
    if (!jurisdiction) throw notFound('Jurisdiction', jurisdictionId, 'jurisdictionId');
    // A year with no bodies to report on, or not begun, has no report: an empty one would read as "nothing was done".
    if (year < Number(jurisdiction.activeFrom.slice(0, 4))) {
      throw badInput('year', `${jurisdiction.name} được thành lập từ ngày ${formatDateVi(jurisdiction.activeFrom)}, chưa có báo cáo năm ${year}.`);
    }
    if (year > Number(this.ctx.today().slice(0, 4))) throw badInput('year', `Năm ${year} chưa đến, chưa có báo cáo.`);
    return { jurisdictionId, year };
  }

  /**
   * Computed once per report and client request, whether asked for as `committee`, `summary`
   * or `sections`: the plan's second fetch (the text, once the other figures are in) reuses the
   * first's (requestMemo). Two statements for every report of the request, however many.
   */
  figures({ jurisdictionId, year }: ReportKey): Promise<CommitteeFigures> {
    const key = JSON.stringify([jurisdictionId, year]);
    return requestMemo.get(this.ctx.requestId, `CommitteeFigures:${key}`, () =>
      this.ctx.loaders
        .get<string, CommitteeFigures>('CommitteeFigures.byKey', (keys) => this.compute(keys.map((k) => JSON.parse(k) as [string, number])))
        .load(key),
    ) as Promise<CommitteeFigures>;
  }

  private async compute(keys: Array<[string, number]>): Promise<CommitteeFigures[]> {
    const params = [keys.map((k) => k[0]), keys.map((k) => k[1]), this.ctx.today()];
    const [cases, work]: [CaseRow[], WorkRow[]] = await Promise.all([this.ctx.db.query(CASES_SQL, params), this.ctx.db.query(WORK_SQL, params)]);
    const jurisdictions = new JurisdictionsService(this.ctx, { publicRead: true });
    const places = await Promise.all(keys.map(([j]) => jurisdictions.byId(j)));
    return keys.map(([j, y], i) => {
      const mine = cases.filter((r) => r.j === j && r.y === y);
      const byKind: CaseKindFigures[] = KINDS.map((kind) => {
        const row = mine.find((r) => r.kind === kind);
        return {
          kind,
          received: row?.received ?? 0,
          accepted: row?.accepted ?? 0,
          resolved: row?.resolved ?? 0,
          resolvedOnTime: row?.resolvedOnTime ?? 0,
          overdue: row?.overdue ?? 0,
        };
      });
      const sum = (k: keyof Omit<CaseKindFigures, 'kind' | '__typename'>) => byKind.reduce((s, f) => s + f[k], 0);
      const { j: _j, y: _y, visitsByOutcome, chairDays, ...w } = work.find((r) => r.j === j && r.y === y)!;
      // A year without a reception day recorded says nothing about the chair: no shortfall is claimed.
      const months = w.receptionDays > 0 && places[i] ? receptionMonths(places[i]!, y, this.ctx.today(), chairDays) : [];
      return {
        casesReceived: sum('received'),
        casesAccepted: sum('accepted'),
        casesResolved: sum('resolved'),
        casesResolvedOnTime: sum('resolvedOnTime'),
        casesOverdue: sum('overdue'),
        casesOpenOverdue: mine.reduce((s, r) => s + r.openOverdue, 0),
        byKind,
        ...w,
        receptionVisitsByOutcome: VISIT_OUTCOMES.map((outcome) => ({ outcome, visits: visitsByOutcome[outcome] ?? 0 })),
        receptionVisits: Object.values(visitsByOutcome).reduce((s, n) => s + n, 0),
        receptionMinimumShortfalls: months.filter((m) => !m.met).map((m) => m.month),
      };
    });
  }
}

type CaseRow = Omit<CaseKindFigures, '__typename'> & { j: string; y: number; openOverdue: number };
type WorkRow = { j: string; y: number; visitsByOutcome: Partial<Record<ReceptionVisitOutcome, number>>; chairDays: number[] } & Pick<
  CommitteeFigures,
  'receptionDays' | 'receptionDaysHostedByCouncil' | 'directivesIssued' | 'assignments' | 'assignmentsDone' | 'assignmentsDoneOnTime' | 'assignmentsOverdue' | 'assignmentsOpenOverdue'
>;

const NOT_WITHDRAWN = `c.outcome IS DISTINCT FROM 'WITHDRAWN'`;
const KEYS = `k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(j, y))`;

/**
 * Citizen cases of each report by kind, counted by the year they were received. A withdrawn
 * case (rút đơn) was received, but the petitioner, not the handler, ended it: it is neither
 * resolved nor on time nor overdue.
 */
const CASES_SQL = `
  WITH ${KEYS}
  SELECT k.j::text AS j, k.y AS y, c.kind,
         count(*)::int AS received,
         count(c.accepted_on)::int AS accepted,
         count(*) FILTER (WHERE c.status = 'RESOLVED' AND ${NOT_WITHDRAWN})::int AS resolved,
         count(*) FILTER (WHERE c.status = 'RESOLVED' AND ${NOT_WITHDRAWN} AND c.resolved_on <= c.due_date)::int AS "resolvedOnTime",
         count(*) FILTER (WHERE (c.status = 'RESOLVED' AND ${NOT_WITHDRAWN} AND c.resolved_on > c.due_date)
                             OR (c.status IN ('RECEIVED', 'ACCEPTED') AND c.due_date < $3::date))::int AS overdue,
         count(*) FILTER (WHERE c.status IN ('RECEIVED', 'ACCEPTED') AND c.due_date < $3::date)::int AS "openOverdue"
    FROM k JOIN "committee"."citizen_case" c ON c.jurisdiction_id = k.j AND c.received_on >= make_date(k.y, 1, 1) AND c.received_on < make_date(k.y + 1, 1, 1)
   GROUP BY k.j, k.y, c.kind`;

/**
 * Reception days held (and those hosted by the council), the reception book by outcome, the
 * chair's reception days by month (reception-minimum.ts), directives issued and their live (not
 * cancelled) assignments, by the directive's year. An assignment is in its directive's jurisdiction (directives.service), and
 * saying so lets the directive side use its (jurisdiction, issued_on) index: without it a
 * commune's report probed every directive of the province's year (5.7 s at 20,000 directives).
 */
const WORK_SQL = `
  WITH ${KEYS}
  SELECT k.j::text AS j, k.y AS y,
         rd.*,
         (SELECT coalesce(jsonb_object_agg(v.outcome, v.n), '{}'::jsonb) FROM (
            SELECT v.outcome, count(*)::int AS n FROM "committee"."reception_visit" v
             WHERE v.jurisdiction_id = k.j AND v.visited_on >= make_date(k.y, 1, 1) AND v.visited_on < make_date(k.y + 1, 1, 1) AND v.visited_on <= $3::date
             GROUP BY v.outcome) v) AS "visitsByOutcome",
         ${chairDaysByMonthSql('k.j', 'k.y')} AS "chairDays",
         (SELECT count(*)::int FROM "committee"."directive" d
           WHERE d.jurisdiction_id = k.j AND d.issued_on >= make_date(k.y, 1, 1) AND d.issued_on < make_date(k.y + 1, 1, 1)) AS "directivesIssued",
         a.*
    FROM k CROSS JOIN LATERAL (
      SELECT count(a.id)::int AS assignments,
             count(a.id) FILTER (WHERE a.status = 'DONE')::int AS "assignmentsDone",
             count(a.id) FILTER (WHERE a.status = 'DONE' AND a.completed_on <= a.due_date)::int AS "assignmentsDoneOnTime",
             count(a.id) FILTER (WHERE (a.status = 'DONE' AND a.completed_on > a.due_date)
                                    OR (a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < $3::date))::int AS "assignmentsOverdue",
             count(a.id) FILTER (WHERE a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < $3::date)::int AS "assignmentsOpenOverdue"
        FROM "committee"."assignment" a JOIN "committee"."directive" d ON d.id = a.directive_id
       WHERE a.jurisdiction_id = k.j AND d.jurisdiction_id = k.j AND d.issued_on >= make_date(k.y, 1, 1) AND d.issued_on < make_date(k.y + 1, 1, 1) AND a.status <> 'CANCELLED') a
  CROSS JOIN LATERAL (
      SELECT count(*)::int AS "receptionDays",
             count(*) FILTER (WHERE r.hosting_body IN ('COUNCIL_STANDING', 'JOINT'))::int AS "receptionDaysHostedByCouncil"
        FROM "committee"."reception_day" r
       WHERE r.jurisdiction_id = k.j AND r.date >= make_date(k.y, 1, 1) AND r.date < make_date(k.y + 1, 1, 1) AND r.date <= $3::date) rd`;

