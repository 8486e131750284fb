import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { startTestGraph, type GraphResponse, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { race } from '../../../test/support/race';
import { DELEGATES, HONG_LINH, NATURAL, SESSION, seedCouncil } from './support/fixtures';

const board = userWith('FRONT_STANDING', { jurisdictionId: HONG_LINH });
const staff = userWith('FRONT_STAFF', { jurisdictionId: HONG_LINH });
const naturalStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HONG_LINH, departmentId: NATURAL });

describe('concurrent changes of one voter petition', () => {
  let graph: TestGraph;
  let meetingId: string;

  beforeAll(async () => {
    graph = await startTestGraph('front_concurrency', [council, front], { now: '2026-03-20T09:00:00+07:00' });
    await seedCouncil(graph.db.council);
    const round = await graph.ok<{ createVoterContactRound: { id: string } }>(
      `mutation($input: CreateVoterContactRoundInput!) { createVoterContactRound(input: $input) { id } }`,
      { input: { jurisdictionId: HONG_LINH, kind: 'AFTER_SESSION', sessionId: SESSION, delegationLevel: 'COMMUNE_COUNCIL', title: 'TXCT', startsOn: '2026-03-01', endsOn: '2026-03-31' } },
      board,
    );
    const meeting = await graph.ok<{ recordVoterContactMeeting: { id: string } }>(
      `mutation($input: RecordVoterContactMeetingInput!) { recordVoterContactMeeting(input: $input) { id } }`,
      { input: { roundId: round.createVoterContactRound.id, heldOn: '2026-03-05', place: 'Nhà văn hóa tổ 5', localityName: 'Phường Bắc Hồng Lĩnh', delegateIds: [DELEGATES[0]], voterCount: 50 } },
      staff,
    );
    meetingId = meeting.recordVoterContactMeeting.id;
  });
  afterAll(() => graph?.close());

  const forwarded = async () => {
    const r = await graph.ok<{ recordVoterPetition: { id: string } }>(
      `mutation($input: RecordVoterPetitionInput!) { recordVoterPetition(input: $input) { id } }`,
      { input: { meetingId, content: 'Đề nghị sửa đường ngõ 7.', field: 'TRANSPORT', competentLevel: 'COMMUNE' } },
      staff,
    );
    const id = r.recordVoterPetition.id;
    await graph.ok(
      `mutation($input: ForwardVoterPetitionInput!) { forwardVoterPetition(input: $input) { id } }`,
      { input: { petitionId: id, recipientKind: 'COMMITTEE', departmentId: NATURAL, recipientName: 'Phòng TNMT', forwardedOn: '2026-03-10' } },
      board,
    );
    return id;
  };
  const answer = (petitionId: string) => () =>
    graph.query(`mutation($input: AnswerVoterPetitionInput!) { answerVoterPetition(input: $input) { status } }`, { input: { petitionId, text: 'Đã sửa.', answeredOn: '2026-03-18' } }, naturalStaff);
  const merge = (petitionId: string, ofPetitionId: string) => () =>
    graph.query(`mutation($input: MarkVoterPetitionDuplicateInput!) { markVoterPetitionDuplicate(input: $input) { status } }`, { input: { petitionId, ofPetitionId } }, board);
  const codes = (results: Array<GraphResponse<unknown>>) => results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
  const events = async (id: string) =>
    ((await graph.db.front.query(`SELECT payload->>'state' AS state FROM front.outbox WHERE aggregate_id = $1 ORDER BY id`, [id])) as Array<{ state: string }>).map((e) => e.state);

  it('two answers of one petition: one is recorded, the other is a CONFLICT, one deadline cleared', async () => {
    const id = await forwarded();
    expect(codes(await race(graph.db.front, 'front.voter_petition', id, [answer(id), answer(id)]))).toEqual(['OK', 'CONFLICT']);
    expect(await events(id)).toEqual(['OPEN', 'CLEARED']);
  });

  it('an answer racing a merge: whichever comes second is a CONFLICT', async () => {
    const original = await forwarded();
    const id = await forwarded();
    expect(codes(await race(graph.db.front, 'front.voter_petition', id, [merge(id, original), answer(id)]))).toEqual(['OK', 'CONFLICT']);
    const [row] = await graph.db.front.query(`SELECT status FROM front.voter_petition WHERE id = $1`, [id]);
    expect(row.status).toBe('MERGED');
    expect(await events(id)).toEqual(['OPEN', 'CLEARED']);
  });
});
