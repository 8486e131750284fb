import type { Job } from 'bullmq';
import { asDeclared, PermanentFailure } from './job-state';

/** Every queue and the names of its jobs: the one table that handlers are checked against. */
export const JOBS = {
  deadlines: ['apply-change', 'reschedule', 'follow-session', 'stage', 'reconcile', 'heartbeat'],
  delivery: ['deliver', 'digest'],
} as const;

export type QueueName = keyof typeof JOBS;
export type JobName<Q extends QueueName = QueueName> = (typeof JOBS)[Q][number];

/** What runs a job; `token` is the worker's lock, for handlers that move their job back to delayed. */
export type JobHandler = (job: Job, token?: string) => Promise<unknown>;

/**
 * The dispatch of one queue's worker, built at boot from (job name → handler) entries: refuses
 * to boot when a job name of the queue has no handler or two (Immich's rule), or when a
 * handler answers to no name of the queue. An UnrecoverableError a handler throws leaves as a
 * PermanentFailure (job-state.ts), the one kind of failure that is final.
 */
export function jobRegistry(queue: QueueName, entries: Array<[string, JobHandler]>): JobHandler {
  const names: readonly string[] = JOBS[queue];
  const table = new Map<string, JobHandler>();
  for (const [name, handler] of entries) {
    if (!names.includes(name)) throw new Error(`handler for unknown job ${name} on queue ${queue}`);
    if (table.has(name)) throw new Error(`two handlers for job ${name} on queue ${queue}`);
    table.set(name, handler);
  }
  const missing = names.filter((n) => !table.has(n));
  if (missing.length) throw new Error(`no handler for job ${missing.join(', ')} on queue ${queue}`);
  return async (job, token) => {
    const handler = table.get(job.name);
    if (!handler) throw new PermanentFailure(`no handler for job ${job.name} on queue ${queue}`);
    try {
      return await handler(job, token);
    } catch (error) {
      throw asDeclared(error);
    }
  };
}
