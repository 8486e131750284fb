import { council } from '@phoihop/council';
import { seedDemo } from '@phoihop/council/seed';
import { loadConfig, signUserContext, stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { NOW } from './support/fixtures';

const HL = DEMO.jurisdictions.hongLinh.id;
const BHL = DEMO.jurisdictions.bacHongLinh.id;

describe('council demo data, report figures and batching', () => {
  let graph: TestGraph;
  const statements: string[] = [];

  beforeAll(async () => {
    graph = await startTestGraph('council_demo', [council], { now: NOW, onQuery: (s, sql) => s === 'council' && statements.push(sql) });
    await seedDemo(graph.db.council, graph.clock);
    await seedDemo(graph.db.council, graph.clock); // idempotent
  });
  afterAll(() => graph?.close());

  it('reproduces the 2022 Hồng Lĩnh record: 7 sessions, 28 resolutions, 6 surveys and supervisions, a joint meeting before each session', async () => {
    const data = await graph.ok<Record<string, { totalCount: number }>>(
      `query($j: ID!) {
        sessions(jurisdictionId: $j, year: 2022) { totalCount }
        resolutions(jurisdictionId: $j, year: 2022) { totalCount }
        supervisions(jurisdictionId: $j, year: 2022) { totalCount }
        jointMeetings(jurisdictionId: $j, year: 2022, kind: PRE_SESSION) { totalCount }
        review: jointMeetings(jurisdictionId: $j, year: 2023, kind: REVIEW_CONFERENCE) { totalCount }
      }`,
      { j: HL },
      userWith('COUNCIL_STANDING', { jurisdictionId: HL }),
    );
    expect(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.totalCount]))).toEqual({
      sessions: 7,
      resolutions: 28,
      supervisions: 6,
      jointMeetings: 7,
      review: 1,
    });
    const plan = await graph.ok<{ coordinationPlan: { fullySigned: boolean; signatures: Array<{ body: string }> } }>(
      `query($j: ID!) { coordinationPlan(jurisdictionId: $j, year: 2023) { fullySigned signatures { body signedOn } } }`,
      { j: HL },
      userWith('FRONT_STANDING', { jurisdictionId: HL }),
    );
    expect(plan.coordinationPlan.fullySigned).toBe(true);
  });

  it('serves the council figures on the coordination report entity, to anyone', async () => {
    const body = JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on CoordinationReport { year council {
        sessions regularSessions thematicSessions extraordinarySessions resolutions thematicResolutions surveys supervisions
        preSessionMeetings recommendationsIssued recommendationsResolved recommendationsResolvedOnTime recommendationsOverdue } } } }`,
      variables: { r: [{ __typename: 'CoordinationReport', jurisdictionId: HL, year: 2022 }, { __typename: 'CoordinationReport', jurisdictionId: BHL, year: 2026 }] },
    });
    const headers = signUserContext(null, loadConfig({ NODE_ENV: 'test' }).contextSigningKey!, graph.clock.now(), { method: 'POST', path: '/graphql', body });
    const res = await fetch(graph.subgraphUrls.council, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const { data, errors } = (await res.json()) as { data: { _entities: Array<{ year: number; council: Record<string, number> }> }; errors?: unknown };
    expect(errors).toBeUndefined();
    expect(data._entities[0].council).toEqual({
      sessions: 7,
      regularSessions: 2,
      thematicSessions: 4,
      extraordinarySessions: 1,
      resolutions: 28,
      thematicResolutions: 9,
      surveys: 2,
      supervisions: 4,
      preSessionMeetings: 7,
      recommendationsIssued: 6,
      recommendationsResolved: 6,
      recommendationsResolvedOnTime: 5,
      recommendationsOverdue: 0,
    });
    // 2026 in the ward: recommendations 1, 3, 8 and 11 are past due on 27 November, and so is the one
    // to the ward police; 12 was resolved late; the provincial department answered in time.
    expect(data._entities[1].council).toMatchObject({
      sessions: 3,
      resolutions: 8,
      supervisions: 2,
      surveys: 1,
      recommendationsIssued: 14,
      recommendationsResolved: 4,
      recommendationsResolvedOnTime: 3,
      recommendationsOverdue: 5,
    });
  });

  it('keeps the ids other services refer to, and the deadlines of open work in the outbox', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => stableId('recommendation', String(i + 1)));
    const [{ n }] = await graph.db.council.query(`SELECT count(*)::int AS n FROM council.recommendation WHERE id = ANY($1)`, [ids]);
    expect(n).toBe(12);
    const session = await graph.ok<{ session: { number: number; status: string; documentDeadline: string; preSessionMeeting: null } }>(
      `query($id: ID!) { session(id: $id) { number status documentDeadline preSessionMeeting { id } } }`,
      { id: stableId('session', '18073-2026-4') },
      userWith('DELEGATE', { jurisdictionId: BHL }),
    );
    expect(session.session).toEqual({ number: 4, status: 'PLANNED', documentDeadline: '2026-12-01', preSessionMeeting: null });
    const events: Array<{ kind: string; n: number }> = await graph.db.council.query(
      `SELECT aggregate_type AS kind, count(*)::int AS n FROM council.outbox GROUP BY 1 ORDER BY 1`,
    );
    expect(events).toEqual([
      // The ward's explanation session of October 2026 left one commitment open.
      { kind: 'QUESTIONING_COMMITMENT', n: 1 },
      // Nine open to the committee and one to the ward police; the year-end session's move.
      { kind: 'RECOMMENDATION', n: 10 },
      { kind: 'SESSION_DOCUMENTS', n: 2 },
      { kind: 'Session', n: 1 },
    ]);
  });

  it('holds the town\'s 2022 year-end questioning and the ward\'s explanation session, with one commitment overdue', async () => {
    const query = `query($j: ID!, $y: Int!) { questioningSessions(jurisdictionId: $j, year: $y) { nodes { kind venue heldOn session { title } meetingTitle
      questions { nodes { position field answererKind askedBy { fullName } commitments { dueDate status overdue fulfilledOnTime } } } } } }`;
    type Found = { questioningSessions: { nodes: Array<{ kind: string; venue: string; session: { title: string } | null; questions: { nodes: Array<{ field: string; answererKind: string; commitments: Array<{ status: string; overdue: boolean; fulfilledOnTime: boolean | null }> }> } }> } };
    const town = await graph.ok<Found>(query, { j: HL, y: 2022 }, userWith('COUNCIL_STANDING', { jurisdictionId: HL }));
    const [yearEnd] = town.questioningSessions.nodes;
    expect(yearEnd).toMatchObject({ kind: 'QUESTIONING', venue: 'SESSION', session: { title: 'Kỳ họp thường lệ cuối năm 2022' } });
    expect(yearEnd.questions.nodes.map((q) => [q.field, q.answererKind, q.commitments.map((c) => c.fulfilledOnTime)])).toEqual([
      ['LAND', 'DEPARTMENT', [true]],
      ['ENVIRONMENT', 'DEPARTMENT', [false]],
      ['LAND', 'CHAIR', [false]],
    ]);
    const ward = await graph.ok<Found>(query, { j: BHL, y: 2026 }, userWith('DELEGATE', { jurisdictionId: BHL }));
    const [explanation] = ward.questioningSessions.nodes;
    expect(explanation).toMatchObject({ kind: 'EXPLANATION', venue: 'STANDING_COMMITTEE_MEETING', session: null });
    expect(explanation.questions.nodes[0].commitments.map((c) => [c.status, c.overdue])).toEqual([['FULFILLED', false], ['OPEN', true]]);
  });

  it('finds delegates by name without diacritics, and by committee', async () => {
    const data = await graph.ok<{ byName: { nodes: Array<{ fullName: string; position: string }> }; legal: { nodes: Array<{ fullName: string }> } }>(
      `query($c: ID!) {
        byName: delegates(search: "thang long") { nodes { fullName position } }
        legal: delegates(committeeId: $c) { nodes { fullName } }
      }`,
      { c: stableId('council-committee', '436-2021-phap-che') },
      userWith('DELEGATE', { jurisdictionId: HL }),
    );
    expect(data.byName.nodes).toEqual([{ fullName: 'Nguyễn Thăng Long', position: 'CHAIR' }]);
    expect(data.legal.nodes.map((d) => d.fullName).sort()).toEqual([DEMO.delegates.delegate1.name, DEMO.delegates.legalHead.name].sort());
  });

  async function statementsFor(query: string, variables: Record<string, unknown>): Promise<number> {
    statements.length = 0;
    await graph.ok(query, variables, userWith('COUNCIL_STANDING', { jurisdictionId: BHL }));
    return statements.length;
  }

  it('lists issue a constant number of SQL statements whatever the page size', async () => {
    const SESSIONS = /* GraphQL */ `query($j: ID!, $first: Int) { sessions(jurisdictionId: $j, first: $first) { nodes {
      title term { name } agendaItems { title documentsLate } hasLateDocuments preSessionMeeting { heldOn session { number } }
      resolutions(first: 2) { totalCount nodes { number session { number } } }
    } } }`;
    const RECOMMENDATIONS = /* GraphQL */ `query($j: ID!, $first: Int) { recommendations(jurisdictionId: $j, first: $first) { nodes {
      content overdue departments { id } corrections { totalCount nodes { previousDepartments { id } } }
      supervision { subject councilCommittee { name members { delegate { fullName } } } targetResolutions(first: 2) { totalCount nodes { number } }
        recommendations(first: 3) { totalCount nodes { id } } }
    } } }`;
    const DELEGATES = `query($j: ID!, $first: Int) { delegates(jurisdictionId: $j, first: $first) { nodes { fullName term { name } committees { role committee { name } } } } }`;
    // The small page already holds every shape (planned, cancelled and held sessions, supervisions with
    // and without a committee or target resolutions, a corrected recommendation), so only the number of rows differs.
    for (const [query, small, large] of [
      [SESSIONS, 4, 6],
      [RECOMMENDATIONS, 11, 14],
      [DELEGATES, 1, 6],
    ] as const) {
      const few = await statementsFor(query, { j: BHL, first: small });
      const many = await statementsFor(query, { j: BHL, first: large });
      expect({ query: query.slice(0, 40), many }).toEqual({ query: query.slice(0, 40), many: few });
    }
  });

  it('shows a session that was called off and a recommendation whose department was corrected', async () => {
    const data = await graph.ok<{ sessions: { nodes: Array<Record<string, unknown>> }; recommendation: Record<string, unknown> }>(
      `query($j: ID!, $r: ID!) {
        sessions(jurisdictionId: $j, status: CANCELLED) { nodes { number kind status cancelledOn cancellationReason hasLateDocuments } }
        recommendation(id: $r) { departments { id } corrections { totalCount nodes { correctedAt reason previousDepartments { id } } } }
      }`,
      { j: BHL, r: stableId('recommendation', '4') },
      userWith('COUNCIL_STANDING', { jurisdictionId: BHL }),
    );
    expect(data.sessions.nodes).toEqual([
      {
        number: 4,
        kind: 'EXTRAORDINARY',
        status: 'CANCELLED',
        cancelledOn: '2026-10-09',
        cancellationReason: 'Nội dung điều chỉnh dự toán ngân sách được trình tại Kỳ họp thường lệ cuối năm 2026.',
        hasLateDocuments: false,
      },
    ]);
    expect(data.recommendation).toEqual({
      departments: [{ id: DEMO.wardDepartments.bacEconomy.id }],
      corrections: {
        totalCount: 1,
        nodes: [
          {
            correctedAt: '2026-06-08T03:30:00.000Z',
            reason: 'Đính chính theo Thông báo kết luận số 1/TB-HĐND: giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì.',
            previousDepartments: [{ id: DEMO.wardDepartments.bacOffice.id }],
          },
        ],
      },
    });
  });
});
