import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createServiceDataSource } from '../datasource';
import { REFERENCE_ENTITIES, REFERENCE_SCHEMA } from './entities';
import { REFERENCE_MIGRATIONS } from './migrations';

/** Names the advisory lock; hashtext() turns it into the lock key. */
const MIGRATION_LOCK = 'phoihop.reference.migrations';

/** A DataSource on the `reference` schema with its own `reference.migrations` table. */
export function createReferenceDataSource(url: string, poolSize = 2): DataSource {
  return createServiceDataSource({
    url,
    schema: REFERENCE_SCHEMA,
    entities: REFERENCE_ENTITIES,
    migrations: REFERENCE_MIGRATIONS,
    poolSize,
  });
}

/**
 * Creates the `reference` schema and brings it up to date. Every service calls it at start
 * and several start at once, so the migrations run under a session-level advisory lock held
 * on a connection of its own: the second caller waits, then finds nothing left to do.
 */
export async function prepareReference(url: string): Promise<void> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    await lock.query(`CREATE SCHEMA IF NOT EXISTS "${REFERENCE_SCHEMA}"`);
    const ds = createReferenceDataSource(url, 1);
    await ds.initialize();
    try {
      await ds.runMigrations({ transaction: 'each' });
    } finally {
      await ds.destroy();
    }
  } finally {
    // Closing the session releases the lock too; unlocking first keeps the wait short.
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
