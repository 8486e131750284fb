import { DEMO } from '@phoihop/core/seed';
import { seedScorecardDemo } from '../../services/committee/seed/scorecards';
import { startDemoGraph } from '../support/demo-graph';
import type { TestGraph } from '../support/graph';
import { userWith } from '../support/users';

const HL = DEMO.jurisdictions.hongLinh.id;

describe("the demo's scorecards: a department that is behind", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startDemoGraph('e2e_scorecards_demo');
    await seedScorecardDemo(graph.db.committee, graph.clock);
    // Idempotent: a second run adds nothing.
    await seedScorecardDemo(graph.db.committee, graph.clock);
  }, 180_000);
  afterAll(() => graph?.close());

  it("puts Hồng Lĩnh's urban management office first in 2022, with its work overdue and late", async () => {
    const r = await graph.ok<{ departmentScorecards: { nodes: Array<{ departmentId: string; total: { overdueNow: number; onTimeRate: number | null; averageDaysLate: number | null } }> } }>(
      `query ($j: ID!) { departmentScorecards(jurisdictionId: $j, year: 2022) { nodes { departmentId total { overdueNow onTimeRate averageDaysLate } } } }`,
      { j: HL },
      userWith('COMMITTEE_LEADER', { jurisdictionId: HL }),
    );
    const [first, second] = r.departmentScorecards.nodes;
    expect(first.departmentId).toBe(DEMO.departments.urban.id);
    // Before: one overdue task, like four other offices; now two more tasks and three petitions.
    expect(first.total.overdueNow).toBe(6);
    expect(first.total.overdueNow).toBeGreaterThan(second.total.overdueNow);
    const [{ n }] = await graph.db.committee.query(`SELECT count(*)::int AS n FROM "committee"."directive" WHERE number = '412/UBND-QLĐT'`);
    expect(n).toBe(1);
  });

  it("adds to the year's committee figures what services/committee/test/demo.test.ts must expect once it is wired in", async () => {
    const r = await graph.ok<{ coordinationReport: { committee: Record<string, number> } }>(
      `{ coordinationReport(jurisdictionId: "${HL}", year: 2022) { committee { casesReceived casesResolved directivesIssued assignments assignmentsDone assignmentsOpenOverdue casesOpenOverdue } } }`,
    );
    // The demo alone: 18 cases, 40 directives and assignments, 36 done (demo.test.ts).
    expect(r.coordinationReport.committee).toEqual({ casesReceived: 21, casesResolved: 18, directivesIssued: 41, assignments: 43, assignmentsDone: 37, assignmentsOpenOverdue: 6, casesOpenOverdue: 3 });
  });
});
