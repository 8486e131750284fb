/**
 * `npm start`: the whole system on one machine with demo data. `npm start` first runs
 * scripts/build.js (transpile what changed into .build/), then this file's transpiled twin,
 * which owns every process it starts:
 * Postgres and Redis (embedded or local when none answers) → mail sink → migrations and
 * demo data (a one-off child) → the four subgraphs, the gateway and the workers (with the
 * dashboard) → URLs and a demo admin token.
 * SIGTERM, SIGINT or SIGHUP stop everything in order (see start/children.ts); a child that
 * dies stops everything.
 *
 * Each start-up step is one awaited call in main(). The launcher imports core's config,
 * logging and demo ids by path, not the whole of @phoihop/core, so that it stays a small
 * process: the heavy work (TypeORM, Apollo) runs in the children.
 */
import { loadConfig, type Config } from '../services/core/src/config';
import { DEMO } from '../services/core/seed';
import { createLogger } from '../services/core/src/logging';
import { Stack } from './start/children';
import { ensureInfra } from './start/infra';
import { startMailSink } from './start/mail-sink';
import { ensureDevelopmentSecrets, TOKEN_NOT_PRINTED } from './start/secrets';

/** Every subgraph (scripts/services.ts lists their definitions; here only the processes). */
const SUBGRAPHS = ['council', 'committee', 'front', 'notifications'] as const;
const logger = createLogger('start');
const stack = new Stack(logger);

async function waitHealthy(name: string, url: string, deadline: number) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not become healthy at ${url} within 60 s`);
}

function banner(config: Config, seconds: string, token: string, mailCaught: boolean) {
  const gw = `http://localhost:${config.ports.gateway}`;
  return `
Phối Hợp is up (${seconds} s)

  GraphQL + GraphiQL  ${gw}/
  GraphQL endpoint    ${gw}/graphql
  Queue dashboard     http://localhost:${config.ports.dashboard}/admin/queues   (sign in with the token below)
  Health              ${gw}/ready
  Year's report       ${gw}/reports/coordination/${DEMO.jurisdictions.hongLinh.id}/2022
  Emails${mailCaught ? ' (caught)  .data/mail/*.eml' : `             ${config.delivery.smtpUrl}`}

  Demo admin token (Authorization: Bearer …):
  ${token}

  Other demo users: npm run token -- staff   (every demo user: README, Tokens)
  Stop: Ctrl-C, or kill ${process.pid} (SIGTERM/SIGINT/SIGHUP).
`;
}

async function main() {
  const started = Date.now();
  // Generated into .data/secrets.json at first start; the children inherit them.
  ensureDevelopmentSecrets();
  const base = loadConfig();
  const infra = await ensureInfra({ databaseUrl: base.databaseUrlConfigured, redisUrl: base.redisUrl, logger });
  stack.atStop(infra.stop);
  const env = { ...process.env, DATABASE_URL: infra.databaseUrl, REDIS_URL: infra.redisUrl };
  const config = loadConfig(env);

  const mailSink = await startMailSink(config.delivery.smtpUrl, logger);
  if (mailSink) stack.atStop(mailSink.stop);

  await stack.run('migrations and demo data', 'scripts/seed.ts', [], env);

  // The supergraph is static, so nothing waits for anything: all start at once.
  stack.launch('gateway', 'gateway/src/main.ts', 0, env);
  for (const name of SUBGRAPHS) stack.launch(name, `services/${name}/src/main.ts`, 1, env);
  stack.launch('workers', 'workers/src/main.ts', 2, env);
  // An 8-hour admin token, to a terminal only: a log (stdout to a file or pipe) never holds one.
  const token = process.stdout.isTTY ? stack.run('token', 'scripts/token.ts', ['admin', '--banner'], env, { capture: true }) : Promise.resolve(TOKEN_NOT_PRINTED);
  const deadline = Date.now() + 60_000;
  await Promise.all([
    ...SUBGRAPHS.map((name) => waitHealthy(name, config.subgraphUrls[name].replace(/\/graphql$/, '/health'), deadline)),
    waitHealthy('gateway', `http://127.0.0.1:${config.ports.gateway}/ready`, deadline),
    waitHealthy('dashboard', `http://127.0.0.1:${config.ports.dashboard}/health`, deadline),
  ]);

  console.log(banner(config, ((Date.now() - started) / 1000).toFixed(1), await token, !!mailSink));
}

stack.stopOnSignals();
main().catch((error: Error) => void stack.stop(1, `start failed: ${error.message}`));
