import { composeServices } from '@apollo/composition';
import { council } from '@phoihop/council';
import { notifications } from '@phoihop/notifications';
import { ConfigError, loadConfig, signDevelopmentToken, type UserContext } from '@phoihop/core';
import { startGateway } from '@phoihop/gateway';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { startTestGraph, type TestGraph } from '../../test/support/graph';

const admin: UserContext = { userId: 'oidc-admin', name: 'Quản trị', grants: [{ role: 'ADMIN' }] };
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph('gateway', [council, notifications]);
  });
  afterAll(() => graph?.close());

  describe('in development', () => {
    it('serves GraphiQL from the npm package, with nothing loaded from a CDN', async () => {
      const res = await fetch(graph.gatewayUrl.replace('/graphql', '/'));
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toMatch(/graphiql/i);
      expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:\/\//i);
    });

    it('keeps CSRF prevention on: a simple request without a preflight is refused', async () => {
      const res = await fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
      expect(res.status).toBe(400);
      const get = await fetch(`${graph.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
      expect(get.status).toBe(400);
    });

    it('limits aliases and tokens', async () => {
      const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: councilTerms { totalCount }`).join(' ');
      expect((await graph.query(`{ ${aliases} }`)).errors?.[0]?.message).toMatch(/alias/i);
      const selection = (n: number) => `{ councilTerms { ${Array.from({ length: n }, () => 'totalCount').join(' ')} } }`;
      expect((await graph.query(selection(100), {}, admin)).errors).toBeUndefined();
      const long = await graph.query(selection(5000), {}, admin);
      expect(long.data ?? null).toBeNull();
      expect(long.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  it("passes a subgraph's refusal of a value on as BAD_USER_INPUT naming the variable", async () => {
    const ok = await graph.query('query ($from: Date!) { addWorkingDays(from: $from, days: 3) }', { from: '2026-11-27' });
    expect(ok.data).toEqual({ addWorkingDays: '2026-12-02' });
    const bad = await graph.query('query ($from: Date!) { addWorkingDays(from: $from, days: 3) }', { from: '0000-01-01' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(bad.errors?.[0]?.message).toMatch(/Date/);
    expect(JSON.stringify(bad.errors)).not.toContain(graph.subgraphUrls.notifications);
    const literal = await graph.query('{ addWorkingDays(from: "2026-02-30", days: 3) }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  describe('in production, with an OIDC provider', () => {
    let jwks: http.Server;
    let gateway: Awaited<ReturnType<typeof startGateway>>;
    let sign: (user: UserContext, o?: { issuer?: string; audience?: string; expires?: boolean }) => Promise<string>;
    let jwksUrl: string;
    const ISSUER = 'https://sso.hatinh.gov.vn/realms/phoihop';
    const AUDIENCE = 'phoihop-gateway';

    beforeAll(async () => {
      const { publicKey, privateKey } = await generateKeyPair('RS256');
      const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      jwks = http.createServer((_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
      jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/realms/phoihop/protocol/openid-connect/certs`;
      sign = (user, { issuer = ISSUER, audience = AUDIENCE, expires = true } = {}) => {
        const jwt = new SignJWT({ name: user.name, grants: user.grants })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setSubject(user.userId)
          .setIssuer(issuer)
          .setAudience(audience)
          .setIssuedAt();
        return (expires ? jwt.setExpirationTime('5m') : jwt).sign(privateKey);
      };
      const config = loadConfig({
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        JWKS_URL: jwksUrl,
        JWT_ISSUER: ISSUER,
        JWT_AUDIENCE: AUDIENCE,
        // The subgraphs of the test graph run with the development key.
        CONTEXT_SIGNING_KEY: 'phoihop-development-context-signing-key',
      });
      const composed = composeServices([{ name: 'council', typeDefs: council.typeDefs, url: graph.subgraphUrls.council }]);
      gateway = await startGateway({
        config,
        logger: pino({ level: 'silent' }),
        clock: graph.clock,
        subgraphUrls: graph.subgraphUrls,
        supergraphSdl: composed.supergraphSdl!,
        port: 0,
      });
    });
    afterAll(async () => {
      await gateway?.stop();
      jwks?.close();
    });

    it("accepts a token signed by the provider's key", async () => {
      const res = await post(gateway.url, { query: '{ councilTerms { totalCount } }' }, { authorization: `Bearer ${await sign(admin)}` });
      expect(await res.json()).toEqual({ data: { councilTerms: { totalCount: 0 } } });
    });

    it('refuses a development token and a token of another issuer', async () => {
      const dev = await signDevelopmentToken(admin, 'phoihop-development-jwt-secret-change-me');
      expect((await post(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer ${dev}` })).status).toBe(401);
      const foreign = await sign(admin, { issuer: 'https://sso.example.org/realms/other' });
      expect((await post(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer ${foreign}` })).status).toBe(401);
    });

    it('refuses a token of the realm issued to another client (audience), and one without an expiry', async () => {
      const otherClient = await sign(admin, { audience: 'hanh-chinh-cong-portal' });
      expect((await post(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer ${otherClient}` })).status).toBe(401);
      const forever = await sign(admin, { expires: false });
      expect((await post(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer ${forever}` })).status).toBe(401);
    });

    it('refuses to boot with JWKS_URL but no expected issuer or audience', () => {
      const env = { NODE_ENV: 'production', JWKS_URL: jwksUrl, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, CONTEXT_SIGNING_KEY: 'phoihop-development-context-signing-key' };
      for (const variable of ['JWT_ISSUER', 'JWT_AUDIENCE'] as const) {
        const load = () => loadConfig({ ...env, [variable]: undefined });
        expect(load).toThrow(ConfigError);
        expect(load).toThrow(new RegExp(variable));
      }
    });

    it('turns GraphiQL and introspection off', async () => {
      expect((await fetch(gateway.url.replace('/graphql', '/'))).status).toBe(404);
      const res = await post(gateway.url, { query: '{ __schema { types { name } } }' }, { authorization: `Bearer ${await sign(admin)}` });
      const body = (await res.json()) as { errors?: Array<{ message: string }> };
      expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    });
  });
});
