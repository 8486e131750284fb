import { stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { Deadline, EscalationPolicy, Notification, notificationKey } from '@phoihop/workflow';
import { notifications } from '@phoihop/notifications';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';

const WARD = DEMO.jurisdictions.bacHongLinh.id;
const TNMT = DEMO.departments.natural.id;
const QLDT = DEMO.departments.urban.id;
const ITEM = stableId('test', 'recommendation', '1');

describe('notifications subgraph', () => {
  let graph: TestGraph;
  const tnmtStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: WARD, departmentId: TNMT });
  const qldtStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: WARD, departmentId: QLDT });
  const standing = userWith('COUNCIL_STANDING', { jurisdictionId: WARD });

  const note = (over: Partial<Notification>): Partial<Notification> => {
    const n = {
      recipientType: 'DEPARTMENT' as const,
      recipientId: TNMT,
      jurisdictionId: WARD,
      itemKind: 'RECOMMENDATION' as const,
      itemId: ITEM,
      deadlineVersion: 1,
      stage: 'R5',
      level: 0,
      subject: 'Nhắc hạn: Kiến nghị số 3/KN-HĐND',
      body: 'Kiến nghị số 3/KN-HĐND: hạn giải quyết ngày 04/12/2026, còn 5 ngày làm việc.',
      createdAt: new Date('2026-11-27T01:00:00Z'),
      ...over,
    };
    return { ...n, key: notificationKey(n) };
  };

  beforeAll(async () => {
    graph = await startTestGraph('notifications', [notifications], { now: '2026-11-27T10:00:00+07:00' });
    const db = graph.db.notifications;
    await db.getRepository(Notification).insert([
      note({}),
      note({ stage: 'R2', createdAt: new Date('2026-11-30T01:00:00Z') }),
      note({ recipientType: 'BODY', recipientId: `COUNCIL_STANDING:${WARD}`, stage: 'L4', level: 4 }),
    ]);
    await db.getRepository(Deadline).insert({
      itemKind: 'RECOMMENDATION',
      itemId: ITEM,
      jurisdictionId: WARD,
      source: 'council',
      lastEventId: '1',
      version: 1,
      state: 'OPEN',
      dueDate: '2026-12-04',
      startDate: '2026-10-01',
      rule: 'RECOMMENDATION_FOLLOW_UP@1',
      explanation: { summary: 'Hạn theo kết luận giám sát: 04/12/2026.', explicitDue: '2026-12-04', skipped: [] },
      title: 'Kiến nghị số 3/KN-HĐND',
      assigneeBody: 'COMMITTEE',
      assigneeDepartmentId: TNMT,
      raisedBy: 'COUNCIL',
      escalationLevel: 0,
      nextStage: 'R5',
      nextAt: new Date('2026-11-27T01:00:00Z'),
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  });
  afterAll(() => graph?.close());

  const INBOX = `query Inbox($unread: Boolean) { me { unreadCount notifications(unreadOnly: $unread) { totalCount nodes { id stage subject read recipient { type id } deadline { dueDate } } } } }`;
  type Inbox = { me: { unreadCount: number; notifications: { totalCount: number; nodes: Array<{ id: string; stage: string; read: boolean; deadline: { dueDate: string } | null }> } } };

  it("shows a department's inbox to its staff only, newest first", async () => {
    const mine = await graph.ok<Inbox>(INBOX, {}, tnmtStaff);
    expect(mine.me.unreadCount).toBe(2);
    expect(mine.me.notifications.nodes.map((x) => x.stage)).toEqual(['R2', 'R5']);
    expect(mine.me.notifications.nodes[0].deadline).toEqual({ dueDate: '2026-12-04' });
    const other = await graph.ok<Inbox>(INBOX, {}, qldtStaff);
    expect(other.me).toEqual({ unreadCount: 0, notifications: { totalCount: 0, nodes: [] } });
    const body = await graph.ok<Inbox>(INBOX, {}, standing);
    expect(body.me.notifications.nodes.map((x) => x.stage)).toEqual(['L4']);
  });

  it("refuses to mark someone else's notification, writing nothing", async () => {
    const mine = await graph.ok<Inbox>(INBOX, {}, tnmtStaff);
    const res = await graph.query(`mutation($id: ID!) { markNotificationRead(id: $id) { read } }`, { id: mine.me.notifications.nodes[0].id }, qldtStaff);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const unread = await graph.db.notifications.query(`SELECT count(*)::int AS c FROM workflow.notification WHERE read_at IS NULL`);
    expect(unread[0].c).toBe(3);
  });

  it('marks one, then all, as read', async () => {
    const mine = await graph.ok<Inbox>(INBOX, {}, tnmtStaff);
    const one = await graph.ok<{ markNotificationRead: { read: boolean } }>(
      `mutation($id: ID!) { markNotificationRead(id: $id) { read } }`,
      { id: mine.me.notifications.nodes[0].id },
      tnmtStaff,
    );
    expect(one.markNotificationRead.read).toBe(true);
    expect((await graph.ok<Inbox>(INBOX, { unread: true }, tnmtStaff)).me.notifications.totalCount).toBe(1);
    expect(await graph.ok(`mutation { markAllNotificationsRead }`, {}, tnmtStaff)).toEqual({ markAllNotificationsRead: 1 });
    expect((await graph.ok<Inbox>(INBOX, {}, standing)).me.unreadCount).toBe(1);
  });

  it('shows the ledger to those who work on the item, with its explanation', async () => {
    const Q = `query($id: ID!) { deadline(itemKind: RECOMMENDATION, itemId: $id) { dueDate state version workingDaysLeft overdue nextStage escalationLevel explanation { summary explicitDue } } }`;
    const seen = await graph.ok<{ deadline: unknown }>(Q, { id: ITEM }, tnmtStaff);
    expect(seen.deadline).toEqual({
      dueDate: '2026-12-04',
      state: 'OPEN',
      version: 1,
      workingDaysLeft: 5,
      overdue: false,
      nextStage: 'R5',
      escalationLevel: 0,
      explanation: { summary: 'Hạn theo kết luận giám sát: 04/12/2026.', explicitDue: '2026-12-04' },
    });
    expect((await graph.ok<{ deadline: unknown }>(Q, { id: ITEM }, qldtStaff)).deadline).toBeNull();
    expect((await graph.query(Q, { id: ITEM })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('escalation policies', () => {
    const UPDATE = `mutation($input: UpdateEscalationPolicyInput!) { updateEscalationPolicy(input: $input) { itemKind stages { code offsetWorkingDays recipient } } }`;
    const stages = [
      { kind: 'REMINDER', offsetWorkingDays: -3, level: 0, recipient: 'ASSIGNEE' },
      { kind: 'ESCALATION', offsetWorkingDays: 1, level: 1, recipient: 'DEPARTMENT_HEAD' },
      { kind: 'ESCALATION', offsetWorkingDays: 5, level: 2, recipient: 'RAISING_BODY' },
    ];
    const outbox = async () => (await graph.db.notifications.query(`SELECT topic, payload FROM workflow.outbox`)) as Array<{ topic: string; payload: unknown }>;
    const stored = async () => (await graph.db.notifications.getRepository(EscalationPolicy).findOneByOrFail({ itemKind: 'VOTER_PETITION' })).stages;

    it('refuses a non-admin and a bad ladder, writing nothing', async () => {
      const before = await stored();
      const forbidden = await graph.query(UPDATE, { input: { itemKind: 'VOTER_PETITION', stages } }, tnmtStaff);
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const bad = await graph.query(
        UPDATE,
        { input: { itemKind: 'VOTER_PETITION', stages: [{ kind: 'REMINDER', offsetWorkingDays: 2, level: 0, recipient: 'ASSIGNEE' }] } },
        userWith('ADMIN'),
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stages[0].offsetWorkingDays' });
      const gap = await graph.query(UPDATE, { input: { itemKind: 'VOTER_PETITION', stages: [stages[0], stages[2]] } }, userWith('ADMIN'));
      expect(gap.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stages[1].level' });
      expect(await stored()).toEqual(before);
      expect(await outbox()).toEqual([]);
    });

    it('lets an admin replace a ladder and asks the workers to re-plan in the same transaction', async () => {
      const data = await graph.ok<{ updateEscalationPolicy: { stages: Array<{ code: string }> } }>(UPDATE, { input: { itemKind: 'VOTER_PETITION', stages } }, userWith('ADMIN'));
      expect(data.updateEscalationPolicy.stages.map((s) => s.code)).toEqual(['R3', 'L1', 'L2']);
      expect(await outbox()).toEqual([{ topic: 'deadlines.reschedule', payload: { reason: 'POLICY', itemKind: 'VOTER_PETITION' } }]);
    });
  });

  it('serves the working calendar', async () => {
    const data = await graph.ok<{ calendar: Array<{ date: string; working: boolean }>; addWorkingDays: string }>(
      `{ calendar(year: 2026) { date working reason } addWorkingDays(from: "2026-04-29", days: 1) }`,
    );
    expect(data.calendar.filter((d) => !d.working).map((d) => d.date)).toEqual(expect.arrayContaining(['2026-01-01', '2026-04-30', '2026-05-01', '2026-09-02']));
    expect(data.addWorkingDays).toBe('2026-05-04');
    const bad = await graph.query(`{ addWorkingDays(from: "2026-04-29", days: 5000) }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
  });
});
