import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { loadConfig, signUserContext, stableId } from '@phoihop/core';
import { front } from '@phoihop/front';
import { CouncilTermsWithJurisdictionDocument, SearchJurisdictionsDocument } from '../generated/operations';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';

const HA_TINH = stableId('jurisdiction', '42');
const HONG_LINH = stableId('jurisdiction', '436');

describe('federated graph through the gateway', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    // The Front is in the graph because the committee's report text @requires its figures.
    graph = await startTestGraph('e2e_federation', [council, committee, front]);
    await graph.db.committee.query(
      `INSERT INTO committee.jurisdiction (id, code, name, search_name, level, parent_id, active_from, active_to) VALUES
       ($1, '42', 'Tỉnh Hà Tĩnh', 'tinh ha tinh', 'PROVINCE', NULL, '1991-10-01', NULL),
       ($2, '436', 'Thị xã Hồng Lĩnh', 'thi xa hong linh', 'DISTRICT', $1, '1992-08-01', '2025-06-30')`,
      [HA_TINH, HONG_LINH],
    );
    await graph.db.council.query(
      `INSERT INTO council.council_term (jurisdiction_id, name, start_year, end_year)
       VALUES ($1, 'Khóa VIII, nhiệm kỳ 2021–2026', 2021, 2026)`,
      [HONG_LINH],
    );
  });
  afterAll(() => graph?.close());

  const TERMS = CouncilTermsWithJurisdictionDocument;

  it('joins council terms to committee jurisdictions for a signed-in user', async () => {
    const data = await graph.ok(TERMS, { jurisdictionId: HONG_LINH }, userWith('DELEGATE', { jurisdictionId: HONG_LINH }));
    expect(data).toEqual({
      councilTerms: {
        totalCount: 1,
        nodes: [
          {
            name: 'Khóa VIII, nhiệm kỳ 2021–2026',
            startYear: 2021,
            jurisdiction: { name: 'Thị xã Hồng Lĩnh', level: 'DISTRICT', active: false, parent: { name: 'Tỉnh Hà Tĩnh' } },
          },
        ],
      },
    });
  });

  it('refuses the same query without a token', async () => {
    const res = await graph.query(TERMS, { jurisdictionId: HONG_LINH });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.councilTerms ?? null).toBeNull();
  });

  it('refuses a forged token with 401', async () => {
    const res = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.token' },
      body: JSON.stringify({ query: '{ jurisdictions { totalCount } }' }),
    });
    expect(res.status).toBe(401);
  });

  it('finds jurisdictions by name without diacritics', async () => {
    const data = await graph.ok(SearchJurisdictionsDocument, { search: 'hong linh' }, userWith('DEPARTMENT_STAFF', { jurisdictionId: HONG_LINH }));
    expect(data.jurisdictions.nodes.map((j) => j.name)).toEqual(['Thị xã Hồng Lĩnh']);
  });

  it('caps list sizes at the gateway', async () => {
    const res = await graph.query('{ jurisdictions(first: 500) { totalCount } }', {}, userWith('ADMIN'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  describe('a subgraph called directly', () => {
    const body = JSON.stringify({ query: '{ jurisdictions { totalCount } }' });

    it('refuses a request without the signed header', async () => {
      const res = await fetch(graph.subgraphUrls.committee, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(401);
    });

    it('refuses a header signed with another key', async () => {
      const headers = signUserContext(userWith('ADMIN'), 'an-attacker-key-of-enough-length', graph.clock.now(), { method: 'POST', path: '/graphql', body });
      const res = await fetch(graph.subgraphUrls.committee, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      expect(res.status).toBe(401);
    });

    it('refuses a correctly signed header that is too old', async () => {
      const old = new Date(graph.clock.now().getTime() - 10 * 60 * 1000);
      const headers = signUserContext(userWith('ADMIN'), loadConfig({ NODE_ENV: 'test' }).contextSigningKey!, old, { method: 'POST', path: '/graphql', body });
      const res = await fetch(graph.subgraphUrls.committee, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      expect(res.status).toBe(401);
    });

    it('answers /health without a signature', async () => {
      const res = await fetch(graph.subgraphUrls.committee.replace('/graphql', '/health'));
      expect(await res.json()).toEqual({ status: 'ok', service: 'committee' });
    });
  });
});
