/**
 * The gateway's own query plan, observed: an in-process graph over the bench database whose
 * gateway reaches each subgraph through a counting proxy. For each request it records the
 * subgraph fetches (which subgraph, which body) and counts SQL statements, so the bench can
 * (a) report statements and fetches per request and (b) replay the very same fetches
 * directly against the subgraphs, re-signed, to see what the gateway itself adds.
 */
import { loadConfig, prepareDatabase, signDevelopmentToken, startService, systemClock, type Clock, type UserContext } from '@phoihop/core';
import { startGateway } from '@phoihop/gateway';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { services } from '../scripts/services';

export interface Fetch {
  subgraph: string;
  body: string;
}

export interface Observed {
  statements: Record<string, number>;
  fetches: Fetch[];
  status: number;
  errors: unknown[] | undefined;
  /** The answer's size: a fast empty answer is no figure. */
  bytes: number;
  text: string;
}

export interface PlanRecorder {
  /** Runs one operation through the in-process gateway and returns what it took. */
  observe(body: string, user: UserContext | null): Promise<Observed>;
  close(): Promise<void>;
}

export async function startPlanRecorder(databaseUrl: string, env: NodeJS.ProcessEnv): Promise<PlanRecorder> {
  const config = loadConfig({ ...env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' });
  const logger = pino({ level: 'silent' });
  let statements: Record<string, number> = {};
  let fetches: Fetch[] = [];
  const sources: DataSource[] = [];
  const running: Array<{ close(): Promise<void> }> = [];
  const proxies: Server[] = [];
  const urls: Record<string, string> = {};
  for (const s of services) {
    const db = await prepareDatabase(s, config, () => (statements[s.name] = (statements[s.name] ?? 0) + 1));
    sources.push(db);
    const service = await startService(s, { config, clock: systemClock as Clock, port: 0, db });
    running.push(service);
    const target = service.url;
    const proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (req.method === 'POST') fetches.push({ subgraph: s.name, body });
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
        fetch(target, { method: req.method, headers, body: req.method === 'POST' ? body : undefined })
          .then(async (r) => {
            res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/json' });
            res.end(Buffer.from(await r.arrayBuffer()));
          })
          .catch((error: Error) => {
            res.writeHead(502);
            res.end(error.message);
          });
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxies.push(proxy);
    urls[s.name] = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
  }
  const gateway = await startGateway({ config, logger, clock: systemClock, subgraphUrls: urls, port: 0 });
  return {
    async observe(body, user) {
      statements = {};
      fetches = [];
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (user) headers.authorization = `Bearer ${await signDevelopmentToken(user, config.jwt.secret)}`;
      const res = await fetch(gateway.url, { method: 'POST', headers, body });
      const text = await res.text();
      const answer = JSON.parse(text) as { errors?: unknown[] };
      // The directory check and other side fetches are part of the request too.
      return { statements, fetches, status: res.status, errors: answer.errors, bytes: text.length, text };
    },
    async close() {
      await gateway.stop();
      for (const p of proxies) await new Promise<void>((resolve) => p.close(() => resolve()));
      for (const r of running) await r.close();
      for (const db of sources) await db.destroy();
    },
  };
}
