import type { StageJobData } from '@phoihop/workflow';
import type { DataSource } from 'typeorm';

/**
 * Records on the ledger that the stage it waits for failed for good, with the handler's
 * reason; true when the ledger still waited for that stage (a moved or resolved item has
 * nothing to record). Only a handler's own UnrecoverableError gets here: BullMQ's stall
 * failures never pass through a handler, so the reconciler retries them.
 */
export async function recordFinalFailure(db: DataSource, job: StageJobData, reason: string, at: Date): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `WITH f AS (UPDATE "workflow"."deadline" SET "failed_version" = "version", "failed_stage" = "next_stage", "failed_at" = $5, "failure_reason" = $6
        WHERE "item_kind" = $1 AND "item_id" = $2 AND "version" = $3 AND "next_stage" = $4 AND "state" = 'OPEN' RETURNING "id")
     SELECT "id" FROM f`,
    [job.itemKind, job.itemId, job.version, job.stage, at, reason.slice(0, 2000)],
  );
  return rows.length > 0;
}
