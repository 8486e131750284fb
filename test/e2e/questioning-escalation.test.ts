import { committee } from '@phoihop/committee';
import { seedDirectory } from '@phoihop/committee/seed';
import { council } from '@phoihop/council';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { notifications } from '@phoihop/notifications';
import { Deadline, Notification } from '@phoihop/workflow';
import { seedTerm, TERM, WARD } from '../../services/council/test/support/fixtures';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';
import { waitFor } from '../support/wait';
import type { RunningWorkers } from '@phoihop/workers';
import { graphDirectory, startGraphWorkers, testQueuePrefix } from '../support/workers';

const ECONOMY = DEMO.wardDepartments.bacEconomy.id;
const standing = userWith('COUNCIL_STANDING', { jurisdictionId: WARD });

/**
 * Issue #13, item 6, "must show": a commitment made in answer at the October session is still
 * open a fortnight after its date; the workers escalate it rung by rung — the head of the
 * department that committed, the committee chair, then the council Standing Committee — and
 * its fulfilment clears the ledger.
 */
describe('a questioning commitment overdue and escalated', () => {
  let graph: TestGraph;
  let workers: RunningWorkers | undefined;
  let commitmentId: string;
  const ledger = () => graph.db.notifications.getRepository(Deadline).findOneBy({ itemId: commitmentId });

  beforeAll(async () => {
    // Wednesday 21 October 2026, the session's second day, when the questioning is held.
    graph = await startTestGraph('questioning_escalation', [committee, council, front, notifications], { now: '2026-10-21T16:00:00+07:00' });
    await seedDirectory(graph.db.committee);
    await seedTerm(graph.db.council);
  });

  afterAll(async () => {
    await workers?.close();
    await graph?.close();
  });

  it('is made at the session, escalated to the department head, the chair and the Standing Committee once overdue, and cleared when fulfilled', async () => {
    const { createDelegate: asker } = await graph.ok<{ createDelegate: { id: string } }>(`mutation($input: CreateDelegateInput!) { createDelegate(input: $input) { id } }`, {
      input: { termId: TERM, fullName: 'Nguyễn Thị Lan', electoralUnit: 'Đơn vị bầu cử số 3', position: 'DELEGATE' },
    }, standing);
    const { scheduleSession: session } = await graph.ok<{ scheduleSession: { id: string } }>(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { termId: TERM, number: 3, kind: 'THEMATIC', title: 'Kỳ họp chuyên đề về giải phóng mặt bằng', plannedStartDate: '2026-10-20', plannedEndDate: '2026-10-21' },
    }, standing);
    await graph.ok(`mutation($id: ID!) { conveneSession(id: $id, actualStartDate: "2026-10-20") { status } }`, { id: session.id }, standing);
    const { recordQuestioningSession: qs } = await graph.ok<{ recordQuestioningSession: { id: string } }>(
      `mutation($input: RecordQuestioningSessionInput!) { recordQuestioningSession(input: $input) { id } }`,
      { input: { jurisdictionId: WARD, kind: 'QUESTIONING', venue: 'SESSION', sessionId: session.id, heldOn: '2026-10-21', subject: 'Bồi thường, giải phóng mặt bằng dự án đường vành đai' } },
      standing,
    );
    const { askQuestion: q } = await graph.ok<{ askQuestion: { id: string } }>(`mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`, {
      input: {
        questioningSessionId: qs.id, askedById: asker.id, subject: 'Chậm chi trả tiền bồi thường', field: 'LAND',
        content: 'Vì sao 12 hộ tổ dân phố 3 chưa nhận tiền bồi thường dù đã bàn giao mặt bằng từ tháng 6?',
        answererKind: 'DEPARTMENT', answererName: 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị', answeringDepartmentId: ECONOMY,
      },
    }, standing);
    const { answerQuestion: a } = await graph.ok<{ answerQuestion: { commitments: Array<{ id: string; dueDate: string }> } }>(
      `mutation($id: ID!, $input: AnswerQuestionInput!) { answerQuestion(id: $id, input: $input) { commitments { id dueDate } } }`,
      { id: q.id, input: { answerSummary: 'Hồ sơ đã trình thẩm định; vướng xác định giá đất cụ thể.', commitments: [{ content: 'Chi trả xong tiền bồi thường cho 12 hộ tổ dân phố 3.', dueDate: '2026-10-30' }] } },
      standing,
    );
    commitmentId = a.commitments[0].id;
    expect(a.commitments[0].dueDate).toBe('2026-10-30');

    // Monday 16 November: 11 working days past Friday 30 October. The workers start now.
    graph.clock.set('2026-11-16T09:00:00+07:00');
    workers = await startGraphWorkers(graph, { prefix: testQueuePrefix(), directory: graphDirectory(graph) });
    const settled = await waitFor(async () => {
      const d = await ledger();
      return d && d.escalationLevel === 3 && d.nextStage === null ? d : null;
    });
    expect(settled).toMatchObject({ itemKind: 'QUESTIONING_COMMITMENT', state: 'OPEN', dueDate: '2026-10-30', stage: 'L3', escalationLevel: 3, raisedBy: 'COUNCIL', assigneeDepartmentId: ECONOMY });

    const sent = await graph.db.notifications.getRepository(Notification).find({ where: { itemId: commitmentId }, order: { level: 'ASC' } });
    expect(sent.map((n) => [n.stage, n.level, n.recipientType, n.recipientId])).toEqual([
      ['L1', 1, 'OFFICIAL', DEMO.wardOfficials.bacHeadEconomy.id],
      ['L2', 2, 'OFFICIAL', DEMO.wardOfficials.bacChair.id],
      ['L3', 3, 'BODY', `COUNCIL_STANDING:${WARD}`],
    ]);
    expect(sent[2].subject).toBe('Cảnh báo quá hạn cấp 3: Cam kết khi trả lời chất vấn, giải trình: Chi trả xong tiền bồi thường cho 12 hộ tổ dân phố 3.');
    expect(sent[2].body).toBe(sent[2].body.normalize('NFC'));

    // What the Standing Committee sees through the graph: its inbox and the commitment's ledger.
    const seen = await graph.ok<{ me: { notifications: { nodes: Array<{ itemKind: string; stage: string }> } }; questioningCommitment: { overdue: boolean; deadline: { stage: string; escalationLevel: number } } }>(
      `query($id: ID!) { me { notifications(first: 10) { nodes { itemKind stage } } } questioningCommitment(id: $id) { overdue deadline { stage escalationLevel } } }`,
      { id: commitmentId },
      standing,
    );
    expect(seen.me.notifications.nodes).toEqual([{ itemKind: 'QUESTIONING_COMMITMENT', stage: 'L3' }]);
    expect(seen.questioningCommitment).toEqual({ overdue: true, deadline: { stage: 'L3', escalationLevel: 3 } });

    await graph.ok(`mutation($id: ID!, $input: FulfilCommitmentInput!) { fulfilCommitment(id: $id, input: $input) { status } }`, {
      id: commitmentId, input: { fulfilledOn: '2026-11-16', report: 'UBND phường đã chi trả đủ tiền bồi thường cho 12 hộ ngày 16/11/2026.' },
    }, standing);
    const cleared = await waitFor(async () => {
      const d = await ledger();
      return d?.state === 'CLEARED' ? d : null;
    });
    expect(cleared).toMatchObject({ state: 'CLEARED', nextStage: null });
  });
});
