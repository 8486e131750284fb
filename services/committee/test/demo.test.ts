import { DEMO } from '@phoihop/core/seed';
import { seedDemo } from '@phoihop/committee/seed';
import type { TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { count, startCommitteeGraph, users } from './support/fixtures';

const REPORT = `query ($j: ID!, $y: Int!) { coordinationReport(jurisdictionId: $j, year: $y) { committee {
  casesReceived casesResolved casesOverdue directivesIssued assignments assignmentsDone assignmentsDoneOnTime assignmentsOverdue } } }`;

describe('committee demo data', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_demo', '2026-11-27T09:00:00+07:00');
    await seedDemo(graph.db.committee, graph.clock);
  });
  afterAll(() => graph?.close());

  it('is idempotent', async () => {
    const before = await Promise.all(['directive', 'assignment', 'citizen_case', 'reception_day', 'outbox', 'official'].map((t) => count(graph, t)));
    await seedDemo(graph.db.committee, graph.clock);
    expect(await Promise.all(['directive', 'assignment', 'citizen_case', 'reception_day', 'outbox', 'official'].map((t) => count(graph, t)))).toEqual(before);
  });

  it('answers the 40 voters’ petitions of Hồng Lĩnh in 2022', async () => {
    const data = await graph.ok<{ coordinationReport: { committee: Record<string, number> } }>(REPORT, { j: DEMO.jurisdictions.hongLinh.id, y: 2022 });
    expect(data.coordinationReport.committee).toMatchObject({ casesReceived: 21, casesResolved: 18, directivesIssued: 41, assignments: 43, assignmentsDone: 37 });
  });

  it('has 2026 work on Bắc Hồng Lĩnh with deadlines overdue and due soon, all on the outbox', async () => {
    const OPEN = `{ assignments(jurisdictionId: "${DEMO.jurisdictions.bacHongLinh.id}", status: IN_PROGRESS) { nodes { dueDate overdue } } citizenCases(jurisdictionId: "${DEMO.jurisdictions.bacHongLinh.id}", overdue: true) { totalCount } }`;
    const data = await graph.ok<{ assignments: { nodes: Array<{ dueDate: string; overdue: boolean }> }; citizenCases: { totalCount: number } }>(OPEN, {}, users.admin);
    const overdue = data.assignments.nodes.filter((a) => a.overdue).length;
    const soon = data.assignments.nodes.filter((a) => !a.overdue && a.dueDate <= '2026-12-04').length;
    expect(overdue).toBeGreaterThanOrEqual(2);
    expect(soon).toBeGreaterThanOrEqual(2);
    expect(data.citizenCases.totalCount).toBeGreaterThanOrEqual(1);
    // Every open item is on the outbox, and so is the assignment cancelled since (its deadline cleared).
    const open = await count(graph, 'assignment', `status IN ('OPEN', 'IN_PROGRESS')`);
    const cases = await count(graph, 'citizen_case', `status <> 'RESOLVED'`);
    const cancelled = await count(graph, 'assignment', `status = 'CANCELLED'`);
    const [{ items }] = await graph.db.committee.query(`SELECT count(DISTINCT aggregate_id)::int AS items FROM committee.outbox`);
    expect(items).toBe(open + cases + cancelled);
  });

  it('shows corrections: a rescheduled assignment with its history, a cancelled one, a transferred denunciation', async () => {
    const BHL = DEMO.jurisdictions.bacHongLinh.id;
    const data = await graph.ok<{
      assignments: { nodes: Array<{ task: string; dueDate: string; changes: Array<{ kind: string; previousDue: string | null; newDue: string | null; decisionNumber: string | null }> }> };
      cancelled: { nodes: Array<{ task: string; changes: Array<{ kind: string }> }> };
      citizenCases: { nodes: Array<{ subject: string; handlingDepartment: { name: string }; transfers: Array<{ fromDepartment: { name: string }; toInspector: { name: string } }> }> };
    }>(
      `{ assignments(jurisdictionId: "${BHL}", first: 100) { nodes { task dueDate changes { kind previousDue newDue decisionNumber } } }
         cancelled: assignments(jurisdictionId: "${BHL}", status: CANCELLED) { nodes { task changes { kind } } }
         citizenCases(jurisdictionId: "${BHL}", kind: DENUNCIATION) { nodes { subject handlingDepartment { name } transfers { fromDepartment { name } toInspector { name } } } } }`,
      {},
      users.admin,
    );
    const rescheduled = data.assignments.nodes.find((a) => a.changes.length > 0 && a.changes[0].kind === 'RESCHEDULED')!;
    expect(rescheduled).toEqual({
      task: 'Bồi thường, hỗ trợ giải phóng mặt bằng dự án đường vành đai',
      dueDate: '2026-12-10',
      changes: [{ kind: 'RESCHEDULED', previousDue: '2026-11-10', newDue: '2026-12-10', decisionNumber: '312/UBND-VP' }],
    });
    expect(data.cancelled.nodes).toEqual([{ task: 'Tuyên truyền phân loại rác thải tại nguồn ở các tổ dân phố ven núi', changes: [{ kind: 'CANCELLED' }] }]);
    expect(data.citizenCases.nodes).toContainEqual(
      {
        subject: 'Tố cáo việc thu tiền trái quy định tại trường mầm non',
        handlingDepartment: { name: DEMO.wardDepartments.bacSocial.name },
        transfers: [{ fromDepartment: { name: DEMO.wardDepartments.bacOffice.name }, toInspector: { name: DEMO.wardOfficials.bacInspectorSocial.name } }],
      },
    );
  });

  // Last: it adds cases to the demo ward.
  it('numbers new petitions of the demo ward after its highest, however many come', async () => {
    const BHL = DEMO.jurisdictions.bacHongLinh.id;
    const [{ highest }] = await graph.db.committee.query(
      `SELECT max(substring(number FROM '^PA-([0-9]+)/2026$')::int) AS highest FROM committee.citizen_case WHERE jurisdiction_id = $1`,
      [BHL],
    );
    // The demo's 2026 petitions carry numbers of the whole seed (PA-21, PA-22), not 1 and 2.
    expect(highest).toBeGreaterThan(2);
    const leader = userWith('COMMITTEE_LEADER', { jurisdictionId: BHL });
    const numbers: string[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await graph.query<{ receiveCitizenCase: { number: string } }>(
        `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { number } }`,
        {
          input: {
            jurisdictionId: BHL, kind: 'PETITION', channel: 'RECEPTION', receivedOn: '2026-11-27', subject: 'Phản ánh đèn chiếu sáng hỏng',
            content: 'Cử tri phản ánh đèn đường hỏng.', petitionerName: 'Nguyễn Văn Bình', handlingDepartmentId: DEMO.wardDepartments.bacEconomy.id,
          },
        },
        leader,
      );
      expect(res.errors).toBeUndefined();
      numbers.push(res.data!.receiveCitizenCase.number);
    }
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => `PA-${highest + 1 + i}/2026`));
  });
  it('shows Law 136/2025 in Bắc Hồng Lĩnh: council-hosted days, the reception book, the chair\'s minimum, a partial withdrawal, a listed ground', async () => {
    const BHL = DEMO.jurisdictions.bacHongLinh.id;
    const data = await graph.ok<{ coordinationReport: { committee: Record<string, unknown> }; citizenCases: { nodes: Array<{ number: string; status: string; partialWithdrawals: Array<{ contents: string[] }>; suspensions: Array<{ ground: string | null }> }> } }>(
      `query ($j: ID!) {
        coordinationReport(jurisdictionId: $j, year: 2026) { committee { receptionDaysHostedByCouncil receptionVisits receptionVisitsByOutcome { outcome visits } receptionMinimumShortfalls } }
        citizenCases(jurisdictionId: $j, kind: COMPLAINT, receivedFrom: "2026-07-01", first: 100) { nodes { number status partialWithdrawals { contents } suspensions { ground } } } }`,
      { j: BHL },
      users.admin,
    );
    expect(data.coordinationReport.committee).toEqual({
      receptionDaysHostedByCouncil: 2,
      receptionVisits: 5,
      receptionVisitsByOutcome: [{ outcome: 'GUIDED', visits: 1 }, { outcome: 'CASE_OPENED', visits: 1 }, { outcome: 'ANSWERED', visits: 2 }, { outcome: 'REFUSED', visits: 1 }],
      // February lost a Thursday to Tết; in August a vice-chair stood in once.
      receptionMinimumShortfalls: [2, 8],
    });
    const byNumber = new Map(data.citizenCases.nodes.map((c) => [c.number, c]));
    expect(byNumber.get('KN-103/2026')).toMatchObject({ status: 'RESOLVED', partialWithdrawals: [{ contents: ['Khiếu nại đơn giá bồi thường cây trồng'] }] });
    expect(byNumber.get('KN-104/2026')).toMatchObject({ status: 'SUSPENDED', suspensions: [{ ground: 'AWAITING_ASSESSMENT' }] });
  });
});
