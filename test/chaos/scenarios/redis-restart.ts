/**
 * Redis restarted empty with reminders pending: every delayed stage job comes back from
 * Postgres (DESIGN.md rule 2) without anyone touching the workers.
 */
import type { Scenario } from '../outcome';
import { publishUpcoming, unscheduled, waitUntil, type World } from '../world';

async function liveStageJobs(w: World, items: string[]): Promise<number> {
  const { rows } = await w.db.query(
    `SELECT item_kind, item_id::text, version, next_stage FROM workflow.deadline WHERE item_id = ANY($1::uuid[]) AND next_stage IS NOT NULL`,
    [items],
  );
  let live = 0;
  for (const d of rows as Array<{ item_kind: string; item_id: string; version: number; next_stage: string }>) {
    const job = await w.queue.getJob(`deadline-${d.item_kind}-${d.item_id}-v${d.version}-${d.next_stage}`).catch(() => undefined);
    if (job && ['delayed', 'waiting', 'active', 'prioritized'].includes(await job.getState())) live++;
  }
  return live;
}

export const redisRestart: Scenario = {
  name: 'Redis restarted empty with reminders pending',
  async run(w) {
    const n = w.profile === 'short' ? 60 : 300;
    const items = await publishUpcoming(w, 'redis-restart', n);
    await waitUntil(async () => (await liveStageJobs(w, items)) === n, 60_000);
    const before = await liveStageJobs(w, items);
    await w.redis.kill();
    await new Promise((r) => setTimeout(r, 2000));
    await w.redis.start();
    const started = Date.now();
    await waitUntil(async () => (await liveStageJobs(w, items).catch(() => 0)) === n, 120_000);
    const found = await liveStageJobs(w, items);
    const seconds = Math.round((Date.now() - started) / 1000);
    const broken = await unscheduled(w);
    return {
      expected: n,
      found,
      lost: n - found,
      doubled: 0,
      inWindow: 0,
      ok: found === n && before === n && broken === 0,
      notes: [`${before} pending before the restart; ${found} rebuilt from Postgres in ${seconds} s; deadlines past due without a job ${broken}`],
    };
  },
};
