import type { Job, Queue, Worker } from 'bullmq';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

const JOB_STATES = ['waiting', 'delayed', 'active', 'completed', 'failed', 'paused', 'prioritized', 'waiting-children'] as const;

/**
 * What the workers report to Prometheus: how late jobs run against their scheduled time,
 * and how deliveries end, by channel and state. Queue depth is read from Redis at scrape
 * time (see {@link registerQueueDepth}), so every replica reports the same truth.
 */
export class WorkerMetrics {
  readonly lateness: Histogram<'queue' | 'name'>;
  readonly deliveries: Counter<'channel' | 'state'>;
  readonly finalFailures: Counter<'queue' | 'name'>;
  readonly failedStages: Gauge;
  readonly unscheduled: Gauge;

  constructor(readonly registry: Registry = new Registry()) {
    this.lateness = new Histogram({
      name: 'phoihop_job_lateness_seconds',
      help: 'How late a job started against the time it was scheduled for (enqueue time plus delay).',
      labelNames: ['queue', 'name'],
      buckets: [0.05, 0.25, 1, 5, 15, 60, 300, 900, 3600],
      registers: [registry],
    });
    this.deliveries = new Counter({
      name: 'phoihop_deliveries_total',
      help: 'Deliveries of notifications that reached a final state, by channel (EMAIL, WEBHOOK, DIGEST) and state.',
      labelNames: ['channel', 'state'],
      registers: [registry],
    });
    this.finalFailures = new Counter({
      name: 'phoihop_final_failures_total',
      help: 'Jobs whose handler declared a failure permanent (recorded on the ledger with its reason); stalls and other failures are retried.',
      labelNames: ['queue', 'name'],
      registers: [registry],
    });
    this.failedStages = new Gauge({
      name: 'phoihop_deadlines_failed_stage',
      help: 'Open deadlines whose next stage failed for good, as the last reconcile found them (each shows the reason on its `deadline`).',
      registers: [registry],
    });
    this.unscheduled = new Gauge({
      name: 'phoihop_deadlines_unscheduled',
      help: 'Open deadlines past their next stage time with no pending or running job, as the last reconcile found them (should be 0).',
      registers: [registry],
    });
  }

  /** Observes the lateness of a job's first run (retries are late on purpose, by their backoff). */
  observeStart(queue: string, job: Job): void {
    if (job.attemptsMade > 0 || !job.processedOn) return;
    const scheduled = job.timestamp + (job.opts.delay ?? 0);
    this.lateness.observe({ queue, name: job.name }, Math.max(0, job.processedOn - scheduled) / 1000);
  }

  /** Hooks a worker so every job it starts is observed. */
  instrument(worker: Worker): void {
    worker.on('active', (job) => this.observeStart(worker.name, job));
  }
}

/** Queue depth per queue and job state, read on each scrape. */
export function registerQueueDepth(registry: Registry, queues: Queue[]): Gauge<'queue' | 'state'> {
  return new Gauge({
    name: 'phoihop_queue_jobs',
    help: 'Jobs in each queue by state.',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const queue of queues) {
        const counts = await queue.getJobCounts(...JOB_STATES);
        for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
      }
    },
  });
}

/**
 * The process's metrics, for callers that do not pass their own: the delivery worker counts
 * into it and the dashboard serves it, so one workers process reports one registry.
 */
export const processMetrics = new WorkerMetrics();

export { Registry };
