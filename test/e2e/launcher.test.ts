/**
 * `npm start` stops like a service: SIGTERM, SIGINT and SIGHUP sent to the launcher each
 * stop every process within 10 s, exit 0, print no stack trace, and free every port. The
 * stack runs on ports, a database and a queue prefix of its own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase } from '../support/database';

const ROOT = join(__dirname, '..', '..');
const VARIABLES = ['GATEWAY_PORT', 'COUNCIL_PORT', 'COMMITTEE_PORT', 'FRONT_PORT', 'NOTIFICATIONS_PORT', 'DASHBOARD_PORT'] as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Every process below `pid`, from ps. */
function descendants(pid: number): number[] {
  const rows = spawnSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' }).stdout.trim().split('\n');
  const children = new Map<number, number[]>();
  for (const row of rows) {
    const [p, pp] = row.trim().split(/\s+/).map(Number);
    children.set(pp, [...(children.get(pp) ?? []), p]);
  }
  const all: number[] = [];
  const walk = (p: number) => (children.get(p) ?? []).forEach((c) => (all.push(c), walk(c)));
  walk(pid);
  return all;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let env: NodeJS.ProcessEnv;
  let ports: number[];

  beforeAll(async () => {
    db = await createTestDatabase('launcher');
    ports = [];
    for (let i = 0; i < VARIABLES.length + 1; i++) ports.push(await freePort());
    env = {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.url,
      QUEUE_PREFIX: `{launcher-${process.pid}}`,
      SMTP_URL: `smtp://127.0.0.1:${ports[VARIABLES.length]}`,
      ...Object.fromEntries(VARIABLES.map((v, i) => [v, String(ports[i])])),
    };
  });

  afterAll(async () => {
    await db?.drop();
  });

  /** Starts `npm start` and waits for its banner; returns the launcher's pid (printed there). */
  async function start(extra: NodeJS.ProcessEnv = {}) {
    const npm = spawn('npm', ['start'], { cwd: ROOT, env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
    const run = { out: '', launcher: 0, exited: new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code))) };
    npm.stdout.on('data', (c: Buffer) => (run.out += c.toString('utf8')));
    npm.stderr.on('data', (c: Buffer) => (run.out += c.toString('utf8')));
    const up = Date.now() + 120_000;
    while (!/Stop: Ctrl-C, or kill (\d+)/.test(run.out)) {
      if (Date.now() > up || npm.exitCode !== null) throw new Error(`npm start did not come up:\n${run.out}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    run.launcher = Number(/Stop: Ctrl-C, or kill (\d+)/.exec(run.out)![1]);
    return run;
  }

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    'stops everything on %s: in order, within 10 s, exit 0, every port free',
    async (signal) => {
      const run = await start();
      const launcher = run.launcher;
      const processes = descendants(launcher);
      expect(processes.length).toBeGreaterThanOrEqual(6); // gateway, four subgraphs, workers

      const sent = Date.now();
      process.kill(launcher, signal);
      const code = await run.exited;
      const took = Date.now() - sent;

      expect({ code, took: took <= 10_000 }).toEqual({ code: 0, took: true });
      expect(processes.filter(alive)).toEqual([]);
      for (const port of ports.slice(0, VARIABLES.length)) expect(await portIsFree(port)).toBe(true);
      const stopLog = run.out.slice(run.out.indexOf('Stop: Ctrl-C'));
      expect(stopLog).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)|ERR_|Error:/);
      expect(stopLog).toContain(`${signal} received: stopping`);
      const order = ['stopped gateway', 'stopped council, committee, front, notifications', 'stopped workers'].map((line) => stopLog.indexOf(line));
      expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    },
    150_000,
  );

  it('reports a child that dies by its name and stops everything', async () => {
    const run = await start();
    const processes = descendants(run.launcher);
    const council = processes.find((p) => spawnSync('ps', ['-o', 'args=', '-p', String(p)], { encoding: 'utf8' }).stdout.includes('services/council/'));
    process.kill(council!, 'SIGKILL');
    expect(await run.exited).toBe(1);
    expect(run.out).toContain('council exited (SIGKILL): stopping');
    expect(processes.filter(alive)).toEqual([]);
  }, 150_000);

  it('refuses a port Node cannot use, naming the variable', async () => {
    const npm = spawnSync('npm', ['start'], { cwd: ROOT, env: { ...env, COUNCIL_PORT: '6000' }, encoding: 'utf8', timeout: 60_000 });
    expect(npm.status).toBe(1);
    expect(npm.stdout + npm.stderr).toContain('Invalid environment variable COUNCIL_PORT: port 6000 is one Node');
  }, 70_000);
});
