import { stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { notifications } from '@phoihop/notifications';
import { Deadline } from '@phoihop/workflow';
import pino from 'pino';
import { rescheduleHandler } from '../../../workers/src/ledger/handlers';
import { createQueue, redisOptions } from '../../../workers/src/queues';
import { Planner } from '../../../workers/src/schedule/planner';
import { StageJobs } from '../../../workers/src/schedule/stage-jobs';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { admin } from '../../../test/support/users';

const WARD = DEMO.jurisdictions.bacHongLinh.id;
const ITEM = stableId('test', 'escalation-offsets', 'recommendation');

/** Issue #13, item 8: levels 1/2/5/10 working days from the due date; policies migrate, open deadlines re-plan. */
describe('escalation offsets counted from the due date (migration)', () => {
  let graph: TestGraph;
  const ladder = async (kind: string) => {
    const { escalationPolicies } = await graph.ok<{ escalationPolicies: Array<{ itemKind: string; stages: Array<{ code: string; offsetWorkingDays: number }> }> }>(
      `{ escalationPolicies { itemKind stages { code offsetWorkingDays } } }`,
      {},
      admin(),
    );
    const p = escalationPolicies.find((x) => x.itemKind === kind)!;
    return p.stages.filter((s) => s.code.startsWith('L')).map((s) => `${s.code}@${s.offsetWorkingDays}`);
  };

  beforeAll(async () => {
    // Monday 7 December 2026; the recommendation was due Tuesday 1 December, level 1 has gone out.
    graph = await startTestGraph('escalation_offsets', [notifications], { now: '2026-12-07T10:00:00+07:00' });
  });
  afterAll(() => graph?.close());

  it('ships 1, 2, 5, 10 on a fresh database', async () => {
    expect(await ladder('RECOMMENDATION')).toEqual(['L1@1', 'L2@2', 'L3@5', 'L4@10']);
  });

  it('moves the shipped levels of an existing database, keeps an admin\'s own, and re-plans open deadlines', async () => {
    const db = graph.db.notifications;
    // Back to before the offsets migration (later migrations, e.g. the audit log, undone first).
    while ((await db.query(`SELECT 1 FROM workflow.migrations WHERE name = 'EscalationOffsets1764100000400'`)).length) {
      await db.undoLastMigration({ transaction: 'each' });
    }
    expect(await ladder('RECOMMENDATION')).toEqual(['L1@1', 'L2@3', 'L3@8', 'L4@18']);
    // An admin had set the assignment ladder's level 4 at 15 days: that stays.
    await db.query(
      `UPDATE workflow.escalation_policy SET stages = jsonb_set(stages, '{6,offsetWorkingDays}', '15') WHERE item_kind = 'ASSIGNMENT'`,
    );
    await db.getRepository(Deadline).insert({
      itemKind: 'RECOMMENDATION', itemId: ITEM, jurisdictionId: WARD, source: 'council', lastEventId: '1', version: 1,
      state: 'OPEN', dueDate: '2026-12-01', startDate: '2026-10-01', rule: 'RECOMMENDATION_FOLLOW_UP@1',
      explanation: { summary: 'Hạn theo kết luận giám sát: 01/12/2026.', explicitDue: '2026-12-01', skipped: [] },
      title: 'Kiến nghị số 7/KN-HĐND', assigneeBody: 'COMMITTEE', raisedBy: 'COUNCIL', escalationLevel: 1, stageOffset: 1,
      // Old ladder: level 2 at 3 working days overdue, Friday 4 December.
      nextStage: 'L2', nextAt: new Date('2026-12-04T01:00:00Z'), createdAt: new Date(), updatedAt: new Date(),
    });
    await db.query(`DELETE FROM workflow.outbox`);

    await db.runMigrations({ transaction: 'each' });

    expect(await ladder('RECOMMENDATION')).toEqual(['L1@1', 'L2@2', 'L3@5', 'L4@10']);
    expect(await ladder('VOTER_PETITION')).toEqual(['L1@1', 'L2@2', 'L3@5', 'L4@10']);
    expect(await ladder('ASSIGNMENT')).toEqual(['L1@1', 'L2@2', 'L3@5', 'L4@15']);
    const outbox: Array<{ id: string; topic: string; payload: unknown }> = await db.query(`SELECT id::text, topic, payload FROM workflow.outbox`);
    expect(outbox.map((r) => [r.topic, r.payload])).toEqual([['deadlines.reschedule', { reason: 'POLICY' }]]);

    // The workers carry the request out: level 2 is now due at 2 working days overdue, Thursday 3 December.
    const queue = createQueue('deadlines', { redis: redisOptions('redis://127.0.0.1:6379'), prefix: `{${graph.databaseUrl.split('/').pop()}}` });
    try {
      const logger = pino({ level: 'silent' });
      const deps = { db, planner: new Planner(db, 'Asia/Ho_Chi_Minh'), jobs: new StageJobs(queue, graph.clock, logger), clock: graph.clock, logger };
      expect(await rescheduleHandler(deps)({ data: { source: 'workflow', outboxId: outbox[0]!.id } } as never)).toBe('1/1 re-planned');
      const { deadlines } = await graph.ok<{ deadlines: { nodes: Array<{ nextStage: string; nextStageAt: string; escalationLevel: number }> } }>(
        `{ deadlines(filter: { itemKind: RECOMMENDATION }) { nodes { nextStage nextStageAt escalationLevel } } }`,
        {},
        admin(),
      );
      expect(deadlines.nodes).toEqual([{ nextStage: 'L2', nextStageAt: '2026-12-03T01:00:00.000Z', escalationLevel: 1 }]);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
