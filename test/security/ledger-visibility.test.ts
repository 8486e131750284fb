/**
 * Issue 11 item 1: the deadline ledger, its history and the inbox show an item only to those
 * who may read the item itself (core's visibility rule of its kind). Before: a FRONT_STAFF,
 * FRONT_STANDING, DELEGATE or COUNCIL_STANDING token listed denunciation subjects, due dates,
 * departments and escalation history through `deadlines(filter: { itemKind: DENUNCIATION })`.
 */
import { loadConfig, signDevelopmentToken, stableId, type Role, type TrackedItemKind, type UserContext } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { notifications } from '@phoihop/notifications';
import { Deadline, Notification } from '@phoihop/workflow';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';

const BAC = DEMO.jurisdictions.bacHongLinh.id;
const ECONOMY = DEMO.wardDepartments.bacEconomy.id;
const SOCIAL = DEMO.wardDepartments.bacSocial.id;
const SUBJECT = 'Tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận';

const LIST = `query ($filter: DeadlineFilter) { deadlines(filter: $filter, first: 50) { totalCount nodes { title dueDate escalationLevel history { nodes { kind } } } } }`;
const ONE = `query ($kind: TrackedItemKind!, $id: ID!) { deadline(itemKind: $kind, itemId: $id) { title } }`;
const INBOX = `{ me { notifications(first: 50) { totalCount nodes { subject body } } unreadCount } }`;

interface Row {
  title: string;
  itemKind: TrackedItemKind;
  department: string | null;
  raisedBy: Deadline['raisedBy'];
}
const ROWS: Row[] = [
  { title: `${SUBJECT} (Kinh tế)`, itemKind: 'DENUNCIATION', department: ECONOMY, raisedBy: 'COUNCIL' },
  { title: `${SUBJECT} (Văn hóa – Xã hội)`, itemKind: 'DENUNCIATION', department: SOCIAL, raisedBy: 'FRONT' },
  { title: 'Nhiệm vụ giải quyết tố cáo', itemKind: 'ASSIGNMENT', department: ECONOMY, raisedBy: 'CITIZEN' },
  { title: 'Nhiệm vụ trả lời kiến nghị HĐND', itemKind: 'ASSIGNMENT', department: ECONOMY, raisedBy: 'COUNCIL' },
];
const itemId = (r: Row) => stableId('ledger-visibility', r.title);

describe('the deadline ledger follows the owner: denunciations stay with the committee', () => {
  let graph: TestGraph;
  let ledgerBefore: unknown;

  beforeAll(async () => {
    graph = await startTestGraph('security_ledger', [notifications], { now: '2026-11-27T10:00:00+07:00' });
    const m = graph.db.notifications;
    const saved = await m.getRepository(Deadline).save(
      ROWS.map((r, i) => ({
        itemKind: r.itemKind,
        itemId: itemId(r),
        jurisdictionId: BAC,
        source: 'committee',
        lastEventId: String(i + 1),
        version: 1,
        state: 'OPEN' as const,
        dueDate: `2026-12-0${i + 1}`,
        startDate: '2026-11-01',
        rule: 'DENUNCIATION_INITIAL@1',
        title: r.title,
        assigneeBody: 'COMMITTEE' as const,
        assigneeDepartmentId: r.department,
        raisedBy: r.raisedBy,
        escalationLevel: 2,
        createdAt: new Date(),
        updatedAt: new Date(),
      })),
    );
    // The escalation of the first denunciation reached the body that forwarded it (the council).
    await m.getRepository(Notification).insert(
      (['COUNCIL_STANDING', 'FRONT_STANDING'] as const).map((body) => ({
        key: `ledger-visibility-${body}`,
        recipientType: 'BODY' as const,
        recipientId: `${body}:${BAC}`,
        jurisdictionId: BAC,
        itemKind: 'DENUNCIATION' as const,
        itemId: saved[0]!.itemId,
        deadlineVersion: 1,
        stage: 'L2',
        level: 2,
        subject: `Quá hạn: ${SUBJECT}`,
        body: `${SUBJECT} — Phòng Kinh tế, hạn 01/12/2026`,
        createdAt: new Date(),
      })),
    );
    ledgerBefore = await m.query('SELECT * FROM workflow.deadline ORDER BY item_id');
  });
  afterAll(() => graph?.close());

  const list = (role: Role, filter: Record<string, unknown>, scope: { departmentId?: string } = {}) =>
    graph.ok<{ deadlines: { totalCount: number; nodes: Array<{ title: string }> } }>(LIST, { filter }, userWith(role, { jurisdictionId: BAC, ...scope }));

  it.each(['FRONT_STAFF', 'FRONT_STANDING', 'DELEGATE', 'COUNCIL_STANDING'] as const)('%s lists no denunciation: nothing of subject, due date or department', async (role) => {
    const r = await graph.query(LIST, { filter: { itemKind: 'DENUNCIATION' } }, userWith(role, { jurisdictionId: BAC }));
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ deadlines: { totalCount: 0, nodes: [] } });
    expect(JSON.stringify(r)).not.toContain('Tố cáo');
    for (const row of ROWS.filter((x) => x.itemKind === 'DENUNCIATION')) {
      expect((await graph.ok<{ deadline: unknown }>(ONE, { kind: 'DENUNCIATION', id: itemId(row) }, userWith(role, { jurisdictionId: BAC }))).deadline).toBeNull();
    }
  });

  it.each(['FRONT_STANDING', 'COUNCIL_STANDING'] as const)('%s: the inbox shows no escalation about a denunciation', async (role) => {
    const r = await graph.query(INBOX, {}, userWith(role, { jurisdictionId: BAC }));
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ me: { notifications: { totalCount: 0, nodes: [] }, unreadCount: 0 } });
  });

  /** The first events of the SSE inbox (`GET /events`) for the user: until its unread count arrives. */
  async function firstEvents(user: UserContext): Promise<string> {
    const token = await signDevelopmentToken(user, loadConfig({ NODE_ENV: 'test' }).jwt.secret!);
    const abort = new AbortController();
    const res = await fetch(graph.gatewayUrl.replace(/\/graphql$/, '/events'), { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('event: unreadCount')) text += new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    return text;
  }

  it.each(['FRONT_STANDING', 'COUNCIL_STANDING'] as const)('%s: the SSE inbox pushes nothing about a denunciation either', async (role) => {
    const text = await firstEvents(userWith(role, { jurisdictionId: BAC }));
    expect(text).not.toContain('event: notification');
    expect(text).not.toContain('Tố cáo');
    expect(text).toContain('"unreadCount":0');
  });

  it('the committee leader still sees both denunciations', async () => {
    const data = await list('COMMITTEE_LEADER', { itemKind: 'DENUNCIATION' });
    expect(data.deadlines.nodes.map((n) => n.title)).toEqual([ROWS[0]!.title, ROWS[1]!.title]);
  });

  it('department staff see only their department’s denunciation', async () => {
    const data = await list('DEPARTMENT_STAFF', { itemKind: 'DENUNCIATION' }, { departmentId: SOCIAL });
    expect(data.deadlines.nodes.map((n) => n.title)).toEqual([ROWS[1]!.title]);
    expect((await graph.ok<{ deadline: unknown }>(ONE, { kind: 'DENUNCIATION', id: itemId(ROWS[0]!) }, userWith('DEPARTMENT_STAFF', { jurisdictionId: BAC, departmentId: SOCIAL }))).deadline).toBeNull();
  });

  it('the council follows the assignment answering its recommendation, not the one on a citizen case', async () => {
    const data = await list('COUNCIL_STANDING', { itemKind: 'ASSIGNMENT' });
    expect(data.deadlines.nodes.map((n) => n.title)).toEqual(['Nhiệm vụ trả lời kiến nghị HĐND']);
    expect((await list('FRONT_STAFF', { itemKind: 'ASSIGNMENT' })).deadlines.totalCount).toBe(0);
  });

  it('wrote nothing: the ledger is as it was', async () => {
    expect(await graph.db.notifications.query('SELECT * FROM workflow.deadline ORDER BY item_id')).toEqual(ledgerBefore);
  });
});
