import { FixedClock, loadConfig, migrate, stableId, WorkingCalendar, type Config } from '@phoihop/core';
import { DeliveryStore, workflowDataSource } from '@phoihop/workflow';
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/support/database';
import { waitFor } from '../../test/support/wait';
import { createDelivery, deliveryJobId, type Delivery } from '../src/delivery';

/** Friday 27 November 2026, 09:00 in Hà Tĩnh: working hours. */
const FRIDAY_9 = '2026-11-27T09:00:00+07:00';
const JURISDICTION = stableId('jurisdiction', '18073');
const RECOMMENDATION = stableId('recommendation', 'safety-test');

/** The database answers "connection terminated" to the first `markSentFailures` attempts to record a send. */
class BlippingStore extends DeliveryStore {
  markSentFailures = 0;
  override async markSent(id: string, now: Date): Promise<void> {
    if (this.markSentFailures > 0) {
      this.markSentFailures--;
      throw new Error('Connection terminated unexpectedly');
    }
    return super.markSent(id, now);
  }
}

describe('delivery: no double send, no SSRF, no late mail for old notifications', () => {
  let db: DataSource;
  let drop: () => Promise<void>;
  let hookServer: http.Server;
  let hooks: string[];
  let hookUrl: string;
  let config: Config;
  let store: BlippingStore;
  let delivery: Delivery;
  const clock = new FixedClock(FRIDAY_9);
  const prefix = `{test-delivery-safety-${randomBytes(4).toString('hex')}}`;

  beforeAll(async () => {
    const database = await createTestDatabase('delivery_safety');
    drop = database.drop;
    db = workflowDataSource(database.url);
    await migrate(db);
    hooks = [];
    hookServer = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        hooks.push(Buffer.concat(chunks).toString('utf8'));
        res.end();
      });
    });
    await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hooks/phoihop`;
    config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    store = new BlippingStore(db);
    delivery = createDelivery({
      db,
      redis: { host: '127.0.0.1', port: 6379 },
      prefix,
      config,
      clock,
      logger: pino({ level: 'silent' }),
      calendar: async () => WorkingCalendar.official(),
      jobOptions: { attempts: 3, backoff: { type: 'fixed', delay: 50 } },
      store,
    });
    await delivery.queue.waitUntilReady();
  });

  afterAll(async () => {
    await delivery?.queue.obliterate({ force: true });
    await delivery?.close();
    await new Promise((r) => hookServer?.close(r));
    await db?.destroy();
    await drop?.();
  });

  let seq = 0;
  async function notify(recipientId: string, createdAt = clock.now()): Promise<string> {
    const id = randomUUID();
    await db.query(
      `INSERT INTO workflow.notification (id, key, recipient_type, recipient_id, jurisdiction_id, item_kind, item_id, deadline_version, stage, level, subject, body, created_at)
       VALUES ($1, $2, 'OFFICIAL', $3, $4, 'RECOMMENDATION', $5, 1, $7, 0, 'Nhắc hạn: Kiến nghị số 12/KN-HĐND', 'Kiến nghị số 12/KN-HĐND: hạn giải quyết ngày 04/12/2026.', $6)`,
      [id, `RECOMMENDATION/${RECOMMENDATION}/v1/R${++seq}/OFFICIAL:${recipientId}`, recipientId, JURISDICTION, RECOMMENDATION, createdAt, `R${seq}`],
    );
    return id;
  }
  const preferWebhook = (recipientId: string, url: string) =>
    db.query(
      `INSERT INTO workflow.notification_preference (recipient_type, recipient_id, channels, webhook_url, daily_digest, digest_hour, updated_at, updated_by)
       VALUES ('OFFICIAL', $1, '{IN_APP,WEBHOOK}', $2, false, 8, now(), 'test')`,
      [recipientId, url],
    );
  const deliveriesOf = (notificationId: string): Promise<Array<Record<string, unknown>>> =>
    db.query(`SELECT id, state, attempts, last_error FROM workflow.delivery WHERE notification_id = $1`, [notificationId]);
  const settled = (notificationId: string) =>
    waitFor(async () => {
      const rows = await deliveriesOf(notificationId);
      return rows.length > 0 && rows.every((r) => r.state !== 'PENDING') && rows;
    });

  it('sends once when recording the send hits a brief database error', async () => {
    const official = stableId('official', 'safety-blip');
    await preferWebhook(official, hookUrl);
    store.markSentFailures = 1;
    const id = await notify(official);
    await delivery.afterNotificationsCreated([id]);
    const [row] = await settled(id);
    expect(row).toMatchObject({ state: 'SENT', attempts: 1, last_error: null });
    expect(await (await delivery.queue.getJob(deliveryJobId(row.id as string)))!.getState()).toBe('completed');
    expect(hooks.filter((h) => h.includes(id))).toHaveLength(1);
  });

  it('refuses at send time a webhook to a private address saved before the check, without connecting', async () => {
    const official = stableId('official', 'safety-private');
    await preferWebhook(official, 'https://10.255.0.1/hooks/phoihop');
    const id = await notify(official);
    await delivery.afterNotificationsCreated([id]);
    const [row] = await settled(id);
    expect(row).toMatchObject({ state: 'FAILED', attempts: 1 });
    expect(row.last_error).toMatch(/webhook target refused: .*mạng nội bộ/);
  });

  it('reconcile plans only notifications never planned, not old ones whose recipient turned webhooks on later', async () => {
    const official = stableId('official', 'safety-late');
    // Planned at the time with nothing to send: the recipient had only the inbox.
    const old = await notify(official, new Date(clock.now().getTime() - 2 * 24 * 3600_000));
    await delivery.afterNotificationsCreated([old]);
    expect(await deliveriesOf(old)).toEqual([]);
    await preferWebhook(official, hookUrl);
    // Committed, and the worker died before planning it.
    const lost = await notify(official);

    await delivery.reconcile();
    expect(await deliveriesOf(old)).toEqual([]);
    expect((await settled(lost))[0]).toMatchObject({ state: 'SENT' });
    await delivery.reconcile();
    expect(await deliveriesOf(old)).toEqual([]);
    expect(hooks.filter((h) => h.includes(old))).toEqual([]);
    expect(hooks.filter((h) => h.includes(lost))).toHaveLength(1);
  });
});
