import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/support/database';
import { OFFICIAL_CALENDAR_EXCEPTIONS } from '../src/calendar';
import { computeDeadline, DEFAULT_DEADLINE_RULES } from '../src/deadlines';
import {
  CalendarExceptionEntity,
  createReferenceDataSource,
  prepareReference,
  readCalendar,
  ReferenceData,
} from '../src/reference';

describe('reference schema', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('reference');
    // Several services start at once: both runs must succeed and migrate once.
    await Promise.all([prepareReference(database.url), prepareReference(database.url)]);
    db = createReferenceDataSource(database.url);
    await db.initialize();
  });

  afterAll(async () => {
    if (db?.isInitialized) await db.destroy();
    await database?.drop();
  });

  test('the migrations ran once, in their own table', async () => {
    const rows: Array<{ name: string }> = await db.query('SELECT "name" FROM "reference"."migrations" ORDER BY "id"');
    // The questioning rule's migration sorts first: on a fresh database it finds no table yet and leaves the rule to the seed.
    expect(rows.map((r) => r.name)).toEqual(['ReferenceQuestioningCommitment1766000000000', 'ReferenceTables1767225600000', 'ReferenceSeed1767225600001', 'ReferenceNotify1767225600002', 'ReferenceEffectiveDates1767225600003', 'ReferencePetitionAnswer1767225600004']);
  });

  test('the shipped data is there, each row with its source', async () => {
    const [{ count: exceptions }] = await db.query('SELECT count(*)::int AS count FROM "reference"."calendar_exceptions"');
    const [{ count: rules }] = await db.query('SELECT count(*)::int AS count FROM "reference"."deadline_rules"');
    expect(exceptions).toBe(OFFICIAL_CALENDAR_EXCEPTIONS.length);
    expect(rules).toBe(DEFAULT_DEADLINE_RULES.length);
    const [{ missing }] = await db.query(`SELECT count(*)::int AS missing FROM "reference"."calendar_exceptions" WHERE "source" = ''`);
    expect(missing).toBe(0);
  });

  test('running it again changes nothing', async () => {
    await prepareReference(database.url);
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM "reference"."migrations"');
    expect(count).toBe(6);
  });

  test('the loader returns the calendar and the rules as shipped', async () => {
    const reference = new ReferenceData();
    const calendar = await reference.loadCalendar(db);
    expect(calendar.listExceptions()).toEqual(OFFICIAL_CALENDAR_EXCEPTIONS.map((e) => ({ ...e, period: e.period ?? null })).sort((a, b) => (a.date < b.date ? -1 : 1)));
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.dayInfo('2025-01-27').reason).toMatch(/^Nghỉ Tết Âm lịch Ất Tỵ/);

    const rules = await reference.loadRules(db);
    const byKey = (r: { code: string; version: number }) => `${r.code}@${r.version}`;
    expect([...rules].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(
      [...DEFAULT_DEADLINE_RULES].sort((a, b) => byKey(a).localeCompare(byKey(b))),
    );
    expect(computeDeadline({ kind: 'DENUNCIATION_INITIAL', start: '2025-01-22' }, rules, calendar).due).toBe('2025-02-07');
  });

  test('the cache holds until invalidate()', async () => {
    // Not listening: edits reach it through invalidate() (and NOTIFY, tested in notifications' recompute-reference test).
    const reference = new ReferenceData({ listen: false, unwatchedTtlMs: 60_000 });
    const before = await reference.loadCalendar(db);
    expect(await reference.loadCalendar(db)).toBe(before);

    await db.getRepository(CalendarExceptionEntity).insert({
      date: '2027-03-08',
      kind: 'DAY_OFF',
      reason: 'Nghỉ theo quyết định của Ủy ban nhân dân tỉnh',
      source: 'Quyết định thử nghiệm',
      period: null,
      updatedBy: 'test-admin',
    });
    expect((await reference.loadCalendar(db)).isWorkingDay('2027-03-08')).toBe(true);
    reference.invalidate();
    const after = await reference.loadCalendar(db);
    expect(after).not.toBe(before);
    expect(after.isWorkingDay('2027-03-08')).toBe(false);
    expect((await readCalendar(db)).dayInfo('2027-03-08').reason).toBe('Nghỉ theo quyết định của Ủy ban nhân dân tỉnh');
  });

  test('the tables refuse what the calendar cannot read', async () => {
    await expect(
      db.query(`INSERT INTO "reference"."calendar_exceptions" ("date", "kind", "reason", "source") VALUES ('2027-03-09', 'HOLIDAY', 'x', 'y')`),
    ).rejects.toThrow(/check constraint/);
    await expect(
      db.query(
        `INSERT INTO "reference"."deadline_rules" ("code", "version", "item_kind", "legal_basis", "counting", "direction", "effective_from")
         VALUES ('X', 1, 'COMPLAINT_ACCEPTANCE', 'x', 'CALENDAR', 'AFTER', '2025-01-01')`,
      ),
    ).rejects.toThrow(/check constraint/);
  });
});
