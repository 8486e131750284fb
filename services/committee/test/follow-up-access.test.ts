import { stableId } from '@phoihop/core';
import { userWith } from '../../../test/support/users';
import type { TestGraph } from '../../../test/support/graph';
import { D, HL, O, codeOf, count, startCommitteeGraph, users } from './support/fixtures';

const ISSUE = `mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) { id number assignments { nodes { id } } } }`;
const ASSIGNMENTS = `query ($t: FollowUpSourceType) { assignments(jurisdictionId: "${HL}", sourceType: $t) { totalCount nodes { id task source { __typename } } } }`;
const DIRECTIVES = `{ directives(jurisdictionId: "${HL}") { totalCount nodes { number sourceType source { __typename } } } }`;
const REPORT = `{ coordinationReport(jurisdictionId: "${HL}", year: 2025) { committee { casesReceived casesResolved casesResolvedOnTime casesOverdue byKind { kind received resolved resolvedOnTime overdue } } } }`;

const frontStanding = userWith('FRONT_STANDING', { jurisdictionId: HL });
const staffInspectorate = userWith('DEPARTMENT_STAFF', { jurisdictionId: HL, departmentId: D.inspectorate.id });

describe('follow-up work on citizen cases, directive numbers and the case figures', () => {
  let graph: TestGraph;
  let caseId: string;
  let caseDirective: { id: string; assignments: { nodes: Array<{ id: string }> } };
  const at = (date: string) => graph.clock.set(`${date}T09:00:00+07:00`);
  const directive = (number: string, source: Record<string, unknown>, departmentId: string = D.natural.id) => ({
    jurisdictionId: HL, number, issuedOn: '2025-03-05', signerId: O.chair.id, subject: `Chỉ đạo ${number}`, source,
    assignments: [{ departmentId, task: `Nhiệm vụ theo ${number}`, dueDate: '2025-04-15' }],
  });

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_follow_up_access', '2025-03-05T09:00:00+07:00');
    const received = await graph.ok<{ receiveCitizenCase: { id: string } }>(
      `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id } }`,
      { input: { jurisdictionId: HL, kind: 'DENUNCIATION', channel: 'MAIL', receivedOn: '2025-03-03', subject: 'Tố cáo sai phạm trong đấu giá đất', content: 'Tố cáo cán bộ làm lộ thông tin đấu giá.', denouncer: { fullName: 'Phạm Thị Nga' }, handlingDepartmentId: D.inspectorate.id, handlingInspectorId: O.inspector.id, inspectorDecision: { number: '7/QĐ-TTr', decidedOn: '2025-03-03' } } },
      users.leader,
    );
    caseId = received.receiveCitizenCase.id;
    caseDirective = (await graph.ok<{ issueDirective: typeof caseDirective }>(ISSUE, { input: directive('40/UBND-TTr', { type: 'CITIZEN_CASE', id: caseId }, D.inspectorate.id) }, users.leader)).issueDirective;
    await graph.ok(ISSUE, { input: directive('41/UBND-TNMT', { type: 'RECOMMENDATION', id: stableId('recommendation', 'x') }) }, users.leader);
    await graph.ok(ISSUE, { input: directive('42/UBND-TNMT', { type: 'FRONT_RECOMMENDATION', id: stableId('front-recommendation', 'x') }) }, users.leader);
  });
  afterAll(() => graph?.close());

  it('shows the council and the Front only what their body raised, never work on a citizen case', async () => {
    for (const [who, user, visible] of [
      ['council', users.councilStanding, ['Recommendation']],
      ['front', frontStanding, ['FrontRecommendation']],
    ] as const) {
      const all = await graph.query<{ assignments: { nodes: Array<{ source: { __typename: string } }> } }>(ASSIGNMENTS, {}, user);
      expect([who, all.errors]).toEqual([who, undefined]);
      expect(all.data!.assignments.nodes.map((n) => n.source.__typename)).toEqual(visible);
      expect((await graph.ok<{ assignments: { totalCount: number } }>(ASSIGNMENTS, { t: 'CITIZEN_CASE' }, user)).assignments.totalCount).toBe(0);
      const directives = await graph.query<{ directives: { nodes: Array<{ source: { __typename: string } }> } }>(DIRECTIVES, {}, user);
      expect(directives.errors).toBeUndefined();
      expect(directives.data!.directives.nodes.map((n) => n.source.__typename)).toEqual(visible);
      expect(codeOf((await graph.query(`{ directive(id: "${caseDirective.id}") { id } }`, {}, user)).errors).code).toBe('FORBIDDEN');
      expect(codeOf((await graph.query(`{ assignment(id: "${caseDirective.assignments.nodes[0].id}") { id } }`, {}, user)).errors).code).toBe('FORBIDDEN');
    }
  });

  it('leaves case work to the leaders and the handling department', async () => {
    const leader = await graph.ok<{ directives: { totalCount: number } }>(DIRECTIVES, {}, users.leader);
    expect(leader.directives.totalCount).toBe(3);
    const inspectorate = await graph.ok<{ directives: { nodes: Array<{ number: string; source: { __typename: string } }> } }>(DIRECTIVES, {}, staffInspectorate);
    expect(inspectorate.directives.nodes.find((n) => n.number === '40/UBND-TTr')).toEqual({ number: '40/UBND-TTr', sourceType: 'CITIZEN_CASE', source: { __typename: 'CitizenCase' } });
    const natural = await graph.ok<{ directives: { nodes: Array<{ number: string }> } }>(DIRECTIVES, {}, users.staffNatural);
    expect(natural.directives.nodes.map((n) => n.number).sort()).toEqual(['41/UBND-TNMT', '42/UBND-TNMT']);
    expect(codeOf((await graph.query(`{ directive(id: "${caseDirective.id}") { id } }`, {}, users.staffNatural)).errors).code).toBe('FORBIDDEN');
  });

  it('gives one of two leaders issuing the same number at once a CONFLICT on input.number, writing one directive', async () => {
    const before = await count(graph, 'directive');
    const results = await Promise.all(
      [0, 1, 2, 3].map(() => graph.query(ISSUE, { input: directive('50/UBND-VP', { type: 'RECOMMENDATION', id: stableId('recommendation', 'y') }) }, users.leader)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => codeOf(r.errors))).toEqual(Array(3).fill({ code: 'CONFLICT', field: 'input.number' }));
    expect(await count(graph, 'directive')).toBe(before + 1);
  });

  it('counts a withdrawn case as received, not as resolved, on time or overdue', async () => {
    at('2025-05-20');
    const withdrawn = async (receivedOn: string, withdrawnOn: string) => {
      const { receiveCitizenCase: c } = await graph.ok<{ receiveCitizenCase: { id: string } }>(
        `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id } }`,
        { input: { jurisdictionId: HL, kind: 'PETITION', channel: 'MAIL', receivedOn, subject: 'Phản ánh', content: 'Rác thải.', petitionerName: 'Lê Văn Hải', handlingDepartmentId: D.urban.id } },
        users.leader,
      );
      await graph.ok(`mutation ($input: WithdrawCitizenCaseInput!) { withdrawCitizenCase(input: $input) { id } }`, { input: { caseId: c.id, withdrawnOn, reason: 'Đã được giải quyết' } }, users.leader);
    };
    await withdrawn('2025-03-04', '2025-03-05'); // before the due date
    await withdrawn('2025-03-04', '2025-05-20'); // long after it
    const { coordinationReport } = await graph.ok<{ coordinationReport: { committee: { byKind: Array<Record<string, unknown>> } & Record<string, unknown> } }>(REPORT, {}, null);
    expect(coordinationReport.committee.byKind.find((k) => k.kind === 'PETITION')).toEqual({ kind: 'PETITION', received: 2, resolved: 0, resolvedOnTime: 0, overdue: 0 });
  });
});
