/**
 * The processes the bench measures, each its own Node process from the transpiled tree
 * (.build/, as `npm start` runs them), on ports of their own (4300-4305 by default,
 * BENCH_PORT_BASE moves them) and the bench database: the four subgraphs, this gateway and,
 * when installed, Hive Gateway on the same supergraph. No workers: the worker bench is apart.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SUBGRAPHS = ['council', 'committee', 'front', 'notifications'] as const;
export type Subgraph = (typeof SUBGRAPHS)[number];
const ROOT = join(__dirname, '..');

export interface BenchStack {
  env: NodeJS.ProcessEnv;
  gatewayUrl: string;
  hiveUrl: string | null;
  subgraphUrls: Record<Subgraph, string>;
  /** Process ids by name, for RSS readings. */
  pids: Record<string, number>;
  stop(): Promise<void>;
}

async function waitFor(url: string, name: string, init?: RequestInit) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { ...init, signal: AbortSignal.timeout(1000) })).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer at ${url} within 90 s`);
}

function benchPorts() {
  const base = Number(process.env.BENCH_PORT_BASE ?? 4300);
  return { gateway: base, council: base + 1, committee: base + 2, front: base + 3, notifications: base + 4, hive: base + 5, dashboard: base + 10 };
}

/** The environment of every bench process: own database, ports, queue prefix; `npm start`'s secrets. */
export function benchEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const ports = benchPorts();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: '{phoihop-bench}',
    LOG_LEVEL: 'warn',
    GATEWAY_PORT: String(ports.gateway),
    COUNCIL_PORT: String(ports.council),
    COMMITTEE_PORT: String(ports.committee),
    FRONT_PORT: String(ports.front),
    NOTIFICATIONS_PORT: String(ports.notifications),
    DASHBOARD_PORT: String(ports.dashboard),
    // The bench is a few users hammering on purpose; the limits are tested in test/security.
    RATE_LIMIT_PER_USER: '100000000',
    RATE_LIMIT_PER_ADDRESS: '100000000',
  };
  // Secrets as `npm start` has them (.data/secrets.json, made by bench:data).
  const secrets = JSON.parse(readFileSync(join(ROOT, '.data', 'secrets.json'), 'utf8')) as Record<string, string>;
  for (const [k, v] of Object.entries(secrets)) env[k] ??= v;
  return env;
}

export async function startBenchStack(databaseUrl: string, o: { hive: boolean }): Promise<BenchStack> {
  const ports = benchPorts();
  const env = benchEnv(databaseUrl);
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.js')], { stdio: 'inherit' });
  const children: Array<[string, ChildProcess]> = [];
  const launch = (name: string, args: string[]) => {
    const child = spawn(process.execPath, args, { env, cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push([name, child]);
  };
  // BENCH_NODE_ARGS: extra Node flags for the gateway and the subgraphs, e.g. `--cpu-prof
  // --cpu-prof-dir=/tmp/prof` or `--heapsnapshot-signal=SIGUSR2` (bench/NOTES.md, profiling).
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  for (const name of SUBGRAPHS) launch(name, ['--max-semi-space-size=1', ...extra, join(ROOT, '.build', 'services', name, 'src', 'main.js')]);
  launch('gateway', ['--max-semi-space-size=1', ...extra, join(ROOT, '.build', 'gateway', 'src', 'main.js')]);
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((n) => [n, `http://127.0.0.1:${ports[n]}/graphql`])) as Record<Subgraph, string>;
  const stop = () =>
    Promise.all(
      children.map(
        ([, c]) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.kill('SIGTERM');
            setTimeout(() => c.kill('SIGKILL'), 8000).unref();
          }),
      ),
    ).then(() => undefined);
  let hiveUrl: string | null = null;
  try {
    await Promise.all(SUBGRAPHS.map((n) => waitFor(subgraphUrls[n].replace(/graphql$/, 'health'), n)));
    await waitFor(`http://127.0.0.1:${ports.gateway}/ready`, 'gateway');
    if (o.hive) {
      launch('hive', ['--conditions=development', '--import', 'tsx', join(ROOT, 'bench', 'hive.ts'), String(ports.hive)]);
      hiveUrl = `http://127.0.0.1:${ports.hive}/graphql`;
      await waitFor(hiveUrl, 'hive', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    env,
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    hiveUrl,
    subgraphUrls,
    pids: Object.fromEntries(children.map(([n, c]) => [n, c.pid!])),
    stop,
  };
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Resident set size of a process in MB, from /proc. */
export function rssMb(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}
