import type { Clock, Logger } from '@phoihop/core';
import { finalFailure, stageJobId, type Deadline, type StageJobData } from '@phoihop/workflow';
import type { Queue } from 'bullmq';
import { retryFailed } from '../job-state';
import type { JobOptionsOf } from '../queues';

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

  private async retire(jobId: string): Promise<void> {
    const job = await this.queue.getJob(jobId);
    if (!job) return;
    const state = await job.getState();
    if (state === 'delayed' || state === 'waiting' || state === 'prioritized') {
      await job.remove().catch((err: unknown) => this.logger.warn({ jobId, err }, 'could not remove a stale stage job'));
    }
  }
}
