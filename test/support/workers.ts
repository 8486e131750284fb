import { loadConfig } from '@phoihop/core';
import { GraphDirectory, GraphRecomputer, startWorkers, type RunningWorkers } from '@phoihop/workers';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { TestGraph } from './graph';

export interface TestWorkers {
  workers: RunningWorkers;
  /** Stops the workers and removes their queue's keys from Redis. */
  close(): Promise<void>;
}

/**
 * The workers over a test graph (its notifications subgraph's workflow schema and clock), on a
 * queue prefix of their own, asking the graph's committee subgraph who holds each position;
 * with `recompute`, the graph's subgraphs recompute due dates when the calendar or a rule changes.
 */
export async function startGraphWorkers(graph: TestGraph, o: { recompute?: boolean } = {}): Promise<TestWorkers> {
  const prefix = `{phoihop-test-${randomBytes(4).toString('hex')}}`;
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: graph.databaseUrl });
  const key = config.contextSigningKey!;
  const urls = graph.subgraphUrls as Record<'council' | 'committee' | 'front', string>;
  const workers = await startWorkers({
    config,
    clock: graph.clock,
    logger: pino({ level: 'silent' }),
    db: graph.db.notifications,
    prefix,
    directory: new GraphDirectory(urls.committee, key, graph.clock),
    ...(o.recompute ? { recomputer: new GraphRecomputer(urls, key, graph.clock) } : {}),
    delivery: false,
    pollMs: 200,
  });
  return {
    workers,
    async close() {
      await workers.close();
      const redis = new Redis(config.redisUrl);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    },
  };
}
