import { localDate, type Clock, type Logger } from '@phoihop/core';
import { Deadline, notificationKey, stageCode, WorkflowStore, type PlannedStage, type PolicyStage, type Recipient, type StageJobData } from '@phoihop/workflow';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import DataLoader from 'dataloader';
import pLimit from 'p-limit';
import { performance } from 'node:perf_hooks';
import { In, type DataSource } from 'typeorm';
import { recordFinalFailure } from '../ledger/final-failure';
import { insertEvents, insertNotifications, lockItems, savePositions } from '../ledger/batch-writes';
import { historyEvent } from '../ledger/ledger';
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

/**
 * Stage jobs sent together (issue 12): the worker runs up to STAGE_CONCURRENCY jobs at once
 * and the stages that wake within BATCH_WINDOW_MS of each other share one transaction and a
 * handful of statements, however many they are. At most BATCHES_AT_ONCE batches are sent at
 * once; the stages that wake meanwhile wait for the next batch, so under load batches grow
 * (up to STAGE_BATCH) instead of many small ones each paying a transaction's round trips:
 * reminders falling due at 1,667 a second went out in batches of ~100, ten at once, and
 * queued up to 20 s behind the worker's concurrency.
 */
export const STAGE_BATCH = 500;
const BATCHES_AT_ONCE = 2;
export const STAGE_CONCURRENCY = 2 * BATCHES_AT_ONCE * STAGE_BATCH;
const BATCH_WINDOW_MS = 10;

/** One stage job of a batch; `token` is the worker's lock (absent when a test calls the handler). */
interface StageRun {
  job: Job<StageJobData>;
  token?: string;
}

/** What a batch says of one job: its result, or the time it should wake (it woke early). */
type StageOutcome = string | { wakeAt: number };

const pending = (d: Deadline | null | undefined, data: StageJobData): d is Deadline =>
  !!d && d.state === 'OPEN' && d.version === data.version && d.nextStage === data.stage;

/**
 * Sends reminder and escalation stages. The job carries ids only; the ledger decides: a
 * stage that is no longer the item's next (resolved, paused, moved, already sent) does
 * nothing. The notifications, the history lines and the ledger's new positions of a batch
 * commit together; notification keys make a second run (another worker, a crash) a no-op. A
 * failure the stage declares permanent (UnrecoverableError) is written on the ledger with its
 * reason and counted; the reconciler leaves only those failed.
 */
export function stageHandler(deps: StageDeps) {
  const slots = pLimit(BATCHES_AT_ONCE);
  // DataLoader calls the batch function inside `dispatch`, so `sending` is that batch's promise.
  let sending: Promise<unknown> = Promise.resolve();
  const batch = new DataLoader<StageRun, StageOutcome>((runs) => (sending = sendStages(deps, runs)), {
    cache: false,
    maxBatchSize: STAGE_BATCH,
    batchScheduleFn: (dispatch) =>
      setTimeout(() => {
        void slots(() => {
          dispatch();
          return sending.catch(() => undefined);
        });
      }, BATCH_WINDOW_MS),
  });
  return async (job: Job<StageJobData>, token?: string): Promise<string> => {
    try {
      const outcome = await batch.load({ job, token });
      if (typeof outcome === 'string') return outcome;
      // Woke early (the delay was set before a re-plan moved the stage later).
      await job.moveToDelayed(outcome.wakeAt, token);
      throw new DelayedError();
    } catch (error) {
      if (error instanceof UnrecoverableError && (await recordFinalFailure(deps.db, job.data, error.message, deps.clock.now()))) {
        deps.metrics?.finalFailures.inc({ queue: 'deadlines', name: job.name });
      }
      throw error;
    }
  };
}

/** A stage ready to send: the ledger row it was read from, the stage and who it reaches. */
interface Ready {
  run: number;
  data: StageJobData;
  deadlineId: string;
  stage: PolicyStage;
  recipients: Recipient[];
}

async function sendStages(deps: StageDeps, runs: readonly StageRun[]): Promise<Array<StageOutcome | Error>> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const now = deps.clock.now();
  const outcomes: Array<StageOutcome | Error> = runs.map(() => 'stale');
  const current = new Map(
    (await new WorkflowStore(deps.db).deadlinesOf(runs.map((r) => r.job.data as Pick<Deadline, 'itemKind' | 'itemId'>))).map((d) => [`${d.itemKind}/${d.itemId}`, d]),
  );
  const ladders = new Map<string, Promise<PolicyStage[]>>();
  const ladder = (kind: Deadline['itemKind']) => {
    if (!ladders.has(kind)) ladders.set(kind, deps.planner.stages(deps.db, kind));
    return ladders.get(kind)!;
  };
  const calendar = await deps.planner.calendar();
  const placed = new Map<string, PlannedStage[]>();
  const placedFor = async (d: Deadline) => {
    const key = `${d.itemKind}/${d.dueDate}`;
    if (!placed.has(key)) placed.set(key, d.dueDate ? deps.planner.placeOn(await ladder(d.itemKind), calendar, d.dueDate) : []);
    return placed.get(key)!;
  };
  const daysLeft = new Map<string, number>();
  const today = localDate(now, deps.timeZone);
  const workingDaysLeft = (dueDate: string) => {
    if (!daysLeft.has(dueDate)) daysLeft.set(dueDate, calendar.workingDaysBetween(today, dueDate));
    return daysLeft.get(dueDate)!;
  };
  const ready: Ready[] = [];
  await Promise.all(
    runs.map(async ({ job, token }, run) => {
      const data = job.data;
      const d = current.get(`${data.itemKind}/${data.itemId}`);
      if (!pending(d, data)) return;
      if (d.nextAt && d.nextAt.getTime() > now.getTime() + 1000 && token) {
        outcomes[run] = { wakeAt: Date.now() + (d.nextAt.getTime() - now.getTime()) };
        return;
      }
      const stage = (await ladder(d.itemKind)).find((s) => stageCode(s) === data.stage);
      if (!stage) return;
      try {
        ready.push({ run, data, deadlineId: d.id, stage, recipients: await recipientsFor(stage, d, deps.directory) });
      } catch (error) {
        outcomes[run] = error instanceof Error ? error : new Error(String(error));
      }
    }),
  );
  if (!ready.length) return outcomes;
  for (const kind of new Set(ready.map((r) => r.data.itemKind as Deadline['itemKind']))) await ladder(kind);

  const readMs = ms();
  const result = await deps.db.transaction(async (m) => {
    await lockItems(m, ready.map((r) => r.data));
    const rows = new Map((await m.getRepository(Deadline).findBy({ id: In(ready.map((r) => r.deadlineId)) })).map((d) => [d.id, d]));
    const sent: Array<{ ready: Ready; d: Deadline; keys: string[] }> = [];
    const notifications: Array<Parameters<typeof insertNotifications>[1][number]> = [];
    const events: Array<ReturnType<typeof historyEvent>> = [];
    for (const r of ready) {
      const d = rows.get(r.deadlineId);
      if (!pending(d, r.data)) continue;
      const { subject, body } = stageMessage(r.stage, d, workingDaysLeft(d.dueDate!));
      const keys = r.recipients.map((to) => {
        const n = {
          recipientType: to.type,
          recipientId: to.id,
          jurisdictionId: d.jurisdictionId,
          itemKind: d.itemKind,
          itemId: d.itemId,
          deadlineVersion: d.version,
          stage: r.data.stage,
          level: r.stage.level,
          subject,
          body,
          createdAt: now,
        };
        const key = notificationKey(n);
        notifications.push({ ...n, key });
        return key;
      });
      d.stage = r.data.stage;
      d.stageOffset = r.stage.offsetWorkingDays;
      if (r.stage.kind === 'ESCALATION') d.escalationLevel = Math.max(d.escalationLevel, r.stage.level);
      d.updatedAt = now;
      deps.planner.replanOn(await placedFor(d), d, now);
      events.push(historyEvent(d, now, r.stage.kind, subject, { stage: r.data.stage, level: r.stage.level, recipients: r.recipients.map((to) => ({ ...to })) }));
      sent.push({ ready: r, d, keys });
    }
    const inserted = await insertNotifications(m, notifications);
    await savePositions(m, sent.map((s) => s.d));
    await insertEvents(m, events);
    return { sent, inserted };
  });

  const committedMs = ms();
  // The next stages' jobs and the deliveries' plans side by side; a failure to plan deliveries
  // (reconcile plans them later) must not leave the ledger waiting for a job nobody added.
  const ids = result.inserted.map((n) => n.id);
  const [scheduled, planned] = await Promise.allSettled([
    deps.jobs.ensureAll(result.sent.map((s) => s.d).filter((d) => d.state === 'OPEN' && d.nextStage)).then(ms),
    ids.length ? deps.afterNotificationsCreated(ids) : Promise.resolve(),
  ]);
  if (scheduled.status === 'rejected') throw scheduled.reason;
  if (planned.status === 'rejected') throw planned.reason;
  const scheduledMs = scheduled.value;
  const insertedKeys = new Set(result.inserted.map((n) => n.key));
  for (const s of result.sent) outcomes[s.ready.run] = `sent ${s.keys.filter((k) => insertedKeys.has(k)).length}`;
  deps.logger.info(
    { stages: result.sent.length, sent: ids.length, stale: runs.length - result.sent.length, ms: { read: readMs, committed: committedMs, scheduled: scheduledMs, done: ms() } },
    'deadline stages sent',
  );
  return outcomes;
}
