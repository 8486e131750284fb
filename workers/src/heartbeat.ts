import type { Clock } from '@phoihop/core';
import type { DataSource } from 'typeorm';

/** `heartbeat`: proves a worker consumes jobs; the dashboard and health checks read the row. */
export function heartbeatHandler(db: DataSource, clock: Clock, worker: string) {
  return async (): Promise<string> => {
    await db.query(
      `INSERT INTO "workflow"."heartbeat" ("worker", "beat_at", "detail") VALUES ($1, $2, $3)
       ON CONFLICT ("worker") DO UPDATE SET "beat_at" = $2, "detail" = $3`,
      [worker, clock.now(), JSON.stringify({ pid: process.pid })],
    );
    return 'ok';
  };
}
