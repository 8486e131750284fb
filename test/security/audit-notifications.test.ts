/**
 * Issue 11 item 8, the notifications subgraph: its admin edits (escalation policies, the
 * working calendar, deadline rules) and preferences are on the command path and audited in
 * `workflow.audit_log`, a secret field (a webhook URL's token) left out. Before: they wrote in
 * place with `updated_by` and left no trail.
 */
import { stableId } from '@phoihop/core';
import { notifications } from '@phoihop/notifications';
import { randomUUID } from 'node:crypto';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';

const WARD = stableId('jurisdiction', '18073');
const NATURAL = stableId('department', '436-tnmt');
const HEAD = stableId('official', 'head-tnmt');
const WEBHOOK_TOKEN = 'ma-bi-mat-7f3a';

describe('the notifications subgraph writes the audit trail too', () => {
  let graph: TestGraph;
  const sub = `kiem-toan-tb-${randomUUID()}`;
  const admin = userWith('ADMIN', {}, { userId: sub, name: 'Quản trị viên' });
  const head = userWith('DEPARTMENT_STAFF', { jurisdictionId: WARD, departmentId: NATURAL }, { officialId: HEAD, userId: `${sub}-head` });
  const rows = (who: string) =>
    graph.db.notifications.query(`SELECT operation, entity_type, entity_id, before, after FROM workflow.audit_log WHERE actor_subject = $1 ORDER BY id`, [who]);

  beforeAll(async () => {
    graph = await startTestGraph('security_audit_notifications', [notifications], { now: '2026-11-27T10:00:00+07:00' });
  });
  afterAll(() => graph?.close());

  it('audits updateEscalationPolicy with the ladder before and after', async () => {
    const stages = [
      { kind: 'REMINDER', offsetWorkingDays: -2, level: 0, recipient: 'ASSIGNEE' },
      { kind: 'ESCALATION', offsetWorkingDays: 1, level: 1, recipient: 'DEPARTMENT_HEAD' },
    ];
    await graph.ok(`mutation($input: UpdateEscalationPolicyInput!) { updateEscalationPolicy(input: $input) { itemKind } }`, { input: { itemKind: 'VOTER_PETITION', stages } }, admin);
    const [row] = await rows(sub);
    expect(row).toMatchObject({ operation: 'updateEscalationPolicy', entity_type: 'EscalationPolicy', entity_id: 'VOTER_PETITION' });
    expect(row.before.stages).toBeDefined();
    expect(row.after.stages).toHaveLength(2);
    expect(row.after.updatedBy).toBe(sub);
  });

  it('audits setCalendarException and removeCalendarException', async () => {
    await graph.ok(`mutation($input: SetCalendarExceptionInput!) { setCalendarException(input: $input) { date } }`, { input: { date: '2026-12-28', kind: 'DAY_OFF', reason: 'Nghỉ bù', source: 'Thông báo 12/TB-UBND' } }, admin);
    await graph.ok(`mutation { removeCalendarException(date: "2026-12-28") { date } }`, {}, admin);
    const written = (await rows(sub)).filter((r: { entity_type: string }) => r.entity_type === 'CalendarException');
    expect(written).toEqual([
      { operation: 'setCalendarException', entity_type: 'CalendarException', entity_id: '2026-12-28', before: null, after: { kind: 'DAY_OFF', reason: 'Nghỉ bù', source: 'Thông báo 12/TB-UBND' } },
      { operation: 'removeCalendarException', entity_type: 'CalendarException', entity_id: '2026-12-28', before: { kind: 'DAY_OFF', reason: 'Nghỉ bù', source: 'Thông báo 12/TB-UBND' }, after: {} },
    ]);
  });

  it('audits updateNotificationPreferences without the webhook URL’s secret', async () => {
    await graph.ok(
      `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { channels } }`,
      { input: { channels: ['IN_APP', 'WEBHOOK'], webhookUrl: `http://127.0.0.1:9/hooks?token=${WEBHOOK_TOKEN}` } },
      head,
    );
    const [row] = await rows(head.userId);
    expect(row).toMatchObject({ operation: 'updateNotificationPreferences', entity_type: 'NotificationPreference', entity_id: `OFFICIAL:${HEAD}`, before: null });
    expect(row.after.channels).toEqual(['IN_APP', 'WEBHOOK']);
    const dump = JSON.stringify(await graph.db.notifications.query('SELECT * FROM workflow.audit_log'));
    expect(dump).not.toContain(WEBHOOK_TOKEN);
  });

  it('writes no audit row for a refused edit, and serves its part of auditLog to ADMIN only', async () => {
    const before = await graph.db.notifications.query('SELECT count(*)::int AS n FROM workflow.audit_log');
    const r = await graph.query(`mutation { removeCalendarException(date: "2026-01-01") { date } }`, {}, head);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graph.db.notifications.query('SELECT count(*)::int AS n FROM workflow.audit_log')).toEqual(before);
    const LOG = `query ($f: AuditLogFilter) { auditLog(filter: $f) { notifications { totalCount nodes { operation } } } }`;
    const data = await graph.ok<{ auditLog: { notifications: { totalCount: number; nodes: Array<{ operation: string }> } } }>(LOG, { f: { actorSubject: sub } }, admin);
    expect(data.auditLog.notifications.nodes.map((n) => n.operation)).toEqual(['removeCalendarException', 'setCalendarException', 'updateEscalationPolicy']);
    expect((await graph.query(LOG, { f: {} }, head)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
