import { committee } from '@phoihop/committee';
import { migrate, prepareReference, serviceDataSource } from '@phoihop/core';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/support/database';
import { openDenouncer } from '../src/denouncers/denouncer-vault';

/** Like Hive's migration tests: migrate a fresh database to the step before, seed it, run the step. */
describe('the migration that seals denouncers already on file', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  const all = committee.migrations as Array<new () => unknown>;
  const caseId = '7b0e8c1e-3d55-4f0c-9a51-4f6a5d1e2c01';

  beforeAll(async () => {
    database = await createTestDatabase('committee_denouncer_migration');
    await prepareReference(database.url);
    // Every migration before the sealing step (later ones run after it with the rest).
    const step = all.findIndex((m) => m.name === 'SealedDenouncers1764800000000');
    const before = serviceDataSource({ ...committee, migrations: all.slice(0, step) }, database.url);
    await migrate(before);
    // A plain-text row as the previous release stored it (the case row itself is beside the point).
    await before.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`INSERT INTO committee.denouncer (case_id, full_name, address, phone, id_number) VALUES ($1, $2, $3, $4, NULL)`, [
        caseId, 'Nguyễn Văn Kín', 'Tổ dân phố 2', '0987000111',
      ]);
    });
    await before.destroy();
    db = serviceDataSource(committee, database.url);
    await migrate(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('leaves only the sealed identity, which opens to the same values', async () => {
    const rows = await db.query(`SELECT * FROM committee.denouncer`);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]).sort()).toEqual(['case_id', 'identity', 'key_id']);
    expect((rows[0].identity as Buffer).includes(Buffer.from('Kín'))).toBe(false);
    expect(openDenouncer({ caseId, keyId: rows[0].key_id, identity: rows[0].identity })).toEqual({
      fullName: 'Nguyễn Văn Kín', address: 'Tổ dân phố 2', phone: '0987000111', idNumber: null,
    });
  });
});
