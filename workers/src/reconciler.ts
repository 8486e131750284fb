import type { Logger } from '@phoihop/core';
import { DEADLINE_CHANGED } from '@phoihop/core';
import { finalFailure, stageJobId, WorkflowStore, type Deadline } from '@phoihop/workflow';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { ensureJob, LIVE_STATES } from './job-state';
import { processMetrics, type WorkerMetrics } from './metrics';
import { OUTBOX_SOURCES, outboxJobId, RELAYED_TOPICS, TOPIC_JOBS, type OutboxSource } from './ledger/sources';
import type { JobOptionsOf } from './queues';
import type { StageJobs } from './schedule/stage-jobs';
import { SESSION_MOVES_UNFOLLOWED_SQL } from './sessions/session-follower';

/** How far back the reconciler looks for relayed changes the ledger never got. */
const REPLAY_WINDOW = '32 days';

export interface ReconcileResult {
  /** Relayed outbox rows whose job was added again or retried. */
  replayed: number;
  stageJobs: number;
  /** Stage jobs added again (lost with Redis). */
  added: number;
  /** Stage jobs that had failed and were retried. */
  retried: number;
  deliveries: number;
  /** Open deadlines whose next stage failed for good (its reason is on the ledger). */
  final: number;
  /** Open deadlines past their next stage time with no pending or running job: must be 0. */
  unscheduled: number;
}

/**
 * The invariant the reconciler keeps and the tests check: no open deadline has its next stage
 * time in the past without a job that is pending or running, unless the ledger records that
 * stage as failed for good. Returns the deadlines that break it.
 */
export async function unscheduledDeadlines(db: DataSource, queue: Queue, now: Date): Promise<Deadline[]> {
  const store = new WorkflowStore(db);
  const broken: Deadline[] = [];
  // Only the open deadlines already due, a page at a time.
  for await (const page of store.openDeadlinePages(2000, now)) for (const first of page) {
    if (!first.nextStage || !first.nextAt || first.nextAt.getTime() > now.getTime()) continue;
    let d: Deadline | null = first;
    // A stage that completes while we look moves the ledger on: look at the row as it is now.
    for (let look = 0; d && look < 3; look++) {
      if (!d.nextStage || !d.nextAt || d.nextAt.getTime() > now.getTime() || finalFailure(d)) {
        d = null;
        break;
      }
      const job = await queue.getJob(stageJobId(d, d.nextStage));
      if (job && LIVE_STATES.has(await job.getState())) {
        d = null;
        break;
      }
      const again: Deadline | null = await store.deadline(d.itemKind, d.itemId);
      if (!again || again.state !== 'OPEN') d = null;
      if (!again || again.state !== 'OPEN' || (again.version === d!.version && again.nextStage === d!.nextStage)) break;
      d = again;
    }
    if (d) broken.push(d);
  }
  return broken;
}

/**
 * Relayed rows whose work is not done: a service's `deadline.changed` newer than what the
 * ledger applied for its item; a workflow request (reschedule, recompute) its handler never
 * marked processed (the council's `session.moved` rows: SESSION_MOVES_UNFOLLOWED_SQL).
 */
function unfinishedRowsSql(source: OutboxSource): string {
  const recent = `o."relayed_at" IS NOT NULL AND o."created_at" > now() - interval '${REPLAY_WINDOW}'`;
  if (source === 'workflow') {
    return `SELECT o."id"::text AS "id", o."topic" FROM "workflow"."outbox" o
             WHERE o."topic" = ANY($1) AND ${recent} AND o."processed_at" IS NULL ORDER BY o."id"`;
  }
  return `SELECT o."id"::text AS "id", o."topic" FROM "${source}"."outbox" o
            LEFT JOIN "workflow"."deadline" d ON d."item_kind" = o."aggregate_type" AND d."item_id" = o."aggregate_id"
           WHERE o."topic" = ANY($1) AND ${recent} AND (d."id" IS NULL OR d."last_event_id" < o."id")
           ORDER BY o."id"`;
}

/**
 * Rebuilds Redis from Postgres (DESIGN.md rule 2): relayed rows whose job vanished, or failed
 * for a reason that may have passed, run again, and every open deadline's next stage has its
 * job. Safe to run any time, on any replica: every add is by deterministic id. The ledger
 * decides what is final: only a stage its handler declared failed for good (reason on the
 * row, shown on the item's `deadline`) and a relayed row whose handler did stay failed;
 * stalls, timeouts and lost connections run again, however BullMQ classed them.
 */
export class Reconciler {
  constructor(
    private readonly db: DataSource,
    private readonly queue: Queue,
    private readonly jobs: StageJobs,
    private readonly logger: Logger,
    private readonly deliveryReconcile: () => Promise<number>,
    /** Puts back the job schedulers (reconcile, heartbeat), which a flush removes too. */
    private readonly ensureSchedulers: () => Promise<void> = async () => undefined,
    private readonly jobOptions: JobOptionsOf = () => ({}),
    private readonly metrics: WorkerMetrics = processMetrics,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private running: Promise<ReconcileResult> | null = null;
  private queued: Promise<ReconcileResult> | null = null;

  /**
   * One run at a time in a process: the boot run and the scheduler's first job (which a job
   * scheduler adds at once) used to rebuild a flushed Redis twice side by side. A call during
   * a run waits for it, then one more run serves every call that waited, so it still sees
   * the ledger as it is after the call.
   */
  run(): Promise<ReconcileResult> {
    if (!this.running) return this.start();
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<ReconcileResult> {
    const run: Promise<ReconcileResult> = this.runOnce().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  private async runOnce(): Promise<ReconcileResult> {
    await this.ensureSchedulers();
    const replayed = await this.replayUnfinishedRows();
    let stageJobs = 0;
    let added = 0;
    let retried = 0;
    let final = 0;
    // A page of open deadlines at a time (raw rows of the columns a job needs), its jobs
    // checked in one script call and the missing ones added in one addBulk, while the next
    // page is read: memory stays two pages whatever the ledger's size, and a rebuild after a
    // flush costs two Redis round trips a page (issue 12).
    const pages = new WorkflowStore(this.db).openStagePages()[Symbol.asyncIterator]();
    for (let next = pages.next(); ; ) {
      const { value: page, done } = await next;
      if (done) break;
      next = pages.next();
      next.catch(() => undefined); // awaited on the next turn; handled there, not unhandled meanwhile
      stageJobs += page.length;
      final += page.filter((d) => finalFailure(d)).length;
      for (const outcome of await this.jobs.ensureAll(page)) {
        if (outcome === 'added') added++;
        if (outcome === 'retried') retried++;
      }
    }
    const deliveries = await this.deliveryReconcile();
    const broken = await unscheduledDeadlines(this.db, this.queue, this.now());
    const result = { replayed, stageJobs, added, retried, deliveries, final, unscheduled: broken.length };
    this.metrics.failedStages.set(final);
    this.metrics.unscheduled.set(broken.length);
    if (broken.length) this.logger.error({ items: broken.slice(0, 20).map((d) => `${d.itemKind}/${d.itemId} ${d.nextStage}`) }, 'open deadlines past due with no job');
    if (replayed || added || retried) this.logger.warn(result, 'reconciler restored jobs missing from Redis or failed');
    return result;
  }

  private async replayUnfinishedRows(): Promise<number> {
    let replayed = 0;
    const schemas: Array<{ s: OutboxSource }> = await this.db.query(
      `SELECT table_schema AS s FROM information_schema.tables WHERE table_name = 'outbox' AND table_schema = ANY($1)`,
      [[...OUTBOX_SOURCES]],
    );
    for (const { s } of schemas) {
      const topics = s === 'workflow' ? RELAYED_TOPICS.filter((t) => t !== DEADLINE_CHANGED) : [DEADLINE_CHANGED];
      const rows: Array<{ id: string; topic: string }> = await this.db.query(unfinishedRowsSql(s), [topics]);
      // The council's session moves the Front was not told of.
      if (s === 'council') rows.push(...(await this.db.query(SESSION_MOVES_UNFOLLOWED_SQL, [REPLAY_WINDOW])));
      for (const r of rows) {
        const ref = { source: s, outboxId: r.id };
        const name = TOPIC_JOBS[r.topic];
        const outcome = await ensureJob(this.queue, name, ref, { ...this.jobOptions(name), jobId: outboxJobId(ref) });
        if (outcome === 'added' || outcome === 'retried') replayed++;
      }
    }
    return replayed;
  }
}
