import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { DELEGATES, HONG_LINH, NATURAL, OFFICIAL, SESSION, seedCouncil } from './support/fixtures';

const board = userWith('FRONT_STANDING', { jurisdictionId: HONG_LINH });
const delegate = userWith('DELEGATE', { jurisdictionId: HONG_LINH });

describe('the Front in the federated graph', () => {
  let graph: TestGraph;
  let counting = false;
  let statements: string[] = [];

  beforeAll(async () => {
    graph = await startTestGraph('front_graph', [council, committee, front], {
      now: '2026-11-27T09:00:00+07:00',
      onQuery: (service, sql) => {
        if (counting && service === 'front') statements.push(sql);
      },
    });
    await seedCouncil(graph.db.council);
    await graph.db.committee.query(
      `INSERT INTO committee.jurisdiction (id, code, name, search_name, level, parent_id, active_from, active_to)
       VALUES ($1, 'T436', 'Thị xã Hồng Lĩnh', 'thi xa hong linh', 'DISTRICT', NULL, '1992-08-01', NULL)`,
      [HONG_LINH],
    );
    // Six rounds of five meetings, each with two delegates and two petitions, straight into the Front's tables.
    const f = graph.db.front;
    for (let r = 0; r < 6; r++) {
      const [{ id: roundId }] = await f.query(
        `INSERT INTO front.voter_contact_round (jurisdiction_id, kind, session_id, delegation_level, title, starts_on, ends_on, created_at)
         VALUES ($1, $2, $3, 'COMMUNE_COUNCIL', $4, $5, $5::date + 20, now()) RETURNING id`,
        [HONG_LINH, r % 2 ? 'AFTER_SESSION' : 'BEFORE_SESSION', SESSION, `Đợt ${r + 1}`, `2026-0${r + 1}-01`],
      );
      for (let m = 0; m < 5; m++) {
        const [{ id: meetingId }] = await f.query(
          `INSERT INTO front.voter_contact_meeting (round_id, jurisdiction_id, held_on, place, locality_name, point_key, voter_count, created_at)
           VALUES ($1, $2, $3, $4, 'Phường Bắc Hồng', $5, 80, now()) RETURNING id`,
          [roundId, HONG_LINH, `2026-0${r + 1}-0${m + 2}`, `Điểm ${m}`, `p${m}`],
        );
        await f.query(`INSERT INTO front.meeting_delegate VALUES ($1, $2), ($1, $3)`, [meetingId, DELEGATES[m % 3], DELEGATES[(m + 1) % 3]]);
        await f.query(`INSERT INTO front.meeting_official VALUES ($1, $2)`, [meetingId, OFFICIAL]);
        for (let p = 0; p < 2; p++) {
          await f.query(
            `INSERT INTO front.voter_petition (jurisdiction_id, meeting_id, raised_on, content, field, competent_level, status,
               recipient_kind, recipient_department_id, recipient_name, forwarded_on, answer_due, answered_on, answer_text, created_at, updated_at)
             VALUES ($1, $2, $3, 'Kiến nghị', 'LAND', 'COMMUNE', $4, 'COMMITTEE', $5, 'Phòng TNMT', $3, $3::date + 30, $6, $7, now(), now())`,
            [HONG_LINH, meetingId, `2026-0${r + 1}-0${m + 2}`, p ? 'ANSWERED' : 'FORWARDED', NATURAL, p ? `2026-0${r + 1}-15` : null, p ? 'Đã trả lời' : null],
          );
        }
      }
    }
  });
  afterAll(() => graph?.close());

  it('walks Session → voterContactRounds → meetings → delegates → their other meetings', async () => {
    const data = await graph.ok<{
      session: { title: string; voterContactRounds: { totalCount: number; nodes: Array<{ title: string; meetings: { nodes: Array<{ delegates: { nodes: Array<{ fullName: string; voterContactMeetings: { totalCount: number } }> } }> } }> } };
    }>(
      `query($id: ID!) { session(id: $id) { title voterContactRounds(first: 1) { totalCount nodes { title
         meetings(first: 1) { nodes { delegates { nodes { fullName voterContactMeetings(first: 3) { totalCount } } } } } } } } }`,
      { id: SESSION },
      delegate,
    );
    expect(data.session.title).toBe('Kỳ họp thứ năm');
    expect(data.session.voterContactRounds.totalCount).toBe(6);
    const round = data.session.voterContactRounds.nodes[0];
    expect(round.title).toBe('Đợt 6');
    // The newest meeting of a round (m = 4) has delegates 1 and 2: in 4 and 3 of every round's 5 meetings.
    const attendance = Object.fromEntries(round.meetings.nodes[0].delegates.nodes.map((d) => [d.fullName, d.voterContactMeetings.totalCount]));
    expect(attendance).toEqual({ 'Nguyễn Thị Lan': 24, 'Lê Quang Vinh': 18 });
  });

  it("pages a meeting's delegates and officials", async () => {
    const PAGE = `query($id: ID!, $after: String) { voterContactRounds(jurisdictionId: $id, first: 1) { nodes { meetings(first: 1) { nodes {
        delegates(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
        officials(first: 5) { totalCount nodes { id } } } } } } }`;
    type Page = { voterContactRounds: { nodes: Array<{ meetings: { nodes: Array<{ delegates: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<{ id: string }> }; officials: unknown }> } }> } };
    const meetingOf = (d: Page) => d.voterContactRounds.nodes[0].meetings.nodes[0];
    const first = meetingOf(await graph.ok<Page>(PAGE, { id: HONG_LINH }, delegate));
    expect(first.delegates).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(first.officials).toEqual({ totalCount: 1, nodes: [{ id: OFFICIAL }] });
    const second = meetingOf(await graph.ok<Page>(PAGE, { id: HONG_LINH, after: first.delegates.pageInfo.endCursor }, delegate));
    expect(second.delegates).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    // The newest meeting of a round (m = 4) has delegates 1 and 2.
    expect([...first.delegates.nodes, ...second.delegates.nodes].map((d) => d.id).sort()).toEqual([DELEGATES[1], DELEGATES[2]].sort());
  });

  it('runs a constant number of statements whatever the page size', async () => {
    const LIST = `query($j: ID!, $n: Int) { voterContactRounds(jurisdictionId: $j, first: $n) { totalCount nodes {
        meetingCount voterCount meetingPointCount
        meetings(first: $n) { totalCount nodes { place
          delegates(first: $n) { totalCount nodes { id voterContactMeetings(first: $n) { totalCount nodes { heldOn } } } }
          officials(first: $n) { totalCount nodes { id } }
          petitions(first: $n) { totalCount nodes { status overdue answer { onTime } repeats { totalCount } } } } } } } }`;
    const run = async (n: number) => {
      statements = [];
      counting = true;
      const data = await graph.ok<{ voterContactRounds: { nodes: Array<{ meetings: { nodes: unknown[] } }> } }>(LIST, { j: HONG_LINH, n }, delegate);
      counting = false;
      return { count: statements.length, meetings: data.voterContactRounds.nodes.flatMap((r) => r.meetings.nodes).length };
    };
    const small = await run(1);
    const large = await run(50);
    expect(small.meetings).toBe(1);
    expect(large.meetings).toBe(30);
    expect(large.count).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(12);
  });

  it("adds the Front's figures to the coordination report, readable anonymously", async () => {
    const data = await graph.ok<{ coordinationReport: { front: Record<string, unknown> } }>(
      `query($j: ID!) { coordinationReport(jurisdictionId: $j, year: 2026) { front {
         voterContactRounds roundsByKind { kind count } meetings meetingPoints distinctMeetingPoints voters
         petitionsCollected petitionsForwarded petitionsAnswered petitionsAnsweredOnTime petitionsReportedBack petitionRepeats
         socialSupervisions frontRecommendations frontRecommendationsAnswered } } }`,
      { j: HONG_LINH },
    );
    expect(data.coordinationReport.front).toEqual({
      voterContactRounds: 6,
      roundsByKind: [
        { kind: 'BEFORE_SESSION', count: 3 },
        { kind: 'AFTER_SESSION', count: 3 },
        { kind: 'THEMATIC', count: 0 },
      ],
      meetings: 30,
      meetingPoints: 30,
      distinctMeetingPoints: 5,
      voters: 2400,
      petitionsCollected: 60,
      petitionsForwarded: 60,
      petitionsAnswered: 30,
      petitionsAnsweredOnTime: 30,
      petitionsReportedBack: 0,
      petitionRepeats: 0,
      socialSupervisions: 0,
      frontRecommendations: 0,
      frontRecommendationsAnswered: 0,
    });
  });

  it('lets a delegate read, but not the public, and a Front recommendation gets its deadline event', async () => {
    const anon = await graph.query(`query($j: ID!) { voterContactRounds(jurisdictionId: $j) { totalCount } }`, { j: HONG_LINH });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const sent = await graph.ok<{ sendFrontRecommendation: { id: string; dueDate: string; addressedTo: { department: { id: string } } } }>(
      `mutation($input: SendFrontRecommendationInput!) { sendFrontRecommendation(input: $input) { id dueDate addressedTo { department { id } } } }`,
      { input: { jurisdictionId: HONG_LINH, content: 'Đề nghị công khai quy hoạch sử dụng đất phường.', field: 'LAND', recipientKind: 'COMMITTEE', departmentId: NATURAL, recipientName: 'Phòng TNMT', documentNumber: '42/MTTQ-BTT', sentOn: '2026-11-20' } },
      board,
    );
    // 20 Nov + 30 = Sunday 20 Dec → Monday 21 Dec.
    expect(sent.sendFrontRecommendation.dueDate).toBe('2026-12-21');
    const [event] = await graph.db.front.query(`SELECT aggregate_type, payload FROM front.outbox WHERE aggregate_id = $1`, [sent.sendFrontRecommendation.id]);
    expect(event).toMatchObject({ aggregate_type: 'FRONT_RECOMMENDATION', payload: { state: 'OPEN', dueDate: '2026-12-21', raisedBy: 'FRONT' } });
  });
});
