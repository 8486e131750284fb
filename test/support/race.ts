import type { DataSource } from 'typeorm';
import type { GraphResponse } from './graph';
import { waitFor } from './wait';

/**
 * Holds a row's lock (`table` schema-qualified, `front.voter_petition`) from another connection
 * while the requests under test arrive, so they queue in a known order, then lets them through
 * together: the worst interleaving, every run.
 */
export async function race(db: DataSource, table: string, id: string, requests: Array<() => Promise<GraphResponse<unknown>>>) {
  const holder = db.createQueryRunner();
  await holder.connect();
  await holder.startTransaction();
  await holder.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  const waiting = async () => Number((await db.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n);
  const pending: Array<Promise<GraphResponse<unknown>>> = [];
  try {
    for (const request of requests) {
      const already = await waiting();
      let settled = false;
      pending.push(request().finally(() => (settled = true)));
      // Blocked on the held lock, or (a refusal before any lock) already answered.
      await waitFor(async () => settled || (await waiting()) > already);
    }
  } finally {
    await holder.commitTransaction();
    await holder.release();
  }
  return Promise.all(pending);
}
