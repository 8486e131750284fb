/**
 * Issue 11 item 3: a captured subgraph request runs nothing else and nothing twice.
 * Before: the signature covered timestamp and user only, ±5 minutes, no nonce, introspection on.
 */
import { council } from '@phoihop/council';
import { loadConfig, MAX_SKEW_MS, signDevelopmentToken, signedPost, signUserContext, startService, type UserContext } from '@phoihop/core';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestGraph, type TestGraph } from '../support/graph';
import { admin } from '../support/users';
import { gatewayOver } from './support';

const key = loadConfig({ NODE_ENV: 'test' }).contextSigningKey!;
const TERMS = { query: '{ councilTerms { totalCount } }' };
const createTerm = (name: string) => ({
  query: 'mutation($i: CreateCouncilTermInput!) { createCouncilTerm(input: $i) { id } }',
  variables: { i: { jurisdictionId: JURISDICTION, name, startYear: 2026, endYear: 2031 } },
});
const JURISDICTION = randomUUID();

interface Captured {
  headers: Record<string, string>;
  body: string;
}

/** Sits between the gateway and the council subgraph and keeps a copy of what passes: the attacker on the wire. */
async function wiretap(target: string) {
  const captured: Captured[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k.startsWith('x-phoihop-') || k === 'content-type')) as Record<string, string>;
      captured.push({ headers, body });
      const answer = await fetch(target, { method: req.method, headers, body });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, captured, close: () => new Promise((r) => server.close(r)) };
}

describe('subgraph requests are signed end to end', () => {
  let graph: TestGraph;
  let tap: Awaited<ReturnType<typeof wiretap>>;
  const terms = async () => Number((await graph.db.council.query('SELECT count(*) AS n FROM council.council_term'))[0].n);
  const send = (headers: Record<string, string>, body: string, path = '/graphql', method = 'POST') =>
    fetch(graph.subgraphUrls.council.replace('/graphql', path), { method, headers: { 'content-type': 'application/json', ...headers }, ...(method === 'GET' ? {} : { body }) });
  const signed = (payload: unknown, user: UserContext | null = admin(), at = graph.clock.now()) => signedPost(graph.subgraphUrls.council, payload, user, key, at);

  beforeAll(async () => {
    graph = await startTestGraph('security_signed', [council]);
    tap = await wiretap(graph.subgraphUrls.council);
  });
  afterAll(async () => {
    await tap?.close();
    await graph?.close();
  });

  describe('a request captured between the gateway and the subgraph', () => {
    let gw: Awaited<ReturnType<typeof gatewayOver>>;
    let captured: Captured;
    beforeAll(async () => {
      gw = await gatewayOver({ ...graph, subgraphUrls: { council: tap.url } }, [council]);
      const token = await signDevelopmentToken(admin(), gw.config.jwt.secret, { now: graph.clock.now() });
      const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(createTerm('Khóa I')) });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      captured = tap.captured.at(-1)!;
    });
    afterAll(() => gw?.stop());

    it('went through once, signed over its own body, with a nonce', async () => {
      expect(await terms()).toBe(1);
      expect(Object.keys(captured.headers).sort()).toEqual(['content-type', 'x-phoihop-nonce', 'x-phoihop-signature', 'x-phoihop-timestamp', 'x-phoihop-user']);
    });

    it('is refused when replayed as it was (nonce seen) and writes nothing', async () => {
      const res = await send(captured.headers, captured.body);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });
      expect(await terms()).toBe(1);
    });

    it('is refused with its headers on another operation (body hash) and writes nothing', async () => {
      const res = await send({ ...captured.headers, 'x-phoihop-nonce': 'a-fresh-nonce-the-attacker-chose' }, JSON.stringify(createTerm('Khóa giả mạo')));
      expect(res.status).toBe(401);
      const sameNonceOtherBody = await send(captured.headers, JSON.stringify(createTerm('Khóa giả mạo')));
      expect(sameNonceOtherBody.status).toBe(401);
      expect(await terms()).toBe(1);
    });

    it('is refused when the body differs by one byte of whitespace', async () => {
      const res = await send({ ...captured.headers }, `${captured.body} `);
      expect(res.status).toBe(401);
      expect(await terms()).toBe(1);
    });
  });

  it('refuses a signed request sent to another path or with another method', async () => {
    const r = signed(TERMS);
    expect((await send(r.headers, r.body, '/graphql?extra=1')).status).toBe(401);
    const q = signed(TERMS);
    expect((await send(q.headers, '', `/graphql?query=${encodeURIComponent(TERMS.query)}`, 'GET')).status).toBe(401);
  });

  it('refuses a rewritten user context (a STAFF header turned ADMIN) and writes nothing', async () => {
    const staff: UserContext = { userId: 'staff', name: 'Staff', grants: [{ role: 'DEPARTMENT_STAFF', jurisdictionId: JURISDICTION, departmentId: randomUUID() }] };
    const r = signed(createTerm('Khóa leo thang'), staff);
    const forged = { ...r.headers, 'x-phoihop-user': Buffer.from(JSON.stringify(admin())).toString('base64url') };
    expect((await send(forged, r.body)).status).toBe(401);
    expect(await terms()).toBe(1);
  });

  it.each([
    ['5 minutes in the future', 5 * 60_000],
    ['61 s in the future', MAX_SKEW_MS + 1000],
    ['61 s in the past', -(MAX_SKEW_MS + 1000)],
    ['4 minutes in the past', -4 * 60_000],
  ])('refuses a correctly signed request stamped %s', async (_label, offset) => {
    const r = signed(createTerm(`Khóa ${offset}`), admin(), new Date(graph.clock.now().getTime() + offset));
    expect((await send(r.headers, r.body)).status).toBe(401);
    expect(await terms()).toBe(1);
  });

  it('keeps the window at 60 s either way, and answers a fresh request inside it', async () => {
    expect(MAX_SKEW_MS).toBe(60_000);
    const r = signed(TERMS, admin(), new Date(graph.clock.now().getTime() + 50_000));
    expect(await (await send(r.headers, r.body)).json()).toEqual({ data: { councilTerms: { totalCount: 1 } } });
  });

  it.each([
    ['without a nonce', (h: Record<string, string>) => ({ ...h, 'x-phoihop-nonce': '' })],
    ['with a malformed nonce', (h: Record<string, string>) => ({ ...h, 'x-phoihop-nonce': 'x' })],
    ['without a signature', (h: Record<string, string>) => ({ ...h, 'x-phoihop-signature': '' })],
    ['signed with the key the source used to publish', () => signUserContext(admin(), 'phoihop-development-context-signing-key', graph.clock.now(), { method: 'POST', path: '/graphql', body: JSON.stringify(TERMS) })],
  ])('refuses a request %s', async (_label, tamper) => {
    const r = signed(TERMS);
    expect((await send(tamper(r.headers), r.body)).status).toBe(401);
  });

  it('remembers the nonce in Redis for the window, under the deployment prefix', async () => {
    const r = signed(TERMS);
    expect((await send(r.headers, r.body)).status).toBe(200);
    const redis = new Redis(loadConfig({ NODE_ENV: 'test' }).redisUrl);
    try {
      const keys = await redis.keys(`*:nonce:${r.headers['x-phoihop-nonce']}`);
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatch(/^\{phoihop_test_security_signed_[0-9a-f]+\}:nonce:/);
      const ttl = await redis.pttl(keys[0]);
      expect(ttl).toBeGreaterThan(MAX_SKEW_MS);
      expect(ttl).toBeLessThanOrEqual(2 * MAX_SKEW_MS);
    } finally {
      redis.disconnect();
    }
  });

  describe('introspection', () => {
    const INTROSPECT = { query: '{ __schema { queryType { name } } }' };

    it('is refused by a production subgraph even when INTROSPECTION=true', async () => {
      const production = loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', JWT_SECRET: 'a-production-secret-for-this-test', CONTEXT_SIGNING_KEY: key, DATABASE_URL: graph.databaseUrl, LOG_LEVEL: 'silent' });
      const running = await startService(council, { config: production, clock: graph.clock, port: 0, db: graph.db.council });
      try {
        const res = await fetch(running.url, signedPost(running.url, INTROSPECT, admin(), key, graph.clock.now()));
        const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
        expect(body.data).toBeUndefined();
        expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(body.errors?.[0]?.message).toMatch(/introspection/i);
      } finally {
        await running.close();
      }
    });
  });
});
