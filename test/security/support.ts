import { composeServices } from '@apollo/composition';
import { loadConfig, type ServiceDefinition } from '@phoihop/core';
import { startGateway } from '@phoihop/gateway';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { Writable } from 'node:stream';
import type { TestGraph } from '../support/graph';

export type LogLine = { level: number; msg: string } & Record<string, unknown>;

/** A pino logger whose lines the test reads back: what an operator would find in the log. */
export function capturedLogger() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines, text: () => lines.map((l) => JSON.stringify(l)).join('\n') };
}

/**
 * A second gateway over a test graph's subgraphs, with its own environment (production,
 * low limits, a short directory cache) and a log the test can read.
 */
export async function gatewayOver(graph: TestGraph, services: ServiceDefinition[], env: Record<string, string> = {}) {
  const test = loadConfig({ NODE_ENV: 'test' });
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'debug',
    DATABASE_URL: graph.databaseUrl,
    JWT_SECRET: test.jwt.secret!,
    CONTEXT_SIGNING_KEY: test.contextSigningKey!,
    QUEUE_PREFIX: `{sec_${randomBytes(4).toString('hex')}}`,
    ...env,
  });
  const log = capturedLogger();
  const composed = composeServices(services.map((s) => ({ name: s.name, typeDefs: s.typeDefs, url: graph.subgraphUrls[s.name] })));
  const gateway = await startGateway({ config, logger: log.logger, clock: graph.clock, subgraphUrls: graph.subgraphUrls, supergraphSdl: composed.supergraphSdl!, port: 0 });
  return { ...gateway, config, log };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> };
  raw: string;
}

export async function post(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
  const raw = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(raw) as Answer['body'], raw };
}

export const codeOf = (a: Answer) => a.body.errors?.[0]?.extensions?.code;
