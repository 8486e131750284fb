import type { Logger } from '@phoihop/core';
import { Deadline } from '@phoihop/notifications';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { OUTBOX_SOURCES, outboxJobId, TOPIC_JOBS } from './ledger/sources';
import type { StageJobs } from './schedule/stage-jobs';
import { DEADLINE_CHANGED } from '@phoihop/core';

/** How far back the reconciler looks for relayed changes the ledger never got. */
const REPLAY_WINDOW = '32 days';

export interface ReconcileResult {
  replayed: number;
  stageJobs: number;
  added: number;
  deliveries: number;
}

/**
 * Rebuilds Redis from Postgres (DESIGN.md rule 2): relayed changes whose job vanished before
 * it ran are relayed again, and every open deadline's next stage has its job. Safe to run
 * any time, on any replica: every add is by deterministic id.
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
  ) {}

  async run(): Promise<ReconcileResult> {
    await this.ensureSchedulers();
    const replayed = await this.replayLostChanges();
    const open = await this.db.getRepository(Deadline).find({ where: { state: 'OPEN' } });
    let added = 0;
    for (const d of open) {
      if (!d.nextStage) continue;
      if ((await this.jobs.ensure(d)) === 'added') added++;
    }
    const deliveries = await this.deliveryReconcile();
    const result = { replayed, stageJobs: open.filter((d) => d.nextStage).length, added, deliveries };
    if (replayed || added) this.logger.warn(result, 'reconciler restored jobs missing from Redis');
    return result;
  }

  private async replayLostChanges(): Promise<number> {
    let replayed = 0;
    const schemas: Array<{ s: string }> = await this.db.query(
      `SELECT table_schema AS s FROM information_schema.tables WHERE table_name = 'outbox' AND table_schema = ANY($1)`,
      [OUTBOX_SOURCES.filter((s) => s !== 'workflow')],
    );
    for (const { s } of schemas) {
      // Relayed rows newer than what the ledger has applied for their item.
      const rows: Array<{ id: string }> = await this.db.query(
        `SELECT o."id"::text AS "id" FROM "${s}"."outbox" o
           LEFT JOIN "workflow"."deadline" d ON d."item_kind" = o."aggregate_type" AND d."item_id" = o."aggregate_id"
          WHERE o."topic" = $1 AND o."relayed_at" IS NOT NULL AND o."created_at" > now() - interval '${REPLAY_WINDOW}'
            AND (d."id" IS NULL OR d."last_event_id" < o."id")
          ORDER BY o."id"`,
        [DEADLINE_CHANGED],
      );
      for (const r of rows) {
        const ref = { source: s as (typeof OUTBOX_SOURCES)[number], outboxId: r.id };
        if (await this.queue.getJob(outboxJobId(ref))) continue;
        await this.queue.add(TOPIC_JOBS[DEADLINE_CHANGED], ref, { jobId: outboxJobId(ref) });
        replayed++;
      }
    }
    return replayed;
  }
}
