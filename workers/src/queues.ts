import type { Logger } from '@phoihop/core';
import { Queue, Worker, type BackoffStrategy, type DefaultJobOptions, type JobsOptions, type WorkerOptions } from 'bullmq';
import type { RedisOptions } from 'ioredis';
import { jobRegistry, type JobHandler, type QueueName } from './jobs';
import type { WorkerMetrics } from './metrics';

const DAY_S = 24 * 3600;

/**
 * Completed jobs stay 32 days: they are the dedupe window of the deterministic job ids
 * (`removeOnComplete: true` would let a re-relayed row run twice). Failed jobs keep their error.
 */
const KEPT: DefaultJobOptions = { removeOnComplete: { age: 32 * DAY_S }, removeOnFail: { age: 90 * DAY_S } };

/** Each queue's job defaults: deadline jobs retry briskly, deliveries ride out a mail server's outage. */
export const QUEUE_DEFAULTS: Record<QueueName, DefaultJobOptions> = {
  deadlines: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, ...KEPT },
  delivery: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 }, ...KEPT },
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

const REMOTE_CALL_JOBS = new Set(['stage', 'reschedule', 'follow-session']);

export function jobOptionsOf(retry: RetryPolicy): JobOptionsOf {
  const remote: JobsOptions = { attempts: retry.attempts, backoff: { type: CAPPED_BACKOFF, delay: retry.delayMs } };
  return (name) => (REMOTE_CALL_JOBS.has(name) ? remote : {});
}

/**
 * Templates of the job schedulers (reconcile every 5 minutes, heartbeat every 30 s): a run
 * that fails is simply the next run, and only the last hundred are kept (the 32-day dedupe
 * window of QUEUE_DEFAULTS would keep ~92,000 heartbeats).
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

/** Where a queue lives: the Redis server and the key prefix (tests pass one of their own). */
export interface QueueAt {
  redis: RedisOptions;
  prefix: string;
}

/** A producer: fails fast when Redis is down (STYLE.md, Jobs), with the queue's defaults. */
export function createQueue<T = unknown>(name: QueueName, at: QueueAt, jobOptions: Partial<DefaultJobOptions> = {}): Queue<T> {
  return new Queue<T>(name, {
    connection: { ...at.redis, enableOfflineQueue: false },
    prefix: at.prefix,
    defaultJobOptions: { ...QUEUE_DEFAULTS[name], ...jobOptions },
  });
}

/**
 * How soon a job whose worker died (kill -9, OOM) runs again: its lock lapses after
 * LOCK_MS (renewed every LOCK_MS / 2 while it runs) and the stall check looks every
 * STALL_CHECK_MS. A second stall of the same job makes BullMQ fail it; the reconciler
 * retries it, since the ledger, not BullMQ, decides what is final.
 */
export const LOCK_MS = 10_000;
export const STALL_CHECK_MS = 5_000;

/**
 * A consumer of the queue's registered handlers: waits for Redis to come back, logs its
 * errors and reports job lateness.
 */
export function createWorker(
  name: QueueName,
  handlers: Array<[string, JobHandler]>,
  at: QueueAt & { logger: Logger; metrics: WorkerMetrics; concurrency?: number; autorun?: boolean; settings?: WorkerOptions['settings'] },
): Worker {
  const worker = new Worker(name, jobRegistry(name, handlers), {
    connection: { ...at.redis, maxRetriesPerRequest: null },
    prefix: at.prefix,
    concurrency: at.concurrency ?? 5,
    lockDuration: LOCK_MS,
    stalledInterval: STALL_CHECK_MS,
    autorun: at.autorun ?? true,
    settings: at.settings,
  });
  worker.on('error', (err) => at.logger.error({ err, queue: name }, 'worker error'));
  at.metrics.instrument(worker);
  return worker;
}
