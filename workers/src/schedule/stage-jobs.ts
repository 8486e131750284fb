import type { Clock, Logger } from '@phoihop/core';
import { finalFailure, stageJobId, type Deadline, type StageJobData, type StagedDeadline } from '@phoihop/workflow';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { retryFailed } from '../job-state';
import type { JobOptionsOf } from '../queues';

export type Ensured = 'added' | 'kept' | 'moved' | 'retried' | 'failed';

/** Each job hash's `finishedOn`, `timestamp` and `delay` (nil when absent), for KEYS in order. */
const JOB_FIELDS_SCRIPT = `local r = {}
for i, k in ipairs(KEYS) do r[i] = redis.call('HMGET', k, 'finishedOn', 'timestamp', 'delay') end
return r`;

/** Existing jobs whose state `ensureAll` checks at once. */
const ENSURE_PARALLEL = 50;

/** Where a deadline stood before a change, to retire the job it had. */
export interface PreviousPlan {
  version: number;
  nextStage: string | null;
}

/**
 * Keeps exactly one pending stage job per open deadline: its next stage, at its version.
 * Job ids are deterministic, so adding twice is one job; a moved deadline's new version gets
 * new ids and its old job is removed (the processor would ignore it anyway).
 */
export class StageJobs {
  constructor(
    private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly jobOptions: JobOptionsOf = () => ({}),
  ) {}

  async sync(d: Deadline, before?: PreviousPlan | null): Promise<void> {
    const current = d.state === 'OPEN' && d.nextStage ? stageJobId(d, d.nextStage) : null;
    if (before?.nextStage) {
      const old = stageJobId({ ...d, version: before.version }, before.nextStage);
      if (old !== current) await this.retire(old);
    }
    if (current) await this.ensure(d);
  }

  /**
   * Adds the job of the deadline's next stage unless it is already there; fixes its delay.
   * The ledger decides what is final: a stage it records as failed for good (its handler said
   * so, with the reason on the row) is left alone; any other failed job (the directory was down,
   * the workers crashed twice on it and BullMQ failed it as stalled) is retried.
   */
  async ensure(d: StagedDeadline): Promise<Ensured> {
    const jobId = stageJobId(d, d.nextStage!);
    if (finalFailure(d)) return 'failed';
    const delay = Math.max(0, (d.nextAt?.getTime() ?? 0) - this.clock.now().getTime());
    const data: StageJobData = { itemKind: d.itemKind, itemId: d.itemId, version: d.version, stage: d.nextStage! };
    const existing = await this.queue.getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (state === 'failed') {
        this.logger.warn({ jobId, reason: existing.failedReason }, 'retrying a failed stage job the ledger still waits for');
        await retryFailed(existing);
        return 'retried';
      }
      if (state === 'delayed') {
        const due = existing.timestamp + (existing.opts.delay ?? 0);
        const want = this.clock.now().getTime() + delay;
        if (Math.abs(due - want) > 1000) {
          await existing.changeDelay(delay);
          return 'moved';
        }
        return 'kept';
      }
      if (state !== 'completed' && state !== 'unknown') return 'kept';
      // Completed while the ledger still waits for this stage: it ran as stale before a
      // re-plan brought the stage back. The ledger is the truth: run it again.
      await existing.remove();
    }
    await this.queue.add('stage', data, { ...this.jobOptions('stage'), jobId, delay });
    return 'added';
  }

  /**
   * `ensure` for many deadlines with few round trips (the reconciler's page, a batch of sent
   * stages): one script call reads each job's `finishedOn`, `timestamp` and `delay`; one
   * `addBulk` adds the jobs that are absent (after a Redis flush, all of them); a job still to
   * run at the right time is kept as it is (a rebuild of a full Redis costs one pipeline a
   * page); only a finished one, or one due at another time, goes through `ensure`. Adding an
   * id another worker added meanwhile is a no-op, as for `ensure`.
   */
  async ensureAll(ds: StagedDeadline[]): Promise<Ensured[]> {
    const outcomes = new Array<Ensured>(ds.length);
    const ids = ds.map((d) => stageJobId(d, d.nextStage!));
    // BullMQ types its client by the few commands it uses itself; it is an ioredis client.
    // One script call for the page, not one command each: a command object per job was the
    // largest share of the rebuild's CPU after BullMQ's own (issue 12). The keys share the
    // queue prefix's hash tag, so this also holds on a cluster.
    const client = (await this.queue.client) as unknown as Redis;
    const jobs = ids.length ? ((await client.eval(JOB_FIELDS_SCRIPT, ids.length, ...ids.map((id) => this.queue.toKey(id)))) as Array<Array<string | null>>) : [];
    const now = this.clock.now().getTime();
    const due = (d: StagedDeadline) => Math.max(0, (d.nextAt?.getTime() ?? 0) - now);
    const absent: number[] = [];
    const check: number[] = [];
    ds.forEach((d, i) => {
      const [finishedOn, timestamp, delay] = jobs[i];
      if (finalFailure(d)) outcomes[i] = 'failed';
      else if (timestamp === null || timestamp === undefined) absent.push(i);
      else if (finishedOn || Math.abs(Number(timestamp) + Number(delay ?? 0) - (now + due(d))) > 1000) check.push(i);
      else outcomes[i] = 'kept';
    });
    const options = this.jobOptions('stage');
    await this.queue.addBulk(
      absent.map((i) => {
        const d = ds[i];
        const data: StageJobData = { itemKind: d.itemKind, itemId: d.itemId, version: d.version, stage: d.nextStage! };
        return { name: 'stage', data, opts: { ...options, jobId: ids[i], delay: due(d) } };
      }),
    );
    for (const i of absent) outcomes[i] = 'added';
    for (let k = 0; k < check.length; k += ENSURE_PARALLEL) {
      const slice = check.slice(k, k + ENSURE_PARALLEL);
      (await Promise.all(slice.map((i) => this.ensure(ds[i])))).forEach((o, j) => (outcomes[slice[j]] = o));
    }
    return outcomes;
  }

  private async retire(jobId: string): Promise<void> {
    const job = await this.queue.getJob(jobId);
    if (!job) return;
    const state = await job.getState();
    if (state === 'delayed' || state === 'waiting' || state === 'prioritized') {
      await job.remove().catch((err: unknown) => this.logger.warn({ jobId, err }, 'could not remove a stale stage job'));
    }
  }
}
