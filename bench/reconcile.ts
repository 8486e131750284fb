/**
 * `npm run bench:reconcile [-- --database=NAME]`: the reconciler's rebuild of every open
 * deadline's stage job after a Redis flush, on the bench ledger, under a queue prefix of its
 * own (obliterated before and after: the shared Redis keeps nothing of it). Reports the time,
 * rows per second and the process's peak RSS; `redis-benchmark -t set -q` beside it says what
 * this Redis does for plain SETs on this machine now.
 * The old loop (load every open row, then one job at a time) runs first as "before".
 */
import { createLogger, loadConfig, systemClock } from '@phoihop/core';
import { prepareWorkflowDatabase, WorkflowStore } from '@phoihop/workflow';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createQueue, jobOptionsOf, redisOptions, REMOTE_CALL_RETRY } from '../workers/src/queues';
import { Reconciler } from '../workers/src/reconciler';
import { StageJobs } from '../workers/src/schedule/stage-jobs';
import { benchDatabaseUrl } from './size';

async function main() {
  const url = benchDatabaseUrl(process.argv);
  const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'error' });
  const logger = createLogger('bench-reconcile', 'error');
  const db = await prepareWorkflowDatabase(url);
  const at = { redis: redisOptions(config.redisUrl), prefix: '{phoihop-bench-reconcile}' };
  const queue = createQueue('deadlines', at);
  const jobs = new StageJobs(queue, systemClock, logger, jobOptionsOf(REMOTE_CALL_RETRY));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const measure = async (name: string, run: () => Promise<number>) => {
    await queue.obliterate({ force: true });
    global.gc?.();
    peak = process.memoryUsage().rss;
    const before = peak;
    const t = performance.now();
    const n = await run();
    const s = (performance.now() - t) / 1000;
    console.log(`| ${name} | ${n.toLocaleString('en')} | ${s.toFixed(1)} | ${Math.round(n / s).toLocaleString('en')} | ${Math.round(before / 2 ** 20)} → ${Math.round(peak / 2 ** 20)} |`);
  };
  try {
    console.log(`redis-benchmark -t set -q -n 100000: ${execFileSync('redis-benchmark', ['-t', 'set', '-q', '-n', '100000'], { encoding: 'utf8' }).trim().split('\r').at(-1)}`);
    console.log('| reconciler | stage jobs | seconds | jobs/s | RSS MB (start → peak) |');
    console.log('|---|---|---|---|---|');
    await measure('before: every open row loaded, one job at a time', async () => {
      const open = await new WorkflowStore(db).openDeadlines();
      let n = 0;
      for (const d of open) if (d.nextStage && (await jobs.ensure(d))) n++;
      return n;
    });
    await measure('after: pages of 2,000, 50 jobs at once (Reconciler.run)', async () => {
      const reconciler = new Reconciler(db, queue, jobs, logger, async () => 0);
      return (await reconciler.run()).stageJobs;
    });
  } finally {
    clearInterval(sampler);
    await queue.obliterate({ force: true });
    await queue.close();
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
