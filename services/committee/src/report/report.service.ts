import { badInput, localDate, notFound, type GraphContext } from '@phoihop/core';
import type { CaseKindFigures, CommitteeFigures } from '../generated/graphql';
import { Jurisdiction } from '../jurisdictions/jurisdiction.entity';
import type { CitizenCaseKind } from '../cases/citizen-case.entity';

/** The key of the `CoordinationReport` entity. */
export interface ReportKey {
  jurisdictionId: string;
  year: number;
}

const KINDS: CitizenCaseKind[] = ['COMPLAINT', 'DENUNCIATION', 'PETITION'];

/**
 * The committee's figures for the year's coordination report. Aggregates only, so they are
 * public (anonymous readers included); no row-level data leaves this service.
 */
export class ReportService {
  constructor(private readonly ctx: GraphContext) {}

  async key(jurisdictionId: string, year: number): Promise<ReportKey> {
    if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badInput('year', 'Năm báo cáo không hợp lệ.');
    if (!(await this.ctx.db.getRepository(Jurisdiction).exists({ where: { id: jurisdictionId } }))) {
      throw notFound('Jurisdiction', jurisdictionId, 'jurisdictionId');
    }
    return { jurisdictionId, year };
  }

  /** Two statements per report: cases by kind, then directives and assignments. */
  async figures({ jurisdictionId, year }: ReportKey): Promise<CommitteeFigures> {
    const today = localDate(this.ctx.clock.now());
    const cases: Array<Record<string, number | string>> = await this.ctx.db.query(
      `SELECT kind,
              count(*)::int AS received,
              count(accepted_on)::int AS accepted,
              count(*) FILTER (WHERE status = 'RESOLVED')::int AS resolved,
              count(*) FILTER (WHERE status = 'RESOLVED' AND resolved_on <= due_date)::int AS "resolvedOnTime",
              count(*) FILTER (WHERE (status = 'RESOLVED' AND resolved_on > due_date)
                                  OR (status IN ('RECEIVED', 'ACCEPTED') AND due_date < $3))::int AS overdue
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
              count(a.id)::int AS assignments,
              count(a.id) FILTER (WHERE a.status = 'DONE')::int AS "assignmentsDone",
              count(a.id) FILTER (WHERE a.status = 'DONE' AND a.completed_on <= a.due_date)::int AS "assignmentsDoneOnTime",
              count(a.id) FILTER (WHERE (a.status = 'DONE' AND a.completed_on > a.due_date)
                                     OR (a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < $3))::int AS "assignmentsOverdue"
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
      byKind,
      directivesIssued: Number(work.directivesIssued),
      assignments: Number(work.assignments),
      assignmentsDone: Number(work.assignmentsDone),
      assignmentsDoneOnTime: Number(work.assignmentsDoneOnTime),
      assignmentsOverdue: Number(work.assignmentsOverdue),
    };
  }
}
