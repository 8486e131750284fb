import type { Job, JobsOptions, Queue } from 'bullmq';

/**
 * A failed job is final when retrying cannot help: it threw UnrecoverableError (a malformed
 * row, a refused request), which BullMQ fails before its last attempt. Anything else (a
 * subgraph down, a Postgres blip) may have passed by now.
 */
export function failedForGood(job: Job): boolean {
  const last = job.stacktrace?.[job.stacktrace.length - 1] ?? '';
  return /^UnrecoverableError\b/.test(last) || job.attemptsMade < (job.opts.attempts ?? 1);
}

/** Puts a failed job back to run with all its attempts again. */
export function retryFailed(job: Job): Promise<void> {
  return job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
}

export type Ensured = 'added' | 'retried' | 'kept' | 'final';

/**
 * Makes the job of work that Postgres says is unfinished run: added when Redis lost it,
 * retried when it failed for a reason that may have passed, run again when it completed
 * although the truth says its work is not done. A job still waiting or running is kept.
 */
export async function ensureJob(queue: Queue, name: string, data: object, opts: JobsOptions & { jobId: string }): Promise<Ensured> {
  const existing = await queue.getJob(opts.jobId);
  if (existing) {
    const state = await existing.getState();
    if (state === 'failed') {
      if (failedForGood(existing)) return 'final';
      await retryFailed(existing);
      return 'retried';
    }
    if (state !== 'completed' && state !== 'unknown') return 'kept';
    await existing.remove();
  }
  await queue.add(name, data, opts);
  return 'added';
}
