import { Queue, type BackoffStrategy, type DefaultJobOptions, type JobsOptions } from 'bullmq';
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

/**
 * How jobs that call another subgraph (the committee directory, the recompute mutations) ride
 * out its restart: many attempts, exponential backoff capped at `capMs` (about 40 minutes in
 * all by default) instead of five attempts in 75 seconds.
 */
export interface RetryPolicy {
  attempts: number;
  delayMs: number;
  capMs: number;
}

export const REMOTE_CALL_RETRY: RetryPolicy = { attempts: 12, delayMs: 5_000, capMs: 5 * 60_000 };

/** The backoff type of those jobs; its strategy is the worker's `settings.backoffStrategy`. */
export const CAPPED_BACKOFF = 'capped-exponential';

export function cappedBackoff(capMs: number): BackoffStrategy {
  return (attemptsMade, type, _err, job) => {
    if (type !== CAPPED_BACKOFF) throw new Error(`unknown backoff ${String(type)}`);
    const base = (typeof job?.opts.backoff === 'object' ? job.opts.backoff.delay : undefined) ?? 5_000;
    return Math.min(capMs, base * 2 ** Math.max(0, attemptsMade - 1));
  };
}

/** Per-job options over the queue's defaults: the jobs that wait on another service retry longer. */
export type JobOptionsOf = (name: string) => JobsOptions;

const REMOTE_CALL_JOBS = new Set(['stage', 'reschedule']);

export function jobOptionsOf(retry: RetryPolicy): JobOptionsOf {
  const remote: JobsOptions = { attempts: retry.attempts, backoff: { type: CAPPED_BACKOFF, delay: retry.delayMs } };
  return (name) => (REMOTE_CALL_JOBS.has(name) ? remote : {});
}

/**
 * Templates of the job schedulers (reconcile every 5 minutes, heartbeat every 30 s): a run
 * that fails is simply the next run, and only the last hundred are kept (the 32-day dedupe
 * window of DEFAULT_JOB_OPTIONS would keep ~92,000 heartbeats).
 */
export const SCHEDULER_JOB_OPTIONS = {
  attempts: 1,
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 100 },
} as const;

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
