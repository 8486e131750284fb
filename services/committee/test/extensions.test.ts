import type { TestGraph } from '../../../test/support/graph';
import { D, HL, O, codeOf, count, outbox, startCommitteeGraph, users } from './support/fixtures';

const FIELDS = `id status complexity dueDate dueRule dueExplanation
  extensions { seq decisionNumber days complexity previousDue newDue }
  complexityDecisions { decisionNumber fromComplexity toComplexity previousDue newDue }`;
const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { ${FIELDS} } }`;
const ACCEPT = `mutation ($input: AcceptCitizenCaseInput!) { acceptCitizenCase(input: $input) { ${FIELDS} } }`;
const EXTEND = `mutation ($input: ExtendCitizenCaseInput!) { extendCitizenCase(input: $input) { ${FIELDS} } }`;
const RAISE = `mutation ($input: RaiseCitizenCaseComplexityInput!) { raiseCitizenCaseComplexity(input: $input) { ${FIELDS} } }`;

type Case = { id: string; status: string; complexity: string; dueDate: string; dueExplanation: string; extensions: unknown[]; complexityDecisions: unknown[] };

/** Issue #13, item 1: extensions as the law writes them — complexity declared in the decision, and its own length. */
describe('extensions and complexity by decision', () => {
  let graph: TestGraph;
  const at = (date: string) => graph.clock.set(`${date}T09:00:00+07:00`);
  const TABLES = ['citizen_case', 'case_extension', 'case_complexity_decision', 'outbox'];
  const counts = () => Promise.all(TABLES.map((t) => count(graph, t)));

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_extensions', '2025-03-03T09:00:00+07:00');
  });
  afterAll(() => graph?.close());

  describe('a denunciation accepted as normal', () => {
    let id: string;
    const extend = (input: Record<string, unknown>) => graph.query<{ extendCitizenCase: Case }>(EXTEND, { input: { caseId: id, decidedOn: '2025-04-01', ...input } }, users.inspector);

    beforeAll(async () => {
      at('2025-03-03');
      const received = await graph.ok<{ receiveCitizenCase: Case }>(RECEIVE, {
        input: {
          jurisdictionId: HL, kind: 'DENUNCIATION', channel: 'MAIL', receivedOn: '2025-03-03',
          subject: 'Tố cáo sai phạm trong bồi thường giải phóng mặt bằng',
          content: 'Tố cáo việc lập khống hồ sơ bồi thường tại dự án đường trục chính.',
          denouncer: { fullName: 'Trần Văn Cường' },
          handlingDepartmentId: D.inspectorate.id, handlingInspectorId: O.inspector.id, inspectorDecision: { number: '5/QĐ-UBND', decidedOn: '2025-03-03' },
        },
      }, users.leader);
      id = received.receiveCitizenCase.id;
      at('2025-03-07');
      const accepted = await graph.ok<{ acceptCitizenCase: Case }>(ACCEPT, { input: { caseId: id, acceptedOn: '2025-03-07' } }, users.inspector);
      // 30 days → Sun 6 Apr; Mon 7 Apr is Hùng Kings' day: Tue 8 Apr.
      expect(accepted.acceptCitizenCase).toMatchObject({ complexity: 'NORMAL', dueDate: '2025-04-08' });
      at('2025-04-01');
    });

    it('refuses an extension that does not declare it complex, writing nothing', async () => {
      const before = await counts();
      expect(codeOf((await extend({ decisionNumber: '10/QĐ-TTr', reason: 'Cần thêm thời gian' })).errors)).toEqual({ code: 'CONFLICT', field: 'input.caseId' });
      expect(await counts()).toEqual(before);
    });

    it('refuses more than 30 days, or lowering the complexity, writing nothing', async () => {
      const before = await counts();
      const long = await extend({ decisionNumber: '11/QĐ-TTr', reason: 'Phức tạp', complexity: 'ESPECIALLY_COMPLEX', days: 31 });
      expect(codeOf(long.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.days' });
      const zero = await extend({ decisionNumber: '11/QĐ-TTr', reason: 'Phức tạp', complexity: 'COMPLEX', days: 0 });
      expect(codeOf(zero.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.days' });
      expect(await counts()).toEqual(before);
    });

    it('is extended to especially complex by 20 days, then by 15, and no third time', async () => {
      const first = await extend({ decisionNumber: '12/QĐ-TTr', reason: 'Vụ việc đặc biệt phức tạp, nhiều người liên quan', complexity: 'ESPECIALLY_COMPLEX', days: 20 });
      expect(first.errors).toBeUndefined();
      // 30 + 20 = 50 days from 7 March.
      expect(first.data!.extendCitizenCase).toMatchObject({
        complexity: 'ESPECIALLY_COMPLEX',
        dueDate: '2025-04-26',
        extensions: [{ seq: 1, decisionNumber: '12/QĐ-TTr', days: 20, complexity: 'ESPECIALLY_COMPLEX', previousDue: '2025-04-08', newDue: '2025-04-26' }],
      });
      expect(first.data!.extendCitizenCase.dueExplanation).toContain('gia hạn 1 lần, thêm 20 ngày');

      const lower = await extend({ decisionNumber: '13/QĐ-TTr', reason: 'x', complexity: 'COMPLEX', days: 10 });
      expect(codeOf(lower.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.complexity' });

      const second = await extend({ decisionNumber: '19/QĐ-TTr', reason: 'Chờ kết quả giám định', days: 15 });
      expect(second.errors).toBeUndefined();
      // 30 + 20 + 15 = 65 days from 7 March: Sun 11 May → Mon 12 May.
      expect(second.data!.extendCitizenCase).toMatchObject({ dueDate: '2025-05-12' });
      expect(second.data!.extendCitizenCase.extensions).toEqual([
        { seq: 1, decisionNumber: '12/QĐ-TTr', days: 20, complexity: 'ESPECIALLY_COMPLEX', previousDue: '2025-04-08', newDue: '2025-04-26' },
        { seq: 2, decisionNumber: '19/QĐ-TTr', days: 15, complexity: null, previousDue: '2025-04-26', newDue: '2025-05-12' },
      ]);

      const before = await counts();
      expect(codeOf((await extend({ decisionNumber: '25/QĐ-TTr', reason: 'Thêm', days: 5 })).errors)).toEqual({ code: 'CONFLICT', field: 'input.caseId' });
      expect(await counts()).toEqual(before);
      const events = await outbox(graph, id);
      expect(events.map((e) => e.dueDate).slice(-3)).toEqual(['2025-04-08', '2025-04-26', '2025-05-12']);
    });
  });

  describe('a complaint found complex while it is resolved', () => {
    let id: string;
    beforeAll(async () => {
      at('2025-03-03');
      const received = await graph.ok<{ receiveCitizenCase: Case }>(RECEIVE, {
        input: {
          jurisdictionId: HL, kind: 'COMPLAINT', round: 'FIRST', channel: 'RECEPTION', receivedOn: '2025-03-03',
          subject: 'Khiếu nại quyết định xử phạt vi phạm hành chính', content: 'Bà Hoàng Thị Dung khiếu nại quyết định xử phạt về xây dựng.',
          petitionerName: 'Hoàng Thị Dung', handlingDepartmentId: D.natural.id,
        },
      }, users.leader);
      id = received.receiveCitizenCase.id;
      at('2025-03-10');
      const accepted = await graph.ok<{ acceptCitizenCase: Case }>(ACCEPT, { input: { caseId: id, acceptedOn: '2025-03-10' } }, users.leader);
      expect(accepted.acceptCitizenCase.dueDate).toBe('2025-04-09'); // 30 days (Art. 28)
    });

    it('gets the 45 days of Art. 28 by decision before its due date', async () => {
      at('2025-03-25');
      const raised = await graph.ok<{ raiseCitizenCaseComplexity: Case }>(RAISE, {
        input: { caseId: id, complexity: 'COMPLEX', decisionNumber: '88/QĐ-UBND', decidedOn: '2025-03-25', reason: 'Nhiều đối tượng liên quan, cần xác minh tại nhiều nơi' },
      }, users.leader);
      expect(raised.raiseCitizenCaseComplexity).toMatchObject({
        complexity: 'COMPLEX',
        dueDate: '2025-04-24',
        complexityDecisions: [{ decisionNumber: '88/QĐ-UBND', fromComplexity: 'NORMAL', toComplexity: 'COMPLEX', previousDue: '2025-04-09', newDue: '2025-04-24' }],
      });
      expect((await outbox(graph, id)).at(-1)).toMatchObject({ state: 'OPEN', dueDate: '2025-04-24' });
    });

    it('refuses the same complexity again, or a decision after the due date, writing nothing', async () => {
      const before = await counts();
      const again = await graph.query(RAISE, { input: { caseId: id, complexity: 'COMPLEX', decisionNumber: '89/QĐ-UBND', decidedOn: '2025-03-25', reason: 'x' } }, users.leader);
      expect(codeOf(again.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.complexity' });
      at('2025-04-28');
      const late = await graph.query(RAISE, { input: { caseId: id, complexity: 'ESPECIALLY_COMPLEX', decisionNumber: '90/QĐ-UBND', decidedOn: '2025-04-28', reason: 'x' } }, users.leader);
      expect(codeOf(late.errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.decidedOn' });
      expect(await counts()).toEqual(before);
    });
  });
});
