/**
 * `npm run migrate` as an operator runs it: a real process against an empty database, once to
 * build every service's schema (the same migrations the services run on start), once more to
 * find nothing to do and leave the data as it was.
 */
import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { notifications } from '@phoihop/notifications';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase } from '../support/database';

const ROOT = join(__dirname, '..', '..');

const migrate = (databaseUrl: string) =>
  spawnSync('npm', ['run', '-s', 'migrate'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl }, encoding: 'utf8', timeout: 120_000 });

describe('npm run migrate', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: Client;
  /** What a migrated database holds: each schema's migrations run, its tables, the reference rules and holidays. */
  const state = async () => {
    const schemas = (await client.query<{ schema: string }>(`SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'migrations' ORDER BY 1`)).rows;
    const migrations: Record<string, number> = {};
    for (const { schema } of schemas) migrations[schema] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".migrations`)).rows[0].n);
    const count = async (sql: string) => (schemas.some((s) => s.schema === 'reference') ? Number((await client.query<{ n: string }>(sql)).rows[0].n) : 0);
    return {
      migrations,
      tables: Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema IN ('council', 'committee', 'front', 'workflow', 'reference')`)).rows[0].n),
      rules: await count('SELECT count(*) AS n FROM reference.deadline_rules'),
      holidays: await count('SELECT count(*) AS n FROM reference.calendar_exceptions'),
    };
  };

  beforeAll(async () => {
    database = await createTestDatabase('migrate');
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it("runs every service's migrations on an empty database, and nothing the second time", async () => {
    expect((await state()).migrations).toEqual({});

    const first = migrate(database.url);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const migrated = await state();
    // Every migration of every service, each in the schema it owns (the Notifications service
    // owns the workflow schema), and the shared reference schema all of them prepare on start.
    const expected = Object.fromEntries([council, committee, front, notifications].map((s) => [s.schema, (s.migrations as unknown[]).length]));
    expect(migrated.migrations).toEqual({ ...expected, reference: expect.any(Number) });
    expect(migrated.migrations.reference).toBeGreaterThan(0);
    expect(migrated.rules).toBeGreaterThan(0);
    expect(migrated.holidays).toBeGreaterThan(0);

    const second = migrate(database.url);
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    expect(await state()).toEqual(migrated);
  }, 240_000);
});
