import { composeServices } from '@apollo/composition';
import { FixedClock, loadConfig, prepareDatabase, signDevelopmentToken, startService, type Clock, type ServiceDefinition, type UserContext } from '@phoihop/core';
import { startGateway } from '@phoihop/gateway';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from './database';

export interface GraphResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

export interface TestGraph {
  gatewayUrl: string;
  clock: FixedClock;
  db: Record<string, DataSource>;
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  /** Runs an operation through the gateway, signed in as `as` (anonymous when omitted). */
  query<T = Record<string, unknown>, V = Record<string, unknown>>(
    document: string | DocumentNode | TypedDocumentNode<T, V>,
    variables?: V,
    as?: UserContext | null,
  ): Promise<GraphResponse<T>>;
  /** Like query, but fails the test on any error. */
  ok<T = Record<string, unknown>, V = Record<string, unknown>>(
    document: string | DocumentNode | TypedDocumentNode<T, V>,
    variables?: V,
    as?: UserContext | null,
  ): Promise<T>;
  close(): Promise<void>;
}

/**
 * Starts the given subgraphs and a gateway in-process on free ports, over a fresh database
 * of their own, with a clock the test controls.
 */
export async function startTestGraph(
  label: string,
  services: ServiceDefinition[],
  o: { now?: string; onQuery?: (service: string, sql: string) => void; timeZone?: string; env?: Record<string, string> } = {},
): Promise<TestGraph> {
  const database = await createTestDatabase(label);
  const config = { ...loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...(o.timeZone ? { TIME_ZONE: o.timeZone } : {}), ...o.env }) };
  const clock = new FixedClock(o.now ?? '2026-03-02T09:00:00+07:00');
  const logger = pino({ level: 'silent' });
  const running: Array<Awaited<ReturnType<typeof startService>>> = [];
  const db: Record<string, DataSource> = {};
  for (const s of services) {
    const ds = await prepareDatabase(s, config, o.onQuery ? (sql) => o.onQuery!(s.name, sql) : undefined);
    db[s.name] = ds;
    running.push(await startService(s, { config, clock: clock as Clock, port: 0, db: ds }));
  }
  const subgraphUrls = Object.fromEntries(services.map((s, i) => [s.name, running[i].url]));
  const composed = composeServices(services.map((s) => ({ name: s.name, typeDefs: s.typeDefs, url: subgraphUrls[s.name] })));
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const gateway = await startGateway({ config, logger, clock, subgraphUrls, supergraphSdl: composed.supergraphSdl, port: 0 });

  const query: TestGraph['query'] = async (document, variables, as) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (as) headers.authorization = `Bearer ${await signDevelopmentToken(as, config.jwt.secret, { now: clock.now() })}`;
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    const body = (await res.json()) as GraphResponse<never>;
    return { status: res.status, data: body.data, errors: body.errors };
  };

  return {
    gatewayUrl: gateway.url,
    clock,
    db,
    subgraphUrls,
    databaseUrl: database.url,
    query,
    async ok(document, variables, as) {
      const r = await query(document, variables, as);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors, null, 2)}`);
      return r.data as never;
    },
    async close() {
      await gateway.stop();
      for (const r of running) await r.close();
      for (const ds of Object.values(db)) await ds.destroy();
      await database.drop();
    },
  };
}
