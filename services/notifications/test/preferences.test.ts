import { stableId } from '@phoihop/core';
import { notifications } from '@phoihop/notifications';
import { startTestGraph, type TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';

const WARD = stableId('jurisdiction', '18073');
const NATURAL = stableId('department', '436-tnmt');
const URBAN = stableId('department', '436-qldt');
const HEAD = stableId('official', 'head-tnmt');

const head = userWith('DEPARTMENT_STAFF', { jurisdictionId: WARD, departmentId: NATURAL }, { officialId: HEAD, userId: 'phan.dinh.hung' });
const urbanStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: WARD, departmentId: URBAN }, { officialId: stableId('official', 'staff-qldt') });
const delegate = userWith('DELEGATE', { jurisdictionId: WARD });

const PREFS = `fragment P on NotificationPreferences {
  recipientType recipientId channels email webhookUrl dailyDigest digestHour quietHoursStart quietHoursEnd updatedAt
}`;
const ME = `query { me { notificationPreferences { ...P } } } ${PREFS}`;
const UPDATE = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { ...P } } ${PREFS}`;
const DEPT = `query($d: ID!) { departmentNotificationPreferences(departmentId: $d) { ...P } } ${PREFS}`;
const UPDATE_DEPT = `mutation($d: ID!, $input: NotificationPreferencesInput!) {
  updateDepartmentNotificationPreferences(departmentId: $d, input: $input) { ...P } } ${PREFS}`;

describe('notification preferences', () => {
  let graph: TestGraph;
  const rows = () => graph.db.notifications.query(`SELECT recipient_type, recipient_id, channels, email, daily_digest FROM workflow.notification_preference ORDER BY 1, 2`);

  beforeAll(async () => {
    graph = await startTestGraph('preferences', [notifications], { now: '2026-11-27T09:00:00+07:00' });
  });
  afterAll(() => graph?.close());
  beforeEach(() => graph.db.notifications.query(`DELETE FROM workflow.notification_preference`));

  it('shows the defaults until an official saves preferences', async () => {
    const data = await graph.ok(ME, {}, head);
    expect(data).toEqual({
      me: {
        notificationPreferences: {
          recipientType: 'OFFICIAL', recipientId: HEAD, channels: ['IN_APP'], email: null, webhookUrl: null,
          dailyDigest: false, digestHour: 8, quietHoursStart: null, quietHoursEnd: null, updatedAt: null,
        },
      },
    });
  });

  it('saves an official’s channels, digest and quiet hours; the inbox stays on', async () => {
    const input = { channels: ['EMAIL'], email: 'phan.dinh.hung@hatinh.gov.vn', dailyDigest: true, digestHour: 9, quietHoursStart: '11:30', quietHoursEnd: '13:30' };
    const saved = await graph.ok<{ updateNotificationPreferences: Record<string, unknown> }>(UPDATE, { input }, head);
    const expected = {
      recipientType: 'OFFICIAL', recipientId: HEAD, channels: ['IN_APP', 'EMAIL'], email: 'phan.dinh.hung@hatinh.gov.vn', webhookUrl: null,
      dailyDigest: true, digestHour: 9, quietHoursStart: '11:30', quietHoursEnd: '13:30', updatedAt: '2026-11-27T02:00:00.000Z',
    };
    expect(saved.updateNotificationPreferences).toEqual(expected);
    expect((await graph.ok<{ me: { notificationPreferences: unknown } }>(ME, {}, head)).me.notificationPreferences).toEqual(expected);
    // Saving again replaces, never duplicates.
    await graph.ok(UPDATE, { input: { channels: ['IN_APP', 'WEBHOOK'], webhookUrl: 'https://tnmt.hatinh.gov.vn/hooks/phoihop' } }, head);
    expect(await rows()).toEqual([{ recipient_type: 'OFFICIAL', recipient_id: HEAD, channels: ['IN_APP', 'WEBHOOK'], email: null, daily_digest: false }]);
  });

  it.each([
    ['email channel without an address', { channels: ['EMAIL'] }, 'input.email'],
    ['malformed email', { channels: ['EMAIL'], email: 'phong tnmt@hatinh' }, 'input.email'],
    ['webhook channel without a URL', { channels: ['WEBHOOK'] }, 'input.webhookUrl'],
    ['plain-http webhook to another host', { channels: ['WEBHOOK'], webhookUrl: 'http://example.org/hook' }, 'input.webhookUrl'],
    ['not a URL', { channels: ['WEBHOOK'], webhookUrl: 'tnmt.hatinh.gov.vn' }, 'input.webhookUrl'],
    ['webhook to a private network', { channels: ['WEBHOOK'], webhookUrl: 'https://10.20.30.40/hook' }, 'input.webhookUrl'],
    ['webhook to the cloud metadata address', { channels: ['WEBHOOK'], webhookUrl: 'https://169.254.169.254/latest/meta-data' }, 'input.webhookUrl'],
    ['webhook to an IPv6 unique-local address', { channels: ['WEBHOOK'], webhookUrl: 'https://[fd12:3456::1]/hook' }, 'input.webhookUrl'],
    ['webhook to an IPv4-mapped private address', { channels: ['WEBHOOK'], webhookUrl: 'https://[::ffff:192.168.1.10]/hook' }, 'input.webhookUrl'],
    ['digest without email', { channels: ['IN_APP'], dailyDigest: true }, 'input.dailyDigest'],
    ['digest hour out of range', { channels: ['EMAIL'], email: 'a@hatinh.gov.vn', dailyDigest: true, digestHour: 24 }, 'input.digestHour'],
    ['quiet hours not HH:MM', { channels: ['IN_APP'], quietHoursStart: '7h', quietHoursEnd: '08:00' }, 'input.quietHoursStart'],
    ['quiet hours with one end', { channels: ['IN_APP'], quietHoursStart: '22:00' }, 'input.quietHoursEnd'],
    ['empty quiet hours', { channels: ['IN_APP'], quietHoursStart: '22:00', quietHoursEnd: '22:00' }, 'input.quietHoursEnd'],
  ])('refuses %s, naming the field and writing nothing', async (_label, input, field) => {
    const res = await graph.query(UPDATE, { input }, head);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await rows()).toEqual([]);
  });

  it('needs a signed-in official', async () => {
    expect((await graph.query(ME, {}, null)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const res = await graph.query(UPDATE, { input: { channels: ['IN_APP'] } }, delegate);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await rows()).toEqual([]);
  });

  it('lets a department’s own staff and admins set where the department’s reminders go', async () => {
    const input = { channels: ['EMAIL'], email: 'tnmt@hatinh.gov.vn' };
    const saved = await graph.ok<{ updateDepartmentNotificationPreferences: Record<string, unknown> }>(UPDATE_DEPT, { d: NATURAL, input }, head);
    expect(saved.updateDepartmentNotificationPreferences).toMatchObject({ recipientType: 'DEPARTMENT', recipientId: NATURAL, email: 'tnmt@hatinh.gov.vn' });
    expect(await graph.ok(DEPT, { d: NATURAL }, userWith('ADMIN'))).toMatchObject({ departmentNotificationPreferences: { channels: ['IN_APP', 'EMAIL'] } });

    for (const user of [urbanStaff, delegate, userWith('COMMITTEE_LEADER', { jurisdictionId: WARD })]) {
      expect((await graph.query(DEPT, { d: NATURAL }, user)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const res = await graph.query(UPDATE_DEPT, { d: NATURAL, input: { channels: ['IN_APP'] } }, user);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await rows()).toEqual([{ recipient_type: 'DEPARTMENT', recipient_id: NATURAL, channels: ['IN_APP', 'EMAIL'], email: 'tnmt@hatinh.gov.vn', daily_digest: false }]);
    const bad = await graph.query(UPDATE_DEPT, { d: 'not-a-uuid', input: { channels: ['IN_APP'] } }, userWith('ADMIN'));
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
  });
});
