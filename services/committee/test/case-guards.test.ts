import { userWith } from '../../../test/support/users';
import type { TestGraph } from '../../../test/support/graph';
import { D, HL, O, codeOf, count, outbox, startCommitteeGraph, users } from './support/fixtures';

const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id number dueDate handlingInspector { name } } }`;
const ACCEPT = `mutation ($input: AcceptCitizenCaseInput!) { acceptCitizenCase(input: $input) { id status dueDate handlingInspector { name } } }`;
const EXTEND = `mutation ($input: ExtendCitizenCaseInput!) { extendCitizenCase(input: $input) { id dueDate } }`;
const SUSPEND = `mutation ($input: SuspendCitizenCaseInput!) { suspendCitizenCase(input: $input) { id status dueDate overdue } }`;
const CASE = `query ($id: ID!) { citizenCase(id: $id) { id status dueDate overdue handlingInspector { name } denouncer { fullName } } }`;

const staffInspectorate = userWith('DEPARTMENT_STAFF', { jurisdictionId: HL, departmentId: D.inspectorate.id });
const TABLES = ['citizen_case', 'case_transfer', 'case_extension', 'case_suspension', 'denouncer', 'outbox'];

type Case = { id: string; number: string; dueDate: string | null; status: string; handlingInspector: { name: string } | null };

describe('guards on the case lifecycle through the gateway', () => {
  let graph: TestGraph;
  const at = (date: string) => graph.clock.set(`${date}T09:00:00+07:00`);
  const snapshot = async () => [
    ...(await Promise.all(TABLES.map((t) => count(graph, t)))),
    await graph.db.committee.query(`SELECT id, status, due_date::text, handling_inspector_id FROM committee.citizen_case ORDER BY id`),
  ];
  async function refused(doc: string, input: Record<string, unknown>, code: string, field: string | undefined, as = users.leader) {
    const before = await snapshot();
    const r = await graph.query(doc, { input }, as);
    expect(codeOf(r.errors)).toEqual({ code, field });
    expect(await snapshot()).toEqual(before);
  }
  const receive = async (input: Record<string, unknown>, as = users.leader) =>
    (await graph.ok<{ receiveCitizenCase: Case }>(RECEIVE, { input: { jurisdictionId: HL, channel: 'MAIL', receivedOn: '2025-03-03', ...input } }, as)).receiveCitizenCase;
  const denunciation = (over: Record<string, unknown> = {}) =>
    receive({
      kind: 'DENUNCIATION', subject: 'Tố cáo cán bộ thu tiền sai quy định', content: 'Tố cáo cán bộ tổ dân phố thu tiền đóng góp trái quy định.',
      denouncer: { fullName: 'Hoàng Văn Sơn', phone: '0987000111' }, handlingDepartmentId: D.inspectorate.id, ...over,
    });

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_case_guards', '2025-03-03T09:00:00+07:00');
  });
  afterAll(() => graph?.close());

  describe('who reads the denouncer is decided once, by an inspector of the handling department', () => {
    it('keeps a denunciation from being accepted with nobody to keep the identity', async () => {
      at('2025-03-03');
      const c = await denunciation();
      await refused(ACCEPT, { caseId: c.id, acceptedOn: '2025-03-03' }, 'BAD_USER_INPUT', 'input.handlingInspectorId', staffInspectorate);
    });

    it('refuses an inspector who is not an active inspector of the handling department, on receipt and on acceptance', async () => {
      const c = await denunciation();
      for (const [who, id] of [['staff of another department', O.staffNatural.id], ['the committee chair', O.chair.id]] as const) {
        await refused(ACCEPT, { caseId: c.id, acceptedOn: '2025-03-03', handlingInspectorId: id, inspectorDecision: { number: '7/QĐ-TTr', decidedOn: '2025-03-03' } }, 'BAD_USER_INPUT', 'input.handlingInspectorId', users.admin);
        await refused(RECEIVE, { jurisdictionId: HL, channel: 'MAIL', receivedOn: '2025-03-03', kind: 'PETITION', subject: who, content: 'x', handlingDepartmentId: D.inspectorate.id, handlingInspectorId: id, inspectorDecision: { number: '7/QĐ-TTr', decidedOn: '2025-03-03' } }, 'BAD_USER_INPUT', 'input.handlingInspectorId', users.admin);
      }
      // A staff member of the department itself is not an inspector either.
      await refused(RECEIVE, { jurisdictionId: HL, channel: 'MAIL', receivedOn: '2025-03-03', kind: 'PETITION', subject: 'S', content: 'C', handlingDepartmentId: D.natural.id, handlingInspectorId: O.staffNatural.id, inspectorDecision: { number: '7/QĐ-TTr', decidedOn: '2025-03-03' } }, 'BAD_USER_INPUT', 'input.handlingInspectorId');
      const accepted = (await graph.ok<{ acceptCitizenCase: Case }>(ACCEPT, { input: { caseId: c.id, acceptedOn: '2025-03-03', handlingInspectorId: O.inspector.id, inspectorDecision: { number: '7/QĐ-TTr', decidedOn: '2025-03-03' } } }, users.leader)).acceptCitizenCase;
      expect(accepted).toMatchObject({ status: 'ACCEPTED', handlingInspector: { name: O.inspector.name } });
      expect((await graph.ok<{ citizenCase: { denouncer: unknown } }>(CASE, { id: c.id }, users.inspector)).citizenCase.denouncer).toEqual({ fullName: 'Hoàng Văn Sơn' });
    });

    it('does not let acceptance replace the inspector: that is a transfer, recorded as one', async () => {
      const c = await denunciation({ handlingInspectorId: O.inspector.id, inspectorDecision: { number: '7/QĐ-TTr', decidedOn: '2025-03-03' } });
      await refused(ACCEPT, { caseId: c.id, acceptedOn: '2025-03-03', handlingInspectorId: O.chiefInspector.id }, 'CONFLICT', 'input.handlingInspectorId', staffInspectorate);
      expect((await graph.ok<{ citizenCase: { denouncer: unknown } }>(CASE, { id: c.id }, users.otherInspector)).citizenCase.denouncer).toBeNull();
      // Naming the same inspector again, or nobody, keeps them.
      const accepted = (await graph.ok<{ acceptCitizenCase: Case }>(ACCEPT, { input: { caseId: c.id, acceptedOn: '2025-03-03', handlingInspectorId: O.inspector.id } }, staffInspectorate)).acceptCitizenCase;
      expect(accepted.handlingInspector).toEqual({ name: O.inspector.name });
      expect(await count(graph, 'case_transfer')).toBe(0);
    });
  });

  describe('an overdue case stays overdue', () => {
    let complaint: Case;
    let denounced: Case;

    beforeAll(async () => {
      at('2025-03-10');
      complaint = await receive({ kind: 'COMPLAINT', round: 'FIRST', subject: 'Khiếu nại bồi thường', content: 'Khiếu nại mức bồi thường giải phóng mặt bằng.', petitionerName: 'Trần Văn Hà', handlingDepartmentId: D.natural.id, receivedOn: '2025-03-10' });
      complaint = (await graph.ok<{ acceptCitizenCase: Case }>(ACCEPT, { input: { caseId: complaint.id, acceptedOn: '2025-03-10' } }, users.staffNatural)).acceptCitizenCase;
      denounced = await denunciation({ handlingInspectorId: O.inspector.id, receivedOn: '2025-03-10', inspectorDecision: { number: '9/QĐ-TTr', decidedOn: '2025-03-10' } });
      denounced = (await graph.ok<{ acceptCitizenCase: Case }>(ACCEPT, { input: { caseId: denounced.id, acceptedOn: '2025-03-10', complexity: 'COMPLEX' } }, users.inspector)).acceptCitizenCase;
    });

    it('refuses a suspension dated after the due date: the case stays overdue and escalating', async () => {
      at('2025-05-20');
      expect(complaint.dueDate! < '2025-05-20').toBe(true);
      const events = (await outbox(graph, complaint.id)).length;
      await refused(SUSPEND, { caseId: complaint.id, decisionNumber: '5/QĐ-UBND', suspendedOn: '2025-05-20', reason: 'Chờ giám định' }, 'BAD_USER_INPUT', 'input.suspendedOn', users.staffNatural);
      expect(await outbox(graph, complaint.id)).toHaveLength(events);
      expect((await graph.ok<{ citizenCase: { overdue: boolean; status: string } }>(CASE, { id: complaint.id }, users.staffNatural)).citizenCase).toMatchObject({ status: 'ACCEPTED', overdue: true });
      // On the due date itself the period still runs, so a suspension then is lawful.
      const suspended = await graph.ok<{ suspendCitizenCase: Case }>(SUSPEND, { input: { caseId: complaint.id, decisionNumber: '6/QĐ-UBND', suspendedOn: complaint.dueDate, reason: 'Chờ giám định' } }, users.staffNatural);
      expect(suspended.suspendCitizenCase.status).toBe('SUSPENDED');
    });

    it('refuses an extension decided after the due date', async () => {
      await refused(EXTEND, { caseId: denounced.id, decisionNumber: '7/QĐ-TTr', decidedOn: '2025-05-20', reason: 'Vụ việc phức tạp' }, 'BAD_USER_INPUT', 'input.decidedOn', users.inspector);
      const extended = await graph.ok<{ extendCitizenCase: Case }>(EXTEND, { input: { caseId: denounced.id, decisionNumber: '8/QĐ-TTr', decidedOn: denounced.dueDate, reason: 'Vụ việc phức tạp' } }, users.inspector);
      expect(extended.extendCitizenCase.dueDate! > denounced.dueDate!).toBe(true);
    });
  });

  it('numbers concurrent receipts of one book without a gap or a clash', async () => {
    at('2025-06-02');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        graph.query<{ receiveCitizenCase: Case }>(RECEIVE, {
          input: { jurisdictionId: HL, channel: 'ONLINE', receivedOn: '2025-06-02', kind: 'PETITION', subject: `Phản ánh ${i + 1}`, content: 'Đường ngập nước.', petitionerName: 'Lê Văn Tâm', handlingDepartmentId: D.urban.id },
        }, users.leader),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.map((r) => r.data!.receiveCitizenCase.number).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(
      Array.from({ length: 8 }, (_, i) => `PA-${i + 1}/2025`),
    );
  });

  it('names the receipt date, not the rules’ own field, when no rule was in force', async () => {
    // The letter-handling procedure applies from 1 October 2021.
    await refused(RECEIVE, { jurisdictionId: HL, channel: 'MAIL', receivedOn: '2021-09-01', kind: 'PETITION', subject: 'S', content: 'C', petitionerName: 'A', handlingDepartmentId: D.urban.id }, 'BAD_USER_INPUT', 'input.receivedOn');
  });

  it.each([
    ['citizenCase', `{ citizenCase(id: "abc") { id } }`, 'id'],
    ['citizenCases', `{ citizenCases(departmentId: "abc") { totalCount } }`, 'departmentId'],
    ['assignment', `{ assignment(id: "abc") { id } }`, 'id'],
    ['acceptCitizenCase', `mutation { acceptCitizenCase(input: { caseId: "abc", acceptedOn: "2025-03-03" }) { id } }`, 'input.caseId'],
    [
      'issueDirective',
      `mutation { issueDirective(input: { jurisdictionId: "${HL}", number: "1/UBND", issuedOn: "2025-03-03", signerId: "${O.chair.id}", subject: "S",
        source: { type: CITIZEN_CASE, id: "abc" }, assignments: [{ departmentId: "${D.natural.id}", task: "T", dueDate: "2025-04-01" }] }) { id } }`,
      'input.source.id',
    ],
    [
      'issueDirective (an assignment)',
      `mutation { issueDirective(input: { jurisdictionId: "${HL}", number: "1/UBND", issuedOn: "2025-03-03", signerId: "${O.chair.id}", subject: "S",
        source: { type: RECOMMENDATION, id: "${O.chair.id}" }, assignments: [{ departmentId: "x-1", task: "T", dueDate: "2025-04-01" }] }) { id } }`,
      'input.assignments.0.departmentId',
    ],
  ])('refuses a malformed id in %s as BAD_USER_INPUT naming the field, without a Postgres message', async (_name, doc, field) => {
    const before = await snapshot();
    const r = await graph.query(doc, {}, users.leader);
    expect(codeOf(r.errors)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(r.errors)).not.toMatch(/invalid input syntax|uuid:/);
    expect(await snapshot()).toEqual(before);
  });
});
