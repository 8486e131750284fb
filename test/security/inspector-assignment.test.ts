/**
 * Issue 11 item 2: the handling inspector is named by a decision of the committee leader or the
 * head of the handling department (number and date recorded), never by the inspector. Before:
 * an INSPECTOR of the jurisdiction called `transferCitizenCase` with `handlingInspectorId` set
 * to their own id, and the answer already carried `denouncer { fullName }`.
 */
import type { TestGraph } from '../support/graph';
import { D, HL, O, codeOf, startCommitteeGraph, users } from '../../services/committee/test/support/fixtures';

const DENOUNCER_NAME = 'Trịnh Văn Khải';
const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id denouncer { fullName } } }`;
const ACCEPT = `mutation ($input: AcceptCitizenCaseInput!) { acceptCitizenCase(input: $input) { id denouncer { fullName } } }`;
const TRANSFER = `mutation ($input: TransferCitizenCaseInput!) { transferCitizenCase(input: $input) { id handlingInspector { name } denouncer { fullName } } }`;
const DENOUNCER = `query ($id: ID!) { citizenCase(id: $id) { denouncer { fullName } } }`;
const DECISION = { number: '15/QĐ-TTr', decidedOn: '2025-03-04' };
const TABLES = ['citizen_case', 'case_transfer', 'inspector_assignment', 'denouncer_read', 'outbox'];

describe('the handling inspector is named by a decision, never by the inspector', () => {
  let graph: TestGraph;
  let handled: string;
  let unassigned: string;

  const snapshot = async () =>
    Promise.all([
      ...TABLES.map(async (t) => (await graph.db.committee.query(`SELECT count(*)::int AS n FROM committee.${t}`))[0].n as number),
      graph.db.committee.query('SELECT id, status, handling_department_id, handling_inspector_id FROM committee.citizen_case ORDER BY id'),
    ]);
  async function refused(doc: string, input: Record<string, unknown>, as: typeof users.inspector, code = 'FORBIDDEN', field?: string) {
    const before = await snapshot();
    const r = await graph.query(doc, { input }, as);
    expect(codeOf(r.errors)).toEqual({ code, field });
    expect(r.data?.[Object.keys(r.data ?? {})[0] ?? ''] ?? null).toBeNull();
    expect(JSON.stringify(r)).not.toContain(DENOUNCER_NAME);
    expect(await snapshot()).toEqual(before);
  }
  const denunciation = (over: Record<string, unknown> = {}) => ({
    jurisdictionId: HL, kind: 'DENUNCIATION', channel: 'MAIL', receivedOn: '2025-03-03', subject: 'Tố cáo cán bộ thu tiền sai quy định',
    content: 'Tố cáo cán bộ tổ dân phố thu tiền đóng góp trái quy định.', denouncer: { fullName: DENOUNCER_NAME }, handlingDepartmentId: D.inspectorate.id, ...over,
  });

  beforeAll(async () => {
    graph = await startCommitteeGraph('security_inspector', '2025-03-05T09:00:00+07:00');
    const receive = async (input: Record<string, unknown>) => (await graph.ok<{ receiveCitizenCase: { id: string } }>(RECEIVE, { input }, users.leader)).receiveCitizenCase.id;
    handled = await receive(denunciation({ handlingInspectorId: O.chiefInspector.id, inspectorDecision: DECISION }));
    unassigned = await receive(denunciation());
  });
  afterAll(() => graph?.close());

  it('refuses an inspector who transfers a denunciation to themselves: FORBIDDEN, nothing written, no denouncer', async () => {
    await refused(TRANSFER, { caseId: handled, handlingDepartmentId: D.inspectorate.id, handlingInspectorId: O.inspector.id, inspectorDecision: DECISION, reason: 'Tôi xin nhận vụ việc' }, users.inspector);
    expect((await graph.ok<{ citizenCase: { denouncer: unknown } }>(DENOUNCER, { id: handled }, users.inspector)).citizenCase.denouncer).toBeNull();
  });

  it('refuses an inspector who names themselves on acceptance', async () => {
    await refused(ACCEPT, { caseId: unassigned, acceptedOn: '2025-03-05', handlingInspectorId: O.inspector.id, inspectorDecision: DECISION }, users.inspector);
  });

  it('refuses an inspector who names themselves on receipt', async () => {
    await refused(RECEIVE, denunciation({ handlingInspectorId: O.inspector.id, inspectorDecision: DECISION }), users.inspector);
  });

  it('refuses an inspector who is not the head naming a colleague', async () => {
    await refused(ACCEPT, { caseId: unassigned, acceptedOn: '2025-03-05', handlingInspectorId: O.chiefInspector.id, inspectorDecision: DECISION }, users.inspector);
  });

  it('refuses even the head naming themselves', async () => {
    await refused(ACCEPT, { caseId: unassigned, acceptedOn: '2025-03-05', handlingInspectorId: O.chiefInspector.id, inspectorDecision: DECISION }, users.otherInspector);
  });

  it('refuses a leader’s transfer without the decision: BAD_USER_INPUT on input.inspectorDecision, nothing written', async () => {
    await refused(TRANSFER, { caseId: handled, handlingDepartmentId: D.inspectorate.id, handlingInspectorId: O.inspector.id, reason: 'Tránh xung đột lợi ích' }, users.leader, 'BAD_USER_INPUT', 'input.inspectorDecision');
  });

  it('lets the head of the handling department name an inspector by decision, recorded with its number and date', async () => {
    const accepted = await graph.ok<{ acceptCitizenCase: { denouncer: unknown } }>(
      ACCEPT,
      { input: { caseId: unassigned, acceptedOn: '2025-03-05', handlingInspectorId: O.inspector.id, inspectorDecision: { number: '16/QĐ-TTr', decidedOn: '2025-03-05' } } },
      users.otherInspector,
    );
    expect(accepted.acceptCitizenCase.denouncer).toBeNull();
    expect(await graph.db.committee.query('SELECT inspector_id, decision_number, decided_on::text, decided_by_official_id FROM committee.inspector_assignment WHERE case_id = $1', [unassigned])).toEqual([
      { inspector_id: O.inspector.id, decision_number: '16/QĐ-TTr', decided_on: '2025-03-05', decided_by_official_id: O.chiefInspector.id },
    ]);
  });

  it('a leader’s transfer answers with the denouncer for nobody but the inspector who handles the case after it', async () => {
    const moved = await graph.ok<{ transferCitizenCase: { handlingInspector: { name: string }; denouncer: unknown } }>(
      TRANSFER,
      { input: { caseId: handled, handlingDepartmentId: D.inspectorate.id, handlingInspectorId: O.inspector.id, inspectorDecision: { number: '9/QĐ-UBND', decidedOn: '2025-03-05' }, reason: 'Tránh xung đột lợi ích' } },
      users.leader,
    );
    expect(moved.transferCitizenCase).toMatchObject({ handlingInspector: { name: O.inspector.name }, denouncer: null });
    expect((await graph.ok<{ citizenCase: { denouncer: unknown } }>(DENOUNCER, { id: handled }, users.otherInspector)).citizenCase.denouncer).toBeNull();
    expect((await graph.ok<{ citizenCase: { denouncer: unknown } }>(DENOUNCER, { id: handled }, users.inspector)).citizenCase.denouncer).toEqual({ fullName: DENOUNCER_NAME });
    expect(await graph.db.committee.query('SELECT decision_number FROM committee.inspector_assignment WHERE case_id = $1 ORDER BY recorded_at', [handled])).toEqual([
      { decision_number: '15/QĐ-TTr' },
      { decision_number: '9/QĐ-UBND' },
    ]);
  });
});
