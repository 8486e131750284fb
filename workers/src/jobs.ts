import { UnrecoverableError, type Job } from 'bullmq';

/** Every job name of the deadlines queue; each has exactly one handler. */
export const JOB_NAMES = ['apply-change', 'reschedule', 'stage', 'reconcile', 'heartbeat'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export type JobHandler = (job: Job, token?: string) => Promise<unknown>;

/**
 * Builds the dispatch table and refuses to boot when a job name has no handler or two
 * (Immich's rule), or when a handler answers to no known name.
 */
export function jobTable(entries: Array<[string, JobHandler]>): (job: Job, token?: string) => Promise<unknown> {
  const table = new Map<string, JobHandler>();
  for (const [name, handler] of entries) {
    if (!(JOB_NAMES as readonly string[]).includes(name)) throw new Error(`handler for unknown job ${name}`);
    if (table.has(name)) throw new Error(`two handlers for job ${name}`);
    table.set(name, handler);
  }
  const missing = JOB_NAMES.filter((n) => !table.has(n));
  if (missing.length) throw new Error(`no handler for job ${missing.join(', ')}`);
  return (job, token) => {
    const handler = table.get(job.name);
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
    return handler(job, token);
  };
}
