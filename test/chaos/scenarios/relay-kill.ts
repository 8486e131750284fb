/**
 * The relay killed between adding a job and marking its outbox row: the row is relayed again
 * after the restart, with the same job id, and the ledger applies each change once.
 *
 * The scenario holds a SHARE lock on the committee's outbox: the relay selects its rows and
 * adds their jobs, then waits on the UPDATE that marks them; that is where it is killed.
 */
import type { Scenario } from '../outcome';
import { killWorkers, publishUpcoming, waitUntil, type World } from '../world';

async function ledgerOf(w: World, items: string[]) {
  const { rows } = await w.db.query(
    `SELECT d.item_id::text, d.version, d.next_stage, (SELECT count(*)::int FROM workflow.deadline_event e WHERE e.deadline_id = d.id AND e.kind = 'OPENED') AS opened
       FROM workflow.deadline d WHERE d.item_id = ANY($1::uuid[])`,
    [items],
  );
  return rows as Array<{ item_id: string; version: number; next_stage: string | null; opened: number }>;
}

export const relayKill: Scenario = {
  name: 'relay killed between adding jobs and marking their outbox rows',
  async run(w) {
    const n = w.profile === 'short' ? 40 : 200;
    await killWorkers(w);
    const items = await publishUpcoming(w, 'relay-kill', n);
    const { rows: outbox } = await w.db.query(`SELECT id::text FROM committee.outbox WHERE aggregate_id = ANY($1::uuid[])`, [items]);
    const jobIds = (outbox as Array<{ id: string }>).map((r) => `outbox-committee-${r.id}`);
    const lock = await w.db.connect();
    let added = 0;
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE committee.outbox IN SHARE MODE');
      await w.stack.start('workers');
      // The relay adds a batch (up to 100 rows) and waits on its UPDATE: the kill lands there.
      const batch = Math.min(n, 80);
      await waitUntil(async () => {
        added = 0;
        for (const id of jobIds) if (await w.queue.getJob(id)) added++;
        return added >= batch;
      }, 60_000);
      await killWorkers(w);
      await lock.query('COMMIT');
    } finally {
      lock.release();
    }
    const { rows: unmarked } = await w.db.query(`SELECT count(*)::int AS n FROM committee.outbox WHERE aggregate_id = ANY($1::uuid[]) AND relayed_at IS NULL`, [items]);
    await w.stack.start('workers');
    await waitUntil(async () => (await ledgerOf(w, items)).filter((d) => d.next_stage).length === n, 60_000);
    const { rows: still } = await w.db.query(`SELECT count(*)::int AS n FROM committee.outbox WHERE aggregate_id = ANY($1::uuid[]) AND relayed_at IS NULL`, [items]);
    const ledger = await ledgerOf(w, items);
    const doubled = ledger.filter((d) => d.version !== 1 || d.opened !== 1).length;
    return {
      expected: n,
      found: ledger.length,
      lost: n - ledger.length,
      doubled,
      inWindow: 0,
      ok: ledger.length === n && doubled === 0 && still[0].n === 0 && unmarked[0].n === n,
      notes: [`${added} jobs added and ${unmarked[0].n} rows left unmarked at the kill; after the restart ${still[0].n} unmarked, each change applied once`],
    };
  },
};
