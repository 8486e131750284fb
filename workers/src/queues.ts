import { Queue, type DefaultJobOptions } from 'bullmq';
import type { RedisOptions } from 'ioredis';

/** The queue of the deadline workflow: outbox changes, stages, reconcile and heartbeat. */
export const DEADLINES_QUEUE = 'deadlines';

const DAY_S = 24 * 3600;

/**
 * Completed jobs stay 32 days: they are the dedupe window of the deterministic job ids
 * (`removeOnComplete: true` would let a re-relayed row run twice). Failed jobs keep their error.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 32 * DAY_S },
  removeOnFail: { age: 90 * DAY_S },
};

/** Connection options from a redis:// URL; BullMQ opens (and closes) its own connections. */
export function redisOptions(url: string): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}

/** Producers fail fast when Redis is down (STYLE.md, Jobs). */
export const producerOptions = (url: string): RedisOptions => ({ ...redisOptions(url), enableOfflineQueue: false });
/** Workers wait for Redis to come back. */
export const consumerOptions = (url: string): RedisOptions => ({ ...redisOptions(url), maxRetriesPerRequest: null });

export function deadlinesQueue(redisUrl: string, prefix: string): Queue {
  return new Queue(DEADLINES_QUEUE, { connection: producerOptions(redisUrl), prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
}
