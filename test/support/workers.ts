import { loadConfig } from '@phoihop/core';
import { GraphDirectory, startWorkers, type RunningWorkers, type WorkerOptions } from '@phoihop/workers';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { TestGraph } from './graph';

/** A queue prefix of the test's own (a Redis Cluster hash tag, as deployments use). */
export const testQueuePrefix = () => `{phoihop-test-${randomBytes(4).toString('hex')}}`;

/**
 * The deadline workers on a test graph's database: silent, on the graph's clock, polling the
 * outboxes every 200 ms, without email and webhook delivery; `options` adds the directory,
 * recomputer or follower the test calls through the graph.
 */
export function startGraphWorkers(graph: TestGraph, options: Partial<WorkerOptions> & Pick<WorkerOptions, 'prefix'>): Promise<RunningWorkers> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: graph.databaseUrl });
  return startWorkers({ config, clock: graph.clock, logger: pino({ level: 'silent' }), db: graph.db.notifications, delivery: false, pollMs: 200, ...options });
}

/** The directory the workers ask through a test graph's committee subgraph (who holds each position). */
export function graphDirectory(graph: TestGraph): GraphDirectory {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: graph.databaseUrl });
  return new GraphDirectory(graph.subgraphUrls.committee, config.contextSigningKey!, graph.clock);
}
