import { DEMO } from '@phoihop/core';
import { seedDemo } from '@phoihop/committee';
import type { TestGraph } from '../../../test/support/graph';
import { count, startCommitteeGraph, users } from './support';

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
    expect(data.coordinationReport.committee).toMatchObject({ casesReceived: 18, casesResolved: 18, directivesIssued: 40, assignments: 40, assignmentsDone: 36 });
  });

  it('has 2026 work on Bắc Hồng Lĩnh with deadlines overdue and due soon, all on the outbox', async () => {
    const OPEN = `{ assignments(jurisdictionId: "${DEMO.jurisdictions.bacHongLinh.id}", status: IN_PROGRESS) { nodes { dueDate overdue } } citizenCases(jurisdictionId: "${DEMO.jurisdictions.bacHongLinh.id}", overdue: true) { totalCount } }`;
    const data = await graph.ok<{ assignments: { nodes: Array<{ dueDate: string; overdue: boolean }> }; citizenCases: { totalCount: number } }>(OPEN, {}, users.admin);
    const overdue = data.assignments.nodes.filter((a) => a.overdue).length;
    const soon = data.assignments.nodes.filter((a) => !a.overdue && a.dueDate <= '2026-12-04').length;
    expect(overdue).toBeGreaterThanOrEqual(2);
    expect(soon).toBeGreaterThanOrEqual(2);
    expect(data.citizenCases.totalCount).toBeGreaterThanOrEqual(1);
    const open = await count(graph, 'assignment', `status IN ('OPEN', 'IN_PROGRESS')`);
    const cases = await count(graph, 'citizen_case', `status <> 'RESOLVED'`);
    expect(await count(graph, 'outbox')).toBe(open + cases);
  });
});
