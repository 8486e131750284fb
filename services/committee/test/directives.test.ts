import { stableId } from '@phoihop/core';
import type { TestGraph } from '../../../test/support/graph';
import { D, HL, O, codeOf, count, outbox, startCommitteeGraph, users } from './support/fixtures';

const REC = stableId('recommendation', '1');

const ISSUE = `mutation ($input: IssueDirectiveInput!) {
  issueDirective(input: $input) {
    id number issuedOn subject sourceType signer { name }
    source { ... on Recommendation { id followUp { state progress assignmentCount } } }
    assignments { totalCount nodes { id task dueDate dueRule status department { name } } }
  }
}`;
const PROGRESS = `mutation ($input: ReportAssignmentProgressInput!) { reportAssignmentProgress(input: $input) { status progress progressReports { percent note authorName } } }`;
const COMPLETE = `mutation ($input: CompleteAssignmentInput!) { completeAssignment(input: $input) { status progress completedOn completedOnTime completionReport } }`;
const FOLLOW_UP = `query ($id: ID!) { directive(id: $id) { source { ... on Recommendation { followUp { state progress doneCount nextDueDate } assignments { totalCount } } } } }`;

type Issued = {
  id: string;
  source: { followUp: { state: string; progress: number; assignmentCount: number } };
  assignments: { totalCount: number; nodes: Array<{ id: string; task: string; dueDate: string; dueRule: string; status: string; department: { name: string } }> };
};

describe('directives and assignments through the gateway', () => {
  let graph: TestGraph;
  let directive: Issued;
  const at = (date: string) => graph.clock.set(`${date}T09:00:00+07:00`);

  const input = (over: Record<string, unknown> = {}) => ({
    jurisdictionId: HL,
    number: '125/UBND-TNMT',
    issuedOn: '2025-03-03',
    signerId: O.viceChairEconomy.id,
    subject: 'Triển khai thực hiện kiến nghị sau giám sát về quản lý đất đai',
    source: { type: 'RECOMMENDATION', id: REC },
    assignments: [
      { departmentId: D.natural.id, task: 'Rà soát hồ sơ cấp giấy chứng nhận tồn đọng', dueDate: '2025-04-30', weight: 2 },
      { departmentId: D.urban.id, task: 'Kiểm tra vi phạm trật tự xây dựng trên đất nông nghiệp', dueDate: '2025-04-12' },
    ],
    ...over,
  });

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_directives', '2025-03-03T09:00:00+07:00');
  });
  afterAll(() => graph?.close());

  it('issues a directive for a council recommendation, each assignment with a deadline on the outbox', async () => {
    directive = (await graph.ok<{ issueDirective: Issued }>(ISSUE, { input: input() }, users.leader)).issueDirective;
    expect(directive).toMatchObject({ number: '125/UBND-TNMT', sourceType: 'RECOMMENDATION', signer: { name: O.viceChairEconomy.name } });
    expect(directive.source.followUp).toEqual({ state: 'IN_PROGRESS', progress: 0, assignmentCount: 2 });
    // 30 April and 12 April (Saturday) are days off: each due date moves to the next working day.
    expect(directive.assignments.nodes.map((a) => [a.department.name, a.dueDate, a.dueRule, a.status])).toEqual([
      ['Phòng Quản lý đô thị', '2025-04-14', 'ASSIGNMENT@1', 'OPEN'],
      ['Phòng Tài nguyên và Môi trường', '2025-05-05', 'ASSIGNMENT@1', 'OPEN'],
    ]);
    for (const a of directive.assignments.nodes) {
      expect(await outbox(graph, a.id)).toEqual([
        expect.objectContaining({ itemKind: 'ASSIGNMENT', state: 'OPEN', dueDate: a.dueDate, raisedBy: 'COUNCIL', rule: 'ASSIGNMENT@1' }),
      ]);
    }
  });

  it('rolls progress up to the recommendation as a weighted mean, done when every assignment is done', async () => {
    const [urban, natural] = directive.assignments.nodes;
    at('2025-03-20');
    const reported = await graph.ok<{ reportAssignmentProgress: { status: string; progress: number; progressReports: unknown[] } }>(
      PROGRESS,
      { input: { assignmentId: natural.id, percent: 60, note: 'Đã rà soát 120/200 hồ sơ.' } },
      users.staffNatural,
    );
    expect(reported.reportAssignmentProgress).toEqual({
      status: 'IN_PROGRESS',
      progress: 60,
      progressReports: [{ percent: 60, note: 'Đã rà soát 120/200 hồ sơ.', authorName: users.staffNatural.name }],
    });
    const mid = await graph.ok<{ directive: { source: { followUp: unknown } } }>(FOLLOW_UP, { id: directive.id }, users.councilStanding);
    expect(mid.directive.source.followUp).toEqual({ state: 'IN_PROGRESS', progress: 40, doneCount: 0, nextDueDate: '2025-04-14' });

    // Another department's assignment is not theirs to report on.
    const outboxBefore = await count(graph, 'outbox');
    const foreign = await graph.query(COMPLETE, { input: { assignmentId: urban.id, completedOn: '2025-03-20', report: 'x' } }, users.staffNatural);
    expect(codeOf(foreign.errors).code).toBe('FORBIDDEN');
    expect(await count(graph, 'outbox')).toBe(outboxBefore);

    at('2025-04-10');
    const urbanDone = await graph.ok<{ completeAssignment: unknown }>(COMPLETE, { input: { assignmentId: urban.id, completedOn: '2025-04-10', report: 'Đã xử lý 14 trường hợp vi phạm.' } }, users.staffUrban);
    expect(urbanDone.completeAssignment).toEqual({ status: 'DONE', progress: 100, completedOn: '2025-04-10', completedOnTime: true, completionReport: 'Đã xử lý 14 trường hợp vi phạm.' });
    at('2025-05-12');
    await graph.ok(COMPLETE, { input: { assignmentId: natural.id, completedOn: '2025-05-12', report: 'Hoàn thành rà soát.' } }, users.staffNatural);
    const done = await graph.ok<{ directive: { source: { followUp: unknown; assignments: { totalCount: number } } } }>(FOLLOW_UP, { id: directive.id }, users.leader);
    expect(done.directive.source).toEqual({ followUp: { state: 'DONE', progress: 100, doneCount: 2, nextDueDate: null }, assignments: { totalCount: 2 } });
    expect((await outbox(graph, natural.id)).map((e) => e.state)).toEqual(['OPEN', 'CLEARED']);

    const again = await graph.query(COMPLETE, { input: { assignmentId: natural.id, completedOn: '2025-05-12', report: 'x' } }, users.staffNatural);
    expect(codeOf(again.errors)).toEqual({ code: 'CONFLICT', field: 'input.assignmentId' });
  });

  describe('bad input writes nothing', () => {
    const tables = ['directive', 'assignment', 'progress_report', 'outbox'];
    it.each([
      ['an unknown department', { assignments: [{ departmentId: '00000000-0000-4000-8000-000000000000', task: 'x', dueDate: '2025-06-01' }] }, 'NOT_FOUND', 'input.assignments.0.departmentId'],
      ['a due date before the directive', { assignments: [{ departmentId: D.natural.id, task: 'x', dueDate: '2025-03-01' }] }, 'BAD_USER_INPUT', 'input.assignments.0.dueDate'],
      ['no assignment', { assignments: [] }, 'BAD_USER_INPUT', 'input.assignments'],
      ['a department head as signer', { signerId: O.headNatural.id }, 'BAD_USER_INPUT', 'input.signerId'],
      ['an unknown signer', { signerId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.signerId'],
      ['a number already used', {}, 'CONFLICT', 'input.number'],
      ['an unknown citizen case as source', { number: '7/UBND', source: { type: 'CITIZEN_CASE', id: '00000000-0000-4000-8000-000000000000' } }, 'NOT_FOUND', 'input.source.id'],
    ])('%s', async (_what, over, code, field) => {
      const before = await Promise.all(tables.map((t) => count(graph, t)));
      const r = await graph.query(ISSUE, { input: input(over) }, users.leader);
      expect(codeOf(r.errors)).toEqual({ code, field });
      expect(await Promise.all(tables.map((t) => count(graph, t)))).toEqual(before);
    });

    it('refuses a department to issue directives', async () => {
      const r = await graph.query(ISSUE, { input: input({ number: '9/UBND' }) }, users.staffNatural);
      expect(codeOf(r.errors).code).toBe('FORBIDDEN');
      expect(await count(graph, 'directive')).toBe(1);
    });
  });

  it('shows department staff their own department’s assignments only', async () => {
    const LIST = `{ assignments(jurisdictionId: "${HL}") { totalCount nodes { department { name } } } directives { totalCount nodes { assignments { totalCount } } } }`;
    const staff = await graph.ok<{ assignments: { totalCount: number; nodes: unknown[] }; directives: { nodes: Array<{ assignments: { totalCount: number } }> } }>(LIST, {}, users.staffNatural);
    expect(staff.assignments).toEqual({ totalCount: 1, nodes: [{ department: { name: 'Phòng Tài nguyên và Môi trường' } }] });
    expect(staff.directives.nodes[0].assignments.totalCount).toBe(1);
    const leader = await graph.ok<{ assignments: { totalCount: number } }>(LIST, {}, users.leader);
    expect(leader.assignments.totalCount).toBe(2);
  });
});
