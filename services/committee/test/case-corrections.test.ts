import { DEMO } from '@phoihop/core/seed';
import type { TestGraph } from '../../../test/support/graph';
import { D, HL, O, codeOf, count, outbox, startCommitteeGraph, users } from './support/fixtures';

const MISSING = '00000000-0000-4000-8000-000000000000';
const CASE_FIELDS = `id status dueDate outcome outcomeSummary decisionNumber resolvedOn closedOnTime
  handlingDepartment { name } handlingInspector { name }
  transfers { fromDepartment { name } toDepartment { name } fromInspector { name } toInspector { name } reason transferredOn authorName }`;
const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id dueDate } }`;
const ACCEPT = `mutation ($input: AcceptCitizenCaseInput!) { acceptCitizenCase(input: $input) { id dueDate } }`;
const TRANSFER = `mutation ($input: TransferCitizenCaseInput!) { transferCitizenCase(input: $input) { ${CASE_FIELDS} } }`;
const WITHDRAW = `mutation ($input: WithdrawCitizenCaseInput!) { withdrawCitizenCase(input: $input) { ${CASE_FIELDS} } }`;
const RESOLVE = `mutation ($input: ResolveCitizenCaseInput!) { resolveCitizenCase(input: $input) { id } }`;
const UPDATE_OFFICIAL = `mutation ($input: UpdateOfficialInput!) { updateOfficial(input: $input) { id active } }`;
const DENOUNCER = `query ($id: ID!) { citizenCase(id: $id) { id denouncer { fullName phone } } }`;

type Case = { id: string; status: string; dueDate: string | null; transfers: Array<Record<string, unknown>> } & Record<string, unknown>;

describe('transfers and withdrawals of citizen cases through the gateway', () => {
  let graph: TestGraph;
  let denunciation: { id: string; dueDate: string };
  let complaint: { id: string; dueDate: string };
  const at = (date: string) => graph.clock.set(`${date}T09:00:00+07:00`);
  const tables = ['citizen_case', 'case_transfer', 'outbox'];
  const snapshot = async () => [
    ...(await Promise.all(tables.map((t) => count(graph, t)))),
    await graph.db.committee.query(`SELECT id, status, handling_department_id, handling_inspector_id, outcome FROM committee.citizen_case ORDER BY id`),
  ];

  async function refused(doc: string, input: Record<string, unknown>, code: string, field: string | undefined, as = users.leader) {
    const before = await snapshot();
    const r = await graph.query(doc, { input }, as);
    expect(codeOf(r.errors)).toEqual({ code, field });
    expect(await snapshot()).toEqual(before);
  }

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_case_corrections', '2025-03-03T09:00:00+07:00');
    const base = { jurisdictionId: HL, channel: 'RECEPTION', receivedOn: '2025-03-03' };
    denunciation = (
      await graph.ok<{ receiveCitizenCase: { id: string; dueDate: string } }>(
        RECEIVE,
        {
          input: {
            ...base, kind: 'DENUNCIATION', subject: 'Tố cáo cán bộ địa chính nhận tiền của người dân',
            content: 'Tố cáo cán bộ địa chính phường nhận tiền khi làm hồ sơ cấp giấy chứng nhận.',
            denouncer: { fullName: 'Nguyễn Văn Bình', phone: '0912000111' }, handlingDepartmentId: D.inspectorate.id, handlingInspectorId: O.inspector.id,
            inspectorDecision: { number: '7/QĐ-TTr', decidedOn: '2025-03-03' },
          },
        },
        users.leader,
      )
    ).receiveCitizenCase;
    denunciation = (await graph.ok<{ acceptCitizenCase: { id: string; dueDate: string } }>(ACCEPT, { input: { caseId: denunciation.id, acceptedOn: '2025-03-03' } }, users.inspector)).acceptCitizenCase;
    complaint = (
      await graph.ok<{ receiveCitizenCase: { id: string; dueDate: string } }>(
        RECEIVE,
        {
          input: {
            ...base, kind: 'COMPLAINT', round: 'FIRST', subject: 'Khiếu nại việc cấp phép xây dựng sai vị trí', content: 'Bà Trần Thị Mai khiếu nại giấy phép xây dựng số 15/GPXD.',
            petitionerName: 'Trần Thị Mai', field: 'CONSTRUCTION', handlingDepartmentId: D.natural.id,
          },
        },
        users.leader,
      )
    ).receiveCitizenCase;
  });
  afterAll(() => graph?.close());

  it('keeps an inspector who handles an open case from leaving before handing it over', async () => {
    const before = await snapshot();
    const r = await graph.query(UPDATE_OFFICIAL, { input: { id: O.inspector.id, active: false } }, users.admin);
    expect(codeOf(r.errors)).toEqual({ code: 'CONFLICT', field: 'input.active' });
    expect(await snapshot()).toEqual(before);
  });

  it('hands a denunciation to another inspector: only the new one reads the denouncer', async () => {
    expect((await graph.ok<{ citizenCase: { denouncer: unknown } }>(DENOUNCER, { id: denunciation.id }, users.inspector)).citizenCase.denouncer).toEqual({ fullName: 'Nguyễn Văn Bình', phone: '0912000111' });
    expect((await graph.ok<{ citizenCase: { denouncer: unknown } }>(DENOUNCER, { id: denunciation.id }, users.otherInspector)).citizenCase.denouncer).toBeNull();

    at('2025-03-05');
    const moved = (
      await graph.ok<{ transferCitizenCase: Case }>(
        TRANSFER,
        { input: { caseId: denunciation.id, handlingDepartmentId: D.inspectorate.id, handlingInspectorId: O.chiefInspector.id, inspectorDecision: { number: '8/QĐ-UBND', decidedOn: '2025-03-05' }, reason: 'Người bị tố cáo có quan hệ họ hàng với thanh tra viên thụ lý' } },
        users.leader,
      )
    ).transferCitizenCase;
    expect(moved).toMatchObject({ status: 'ACCEPTED', dueDate: denunciation.dueDate, handlingInspector: { name: O.chiefInspector.name } });
    expect(moved.transfers).toEqual([
      {
        fromDepartment: { name: 'Thanh tra thị xã' }, toDepartment: { name: 'Thanh tra thị xã' }, fromInspector: { name: O.inspector.name }, toInspector: { name: O.chiefInspector.name },
        reason: 'Người bị tố cáo có quan hệ họ hàng với thanh tra viên thụ lý', transferredOn: '2025-03-05', authorName: users.leader.name,
      },
    ]);
    // The identity follows the case: the former inspector, leaders and admins read nothing.
    for (const reader of [users.inspector, users.leader, users.admin]) {
      expect((await graph.ok<{ citizenCase: { denouncer: unknown } }>(DENOUNCER, { id: denunciation.id }, reader)).citizenCase.denouncer).toBeNull();
    }
    expect((await graph.ok<{ citizenCase: { denouncer: unknown } }>(DENOUNCER, { id: denunciation.id }, users.otherInspector)).citizenCase.denouncer).toEqual({ fullName: 'Nguyễn Văn Bình', phone: '0912000111' });
    const last = (await outbox(graph, denunciation.id)).at(-1)!;
    expect(last).toMatchObject({ itemKind: 'DENUNCIATION', state: 'OPEN', assignee: { departmentId: D.inspectorate.id, officialId: O.chiefInspector.id } });
    expect(JSON.stringify(last)).not.toContain('Nguyễn Văn Bình');
  });

  it('refuses to leave a denunciation with no inspector to keep the denouncer’s identity', async () => {
    await refused(TRANSFER, { caseId: denunciation.id, handlingDepartmentId: D.natural.id, reason: 'Lý do' }, 'BAD_USER_INPUT', 'input.handlingInspectorId');
  });

  it('hands a complaint to another department: the clock runs on, the deadline’s assignee follows', async () => {
    const moved = (
      await graph.ok<{ transferCitizenCase: Case }>(
        TRANSFER,
        { input: { caseId: complaint.id, handlingDepartmentId: D.urban.id, reason: 'Nội dung thuộc lĩnh vực quản lý trật tự xây dựng' } },
        users.leader,
      )
    ).transferCitizenCase;
    expect(moved).toMatchObject({ status: 'RECEIVED', dueDate: complaint.dueDate, handlingDepartment: { name: 'Phòng Quản lý đô thị' }, handlingInspector: null });
    expect((await outbox(graph, complaint.id)).map((e) => [e.state, e.dueDate, e.assignee.departmentId])).toEqual([
      ['OPEN', complaint.dueDate, D.natural.id],
      ['OPEN', complaint.dueDate, D.urban.id],
    ]);
    expect(codeOf((await graph.query(`{ citizenCase(id: "${complaint.id}") { id } }`, {}, users.staffNatural)).errors).code).toBe('FORBIDDEN');
    expect(await graph.ok(`{ citizenCase(id: "${complaint.id}") { id } }`, {}, users.staffUrban)).toEqual({ citizenCase: { id: complaint.id } });
  });

  it.each([
    ['an unknown department', { handlingDepartmentId: MISSING }, 'NOT_FOUND', 'input.handlingDepartmentId'],
    ['a department of another jurisdiction', { handlingDepartmentId: DEMO.wardDepartments.bacOffice.id }, 'NOT_FOUND', 'input.handlingDepartmentId'],
    ['an inspector of another department', { handlingDepartmentId: D.natural.id, handlingInspectorId: O.inspector.id }, 'BAD_USER_INPUT', 'input.handlingInspectorId'],
    ['no change at all', { handlingDepartmentId: D.urban.id }, 'BAD_USER_INPUT', 'input.handlingDepartmentId'],
    ['no reason', { handlingDepartmentId: D.natural.id, reason: ' ' }, 'BAD_USER_INPUT', 'input.reason'],
    ['an unknown case', { caseId: MISSING, handlingDepartmentId: D.natural.id }, 'NOT_FOUND', 'input.caseId'],
  ])('refuses a transfer to %s, writing nothing', async (_what, over, code, field) => {
    await refused(TRANSFER, { caseId: complaint.id, reason: 'Lý do', ...over }, code, field);
  });

  it('leaves transfers to leaders and the handling department’s inspectors', async () => {
    await refused(TRANSFER, { caseId: complaint.id, handlingDepartmentId: D.natural.id, reason: 'Lý do' }, 'FORBIDDEN', undefined, users.staffUrban);
    await refused(TRANSFER, { caseId: complaint.id, handlingDepartmentId: D.natural.id, reason: 'Lý do' }, 'FORBIDDEN', undefined, users.inspector);
  });

  it('records a withdrawal: outcome WITHDRAWN by decision, the deadline cleared', async () => {
    at('2025-03-07');
    const input = { caseId: complaint.id, withdrawnOn: '2025-03-06', reason: 'Bà Trần Thị Mai rút đơn sau khi được giải thích', decisionNumber: '52/QĐ-UBND' };
    await refused(WITHDRAW, { ...input, decisionNumber: null }, 'BAD_USER_INPUT', 'input.decisionNumber', users.staffUrban);
    await refused(WITHDRAW, { ...input, withdrawnOn: '2025-03-08' }, 'BAD_USER_INPUT', 'input.withdrawnOn', users.staffUrban);
    await refused(WITHDRAW, { ...input, withdrawnOn: '2025-03-01' }, 'BAD_USER_INPUT', 'input.withdrawnOn', users.staffUrban);
    await refused(WITHDRAW, input, 'FORBIDDEN', undefined, users.staffNatural);
    const withdrawn = (await graph.ok<{ withdrawCitizenCase: Case }>(WITHDRAW, { input }, users.staffUrban)).withdrawCitizenCase;
    expect(withdrawn).toMatchObject({
      status: 'RESOLVED', outcome: 'WITHDRAWN', resolvedOn: '2025-03-06', decisionNumber: '52/QĐ-UBND',
      outcomeSummary: 'Bà Trần Thị Mai rút đơn sau khi được giải thích', closedOnTime: null,
    });
    expect((await outbox(graph, complaint.id)).at(-1)).toMatchObject({ state: 'CLEARED', dueDate: null });
    await refused(WITHDRAW, input, 'CONFLICT', 'input.caseId', users.staffUrban);
    await refused(TRANSFER, { caseId: complaint.id, handlingDepartmentId: D.natural.id, reason: 'Lý do' }, 'CONFLICT', 'input.caseId');
  });

  it('lets a petitioner withdraw a petition without a decision, and keeps WITHDRAWN out of resolutions', async () => {
    const petition = (
      await graph.ok<{ receiveCitizenCase: { id: string } }>(
        RECEIVE,
        { input: { jurisdictionId: HL, channel: 'MAIL', receivedOn: '2025-03-07', kind: 'PETITION', subject: 'Phản ánh đèn chiếu sáng hỏng', content: 'Đèn đường tổ dân phố 5 hỏng.', petitionerName: 'Lê Văn Hải', handlingDepartmentId: D.urban.id } },
        users.leader,
      )
    ).receiveCitizenCase;
    const withdrawn = await graph.ok<{ withdrawCitizenCase: Case }>(WITHDRAW, { input: { caseId: petition.id, withdrawnOn: '2025-03-07', reason: 'Đèn đã được sửa' } }, users.staffUrban);
    expect(withdrawn.withdrawCitizenCase).toMatchObject({ status: 'RESOLVED', outcome: 'WITHDRAWN', decisionNumber: null });

    await refused(RESOLVE, { caseId: denunciation.id, resolvedOn: '2025-03-07', decisionNumber: '1/QĐ', outcome: 'WITHDRAWN', summary: 'Rút' }, 'BAD_USER_INPUT', 'input.outcome', users.otherInspector);
  });
});
