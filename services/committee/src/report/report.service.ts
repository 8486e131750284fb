import { badInput, isUuid, localDate, notFound, type GraphContext } from '@phoihop/core';
import type { CaseKindFigures, CommitteeFigures, CouncilFigures, FrontFigures } from '../generated/graphql';
import { Jurisdiction } from '../jurisdictions/jurisdiction.entity';
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

/**
 * The committee's figures for the year's coordination report. Aggregates only, so they are
 * public (anonymous readers included); no row-level data leaves this service.
 */
export class ReportService {
  constructor(private readonly ctx: GraphContext) {}

  async key(jurisdictionId: string, year: number): Promise<ReportKey> {
    if (!isUuid(jurisdictionId)) throw badInput('jurisdictionId', 'Mã địa bàn không hợp lệ.');
    if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badInput('year', 'Năm báo cáo không hợp lệ.');
    if (!(await this.ctx.db.getRepository(Jurisdiction).exists({ where: { id: jurisdictionId } }))) {
      throw notFound('Jurisdiction', jurisdictionId, 'jurisdictionId');
    }
    return { jurisdictionId, year };
  }

  /** Computed once per report and request, whether asked for as `committee`, `summary` or `sections`. */
  figures({ jurisdictionId, year }: ReportKey): Promise<CommitteeFigures> {
    return this.ctx.loaders
      .get<string, CommitteeFigures>('CommitteeFigures.byKey', (keys) =>
        Promise.all(keys.map((k) => this.compute(k.slice(0, 36), Number(k.slice(37))))),
      )
      .load(`${jurisdictionId}:${year}`) as Promise<CommitteeFigures>;
  }

  /** Two statements per report: cases by kind, then reception days, directives and assignments. */
  private async compute(jurisdictionId: string, year: number): Promise<CommitteeFigures> {
    const today = localDate(this.ctx.clock.now());
    const cases: Array<Record<string, number | string>> = await this.ctx.db.query(
      `SELECT kind,
              count(*)::int AS received,
              count(accepted_on)::int AS accepted,
              count(*) FILTER (WHERE status = 'RESOLVED')::int AS resolved,
              count(*) FILTER (WHERE status = 'RESOLVED' AND resolved_on <= due_date)::int AS "resolvedOnTime",
              count(*) FILTER (WHERE (status = 'RESOLVED' AND resolved_on > due_date)
                                  OR (status IN ('RECEIVED', 'ACCEPTED') AND due_date < $3))::int AS overdue,
              count(*) FILTER (WHERE status IN ('RECEIVED', 'ACCEPTED') AND due_date < $3)::int AS "openOverdue"
         FROM "committee"."citizen_case"
        WHERE jurisdiction_id = $1 AND extract(year FROM received_on) = $2
        GROUP BY kind`,
      [jurisdictionId, year, today],
    );
    const byKind: CaseKindFigures[] = KINDS.map((kind) => {
      const row = cases.find((r) => r.kind === kind);
      return {
        kind,
        received: Number(row?.received ?? 0),
        accepted: Number(row?.accepted ?? 0),
        resolved: Number(row?.resolved ?? 0),
        resolvedOnTime: Number(row?.resolvedOnTime ?? 0),
        overdue: Number(row?.overdue ?? 0),
      };
    });
    const sum = (k: keyof Omit<CaseKindFigures, 'kind' | '__typename'>) => byKind.reduce((s, f) => s + f[k], 0);
    const [work] = await this.ctx.db.query(
      `SELECT (SELECT count(*)::int FROM "committee"."directive" d
                WHERE d.jurisdiction_id = $1 AND extract(year FROM d.issued_on) = $2) AS "directivesIssued",
              (SELECT count(*)::int FROM "committee"."reception_day" r
                WHERE r.jurisdiction_id = $1 AND extract(year FROM r.date) = $2 AND r.date <= $3) AS "receptionDays",
              count(a.id)::int AS assignments,
              count(a.id) FILTER (WHERE a.status = 'DONE')::int AS "assignmentsDone",
              count(a.id) FILTER (WHERE a.status = 'DONE' AND a.completed_on <= a.due_date)::int AS "assignmentsDoneOnTime",
              count(a.id) FILTER (WHERE (a.status = 'DONE' AND a.completed_on > a.due_date)
                                     OR (a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < $3))::int AS "assignmentsOverdue",
              count(a.id) FILTER (WHERE a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < $3)::int AS "assignmentsOpenOverdue"
         FROM "committee"."assignment" a
         JOIN "committee"."directive" d ON d.id = a.directive_id
        WHERE a.jurisdiction_id = $1 AND extract(year FROM d.issued_on) = $2`,
      [jurisdictionId, year, today],
    );
    return {
      casesReceived: sum('received'),
      casesAccepted: sum('accepted'),
      casesResolved: sum('resolved'),
      casesResolvedOnTime: sum('resolvedOnTime'),
      casesOverdue: sum('overdue'),
      casesOpenOverdue: cases.reduce((s, r) => s + Number(r.openOverdue), 0),
      receptionDays: Number(work.receptionDays),
      byKind,
      directivesIssued: Number(work.directivesIssued),
      assignments: Number(work.assignments),
      assignmentsDone: Number(work.assignmentsDone),
      assignmentsDoneOnTime: Number(work.assignmentsDoneOnTime),
      assignmentsOverdue: Number(work.assignmentsOverdue),
      assignmentsOpenOverdue: Number(work.assignmentsOpenOverdue),
    };
  }
}
