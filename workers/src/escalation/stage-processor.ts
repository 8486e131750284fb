import { localDate, type Clock, type Logger } from '@phoihop/core';
import { Deadline, DeadlineEvent, Notification, notificationKey, stageCode, WorkflowStore, type StageJobData } from '@phoihop/workflow';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { recordFinalFailure } from '../ledger/final-failure';
import { historyEvent, lockItem } from '../ledger/ledger';
import type { WorkerMetrics } from '../metrics';
import type { Planner } from '../schedule/planner';
import type { StageJobs } from '../schedule/stage-jobs';
import type { Directory } from './directory';
import { stageMessage } from './messages';
import { recipientsFor } from './recipients';

export interface StageDeps {
  db: DataSource;
  planner: Planner;
  jobs: StageJobs;
  directory: Directory;
  clock: Clock;
  logger: Logger;
  timeZone: string;
  afterNotificationsCreated(ids: string[]): Promise<void>;
  metrics?: WorkerMetrics;
}

const pending = (d: Deadline | null, data: StageJobData): d is Deadline =>
  !!d && d.state === 'OPEN' && d.version === data.version && d.nextStage === data.stage;

/**
 * Sends one reminder or escalation stage. The job carries ids only; the ledger decides: a
 * stage that is no longer the item's next (resolved, paused, moved, already sent) does
 * nothing. The notifications, the history line and the ledger's new position commit
 * together; notification keys make a second run (another worker, a crash) a no-op. A failure
 * the stage declares permanent (UnrecoverableError) is written on the ledger with its reason
 * and counted; the reconciler leaves only those failed.
 */
export function stageHandler(deps: StageDeps) {
  const send = sendStage(deps);
  return async (job: Job<StageJobData>, token?: string): Promise<string> => {
    try {
      return await send(job, token);
    } catch (error) {
      if (error instanceof UnrecoverableError && (await recordFinalFailure(deps.db, job.data, error.message, deps.clock.now()))) {
        deps.metrics?.finalFailures.inc({ queue: 'deadlines', name: job.name });
      }
      throw error;
    }
  };
}

function sendStage(deps: StageDeps) {
  return async (job: Job<StageJobData>, token?: string): Promise<string> => {
    const data = job.data;
    const current = await new WorkflowStore(deps.db).deadline(data.itemKind as Deadline['itemKind'], data.itemId);
    if (!pending(current, data)) return 'stale';
    const now = deps.clock.now();
    if (current.nextAt && current.nextAt.getTime() > now.getTime() + 1000 && token) {
      // Woke early (the delay was set before a re-plan moved the stage later).
      await job.moveToDelayed(Date.now() + (current.nextAt.getTime() - now.getTime()), token);
      throw new DelayedError();
    }
    const stage = (await deps.planner.stages(deps.db, current.itemKind)).find((s) => stageCode(s) === data.stage);
    if (!stage) return 'stale';
    const recipients = await recipientsFor(stage, current, deps.directory);
    const calendar = await deps.planner.calendar();

    const result = await deps.db.transaction(async (m) => {
      await lockItem(m, data.itemKind, data.itemId);
      const d = await m.getRepository(Deadline).findOneBy({ id: current.id });
      if (!pending(d, data)) return null;
      const left = calendar.workingDaysBetween(localDate(now, deps.timeZone), d.dueDate!);
      const { subject, body } = stageMessage(stage, d, left);
      const rows = recipients.map((r) => {
        const n = {
          recipientType: r.type,
          recipientId: r.id,
          jurisdictionId: d.jurisdictionId,
          itemKind: d.itemKind,
          itemId: d.itemId,
          deadlineVersion: d.version,
          stage: data.stage,
          level: stage.level,
          subject,
          body,
          createdAt: now,
        };
        return { ...n, key: notificationKey(n) };
      });
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(rows)
        .orIgnore()
        .returning(['id'])
        .execute();
      const ids = (inserted.raw as Array<{ id: string }>).map((r) => r.id);
      d.stage = data.stage;
      d.stageOffset = stage.offsetWorkingDays;
      if (stage.kind === 'ESCALATION') d.escalationLevel = Math.max(d.escalationLevel, stage.level);
      d.updatedAt = now;
      await deps.planner.replan(m, d, now);
      await m.getRepository(Deadline).save(d);
      await m
        .getRepository(DeadlineEvent)
        .insert(historyEvent(d, now, stage.kind, subject, { stage: data.stage, level: stage.level, recipients: recipients.map((r) => ({ ...r })) }));
      return { d, ids };
    });
    if (!result) return 'stale';
    // The next stage's job first: a failure to plan deliveries (reconcile plans them later)
    // must not leave the ledger waiting for a job nobody added.
    await deps.jobs.sync(result.d);
    if (result.ids.length) await deps.afterNotificationsCreated(result.ids);
    deps.logger.info({ item: `${data.itemKind}/${data.itemId}`, stage: data.stage, sent: result.ids.length }, 'deadline stage sent');
    return `sent ${result.ids.length}`;
  };
}
