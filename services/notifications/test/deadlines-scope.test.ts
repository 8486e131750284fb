import { stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { Deadline } from '@phoihop/workflow';
import { notifications } from '@phoihop/notifications';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';

const BAC = DEMO.jurisdictions.bacHongLinh.id;
const NAM = DEMO.jurisdictions.namHongLinh.id;
const BAC_ECONOMY = DEMO.wardDepartments.bacEconomy.id;
const BAC_SOCIAL = DEMO.wardDepartments.bacSocial.id;
const NAM_ECONOMY = DEMO.wardDepartments.namEconomy.id;

const LIST = `query ($filter: DeadlineFilter) { deadlines(filter: $filter, first: 100) { totalCount nodes { title } } }`;
const ONE = `query ($kind: TrackedItemKind!, $id: ID!) { deadline(itemKind: $kind, itemId: $id) { title } }`;

describe('deadlines list: a user sees the rows each grant allows, no more', () => {
  let graph: TestGraph;
  const rows = [
    { title: 'Bắc — Phòng Kinh tế', jurisdictionId: BAC, assigneeDepartmentId: BAC_ECONOMY },
    { title: 'Bắc — Phòng Văn hóa – Xã hội', jurisdictionId: BAC, assigneeDepartmentId: BAC_SOCIAL },
    { title: 'Bắc — UBND phường', jurisdictionId: BAC, assigneeDepartmentId: null },
    { title: 'Nam — Phòng Kinh tế', jurisdictionId: NAM, assigneeDepartmentId: NAM_ECONOMY },
  ];
  const itemId = (title: string) => stableId('scope-test', title);
  /** Staff of Bắc's economy department who is also a council delegate in Nam. */
  const staffAndDelegate = { ...userWith('DEPARTMENT_STAFF', { jurisdictionId: BAC, departmentId: BAC_ECONOMY }) };
  staffAndDelegate.grants = [...staffAndDelegate.grants, { role: 'DELEGATE', jurisdictionId: NAM }];

  beforeAll(async () => {
    graph = await startTestGraph('notifications_scope', [notifications], { now: '2026-11-27T10:00:00+07:00' });
    await graph.db.notifications.getRepository(Deadline).insert(
      rows.map((r, i) => ({
        ...r,
        itemKind: 'VOTER_PETITION' as const,
        itemId: itemId(r.title),
        source: 'committee',
        lastEventId: String(i + 1),
        version: 1,
        state: 'OPEN' as const,
        dueDate: `2026-12-0${i + 1}`,
        startDate: '2026-11-01',
        rule: 'VOTER_PETITION@1',
        assigneeBody: 'COMMITTEE' as const,
        raisedBy: 'FRONT' as const,
        escalationLevel: 0,
        createdAt: new Date(),
        updatedAt: new Date(),
      })),
    );
  });
  afterAll(() => graph?.close());

  const titles = async (user: ReturnType<typeof userWith>, filter?: Record<string, unknown>) => {
    const data = await graph.ok<{ deadlines: { totalCount: number; nodes: Array<{ title: string }> } }>(LIST, { filter }, user);
    expect(data.deadlines.totalCount).toBe(data.deadlines.nodes.length);
    return data.deadlines.nodes.map((n) => n.title);
  };

  it('department staff in one ward and delegate in another: own department there, everything here', async () => {
    expect(await titles(staffAndDelegate)).toEqual(['Bắc — Phòng Kinh tế', 'Nam — Phòng Kinh tế']);
    expect(await titles(staffAndDelegate, { jurisdictionId: BAC })).toEqual(['Bắc — Phòng Kinh tế']);
    // The list agrees with the single read, row by row.
    for (const r of rows) {
      const one = await graph.ok<{ deadline: { title: string } | null }>(ONE, { kind: 'VOTER_PETITION', id: itemId(r.title) }, staffAndDelegate);
      expect(one.deadline !== null).toBe((await titles(staffAndDelegate)).includes(r.title));
    }
  });

  it('keeps the plain cases: a ward leader sees the ward, staff their department, admin all', async () => {
    expect(await titles(userWith('COMMITTEE_LEADER', { jurisdictionId: BAC }))).toEqual(['Bắc — Phòng Kinh tế', 'Bắc — Phòng Văn hóa – Xã hội', 'Bắc — UBND phường']);
    expect(await titles(userWith('DEPARTMENT_STAFF', { jurisdictionId: BAC, departmentId: BAC_SOCIAL }))).toEqual(['Bắc — Phòng Văn hóa – Xã hội']);
    expect(await titles(userWith('ADMIN'))).toHaveLength(4);
  });
});
