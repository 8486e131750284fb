/**
 * `npm run test:chaos` (issue 10, item 6): the real processes against a PostgreSQL and a Redis
 * of the suite's own, faults by kill -9, restarts and outages, and a count of every message
 * that should have gone out. `CHAOS_PROFILE=short` (or `--short`) is CI's: the same scenarios,
 * smaller and with a 40 s soak; the default soaks 10 minutes.
 *
 * Each scenario prints expected / found / lost / doubled; the run fails on any loss, any
 * in-app double, any write from bad input, any response without a code, and any email or
 * webhook sent twice outside the window the README documents. The last line reads
 * `chaos: N scenarios, 0 lost, 0 doubled` when all hold.
 */
import { committee as committeeService } from '@phoihop/committee';
import { loadConfig, prepareDatabase } from '@phoihop/core';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { redisOptions } from '../../workers/src/queues';
import { freePort, startPostgres, startRedis } from './infra';
import { line, type Outcome, type Scenario } from './outcome';
import { startSmtpSink, startWebhookSink } from './sinks';
import { burst200, killOnce } from './scenarios/deliveries';
import { hostileInput } from './scenarios/hostile';
import { postgresOutage } from './scenarios/postgres-outage';
import { redisRestart } from './scenarios/redis-restart';
import { relayKill } from './scenarios/relay-kill';
import { soak } from './scenarios/soak';
import { subgraphDown } from './scenarios/subgraph-down';
import { twoStalls } from './scenarios/two-stalls';
import { SUBGRAPHS, Stack } from './stack';
import { daysFromToday, HEAD, type World } from './world';

const SCENARIOS: Scenario[] = [killOnce, burst200, twoStalls, relayKill, redisRestart, subgraphDown, hostileInput, soak, postgresOutage];

const secret = () => randomBytes(24).toString('hex');

async function setUp(profile: World['profile']): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'phoihop-chaos-'));
  const pg = await startPostgres(dir);
  const redis = await startRedis();
  const [gateway, council, committee, front, notifications, dashboard, smtpPort, hookPort] = await Promise.all(Array.from({ length: 8 }, freePort));
  const smtp = await startSmtpSink(smtpPort);
  const hooks = await startWebhookSink(hookPort);
  const prefix = `{chaos-${randomBytes(4).toString('hex')}}`;
  const jwtSecret = secret();
  const databaseUrl = pg.url('phoihop_chaos');
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => ['PATH', 'HOME', 'LANG', 'TMPDIR'].includes(k)));
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: prefix,
    GATEWAY_PORT: String(gateway),
    COUNCIL_PORT: String(council),
    COMMITTEE_PORT: String(committee),
    FRONT_PORT: String(front),
    NOTIFICATIONS_PORT: String(notifications),
    DASHBOARD_PORT: String(dashboard),
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    WORKING_HOURS: '00:00-23:59',
    RECONCILE_EVERY_MS: '10000',
    // The suite's load comes from one user at one address: the gateway's rate limits (tested in
    // test/security/rate-limits.test.ts) would refuse most of it before it reaches what is tested.
    RATE_LIMIT_PER_USER: '1000000',
    RATE_LIMIT_PER_ADDRESS: '1000000',
    JWT_SECRET: jwtSecret,
    CONTEXT_SIGNING_KEY: secret(),
    DENOUNCER_KEY: randomBytes(32).toString('base64'),
    WEBHOOK_SIGNING_SECRET: secret(),
    METRICS_TOKEN: secret(),
  };
  const stack = new Stack(env, { gateway, council, committee, front, notifications, workers: dashboard, dashboard }, dir);
  // Migrations and the demo data (the ward's directory of officials, the escalation ladders).
  await stack.runScript('scripts/seed.ts');
  const db = new Pool({ connectionString: databaseUrl, max: 20 });
  db.on('error', () => undefined);
  // Every day of the run is a working day, and the economy department's head takes email and webhooks.
  for (let d = -1; d <= 3; d++) {
    await db.query(
      `INSERT INTO reference.calendar_exceptions (date, kind, reason, source) VALUES ($1, 'WORKING_DAY', 'Chạy thử chaos', 'chaos')
       ON CONFLICT (date) DO UPDATE SET kind = 'WORKING_DAY'`,
      [daysFromToday(d)],
    );
  }
  await db.query(
    `INSERT INTO workflow.notification_preference (recipient_type, recipient_id, channels, email, webhook_url, updated_at, updated_by)
     VALUES ('OFFICIAL', $1, '{IN_APP,EMAIL,WEBHOOK}', 'pham.van.cuong@bachonglinh.gov.vn', $2, now(), 'chaos')
     ON CONFLICT (recipient_type, recipient_id) DO UPDATE SET channels = EXCLUDED.channels, email = EXCLUDED.email, webhook_url = EXCLUDED.webhook_url`,
    [HEAD, hooks.url],
  );
  // Only the head takes email and webhooks (two per escalation of level 1): the rest of the
  // demo's preferences would only lengthen the burst; digests would wait for tomorrow.
  await db.query(`UPDATE workflow.notification_preference SET channels = '{IN_APP}', daily_digest = false WHERE recipient_id <> $1`, [HEAD]);
  const committeeDb = await prepareDatabase(committeeService, loadConfig({ ...env, LOG_LEVEL: 'silent' }));
  await Promise.all(SUBGRAPHS.map((s) => stack.start(s)));
  await stack.start('gateway');
  await stack.start('workers');
  const connection = { ...redisOptions(redis.url), maxRetriesPerRequest: null };
  const w: World = {
    dir,
    profile,
    pg,
    redis,
    stack,
    mail: smtp.receipts,
    hooks: hooks.receipts,
    db,
    committee: committeeDb,
    queue: new Queue('deadlines', { connection, prefix }),
    deliveryQueue: new Queue('delivery', { connection, prefix }),
    prefix,
    secret: jwtSecret,
    workerKills: [],
  };
  w.queue.on('error', () => undefined);
  w.deliveryQueue.on('error', () => undefined);
  const stopSinks = async () => {
    await smtp.stop();
    await hooks.stop();
  };
  tearDowns.push(async () => {
    await stack.stopAll();
    await w.queue.close().catch(() => undefined);
    await w.deliveryQueue.close().catch(() => undefined);
    await committeeDb.destroy().catch(() => undefined);
    await db.end().catch(() => undefined);
    await stopSinks();
    await redis.kill();
    await pg.destroy();
    if (!process.env.CHAOS_KEEP) rmSync(dir, { recursive: true, force: true });
  });
  return w;
}

const tearDowns: Array<() => Promise<void>> = [];

async function main(): Promise<number> {
  const profile: World['profile'] = process.argv.includes('--short') || process.env.CHAOS_PROFILE === 'short' ? 'short' : 'full';
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const started = Date.now();
  console.log(`chaos: profile ${profile}; starting PostgreSQL, Redis, sinks and the stack…`);
  const w = await setUp(profile);
  console.log(`chaos: stack up in ${Math.round((Date.now() - started) / 1000)} s (logs in ${w.dir}${process.env.CHAOS_KEEP ? '' : ', removed at the end; CHAOS_KEEP=1 keeps them'})`);
  const outcomes: Outcome[] = [];
  for (const s of SCENARIOS.filter((x) => !only || only.split(',').some((o) => x.name.includes(o)))) {
    const t0 = Date.now();
    let o: Outcome;
    try {
      o = { name: s.name, ...(await s.run(w)) };
    } catch (error) {
      o = { name: s.name, expected: 0, found: 0, lost: 0, doubled: 0, inWindow: 0, ok: false, notes: [`threw: ${(error as Error).stack ?? error}`] };
    }
    o.notes.push(`${Math.round((Date.now() - t0) / 1000)} s`);
    outcomes.push(o);
    console.log(line(o));
  }
  const lost = outcomes.reduce((n, o) => n + o.lost, 0);
  const doubled = outcomes.reduce((n, o) => n + o.doubled, 0);
  const inWindow = outcomes.reduce((n, o) => n + o.inWindow, 0);
  const failed = outcomes.filter((o) => !o.ok);
  console.log(`chaos: ${Math.round((Date.now() - started) / 1000)} s in all; ${inWindow} email/webhook resent with the same key inside the documented window; ${failed.length} failed${failed.length ? `: ${failed.map((o) => o.name).join('; ')}` : ''}`);
  console.log(`chaos: ${outcomes.length} scenarios, ${lost} lost, ${doubled} doubled`);
  return failed.length ? 1 : 0;
}

async function tearDown() {
  for (const t of tearDowns.splice(0)) await t().catch((error: Error) => console.error(`chaos: tear-down: ${error.message}`));
}

process.once('SIGINT', () => void tearDown().then(() => process.exit(130)));
main()
  .then(async (code) => {
    await tearDown();
    process.exit(code);
  })
  .catch(async (error: Error) => {
    console.error(`chaos: ${error.stack ?? error.message}`);
    await tearDown();
    process.exit(1);
  });
