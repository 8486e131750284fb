import { committee as committeeService } from '@phoihop/committee';
import { seedDirectory } from '@phoihop/committee/seed';
import { loadConfig, prepareDatabase, startService, type Clock } from '@phoihop/core';
import { prepareWorkflowDatabase } from '@phoihop/workflow';
import { GraphDirectory, startWorkers, type Directory, type RunningWorkers, type WorkerOptions } from '@phoihop/workers';
import { Redis } from 'ioredis';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from './database';

export interface WorkersWorld {
  db: DataSource;
  committee: DataSource;
  workers: RunningWorkers;
  /** Deletes every key of the world's queue prefix (a Redis flush of its own). */
  flushRedis(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The deadline workers on a queue prefix of their own, over a throwaway database with the
 * workflow schema and the committee's demo directory, served by a real committee subgraph
 * (the directory the escalations ask). `directory` may wrap the graph's (a test's switch).
 */
export async function startWorkersWorld(
  name: string,
  o: { clock: Clock; prefix: string; directory?: (graph: Directory) => Directory; workers?: Partial<WorkerOptions> },
): Promise<WorkersWorld> {
  const database = await createTestDatabase(name);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url });
  const db = await prepareWorkflowDatabase(config.databaseUrl);
  const committee = await prepareDatabase(committeeService, config);
  await seedDirectory(committee);
  const subgraph = await startService(committeeService, { config, clock: o.clock, port: 0, db: committee });
  const graph = new GraphDirectory(subgraph.url, config.contextSigningKey!, o.clock);
  const redis = new Redis(config.redisUrl);
  const workers = await startWorkers({
    config,
    clock: o.clock,
    logger: pino({ level: 'silent' }),
    db,
    prefix: o.prefix,
    directory: o.directory ? o.directory(graph) : graph,
    delivery: false,
    pollMs: 200,
    ...o.workers,
  });
  const flushRedis = async () => {
    const keys = await redis.keys(`${o.prefix}:*`);
    if (keys.length) await redis.del(...keys);
  };
  return {
    db,
    committee,
    workers,
    flushRedis,
    async close() {
      await workers.close();
      await flushRedis();
      await redis.quit();
      await subgraph.close();
      await committee.destroy();
      await db.destroy();
      await database.drop();
    },
  };
}
