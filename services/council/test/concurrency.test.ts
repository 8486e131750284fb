import { council } from '@phoihop/council';
import { DEMO } from '@phoihop/core/seed';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { race } from '../../../test/support/race';
import { errorOf, LEGAL_COMMITTEE, NOW, outboxOf, seedTerm, standing, TERM, WARD } from './support/fixtures';

const NATURAL = DEMO.departments.natural.id;

const ISSUE = `mutation($input: IssueRecommendationInput!) { issueRecommendation(input: $input) { id } }`;
const CLOSE = `mutation($id: ID!) { closeRecommendation(id: $id, input: { outcome: RESOLVED, closedOn: "2026-11-25", closingNote: "Đã cấp đủ giấy chứng nhận" }) { status } }`;
const MOVE = `mutation($id: ID!) { moveRecommendationDueDate(id: $id, dueDate: "2027-01-15") { dueDate } }`;
const CORRECT = `mutation($id: ID!) { updateRecommendation(id: $id, input: { content: "Nội dung đính chính", reason: "Sai chính tả" }) { content } }`;
const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const RESCHEDULE = `mutation($id: ID!) { rescheduleSession(id: $id, input: { plannedStartDate: "2027-01-20", plannedEndDate: "2027-01-21" }) { documentDeadline } }`;
const CONVENE = `mutation($id: ID!) { conveneSession(id: $id, actualStartDate: "2026-11-27") { status } }`;

describe('concurrent changes of one record', () => {
  let graph: TestGraph;
  let supervisionId: string;
  let sessions = 0;

  beforeAll(async () => {
    graph = await startTestGraph('council_concurrency', [council], { now: NOW });
    await seedTerm(graph.db.council);
    const plan = await graph.ok<{ planSupervision: { id: string } }>(
      `mutation($input: PlanSupervisionInput!) { planSupervision(input: $input) { id } }`,
      {
        input: {
          jurisdictionId: WARD,
          kind: 'SUPERVISION',
          thematic: true,
          conductedBy: 'COUNCIL_COMMITTEE',
          councilCommitteeId: LEGAL_COMMITTEE,
          subject: 'Giám sát việc cấp giấy chứng nhận quyền sử dụng đất',
          startsOn: '2026-10-01',
          endsOn: '2026-10-31',
          reviewFrom: '2025-07-01',
          reviewTo: '2026-06-30',
          targetDepartmentIds: [NATURAL],
        },
      },
      standing(),
    );
    supervisionId = plan.planSupervision.id;
    await graph.ok(`mutation($id: ID!) { startSupervision(id: $id) { status } }`, { id: supervisionId }, standing());
    await graph.ok(`mutation($id: ID!) { concludeSupervision(id: $id, conclusionDate: "2026-11-10", conclusion: "Kết luận số 15/TB-HĐND") { status } }`, { id: supervisionId }, standing());
  });
  afterAll(() => graph?.close());

  const issue = async () =>
    (
      await graph.ok<{ issueRecommendation: { id: string } }>(
        ISSUE,
        { input: { supervisionId, content: 'Cấp giấy chứng nhận cho 35 hộ tổ dân phố 4', addressedTo: 'COMMITTEE', departmentIds: [NATURAL], dueDate: '2026-12-30' } },
        standing(),
      )
    ).issueRecommendation.id;

  const recommendationRow = async (id: string) =>
    (await graph.db.council.query(`SELECT status, due_date::text AS due, version, content FROM council.recommendation WHERE id = $1`, [id]))[0];

  it('a close and a due-date move racing: the close wins, the move is refused and the deadline stays cleared', async () => {
    const id = await issue();
    const [closed, moved] = await race(graph.db.council, 'council.recommendation', id, [
      () => graph.query(CLOSE, { id }, standing()),
      () => graph.query(MOVE, { id }, standing()),
    ]);
    expect(closed.errors).toBeUndefined();
    expect(errorOf(moved)).toEqual({ code: 'CONFLICT', field: 'id' });
    expect(await recommendationRow(id)).toMatchObject({ status: 'RESOLVED', due: '2026-12-30', version: 1 });
    expect((await outboxOf(graph.db.council, id)).map((p) => p.state)).toEqual(['OPEN', 'CLEARED']);
  });

  it('two moves racing both apply, each on the other: the version counts both', async () => {
    const id = await issue();
    const results = await race(graph.db.council, 'council.recommendation', id, [() => graph.query(MOVE, { id }, standing()), () => graph.query(MOVE, { id }, standing())]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(await recommendationRow(id)).toMatchObject({ status: 'OPEN', due: '2027-01-15', version: 3 });
  });

  it('a close and a correction racing: the correction is refused, the closed record keeps its text', async () => {
    const id = await issue();
    const [closed, corrected] = await race(graph.db.council, 'council.recommendation', id, [
      () => graph.query(CLOSE, { id }, standing()),
      () => graph.query(CORRECT, { id }, standing()),
    ]);
    expect(closed.errors).toBeUndefined();
    expect(errorOf(corrected)).toEqual({ code: 'CONFLICT', field: 'id' });
    expect(await recommendationRow(id)).toMatchObject({ status: 'RESOLVED', content: 'Cấp giấy chứng nhận cho 35 hộ tổ dân phố 4' });
    expect(Number((await graph.db.council.query(`SELECT count(*) AS n FROM council.recommendation_correction WHERE recommendation_id = $1`, [id]))[0].n)).toBe(0);
    expect((await outboxOf(graph.db.council, id)).map((p) => p.state)).toEqual(['OPEN', 'CLEARED']);
  });

  const schedule = async () =>
    (
      await graph.ok<{ scheduleSession: { id: string } }>(
        SCHEDULE,
        {
          input: {
            termId: TERM,
            number: 10 + ++sessions,
            kind: 'THEMATIC',
            title: 'Kỳ họp chuyên đề',
            plannedStartDate: '2026-11-27',
            plannedEndDate: '2026-11-28',
            agendaItems: [{ title: 'Tờ trình về đầu tư công', presentingBody: 'COMMITTEE' }],
          },
        },
        standing(),
      )
    ).scheduleSession.id;

  it('a convening and a rescheduling racing: the session opens, the move is refused and the documents deadline stays cleared', async () => {
    const id = await schedule();
    const [convened, rescheduled] = await race(graph.db.council, 'council.session', id, [
      () => graph.query(CONVENE, { id }, standing()),
      () => graph.query(RESCHEDULE, { id }, standing()),
    ]);
    expect(convened.errors).toBeUndefined();
    expect(errorOf(rescheduled)).toEqual({ code: 'CONFLICT', field: 'id' });
    const [row] = await graph.db.council.query(`SELECT status, planned_start_date::text AS start, version FROM council.session WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'CONVENED', start: '2026-11-27', version: 1 });
    expect((await outboxOf(graph.db.council, id)).map((p) => p.state)).toEqual(['OPEN', 'CLEARED']);
  });

  it('an agenda item added while the session is cancelled is refused and reopens nothing', async () => {
    const id = await schedule();
    const ADD = `mutation($id: ID!) { addAgendaItem(sessionId: $id, input: { title: "Tờ trình bổ sung", presentingBody: COMMITTEE }) { id } }`;
    const CANCEL = `mutation($id: ID!) { cancelSession(id: $id, input: { cancelledOn: "2026-11-26", reason: "Dời sang kỳ họp thường lệ" }) { status } }`;
    const [cancelled, added] = await race(graph.db.council, 'council.session', id, [() => graph.query(CANCEL, { id }, standing()), () => graph.query(ADD, { id }, standing())]);
    expect(cancelled.errors).toBeUndefined();
    expect(errorOf(added)).toEqual({ code: 'CONFLICT', field: 'sessionId' });
    expect(Number((await graph.db.council.query(`SELECT count(*) AS n FROM council.agenda_item WHERE session_id = $1`, [id]))[0].n)).toBe(1);
    expect((await outboxOf(graph.db.council, id)).map((p) => p.state)).toEqual(['OPEN', 'CLEARED']);
  });
});
