import { createReferenceDataSource, prepareReference, ReferenceData } from '@phoihop/core';
import { notifications } from '@phoihop/notifications';
import type { DataSource } from 'typeorm';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { admin, userWith } from '../../../test/support/users';
import { waitFor } from '../../../test/support/wait';

describe('reference data: every process learns of an edit at once', () => {
  let graph: TestGraph;
  /** Two processes, each with its own connections and its own cache. */
  const editor = new ReferenceData();
  const reader = new ReferenceData();
  let editorDb: DataSource;
  let readerDb: DataSource;

  beforeAll(async () => {
    graph = await startTestGraph('recompute_reference', [notifications], { now: '2026-11-16T09:00:00+07:00' });
    await prepareReference(graph.databaseUrl);
    editorDb = createReferenceDataSource(graph.databaseUrl, 1);
    readerDb = createReferenceDataSource(graph.databaseUrl, 1);
    await Promise.all([editorDb.initialize(), readerDb.initialize()]);
  });

  afterAll(async () => {
    await Promise.all([editor.close(), reader.close()]);
    await editorDb?.destroy();
    await readerDb?.destroy();
    await graph?.close();
  });

  it('keeps the cache until an edit in another process, then reads again', async () => {
    expect(await reader.watch(readerDb)).toBe(true);
    const first = await reader.loadCalendar(readerDb);
    expect(await reader.loadCalendar(readerDb)).toBe(first);
    expect(first.isWorkingDay('2026-11-24')).toBe(true);

    await editorDb.query(
      `INSERT INTO reference.calendar_exceptions (date, kind, reason, source) VALUES ('2026-11-24', 'DAY_OFF', 'Ngày Văn hóa Việt Nam', 'Thông báo thử nghiệm')`,
    );
    const fresh = await waitFor(async () => {
      const c = await reader.loadCalendar(readerDb);
      return c !== first ? c : null;
    }, 5_000);
    expect(fresh.isWorkingDay('2026-11-24')).toBe(false);

    const rules = await reader.loadRules(readerDb);
    expect(await reader.loadRules(readerDb)).toBe(rules);
    await editorDb.query(`UPDATE reference.deadline_rules SET legal_basis = 'Văn bản chỉ đạo (sửa đổi)' WHERE code = 'ASSIGNMENT'`);
    await waitFor(async () => (await reader.loadRules(readerDb)).some((r) => r.legalBasis === 'Văn bản chỉ đạo (sửa đổi)'), 5_000);

    await editorDb.query(`DELETE FROM reference.calendar_exceptions WHERE date = '2026-11-24'`);
    await waitFor(async () => (await reader.loadCalendar(readerDb)).isWorkingDay('2026-11-24'), 5_000);
  });

  it('falls back to a short TTL when nobody listens', async () => {
    const ttlOnly = new ReferenceData({ listen: false, unwatchedTtlMs: 0 });
    const a = await ttlOnly.loadCalendar(readerDb);
    expect(await ttlOnly.loadCalendar(readerDb)).not.toBe(a);
    expect(await ttlOnly.watch(readerDb)).toBe(false);
  });

  describe('publishDeadlineRule', () => {
    const PUBLISH = `mutation ($input: PublishDeadlineRuleInput!) {
      publishDeadlineRule(input: $input) { code version itemKind legalBasis counting baseDays effectiveFrom effectiveTo }
    }`;
    const RULES = `query ($kind: DeadlineRuleKind) { deadlineRules(itemKind: $kind) { version legalBasis baseDays effectiveFrom effectiveTo } }`;
    const input = (over: Record<string, unknown> = {}) => ({
      itemKind: 'FRONT_RECOMMENDATION_ANSWER',
      effectiveFrom: '2027-01-01',
      baseDays: 20,
      legalBasis: 'Quy chế phối hợp sửa đổi năm 2027 (thời hạn trả lời 20 ngày)',
      ...over,
    });
    const written = async () => {
      const [r] = await graph.db.notifications.query(`SELECT
        (SELECT count(*)::int FROM reference.deadline_rules) AS rules,
        (SELECT count(*)::int FROM reference.deadline_rules WHERE effective_to IS NOT NULL) AS closed,
        (SELECT count(*)::int FROM workflow.outbox) AS outbox`);
      return r;
    };

    it('refuses non-admins and bad input, naming the field, writing nothing', async () => {
      const before = await written();
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ legalBasis: '  ' }, 'BAD_USER_INPUT', 'input.legalBasis'],
        [{ baseDays: 0 }, 'BAD_USER_INPUT', 'input.baseDays'],
        [{ baseDays: null }, 'BAD_USER_INPUT', 'input.baseDays'],
        [{ effectiveFrom: '1999-01-01' }, 'CONFLICT', 'input.effectiveFrom'],
        [{ itemKind: 'ASSIGNMENT' }, 'BAD_USER_INPUT', 'input.baseDays'],
        [{ variants: [{ days: 10, label: '' }] }, 'BAD_USER_INPUT', 'input.variants.0.label'],
      ];
      for (const [over, code, field] of cases) {
        const r = await graph.query(PUBLISH, { input: input(over) }, admin());
        expect([r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([code, field]);
      }
      const r = await graph.query(PUBLISH, { input: input() }, userWith('FRONT_STANDING', { jurisdictionId: 'x' }));
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await written()).toEqual(before);
    });

    it('publishes a version that ends the one in force, and asks for a recompute', async () => {
      const before = await written();
      const { publishDeadlineRule } = await graph.ok<{ publishDeadlineRule: unknown }>(PUBLISH, { input: input() }, admin());
      expect(publishDeadlineRule).toEqual({
        code: 'FRONT_RECOMMENDATION_ANSWER',
        version: 2,
        itemKind: 'FRONT_RECOMMENDATION_ANSWER',
        legalBasis: 'Quy chế phối hợp sửa đổi năm 2027 (thời hạn trả lời 20 ngày)',
        counting: 'CALENDAR',
        baseDays: 20,
        effectiveFrom: '2027-01-01',
        effectiveTo: null,
      });
      const { deadlineRules } = await graph.ok<{ deadlineRules: Array<Record<string, unknown>> }>(RULES, { kind: 'FRONT_RECOMMENDATION_ANSWER' });
      expect(deadlineRules.map((r) => [r.version, r.baseDays, r.effectiveFrom, r.effectiveTo])).toEqual([
        [1, 30, '2000-01-01', '2026-12-31'],
        [2, 20, '2027-01-01', null],
      ]);
      const after = await written();
      expect(after).toEqual({ rules: before.rules + 1, closed: before.closed + 1, outbox: before.outbox + 1 });
      const [row] = await graph.db.notifications.query(`SELECT topic, payload FROM workflow.outbox ORDER BY id DESC LIMIT 1`);
      expect(row).toEqual({
        topic: 'deadlines.recompute',
        payload: { cause: 'RULE', from: '2027-01-01', to: null, ruleKind: 'FRONT_RECOMMENDATION_ANSWER' },
      });
      // The same day again: the version in force already starts then.
      const again = await graph.query(PUBLISH, { input: input() }, admin());
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.effectiveFrom' });
    });
  });
});
