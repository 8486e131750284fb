/**
 * `npm run bench [-- --write] [--quick] [--pairs=3] [--seconds=5] [--no-hive] [--only=dashboard] [--no-engine]`: the province
 * bench over the data of `npm run bench:data` (its own database, its own ports 4300+).
 * 1. The gateway's plan, observed in process: SQL statements and subgraph fetches per
 *    request at page sizes 1 and 50, and the fetches to replay.
 * 2. The stack as processes; for each scenario at 1 and 10 connections, autocannon runs
 *    interleaved A/B (this gateway, Hive Gateway; the order swaps each pair), each request
 *    with its own variables; medians and spreads over the pairs, and B/A as a ratio.
 * 3. The gateway's own plan replayed directly against the subgraphs, one connection: what
 *    the gateway adds.
 * 4. RSS of every process at rest, under load and at rest again.
 * `--write` regenerates bench/RESULTS.md. The machine is shared: figures carry the load average.
 */
import autocannon from 'autocannon';
import { loadConfig, signDevelopmentToken, signUserContext, type UserContext } from '@phoihop/core';
import { Client } from 'pg';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { engineFigures } from './engine';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startPlanRecorder, type Fetch } from './plan';
import { scenarios, type Asker, type Scenario } from './scenarios';
import { benchDatabaseUrl, benchSize, type BenchSize } from './size';
import { benchEnv, cpuMs, rssMb, startBenchStack, type BenchStack } from './stack';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const quick = flag('quick');
const PAIRS = option('pairs', quick ? 1 : 3);
const SECONDS = option('seconds', quick ? 2 : 5);
const POOL = 2000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs: number[]) => (xs.length > 1 ? `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}` : xs[0].toFixed(1));
const lines: string[] = [];
function out(line = '') {
  console.log(line);
  lines.push(line);
}

function userOf(as: Asker): UserContext {
  return { userId: `bench-staff-${as.departmentId}`, name: 'Cán bộ thử nghiệm', grants: [{ role: 'DEPARTMENT_STAFF', jurisdictionId: as.jurisdictionId, departmentId: as.departmentId }] };
}

interface Prepared {
  body: string;
  user: UserContext | null;
  authorization?: string;
}

async function prepare(s: Scenario, pageSize: number, secret: string): Promise<Prepared[]> {
  const tokens = new Map<string, string>();
  const pool: Prepared[] = [];
  for (let i = 0; i < POOL; i++) {
    const { variables, as } = s.request(i, pageSize);
    const user = as ? userOf(as) : null;
    let authorization: string | undefined;
    if (user) {
      authorization = tokens.get(user.userId);
      if (!authorization) tokens.set(user.userId, (authorization = `Bearer ${await signDevelopmentToken(user, secret)}`));
    }
    pool.push({ body: JSON.stringify({ query: s.query, variables }), user, authorization });
  }
  return pool;
}

interface Run {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  /** Requests answered in the run. */
  total: number;
}

function cannon(url: string, pool: Prepared[], connections: number): Promise<Run> {
  let k = Math.floor(Math.random() * pool.length);
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: SECONDS,
        method: 'POST',
        requests: [
          {
            setupRequest: (req: Record<string, unknown>) => {
              const r = pool[k++ % pool.length];
              return { ...req, method: 'POST', body: r.body, headers: { 'content-type': 'application/json', ...(r.authorization ? { authorization: r.authorization } : {}) } };
            },
          },
        ],
      },
      (error: Error | null, result: autocannon.Result) => {
        if (error) return reject(error);
        resolve({ p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.non2xx + result.timeouts, total: result.requests.total });
      },
    );
  });
}

/** Sends the i-th request once and fails loudly if the answer has errors: a fast error is no figure. */
async function check(url: string, r: Prepared, name: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(r.authorization ? { authorization: r.authorization } : {}) }, body: r.body });
  const answer = (await res.json()) as { errors?: unknown[] };
  if (res.status !== 200 || answer.errors) throw new Error(`${name}: ${res.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 400)}`);
}

async function counts(url: string): Promise<Record<string, number>> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const q = async (sql: string) => Number((await db.query(sql)).rows[0].n);
    return {
      communes: await q(`SELECT count(*) n FROM committee.jurisdiction WHERE level = 'COMMUNE'`),
      'citizen cases': await q('SELECT count(*) n FROM committee.citizen_case'),
      recommendations: await q('SELECT count(*) n FROM council.recommendation'),
      assignments: await q('SELECT count(*) n FROM committee.assignment'),
      'voter petitions': await q('SELECT count(*) n FROM front.voter_petition'),
      'ledger rows': await q('SELECT count(*) n FROM workflow.deadline'),
    };
  } finally {
    await db.end();
  }
}

function rssLine(stack: BenchStack) {
  return Object.entries(stack.pids)
    .map(([name, pid]) => `${name} ${rssMb(pid)}`)
    .join(', ');
}

async function main() {
  const url = benchDatabaseUrl(argv);
  const size: BenchSize = benchSize(argv);
  const started = new Date();
  const year = Number(started.toISOString().slice(0, 4));
  // --only=<words>: the scenarios whose name contains them (a profile of one page, say).
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const all = scenarios(size, year).filter((s) => !only || s.name.includes(only));
  const data = await counts(url);
  const version = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8' }).trim().split('\n')[0];
    } catch {
      return 'n/a';
    }
  };
  out('# Province bench — results');
  out();
  out(`Generated by \`npm run bench -- --write\` on ${started.toISOString()}; pairs ${PAIRS}, ${SECONDS} s per run.`);
  out(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${version('psql', ['--version'])}; ${version('redis-server', ['--version'])}.`);
  out(`**Shared and noisy**: seven engineers work on this 2-core machine; load average at start ${loadavg().map((l) => l.toFixed(1)).join(' / ')}. Compare ratios within one run, not absolute figures across runs.`);
  out(`Data (\`${new URL(url).pathname.slice(1)}\`): ${Object.entries(data).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}.`);
  out();

  // 1. The plan, observed.
  const stackEnv = benchEnv(url);
  const config = loadConfig(stackEnv);
  const secret = config.jwt.secret!;
  const recorder = await startPlanRecorder(url, stackEnv);
  const plans = new Map<string, Array<{ fetches: Fetch[]; user: UserContext | null; body: string }>>();
  out('## Statements and subgraph fetches per request');
  out();
  out('| scenario | page size | answer bytes | SQL statements (by subgraph) | subgraph fetches | ratio to page size 1 (target 1.0) |');
  out('|---|---|---|---|---|---|');
  try {
    for (const s of all) {
      const sizes = s.pageSizes ?? [50];
      let first: { sql: number; fetches: number } | undefined;
      for (const n of sizes) {
        const pool = (await prepare(s, n, secret)).slice(0, 5);
        const observed = [];
        for (const r of pool) observed.push(await recorder.observe(r.body, r.user));
        const bad = observed.find((o) => o.errors || o.status !== 200);
        if (bad) throw new Error(`${s.name}: ${bad.status} ${JSON.stringify(bad.errors).slice(0, 400)}`);
        const o = observed.at(-1)!;
        if (flag('verbose')) console.error(o.text.slice(0, 600));
        const sql = Object.values(o.statements).reduce((a, b) => a + b, 0);
        first ??= { sql, fetches: o.fetches.length };
        const ratio = sizes.length > 1 ? `${(sql / first.sql).toFixed(2)} (SQL), ${(o.fetches.length / first.fetches).toFixed(2)} (fetches)` : '—';
        out(`| ${s.name} | ${n} | ${o.bytes} | ${sql} (${Object.entries(o.statements).map(([k, v]) => `${k} ${v}`).join(', ')}) | ${o.fetches.length} (${o.fetches.map((f) => f.subgraph).join(' → ')}) | ${ratio} |`);
        if (n === sizes.at(-1)) plans.set(s.name, observed.map((x, i) => ({ fetches: x.fetches, user: pool[i].user, body: pool[i].body })));
      }
    }
  } finally {
    await recorder.close();
  }
  out();

  // 2. A/B under load.
  const hive = !flag('no-hive');
  const stack = await startBenchStack(url, { hive });
  try {
    const rest = rssLine(stack);
    const peers: Array<[string, string]> = [['this gateway', stack.gatewayUrl]];
    if (stack.hiveUrl) peers.push(['Hive Gateway', stack.hiveUrl]);
    out('## Under load: this gateway (A) and Hive Gateway (B), interleaved');
    out();
    out(`Hive Gateway 2.15.1: \`--jit\` (useJIT), one process, in-flight request merging off (inbound and outbound), a plugin signing the subgraph header as gateway/src/subgraph-source.ts does (bench/hive.ts). ${PAIRS} pairs of ${SECONDS} s runs, the order A/B swapped each pair; medians over the pairs, spreads min–max.`);
    out();
    out('| scenario | conns | A p50 ms | A p99 ms | A rps | B p50 ms | B p99 ms | B rps | rps A/B (target ≥ 1.0) | errors |');
    out('|---|---|---|---|---|---|---|---|---|---|');
    let peak = '';
    // CPU time of each of our processes per request, over this gateway's 10-connection runs.
    const cpu: Array<[string, Record<string, number>]> = [];
    const ours = Object.entries(stack.pids).filter(([name]) => name !== 'hive');
    for (const s of all) {
      const pool = await prepare(s, 50, secret);
      for (const [name, u] of peers) await check(u, pool[0], `${s.name} via ${name}`);
      for (const connections of [1, 10]) {
        const runs: Record<string, Run[]> = Object.fromEntries(peers.map(([n]) => [n, []]));
        for (let p = 0; p < PAIRS; p++) {
          const order = p % 2 === 0 ? peers : [...peers].reverse();
          for (const [name, u] of order) {
            const before = ours.map(([, pid]) => cpuMs(pid));
            const run = await cannon(u, pool, connections);
            runs[name].push(run);
            if (name === 'this gateway' && connections === 10) {
              const used = Object.fromEntries(ours.map(([n, pid], i) => [n, (cpuMs(pid) - before[i]) / Math.max(1, run.total)]));
              cpu.push([s.name, used]);
            }
          }
        }
        if (connections === 10 && !peak) peak = rssLine(stack);
        const a = runs['this gateway'];
        const b = runs['Hive Gateway'] ?? [];
        const fmt = (rs: Run[], k: keyof Run) => (rs.length ? `${median(rs.map((r) => r[k])).toFixed(1)} (${spread(rs.map((r) => r[k]))})` : '—');
        const ratio = b.length ? (median(a.map((r) => r.rps)) / median(b.map((r) => r.rps))).toFixed(2) : '—';
        const errors = [...a, ...b].reduce((n, r) => n + r.errors, 0);
        out(`| ${s.name} | ${connections} | ${fmt(a, 'p50')} | ${fmt(a, 'p99')} | ${fmt(a, 'rps')} | ${fmt(b, 'p50')} | ${fmt(b, 'p99')} | ${fmt(b, 'rps')} | ${ratio} | ${errors} |`);
      }
    }
    out();
    out('## CPU per request (this gateway, 10 connections; process CPU time / requests answered, median over the pairs)');
    out();
    out(`| scenario | ${ours.map(([n]) => `${n} ms`).join(' | ')} | subgraphs in all ms (target ≤ 5 for the dashboard) |`);
    out(`|---|${ours.map(() => '---|').join('')}---|`);
    for (const s of all) {
      const mine = cpu.filter(([name]) => name === s.name).map(([, used]) => used);
      if (!mine.length) continue;
      const per = (n: string) => median(mine.map((u) => u[n]));
      const subgraphs = ours.filter(([n]) => n !== 'gateway').reduce((sum, [n]) => sum + per(n), 0);
      out(`| ${s.name} | ${ours.map(([n]) => per(n).toFixed(1)).join(' | ')} | ${subgraphs.toFixed(1)} |`);
    }
    out();

    // 3. The plan replayed directly.
    out('## What the gateway adds (1 connection; its own plan replayed directly against the subgraphs)');
    out();
    out('Each recorded request is sent through the gateway, then its recorded subgraph fetches are sent one after the other directly (re-signed: nonces are single-use). Fetches the gateway runs in parallel are sequential here, so the direct figure is an upper bound and the overhead a lower bound.');
    out();
    out('| scenario | via gateway p50 ms | direct p50 ms | gateway adds ms (target ≤ 2) |');
    out('|---|---|---|---|');
    for (const s of all) {
      const recorded = plans.get(s.name) ?? [];
      const via: number[] = [];
      const direct: number[] = [];
      for (let round = 0; round < (quick ? 10 : 40); round++) {
        for (const r of recorded) {
          const auth = r.user ? `Bearer ${await signDevelopmentToken(r.user, secret)}` : undefined;
          let t = performance.now();
          await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: r.body }).then((x) => x.arrayBuffer());
          via.push(performance.now() - t);
          t = performance.now();
          for (const f of r.fetches) {
            const target = new URL(stack.subgraphUrls[f.subgraph as keyof typeof stack.subgraphUrls]);
            const signed = signUserContext(r.user, config.contextSigningKey!, new Date(), { method: 'POST', path: target.pathname, body: f.body });
            await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', ...signed }, body: f.body }).then((x) => x.arrayBuffer());
          }
          direct.push(performance.now() - t);
        }
      }
      out(`| ${s.name} | ${median(via).toFixed(1)} | ${median(direct).toFixed(1)} | ${(median(via) - median(direct)).toFixed(1)} |`);
    }
    out();
    await new Promise((r) => setTimeout(r, 10_000));
    out('## Memory (RSS, MB)');
    out();
    out(`- at rest, before load: ${rest}`);
    out(`- under load (first 10-connection run): ${peak}`);
    out(`- at rest again, 10 s after the load: ${rssLine(stack)}`);
    out();
  } finally {
    await stack.stop();
  }
  // The worker engine (bench/engine.ts) runs after the stack stopped; `--no-engine` skips it.
  if (!flag('no-engine')) for (const line of ['## Worker engine (bench/engine.ts)', '', ...(await engineFigures(quick)), '']) out(line);
  out(`Load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')}; the run took ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s.`);
  if (flag('write')) writeFileSync(join(__dirname, 'RESULTS.md'), `${lines.join('\n')}\n\n${NOTES}`);
}

/** The hand-written part of RESULTS.md, kept below the generated figures. */
const NOTES = `## Notes\n\nThe before/after of every row of issue 12's table, the plans (\`npm run bench:plans\`), the worker engine and the reconciler (\`npm run bench:engine\`) and what is left: bench/NOTES.md.\n`;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
