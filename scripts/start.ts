/**
 * `npm start`: the whole system on one machine with demo data.
 * Postgres and Redis (embedded or local when none answers) → migrations and demo data →
 * the four subgraphs, the gateway and the workers (with the dashboard) as child processes
 * → URLs and a demo admin token. Ctrl-C stops everything.
 */
import { createLogger, DEMO, loadConfig, signDevelopmentToken, type Config } from '@phoihop/core';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_USERS } from './demo-users';
import { migrateAndSeed } from './seed';
import { services } from './services';
import { ensureInfra } from './start/infra';
import { startMailSink } from './start/mail-sink';
import { recomposeIfStale } from './start/stale';

const root = join(__dirname, '..');
const logger = createLogger('start');
const children: Array<{ name: string; child: ChildProcess }> = [];
let stopping = false;

function launch(name: string, entry: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', join(root, entry)], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      logger.error({ code, signal }, `${name} exited; stopping everything`);
      void stop(1);
    }
  });
  children.push({ name, child });
}

async function waitHealthy(name: string, url: string, deadline: number) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become healthy at ${url}`);
}

let infraStop: () => Promise<void> = async () => {};

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  logger.info('stopping…');
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  await infraStop();
  process.exit(code);
}

async function main() {
  const started = Date.now();
  const baseConfig = loadConfig();
  const infra = await ensureInfra({ databaseUrl: baseConfig.databaseUrlConfigured, redisUrl: baseConfig.redisUrl, logger });
  infraStop = infra.stop;
  const env = { ...process.env, DATABASE_URL: infra.databaseUrl, REDIS_URL: infra.redisUrl };
  const config: Config = loadConfig(env);

  const mailSink = await startMailSink(config.delivery.smtpUrl, logger);
  const stopInfra = infraStop;
  infraStop = async () => {
    await mailSink?.stop();
    await stopInfra();
  };

  await recomposeIfStale(logger);
  await migrateAndSeed(config);

  for (const s of services) launch(s.name, `services/${s.name}/src/main.ts`, env);
  const deadline = Date.now() + 60_000;
  await Promise.all(services.map((s) => waitHealthy(s.name, config.subgraphUrls[s.name].replace(/\/graphql$/, '/health'), deadline)));
  launch('gateway', 'gateway/src/main.ts', env);
  launch('workers', 'workers/src/main.ts', env);
  await waitHealthy('gateway', `http://127.0.0.1:${config.ports.gateway}/ready`, deadline);
  await waitHealthy('dashboard', `http://127.0.0.1:${config.ports.dashboard}/health`, deadline);

  const token = await signDevelopmentToken(DEMO_USERS.admin, config.jwt.secret, { expiresIn: '7d' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
Phối Hợp is up (${seconds} s)

  GraphQL + GraphiQL  http://localhost:${config.ports.gateway}/
  GraphQL endpoint    http://localhost:${config.ports.gateway}/graphql
  Queue dashboard     http://localhost:${config.ports.dashboard}/admin/queues   (sign in with the token below)
  Health              http://localhost:${config.ports.gateway}/ready
  Year's report       http://localhost:${config.ports.gateway}/reports/coordination/${DEMO.jurisdictions.hongLinh.id}/2022
  Emails${mailSink ? ' (caught)  .data/mail/*.eml' : `             ${config.delivery.smtpUrl}`}

  Demo admin token (Authorization: Bearer …):
  ${token}

  Other demo users: npm run token -- <${Object.keys(DEMO_USERS).join('|')}>
  Ctrl-C stops everything.
`);
}

process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));
main().catch((error: Error) => {
  logger.fatal({ err: error }, `start failed: ${error.message}`);
  void stop(1);
});
