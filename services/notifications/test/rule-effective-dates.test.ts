import { createReferenceDataSource, referenceData } from '@phoihop/core';
import { notifications } from '@phoihop/notifications';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';

/** Issue #13, item 9: the petition rule from Circular 05/2021's entry into force, the voter-petition rule from 2025. */
describe('effective dates of the petition and voter-petition rules', () => {
  let graph: TestGraph;
  const RULES = `query($kind: DeadlineRuleKind) { deadlineRules(itemKind: $kind) { version legalBasis baseDays effectiveFrom effectiveTo } }`;
  type Rules = { deadlineRules: Array<{ version: number; legalBasis: string; baseDays: number; effectiveFrom: string; effectiveTo: string | null }> };
  const periods = async (kind: string) => {
    referenceData.invalidate();
    const { deadlineRules } = await graph.ok<Rules>(RULES, { kind });
    return deadlineRules.map((r) => [r.version, r.effectiveFrom, r.effectiveTo, /72\/2025/.test(r.legalBasis)]);
  };

  beforeAll(async () => {
    graph = await startTestGraph('rule_effective_dates', [notifications]);
  });
  afterAll(() => graph?.close());

  it('ships the corrected dates, and corrects a database that has the old ones', async () => {
    const expected = { petition: [[1, '2021-11-15', null, false]], voter: [[1, '2000-01-01', '2025-06-30', false], [2, '2025-07-01', null, true]] };
    expect(await periods('PETITION_PROCESSING')).toEqual(expected.petition);
    expect(await periods('VOTER_PETITION_ANSWER')).toEqual(expected.voter);

    const reference = createReferenceDataSource(graph.databaseUrl, 1);
    await reference.initialize();
    try {
      await reference.undoLastMigration({ transaction: 'each' }); // the petition-answer rule
      await reference.undoLastMigration({ transaction: 'each' }); // these dates
      expect(await periods('PETITION_PROCESSING')).toEqual([[1, '2021-10-01', null, false]]);
      // As first shipped: one version citing the 2025 act since 2000.
      await reference.query(
        `UPDATE reference.deadline_rules SET legal_basis = $1 WHERE code = 'VOTER_PETITION_ANSWER' AND version = 1`,
        ['Nghị quyết liên tịch 72/2025 về tiếp xúc cử tri; mặc định của quy chế phối hợp (trả lời trước kỳ họp thường lệ tiếp theo)'],
      );
      expect(await periods('VOTER_PETITION_ANSWER')).toEqual([[1, '2000-01-01', null, true]]);
      await reference.runMigrations({ transaction: 'each' });
    } finally {
      await reference.destroy();
    }
    expect(await periods('PETITION_PROCESSING')).toEqual(expected.petition);
    expect(await periods('VOTER_PETITION_ANSWER')).toEqual(expected.voter);
  });
});
