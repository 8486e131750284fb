/**
 * Issue 11 item 4: no secret in the source. Before: JWT_SECRET and CONTEXT_SIGNING_KEY had
 * published defaults, so any non-production deployment took forged ADMIN tokens and
 * subgraph headers; the banner logged a 7-day ADMIN token.
 */
import { council } from '@phoihop/council';
import { ConfigError, denouncerKeys, loadConfig, signDevelopmentToken, signUserContext } from '@phoihop/core';
import { startGateway } from '@phoihop/gateway';
import { decodeJwt } from 'jose';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { bannerToken } from '../../scripts/start/banner-token';
import { ensureDevelopmentSecrets } from '../../scripts/start/secrets';
import { startTestGraph, type TestGraph } from '../support/graph';
import { admin } from '../support/users';
import { post } from './support';

/** The defaults the source used to carry: anyone who read it could sign with them. */
const PUBLISHED = ['phoihop-development-jwt-secret-change-me', 'phoihop-development-context-signing-key', 'phoihop-dev-denouncer-key-32byte', 'phoihop-development-webhook-signing-secret'];
const root = join(__dirname, '..', '..');

describe('no secret in the source', () => {
  let graph: TestGraph;
  let dir: string;
  beforeAll(async () => {
    graph = await startTestGraph('security_secrets', [council]);
    dir = mkdtempSync(join(tmpdir(), 'phoihop-secrets-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await graph?.close();
  });

  it('ships none of the published defaults anywhere in the code', () => {
    const grep = spawnSync('git', ['grep', '-l', ...PUBLISHED.flatMap((p) => ['-e', p]), '--', '.', ':!test/security'], { cwd: root, encoding: 'utf8' });
    expect(grep.status).toBe(1); // git grep: 1 = nothing found
    expect(grep.stdout).toBe('');
  });

  it('gives development no secret of its own: nothing to sign with until npm start generates them', () => {
    const dev = loadConfig({ NODE_ENV: 'development' });
    expect(dev.jwt.secret).toBeUndefined();
    expect(dev.contextSigningKey).toBeUndefined();
    expect(dev.delivery.webhookSigningSecret).toBeUndefined();
    expect(() => denouncerKeys(dev)).toThrow(expect.objectContaining({ variable: 'DENOUNCER_KEY' }));
  });

  it('refuses to start a development gateway without CONTEXT_SIGNING_KEY, naming it', async () => {
    const dev = loadConfig({ NODE_ENV: 'development', JWT_SECRET: 'a-development-secret-of-this-test' });
    await expect(startGateway({ config: dev, logger: pino({ level: 'silent' }), port: 0 })).rejects.toThrow(expect.objectContaining({ name: 'ConfigError', variable: 'CONTEXT_SIGNING_KEY' }));
  });

  it.each([
    ['CONTEXT_SIGNING_KEY', { JWT_SECRET: 'a-production-secret-for-this-test' }],
    ['JWKS_URL', { CONTEXT_SIGNING_KEY: 'a-production-context-key-for-this-test' }],
  ])('refuses to boot in production without %s, naming it', (variable, env) => {
    const load = () => loadConfig({ NODE_ENV: 'production', ...env });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(expect.objectContaining({ variable }));
  });

  it('refuses an ADMIN token signed with the published JWT secret, at 401', async () => {
    const forged = await signDevelopmentToken(admin(), PUBLISHED[0], { now: graph.clock.now() });
    const r = await post(graph.gatewayUrl, { query: '{ councilTerms { totalCount } }' }, { authorization: `Bearer ${forged}` });
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.body.data).toBeUndefined();
  });

  it('refuses a subgraph header signed with the published context key, at 401', async () => {
    const body = JSON.stringify({ query: '{ councilTerms { totalCount } }' });
    const headers = signUserContext(admin(), PUBLISHED[1], graph.clock.now(), { method: 'POST', path: '/graphql', body });
    const res = await fetch(graph.subgraphUrls.council, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect(res.status).toBe(401);
  });

  describe('npm start', () => {
    const path = () => join(dir, 'secrets.json');

    it('generates every secret at first start into a file only its owner reads', () => {
      const env: NodeJS.ProcessEnv = {};
      expect(ensureDevelopmentSecrets(env, path()).sort()).toEqual(['CONTEXT_SIGNING_KEY', 'DENOUNCER_KEY', 'JWT_SECRET', 'WEBHOOK_SIGNING_SECRET']);
      expect(statSync(path()).mode & 0o777).toBe(0o600);
      const stored = JSON.parse(readFileSync(path(), 'utf8')) as Record<string, string>;
      expect(env).toEqual(stored);
      for (const v of Object.values(stored)) expect(PUBLISHED).not.toContain(v);
      expect(Buffer.from(stored.DENOUNCER_KEY, 'base64')).toHaveLength(32);
      const config = loadConfig({ NODE_ENV: 'development', ...env });
      expect(config.contextSigningKey).toBe(stored.CONTEXT_SIGNING_KEY);
      expect(denouncerKeys(config).current.key).toHaveLength(32);
    });

    it('reads the same secrets at every later start (and npm run token with them), generating nothing', () => {
      const first = JSON.parse(readFileSync(path(), 'utf8')) as Record<string, string>;
      const env: NodeJS.ProcessEnv = {};
      expect(ensureDevelopmentSecrets(env, path())).toEqual([]);
      expect(env.JWT_SECRET).toBe(first.JWT_SECRET);
    });

    it('lets a variable set in the environment win, and closes a file others could read', () => {
      chmodSync(path(), 0o644);
      const env: NodeJS.ProcessEnv = { JWT_SECRET: 'set-by-the-developer-explicitly' };
      ensureDevelopmentSecrets(env, path());
      expect(env.JWT_SECRET).toBe('set-by-the-developer-explicitly');
      expect(statSync(path()).mode & 0o777).toBe(0o600);
    });

    it('adds a secret missing from an older file and keeps the others', () => {
      const stored = JSON.parse(readFileSync(path(), 'utf8')) as Record<string, string>;
      writeFileSync(path(), JSON.stringify({ JWT_SECRET: stored.JWT_SECRET }), { mode: 0o600 });
      const env: NodeJS.ProcessEnv = {};
      expect(ensureDevelopmentSecrets(env, path()).sort()).toEqual(['CONTEXT_SIGNING_KEY', 'DENOUNCER_KEY', 'WEBHOOK_SIGNING_SECRET']);
      expect(env.JWT_SECRET).toBe(stored.JWT_SECRET);
    });

    it('generates nothing in production', () => {
      const env: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
      expect(ensureDevelopmentSecrets(env, join(dir, 'never.json'))).toEqual([]);
      expect(env.JWT_SECRET).toBeUndefined();
    });

    it('prints the banner token only to a terminal, valid 8 hours', async () => {
      const config = loadConfig({ NODE_ENV: 'test' });
      const tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
      try {
        Object.defineProperty(process.stdout, 'isTTY', { value: undefined, configurable: true });
        const toLog = await bannerToken(config);
        expect(toLog).not.toMatch(/^ey/);
        expect(toLog).toMatch(/npm run token -- admin/);
        Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
        const claims = decodeJwt(await bannerToken(config));
        expect(claims.exp! - claims.iat!).toBe(8 * 3600);
      } finally {
        if (tty) Object.defineProperty(process.stdout, 'isTTY', tty);
        else delete (process.stdout as { isTTY?: boolean }).isTTY;
      }
    });
  });
});
