/**
 * PostgreSQL stopped for 20 s under load: clients get coded errors meanwhile (never a driver's
 * text, never a bare page), every accepted petition reaches the ledger, and the system
 * recovers by itself.
 */
import { codesOf, ledgerRowsFor, loop, newTally, receive } from '../load';
import type { Scenario } from '../outcome';
import { adminToken, waitUntil } from '../world';

export const postgresOutage: Scenario = {
  name: 'PostgreSQL stopped 20 s under load',
  async run(w) {
    const token = await adminToken(w);
    const t = newTally();
    const after = newTally();
    let phase: 'before' | 'down' | 'after' | 'done' = 'before';
    const leaks: string[] = [];
    const running = loop(3, () => phase === 'done', async (i) => {
      const tally = phase === 'after' ? after : t;
      const before = tally.uncoded.length;
      await receive(w, token, tally, 'pg-outage', i);
      if (tally.uncoded.length > before) leaks.push(tally.uncoded[tally.uncoded.length - 1].text.slice(0, 160));
      await new Promise((r) => setTimeout(r, 100));
    });
    await new Promise((r) => setTimeout(r, 4000));
    phase = 'down';
    await w.pg.stop();
    await new Promise((r) => setTimeout(r, 20_000));
    await w.pg.start();
    const restarted = Date.now();
    // Recovered once a petition goes through again.
    phase = 'after';
    await waitUntil(async () => after.succeeded.length >= 5, 60_000);
    const recoveredS = Math.round((Date.now() - restarted) / 1000);
    phase = 'done';
    await running;
    const accepted = [...t.succeeded, ...after.succeeded];
    await waitUntil(async () => (await ledgerRowsFor(w, accepted)).found === accepted.length, 60_000);
    const ledger = await ledgerRowsFor(w, accepted);
    const uncoded = t.uncoded.length + after.uncoded.length;
    return {
      expected: accepted.length,
      found: ledger.found,
      lost: accepted.length - ledger.found,
      doubled: ledger.doubled,
      inWindow: 0,
      ok: ledger.found === accepted.length && ledger.doubled === 0 && uncoded === 0 && after.succeeded.length >= 5,
      notes: [
        `${t.sent + after.sent} petitions sent, ${accepted.length} accepted, all on the ledger: ${ledger.found}; recovered ${recoveredS} s after the restart`,
        `codes: ${codesOf(t)}${after.codes.size ? `; after: ${codesOf(after)}` : ''}`,
        ...(leaks.length ? [`${leaks.length} responses without a code, e.g. ${leaks[0]}`] : []),
        ...(t.driverText ? [`${t.driverText} error messages carried a driver's text (ECONNREFUSED…): item 4's masking`] : []),
      ],
    };
  },
};
