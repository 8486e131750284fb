import { committee } from '@phoihop/committee';
import { migrate, prepareReference, serviceDataSource } from '@phoihop/core';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/support/database';

/** The migration that turns a case's free-text field into the shared FieldOfResponsibility code. */
describe('the migration to FieldOfResponsibility', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  const all = committee.migrations as Array<new () => unknown>;
  // Every migration before this one (later ones, e.g. indexes, follow it).
  const beforeField = all.slice(0, all.findIndex((m) => m.name === 'FieldOfResponsibility1765000000000'));
  const stored = { 'Đất đai': 'LAND', land: 'LAND', ' Construction ': 'CONSTRUCTION', 'Y tế': 'HEALTH', 'Số hóa': 'OTHER' } as const;
  const ids = new Map(Object.keys(stored).map((v) => [v, randomUUID()]));

  const insertCase = (m: Pick<DataSource, 'query'>, id: string, field: string | null) =>
    m.query(
      `INSERT INTO committee.citizen_case (id, jurisdiction_id, number, kind, channel, complexity, subject, content, field, received_on,
         handling_department_id, status, clock_start, due_rule, due_explanation, created_at)
       VALUES ($1, $2, $3, 'PETITION', 'MAIL', 'NORMAL', 'x', 'x', $4, '2025-03-03', $2, 'RECEIVED', '2025-03-03', 'PETITION_PROCESSING@1', '{}', now())`,
      [id, randomUUID(), `PA-${id}`, field],
    );

  beforeAll(async () => {
    database = await createTestDatabase('committee_field_migration');
    await prepareReference(database.url);
    const before = serviceDataSource({ ...committee, migrations: beforeField }, database.url);
    await migrate(before);
    await before.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      for (const [value, id] of ids) await insertCase(m, id, value);
    });
    await before.destroy();
    db = serviceDataSource(committee, database.url);
    await migrate(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('maps codes in any case and Vietnamese labels to the code, anything else to OTHER', async () => {
    const rows: Array<{ id: string; field: string }> = await db.query(`SELECT id, field FROM committee.citizen_case`);
    const byId = new Map(rows.map((r) => [r.id, r.field]));
    expect(Object.fromEntries([...ids].map(([value, id]) => [value, byId.get(id)]))).toEqual(stored);
  });

  it('refuses a value that is not a code from then on', async () => {
    await expect(
      db.transaction(async (m) => {
        await m.query(`SET LOCAL session_replication_role = replica`);
        await insertCase(m, randomUUID(), 'land');
      }),
    ).rejects.toThrow(/citizen_case_field_check/);
  });
});
