import { stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { D, HL, O, codeOf, count, outbox, startCommitteeGraph, users } from './support/fixtures';

const REC = stableId('recommendation', 'corrections');
const MISSING = '00000000-0000-4000-8000-000000000000';

const ISSUE = `mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) { id assignments { nodes { id dueDate department { name } } } } }`;
const ASSIGNMENT_FIELDS = `id status dueDate department { name }
  changes { kind previousDue newDue previousDepartment { name } newDepartment { name } reason decisionNumber changedOn authorName }`;
const RESCHEDULE = `mutation ($input: RescheduleAssignmentInput!) { rescheduleAssignment(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
const REASSIGN = `mutation ($input: ReassignAssignmentInput!) { reassignAssignment(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
const CANCEL = `mutation ($input: CancelAssignmentInput!) { cancelAssignment(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
const UPDATE_DIRECTIVE = `mutation ($input: UpdateDirectiveInput!) { updateDirective(input: $input) { id number subject } }`;
const PROGRESS = `mutation ($input: ReportAssignmentProgressInput!) { reportAssignmentProgress(input: $input) { progress } }`;
const COMPLETE = `mutation ($input: CompleteAssignmentInput!) { completeAssignment(input: $input) { status } }`;
const FOLLOW_UP = `query ($id: ID!) { directive(id: $id) {
  all: assignments { totalCount } cancelled: assignments(status: CANCELLED) { totalCount }
  source { ... on Recommendation { followUp { state progress assignmentCount doneCount nextDueDate } } } } }`;

type Assignment = { id: string; status: string; dueDate: string; department: { name: string }; changes: Array<Record<string, unknown>> };

describe('corrections to directives and assignments through the gateway', () => {
  let graph: TestGraph;
  let directiveId: string;
  let natural: string;
  let urban: string;
  const at = (date: string) => graph.clock.set(`${date}T09:00:00+07:00`);
  const tables = ['directive', 'assignment', 'assignment_change', 'outbox'];
  const snapshot = async () => [...(await Promise.all(tables.map((t) => count(graph, t)))), await graph.db.committee.query(`SELECT id, number, subject FROM committee.directive ORDER BY id`), await graph.db.committee.query(`SELECT id, due_date, department_id, status FROM committee.assignment ORDER BY id`)];

  async function refused(doc: string, input: Record<string, unknown>, code: string, field: string | undefined, as = users.leader) {
    const before = await snapshot();
    const r = await graph.query(doc, { input }, as);
    expect(codeOf(r.errors)).toEqual({ code, field });
    expect(await snapshot()).toEqual(before);
  }

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_corrections', '2025-03-03T09:00:00+07:00');
    const issued = await graph.ok<{ issueDirective: { id: string; assignments: { nodes: Array<{ id: string; department: { name: string } }> } } }>(
      ISSUE,
      {
        input: {
          jurisdictionId: HL, number: '125/UBND-TNMT', issuedOn: '2025-03-03', signerId: O.viceChairEconomy.id,
          subject: 'Triển khai thực hiện kiến nghị sau giám sát về quản lý đất đai', source: { type: 'RECOMMENDATION', id: REC },
          assignments: [
            { departmentId: D.natural.id, task: 'Rà soát hồ sơ cấp giấy chứng nhận tồn đọng', dueDate: '2025-04-30', weight: 2 },
            { departmentId: D.urban.id, task: 'Kiểm tra vi phạm trật tự xây dựng trên đất nông nghiệp', dueDate: '2025-04-12' },
          ],
        },
      },
      users.leader,
    );
    directiveId = issued.issueDirective.id;
    [urban, natural] = issued.issueDirective.assignments.nodes.map((a) => a.id);
  });
  afterAll(() => graph?.close());

  it('reschedules an assignment by decision, keeping the old due date in its history and moving the deadline', async () => {
    at('2025-03-10');
    const moved = (
      await graph.ok<{ rescheduleAssignment: Assignment }>(
        RESCHEDULE,
        { input: { assignmentId: natural, dueDate: '2025-05-17', reason: 'Chờ kết quả đo đạc lại của Văn phòng đăng ký đất đai', decisionNumber: '245/UBND-VP' } },
        users.leader,
      )
    ).rescheduleAssignment;
    // 17 May 2025 is a Saturday: the due date moves to Monday.
    expect(moved).toMatchObject({ dueDate: '2025-05-19', status: 'OPEN' });
    expect(moved.changes).toEqual([
      {
        kind: 'RESCHEDULED', previousDue: '2025-05-05', newDue: '2025-05-19', previousDepartment: null, newDepartment: null,
        reason: 'Chờ kết quả đo đạc lại của Văn phòng đăng ký đất đai', decisionNumber: '245/UBND-VP', changedOn: '2025-03-10', authorName: users.leader.name,
      },
    ]);
    expect((await outbox(graph, natural)).map((e) => [e.state, e.dueDate])).toEqual([['OPEN', '2025-05-05'], ['OPEN', '2025-05-19']]);
  });

  it.each([
    ['a due date already past', { dueDate: '2025-03-07' }, 'BAD_USER_INPUT', 'input.dueDate'],
    ['the same due date once moved off the weekend', { dueDate: '2025-05-18' }, 'BAD_USER_INPUT', 'input.dueDate'],
    ['no decision number', { decisionNumber: ' ' }, 'BAD_USER_INPUT', 'input.decisionNumber'],
    ['no reason', { reason: '' }, 'BAD_USER_INPUT', 'input.reason'],
    ['an unknown assignment', { assignmentId: MISSING }, 'NOT_FOUND', 'input.assignmentId'],
  ])('refuses a reschedule with %s, writing nothing', async (_what, over, code, field) => {
    await refused(RESCHEDULE, { assignmentId: natural, dueDate: '2025-06-02', reason: 'Lý do', decisionNumber: '250/UBND-VP', ...over }, code, field);
  });

  it('leaves corrections to the leaders of the jurisdiction', async () => {
    const input = { assignmentId: natural, dueDate: '2025-06-02', reason: 'Lý do', decisionNumber: '250/UBND-VP' };
    await refused(RESCHEDULE, input, 'FORBIDDEN', undefined, users.staffNatural);
    await refused(RESCHEDULE, input, 'FORBIDDEN', undefined, userWith('COMMITTEE_LEADER', { jurisdictionId: DEMO.jurisdictions.bacHongLinh.id }));
  });

  it('reassigns an assignment to another department, the deadline’s assignee following', async () => {
    const moved = (
      await graph.ok<{ reassignAssignment: Assignment }>(REASSIGN, { input: { assignmentId: urban, departmentId: D.labour.id, reason: 'Nội dung liên quan chính sách hỗ trợ chuyển đổi nghề' } }, users.leader)
    ).reassignAssignment;
    expect(moved).toMatchObject({ department: { name: 'Phòng Lao động – Thương binh và Xã hội' }, dueDate: '2025-04-14' });
    expect(moved.changes).toMatchObject([{ kind: 'REASSIGNED', previousDepartment: { name: 'Phòng Quản lý đô thị' }, newDepartment: { name: 'Phòng Lao động – Thương binh và Xã hội' } }]);
    expect((await outbox(graph, urban)).at(-1)).toMatchObject({ state: 'OPEN', dueDate: '2025-04-14', assignee: { departmentId: D.labour.id } });
    // The department that lost it no longer sees it; the new one does.
    expect(codeOf((await graph.query(`{ assignment(id: "${urban}") { id } }`, {}, users.staffUrban)).errors).code).toBe('FORBIDDEN');
    const labourStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HL, departmentId: D.labour.id });
    expect(await graph.ok(`{ assignment(id: "${urban}") { id } }`, {}, labourStaff)).toEqual({ assignment: { id: urban } });
  });

  it.each([
    ['the department it is with', { departmentId: D.labour.id }, 'BAD_USER_INPUT', 'input.departmentId'],
    ['a department of another jurisdiction', { departmentId: DEMO.wardDepartments.bacEconomy.id }, 'NOT_FOUND', 'input.departmentId'],
  ])('refuses to reassign to %s', async (_what, over, code, field) => {
    await refused(REASSIGN, { assignmentId: urban, reason: 'Lý do', ...over }, code, field);
  });

  it('fixes the directive’s number, the open deadlines’ titles following', async () => {
    await refused(UPDATE_DIRECTIVE, { directiveId }, 'BAD_USER_INPUT', 'input');
    await graph.ok(ISSUE, { input: { jurisdictionId: HL, number: '7/UBND-VP', issuedOn: '2025-03-10', signerId: O.chair.id, subject: 'Văn bản khác', source: { type: 'RECOMMENDATION', id: stableId('recommendation', 'other') }, assignments: [{ departmentId: D.finance.id, task: 'Bố trí kinh phí', dueDate: '2025-04-30' }] } }, users.leader);
    await refused(UPDATE_DIRECTIVE, { directiveId, number: '7/UBND-VP' }, 'CONFLICT', 'input.number');
    const fixed = await graph.ok<{ updateDirective: unknown }>(UPDATE_DIRECTIVE, { input: { directiveId, number: '126/UBND-TNMT ' } }, users.leader);
    expect(fixed.updateDirective).toEqual({ id: directiveId, number: '126/UBND-TNMT', subject: 'Triển khai thực hiện kiến nghị sau giám sát về quản lý đất đai' });
    expect((await outbox(graph, natural)).at(-1)).toMatchObject({ state: 'OPEN', dueDate: '2025-05-19', title: 'Nhiệm vụ theo văn bản 126/UBND-TNMT: Rà soát hồ sơ cấp giấy chứng nhận tồn đọng' });
  });

  it('cancels an assignment: the deadline is cleared and the follow-up leaves it out', async () => {
    const labourStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HL, departmentId: D.labour.id });
    await graph.ok(PROGRESS, { input: { assignmentId: urban, percent: 80, note: 'Đã khảo sát 40 hộ.' } }, labourStaff);
    const before = await graph.ok<{ directive: { source: { followUp: { progress: number; assignmentCount: number } } } }>(FOLLOW_UP, { id: directiveId }, users.leader);
    expect(before.directive.source.followUp).toMatchObject({ progress: 26.7, assignmentCount: 2 });

    at('2025-03-12');
    const reportedAssignments = async () =>
      (
        await graph.ok<{ coordinationReport: { committee: { assignments: number } } }>(
          `query ($j: ID!) { coordinationReport(jurisdictionId: $j, year: 2025) { committee { assignments } } }`,
          { j: HL },
        )
      ).coordinationReport.committee.assignments;
    const assignmentsBefore = await reportedAssignments();
    const cancelled = (await graph.ok<{ cancelAssignment: Assignment }>(CANCEL, { input: { assignmentId: urban, reason: 'Nội dung đã được giải quyết theo Quyết định 88/QĐ-UBND' } }, users.leader)).cancelAssignment;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.changes.map((c) => c.kind)).toEqual(['REASSIGNED', 'CANCELLED']);
    expect((await outbox(graph, urban)).at(-1)).toMatchObject({ state: 'CLEARED', dueDate: null });

    const after = await graph.ok<{ directive: unknown }>(FOLLOW_UP, { id: directiveId }, users.leader);
    expect(after.directive).toEqual({
      all: { totalCount: 1 },
      cancelled: { totalCount: 1 },
      source: { followUp: { state: 'IN_PROGRESS', progress: 0, assignmentCount: 1, doneCount: 0, nextDueDate: '2025-05-19' } },
    });
    // The year's report counts live assignments only.
    expect(await reportedAssignments()).toBe(assignmentsBefore - 1);
    await refused(CANCEL, { assignmentId: urban, reason: 'Lần nữa' }, 'CONFLICT', 'input.assignmentId');
    await refused(RESCHEDULE, { assignmentId: urban, dueDate: '2025-06-02', reason: 'Lý do', decisionNumber: '1/UBND' }, 'CONFLICT', 'input.assignmentId');
    expect(codeOf((await graph.query(PROGRESS, { input: { assignmentId: urban, percent: 90, note: 'x' } }, labourStaff)).errors)).toEqual({ code: 'CONFLICT', field: 'input.assignmentId' });
  });

  it('is done when every live assignment is, and the directive is then no longer corrected', async () => {
    at('2025-05-12');
    await graph.ok(COMPLETE, { input: { assignmentId: natural, completedOn: '2025-05-12', report: 'Hoàn thành rà soát 200 hồ sơ.' } }, users.staffNatural);
    const done = await graph.ok<{ directive: { source: { followUp: unknown } } }>(FOLLOW_UP, { id: directiveId }, users.leader);
    expect(done.directive.source.followUp).toEqual({ state: 'DONE', progress: 100, assignmentCount: 1, doneCount: 1, nextDueDate: null });
    await refused(UPDATE_DIRECTIVE, { directiveId, subject: 'Trích yếu mới' }, 'CONFLICT', 'input.directiveId');
  });
});
