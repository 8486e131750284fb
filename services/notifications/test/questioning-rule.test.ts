import { createReferenceDataSource, DEADLINE_ITEM_KINDS, referenceData } from '@phoihop/core';
import { notifications } from '@phoihop/notifications';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';

/** Issue #13, item 6: the questioning-commitment rule, on a fresh database and on one migrated before it. */
describe('the questioning commitment rule', () => {
  let graph: TestGraph;
  const RULES = `query { deadlineRules(itemKind: QUESTIONING_COMMITMENT) { code version counting baseDays legalBasis effectiveFrom } }`;
  const rules = async () => {
    referenceData.invalidate();
    return (await graph.ok<{ deadlineRules: Array<Record<string, unknown>> }>(RULES)).deadlineRules;
  };

  beforeAll(async () => {
    graph = await startTestGraph('questioning_rule', [notifications]);
  });
  afterAll(() => graph?.close());

  it('ships a stated-date rule citing the Law on Supervisory Activities, and adds it to a database migrated before', async () => {
    const shipped = [{ code: 'QUESTIONING_COMMITMENT', version: 1, counting: 'CALENDAR', baseDays: null, legalBasis: expect.stringContaining('87/2015/QH13, Điều 61–66'), effectiveFrom: '2000-01-01' }];
    expect(await rules()).toEqual(shipped);

    // A database from before: no such kind in the check, no rule, the migration not run.
    const reference = createReferenceDataSource(graph.databaseUrl, 1);
    await reference.initialize();
    try {
      const before = DEADLINE_ITEM_KINDS.filter((k) => k !== 'QUESTIONING_COMMITMENT').map((k) => `'${k}'`).join(', ');
      await reference.query(`DELETE FROM reference.deadline_rules WHERE item_kind = 'QUESTIONING_COMMITMENT'`);
      await reference.query(`ALTER TABLE reference.deadline_rules DROP CONSTRAINT deadline_rules_item_kind_check`);
      await reference.query(`ALTER TABLE reference.deadline_rules ADD CONSTRAINT deadline_rules_item_kind_check CHECK (item_kind IN (${before}))`);
      await reference.query(`DELETE FROM reference.migrations WHERE name = 'ReferenceQuestioningCommitment1766000000000'`);
      expect(await rules()).toEqual([]);
      await reference.runMigrations({ transaction: 'each' });
    } finally {
      await reference.destroy();
    }
    expect(await rules()).toEqual(shipped);
  });
});
