/**
 * A soak: petitions and reads through the gateway for the profile's duration (10 minutes by
 * default), every accepted petition on the ledger once, resident memory of each process at
 * the start and the end.
 */
import { codesOf, ledgerRowsFor, loop, newTally, READS, receive } from '../load';
import type { Scenario } from '../outcome';
import { PROCESSES, type ProcessName } from '../stack';
import { adminToken, gql, unscheduled, waitUntil, type World } from '../world';

const memory = (w: World) => Object.fromEntries((Object.keys(PROCESSES) as ProcessName[]).map((n) => [n, w.stack.rssMb(n)]));

export const soak: Scenario = {
  name: 'soak',
  async run(w) {
    const seconds = w.profile === 'short' ? 40 : 600;
    const token = await adminToken(w);
    const t = newTally();
    const start = memory(w);
    const end = Date.now() + seconds * 1000;
    await loop(4, () => Date.now() > end, async (i) => {
      if (i % 3 === 0) await receive(w, token, t, 'soak', i);
      else {
        const r = await gql(w, token, READS[i % READS.length]);
        if (!r.body || (r.body.errors && !r.body.errors.every((e) => e.extensions?.code))) t.uncoded.push(r);
        if (r.body?.errors) for (const e of r.body.errors) t.codes.set(e.extensions?.code ?? '(none)', (t.codes.get(e.extensions?.code ?? '(none)') ?? 0) + 1);
      }
    });
    await waitUntil(async () => (await ledgerRowsFor(w, t.succeeded)).found === t.succeeded.length, 60_000);
    const ledger = await ledgerRowsFor(w, t.succeeded);
    const finish = memory(w);
    const broken = await unscheduled(w);
    return {
      expected: t.succeeded.length,
      found: ledger.found,
      lost: t.succeeded.length - ledger.found,
      doubled: ledger.doubled,
      inWindow: 0,
      ok: ledger.found === t.succeeded.length && ledger.doubled === 0 && t.uncoded.length === 0 && t.succeeded.length > 0 && broken === 0,
      notes: [
        `${seconds} s, ${t.sent} petitions (${t.succeeded.length} accepted) and reads; errors: ${codesOf(t)}; responses without a code ${t.uncoded.length}; deadlines past due without a job ${broken}`,
        `memory MB start → end: ${Object.keys(start).map((n) => `${n} ${start[n]}→${finish[n]}`).join(', ')}`,
      ],
    };
  },
};
