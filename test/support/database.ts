import { loadConfig } from '@phoihop/core';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';

// The server of the configured DATABASE_URL (default: the local one), through its `postgres` database.
const ADMIN_URL = (() => {
  const url = new URL(loadConfig().databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
})();

/** A fresh database of its own for one test file; dropped by `drop()`. */
export async function createTestDatabase(label: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `phoihop_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
