/**
 * kill -9 the workers twice while the same stage job runs (a crash loop, two quick deploys):
 * BullMQ fails it as "job stalled more than allowable limit"; the reconciler must retry it
 * from the ledger, and the level-1 escalation go out once.
 *
 * To hold the job in its run, the scenario keeps an uncommitted inbox row with the key the
 * stage will insert: the stage's INSERT waits on it, as on any slow statement. The scenario
 * rolls it back once BullMQ has failed the job.
 */
import { recordDeadlineChange } from '@phoihop/core';
import { notificationKey } from '@phoihop/workflow';
import type { Scenario } from '../outcome';
import { daysFromToday, escalationsDone, escalationsOf, HEAD, killWorkers, recommendation, unscheduled, waitUntil, WARD, type World } from '../world';

async function jobOf(w: World, id: string) {
  const job = await w.queue.getJob(id);
  return job ? { state: await job.getState(), processedOn: job.processedOn, failedReason: job.failedReason } : null;
}

export const twoStalls: Scenario = {
  name: 'two kill -9 on the same running stage job (BullMQ fails it as stalled)',
  async run(w) {
    const notes: string[] = [];
    const blocker = await w.db.connect();
    let ids: string[] = [];
    try {
      await blocker.query('BEGIN');
      // The item id is known before it is published, so the blocking row can be in place first.
      const change = recommendation('two-stalls', 1, daysFromToday(-60));
      ids = [change.itemId];
      const n = { itemKind: 'RECOMMENDATION' as const, itemId: change.itemId, deadlineVersion: 1, stage: 'L1', recipientType: 'OFFICIAL' as const, recipientId: HEAD };
      await blocker.query(
        `INSERT INTO workflow.notification (key, recipient_type, recipient_id, jurisdiction_id, item_kind, item_id, deadline_version, stage, level, subject, body, created_at)
         VALUES ($1, 'OFFICIAL', $2, $3, 'RECOMMENDATION', $4, 1, 'L1', 1, 'chaos', 'chaos', now())`,
        [notificationKey(n), HEAD, WARD, change.itemId],
      );
      await w.committee.transaction((m) => recordDeadlineChange(m, change));
      const jobId = `deadline-RECOMMENDATION-${change.itemId}-v1-L1`;
      let run = await (async () => {
        await waitUntil(async () => (await jobOf(w, jobId))?.state === 'active', 60_000);
        return jobOf(w, jobId);
      })();
      for (let kill = 1; kill <= 2; kill++) {
        if (run?.state !== 'active') notes.push(`before kill ${kill} the job was ${run?.state ?? 'missing'}`);
        await killWorkers(w);
        await w.stack.start('workers');
        const before = run?.processedOn;
        if (kill === 1) {
          // The lock lapses, the stall check puts it back, the new workers run it again (and wait again).
          await waitUntil(async () => {
            const j = await jobOf(w, jobId);
            return j?.state === 'active' && j.processedOn !== before;
          }, 90_000);
          run = await jobOf(w, jobId);
        }
      }
      await waitUntil(async () => (await jobOf(w, jobId))?.state === 'failed', 90_000);
      const failed = await jobOf(w, jobId);
      notes.push(`BullMQ left the job ${failed?.state}: "${failed?.failedReason ?? ''}"`);
      await blocker.query('ROLLBACK');
    } finally {
      blocker.release();
    }
    await waitUntil(() => escalationsDone(w, ids), 90_000);
    const inApp = await escalationsOf(w, ids);
    const broken = await unscheduled(w);
    notes.push(`deadlines past due without a job ${broken}`);
    return { ...inApp, inWindow: 0, ok: inApp.lost === 0 && inApp.doubled === 0 && broken === 0, notes };
  },
};
