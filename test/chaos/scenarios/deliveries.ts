/**
 * kill -9 the workers mid-delivery: once with a few items, and twice in a burst of 200 with a
 * 400 ms SMTP and webhook sink. Every escalation reaches the inbox once; every email and
 * webhook arrives, and a second copy only with the same key, inside item 2's window.
 */
import type { Scenario } from '../outcome';
import { deliveriesOf, deliveriesSettled, escalationsDone, escalationsOf, killWorkers, publishOverdue, unscheduled, waitUntil, type World } from '../world';

async function burst(w: World, tag: string, items: number, killsAt: number[], settleMs: number) {
  w.mail.delayMs = 400;
  w.hooks.delayMs = 400;
  const receivedBefore = w.mail.all.length + w.hooks.all.length;
  const ids = await publishOverdue(w, tag, items);
  for (const at of killsAt) {
    // A kill once `at` of this burst's messages have reached the sinks: mid-delivery.
    await waitUntil(async () => w.mail.all.length + w.hooks.all.length - receivedBefore >= at, 120_000);
    await killWorkers(w);
    await w.stack.start('workers');
  }
  await waitUntil(async () => (await escalationsDone(w, ids)) && (await deliveriesSettled(w, ids)), settleMs);
  // Let a resend that is still in flight land before counting.
  await new Promise((r) => setTimeout(r, 1500));
  const inApp = await escalationsOf(w, ids);
  const sent = await deliveriesOf(w, ids);
  const broken = await unscheduled(w);
  w.mail.delayMs = 0;
  w.hooks.delayMs = 0;
  const outsideWindow = sent.doubled - sent.inWindow;
  return {
    expected: inApp.expected + sent.expected,
    found: inApp.found + sent.found,
    lost: inApp.lost + sent.lost,
    doubled: inApp.doubled + outsideWindow,
    inWindow: sent.inWindow,
    ok: inApp.lost === 0 && sent.lost === 0 && inApp.doubled === 0 && outsideWindow === 0 && sent.expected > 0 && broken === 0,
    notes: [
      `in-app escalations ${inApp.found}/${inApp.expected}, doubled ${inApp.doubled}; email+webhook ${sent.found}/${sent.expected}, doubled ${sent.doubled} (${sent.inWindow} inside the window); slowest first receipt ${sent.slowestS} s; kills ${killsAt.length}; deadlines past due without a job ${broken}`,
    ],
  };
}

export const killOnce: Scenario = {
  name: 'workers kill -9 once mid-delivery (10 items, 400 ms sinks)',
  run: (w) => burst(w, 'kill-once', 10, [6], 120_000),
};

export const burst200: Scenario = {
  name: 'burst of 200 with 400 ms sinks, workers kill -9 twice',
  run: (w) => burst(w, 'burst-200', 200, [60, 240], 240_000),
};
