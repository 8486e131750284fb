import { loadConfig, signedPost, type UserContext } from '@phoihop/core';
import { front } from '@phoihop/front';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { DELEGATES, HONG_LINH, NATURAL, OTHER, SESSION, URBAN } from './support/fixtures';

const naturalStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HONG_LINH, departmentId: NATURAL });
const urbanStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HONG_LINH, departmentId: URBAN });
const otherBoard = userWith('FRONT_STANDING', { jurisdictionId: OTHER });

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on VoterPetition { id content }
  ... on FrontRecommendation { id content }
  ... on VoterContactMeeting { id place petitions { totalCount } }
  ... on VoterContactRound { id title }
  ... on Session { voterContactRounds { totalCount } }
  ... on Delegate { voterContactMeetings { totalCount } }
} }`;

/**
 * `_entities` is how the gateway reaches `__resolveReference`; anyone holding the signing key
 * could call it directly, so it must apply the same checks as the root fields.
 */
describe('the Front subgraph called directly with a signed header', () => {
  let graph: TestGraph;
  let petition: string;
  let recommendation: string;
  let meeting: string;
  let round: string;

  const entities = async (as: UserContext | null, representations: Array<{ __typename: string; id: string }>) => {
    const key = loadConfig({ NODE_ENV: 'test' }).contextSigningKey!;
    const res = await fetch(graph.subgraphUrls.front, signedPost(graph.subgraphUrls.front, { query: ENTITIES, variables: { representations } }, as, key, graph.clock.now()));
    const body = (await res.json()) as { data?: { _entities: unknown[] }; errors?: Array<{ path?: unknown[]; extensions?: { code?: string } }> };
    // The refusals in the order of the representations (the subgraph resolves them concurrently).
    const refused = (body.errors ?? []).map((e) => [e.path, e.extensions?.code]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    return { entities: body.data!._entities, refused };
  };

  beforeAll(async () => {
    graph = await startTestGraph('front_access', [front], { now: '2026-11-27T09:00:00+07:00' });
    const f = graph.db.front;
    [{ id: round }] = await f.query(
      `INSERT INTO front.voter_contact_round (jurisdiction_id, kind, session_id, delegation_level, title, starts_on, ends_on, created_at)
       VALUES ($1, 'BEFORE_SESSION', $2, 'COMMUNE_COUNCIL', 'TXCT trước kỳ họp', '2026-11-02', '2026-11-20', now()) RETURNING id`,
      [HONG_LINH, SESSION],
    );
    [{ id: meeting }] = await f.query(
      `INSERT INTO front.voter_contact_meeting (round_id, jurisdiction_id, held_on, place, locality_name, point_key, voter_count, created_at)
       VALUES ($1, $2, '2026-11-03', 'Nhà văn hóa tổ dân phố 2', 'Phường Bắc Hồng Lĩnh', 'p2', 70, now()) RETURNING id`,
      [round, HONG_LINH],
    );
    await f.query(`INSERT INTO front.meeting_delegate VALUES ($1, $2)`, [meeting, DELEGATES[0]]);
    [{ id: petition }] = await f.query(
      `INSERT INTO front.voter_petition (jurisdiction_id, meeting_id, raised_on, content, field, competent_level, status,
         recipient_kind, recipient_department_id, recipient_name, forwarded_on, answer_due, created_at, updated_at)
       VALUES ($1, $2, '2026-11-03', 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất.', 'LAND', 'COMMUNE', 'FORWARDED',
         'COMMITTEE', $3, 'Phòng Tài nguyên và Môi trường', '2026-11-05', '2026-12-07', now(), now()) RETURNING id`,
      [HONG_LINH, meeting, NATURAL],
    );
    [{ id: recommendation }] = await f.query(
      `INSERT INTO front.front_recommendation (jurisdiction_id, content, field, recipient_kind, recipient_department_id, recipient_name,
         document_number, sent_on, due_date, due_rule, due_explanation, created_at)
       VALUES ($1, 'Đề nghị công khai quy hoạch.', 'LAND', 'COMMITTEE', $2, 'Phòng TNMT', '42/MTTQ-BTT', '2026-11-20', '2026-12-21',
         'FRONT_RECOMMENDATION_ANSWER@1', '{}', now()) RETURNING id`,
      [HONG_LINH, NATURAL],
    );
  });
  afterAll(() => graph?.close());

  const all = () => [
    { __typename: 'VoterPetition', id: petition },
    { __typename: 'FrontRecommendation', id: recommendation },
    { __typename: 'VoterContactMeeting', id: meeting },
    { __typename: 'VoterContactRound', id: round },
  ];

  it('gives the department it was forwarded to its petition and recommendation', async () => {
    expect(await entities(naturalStaff, all())).toEqual({
      entities: [
        { id: petition, content: 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất.' },
        { id: recommendation, content: 'Đề nghị công khai quy hoạch.' },
        { id: meeting, place: 'Nhà văn hóa tổ dân phố 2', petitions: { totalCount: 1 } },
        { id: round, title: 'TXCT trước kỳ họp' },
      ],
      refused: [],
    });
  });

  it("refuses what was forwarded elsewhere to another department's staff (null with FORBIDDEN at the entity), and leaves it out inside a meeting", async () => {
    expect(await entities(urbanStaff, all())).toEqual({
      entities: [
        null,
        null,
        // Meetings are civic events the department sees, but not the petitions sent to others.
        { id: meeting, place: 'Nhà văn hóa tổ dân phố 2', petitions: { totalCount: 0 } },
        { id: round, title: 'TXCT trước kỳ họp' },
      ],
      refused: [
        [['_entities', 0], 'FORBIDDEN'],
        [['_entities', 1], 'FORBIDDEN'],
      ],
    });
  });

  it("refuses everything to another jurisdiction's Board (FORBIDDEN) and to an anonymous caller (UNAUTHENTICATED)", async () => {
    const at = (code: string) => [0, 1, 2, 3].map((i) => [['_entities', i], code]);
    expect(await entities(otherBoard, all())).toEqual({ entities: [null, null, null, null], refused: at('FORBIDDEN') });
    expect(await entities(null, all())).toEqual({ entities: [null, null, null, null], refused: at('UNAUTHENTICATED') });
  });

  it("filters the lists the Front adds to the council's Session and Delegate the same way", async () => {
    const refs = [
      { __typename: 'Session', id: SESSION },
      { __typename: 'Delegate', id: DELEGATES[0] },
    ];
    expect(await entities(naturalStaff, refs)).toEqual({ entities: [{ voterContactRounds: { totalCount: 1 } }, { voterContactMeetings: { totalCount: 1 } }], refused: [] });
    const none = { entities: [{ voterContactRounds: { totalCount: 0 } }, { voterContactMeetings: { totalCount: 0 } }], refused: [] };
    expect(await entities(otherBoard, refs)).toEqual(none);
    expect(await entities(null, refs)).toEqual(none);
  });
});
