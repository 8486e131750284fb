import { stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { Deadline, DeadlineEvent } from '@phoihop/workflow';
import { notifications } from '@phoihop/notifications';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';

const WARD = DEMO.jurisdictions.bacHongLinh.id;
const DEPARTMENT = DEMO.wardDepartments.bacEconomy.id;

const LEDGER = `query ($first: Int) {
  deadlines(filter: { jurisdictionId: "${WARD}" }, first: $first) {
    nodes { title history(first: 2) { totalCount pageInfo { hasNextPage } nodes { kind stage detail } } }
  }
}`;
type Ledger = { deadlines: { nodes: Array<{ title: string; history: { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: Array<{ kind: string; stage: string | null }> } }> } };

describe("a deadline's history", () => {
  let graph: TestGraph;
  let statements = 0;
  const leader = userWith('COMMITTEE_LEADER', { jurisdictionId: WARD });

  beforeAll(async () => {
    graph = await startTestGraph('notifications_history', [notifications], { now: '2026-11-27T10:00:00+07:00', onQuery: () => statements++ });
    const db = graph.db.notifications;
    for (let i = 1; i <= 20; i++) {
      const deadline = await db.getRepository(Deadline).save({
        itemKind: 'ASSIGNMENT',
        itemId: stableId('test-assignment', String(i)),
        jurisdictionId: WARD,
        source: 'committee',
        lastEventId: String(i),
        version: 1,
        state: 'OPEN',
        dueDate: `2026-12-${String(i).padStart(2, '0')}`,
        startDate: '2026-11-02',
        rule: 'ASSIGNMENT@1',
        title: `Nhiệm vụ số ${i}/UBND-KT`,
        assigneeBody: 'COMMITTEE',
        assigneeDepartmentId: DEPARTMENT,
        raisedBy: 'COUNCIL',
        escalationLevel: 0,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      const line = (kind: string, stage: string | null, minutes: number) => ({
        deadlineId: deadline.id,
        at: new Date(Date.UTC(2026, 10, 2, 2, minutes)),
        kind,
        version: 1,
        state: 'OPEN',
        dueDate: deadline.dueDate,
        stage,
        level: stage ? 0 : null,
        detail: stage ? `Đã nhắc hạn ${stage}.` : 'Mở theo dõi thời hạn.',
        recipients: [],
      });
      await db.getRepository(DeadlineEvent).insert([line('OPENED', null, 0), line('REMINDER', 'R5', 1), line('REMINDER', 'R2', 2)] as never);
    }
  });
  afterAll(() => graph?.close());

  async function run(first: number) {
    statements = 0;
    const data = await graph.ok<Ledger>(LEDGER, { first }, leader);
    return { data, statements };
  }

  it('pages each history in order, oldest first', async () => {
    const { data } = await run(3);
    expect(data.deadlines.nodes).toHaveLength(3);
    for (const d of data.deadlines.nodes) {
      expect(d.history).toEqual({
        totalCount: 3,
        pageInfo: { hasNextPage: true },
        nodes: [
          { kind: 'OPENED', stage: null, detail: 'Mở theo dõi thời hạn.' },
          { kind: 'REMINDER', stage: 'R5', detail: 'Đã nhắc hạn R5.' },
        ],
      });
    }
  });

  it('costs the same statements for 2 deadlines as for 20', async () => {
    await run(1); // warms the reference cache
    const small = await run(2);
    const large = await run(20);
    expect(large.data.deadlines.nodes).toHaveLength(20);
    expect(large.statements).toBe(small.statements);
  });
});
