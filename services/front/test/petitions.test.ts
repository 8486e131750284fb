import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { APRIL_SESSION, DELEGATES, HONG_LINH, NATURAL, OFFICIAL, OTHER, SESSION, URBAN, seedCouncil } from './support/fixtures';

const board = userWith('FRONT_STANDING', { jurisdictionId: HONG_LINH });
const staff = userWith('FRONT_STAFF', { jurisdictionId: HONG_LINH });
const naturalStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HONG_LINH, departmentId: NATURAL }, { officialId: OFFICIAL, name: 'Phan Đình Hùng' });
const urbanStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HONG_LINH, departmentId: URBAN });
const delegate = userWith('DELEGATE', { jurisdictionId: HONG_LINH });

const CREATE_ROUND = `mutation($input: CreateVoterContactRoundInput!) { createVoterContactRound(input: $input) { id } }`;
const RECORD_MEETING = `mutation($input: RecordVoterContactMeetingInput!) { recordVoterContactMeeting(input: $input) { id } }`;
const RECORD_PETITION = `mutation($input: RecordVoterPetitionInput!) { recordVoterPetition(input: $input) { id status } }`;
const FORWARD = `mutation($input: ForwardVoterPetitionInput!) { forwardVoterPetition(input: $input) { id status answerDue forwardedTo { kind name department { id } } } }`;
const ANSWER = `mutation($input: AnswerVoterPetitionInput!) { answerVoterPetition(input: $input) { id status overdue answer { text answeredOn answeredByName answeredBy { id } onTime } } }`;
const REPORT_BACK = `mutation($input: ReportBackVoterPetitionInput!) { reportBackVoterPetition(input: $input) { id status reportedBackAt { id heldOn } } }`;

describe('voter petition, from meeting to report-back, through the gateway', () => {
  let graph: TestGraph;
  let roundId: string;
  const meetings: string[] = [];

  const outbox = () =>
    graph.db.front.query(`SELECT aggregate_type, aggregate_id, payload FROM front.outbox ORDER BY id`) as Promise<
      Array<{ aggregate_type: string; aggregate_id: string; payload: Record<string, unknown> }>
    >;
  const petitionRow = async (id: string) => (await graph.db.front.query(`SELECT * FROM front.voter_petition WHERE id = $1`, [id]))[0];
  const codeOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions;

  beforeAll(async () => {
    graph = await startTestGraph('front_petitions', [council, front], { now: '2026-03-20T09:00:00+07:00' });
    await seedCouncil(graph.db.council);
    const round = await graph.ok<{ createVoterContactRound: { id: string } }>(
      CREATE_ROUND,
      {
        input: {
          jurisdictionId: HONG_LINH,
          kind: 'AFTER_SESSION',
          sessionId: SESSION,
          delegationLevel: 'COMMUNE_COUNCIL',
          title: 'Tiếp xúc cử tri sau kỳ họp thứ tư',
          startsOn: '2026-03-01',
          endsOn: '2026-07-31',
        },
      },
      board,
    );
    roundId = round.createVoterContactRound.id;
    const points = [
      { heldOn: '2026-03-05', place: 'Nhà văn hóa tổ dân phố 5', localityName: 'Phường Bắc Hồng Lĩnh', delegateIds: [DELEGATES[0], DELEGATES[1]], voterCount: 85 },
      { heldOn: '2026-03-06', place: 'Nhà Văn Hóa  tổ dân phố 5', localityName: 'phường Bắc Hồng Lĩnh', delegateIds: [DELEGATES[0]], voterCount: 60 },
      { heldOn: '2026-03-07', place: 'Hội trường UBND phường', localityName: 'Phường Bắc Hồng Lĩnh', delegateIds: [DELEGATES[2]], voterCount: 120 },
    ];
    for (const p of points) {
      const r = await graph.ok<{ recordVoterContactMeeting: { id: string } }>(RECORD_MEETING, { input: { roundId, ...p, officialIds: [OFFICIAL] } }, staff);
      meetings.push(r.recordVoterContactMeeting.id);
    }
  });
  afterAll(() => graph?.close());

  it('computes the round totals from its meetings: the same point typed twice counts once', async () => {
    const data = await graph.ok<{ voterContactRound: Record<string, unknown> }>(
      `query($id: ID!) { voterContactRound(id: $id) { kind meetingCount meetingPointCount voterCount session { id } } }`,
      { id: roundId },
      delegate,
    );
    expect(data.voterContactRound).toEqual({ kind: 'AFTER_SESSION', meetingCount: 3, meetingPointCount: 2, voterCount: 265, session: { id: SESSION } });
  });

  it('takes a petition through RECEIVED → FORWARDED → ANSWERED → REPORTED_BACK, with its deadline events', async () => {
    const recorded = await graph.ok<{ recordVoterPetition: { id: string; status: string } }>(
      RECORD_PETITION,
      { input: { meetingId: meetings[0], content: 'Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ ở tổ dân phố 5.', field: 'LAND', competentLevel: 'COMMUNE' } },
      staff,
    );
    const id = recorded.recordVoterPetition.id;
    expect(recorded.recordVoterPetition.status).toBe('RECEIVED');
    expect(await outbox()).toEqual([]);

    const forwarded = await graph.ok<{ forwardVoterPetition: Record<string, unknown> }>(
      FORWARD,
      { input: { petitionId: id, recipientKind: 'COMMITTEE', departmentId: NATURAL, recipientName: 'Phòng Tài nguyên và Môi trường', forwardedOn: '2026-03-10', documentNumber: '15/MTTQ-BTT' } },
      board,
    );
    // 10 March + 30 days = 9 April 2026, a Thursday.
    expect(forwarded.forwardVoterPetition).toEqual({
      id,
      status: 'FORWARDED',
      answerDue: '2026-04-09',
      forwardedTo: { kind: 'COMMITTEE', name: 'Phòng Tài nguyên và Môi trường', department: { id: NATURAL } },
    });
    const [opened] = await outbox();
    expect(opened).toMatchObject({
      aggregate_type: 'VOTER_PETITION',
      aggregate_id: id,
      payload: {
        state: 'OPEN',
        dueDate: '2026-04-09',
        startDate: '2026-03-10',
        jurisdictionId: HONG_LINH,
        raisedBy: 'FRONT',
        field: 'LAND',
        assignee: { body: 'COMMITTEE', departmentId: NATURAL },
      },
    });

    // Another department neither sees nor answers it.
    const hidden = await graph.query(`query($id: ID!) { voterPetition(id: $id) { id } }`, { id }, urbanStaff);
    expect(codeOf(hidden)).toMatchObject({ code: 'FORBIDDEN' });
    const wrongDept = await graph.query(ANSWER, { input: { petitionId: id, text: 'Đã xử lý.', answeredOn: '2026-03-18' } }, urbanStaff);
    expect(codeOf(wrongDept)).toMatchObject({ code: 'FORBIDDEN' });

    const answered = await graph.ok<{ answerVoterPetition: Record<string, unknown> }>(
      ANSWER,
      { input: { petitionId: id, text: 'UBND đã chỉ đạo rà soát hồ sơ; dự kiến cấp giấy trong quý II/2026.', answeredOn: '2026-03-18', documentNumber: '125/UBND-TNMT' } },
      naturalStaff,
    );
    expect(answered.answerVoterPetition).toEqual({
      id,
      status: 'ANSWERED',
      overdue: false,
      answer: { text: 'UBND đã chỉ đạo rà soát hồ sơ; dự kiến cấp giấy trong quý II/2026.', answeredOn: '2026-03-18', answeredByName: 'Phan Đình Hùng', answeredBy: { id: OFFICIAL }, onTime: true },
    });
    const events = await outbox();
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ aggregate_id: id, payload: { state: 'CLEARED', dueDate: null } });

    // The report-back happens at a later meeting, recorded by Front staff.
    graph.clock.set('2026-04-15T09:00:00+07:00');
    const later = await graph.ok<{ recordVoterContactMeeting: { id: string } }>(
      RECORD_MEETING,
      { input: { roundId, heldOn: '2026-04-12', place: 'Nhà văn hóa tổ dân phố 5', localityName: 'Phường Bắc Hồng Lĩnh', delegateIds: [DELEGATES[1]], voterCount: 70 } },
      staff,
    );
    const reported = await graph.ok<{ reportBackVoterPetition: Record<string, unknown> }>(
      REPORT_BACK,
      { input: { petitionId: id, meetingId: later.recordVoterContactMeeting.id } },
      staff,
    );
    expect(reported.reportBackVoterPetition).toEqual({ id, status: 'REPORTED_BACK', reportedBackAt: { id: later.recordVoterContactMeeting.id, heldOn: '2026-04-12' } });
    expect(await outbox()).toHaveLength(2);
  });

  it('links a repeated petition to the earlier one and counts the repeats', async () => {
    const first = await graph.ok<{ recordVoterPetition: { id: string } }>(
      RECORD_PETITION,
      { input: { meetingId: meetings[0], content: 'Đường liên tổ 3 – 5 xuống cấp, đề nghị nâng cấp.', field: 'TRANSPORT', competentLevel: 'COMMUNE' } },
      staff,
    );
    const again = await graph.ok<{ recordVoterPetition: { id: string } }>(
      RECORD_PETITION,
      { input: { meetingId: meetings[2], content: 'Cử tri tiếp tục kiến nghị nâng cấp đường liên tổ 3 – 5.', field: 'TRANSPORT', competentLevel: 'COMMUNE', repeatOfId: first.recordVoterPetition.id } },
      staff,
    );
    const data = await graph.ok<{ voterPetition: { repeatOf: { id: string } } }>(
      `query($id: ID!) { voterPetition(id: $id) { repeatOf { id repeats { totalCount nodes { id } } } } }`,
      { id: again.recordVoterPetition.id },
      delegate,
    );
    expect(data.voterPetition.repeatOf).toEqual({ id: first.recordVoterPetition.id, repeats: { totalCount: 1, nodes: [{ id: again.recordVoterPetition.id }] } });

    // A petition cannot repeat one raised at the same or a later meeting.
    const before = await graph.db.front.query(`SELECT count(*)::int AS n FROM front.voter_petition`);
    const bad = await graph.query(
      RECORD_PETITION,
      { input: { meetingId: meetings[0], content: 'Lặp lại.', field: 'TRANSPORT', competentLevel: 'COMMUNE', repeatOfId: again.recordVoterPetition.id } },
      staff,
    );
    expect(codeOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.repeatOfId' });
    expect(await graph.db.front.query(`SELECT count(*)::int AS n FROM front.voter_petition`)).toEqual(before);
  });

  describe('bad input gets a coded error and writes nothing', () => {
    let petitionId: string;
    beforeAll(async () => {
      const r = await graph.ok<{ recordVoterPetition: { id: string } }>(
        RECORD_PETITION,
        { input: { meetingId: meetings[1], content: 'Đề nghị lắp đèn chiếu sáng ngõ 12.', field: 'URBAN', competentLevel: 'COMMUNE' } },
        staff,
      );
      petitionId = r.recordVoterPetition.id;
    });

    const unchanged = async (run: () => Promise<unknown>) => {
      const before = { row: await petitionRow(petitionId), outbox: await outbox() };
      await run();
      expect({ row: await petitionRow(petitionId), outbox: await outbox() }).toEqual(before);
    };
    const forward = (input: Record<string, unknown>, as = board) =>
      graph.query(FORWARD, { input: { petitionId, recipientKind: 'COMMITTEE', departmentId: URBAN, recipientName: 'Phòng Quản lý đô thị', forwardedOn: '2026-04-01', ...input } }, as);

    it.each([
      ['a committee recipient without a department', { departmentId: null }, 'input.departmentId'],
      ['a department for a non-committee recipient', { recipientKind: 'COUNCIL' }, 'input.departmentId'],
      ['an empty recipient name', { recipientName: '  ' }, 'input.recipientName'],
      ['a date before the meeting', { forwardedOn: '2026-03-01' }, 'input.forwardedOn'],
      ['a date in the future', { forwardedOn: '2026-05-01' }, 'input.forwardedOn'],
      ['a session before the forwarding', { nextRegularSessionId: SESSION, nextRegularSessionOn: '2026-03-30' }, 'input.nextRegularSessionOn'],
      ['a session date without the session', { nextRegularSessionOn: '2026-04-20' }, 'input.nextRegularSessionId'],
      ['a session without its date', { nextRegularSessionId: SESSION }, 'input.nextRegularSessionOn'],
      ['a malformed session id', { nextRegularSessionId: 'ky-hop-5', nextRegularSessionOn: '2026-04-20' }, 'input.nextRegularSessionId'],
      ['a malformed department id', { departmentId: 'phong-qldt' }, 'input.departmentId'],
    ])('forwarding with %s', async (_, input, field) => {
      await unchanged(async () => expect(codeOf(await forward(input))).toMatchObject({ code: 'BAD_USER_INPUT', field }));
    });

    it('an unknown petition is NOT_FOUND on its field', async () => {
      const r = await graph.query(FORWARD, { input: { petitionId: OTHER, recipientKind: 'COUNCIL', recipientName: 'Thường trực HĐND', forwardedOn: '2026-04-01' } }, board);
      expect(codeOf(r)).toMatchObject({ code: 'NOT_FOUND', field: 'input.petitionId' });
    });

    it('only the Standing Board forwards, only in its jurisdiction', async () => {
      await unchanged(async () => {
        expect(codeOf(await forward({}, staff))).toMatchObject({ code: 'FORBIDDEN' });
        expect(codeOf(await forward({}, userWith('FRONT_STANDING', { jurisdictionId: OTHER })))).toMatchObject({ code: 'FORBIDDEN' });
        expect(codeOf(await forward({}, null as never))).toMatchObject({ code: 'UNAUTHENTICATED' });
      });
    });

    it('answering before forwarding, or reporting back before answering, is a CONFLICT', async () => {
      await unchanged(async () => {
        const early = await graph.query(ANSWER, { input: { petitionId, text: 'Đã lắp.', answeredOn: '2026-04-01' } }, board);
        expect(codeOf(early)).toMatchObject({ code: 'CONFLICT', field: 'input.petitionId' });
        const report = await graph.query(REPORT_BACK, { input: { petitionId, meetingId: meetings[2] } }, staff);
        expect(codeOf(report)).toMatchObject({ code: 'CONFLICT', field: 'input.petitionId' });
      });
    });

    it('caps the due date before the next regular session, and re-forwarding moves it', async () => {
      const r = await graph.ok<{ forwardVoterPetition: { answerDue: string } }>(
        FORWARD,
        { input: { petitionId, recipientKind: 'COMMITTEE', departmentId: URBAN, recipientName: 'Phòng Quản lý đô thị', forwardedOn: '2026-04-01', nextRegularSessionId: APRIL_SESSION, nextRegularSessionOn: '2026-04-20' } },
        board,
      );
      // 1 April + 30 days = 1 May, but the session opens on Monday 20 April and its documents are
      // due 7 days before, Monday 13 April (issue #13, item 3): due the working day before, Friday 10 April.
      expect(r.forwardVoterPetition.answerDue).toBe('2026-04-10');
      const moved = await graph.ok<{ forwardVoterPetition: { answerDue: string } }>(
        FORWARD,
        { input: { petitionId, recipientKind: 'COMMITTEE', departmentId: NATURAL, recipientName: 'Phòng Tài nguyên và Môi trường', forwardedOn: '2026-04-14' } },
        board,
      );
      // 14 April + 30 = Thursday 14 May.
      expect(moved.forwardVoterPetition.answerDue).toBe('2026-05-14');
      const events = (await outbox()).filter((e) => e.aggregate_id === petitionId);
      expect(events.map((e) => [e.payload.state, e.payload.dueDate, (e.payload.assignee as { departmentId: string }).departmentId])).toEqual([
        ['OPEN', '2026-04-10', URBAN],
        ['OPEN', '2026-05-14', NATURAL],
      ]);
    });
  });
});
