import type { TestGraph } from '../../../test/support/graph';
import { D, HL, O, codeOf, count, outbox, startCommitteeGraph, users } from './support/fixtures';

const CASE_FIELDS = `id number kind status round complexity dueDate dueRule dueExplanation overdue closedOnTime
  acceptedOn resolvedOn outcome petitionerName handlingDepartment { name } handlingInspector { name }
  extensions { seq decisionNumber previousDue newDue } suspensions { suspendedOn resumedOn }`;

const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { ${CASE_FIELDS} } }`;
const ACCEPT = `mutation ($input: AcceptCitizenCaseInput!) { acceptCitizenCase(input: $input) { ${CASE_FIELDS} } }`;
const DECLINE = `mutation ($input: DeclineCitizenCaseInput!) { declineCitizenCase(input: $input) { ${CASE_FIELDS} declineReason } }`;
const EXTEND = `mutation ($input: ExtendCitizenCaseInput!) { extendCitizenCase(input: $input) { ${CASE_FIELDS} } }`;
const SUSPEND = `mutation ($input: SuspendCitizenCaseInput!) { suspendCitizenCase(input: $input) { ${CASE_FIELDS} } }`;
const RESUME = `mutation ($input: ResumeCitizenCaseInput!) { resumeCitizenCase(input: $input) { ${CASE_FIELDS} } }`;
const RESOLVE = `mutation ($input: ResolveCitizenCaseInput!) { resolveCitizenCase(input: $input) { ${CASE_FIELDS} outcomeSummary } }`;
const DENOUNCER = `query ($id: ID!) { citizenCase(id: $id) { id denouncer { fullName phone idNumber } } }`;

type Case = Record<string, unknown> & { id: string; dueDate: string | null; status: string };

describe('citizen cases through the gateway', () => {
  let graph: TestGraph;
  const at = (date: string) => graph.clock.set(`${date}T09:00:00+07:00`);

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_cases', '2025-03-03T09:00:00+07:00');
  });
  afterAll(() => graph?.close());

  const receive = async (input: Record<string, unknown>, as = users.leader) =>
    (await graph.ok<{ receiveCitizenCase: Case }>(RECEIVE, { input: { jurisdictionId: HL, channel: 'RECEPTION', receivedOn: '2025-03-03', ...input } }, as))
      .receiveCitizenCase;

  it('runs a complaint from receipt to resolution, the deadline following each step', async () => {
    at('2025-03-03');
    const received = await receive({
      kind: 'COMPLAINT',
      round: 'FIRST',
      subject: 'Khiếu nại quyết định thu hồi đất',
      content: 'Ông Nguyễn Văn An khiếu nại Quyết định số 215/QĐ-UBND về việc thu hồi đất tại tổ dân phố 3.',
      petitionerName: 'Nguyễn Văn An',
      field: 'LAND',
      handlingDepartmentId: D.natural.id,
    });
    expect(received).toMatchObject({
      number: 'KN-1/2025',
      status: 'RECEIVED',
      dueDate: '2025-03-13', // 10 days from receipt (Law on Complaints Art. 27)
      dueRule: 'COMPLAINT_ACCEPTANCE@1',
      petitionerName: 'Nguyễn Văn An',
      handlingDepartment: { name: 'Phòng Tài nguyên và Môi trường' },
    });
    expect(received.dueExplanation).toContain('13/03/2025');

    at('2025-03-10');
    const accepted = (await graph.ok<{ acceptCitizenCase: Case }>(ACCEPT, { input: { caseId: received.id, acceptedOn: '2025-03-10', complexity: 'COMPLEX' } }, users.staffNatural))
      .acceptCitizenCase;
    // 45 days for a complex first-round complaint (Art. 28), counted from acceptance.
    expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptedOn: '2025-03-10', complexity: 'COMPLEX', dueDate: '2025-04-24', dueRule: 'COMPLAINT_RESOLUTION@1' });

    at('2025-04-21');
    const resolved = (
      await graph.ok<{ resolveCitizenCase: Case }>(
        RESOLVE,
        { input: { caseId: received.id, resolvedOn: '2025-04-21', decisionNumber: '1024/QĐ-UBND', outcome: 'PARTLY_UPHELD', summary: 'Khiếu nại đúng một phần.' } },
        users.leader,
      )
    ).resolveCitizenCase;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolvedOn: '2025-04-21', outcome: 'PARTLY_UPHELD', closedOnTime: true, overdue: false });

    const events = await outbox(graph, received.id);
    expect(events.map((e) => [e.itemKind, e.state, e.dueDate, e.rule])).toEqual([
      ['COMPLAINT', 'OPEN', '2025-03-13', 'COMPLAINT_ACCEPTANCE@1'],
      ['COMPLAINT', 'OPEN', '2025-04-24', 'COMPLAINT_RESOLUTION@1'],
      ['COMPLAINT', 'CLEARED', null, 'COMPLAINT_RESOLUTION@1'],
    ]);
    expect(events[0]).toMatchObject({ title: 'Khiếu nại số KN-1/2025: Khiếu nại quyết định thu hồi đất', assignee: { departmentId: D.natural.id }, raisedBy: 'CITIZEN' });
  });

  describe('a denunciation', () => {
    let id: string;

    it('is received with the denouncer kept apart, and accepted by the inspectorate', async () => {
      at('2025-03-03');
      const c = await receive({
        kind: 'DENUNCIATION',
        channel: 'MAIL',
        subject: 'Tố cáo cán bộ địa chính sai phạm trong cấp giấy chứng nhận',
        content: 'Tố cáo hành vi nhận tiền để cấp giấy chứng nhận quyền sử dụng đất trái quy định.',
        denouncer: { fullName: 'Lê Thị Bình', phone: '0912345678', idNumber: '042190001234', address: 'Tổ dân phố 5, phường Bắc Hồng' },
        handlingDepartmentId: D.inspectorate.id,
        handlingInspectorId: O.inspector.id,
        inspectorDecision: { number: '7/QĐ-TTr', decidedOn: '2025-03-03' },
      });
      id = c.id;
      // 7 working days from receipt (Law on Denunciations Art. 24).
      expect(c).toMatchObject({ number: 'TC-1/2025', petitionerName: null, dueDate: '2025-03-12', dueRule: 'DENUNCIATION_INITIAL@1' });
      const stored = await graph.db.committee.query(`SELECT * FROM committee.citizen_case WHERE id = $1`, [id]);
      expect(JSON.stringify(stored)).not.toContain('Lê Thị Bình');
      expect(JSON.stringify(await outbox(graph, id))).not.toContain('Lê Thị Bình');

      at('2025-03-07');
      const accepted = (
        await graph.ok<{ acceptCitizenCase: Case }>(ACCEPT, { input: { caseId: id, acceptedOn: '2025-03-07', complexity: 'ESPECIALLY_COMPLEX' } }, users.inspector)
      ).acceptCitizenCase;
      // 30 days → Sun 6 Apr; Mon 7 Apr is Hùng Kings' day: due Tue 8 Apr (Civil Code Art. 148).
      expect(accepted).toMatchObject({ status: 'ACCEPTED', dueDate: '2025-04-08', dueRule: 'DENUNCIATION_RESOLUTION@1' });
    });

    it('shows the denouncer to the handling inspector only', async () => {
      const seen = await graph.ok<{ citizenCase: { denouncer: unknown } }>(DENOUNCER, { id }, users.inspector);
      expect(seen.citizenCase.denouncer).toEqual({ fullName: 'Lê Thị Bình', phone: '0912345678', idNumber: '042190001234' });
      for (const other of [users.leader, users.admin, users.otherInspector]) {
        expect((await graph.ok<{ citizenCase: { denouncer: unknown } }>(DENOUNCER, { id }, other)).citizenCase.denouncer).toBeNull();
      }
      const staff = await graph.query(DENOUNCER, { id }, users.staffNatural);
      expect(codeOf(staff.errors).code).toBe('FORBIDDEN');
    });

    it('is extended twice by decision, and refuses a third extension writing nothing', async () => {
      at('2025-04-01');
      const first = (await graph.ok<{ extendCitizenCase: Case }>(EXTEND, { input: { caseId: id, decisionNumber: '12/QĐ-TTr', decidedOn: '2025-04-01', reason: 'Vụ việc đặc biệt phức tạp' } }, users.inspector)).extendCitizenCase;
      expect(first.extensions).toEqual([{ seq: 1, decisionNumber: '12/QĐ-TTr', previousDue: '2025-04-08', newDue: '2025-05-06' }]);
      const second = (await graph.ok<{ extendCitizenCase: Case }>(EXTEND, { input: { caseId: id, decisionNumber: '19/QĐ-TTr', decidedOn: '2025-04-01', reason: 'Cần giám định' } }, users.inspector)).extendCitizenCase;
      expect(second.dueDate).toBe('2025-06-05');

      const before = [await count(graph, 'case_extension'), await count(graph, 'outbox')];
      const third = await graph.query(EXTEND, { input: { caseId: id, decisionNumber: '25/QĐ-TTr', decidedOn: '2025-04-01', reason: 'Thêm' } }, users.inspector);
      expect(codeOf(third.errors)).toEqual({ code: 'CONFLICT', field: 'input.caseId' });
      expect([await count(graph, 'case_extension'), await count(graph, 'outbox')]).toEqual(before);
      const [row] = await graph.db.committee.query(`SELECT due_date::text AS due FROM committee.citizen_case WHERE id = $1`, [id]);
      expect(row.due).toBe('2025-06-05');
    });

    it('pauses the clock while suspended and moves the due date by the days paused', async () => {
      at('2025-04-10');
      const suspended = (await graph.ok<{ suspendCitizenCase: Case }>(SUSPEND, { input: { caseId: id, decisionNumber: '30/QĐ-TTr', suspendedOn: '2025-04-10', reason: 'Chờ kết quả giám định' } }, users.inspector)).suspendCitizenCase;
      expect(suspended).toMatchObject({ status: 'SUSPENDED', dueDate: null, overdue: false });

      const resolveWhileSuspended = await graph.query(RESOLVE, { input: { caseId: id, resolvedOn: '2025-04-10', decisionNumber: 'x', outcome: 'SUBSTANTIATED', summary: 'x' } }, users.inspector);
      expect(codeOf(resolveWhileSuspended.errors)).toEqual({ code: 'CONFLICT', field: 'input.caseId' });

      at('2025-04-20');
      const resumed = (await graph.ok<{ resumeCitizenCase: Case }>(RESUME, { input: { caseId: id, resumedOn: '2025-04-20', decisionNumber: '41/QĐ-TTr' } }, users.inspector)).resumeCitizenCase;
      // Ten days suspended (10–19 April) are added back: 5 June + 10 = Sun 15 June → Mon 16 June.
      expect(resumed).toMatchObject({ status: 'ACCEPTED', dueDate: '2025-06-16', suspensions: [{ suspendedOn: '2025-04-10', resumedOn: '2025-04-20' }] });

      const states = (await outbox(graph, id)).map((e) => [e.state, e.dueDate]);
      expect(states).toEqual([
        ['OPEN', '2025-03-12'],
        ['OPEN', '2025-04-08'],
        ['OPEN', '2025-05-06'],
        ['OPEN', '2025-06-05'],
        ['PAUSED', null],
        ['OPEN', '2025-06-16'],
      ]);
    });

    it('is resolved with an outcome that fits a denunciation', async () => {
      at('2025-06-20');
      const wrong = await graph.query(RESOLVE, { input: { caseId: id, resolvedOn: '2025-06-20', decisionNumber: '88/KL-TTr', outcome: 'UPHELD', summary: 'x' } }, users.inspector);
      expect(codeOf(wrong.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.outcome' });
      const done = (await graph.ok<{ resolveCitizenCase: Case }>(RESOLVE, { input: { caseId: id, resolvedOn: '2025-06-20', decisionNumber: '88/KL-TTr', outcome: 'PARTLY_SUBSTANTIATED', summary: 'Tố cáo đúng một phần; kiến nghị xử lý kỷ luật.' } }, users.inspector)).resolveCitizenCase;
      expect(done).toMatchObject({ status: 'RESOLVED', closedOnTime: false });
      expect((await outbox(graph, id)).at(-1)).toMatchObject({ state: 'CLEARED', dueDate: null });
    });
  });

  it('runs a petition: processing from receipt, then the answer period from acceptance; another is declined', async () => {
    at('2025-03-03');
    const p = await receive({ kind: 'PETITION', channel: 'FRONT', subject: 'Phản ánh đèn chiếu sáng hỏng', content: 'Cử tri phản ánh hệ thống đèn đường tuyến Trần Phú hỏng nhiều tháng.', petitionerName: 'Trần Văn Cảnh', handlingDepartmentId: D.urban.id });
    // 10 working days from receipt.
    expect(p).toMatchObject({ number: 'PA-1/2025', dueDate: '2025-03-17', dueRule: 'PETITION_PROCESSING@1' });
    at('2025-03-05');
    const accepted = (await graph.ok<{ acceptCitizenCase: Case }>(ACCEPT, { input: { caseId: p.id, acceptedOn: '2025-03-05' } }, users.leader)).acceptCitizenCase;
    // Issue #13, item 2: answering an accepted petition is a period of its own (30 days by default).
    expect(accepted).toMatchObject({ dueDate: '2025-04-04', dueRule: 'PETITION_ANSWER@1' });
    expect((await outbox(graph, p.id)).at(-1)).toMatchObject({ raisedBy: 'FRONT', state: 'OPEN' });

    const q = await receive({ kind: 'PETITION', channel: 'ONLINE', subject: 'Kiến nghị trùng lặp', content: 'Nội dung đã được trả lời.', handlingDepartmentId: D.urban.id, receivedOn: '2025-03-04' });
    const declined = (await graph.ok<{ declineCitizenCase: Case }>(DECLINE, { input: { caseId: q.id, declinedOn: '2025-03-05', reason: 'Đơn trùng nội dung đã được giải quyết.' } }, users.leader)).declineCitizenCase;
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'Đơn trùng nội dung đã được giải quyết.', closedOnTime: true });
    expect((await outbox(graph, q.id)).map((e) => e.state)).toEqual(['OPEN', 'CLEARED']);
  });

  describe('bad input gets a coded error and writes nothing', () => {
    let pending: Case;

    beforeAll(async () => {
      at('2025-03-05');
      pending = await receive({ kind: 'COMPLAINT', round: 'SECOND', subject: 'Khiếu nại lần hai', content: 'Không đồng ý kết quả giải quyết lần đầu.', petitionerName: 'Phan Văn Dũng', handlingDepartmentId: D.inspectorate.id, receivedOn: '2025-03-04' });
    });

    const nothingWritten = async (run: () => Promise<{ errors?: unknown }>) => {
      const before = await Promise.all(['citizen_case', 'case_extension', 'case_suspension', 'denouncer', 'outbox'].map((t) => count(graph, t)));
      const [status] = await graph.db.committee.query(`SELECT status, due_date::text FROM committee.citizen_case WHERE id = $1`, [pending.id]);
      const result = await run();
      const after = await Promise.all(['citizen_case', 'case_extension', 'case_suspension', 'denouncer', 'outbox'].map((t) => count(graph, t)));
      expect(after).toEqual(before);
      expect((await graph.db.committee.query(`SELECT status, due_date::text FROM committee.citizen_case WHERE id = $1`, [pending.id]))[0]).toEqual(status);
      return result as { errors?: Parameters<typeof codeOf>[0] };
    };

    const base = { jurisdictionId: HL, channel: 'RECEPTION', receivedOn: '2025-03-05', subject: 'S', content: 'C', handlingDepartmentId: D.natural.id };

    it.each([
      ['an unknown department', { ...base, kind: 'PETITION', handlingDepartmentId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.handlingDepartmentId'],
      ['an unknown inspector', { ...base, kind: 'PETITION', handlingInspectorId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.handlingInspectorId'],
      ['an unknown jurisdiction', { ...base, kind: 'PETITION', jurisdictionId: '00000000-0000-4000-8000-000000000000' }, 'FORBIDDEN', undefined],
      ['a receipt date in the future', { ...base, kind: 'PETITION', receivedOn: '2025-03-06' }, 'BAD_USER_INPUT', 'input.receivedOn'],
      ['a complaint without its round', { ...base, kind: 'COMPLAINT' }, 'BAD_USER_INPUT', 'input.round'],
      ['a denunciation without a denouncer', { ...base, kind: 'DENUNCIATION' }, 'BAD_USER_INPUT', 'input.denouncer'],
      ['a denunciation naming the denouncer in the open', { ...base, kind: 'DENUNCIATION', petitionerName: 'A', denouncer: { fullName: 'A' } }, 'BAD_USER_INPUT', 'input.petitionerName'],
      ['an empty subject', { ...base, kind: 'PETITION', subject: '  ' }, 'BAD_USER_INPUT', 'input.subject'],
    ])('receiving %s', async (_what, input, code, field) => {
      const r = await nothingWritten(() => graph.query(RECEIVE, { input }, users.leader));
      expect(codeOf(r.errors)).toEqual({ code, field });
    });

    it('resolving an unaccepted case', async () => {
      const r = await nothingWritten(() => graph.query(RESOLVE, { input: { caseId: pending.id, resolvedOn: '2025-03-05', decisionNumber: '1/QĐ', outcome: 'REJECTED', summary: 'x' } }, users.leader));
      expect(codeOf(r.errors)).toEqual({ code: 'CONFLICT', field: 'input.caseId' });
    });

    it('accepting before receipt (dates out of order)', async () => {
      const r = await nothingWritten(() => graph.query(ACCEPT, { input: { caseId: pending.id, acceptedOn: '2025-03-03' } }, users.leader));
      expect(codeOf(r.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.acceptedOn' });
    });

    it('extending a complaint, and suspending a case not being resolved', async () => {
      const ext = await nothingWritten(() => graph.query(EXTEND, { input: { caseId: pending.id, decisionNumber: '1', decidedOn: '2025-03-05', reason: 'x' } }, users.leader));
      expect(codeOf(ext.errors)).toEqual({ code: 'CONFLICT', field: 'input.caseId' });
      const sus = await nothingWritten(() => graph.query(SUSPEND, { input: { caseId: pending.id, decisionNumber: '1', suspendedOn: '2025-03-05', reason: 'x' } }, users.leader));
      expect(codeOf(sus.errors)).toEqual({ code: 'CONFLICT', field: 'input.caseId' });
    });

    it('an unknown case, and a case outside the handler’s department', async () => {
      const unknown = await nothingWritten(() => graph.query(ACCEPT, { input: { caseId: '00000000-0000-4000-8000-000000000000', acceptedOn: '2025-03-05' } }, users.leader));
      expect(codeOf(unknown.errors)).toEqual({ code: 'NOT_FOUND', field: 'input.caseId' });
      const foreign = await nothingWritten(() => graph.query(ACCEPT, { input: { caseId: pending.id, acceptedOn: '2025-03-05' } }, users.staffNatural));
      expect(codeOf(foreign.errors).code).toBe('FORBIDDEN');
    });
  });

  it('lists only the cases a department may see, with filters', async () => {
    const LIST = `query ($kind: CitizenCaseKind, $overdue: Boolean) { citizenCases(jurisdictionId: "${HL}", kind: $kind, overdue: $overdue) { totalCount nodes { number handlingDepartment { name } } } }`;
    const staff = await graph.ok<{ citizenCases: { totalCount: number; nodes: Array<{ handlingDepartment: { name: string } }> } }>(LIST, {}, users.staffNatural);
    expect(staff.citizenCases.totalCount).toBe(1);
    expect(staff.citizenCases.nodes.map((n) => n.handlingDepartment.name)).toEqual(['Phòng Tài nguyên và Môi trường']);
    const leader = await graph.ok<{ citizenCases: { totalCount: number } }>(LIST, { kind: 'PETITION' }, users.leader);
    expect(leader.citizenCases.totalCount).toBe(2);
    const anonymous = await graph.query(LIST, {});
    expect(codeOf(anonymous.errors).code).toBe('UNAUTHENTICATED');
  });
});
