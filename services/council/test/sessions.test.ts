import { council } from '@phoihop/council';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { counts, errorOf, NOW, outboxOf, seedTerm, snapshot, standing, delegate, TERM, WARD, outsider } from './support/fixtures';

const SCHEDULE = /* GraphQL */ `
  mutation Schedule($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      id number kind status plannedStartDate documentDeadline documentDeadlineExplanation
      agendaItems { id position title presentingBody documentsReceivedOn documentsLate }
    }
  }`;

const agenda = [
  { title: 'Báo cáo tình hình kinh tế – xã hội năm 2026', presentingBody: 'COMMITTEE', presenter: 'Chủ tịch UBND phường' },
  { title: 'Thông báo của Ủy ban MTTQ về công tác xây dựng chính quyền', presentingBody: 'FRONT' },
];

const input = (over: Record<string, unknown> = {}) => ({
  termId: TERM,
  number: 5,
  kind: 'REGULAR',
  title: 'Kỳ họp thường lệ cuối năm 2026',
  location: 'Hội trường UBND phường Bắc Hồng Lĩnh',
  plannedStartDate: '2027-01-08',
  plannedEndDate: '2027-01-09',
  agendaItems: agenda,
  ...over,
});

type Scheduled = { scheduleSession: { id: string; documentDeadline: string; documentDeadlineExplanation: string; agendaItems: Array<{ id: string }> } };

describe('council sessions through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph('council_sessions', [council], { now: NOW });
    await seedTerm(graph.db.council);
  });
  afterAll(() => graph?.close());

  let sessionId: string;

  it('schedules a session with its document deadline counted back from the opening day, and records it in the outbox', async () => {
    const data = await graph.ok<Scheduled>(SCHEDULE, { input: input() }, standing());
    const s = data.scheduleSession;
    sessionId = s.id;
    // 7 days before Friday 8 January 2027 is 1 January, New Year's Day: moved back to Thursday 31 December.
    expect(s).toMatchObject({ number: 5, kind: 'REGULAR', status: 'PLANNED', documentDeadline: '2026-12-31' });
    expect(s.documentDeadlineExplanation).toContain('31/12/2026');
    expect(s.agendaItems.map((a) => a)).toEqual([
      expect.objectContaining({ position: 1, presentingBody: 'COMMITTEE', documentsReceivedOn: null, documentsLate: false }),
      expect.objectContaining({ position: 2, presentingBody: 'FRONT' }),
    ]);
    expect(await outboxOf(graph.db.council, sessionId)).toEqual([
      expect.objectContaining({
        itemKind: 'SESSION_DOCUMENTS',
        state: 'OPEN',
        dueDate: '2026-12-31',
        startDate: '2027-01-08',
        rule: 'SESSION_DOCUMENTS@1',
        jurisdictionId: WARD,
        assignee: { body: 'COMMITTEE' },
        raisedBy: 'COUNCIL',
      }),
    ]);
  });

  it('publishes the schedule to anonymous readers, but not the document tracking', async () => {
    const data = await graph.ok<{ session: { title: string; kind: string; term: { name: string }; agendaItems: Array<{ title: string }> } }>(
      `query($id: ID!) { session(id: $id) { title kind plannedStartDate term { name } agendaItems { title presentingBody } } }`,
      { id: sessionId },
      null,
    );
    expect(data.session).toMatchObject({ kind: 'REGULAR', term: { name: 'Khóa I, nhiệm kỳ 2026–2031' } });
    expect(data.session.agendaItems.map((a) => a.title)).toEqual(agenda.map((a) => a.title));
    const hidden = await graph.query(`query($id: ID!) { session(id: $id) { agendaItems { documentsLate } } }`, { id: sessionId }, null);
    expect(errorOf(hidden).code).toBe('UNAUTHENTICATED');
  });

  it('refuses bad input with the field at fault and writes nothing', async () => {
    const before = await counts(graph.db.council);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ plannedEndDate: '2027-01-07' }, 'BAD_USER_INPUT', 'input.plannedEndDate'],
      [{ number: 0 }, 'BAD_USER_INPUT', 'input.number'],
      [{ number: 6, plannedStartDate: '2032-01-05', plannedEndDate: '2032-01-06' }, 'BAD_USER_INPUT', 'input.plannedStartDate'],
      [{ number: 6, termId: '00000000-0000-5000-8000-000000000000' }, 'NOT_FOUND', 'input.termId'],
      [{ number: 6, agendaItems: [{ title: '  ', presentingBody: 'COUNCIL' }] }, 'BAD_USER_INPUT', 'input.agendaItems.0.title'],
      [{}, 'CONFLICT', 'input.number'],
    ];
    for (const [over, code, field] of cases) {
      const res = await graph.query(SCHEDULE, { input: input(over) }, standing());
      expect(errorOf(res)).toEqual({ code, field });
    }
    expect(await counts(graph.db.council)).toEqual(before);
  });

  it('lets only the Standing Committee of the jurisdiction schedule', async () => {
    const before = await counts(graph.db.council);
    expect(errorOf(await graph.query(SCHEDULE, { input: input({ number: 7 }) }, delegate())).code).toBe('FORBIDDEN');
    expect(errorOf(await graph.query(SCHEDULE, { input: input({ number: 7 }) }, outsider())).code).toBe('FORBIDDEN');
    expect(errorOf(await graph.query(SCHEDULE, { input: input({ number: 7 }) }, null)).code).toBe('UNAUTHENTICATED');
    expect(await counts(graph.db.council)).toEqual(before);
  });

  it('moves the document deadline with the session and records the move', async () => {
    const data = await graph.ok<{ rescheduleSession: { documentDeadline: string } }>(
      `mutation($id: ID!) { rescheduleSession(id: $id, input: { plannedStartDate: "2026-12-10", plannedEndDate: "2026-12-11" }) { documentDeadline } }`,
      { id: sessionId },
      standing(),
    );
    expect(data.rescheduleSession.documentDeadline).toBe('2026-12-03');
    const events = await outboxOf(graph.db.council, sessionId);
    expect(events.at(-1)).toMatchObject({ state: 'OPEN', dueDate: '2026-12-03', startDate: '2026-12-10' });
  });

  it('shows late documents and clears the deadline when the last documents arrive', async () => {
    graph.clock.set('2026-12-05T09:00:00+07:00');
    const items = await graph.ok<{ session: { hasLateDocuments: boolean; agendaItems: Array<{ id: string; documentsLate: boolean }> } }>(
      `query($id: ID!) { session(id: $id) { hasLateDocuments agendaItems { id documentsLate } } }`,
      { id: sessionId },
      delegate(),
    );
    expect(items.session.hasLateDocuments).toBe(true);
    const [first, second] = items.session.agendaItems;
    const RECORD = `mutation($id: ID!, $on: Date!) { recordAgendaDocuments(agendaItemId: $id, receivedOn: $on) { documentsReceivedOn documentsLate } }`;
    expect((await graph.ok<{ recordAgendaDocuments: unknown }>(RECORD, { id: first.id, on: '2026-12-02' }, standing())).recordAgendaDocuments).toEqual({
      documentsReceivedOn: '2026-12-02',
      documentsLate: false,
    });
    expect((await outboxOf(graph.db.council, sessionId)).at(-1)).toMatchObject({ state: 'OPEN' });
    expect((await graph.ok<{ recordAgendaDocuments: unknown }>(RECORD, { id: second.id, on: '2026-12-04' }, standing())).recordAgendaDocuments).toEqual({
      documentsReceivedOn: '2026-12-04',
      documentsLate: true,
    });
    expect((await outboxOf(graph.db.council, sessionId)).at(-1)).toMatchObject({ state: 'CLEARED', dueDate: null });
    const res = await graph.query(RECORD, { id: second.id, on: '2026-12-06' }, standing());
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'receivedOn' });
  });

  it('goes PLANNED → CONVENED → CLOSED without skipping, dates in order', async () => {
    const CLOSE = `mutation($id: ID!, $on: Date!) { closeSession(id: $id, actualEndDate: $on) { status actualEndDate } }`;
    const CONVENE = `mutation($id: ID!, $on: Date!) { conveneSession(id: $id, actualStartDate: $on) { status actualStartDate } }`;
    graph.clock.set('2026-12-11T16:00:00+07:00');
    let before = await snapshot(graph.db.council);
    expect(errorOf(await graph.query(CLOSE, { id: sessionId, on: '2026-12-11' }, standing()))).toEqual({ code: 'CONFLICT', field: 'id' });
    expect(errorOf(await graph.query(CONVENE, { id: sessionId, on: '2026-12-12' }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'actualStartDate' });
    expect(await snapshot(graph.db.council)).toEqual(before);

    expect((await graph.ok<{ conveneSession: unknown }>(CONVENE, { id: sessionId, on: '2026-12-10' }, standing())).conveneSession).toEqual({
      status: 'CONVENED',
      actualStartDate: '2026-12-10',
    });
    before = await snapshot(graph.db.council);
    expect(errorOf(await graph.query(CONVENE, { id: sessionId, on: '2026-12-10' }, standing()))).toEqual({ code: 'CONFLICT', field: 'id' });
    expect(errorOf(await graph.query(CLOSE, { id: sessionId, on: '2026-12-09' }, standing()))).toEqual({ code: 'BAD_USER_INPUT', field: 'actualEndDate' });
    expect(await snapshot(graph.db.council)).toEqual(before);
    expect((await graph.ok<{ closeSession: unknown }>(CLOSE, { id: sessionId, on: '2026-12-11' }, standing())).closeSession).toEqual({
      status: 'CLOSED',
      actualEndDate: '2026-12-11',
    });
    const res = await graph.query(`mutation($id: ID!) { rescheduleSession(id: $id, input: { plannedStartDate: "2026-12-20", plannedEndDate: "2026-12-21" }) { id } }`, { id: sessionId }, standing());
    expect(errorOf(res)).toEqual({ code: 'CONFLICT', field: 'id' });
  });

  it('filters sessions by year, kind and status', async () => {
    await graph.ok(SCHEDULE, { input: input({ number: 6, kind: 'THEMATIC', plannedStartDate: '2027-03-16', plannedEndDate: '2027-03-16', agendaItems: [] }) }, standing());
    const data = await graph.ok<{ all: { totalCount: number }; thematic: { nodes: Array<{ number: number }> }; closed: { nodes: Array<{ number: number }> } }>(
      `query($j: ID!) {
        all: sessions(jurisdictionId: $j) { totalCount }
        thematic: sessions(jurisdictionId: $j, year: 2027, kind: THEMATIC) { nodes { number } }
        closed: sessions(jurisdictionId: $j, status: CLOSED) { nodes { number } }
      }`,
      { j: WARD },
      null,
    );
    expect(data).toEqual({ all: { totalCount: 2 }, thematic: { nodes: [{ number: 6 }] }, closed: { nodes: [{ number: 5 }] } });
  });
});
