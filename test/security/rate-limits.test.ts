/**
 * Issue 11 item 7: rate limits. Before: 2,000 requests of one user in 1.8 s and 300 bad
 * bearer tokens were all answered, none 429, and each bad token was logged at info.
 */
import { council } from '@phoihop/council';
import { ConfigError, createLimiter, loadConfig, signDevelopmentToken } from '@phoihop/core';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { startTestGraph, type TestGraph } from '../support/graph';
import { admin, userWith } from '../support/users';
import { codeOf, gatewayOver, post, type Answer } from './support';

const LIMITS = { RATE_LIMIT_PER_USER: '5', RATE_LIMIT_PER_ADDRESS: '40', RATE_LIMIT_BAD_TOKENS: '3', RATE_LIMIT_WINDOW_SECONDS: '60' };
const TERMS = { query: '{ councilTerms { totalCount } }' };
const createTerm = (name: string) => ({
  query: 'mutation($i: CreateCouncilTermInput!) { createCouncilTerm(input: $i) { id } }',
  variables: { i: { jurisdictionId: randomUUID(), name, startYear: 2026, endYear: 2031 } },
});

function expect429(r: Answer) {
  expect(r.status).toBe(429);
  const retryAfter = Number(r.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(r.body).toEqual({
    errors: [{ message: `Quá nhiều yêu cầu. Vui lòng thử lại sau ${retryAfter} giây.`, extensions: { code: 'RATE_LIMITED', retryAfter, requestId: r.headers.get('x-request-id') } }],
  });
}

describe('rate limits at the gateway', () => {
  let graph: TestGraph;
  let gw: Awaited<ReturnType<typeof gatewayOver>>;
  const bearer = async (user = admin()) => ({ authorization: `Bearer ${await signDevelopmentToken(user, gw.config.jwt.secret, { now: graph.clock.now() })}` });
  const terms = async () => Number((await graph.db.council.query('SELECT count(*) AS n FROM council.council_term'))[0].n);

  beforeAll(async () => {
    graph = await startTestGraph('security_rate_limits', [council]);
    gw = await gatewayOver(graph, [council], LIMITS);
  });
  afterAll(async () => {
    await gw?.stop();
    await graph?.close();
  });

  describe('per user', () => {
    const flooder = userWith('COUNCIL_STANDING', { jurisdictionId: randomUUID() }, { userId: 'flooder' });

    it('answers the first requests of the window', async () => {
      const headers = await bearer(flooder);
      for (let i = 0; i < 5; i++) expect((await post(gw.url, TERMS, headers)).status).toBe(200);
    });

    it('answers the next one 429 with Retry-After and a coded GraphQL error', async () => {
      expect429(await post(gw.url, TERMS, await bearer(flooder)));
    });

    it('refuses a mutation over the limit before it runs: nothing written', async () => {
      const before = await terms();
      expect429(await post(gw.url, createTerm('Khóa tràn'), await bearer(flooder)));
      expect(await terms()).toBe(before);
    });

    it('counts per user: another user of the same address is still answered', async () => {
      const r = await post(gw.url, TERMS, await bearer(userWith('COUNCIL_STANDING', { jurisdictionId: randomUUID() }, { userId: 'neighbour' })));
      expect(r.status).toBe(200);
    });
  });

  describe('bad bearer tokens', () => {
    const garbage = (i: number) => ({ authorization: `Bearer not-a-token-${i}` });

    it('answers the first ones 401, then 429, and logs them once for the address and window', async () => {
      const before = gw.log.lines.length;
      for (let i = 0; i < 3; i++) {
        const r = await post(gw.url, TERMS, garbage(i));
        expect(r.status).toBe(401);
        expect(codeOf(r)).toBe('UNAUTHENTICATED');
      }
      for (let i = 3; i < 8; i++) expect429(await post(gw.url, TERMS, garbage(i)));
      const logged = gw.log.lines.slice(before).filter((l) => /bearer token/.test(l.msg));
      expect(logged).toHaveLength(1);
      expect(logged[0].level).toBe(40); // warn, once; not info for each
      expect(JSON.stringify(gw.log.lines.slice(before))).not.toMatch(/not-a-token/);
    });

    it('refuses a forged token signed with another key just the same (no data)', async () => {
      const forged = await signDevelopmentToken(admin(), 'a-key-the-attacker-made-up-long', { now: graph.clock.now() });
      const r = await post(gw.url, TERMS, { authorization: `Bearer ${forged}` });
      expect429(r);
      expect(r.body).not.toHaveProperty('data');
    });
  });

  it('limits per address, anonymous requests included', async () => {
    let last: Answer | undefined;
    for (let i = 0; i < 45 && last?.status !== 429; i++) last = await post(gw.url, TERMS);
    expect429(last!);
  });

  it('is not escaped by a forged X-Forwarded-For (no proxy is trusted unless TRUST_PROXY says so)', async () => {
    expect429(await post(gw.url, TERMS, { 'x-forwarded-for': '203.0.113.7' }));
  });

  it('keeps its counters in Redis under the deployment prefix, through the limiter factory in core', async () => {
    const redis = new Redis(loadConfig({ NODE_ENV: 'test' }).redisUrl);
    try {
      expect(await redis.exists(`${gw.config.queuePrefix}:rl:gateway:user:flooder`)).toBe(1);
      const prefix = `{sec_${randomUUID()}}`;
      const login = createLimiter(redis, prefix, 'dashboard:login', { points: 2, windowSeconds: 60 });
      expect(await login.consume('10.0.0.1')).toMatchObject({ allowed: true, consumed: 1 });
      expect(await login.consume('10.0.0.1')).toMatchObject({ allowed: true, consumed: 2 });
      expect(await login.consume('10.0.0.1')).toMatchObject({ allowed: false, retryAfterSeconds: expect.any(Number) });
      expect(await login.consume('10.0.0.2')).toMatchObject({ allowed: true });
      await redis.del(`${prefix}:rl:dashboard:login:10.0.0.1`, `${prefix}:rl:dashboard:login:10.0.0.2`);
    } finally {
      redis.disconnect();
    }
  });

  it.each([
    ['RATE_LIMIT_PER_USER', '0'],
    ['RATE_LIMIT_PER_ADDRESS', 'many'],
    ['RATE_LIMIT_WINDOW_SECONDS', '-5'],
    ['RATE_LIMIT_BAD_TOKENS', '1.5'],
  ])('refuses a bad %s at boot, naming it', (variable, value) => {
    expect(() => loadConfig({ NODE_ENV: 'test', [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test', [variable]: value })).toThrow(expect.objectContaining({ variable }));
  });
});
