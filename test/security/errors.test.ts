/**
 * Issue 11 item 6: what a failure tells a client. Before: subgraphs' stack traces passed
 * through the production gateway, and `\u0000` in a search answered the database's own text.
 */
import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { loadConfig, signDevelopmentToken } from '@phoihop/core';
import { randomUUID } from 'node:crypto';
import { startTestGraph, type TestGraph } from '../support/graph';
import { admin } from '../support/users';
import { codeOf, gatewayOver, post, type Answer } from './support';

const TEST_SECRET = loadConfig({ NODE_ENV: 'test' }).jwt.secret;
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-for-this-test' };
/** What must never reach a client: the driver's and the network's words, code locations, addresses. */
const LEAKS = /relation|council_term|QueryFailedError|invalid byte sequence|0x00|SQL|ECONNREFUSED|127\.0\.0\.1|stacktrace|at .*\.ts:\d+|serviceName|node_modules/i;

describe('errors are masked at the gateway', () => {
  let graph: TestGraph;
  let prod: Awaited<ReturnType<typeof gatewayOver>>;
  const services = [committee, council, front];
  const ask = async (url: string, query: string, variables?: unknown, secret: string | undefined = prod.config.jwt.secret) =>
    post(url, { query, variables }, { authorization: `Bearer ${await signDevelopmentToken(admin(), secret, { now: graph.clock.now() })}` });
  const expectMasked = (r: Answer, code: string) => {
    expect(codeOf(r)).toBe(code);
    const e = r.body.errors![0];
    expect(e.extensions).toEqual({ code, requestId: r.headers.get('x-request-id') });
    expect(e.message).toMatch(new RegExp(`(lỗi|không phản hồi).*${e.extensions!.requestId as string}`));
    expect(r.raw).not.toMatch(LEAKS);
  };

  beforeAll(async () => {
    graph = await startTestGraph('security_errors', services);
    prod = await gatewayOver(graph, services, PRODUCTION);
  });
  afterAll(async () => {
    await prod?.stop();
    await graph?.close();
  });

  describe('a database error in a subgraph', () => {
    beforeAll(() => graph.db.council.query('ALTER TABLE council.council_term RENAME TO council_term_away'));
    afterAll(() => graph.db.council.query('ALTER TABLE council.council_term_away RENAME TO council_term'));

    it('reaches a production client as INTERNAL_SERVER_ERROR with a request id, nothing else', async () => {
      const r = await ask(prod.url, '{ councilTerms { totalCount } }');
      expectMasked(r, 'INTERNAL_SERVER_ERROR');
      expect(r.body.data).toBeNull();
    });

    it('logs the full error under that request id', async () => {
      const r = await ask(prod.url, '{ councilTerms { totalCount } }');
      const id = r.headers.get('x-request-id')!;
      const line = prod.log.lines.find((l) => l.requestId === id && l.msg === 'masked errors');
      expect(JSON.stringify(line)).toMatch(/council_term/);
    });

    it('is masked in development too (the driver never speaks to a client)', async () => {
      const r = await ask(graph.gatewayUrl, '{ councilTerms { totalCount } }', undefined, TEST_SECRET);
      expectMasked(r, 'INTERNAL_SERVER_ERROR');
    });
  });

  it.each([
    ['production', () => prod.url, () => prod.config.jwt.secret],
    ['development', () => graph.gatewayUrl, () => TEST_SECRET],
  ])('answers a \\u0000 in a search (%s) without the database text', async (mode, url, secret) => {
    const r = await ask(url(), 'query($s: String) { jurisdictions(search: $s) { totalCount } }', { s: 'hong\u0000linh' }, secret());
    // Development keeps the gateway's own stack on a user error; the database's words never.
    expect(r.raw).not.toMatch(/invalid byte sequence|0x00|QueryFailedError|SQL|relation/i);
    if (mode === 'production') expect(r.raw).not.toMatch(LEAKS);
    expect(['BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']).toContain(codeOf(r));
    expect(r.body.errors![0].extensions!.requestId).toBe(r.headers.get('x-request-id'));
  });

  describe('a subgraph that does not answer', () => {
    let down: Awaited<ReturnType<typeof gatewayOver>>;
    let devDown: Awaited<ReturnType<typeof gatewayOver>>;
    beforeAll(async () => {
      const closed = { ...graph, subgraphUrls: { ...graph.subgraphUrls, council: 'http://127.0.0.1:9/graphql' } };
      down = await gatewayOver(closed, services, PRODUCTION);
      devDown = await gatewayOver(closed, services);
    });
    afterAll(async () => {
      await down?.stop();
      await devDown?.stop();
    });

    it.each([
      ['production', () => down],
      ['development', () => devDown],
    ])('is SERVICE_UNAVAILABLE with a request id, without ECONNREFUSED or its address (%s)', async (_mode, gw) => {
      const r = await ask(gw().url, '{ councilTerms { totalCount } }', undefined, gw().config.jwt.secret);
      expectMasked(r, 'SERVICE_UNAVAILABLE');
    });
  });

  it('keeps a user error as written for the user, with its field and the request id, and no stack or service name', async () => {
    const r = await ask(prod.url, 'mutation($i: CreateCouncilTermInput!) { createCouncilTerm(input: $i) { id } }', {
      i: { jurisdictionId: randomUUID(), name: 'Khóa sai', startYear: 2026, endYear: 2040 },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const e = r.body.errors![0];
    expect(Object.keys(e.extensions!).sort()).toEqual(['code', 'field', 'requestId'].filter((k) => k !== 'field' || e.extensions!.field));
    expect(e.extensions!.requestId).toBe(r.headers.get('x-request-id'));
    expect(r.raw).not.toMatch(LEAKS);
    expect(Number((await graph.db.council.query('SELECT count(*) AS n FROM council.council_term'))[0].n)).toBe(0);
  });

  it('names the place of a value the schema refuses, as a resolver names a field: input.fields.1 for an enum value', async () => {
    const r = await ask(prod.url, 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', {
      input: { jurisdictionId: randomUUID(), name: 'Ban A', kind: 'SPECIALISED_OFFICE', fields: ['LAND', 'land'] },
    });
    expect(r.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.fields.1', requestId: r.headers.get('x-request-id') });
    expect(Number((await graph.db.committee.query('SELECT count(*) AS n FROM committee.department'))[0].n)).toBe(0);
  });

  it('answers a validation error without suggestions or a stack', async () => {
    const r = await ask(prod.url, '{ councilTerm { id } }');
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.raw).not.toMatch(/Did you mean|stacktrace/);
  });
});
