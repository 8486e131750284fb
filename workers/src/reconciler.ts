import type { Logger } from '@phoihop/core';
import { DEADLINE_CHANGED } from '@phoihop/core';
import { WorkflowStore } from '@phoihop/workflow';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { ensureJob } from './job-state';
import { OUTBOX_SOURCES, outboxJobId, RELAYED_TOPICS, TOPIC_JOBS, type OutboxSource } from './ledger/sources';
import type { JobOptionsOf } from './queues';
import type { StageJobs } from './schedule/stage-jobs';

/** How far back the reconciler looks for relayed changes the ledger never got. */
const REPLAY_WINDOW = '32 days';
/** Stage jobs checked at once: enough to keep Redis busy, few enough not to crowd the workers. */
const RECONCILE_PARALLEL = 50;

export interface ReconcileResult {
  /** Relayed outbox rows whose job was added again or retried. */
  replayed: number;
  stageJobs: number;
  /** Stage jobs added again (lost with Redis). */
  added: number;
  /** Stage jobs that had failed and were retried. */
  retried: number;
  deliveries: number;
}

/**
 * Relayed rows whose work is not done: a service's `deadline.changed` newer than what the
 * ledger applied for its item; a workflow request (reschedule, recompute) its handler never
 * marked processed.
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
 * job. Safe to run any time, on any replica: every add is by deterministic id. Only jobs that
 * failed with UnrecoverableError stay failed (their reason is on the dashboard).
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
  ) {}

  async run(): Promise<ReconcileResult> {
    await this.ensureSchedulers();
    const replayed = await this.replayUnfinishedRows();
    let stageJobs = 0;
    let added = 0;
    let retried = 0;
    // A page of open deadlines at a time, its jobs checked RECONCILE_PARALLEL at once: Redis
    // round trips overlap, memory stays one page whatever the ledger's size (issue 12).
    for await (const page of new WorkflowStore(this.db).openDeadlinePages()) {
      const staged = page.filter((d) => d.nextStage);
      stageJobs += staged.length;
      for (let i = 0; i < staged.length; i += RECONCILE_PARALLEL) {
        for (const outcome of await Promise.all(staged.slice(i, i + RECONCILE_PARALLEL).map((d) => this.jobs.ensure(d)))) {
          if (outcome === 'added') added++;
          if (outcome === 'retried') retried++;
        }
      }
    }
    const deliveries = await this.deliveryReconcile();
    const result = { replayed, stageJobs, added, retried, deliveries };
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
