import { UnrecoverableError, type Job, type JobsOptions, type Queue } from 'bullmq';

/**
 * A failure the handler itself declared permanent (the item no longer exists, the data can
 * never be sent). Handlers throw UnrecoverableError; the job registry turns it into this, so a
 * failed job says who ended it: BullMQ also fails jobs with UnrecoverableError ("job stalled
 * more than allowable limit" after two crashes), and that is not final.
 */
export class PermanentFailure extends UnrecoverableError {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentFailure';
  }
}

/** The error a handler threw, as the job registry passes it on to BullMQ. */
export function asDeclared(error: unknown): unknown {
  return error instanceof UnrecoverableError && !(error instanceof PermanentFailure) ? new PermanentFailure(error.message) : error;
}

/**
 * A failed job is final only when its handler declared it permanent. A stall, a timeout, a
 * lost connection or a downstream 5xx may have passed by now, however BullMQ classed it.
 */
export function failedForGood(job: Job): boolean {
  const last = job.stacktrace?.[job.stacktrace.length - 1] ?? '';
  return /^PermanentFailure\b/.test(last) && !/stalled more than allowable limit/.test(job.failedReason ?? '');
}

/** Puts a failed job back to run with all its attempts again. */
export function retryFailed(job: Job): Promise<void> {
  return job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
}

export type Ensured = 'added' | 'retried' | 'kept' | 'final';

/** Job states in which a job will still run (or runs now). */
export const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

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
