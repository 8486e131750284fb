import { startGateway } from '@phoihop/gateway';
import { loadConfig, signDevelopmentToken } from '@phoihop/core';
import { InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import pino from 'pino';
import { documentHash } from '../../gateway/src/safelist';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPhoiHopClient } from '../../examples/client-kit/src/client';
import { ErrorCode } from '../../examples/client-kit/src/generated/enums';
import { loadScreens } from '../../examples/client-kit/src/screens';
import { DEMO_USERS } from '../../scripts/demo-users';
import { startDemoGraph } from '../support/demo-graph';
import type { TestGraph } from '../support/graph';

describe('client kit (examples/client-kit)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startDemoGraph('client_kit');
  }, 120_000);
  afterAll(() => graph?.close());

  it('loads the main screens with the typed operations through Apollo Client and persisted queries', async () => {
    const token = await signDevelopmentToken(DEMO_USERS.staff, loadConfig({ NODE_ENV: 'test' }).jwt.secret, { now: graph.clock.now() });
    const client = createPhoiHopClient({ url: graph.gatewayUrl, token });
    const s = await loadScreens(client, { jurisdictionSearch: 'thi xa hong linh', year: 2022 });

    expect(typeof s.dashboard.me.unreadCount).toBe('number');
    expect(s.dashboard.deadlines.nodes).toEqual(expect.any(Array)); // the workers fill the ledger; none run here
    expect(s.cases.citizenCases.totalCount).toBeGreaterThan(0);
    expect(s.detail?.handlingDepartment.name).toMatch(/Bắc Hồng Lĩnh/);
    expect(s.report).toMatchObject({ jurisdiction: { name: 'Thị xã Hồng Lĩnh' }, council: { sessions: 7, resolutions: 28 } });
    expect(s.refused).toBe(ErrorCode.BadUserInput);
  });

  it('sends a known operation as its hash alone (automatic persisted queries)', async () => {
    const query = '{ calendar(year: 2026) { date reason } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const ask = (body: object) =>
      fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    expect(await ask({ extensions })).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    const full = await ask({ query, extensions });
    expect(full).toMatchObject({ data: { calendar: expect.arrayContaining([{ date: '2026-02-17', reason: expect.stringContaining('Tết') }]) } });
    expect(await ask({ extensions })).toEqual(full);
  });

  it('hashes an operation as the manifest does, so the optional safelist admits the kit\'s operations', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../examples/client-kit/src/generated/persisted-documents.json'), 'utf8')) as Record<string, string>;
    for (const [hash, text] of Object.entries(manifest)) {
      expect(documentHash(parse(text))).toBe(hash);
      // Apollo Client adds __typename to every selection it sends; the hash stays the same.
      expect(documentHash(new InMemoryCache().transformDocument(parse(text)))).toBe(hash);
    }
  });

  it('with the optional safelist, runs the kit\'s operations and refuses any other', async () => {
    const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), safelistPath: join(__dirname, '../../examples/client-kit/src/generated/persisted-documents.json') };
    const gateway = await startGateway({ config, logger: pino({ level: 'silent' }), clock: graph.clock, subgraphUrls: graph.subgraphUrls, port: 0 });
    try {
      const token = await signDevelopmentToken(DEMO_USERS.staff, config.jwt.secret, { now: graph.clock.now() });
      const s = await loadScreens(createPhoiHopClient({ url: gateway.url, token }), { jurisdictionSearch: 'thi xa hong linh', year: 2022 });
      expect(s.report.council?.sessions).toBe(7);
      const other = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ calendar(year: 2026) { date } }' }) });
      expect(await other.json()).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    } finally {
      await gateway.stop();
    }
  });

  it('documents in the schema every error code the services raise', () => {
    const schema = readFileSync(join(__dirname, '../../gateway/schema.graphql'), 'utf8');
    const raised = /export type ErrorCode = ([^;]+);/.exec(readFileSync(join(__dirname, '../../services/core/src/errors.ts'), 'utf8'))![1].match(/[A-Z_]+/g)!;
    const documented = /enum ErrorCode {([^}]+)}/.exec(schema)![1].match(/^\s+([A-Z_]+)$/gm)!.map((l) => l.trim());
    expect(documented).toEqual(expect.arrayContaining([...raised, 'PERSISTED_QUERY_NOT_FOUND']));
    expect(Object.values(ErrorCode).sort()).toEqual([...documented].sort());
  });
});
