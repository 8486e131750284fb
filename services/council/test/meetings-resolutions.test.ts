import { council } from '@phoihop/council';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { counts, delegate, errorOf, NOW, seedTerm, standing, TERM, WARD } from './support/fixtures';

const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const RECORD = /* GraphQL */ `
  mutation($input: RecordJointMeetingInput!) {
    recordJointMeeting(input: $input) { id kind heldOn session { number } attendeesOf(body: FRONT) { name } conclusions }
  }`;
const ADOPT = `mutation($input: AdoptResolutionInput!) { adoptResolution(input: $input) { id number year status session { number } } }`;

const attendees = [
  { body: 'COUNCIL', name: 'Nguyễn Thăng Long', title: 'Chủ tịch HĐND phường' },
  { body: 'COMMITTEE', name: 'Nguyễn Hoàng Nguyên', title: 'Chủ tịch UBND phường' },
  { body: 'FRONT', name: 'Nguyễn Văn Định', title: 'Chủ tịch Ủy ban MTTQ phường' },
];

describe('joint meetings and resolutions', () => {
  let graph: TestGraph;
  let held: string;
  let upcoming: string;
  let later: string;

  beforeAll(async () => {
    graph = await startTestGraph('council_meetings', [council], { now: NOW });
    await seedTerm(graph.db.council);
    const schedule = async (number: number, start: string) =>
      (
        await graph.ok<{ scheduleSession: { id: string } }>(
          SCHEDULE,
          { input: { termId: TERM, number, kind: 'REGULAR', title: `Kỳ họp thứ ${number}`, plannedStartDate: start, plannedEndDate: start } },
          standing(),
        )
      ).scheduleSession.id;
    held = await schedule(3, '2026-11-20');
    upcoming = await schedule(4, '2026-12-15');
    later = await schedule(5, '2026-12-22');
    await graph.ok(`mutation($id: ID!) { conveneSession(id: $id, actualStartDate: "2026-11-20") { id } }`, { id: held }, standing());
  });
  afterAll(() => graph?.close());

  it('lists upcoming sessions that still lack their pre-session meeting, until one is recorded', async () => {
    const LACKING = `query($j: ID!) { sessionsWithoutPreSessionMeeting(jurisdictionId: $j) { nodes { number preSessionMeeting { id } } } }`;
    const before = await graph.ok<{ sessionsWithoutPreSessionMeeting: { nodes: Array<{ number: number }> } }>(LACKING, { j: WARD }, delegate());
    expect(before.sessionsWithoutPreSessionMeeting.nodes.map((n) => n.number)).toEqual([4, 5]);

    const data = await graph.ok<{ recordJointMeeting: { id: string } }>(
      RECORD,
      {
        input: {
          jurisdictionId: WARD,
          kind: 'PRE_SESSION',
          sessionId: upcoming,
          title: 'Hội nghị liên tịch chuẩn bị Kỳ họp thứ 4',
          heldOn: '2026-11-25',
          attendees,
          conclusions: ['Thống nhất nội dung, chương trình kỳ họp.', 'UBND gửi tài liệu trước ngày 08/12/2026.'],
        },
      },
      standing(),
    );
    expect(data.recordJointMeeting).toMatchObject({
      kind: 'PRE_SESSION',
      session: { number: 4 },
      attendeesOf: [{ name: 'Nguyễn Văn Định' }],
      conclusions: ['Thống nhất nội dung, chương trình kỳ họp.', 'UBND gửi tài liệu trước ngày 08/12/2026.'],
    });
    const after = await graph.ok<{ sessionsWithoutPreSessionMeeting: { nodes: Array<{ number: number }> } }>(LACKING, { j: WARD }, delegate());
    expect(after.sessionsWithoutPreSessionMeeting.nodes.map((n) => n.number)).toEqual([5]);
    const session = await graph.ok<{ session: { preSessionMeeting: { id: string; heldOn: string } } }>(
      `query($id: ID!) { session(id: $id) { preSessionMeeting { id heldOn } } }`,
      { id: upcoming },
      delegate(),
    );
    expect(session.session.preSessionMeeting).toEqual({ id: data.recordJointMeeting.id, heldOn: '2026-11-25' });
  });

  it('refuses a second pre-session meeting, a missing body, a session-less one and a meeting after the session, writing nothing', async () => {
    const before = await counts(graph.db.council);
    const base = { jurisdictionId: WARD, kind: 'PRE_SESSION', sessionId: upcoming, title: 'Liên tịch', heldOn: '2026-11-26', attendees };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{}, 'CONFLICT', 'input.sessionId'],
      [{ sessionId: later, attendees: attendees.slice(0, 2) }, 'BAD_USER_INPUT', 'input.attendees'],
      [{ sessionId: null }, 'BAD_USER_INPUT', 'input.sessionId'],
      [{ sessionId: held, heldOn: '2026-11-21' }, 'BAD_USER_INPUT', 'input.heldOn'],
      [{ sessionId: '00000000-0000-5000-8000-000000000000' }, 'NOT_FOUND', 'input.sessionId'],
      [{ kind: 'OTHER' }, 'BAD_USER_INPUT', 'input.sessionId'],
    ];
    for (const [over, code, field] of cases) {
      expect(errorOf(await graph.query(RECORD, { input: { ...base, ...over } }, standing()))).toEqual({ code, field });
    }
    expect(await counts(graph.db.council)).toEqual(before);
  });

  it('keeps joint meetings from anonymous readers', async () => {
    const res = await graph.query(`query($j: ID!) { jointMeetings(jurisdictionId: $j) { totalCount } }`, { j: WARD }, null);
    expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    const other = await graph.query(`query($j: ID!) { jointMeetings(jurisdictionId: $j) { totalCount } }`, { j: WARD }, userWith('DELEGATE', { jurisdictionId: TERM }));
    expect(errorOf(other).code).toBe('FORBIDDEN');
  });

  it('adopts resolutions at a convened session and publishes them', async () => {
    const data = await graph.ok<{ adoptResolution: { id: string } }>(
      ADOPT,
      { input: { sessionId: held, number: '28/NQ-HĐND', title: 'Nghị quyết về dự toán ngân sách năm 2027', field: 'FINANCE', adoptedOn: '2026-11-20', effectiveFrom: '2027-01-01' } },
      standing(),
    );
    expect(data.adoptResolution).toMatchObject({ number: '28/NQ-HĐND', year: 2026, status: 'ADOPTED', session: { number: 3 } });
    await graph.ok(ADOPT, { input: { sessionId: held, number: '29/NQ-HĐND', title: 'Nghị quyết chuyên đề về chỉnh trang đô thị', thematic: true, adoptedOn: '2026-11-20' } }, standing());
    const pub = await graph.ok<{ resolutions: { totalCount: number; nodes: Array<{ number: string; status: string }> }; session: { resolutions: { nodes: Array<{ number: string }> } } }>(
      `query($j: ID!, $s: ID!) {
        resolutions(jurisdictionId: $j, year: 2026, thematic: true) { totalCount nodes { number status } }
        session(id: $s) { resolutions { nodes { number } } }
      }`,
      { j: WARD, s: held },
      null,
    );
    expect(pub.resolutions).toEqual({ totalCount: 1, nodes: [{ number: '29/NQ-HĐND', status: 'IN_FORCE' }] });
    expect(pub.session.resolutions.nodes.map((r) => r.number)).toEqual(['28/NQ-HĐND', '29/NQ-HĐND']);
  });

  it('refuses a duplicate number, a malformed one, a planned session and dates out of order, writing nothing', async () => {
    const before = await counts(graph.db.council);
    const base = { sessionId: held, number: '30/NQ-HĐND', title: 'Nghị quyết', adoptedOn: '2026-11-20' };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ number: '28/NQ-HĐND' }, 'CONFLICT', 'input.number'],
      [{ number: 'NQ 30' }, 'BAD_USER_INPUT', 'input.number'],
      [{ sessionId: upcoming }, 'CONFLICT', 'input.sessionId'],
      [{ adoptedOn: '2026-11-19' }, 'BAD_USER_INPUT', 'input.adoptedOn'],
      [{ effectiveFrom: '2026-11-01' }, 'BAD_USER_INPUT', 'input.effectiveFrom'],
    ];
    for (const [over, code, field] of cases) {
      expect(errorOf(await graph.query(ADOPT, { input: { ...base, ...over } }, standing()))).toEqual({ code, field });
    }
    expect(errorOf(await graph.query(ADOPT, { input: base }, delegate())).code).toBe('FORBIDDEN');
    expect(await counts(graph.db.council)).toEqual(before);
  });
});
