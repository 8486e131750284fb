import type { Clock, Logger } from '@phoihop/core';
import { finalFailure, stageJobId, type Deadline, type StageJobData } from '@phoihop/workflow';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { retryFailed } from '../job-state';
import type { JobOptionsOf } from '../queues';

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
  async ensure(d: Deadline): Promise<'added' | 'kept' | 'moved' | 'retried' | 'failed'> {
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
   * stages): one pipeline of EXISTS, one `addBulk` of the jobs that are absent (after a Redis
   * flush, all of them); the jobs that exist go through `ensure` for their state. Adding an id
   * another worker added meanwhile is a no-op, as for `ensure`.
   */
  async ensureAll(ds: Deadline[]): Promise<Array<'added' | 'kept' | 'moved' | 'retried' | 'failed'>> {
    const outcomes = new Array<'added' | 'kept' | 'moved' | 'retried' | 'failed'>(ds.length);
    const ids = ds.map((d) => stageJobId(d, d.nextStage!));
    // BullMQ types its client by the few commands it uses itself; it is an ioredis client.
    const pipeline = ((await this.queue.client) as unknown as Redis).pipeline();
    for (const id of ids) pipeline.exists(this.queue.toKey(id));
    const exists = (await pipeline.exec()) ?? [];
    const absent: number[] = [];
    const present: number[] = [];
    ds.forEach((d, i) => {
      if (finalFailure(d)) outcomes[i] = 'failed';
      else if (exists[i]?.[0] || exists[i]?.[1] !== 0) present.push(i);
      else absent.push(i);
    });
    const now = this.clock.now().getTime();
    await this.queue.addBulk(
      absent.map((i) => {
        const d = ds[i];
        const data: StageJobData = { itemKind: d.itemKind, itemId: d.itemId, version: d.version, stage: d.nextStage! };
        return { name: 'stage', data, opts: { ...this.jobOptions('stage'), jobId: ids[i], delay: Math.max(0, (d.nextAt?.getTime() ?? 0) - now) } };
      }),
    );
    for (const i of absent) outcomes[i] = 'added';
    for (let k = 0; k < present.length; k += ENSURE_PARALLEL) {
      const slice = present.slice(k, k + ENSURE_PARALLEL);
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
