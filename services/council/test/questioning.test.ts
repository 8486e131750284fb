import { committee } from '@phoihop/committee';
import { seedDirectory } from '@phoihop/committee/seed';
import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { DEMO } from '@phoihop/core/seed';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { errorOf, NOW, outboxOf, outsider, seedTerm, snapshot, staffOf, standing, TERM, WARD } from './support/fixtures';

const ECONOMY = DEMO.wardDepartments.bacEconomy.id;
const SOCIAL = DEMO.wardDepartments.bacSocial.id;

const RECORD = `mutation($input: RecordQuestioningSessionInput!) { recordQuestioningSession(input: $input) { id kind venue heldOn session { id } meetingTitle } }`;
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id subject answererKind answeringDepartment { id } askedBy { id fullName } answerSummary } }`;
const ANSWER = `mutation($id: ID!, $input: AnswerQuestionInput!) { answerQuestion(id: $id, input: $input) { id answerSummary commitments { id content madeOn dueDate requestedDueDate status overdue } } }`;
const FULFIL = `mutation($id: ID!, $input: FulfilCommitmentInput!) { fulfilCommitment(id: $id, input: $input) { id status fulfilledOn fulfilmentReport fulfilledOnTime overdue } }`;
const COMMITMENT = `query($id: ID!) { questioningCommitment(id: $id) { id status question { subject questioningSession { kind } } } }`;
const REPORT = `query { coordinationReport(jurisdictionId: "${WARD}", year: 2026) { council {
  questioningSessions explanationSessions questionsAsked commitmentsMade commitmentsFulfilled commitmentsFulfilledOnTime commitmentsOverdue } } }`;

type Commitment = { id: string; dueDate: string; requestedDueDate: string; status: string; overdue: boolean };

/** Issue #13, item 6: questioning and explanation sessions, their questions and commitments. */
describe('questioning and explanation sessions', () => {
  let graph: TestGraph;
  let sessionId: string;
  let questioningId: string;
  let delegates: { asker: string; other: string };
  const asDelegate = (delegateId: string) => userWith('DELEGATE', { jurisdictionId: WARD }, { delegateId });
  const tables = async () => (await graph.db.council.query(`SELECT
    (SELECT count(*)::int FROM council.questioning_session) AS sessions, (SELECT count(*)::int FROM council.question) AS questions,
    (SELECT count(*)::int FROM council.questioning_commitment) AS commitments, (SELECT count(*)::int FROM council.outbox) AS outbox`))[0];
  const ask = (over: Record<string, unknown> = {}, as = standing()) =>
    graph.query<{ askQuestion: { id: string } }>(ASK, {
      input: {
        questioningSessionId: questioningId, askedById: delegates.asker, subject: 'Chậm cấp giấy chứng nhận quyền sử dụng đất',
        content: 'Vì sao còn 47 hồ sơ cấp giấy chứng nhận quyền sử dụng đất tại tổ dân phố 5 quá hạn? Giải pháp và thời hạn xử lý dứt điểm?',
        field: 'LAND', answererKind: 'DEPARTMENT', answererName: 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị', answeringDepartmentId: ECONOMY, ...over,
      },
    }, as);

  beforeAll(async () => {
    graph = await startTestGraph('council_questioning', [committee, council, front], { now: NOW });
    await seedDirectory(graph.db.committee);
    await seedTerm(graph.db.council);
    const person = (fullName: string, position: string) => ({ termId: TERM, fullName, electoralUnit: 'Đơn vị bầu cử số 2', position });
    const created = async (fullName: string, position: string) =>
      (await graph.ok<{ createDelegate: { id: string } }>(`mutation($input: CreateDelegateInput!) { createDelegate(input: $input) { id } }`, { input: person(fullName, position) }, standing())).createDelegate.id;
    delegates = { asker: await created('Lê Thị Hương', 'DELEGATE'), other: await created('Phan Văn Đức', 'STANDING_MEMBER') };
    const scheduled = await graph.ok<{ scheduleSession: { id: string } }>(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { termId: TERM, number: 4, kind: 'REGULAR', title: 'Kỳ họp thường lệ cuối năm 2026', plannedStartDate: '2026-11-03', plannedEndDate: '2026-11-04' },
    }, standing());
    sessionId = scheduled.scheduleSession.id;
    await graph.ok(`mutation($id: ID!) { conveneSession(id: $id, actualStartDate: "2026-11-03") { status } }`, { id: sessionId }, standing());
    await graph.ok(`mutation($id: ID!) { closeSession(id: $id, actualEndDate: "2026-11-04") { status } }`, { id: sessionId }, standing());
  });
  afterAll(() => graph?.close());

  it('records a questioning session at the council session, and refuses bad venues coded, writing nothing', async () => {
    const base = { jurisdictionId: WARD, kind: 'QUESTIONING', venue: 'SESSION', sessionId, heldOn: '2026-11-04', subject: 'Đất đai, môi trường, giải phóng mặt bằng', chairedBy: 'Chủ tịch HĐND phường' };
    const before = await tables();
    expect(errorOf(await graph.query(RECORD, { input: { ...base, heldOn: '2026-11-10' } }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.heldOn' });
    expect(errorOf(await graph.query(RECORD, { input: { ...base, meetingTitle: 'Phiên họp tháng 11' } }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.meetingTitle' });
    expect(errorOf(await graph.query(RECORD, { input: { ...base, venue: 'STANDING_COMMITTEE_MEETING' } }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.sessionId' });
    expect(errorOf(await graph.query(RECORD, { input: { ...base, subject: '   ' } }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.subject' });
    expect(errorOf(await graph.query(RECORD, { input: { ...base, heldOn: '2026-11-30' } }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.heldOn' });
    expect(errorOf(await graph.query(RECORD, { input: base }, outsider())).code).toBe('FORBIDDEN');
    expect(errorOf(await graph.query(RECORD, { input: base }, asDelegate(delegates.asker))).code).toBe('FORBIDDEN');
    expect(await tables()).toEqual(before);

    const { recordQuestioningSession: s } = await graph.ok<{ recordQuestioningSession: { id: string } }>(RECORD, { input: base }, standing());
    expect(s).toMatchObject({ kind: 'QUESTIONING', venue: 'SESSION', heldOn: '2026-11-04', session: { id: sessionId }, meetingTitle: null });
    questioningId = s.id;
  });

  it('lets a delegate record their own question only; checks who answers', async () => {
    const before = await tables();
    expect(errorOf(await ask({}, asDelegate(delegates.other))).code).toBe('FORBIDDEN');
    expect(errorOf(await ask({ answeringDepartmentId: null }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.answeringDepartmentId' });
    expect(errorOf(await ask({ answererKind: 'CHAIR' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.answeringDepartmentId' });
    expect(errorOf(await ask({ answererKind: 'OFFICIAL' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.answeringOfficialId' });
    expect(errorOf(await ask({ askedById: '00000000-0000-4000-8000-000000000001' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.askedById' });
    expect(await tables()).toEqual(before);

    const mine = await ask({}, asDelegate(delegates.asker));
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.askQuestion).toMatchObject({ answererKind: 'DEPARTMENT', answeringDepartment: { id: ECONOMY }, askedBy: { id: delegates.asker, fullName: 'Lê Thị Hương' }, answerSummary: null });
  });

  it('answers with a commitment that becomes a deadline owed by the department, raised by the council', async () => {
    const q = (await ask()).data!.askQuestion.id;
    const before = await snapshot(graph.db.council);
    const bad = await graph.query(ANSWER, { id: q, input: { answerSummary: 'Sẽ xử lý.', commitments: [{ content: 'Cấp xong 47 giấy chứng nhận.', dueDate: '2026-11-04' }] } }, standing());
    expect(errorOf(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.commitments.0.dueDate' });
    expect(errorOf(await graph.query(ANSWER, { id: q, input: { answerSummary: 'Sẽ xử lý.' } }, asDelegate(delegates.asker))).code).toBe('FORBIDDEN');
    expect(await snapshot(graph.db.council)).toEqual(before);

    // Sunday 20 December rolls to Monday 21 December (Civil Code Art. 148).
    const { answerQuestion: a } = await graph.ok<{ answerQuestion: { commitments: Commitment[] } }>(ANSWER, {
      id: q,
      input: {
        answerSummary: 'Phòng đã rà soát 47 hồ sơ tồn đọng do vướng nguồn gốc đất; đã phối hợp Văn phòng đăng ký đất đai xác minh.',
        commitments: [{ content: 'Hoàn thành cấp giấy chứng nhận cho 47 hồ sơ tồn đọng tại tổ dân phố 5.', dueDate: '2026-12-20' }],
      },
    }, standing());
    const [c] = a.commitments;
    expect(c).toMatchObject({ requestedDueDate: '2026-12-20', dueDate: '2026-12-21', status: 'OPEN', overdue: false });
    const [opened] = await outboxOf(graph.db.council, c.id);
    expect(opened).toMatchObject({
      itemKind: 'QUESTIONING_COMMITMENT', state: 'OPEN', dueDate: '2026-12-21', startDate: '2026-11-04', rule: 'QUESTIONING_COMMITMENT@1',
      assignee: { body: 'COMMITTEE', departmentId: ECONOMY, officialId: null }, raisedBy: 'COUNCIL', field: 'LAND',
    });
    expect(opened.title).toBe('Cam kết khi trả lời chất vấn, giải trình: Hoàn thành cấp giấy chứng nhận cho 47 hồ sơ tồn đọng tại tổ dân phố 5.');
    expect(errorOf(await graph.query(ANSWER, { id: q, input: { answerSummary: 'Lần hai.' } }, standing())).code).toBe('CONFLICT');

    // Staff of the committing department read it; another department's staff do not.
    expect((await graph.ok<{ questioningCommitment: unknown }>(COMMITMENT, { id: c.id }, staffOf(ECONOMY))).questioningCommitment).toMatchObject({ status: 'OPEN', question: { questioningSession: { kind: 'QUESTIONING' } } });
    expect(errorOf(await graph.query(COMMITMENT, { id: c.id }, staffOf(SOCIAL))).code).toBe('FORBIDDEN');
    const listed = await graph.ok<{ questioningCommitments: { totalCount: number } }>(`query { questioningCommitments(jurisdictionId: "${WARD}") { totalCount } }`, {}, staffOf(SOCIAL));
    expect(listed.questioningCommitments.totalCount).toBe(0);
  });

  it('records a commitment fulfilled with its report, clearing the deadline once; the year\'s report counts them', async () => {
    const explanation = await graph.ok<{ recordQuestioningSession: { id: string } }>(RECORD, {
      input: { jurisdictionId: WARD, kind: 'EXPLANATION', venue: 'STANDING_COMMITTEE_MEETING', meetingTitle: 'Phiên họp Thường trực HĐND phường tháng 11/2026', heldOn: '2026-11-12', subject: 'Giải trình về thu gom rác thải tại các tổ dân phố ven núi' },
    }, standing());
    questioningId = explanation.recordQuestioningSession.id;
    const q = (await ask({ subject: 'Thu gom rác thải', field: 'ENVIRONMENT', askedById: delegates.other })).data!.askQuestion.id;
    const { answerQuestion: a } = await graph.ok<{ answerQuestion: { commitments: Commitment[] } }>(ANSWER, {
      id: q, input: { answerSummary: 'Đã ký hợp đồng thu gom bổ sung.', commitments: [{ content: 'Bố trí xe thu gom rác hằng ngày tại tổ dân phố 7, 8.', dueDate: '2026-11-20' }, { content: 'Xóa 3 điểm tập kết rác tự phát.', dueDate: '2026-11-25' }] },
    }, standing());
    const [early, late] = a.commitments;
    expect(late.overdue).toBe(true);

    expect(errorOf(await graph.query(FULFIL, { id: early.id, input: { fulfilledOn: '2026-11-19', report: '' } }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.report' });
    expect(errorOf(await graph.query(FULFIL, { id: early.id, input: { fulfilledOn: '2026-11-28', report: 'Đã bố trí.' } }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.fulfilledOn' });
    expect(errorOf(await graph.query(FULFIL, { id: early.id, input: { fulfilledOn: '2026-11-19', report: 'Đã bố trí.' } }, staffOf(ECONOMY))).code).toBe('FORBIDDEN');
    const done = await graph.ok<{ fulfilCommitment: unknown }>(FULFIL, { id: early.id, input: { fulfilledOn: '2026-11-19', report: 'Từ ngày 16/11/2026 xe thu gom hoạt động hằng ngày tại tổ dân phố 7, 8.' } }, standing());
    expect(done.fulfilCommitment).toMatchObject({ status: 'FULFILLED', fulfilledOn: '2026-11-19', fulfilledOnTime: true, overdue: false });
    const events = await outboxOf(graph.db.council, early.id);
    expect(events.map((e) => [e.state, e.dueDate])).toEqual([['OPEN', '2026-11-20'], ['CLEARED', null]]);
    expect(errorOf(await graph.query(FULFIL, { id: early.id, input: { fulfilledOn: '2026-11-20', report: 'Lần hai.' } }, standing())).code).toBe('CONFLICT');
    expect(await outboxOf(graph.db.council, early.id)).toHaveLength(2);

    // Anonymous readers get the aggregate figures (public), not the records.
    const r = await graph.ok<{ coordinationReport: { council: Record<string, number> } }>(REPORT, {});
    expect(r.coordinationReport.council).toEqual({
      questioningSessions: 1, explanationSessions: 1, questionsAsked: 3, commitmentsMade: 3, commitmentsFulfilled: 1, commitmentsFulfilledOnTime: 1, commitmentsOverdue: 1,
    });
    expect(errorOf(await graph.query(COMMITMENT, { id: late.id }, null)).code).toBe('UNAUTHENTICATED');
  });
});
