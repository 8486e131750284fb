import { createLogger, loadConfig, systemClock, type Clock, type Config, type Logger } from '@phoihop/core';
import { prepareWorkflowDatabase } from '@phoihop/workflow';
import type { Queue } from 'bullmq';
import { hostname } from 'node:os';
import pLimit from 'p-limit';
import type { DataSource } from 'typeorm';
import { createDelivery, type Delivery } from './delivery';
import { GraphDirectory, type Directory } from './escalation/directory';
import { STAGE_CONCURRENCY, stageHandler } from './escalation/stage-processor';
import { heartbeatHandler } from './heartbeat';
import type { JobHandler } from './jobs';
import { processMetrics } from './metrics';
import { applyChangeHandler, rescheduleHandler } from './ledger/handlers';
import { GraphRecomputer, type Recomputer } from './recompute/recomputer';
import { cappedBackoff, createQueue, createWorker, jobOptionsOf, redisOptions, REMOTE_CALL_RETRY, SCHEDULER_JOB_OPTIONS, type RetryPolicy } from './queues';
import { Reconciler, type ReconcileResult } from './reconciler';
import { OutboxRelay } from './relay/relay';
import { followSessionHandler, GraphSessionFollower, type SessionFollower } from './sessions/session-follower';
import { Planner } from './schedule/planner';
import { StageJobs } from './schedule/stage-jobs';

export interface WorkerOptions {
  config?: Config;
  clock?: Clock;
  logger?: Logger;
  /** DataSource of the workflow schema; made (and migrated) from config when absent. */
  db?: DataSource;
  /** Queue key prefix; tests pass one of their own. */
  prefix?: string;
  directory?: Directory;
  /** Asks council, committee and front to recompute due dates after a calendar or rule edit. */
  recomputer?: Recomputer;
  /** Carries the council's session moves to the Front's voter petitions. */
  sessionFollower?: SessionFollower;
  /** Jobs of the deadlines queue run at once; stage jobs among them are sent in batches (stage-processor.ts). */
  concurrency?: number;
  pollMs?: number;
  reconcileEveryMs?: number;
  heartbeatEveryMs?: number;
  /** Email and webhook delivery (the delivery engineer's worker); on by default. */
  delivery?: boolean;
  /** Names this process in the heartbeat table. */
  name?: string;
  /** Retries of the jobs that call other subgraphs (stage, reschedule); tests shorten them. */
  retry?: Partial<RetryPolicy>;
}

/** The deadlines queue's BullMQ workers of this process, paused and resumed together. */
export interface DeadlineWorkers {
  pause(): Promise<void>;
  resume(): void;
}

export interface RunningWorkers {
  queue: Queue;
  worker: DeadlineWorkers;
  relay: OutboxRelay;
  delivery: Delivery | null;
  db: DataSource;
  reconcile(): Promise<ReconcileResult>;
  close(): Promise<void>;
}

const SCHEDULERS = ['reconcile', 'heartbeat'] as const;

/**
 * Ledger changes (apply-change, reschedule) run at most this many at once whatever the
 * worker's concurrency: each holds a transaction and reads the calendar on another
 * connection, so hundreds at once would take every connection of the pool and wait forever.
 */
const LEDGER_CONCURRENCY = 5;

/**
 * BullMQ workers on the deadlines queue in one process (issue 12). One BullMQ worker fetches
 * its jobs one Redis round trip after the other, and while delayed jobs remain (reminders
 * falling due) it leaves its fetch loop after each job, so its fetch rate is bounded by one
 * round trip per job on a loaded machine. Several fetch side by side; they share the handlers
 * (one stage batcher), so stage jobs of all of them still meet in one batch, and the
 * concurrency is split between them. (Measured together with the stage batch limit only:
 * bench/NOTES.md, lateness round.)
 */
export const DEADLINE_FETCHERS = 4;

function limitedTo(concurrency: number, handler: JobHandler): JobHandler {
  const limit = pLimit(concurrency);
  return (job, token) => limit(() => handler(job, token));
}

/**
 * The deadline workers: relay, stages, re-plans, reconciler and heartbeat on one queue, plus
 * delivery. Refuses to start when a job name has no handler or two.
 */
export async function startWorkers(o: WorkerOptions = {}): Promise<RunningWorkers> {
  const config = o.config ?? loadConfig();
  const clock = o.clock ?? systemClock;
  const logger = o.logger ?? createLogger('workers', config.logLevel);
  const prefix = o.prefix ?? config.queuePrefix;
  const name = o.name ?? `${hostname()}-${process.pid}`;
  const ownDb = !o.db;
  const db = o.db ?? (await prepareWorkflowDatabase(config.databaseUrl));
  const at = { redis: redisOptions(config.redisUrl), prefix };

  const queue = createQueue('deadlines', at);
  const planner = new Planner(db, config.timeZone);
  const retry = { ...REMOTE_CALL_RETRY, ...o.retry };
  const jobOptions = jobOptionsOf(retry);
  const jobs = new StageJobs(queue, clock, logger, jobOptions);
  if (!o.directory && !config.contextSigningKey) throw new Error('CONTEXT_SIGNING_KEY is required to ask the committee directory for recipients');
  const directory = o.directory ?? new GraphDirectory(config.subgraphUrls.committee, config.contextSigningKey!, clock);
  const delivery = o.delivery === false ? null : createDelivery({ db, ...at, config, clock, logger });
  const ensureSchedulers = async () => {
    await queue.upsertJobScheduler('reconcile', { every: o.reconcileEveryMs ?? config.reconcileEveryMs }, { name: 'reconcile', opts: SCHEDULER_JOB_OPTIONS });
    await queue.upsertJobScheduler('heartbeat', { every: o.heartbeatEveryMs ?? 30_000 }, { name: 'heartbeat', opts: SCHEDULER_JOB_OPTIONS });
  };
  const reconciler = new Reconciler(db, queue, jobs, logger, () => delivery?.reconcile() ?? Promise.resolve(0), ensureSchedulers, jobOptions, processMetrics, () => clock.now());
  const recomputer = o.recomputer ?? new GraphRecomputer(config.subgraphUrls, config.contextSigningKey!, clock);
  const ledgerDeps = { db, planner, jobs, clock, logger, recomputer };
  const follower = o.sessionFollower ?? new GraphSessionFollower(config.subgraphUrls.front, config.contextSigningKey!, clock);

  const handlers: Array<[string, JobHandler]> = [
    ['apply-change', limitedTo(LEDGER_CONCURRENCY, applyChangeHandler(ledgerDeps))],
    ['reschedule', limitedTo(LEDGER_CONCURRENCY, rescheduleHandler(ledgerDeps))],
    ['follow-session', followSessionHandler({ db, follower, clock })],
    [
      'stage',
      stageHandler({
        ...ledgerDeps,
        directory,
        timeZone: config.timeZone,
        afterNotificationsCreated: (ids) => delivery?.afterNotificationsCreated(ids) ?? Promise.resolve(),
        metrics: processMetrics,
      }),
    ],
    ['reconcile', async () => reconciler.run()],
    ['heartbeat', heartbeatHandler(db, clock, name)],
  ];
  const concurrency = Math.max(1, Math.ceil((o.concurrency ?? STAGE_CONCURRENCY) / DEADLINE_FETCHERS));
  const fetchers = Array.from({ length: DEADLINE_FETCHERS }, () =>
    createWorker('deadlines', handlers, { ...at, logger, metrics: processMetrics, concurrency, settings: { backoffStrategy: cappedBackoff(retry.capMs) } }),
  );
  for (const worker of fetchers) worker.on('failed', (job, err) => logger.error({ job: job?.id, name: job?.name, err: err.message }, 'deadline job failed'));
  const worker: DeadlineWorkers = {
    pause: async () => void (await Promise.all(fetchers.map((w) => w.pause()))),
    resume: () => fetchers.forEach((w) => w.resume()),
  };

  await ensureSchedulers();
  // A Redis flush takes the schedulers with it; this watchdog only puts them back.
  const watchdog = setInterval(() => {
    void (async () => {
      for (const id of SCHEDULERS) if (!(await queue.getJobScheduler(id))) return ensureSchedulers();
    })().catch((err: unknown) => logger.warn({ err }, 'scheduler check failed'));
  }, Math.min(60_000, o.reconcileEveryMs ?? config.reconcileEveryMs));
  watchdog.unref();

  const relay = new OutboxRelay({ db, databaseUrl: config.databaseUrl, queue, clock, logger, pollMs: o.pollMs, jobOptions });
  await relay.start();
  await reconciler.run();
  logger.info({ prefix, name }, 'deadline workers ready');

  return {
    queue,
    worker,
    relay,
    delivery,
    db,
    reconcile: () => reconciler.run(),
    async close() {
      clearInterval(watchdog);
      await relay.stop();
      await Promise.all(fetchers.map((w) => w.close()));
      await delivery?.close();
      await queue.close();
      if (ownDb) await db.destroy();
    },
  };
}
