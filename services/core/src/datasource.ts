import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';

export interface ServiceDataSourceOptions {
  url: string;
  /** The Postgres schema the service owns (DESIGN.md rule 1). */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** Counts SQL statements; tests use it to prove batching. */
  onQuery?: (sql: string) => void;
}

/**
 * One DataSource per service: its own schema and migrations table, `synchronize` never on.
 * Call {@link migrate} at start.
 */
export function createServiceDataSource(o: ServiceDataSourceOptions): DataSource {
  const ds = new DataSource({
    type: 'postgres',
    url: o.url,
    schema: o.schema,
    entities: o.entities,
    migrations: o.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    extra: { max: o.poolSize ?? 10 },
    logging: false,
  });
  if (o.onQuery) {
    const listener = o.onQuery;
    const originalCreateQueryRunner = ds.createQueryRunner.bind(ds);
    ds.createQueryRunner = (mode) => {
      const runner = originalCreateQueryRunner(mode);
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, ...rest: unknown[]) => {
        if (!/^(START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(sql)) listener(sql);
        return (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
      }) as typeof runner.query;
      return runner;
    };
  }
  return ds;
}

/** Initializes the DataSource, creating its schema when missing, and runs pending migrations. */
export async function migrate(ds: DataSource): Promise<void> {
  const schema = (ds.options as { schema?: string }).schema;
  if (!ds.isInitialized) {
    if (schema) await ensureSchema(String((ds.options as { url?: string }).url), schema);
    await ds.initialize();
  }
  await ds.runMigrations({ transaction: 'each' });
}

async function ensureSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await client.end();
  }
}

/** Creates the database named in the URL when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    // Two processes racing to create the same database: the loser's error is harmless.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

/** Answers whether a Postgres server accepts connections at the URL's host. */
export async function postgresAnswers(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
