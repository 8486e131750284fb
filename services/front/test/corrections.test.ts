import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { APRIL_SESSION, DELEGATES, HONG_LINH, NATURAL, OFFICIAL, OTHER, SESSION, seedCouncil } from './support/fixtures';

const board = userWith('FRONT_STANDING', { jurisdictionId: HONG_LINH });
const staff = userWith('FRONT_STAFF', { jurisdictionId: HONG_LINH });
const otherStaff = userWith('FRONT_STAFF', { jurisdictionId: OTHER });
const naturalStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HONG_LINH, departmentId: NATURAL }, { name: 'Phan Đình Hùng' });

const UPDATE_ROUND = `mutation($input: UpdateVoterContactRoundInput!) { updateVoterContactRound(input: $input) {
  id title startsOn endsOn correctedAt meetingCount meetingPointCount voterCount } }`;
const UPDATE_MEETING = `mutation($input: UpdateVoterContactMeetingInput!) { updateVoterContactMeeting(input: $input) {
  id heldOn place voterCount correctedAt delegates { totalCount nodes { id } } officials { totalCount }
  round { meetingCount meetingPointCount voterCount } petitions { nodes { raisedOn } } } }`;
const RECORD_PETITION = `mutation($input: RecordVoterPetitionInput!) { recordVoterPetition(input: $input) { id } }`;
const UPDATE_PETITION = `mutation($input: UpdateVoterPetitionInput!) { updateVoterPetition(input: $input) { id content field competentLevel status } }`;
const FORWARD = `mutation($input: ForwardVoterPetitionInput!) { forwardVoterPetition(input: $input) {
  id status answerDue nextRegularSessionOn nextRegularSession { id plannedStartDate title } } }`;
const ANSWER = `mutation($input: AnswerVoterPetitionInput!) { answerVoterPetition(input: $input) { id status } }`;
const MERGE = `mutation($input: MarkVoterPetitionDuplicateInput!) { markVoterPetitionDuplicate(input: $input) {
  id status overdue repeatOf { id status repeats { totalCount nodes { id } } } } }`;

type Errors = { errors?: Array<{ extensions?: Record<string, unknown> }> };
const codeOf = (r: Errors) => r.errors?.[0]?.extensions;

describe('correcting voter-contact records, through the gateway', () => {
  let graph: TestGraph;
  let roundId: string;
  let meetingA: string;
  let meetingB: string;

  const snapshot = async () => ({
    rounds: await graph.db.front.query(`SELECT * FROM front.voter_contact_round ORDER BY id`),
    meetings: await graph.db.front.query(`SELECT * FROM front.voter_contact_meeting ORDER BY id`),
    delegates: await graph.db.front.query(`SELECT * FROM front.meeting_delegate ORDER BY meeting_id, delegate_id`),
    officials: await graph.db.front.query(`SELECT * FROM front.meeting_official ORDER BY meeting_id, official_id`),
    petitions: await graph.db.front.query(`SELECT * FROM front.voter_petition ORDER BY id`),
    outbox: await graph.db.front.query(`SELECT aggregate_id, payload FROM front.outbox ORDER BY id`),
  });
  /** Runs `run`, expects the error code (and field), and that nothing at all was written. */
  const refused = async (run: () => Promise<Errors>, code: string, field?: string) => {
    const before = await snapshot();
    expect(codeOf(await run())).toMatchObject(field ? { code, field } : { code });
    expect(await snapshot()).toEqual(before);
  };
  const petition = async (meetingId: string, content: string) =>
    (await graph.ok<{ recordVoterPetition: { id: string } }>(RECORD_PETITION, { input: { meetingId, content, field: 'URBAN', competentLevel: 'COMMUNE' } }, staff))
      .recordVoterPetition.id;
  const forward = (petitionId: string, extra: Record<string, unknown> = {}) =>
    graph.query<{ forwardVoterPetition: Record<string, unknown> }>(
      FORWARD,
      { input: { petitionId, recipientKind: 'COMMITTEE', departmentId: NATURAL, recipientName: 'Phòng Tài nguyên và Môi trường', forwardedOn: '2026-03-16', ...extra } },
      board,
    );

  beforeAll(async () => {
    graph = await startTestGraph('front_corrections', [council, front], { now: '2026-03-20T09:00:00+07:00' });
    await seedCouncil(graph.db.council);
    const round = await graph.ok<{ createVoterContactRound: { id: string } }>(
      `mutation($input: CreateVoterContactRoundInput!) { createVoterContactRound(input: $input) { id } }`,
      { input: { jurisdictionId: HONG_LINH, kind: 'AFTER_SESSION', sessionId: SESSION, delegationLevel: 'COMMUNE_COUNCIL', title: 'TXCT sau kỳ họp', startsOn: '2026-03-01', endsOn: '2026-03-31' } },
      board,
    );
    roundId = round.createVoterContactRound.id;
    const record = async (input: Record<string, unknown>) =>
      (await graph.ok<{ recordVoterContactMeeting: { id: string } }>(
        `mutation($input: RecordVoterContactMeetingInput!) { recordVoterContactMeeting(input: $input) { id } }`,
        { input: { roundId, localityName: 'Phường Bắc Hồng Lĩnh', ...input } },
        staff,
      )).recordVoterContactMeeting.id;
    meetingA = await record({ heldOn: '2026-03-05', place: 'Nhà văn hóa tổ dân phố 5', delegateIds: [DELEGATES[0], DELEGATES[1]], officialIds: [OFFICIAL], voterCount: 80 });
    meetingB = await record({ heldOn: '2026-03-10', place: 'Hội trường UBND phường', delegateIds: [DELEGATES[2]], voterCount: 50 });
  });
  afterAll(() => graph?.close());

  describe('updateVoterContactRound', () => {
    it('changes only the fields given and records when', async () => {
      const r = await graph.ok<{ updateVoterContactRound: Record<string, unknown> }>(
        UPDATE_ROUND,
        { input: { roundId, title: '  Tiếp xúc cử tri sau kỳ họp thứ tư  ', endsOn: '2026-04-10' } },
        board,
      );
      expect(r.updateVoterContactRound).toEqual({
        id: roundId,
        title: 'Tiếp xúc cử tri sau kỳ họp thứ tư',
        startsOn: '2026-03-01',
        endsOn: '2026-04-10',
        correctedAt: '2026-03-20T02:00:00.000Z',
        meetingCount: 2,
        meetingPointCount: 2,
        voterCount: 130,
      });
    });

    it.each([
      ['a period that would leave a meeting out (end)', { endsOn: '2026-03-08' }, 'BAD_USER_INPUT', 'input.endsOn'],
      ['a period that would leave a meeting out (start)', { startsOn: '2026-03-06' }, 'BAD_USER_INPUT', 'input.startsOn'],
      ['an end before the start', { startsOn: '2026-03-01', endsOn: '2026-02-01' }, 'BAD_USER_INPUT', 'input.endsOn'],
      ['a topic on a round that is not thematic', { topic: 'Đất đai' }, 'BAD_USER_INPUT', 'input.topic'],
      ['an empty title', { title: '   ' }, 'BAD_USER_INPUT', 'input.title'],
      ['a malformed session id', { sessionId: 'ky-hop-5' }, 'BAD_USER_INPUT', 'input.sessionId'],
    ])('refuses %s, writing nothing', async (_, input, code, field) => {
      await refused(() => graph.query(UPDATE_ROUND, { input: { roundId, ...input } }, board), code, field);
    });

    it('is for the Standing Board of the jurisdiction, and names an unknown round', async () => {
      await refused(() => graph.query(UPDATE_ROUND, { input: { roundId, title: 'x' } }, staff), 'FORBIDDEN');
      await refused(() => graph.query(UPDATE_ROUND, { input: { roundId, title: 'x' } }, userWith('FRONT_STANDING', { jurisdictionId: OTHER })), 'FORBIDDEN');
      await refused(() => graph.query(UPDATE_ROUND, { input: { roundId: OTHER, title: 'x' } }, board), 'NOT_FOUND', 'input.roundId');
    });
  });

  describe('updateVoterContactMeeting', () => {
    it('replaces the attendees, moves the day with its petitions, and the round totals follow', async () => {
      const p = await petition(meetingA, 'Đề nghị lắp đèn chiếu sáng ngõ 12.');
      const r = await graph.ok<{ updateVoterContactMeeting: Record<string, unknown> }>(
        UPDATE_MEETING,
        { input: { meetingId: meetingA, heldOn: '2026-03-06', place: 'Hội trường UBND phường', delegateIds: [DELEGATES[2]], officialIds: [], voterCount: 95 } },
        staff,
      );
      expect(r.updateVoterContactMeeting).toEqual({
        id: meetingA,
        heldOn: '2026-03-06',
        place: 'Hội trường UBND phường',
        voterCount: 95,
        correctedAt: '2026-03-20T02:00:00.000Z',
        delegates: { totalCount: 1, nodes: [{ id: DELEGATES[2] }] },
        officials: { totalCount: 0 },
        // Both meetings are now at the same point: two meetings, one point, 145 voters.
        round: { meetingCount: 2, meetingPointCount: 1, voterCount: 145 },
        petitions: { nodes: [{ raisedOn: '2026-03-06' }] },
      });
      const [row] = await graph.db.front.query(`SELECT raised_on::text FROM front.voter_petition WHERE id = $1`, [p]);
      expect(row.raised_on).toBe('2026-03-06');
    });

    it.each([
      ['a day outside the round', { heldOn: '2026-04-11' }, 'input.heldOn'],
      ['no delegate', { delegateIds: [] }, 'input.delegateIds'],
      ['a malformed delegate id', { delegateIds: [DELEGATES[0], 'dai-bieu-2'] }, 'input.delegateIds.1'],
      ['a negative voter count', { voterCount: -3 }, 'input.voterCount'],
      ['an empty place', { place: ' ' }, 'input.place'],
    ])('refuses %s, writing nothing', async (_, input, field) => {
      await refused(() => graph.query(UPDATE_MEETING, { input: { meetingId: meetingB, ...input } }, staff), 'BAD_USER_INPUT', field);
    });

    it('will not move a meeting after a petition raised there was forwarded', async () => {
      const p = await petition(meetingB, 'Đường liên tổ 3 – 5 xuống cấp.');
      await graph.ok(FORWARD, { input: { petitionId: p, recipientKind: 'COUNCIL', recipientName: 'Thường trực HĐND', forwardedOn: '2026-03-12' } }, board);
      await refused(() => graph.query(UPDATE_MEETING, { input: { meetingId: meetingB, heldOn: '2026-03-13' } }, staff), 'BAD_USER_INPUT', 'input.heldOn');
    });

    it('is for Front staff of the jurisdiction, and names an unknown meeting', async () => {
      await refused(() => graph.query(UPDATE_MEETING, { input: { meetingId: meetingB, voterCount: 1 } }, otherStaff), 'FORBIDDEN');
      await refused(() => graph.query(UPDATE_MEETING, { input: { meetingId: meetingB, voterCount: 1 } }, naturalStaff), 'FORBIDDEN');
      await refused(() => graph.query(UPDATE_MEETING, { input: { meetingId: OTHER, voterCount: 1 } }, staff), 'NOT_FOUND', 'input.meetingId');
    });
  });

  describe('updateVoterPetition', () => {
    it('corrects a petition not yet forwarded, and refuses once it is', async () => {
      const p = await petition(meetingB, 'De nghi sua duong');
      const r = await graph.ok<{ updateVoterPetition: Record<string, unknown> }>(
        UPDATE_PETITION,
        { input: { petitionId: p, content: 'Đề nghị sửa đường liên tổ 2.'.normalize('NFD'), field: 'TRANSPORT' } },
        staff,
      );
      expect(r.updateVoterPetition).toEqual({ id: p, content: 'Đề nghị sửa đường liên tổ 2.'.normalize('NFC'), field: 'TRANSPORT', competentLevel: 'COMMUNE', status: 'RECEIVED' });
      await refused(() => graph.query(UPDATE_PETITION, { input: { petitionId: p, content: '  ' } }, staff), 'BAD_USER_INPUT', 'input.content');
      await refused(() => graph.query(UPDATE_PETITION, { input: { petitionId: p, field: 'LAND' } }, otherStaff), 'FORBIDDEN');
      await graph.ok(FORWARD, { input: { petitionId: p, recipientKind: 'COUNCIL', recipientName: 'Thường trực HĐND', forwardedOn: '2026-03-12' } }, board);
      await refused(() => graph.query(UPDATE_PETITION, { input: { petitionId: p, field: 'LAND' } }, staff), 'CONFLICT', 'input.petitionId');
    });
  });

  describe('markVoterPetitionDuplicate', () => {
    let original: string;
    beforeAll(async () => {
      original = await petition(meetingB, 'Bãi rác gần khu dân cư gây ô nhiễm.');
    });

    it('merges a forwarded duplicate into the earlier petition and clears its open deadline', async () => {
      const dup = await petition(meetingB, 'Cử tri phản ánh bãi rác gây ô nhiễm.');
      await forward(dup);
      const r = await graph.ok<{ markVoterPetitionDuplicate: Record<string, unknown> }>(MERGE, { input: { petitionId: dup, ofPetitionId: original } }, board);
      expect(r.markVoterPetitionDuplicate).toEqual({
        id: dup,
        status: 'MERGED',
        overdue: false,
        repeatOf: { id: original, status: 'RECEIVED', repeats: { totalCount: 1, nodes: [{ id: dup }] } },
      });
      const events = await graph.db.front.query(`SELECT payload FROM front.outbox WHERE aggregate_id = $1 ORDER BY id`, [dup]);
      expect(events.map((e: { payload: { state: string; dueDate: string | null } }) => [e.payload.state, e.payload.dueDate])).toEqual([
        ['OPEN', '2026-04-15'],
        ['CLEARED', null],
      ]);
      // A merged petition is not forwarded or answered on its own any more.
      await refused(() => forward(dup), 'CONFLICT', 'input.petitionId');
      await refused(() => graph.query(ANSWER, { input: { petitionId: dup, text: 'Đã xử lý.', answeredOn: '2026-03-18' } }, naturalStaff), 'CONFLICT', 'input.petitionId');
      // Nor can anything be merged into it.
      const third = await petition(meetingB, 'Bãi rác.');
      await refused(() => graph.query(MERGE, { input: { petitionId: third, ofPetitionId: dup } }, board), 'BAD_USER_INPUT', 'input.ofPetitionId');
    });

    it('merges a petition not yet forwarded without any deadline event', async () => {
      const dup = await petition(meetingB, 'Bãi rác gây mùi.');
      const before = (await graph.db.front.query(`SELECT count(*)::int AS n FROM front.outbox`))[0].n;
      await graph.ok(MERGE, { input: { petitionId: dup, ofPetitionId: original } }, board);
      expect((await graph.db.front.query(`SELECT count(*)::int AS n FROM front.outbox`))[0].n).toBe(before);
    });

    it('refuses merges that make no sense, writing nothing', async () => {
      const later = await petition(meetingB, 'Ô nhiễm bãi rác (lần 2).');
      const earlierMeeting = await petition(meetingA, 'Kiến nghị nêu ở cuộc tiếp xúc trước.');
      const answered = await petition(meetingB, 'Kiến nghị đã được trả lời.');
      await forward(answered);
      await graph.ok(ANSWER, { input: { petitionId: answered, text: 'UBND đã xử lý.', answeredOn: '2026-03-18' } }, naturalStaff);
      // `later` was recorded as a repeat of `original`: merging `original` into `later` would close a loop.
      await graph.db.front.query(`UPDATE front.voter_petition SET repeat_of_id = $1 WHERE id = $2`, [original, later]);
      const merge = (petitionId: string, ofPetitionId: string, as = board) => graph.query(MERGE, { input: { petitionId, ofPetitionId } }, as);
      await refused(() => merge(later, later), 'BAD_USER_INPUT', 'input.ofPetitionId');
      await refused(() => merge(earlierMeeting, later), 'BAD_USER_INPUT', 'input.ofPetitionId');
      await refused(() => merge(original, later), 'BAD_USER_INPUT', 'input.ofPetitionId');
      await refused(() => merge(later, OTHER), 'NOT_FOUND', 'input.ofPetitionId');
      await refused(() => merge(OTHER, later), 'NOT_FOUND', 'input.petitionId');
      await refused(() => merge(answered, original), 'CONFLICT', 'input.petitionId');
      await refused(() => merge(later, original, staff), 'FORBIDDEN');
    });
  });

  describe('the next regular session of forwardVoterPetition', () => {
    it('caps the answer before the session, keeps the reference the council resolves, and drops it on re-forwarding', async () => {
      const p = await petition(meetingB, 'Đề nghị nạo vét kênh tiêu nước tổ dân phố 7.');
      const r = await forward(p, { nextRegularSessionId: APRIL_SESSION, nextRegularSessionOn: '2026-04-20' });
      // 16 March + 30 days = Wednesday 15 April, but the session's documents are due Monday 13 April
      // (issue #13, item 3): the answer by Friday 10 April.
      expect(r.data?.forwardVoterPetition).toMatchObject({ answerDue: '2026-04-10', nextRegularSessionOn: '2026-04-20' });
      const capped = await forward(p, { forwardedOn: '2026-03-19', nextRegularSessionId: APRIL_SESSION, nextRegularSessionOn: '2026-04-20' });
      // 19 March + 30 = Saturday 18 April, after the documents deadline of Monday 20 April's session: Friday 10 April.
      expect(capped.data?.forwardVoterPetition).toEqual({
        id: p,
        status: 'FORWARDED',
        answerDue: '2026-04-10',
        nextRegularSessionOn: '2026-04-20',
        nextRegularSession: { id: APRIL_SESSION, plannedStartDate: '2026-04-20', title: 'Kỳ họp thứ tư' },
      });
      const [row] = await graph.db.front.query(`SELECT next_session_id, next_session_on::text FROM front.voter_petition WHERE id = $1`, [p]);
      expect(row).toEqual({ next_session_id: APRIL_SESSION, next_session_on: '2026-04-20' });
      const again = await forward(p, { forwardedOn: '2026-03-19' });
      expect(again.data?.forwardVoterPetition).toMatchObject({ answerDue: '2026-04-20', nextRegularSession: null, nextRegularSessionOn: null });
    });

    it("checks the session against the Front's own records, writing nothing", async () => {
      const p = await petition(meetingB, 'Đề nghị sửa cống thoát nước.');
      // Another jurisdiction's round serves a session: it is not this jurisdiction's session.
      const foreign = '5f0c8c3e-0000-4000-8000-000000000001';
      await graph.db.front.query(
        `INSERT INTO front.voter_contact_round (jurisdiction_id, kind, session_id, delegation_level, title, starts_on, ends_on, created_at)
         VALUES ($1, 'BEFORE_SESSION', $2, 'COMMUNE_COUNCIL', 'Đợt khác', '2026-04-01', '2026-04-10', now()),
                ($3, 'BEFORE_SESSION', $4, 'COMMUNE_COUNCIL', 'TXCT trước kỳ họp thứ tư', '2026-04-01', '2026-04-18', now())`,
        [OTHER, foreign, HONG_LINH, APRIL_SESSION],
      );
      await refused(() => forward(p, { nextRegularSessionId: foreign, nextRegularSessionOn: '2026-04-20' }), 'NOT_FOUND', 'input.nextRegularSessionId');
      // Its voter-contact round before the session ends on 18 April: the session cannot open on the 17th.
      await refused(() => forward(p, { nextRegularSessionId: APRIL_SESSION, nextRegularSessionOn: '2026-04-17' }), 'BAD_USER_INPUT', 'input.nextRegularSessionOn');
    });
  });
});
