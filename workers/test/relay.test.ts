import { FixedClock, loadConfig } from '@phoihop/core';
import { prepareWorkflowDatabase } from '@phoihop/workflow';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/support/database';
import { waitFor } from '../../test/support/wait';
import { createQueue, redisOptions } from '../src/queues';
import { OutboxRelay } from '../src/relay/relay';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('outbox relay: its LISTEN connection', () => {
  const prefix = `{phoihop-test-${randomBytes(4).toString('hex')}}`;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let admin: Client;
  let config: ReturnType<typeof loadConfig>;
  const queue = () => createQueue('deadlines', { redis: redisOptions(config.redisUrl), prefix });

  /** Backends of the test database that are LISTENing for the outbox. */
  const listeners = async (name = database.name): Promise<number[]> =>
    (await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN %'`, [name])).rows.map((r: { pid: number }) => r.pid);

  beforeAll(async () => {
    database = await createTestDatabase('workers_relay');
    config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url });
    db = await prepareWorkflowDatabase(config.databaseUrl);
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await db?.destroy();
    await database?.drop();
  });

  const relay = (databaseUrl: string, q: ReturnType<typeof queue>) =>
    new OutboxRelay({ db, databaseUrl, queue: q, clock: new FixedClock('2026-11-27T10:00:00+07:00'), logger: pino({ level: 'silent' }), pollMs: 60_000, listenRetryMs: 50 });

  it('listens again after losing the connection, and leaves none open once stopped', async () => {
    const q = queue();
    const r = relay(database.url, q);
    await r.start();
    const [first] = await waitFor(async () => ((await listeners()).length === 1 ? listeners() : null));
    await admin.query('SELECT pg_terminate_backend($1)', [first]);
    await waitFor(async () => {
      const now = await listeners();
      return now.length === 1 && now[0] !== first;
    });
    // Lost again just before stop(): the pending retry must not open a client nobody closes.
    const [second] = await listeners();
    await admin.query('SELECT pg_terminate_backend($1)', [second]);
    await r.stop();
    await new Promise((done) => setTimeout(done, 300));
    expect(await listeners()).toEqual([]);
    await q.close();
  });

  it('retries a LISTEN that failed at start', async () => {
    const name = `${database.name}_late`;
    const url = new URL(database.url);
    url.pathname = `/${name}`;
    const q = queue();
    const r = relay(url.toString(), q);
    await r.start(); // the database does not exist yet: polling only
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
      await waitFor(async () => (await listeners(name)).length === 1);
    } finally {
      await r.stop();
      await q.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
});
