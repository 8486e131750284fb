/**
 * `npm run bench:engine [-- --quick] [--n=100000] [--backlog=20000] [--root=DIR] [--spread=S] [--node-flags='…']`: the worker
 * engine (issue 12). In a database of its own (`phoihop_engine`, re-created) it starts ONE
 * real workers process (the workers' own entry, built as `npm start` builds it, from `--root`,
 * this checkout by default, so another checkout's engine runs against the same bench) on a
 * queue prefix of its own, then seeds open deadlines with set-based SQL and their stage jobs:
 *   1. a backlog of past-due reminders (capacity: notifications written per second);
 *   2. N reminders falling due spread within one minute (lateness of each notification,
 *      `created_at` − the stage's due time, p50/p99/max).
 * Prints the worker's RSS (start/peak/end) and `redis-benchmark -t set -q -n 100000` on the
 * same Redis beside it. `--quick`: a backlog of 2,000 and 10,000 due within 10 s.
 *
 * `npm run bench:engine -- --reconcile [--n=1000000]`: N open deadlines (in
 * `phoihop_engine_1m`, kept between runs; `--database=NAME` makes it `NAME_1m`), the prefix flushed, the workers process started:
 * the time its reconciler takes to rebuild every stage job, jobs/s and its RSS.
 *
 * `engineFigures()` runs both and returns the lines `npm run bench -- --write` puts into
 * bench/RESULTS.md.
 */
import { stageJobId } from '@phoihop/workflow';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { childFlags } from '../scripts/start/children';
import { ensureDevelopmentSecrets } from '../scripts/start/secrets';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name: string) => process.argv.includes(`--${name}`);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** `--prefix=`, `--database=`, `--dashboard-port=`, `--log=`: where the bench runs, so that two benches can share the machine. */
const PREFIX = option('prefix') ?? '{phoihop-engine}';
const DATABASE = option('database') ?? 'phoihop_engine';
const DASHBOARD_PORT = Number(option('dashboard-port') ?? 4710);
const LOG_FILE = option('log') ?? '/tmp/bench-engine-workers.log';
const KINDS = `(ARRAY['COMPLAINT','ASSIGNMENT','RECOMMENDATION','VOTER_PETITION'])`;
const TITLES = `(ARRAY['Đơn khiếu nại của công dân số ','Nhiệm vụ theo văn bản chỉ đạo số ','Kiến nghị sau giám sát số ','Kiến nghị cử tri số '])`;
const SOURCES = `(ARRAY['committee','committee','council','front'])`;
const RAISED = `(ARRAY['CITIZEN','COUNCIL','COUNCIL','FRONT'])`;
const RULES = `(ARRAY['COMPLAINT_RESOLUTION@1','ASSIGNMENT@1','RECOMMENDATION_FOLLOW_UP@1','VOTER_PETITION_ANSWER@1'])`;

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dbUrl = (name: string) => `postgres://postgres@127.0.0.1:5432/${name}`;

async function recreateDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: dbUrl('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

/** Every key of the bench's own prefix (never another one): SCAN + UNLINK. */
async function flushPrefix(redis: IORedis): Promise<void> {
  const stream = redis.scanStream({ match: `${PREFIX}:*`, count: 5000 });
  for await (const keys of stream as AsyncIterable<string[]>) if (keys.length) await redis.unlink(...keys);
}

async function redisCpuSeconds(redis: IORedis): Promise<number> {
  const info = await redis.info('cpu');
  return Number(/used_cpu_user:([\d.]+)/.exec(info)![1]) + Number(/used_cpu_sys:([\d.]+)/.exec(info)![1]);
}

export function redisSetBenchmark(): string {
  const out = execFileSync('redis-benchmark', ['-t', 'set', '-q', '-n', '100000'], { encoding: 'utf8' });
  return out.trim().split('\r').at(-1)!.trim();
}

/** The workers process of a checkout, built and started as `npm start` does (scripts/start/children.ts). */
class WorkersProcess {
  readonly child: ChildProcess;
  peak = 0;
  private readonly sampler: NodeJS.Timeout;
  readonly exited: Promise<void>;

  constructor(root: string, database: string, logFile: string) {
    execFileSync(process.execPath, [join(root, 'scripts/build.js')], { stdio: 'ignore' });
    const env = { ...process.env, DATABASE_URL: dbUrl(database), REDIS_URL, QUEUE_PREFIX: PREFIX, DASHBOARD_PORT: String(DASHBOARD_PORT), LOG_LEVEL: 'info' };
    // `--cpu-prof`: the workers write a V8 profile into /tmp/bench-engine-prof when they stop.
    // `--node-flags='…'` replaces the flags npm start gives its children (scripts/start/children.ts).
    const prof = flag('cpu-prof') ? '--cpu-prof --cpu-prof-dir=/tmp/bench-engine-prof' : '';
    const flags = option('node-flags') ?? childFlags('workers').join(' ');
    this.child = spawn('sh', ['-c', `exec "${process.execPath}" ${flags} ${prof} .build/workers/src/main.js >> "${logFile}" 2>&1`], { cwd: root, env, stdio: 'ignore' });
    this.exited = new Promise((r) => this.child.once('exit', () => r()));
    this.sampler = setInterval(() => (this.peak = Math.max(this.peak, this.rss())), 100);
  }

  /** CPU seconds the process has used (user + system), from /proc. */
  cpuSeconds(): number {
    try {
      const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return 0;
    }
  }

  rss(): number {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'));
      return kb ? Number(kb[1]) * 1024 : 0;
    } catch {
      return 0;
    }
  }

  /** Resolves once the dashboard answers: the workers are ready (after their first reconcile). */
  async ready(timeoutMs = 600_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`workers exited (${this.child.exitCode ?? this.child.signalCode})`);
      if (await fetch(`http://127.0.0.1:${DASHBOARD_PORT}/login`).then(() => true, () => false)) return;
      await sleep(100);
    }
    throw new Error('workers not ready');
  }

  async stop(): Promise<void> {
    clearInterval(this.sampler);
    this.child.kill('SIGTERM');
    await this.exited;
  }
}

/**
 * Open deadlines whose next stage is the reminder R5, `next_at` from `from` spread over
 * `spreadMs`, due in ten days; their due times in `public.engine_due` (phase) for the lateness.
 */
async function seedDeadlines(db: Client, phase: string, n: number, from: Date, spreadMs: number): Promise<void> {
  await db.query(
    `WITH d AS (
       INSERT INTO workflow.deadline (item_kind, item_id, jurisdiction_id, source, last_event_id, state, due_date, start_date, rule, title,
              assignee_body, assignee_department_id, assignee_official_id, raised_by, field, next_stage, next_at)
       SELECT ${KINDS}[1 + n % 4], md5('engine-' || $1 || '-' || n)::uuid, md5('engine-j-' || (n % 100))::uuid, ${SOURCES}[1 + n % 4], 1, 'OPEN',
              current_date + 10, current_date - 20, ${RULES}[1 + n % 4], ${TITLES}[1 + n % 4] || n, 'COMMITTEE',
              md5('engine-d-' || (n % 500))::uuid, CASE WHEN n % 4 = 0 THEN md5('engine-o-' || (n % 500))::uuid END, ${RAISED}[1 + n % 4], 'LAND',
              'R5', $2::timestamptz + (n * $3::float8 / $4) * interval '1 millisecond'
         FROM generate_series(0, $4 - 1) n
       RETURNING item_id, next_at)
     INSERT INTO public.engine_due (phase, item_id, due_at) SELECT $1, item_id, next_at FROM d`,
    [phase, from.toISOString(), spreadMs, n],
  );
}

/** The stage jobs of a phase's deadlines, added as the reconciler would: deterministic ids, delay to `next_at`. */
async function addStageJobs(db: Client, queue: Queue, phase: string): Promise<void> {
  const { rows } = await db.query<{ item_kind: string; item_id: string; version: number; next_at: Date }>(
    `SELECT d.item_kind, d.item_id, d.version, d.next_at FROM workflow.deadline d JOIN public.engine_due e USING (item_id) WHERE e.phase = $1`,
    [phase],
  );
  const opts = { attempts: 12, backoff: { type: 'capped-exponential', delay: 5_000 } };
  for (let i = 0; i < rows.length; i += 1000) {
    const now = Date.now();
    await queue.addBulk(
      rows.slice(i, i + 1000).map((r) => {
        const d = { itemKind: r.item_kind, itemId: r.item_id, version: r.version };
        const data = { ...d, stage: 'R5' };
        return { name: 'stage', data, opts: { ...opts, jobId: stageJobId(d, 'R5'), delay: Math.max(0, r.next_at.getTime() - now) } };
      }),
    );
  }
}

interface PhaseFigures {
  phase: string;
  n: number;
  /** CPU seconds of the workers process during the phase, and of the (shared) Redis server. */
  cpu: number;
  redisCpu: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

async function phaseFigures(db: Client, phase: string, cpu: number, redisCpu: number): Promise<PhaseFigures> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n, extract(epoch FROM max(n.created_at) - min(e.due_at))::float8 AS seconds,
            extract(epoch FROM max(n.created_at) - min(n.created_at))::float8 AS busy,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM n.created_at - e.due_at))::float8 AS p50,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM n.created_at - e.due_at))::float8 AS p99,
            max(extract(epoch FROM n.created_at - e.due_at))::float8 AS max
       FROM workflow.notification n JOIN public.engine_due e ON e.item_id = n.item_id WHERE e.phase = $1`,
    [phase],
  );
  const r = rows[0];
  return { phase, n: r.n, cpu, redisCpu, seconds: r.seconds, perSecond: r.n / Math.max(r.busy, 1e-3), p50: r.p50, p99: r.p99, max: r.max };
}

async function waitForNotifications(db: Client, phase: string, n: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const { rows } = await db.query(`SELECT count(*)::int AS c FROM workflow.notification n JOIN public.engine_due e ON e.item_id = n.item_id WHERE e.phase = $1`, [phase]);
    if (rows[0].c >= n) return;
    await sleep(500);
  }
  console.warn(`phase ${phase}: timed out before ${n} notifications`);
}

export interface EngineRun {
  phases: PhaseFigures[];
  rss: { start: number; peak: number; end: number };
}

export async function engineRun(o: { root: string; backlog: number; n: number; spreadMs: number }): Promise<EngineRun> {
  const database = DATABASE;
  await recreateDatabase(database);
  const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  await flushPrefix(redis);
  const workers = new WorkersProcess(o.root, database, LOG_FILE);
  const db = new Client({ connectionString: dbUrl(database) });
  const queue = new Queue('deadlines', { connection: redis, prefix: PREFIX });
  try {
    await workers.ready();
    const start = workers.rss();
    await db.connect();
    await db.query(`CREATE TABLE public.engine_due (phase text NOT NULL, item_id uuid PRIMARY KEY, due_at timestamptz NOT NULL)`);
    const phases: PhaseFigures[] = [];
    const run = async (phase: string, n: number, leadMs: number, spreadMs: number) => {
      if (n === 0) return;
      const cpu = workers.cpuSeconds();
      const redisCpu = await redisCpuSeconds(redis);
      const from = new Date(Date.now() + leadMs);
      await seedDeadlines(db, phase, n, from, spreadMs);
      await addStageJobs(db, queue, phase);
      const late = Date.now() - from.getTime();
      if (late > 0) console.warn(`phase ${phase}: jobs added ${late} ms after the first was due`);
      await waitForNotifications(db, phase, n, spreadMs + Math.max(300_000, n * 40));
      phases.push(await phaseFigures(db, phase, workers.cpuSeconds() - cpu, (await redisCpuSeconds(redis)) - redisCpu));
    };
    await run('backlog', o.backlog, -1000, 0);
    await run('minute', o.n, 5_000 + o.n * 0.4, o.spreadMs);
    await sleep(3000);
    return { phases, rss: { start, peak: workers.peak, end: workers.rss() } };
  } finally {
    await workers.stop();
    await db.end().catch(() => undefined);
    await flushPrefix(redis);
    await queue.close();
    redis.disconnect();
  }
}

export interface ReconcileRun {
  jobs: number;
  seconds: number;
  readySeconds: number;
  rss: { start: number; peak: number; end: number };
  redisMb: number;
  /** CPU seconds of the (shared) Redis server and of the workers process during the rebuild. */
  redisCpu: number;
  workersCpu: number;
}

/** N open deadlines due over the coming months, their stage jobs flushed, the workers started: the rebuild. */
export async function reconcileRun(o: { root: string; n: number }): Promise<ReconcileRun> {
  const database = o.n === 1_000_000 ? `${DATABASE}_1m` : `${DATABASE}_${o.n}`;
  const admin = new Client({ connectionString: dbUrl('postgres') });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database])).rowCount;
  await admin.end();
  let db = new Client({ connectionString: dbUrl(database) });
  const seeded = exists ? await db.connect().then(() => db.query(`SELECT count(*)::int AS c FROM workflow.deadline WHERE state = 'OPEN'`)).then((r) => r.rows[0].c as number, () => 0) : 0;
  if (seeded !== o.n) {
    await db.end().catch(() => undefined);
    await recreateDatabase(database);
    // The workers migrate the schema; start them once on the empty database, then seed.
    const first = new WorkersProcess(o.root, database, LOG_FILE);
    await first.ready();
    await first.stop();
    db = new Client({ connectionString: dbUrl(database) });
    await db.connect();
    await db.query(`CREATE TABLE public.engine_due (phase text NOT NULL, item_id uuid PRIMARY KEY, due_at timestamptz NOT NULL)`);
    const t = performance.now();
    await seedDeadlines(db, 'reconcile', o.n, new Date(Date.now() + 86_400_000), 90 * 86_400_000);
    await db.query('VACUUM ANALYZE workflow.deadline');
    console.log(`seeded ${o.n.toLocaleString('en')} open deadlines in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await db.end();
  const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  await flushPrefix(redis);
  const delayed = `${PREFIX}:deadlines:delayed`;
  const redisCpu = await redisCpuSeconds(redis);
  const spawned = performance.now();
  const workers = new WorkersProcess(o.root, database, LOG_FILE);
  try {
    let start = 0;
    let first = 0;
    let count = 0;
    while (count < o.n) {
      if (workers.child.exitCode !== null || workers.child.signalCode !== null) throw new Error('workers exited');
      count = await redis.zcard(delayed);
      if (!start) start = workers.rss();
      if (count > 0 && !first) first = performance.now();
      if (count < o.n) await sleep(100);
    }
    const done = performance.now();
    const cpu = { redis: (await redisCpuSeconds(redis)) - redisCpu, workers: workers.cpuSeconds() };
    await workers.ready();
    const ready = performance.now();
    const info = await redis.info('memory');
    await sleep(2000);
    const seconds = (done - first) / 1000;
    return { jobs: count, seconds, readySeconds: (ready - spawned) / 1000, rss: { start, peak: workers.peak, end: workers.rss() }, redisMb: mb(Number(/used_memory:(\d+)/.exec(info)![1])), redisCpu: cpu.redis, workersCpu: cpu.workers };
  } finally {
    await workers.stop();
    await flushPrefix(redis);
    redis.disconnect();
  }
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

export function engineLines(run: EngineRun): string[] {
  return [
    '| phase | notifications | seconds (first due → last written) | written/s | lateness p50 s | p99 s | max s | workers CPU ms each | Redis CPU ms each (shared server) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...run.phases.map(
      (p) =>
        `| ${p.phase} | ${p.n.toLocaleString('en')} | ${f1(p.seconds)} | ${Math.round(p.perSecond).toLocaleString('en')} | ${f2(p.p50)} | ${f2(p.p99)} | ${f2(p.max)} | ${f2((p.cpu * 1000) / p.n)} | ${f2((p.redisCpu * 1000) / p.n)} |`,
    ),
    `workers RSS MB: start ${mb(run.rss.start)}, peak ${mb(run.rss.peak)}, end ${mb(run.rss.end)}`,
  ];
}

export function reconcileLines(r: ReconcileRun): string[] {
  return [
    `reconciler: ${r.jobs.toLocaleString('en')} stage jobs rebuilt in ${f1(r.seconds)} s (${Math.round(r.jobs / r.seconds).toLocaleString('en')} jobs/s), workers ready ${f1(r.readySeconds)} s after spawn;`,
    `workers RSS MB: start ${mb(r.rss.start)}, peak ${mb(r.rss.peak)}, end ${mb(r.rss.end)}; Redis used ${r.redisMb} MB with the jobs;`,
    `CPU per job: workers ${f2((r.workersCpu * 1000) / r.jobs)} ms (from spawn), Redis ${f2((r.redisCpu * 1000) / r.jobs)} ms (shared server)`,
  ];
}

/** The engine figures for bench/RESULTS.md (`npm run bench -- --write`): the default profile or the quick one. */
export async function engineFigures(quick: boolean): Promise<string[]> {
  ensureDevelopmentSecrets();
  const root = resolve(__dirname, '..');
  const set = redisSetBenchmark();
  const engine = await engineRun({ root, backlog: quick ? 2_000 : 20_000, n: quick ? 10_000 : 100_000, spreadMs: quick ? 10_000 : 60_000 });
  const reconcile = await reconcileRun({ root, n: quick ? 100_000 : 1_000_000 });
  return [`\`redis-benchmark -t set -q -n 100000\` on the same Redis: ${set}`, '', ...engineLines(engine), '', ...reconcileLines(reconcile)];
}

async function main() {
  ensureDevelopmentSecrets();
  const root = resolve(option('root') ?? join(__dirname, '..'));
  const quick = flag('quick');
  console.log(`engine from ${root}; redis-benchmark -t set -q -n 100000: ${redisSetBenchmark()}`);
  if (flag('reconcile')) {
    const r = await reconcileRun({ root, n: Number(option('n') ?? (quick ? 100_000 : 1_000_000)) });
    for (const line of reconcileLines(r)) console.log(line);
    return;
  }
  const run = await engineRun({
    root,
    backlog: Number(option('backlog') ?? (quick ? 2_000 : 20_000)),
    n: Number(option('n') ?? (quick ? 10_000 : 100_000)),
    spreadMs: Number(option('spread') ?? (quick ? 10 : 60)) * 1000,
  });
  for (const line of engineLines(run)) console.log(line);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
