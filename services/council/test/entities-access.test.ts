import { council } from '@phoihop/council';
import { seedDemo } from '@phoihop/council/seed';
import { loadConfig, signedPost, signUserContext, stableId, type UserContext } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { NOW } from './support/fixtures';

const BHL = DEMO.jurisdictions.bacHongLinh.id;
const ECONOMY = DEMO.wardDepartments.bacEconomy.id;
const SOCIAL = DEMO.wardDepartments.bacSocial.id;

const RECOMMENDATION = stableId('recommendation', '1'); // names the economy department
const SUPERVISION = stableId('supervision', '18073-2026-g1'); // targets the economy department
const RESOLUTION = stableId('resolution', BHL, '2026', '01/NQ-HĐND');

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Recommendation { id content dueDate supervision { subject } }
  ... on Supervision { id subject conclusion recommendations { totalCount } }
  ... on Resolution { id number title session { title } }
} }`;

const representations = [
  { __typename: 'Recommendation', id: RECOMMENDATION },
  { __typename: 'Supervision', id: SUPERVISION },
  { __typename: 'Resolution', id: RESOLUTION },
];

interface EntitiesResponse {
  data?: { _entities: Array<Record<string, unknown> | null> };
  errors?: Array<{ path?: Array<string | number>; extensions?: { code?: string } }>;
}

/**
 * The council subgraph called the way the gateway calls it for `_entities`, with a valid
 * signed user context: a reference resolves only for those the root field would answer.
 */
describe('council entity references apply the root fields’ access rules', () => {
  let graph: TestGraph;
  const key = loadConfig({ NODE_ENV: 'test' }).contextSigningKey!;

  beforeAll(async () => {
    graph = await startTestGraph('council_entities_access', [council], { now: NOW });
    await seedDemo(graph.db.council, graph.clock);
  });
  afterAll(() => graph?.close());

  async function entities(user: UserContext | null): Promise<EntitiesResponse> {
    const res = await fetch(graph.subgraphUrls.council, signedPost(graph.subgraphUrls.council, { query: ENTITIES, variables: { r: representations } }, user, key, graph.clock.now()));
    return (await res.json()) as EntitiesResponse;
  }

  const codeAt = (res: EntitiesResponse, index: number) => res.errors?.find((e) => e.path?.[1] === index)?.extensions?.code;

  it('gives an anonymous user no recommendation and no supervision, and the published resolution', async () => {
    const res = await entities(null);
    expect(res.data?._entities[0]).toBeNull();
    expect(res.data?._entities[1]).toBeNull();
    expect(codeAt(res, 0)).toBe('UNAUTHENTICATED');
    expect(codeAt(res, 1)).toBe('UNAUTHENTICATED');
    expect(res.data?._entities[2]).toEqual({
      id: RESOLUTION,
      number: '01/NQ-HĐND',
      title: 'Nghị quyết về Chương trình hoạt động giám sát năm 2026',
      session: { title: 'Kỳ họp thứ nhất, HĐND phường khóa I' },
    });
  });

  it('gives the staff of an unrelated department nothing of another department’s oversight', async () => {
    const res = await entities(userWith('DEPARTMENT_STAFF', { jurisdictionId: BHL, departmentId: SOCIAL }));
    expect(res.data?._entities.slice(0, 2)).toEqual([null, null]);
    expect(codeAt(res, 0)).toBe('FORBIDDEN');
    expect(codeAt(res, 1)).toBe('FORBIDDEN');
    expect(res.data?._entities[2]).toMatchObject({ number: '01/NQ-HĐND' });
    expect(JSON.stringify(res.data)).not.toContain('Xử lý dứt điểm hồ sơ');
  });

  it('gives the staff of the department concerned what the root fields give them', async () => {
    const res = await entities(userWith('DEPARTMENT_STAFF', { jurisdictionId: BHL, departmentId: ECONOMY }));
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities[0]).toMatchObject({
      id: RECOMMENDATION,
      content: 'Xử lý dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng',
      supervision: { subject: 'Giám sát công tác quản lý đất đai, trật tự xây dựng và đô thị' },
    });
    expect(res.data?._entities[1]).toMatchObject({ id: SUPERVISION, recommendations: { totalCount: 6 } });
  });

  it('keeps the directory to signed-in users and the session schedule public', async () => {
    const body = JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Delegate { fullName } ... on CouncilTerm { name } ... on Session { title status } } }`,
      variables: {
        r: [
          { __typename: 'Delegate', id: stableId('delegate', '18073-chair') },
          { __typename: 'CouncilTerm', id: stableId('council-term', '18073-2026') },
          { __typename: 'Session', id: stableId('session', '18073-2026-4-cancelled') },
        ],
      },
    });
    const res = await fetch(graph.subgraphUrls.council, { method: 'POST', headers: { 'content-type': 'application/json', ...signUserContext(null, key, graph.clock.now(), { method: 'POST', path: '/graphql', body }) }, body });
    const { data } = (await res.json()) as EntitiesResponse;
    expect(data?._entities).toEqual([null, null, { title: 'Kỳ họp bất thường về điều chỉnh dự toán ngân sách năm 2026', status: 'CANCELLED' }]);
  });
});
