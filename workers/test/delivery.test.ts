import { FixedClock, loadConfig, migrate, stableId, WorkingCalendar, type Config } from '@phoihop/core';
import { workflowDataSource } from '@phoihop/workflow';
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/support/database';
import { createDelivery, deliveryJobId, digestJobId, verifyWebhookSignature, type Delivery } from '../src/delivery';
import { ClaimedElsewhereError } from '../src/delivery/processor';
import { WorkerMetrics } from '../src/metrics';
import { waitFor } from '../../test/support/wait';

/** Friday 27 November 2026, 09:00 in Hà Tĩnh. */
const FRIDAY_9 = '2026-11-27T09:00:00+07:00';
const JURISDICTION = stableId('jurisdiction', '18073');
const OFFICER = stableId('official', 'head-tnmt');
const DEPARTMENT = stableId('department', '436-tnmt');
const RECOMMENDATION = stableId('recommendation', 'test');

interface Received {
  to: string[];
  raw: string;
}

/** RFC 2047 encoded words (B and Q), as nodemailer writes a Vietnamese subject. */
function decodeHeader(value: string): string {
  return value.replace(/\r?\n[ \t]+/g, ' ').replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) => {
    if (enc.toUpperCase() === 'B') return Buffer.from(data, 'base64').toString('utf8');
    const bytes: number[] = [];
    for (let i = 0; i < data.length; i++) {
      if (data[i] === '=') {
        bytes.push(parseInt(data.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(data[i] === '_' ? 32 : data.charCodeAt(i));
    }
    return Buffer.from(bytes).toString('utf8');
  });
}

function parseMail(raw: string) {
  const subject = decodeHeader(/^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(raw)![1]);
  const part = (type: string) => {
    const m = new RegExp(`Content-Type: ${type}[\\s\\S]*?\\r?\\n\\r?\\n([\\s\\S]*?)\\r?\\n--`, 'i').exec(raw);
    return m ? Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8') : '';
  };
  return { subject, text: part('text/plain'), html: part('text/html'), messageId: /^Message-ID: (.*)$/im.exec(raw)?.[1] };
}


describe('notification delivery', () => {
  let db: DataSource;
  let drop: () => Promise<void>;
  let smtp: SMTPServer;
  let mails: Received[];
  let hookServer: http.Server;
  let hooks: Array<{ body: string; headers: http.IncomingHttpHeaders; valid: boolean }>;
  let hookStatus: number;
  let hookUrl: string;
  let config: Config;
  let clock: FixedClock;
  let delivery: Delivery;
  let metrics: WorkerMetrics;
  const prefix = `{test-delivery-${randomBytes(4).toString('hex')}}`;

  beforeAll(async () => {
    const database = await createTestDatabase('delivery');
    drop = database.drop;
    db = workflowDataSource(database.url);
    await migrate(db);

    mails = [];
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, cb) {
        if (address.address.startsWith('khong-ton-tai@')) return cb(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        cb();
      },
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          cb();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    const smtpPort = (smtp.server.address() as AddressInfo).port;

    config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, NOTIFY_DEFAULT_EMAIL: 'vanthu@phoihop.local' });
    clock = new FixedClock(FRIDAY_9);

    hooks = [];
    hookStatus = 200;
    hookServer = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const valid = verifyWebhookSignature(config.delivery.webhookSigningSecret!, body, req.headers['phoihop-signature'] as string, clock.now());
        hooks.push({ body, headers: req.headers, valid });
        res.statusCode = valid ? hookStatus : 401;
        res.end();
      });
    });
    await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hooks/phoihop`;

    metrics = new WorkerMetrics();
    delivery = createDelivery({
      db,
      redis: { host: '127.0.0.1', port: 6379 },
      prefix,
      config,
      clock,
      logger: pino({ level: 'silent' }),
      metrics,
      calendar: async () => WorkingCalendar.official(),
      jobOptions: { attempts: 3, backoff: { type: 'fixed', delay: 50 } },
    });
    await delivery.queue.waitUntilReady();
  });

  afterAll(async () => {
    await delivery?.queue.obliterate({ force: true });
    await delivery?.close();
    await new Promise<void>((r) => smtp?.close(() => r()));
    await new Promise((r) => hookServer?.close(r));
    await db?.destroy();
    await drop?.();
  });

  beforeEach(async () => {
    clock.set(FRIDAY_9);
    hookStatus = 200;
    await db.query(`DELETE FROM workflow.delivery; DELETE FROM workflow.digest; DELETE FROM workflow.notification; DELETE FROM workflow.notification_preference`);
    await delivery.queue.obliterate({ force: true });
    mails.length = 0;
    hooks.length = 0;
  });

  let seq = 0;
  async function notify(o: { recipientType?: string; recipientId?: string; subject?: string; body?: string } = {}): Promise<string> {
    const id = randomUUID();
    const stage = `R${++seq}`;
    await db.query(
      `INSERT INTO workflow.notification (id, key, recipient_type, recipient_id, jurisdiction_id, item_kind, item_id, deadline_version, stage, level, subject, body, created_at)
       VALUES ($1, $2, $3, $4, $5, 'RECOMMENDATION', $6, 1, $7, 0, $8, $9, $10)`,
      [
        id,
        `RECOMMENDATION/${RECOMMENDATION}/v1/${stage}/${o.recipientType ?? 'OFFICIAL'}:${o.recipientId ?? OFFICER}`,
        o.recipientType ?? 'OFFICIAL',
        o.recipientId ?? OFFICER,
        JURISDICTION,
        RECOMMENDATION,
        stage,
        o.subject ?? 'Nhắc hạn: Kiến nghị số 12/KN-HĐND còn 2 ngày làm việc',
        o.body ?? 'Kiến nghị về xử lý ô nhiễm môi trường tại phường Bắc Hồng Lĩnh đến hạn trả lời ngày 01/12/2026.\n\nĐề nghị Phòng Tài nguyên và Môi trường báo cáo kết quả.',
        clock.now(),
      ],
    );
    return id;
  }

  async function prefer(p: { channels: string[]; email?: string; webhookUrl?: string; dailyDigest?: boolean; digestHour?: number; quiet?: [string, string] }, recipientId = OFFICER) {
    await db.query(
      `INSERT INTO workflow.notification_preference (recipient_type, recipient_id, channels, email, webhook_url, daily_digest, digest_hour, quiet_hours_start, quiet_hours_end, updated_at, updated_by)
       VALUES ('OFFICIAL', $1, $2, $3, $4, $5, $6, $7, $8, now(), 'test')`,
      [recipientId, p.channels, p.email ?? null, p.webhookUrl ?? null, p.dailyDigest ?? false, p.digestHour ?? 8, p.quiet?.[0] ?? null, p.quiet?.[1] ?? null],
    );
  }

  const deliveries = (): Promise<Array<Record<string, unknown>>> =>
    db.query(`SELECT id, channel, address, state, attempts, last_error, not_before, sent_at, digest, digest_id FROM workflow.delivery ORDER BY created_at, id`);
  const settled = (n = 1) => waitFor(async () => {
    const rows = await deliveries();
    return rows.length >= n && rows.every((r) => r.state !== 'PENDING') && rows;
  });

  it('emails a notification in Vietnamese to the recipient through a real SMTP server', async () => {
    await prefer({ channels: ['IN_APP', 'EMAIL'], email: 'phan.dinh.hung@hatinh.gov.vn' });
    const id = await notify();
    await delivery.afterNotificationsCreated([id]);
    const [row] = await settled();
    expect(row).toMatchObject({ channel: 'EMAIL', address: 'phan.dinh.hung@hatinh.gov.vn', state: 'SENT', attempts: 1, last_error: null });
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(['phan.dinh.hung@hatinh.gov.vn']);
    const mail = parseMail(mails[0].raw);
    expect(mail.subject).toBe('Nhắc hạn: Kiến nghị số 12/KN-HĐND còn 2 ngày làm việc');
    expect(mail.text).toContain('Đề nghị Phòng Tài nguyên và Môi trường báo cáo kết quả.');
    expect(mail.html).toContain('<h2>Nhắc hạn: Kiến nghị số 12/KN-HĐND còn 2 ngày làm việc</h2>');
    expect(mail.messageId).toBe(`<delivery-${row.id}@phoihop>`);
    expect(/^From: .*no-reply@phoihop\.local/im.test(mails[0].raw)).toBe(true);
  });

  it('posts a signed webhook with an idempotency key', async () => {
    await prefer({ channels: ['IN_APP', 'WEBHOOK'], webhookUrl: hookUrl });
    const id = await notify();
    await delivery.afterNotificationsCreated([id]);
    const [row] = await settled();
    expect(row).toMatchObject({ channel: 'WEBHOOK', state: 'SENT', attempts: 1 });
    expect(hooks).toHaveLength(1);
    expect(hooks[0].valid).toBe(true);
    expect(hooks[0].headers['idempotency-key']).toBe(row.id);
    expect(hooks[0].headers['phoihop-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const body = JSON.parse(hooks[0].body);
    expect(body).toMatchObject({ id: row.id, type: 'notification', notification: { id, subject: 'Nhắc hạn: Kiến nghị số 12/KN-HĐND còn 2 ngày làm việc', item: { kind: 'RECOMMENDATION' } } });
    // A tampered body or a stale timestamp does not verify.
    const secret = config.delivery.webhookSigningSecret!;
    const header = hooks[0].headers['phoihop-signature'] as string;
    expect(verifyWebhookSignature(secret, hooks[0].body.replace('12/KN', '13/KN'), header, clock.now())).toBe(false);
    expect(verifyWebhookSignature(secret, hooks[0].body, header, new Date(clock.now().getTime() + 10 * 60_000))).toBe(false);
  });

  it('sends once when a delivery is processed twice, in turn or at the same time', async () => {
    await prefer({ channels: ['IN_APP', 'EMAIL'], email: 'phan.dinh.hung@hatinh.gov.vn' });
    const id = await notify();
    await delivery.afterNotificationsCreated([id]);
    const [row] = await settled();
    const job = (await delivery.queue.getJob(deliveryJobId(row.id as string)))!;
    // In turn: the job re-run (or re-added) finds the delivery SENT.
    await delivery.handlers.deliver(job);
    await delivery.afterNotificationsCreated([id]);
    expect(await delivery.reconcile()).toBe(0);
    // At the same time: a second processor finds the claim taken and retries later, sending nothing.
    await db.query(`UPDATE workflow.delivery SET state = 'PENDING', sent_at = NULL, claimed_at = $1`, [clock.now()]);
    await expect(delivery.handlers.deliver(job)).rejects.toBeInstanceOf(ClaimedElsewhereError);
    await new Promise((r) => setTimeout(r, 200));
    expect(mails).toHaveLength(1);
    expect((await deliveries())[0]).toMatchObject({ state: 'PENDING', attempts: 1 });
  });

  it('recovers a delivery whose worker died after claiming it: once the lease ends, reconcile sends it once', async () => {
    await prefer({ channels: ['IN_APP', 'EMAIL'], email: 'phan.dinh.hung@hatinh.gov.vn' });
    clock.set('2026-11-27T18:00:00+07:00');
    const id = await notify();
    await delivery.afterNotificationsCreated([id]);
    // A worker claimed it (state recorded before sending) and died before it sent anything.
    clock.set('2026-11-30T07:30:00+07:00');
    await db.query(`UPDATE workflow.delivery SET attempts = 1, claimed_at = $1`, [clock.now()]);
    await (await delivery.queue.getJob(deliveryJobId((await deliveries())[0].id as string)))!.remove();
    clock.advance(6 * 60_000);
    expect(await delivery.reconcile()).toBe(1);
    const [row] = await settled();
    expect(row).toMatchObject({ state: 'SENT', attempts: 2 });
    expect(mails).toHaveLength(1);
  });

  it('waits outside working hours until the next working hour of the calendar', async () => {
    await prefer({ channels: ['IN_APP', 'EMAIL'], email: 'phan.dinh.hung@hatinh.gov.vn' });
    clock.set('2026-11-27T17:30:00+07:00'); // Friday after hours → Monday 07:30
    const id = await notify();
    await delivery.afterNotificationsCreated([id]);
    const [row] = await deliveries();
    expect(row).toMatchObject({ state: 'PENDING', attempts: 0 });
    expect((row.not_before as Date).toISOString()).toBe('2026-11-30T00:30:00.000Z');
    const job = (await delivery.queue.getJob(deliveryJobId(row.id as string)))!;
    expect(await job.getState()).toBe('delayed');
    expect(job.opts.delay).toBe((2 * 24 + 14) * 3600_000);
    // Run early by hand (a promoted job): it goes back to wait, nothing is sent.
    await job.promote();
    await waitFor(async () => (await job.getState()) === 'delayed' && (await delivery.queue.getJob(job.id!))!.attemptsMade === 0);
    expect(mails).toHaveLength(0);
    // Monday 07:30: it goes out.
    clock.set('2026-11-30T07:30:00+07:00');
    await job.promote();
    await settled();
    expect(mails).toHaveLength(1);
  });

  it('skips official days off and the recipient quiet hours', async () => {
    await prefer({ channels: ['IN_APP', 'EMAIL'], email: 'phan.dinh.hung@hatinh.gov.vn', quiet: ['07:00', '09:30'] });
    clock.set('2026-09-01T18:00:00+07:00'); // 2 Sep 2026 National Day off (and 1 Sep with it)
    const id = await notify();
    await delivery.afterNotificationsCreated([id]);
    const [row] = await deliveries();
    expect((row.not_before as Date).toISOString()).toBe('2026-09-03T02:30:00.000Z');
  });

  it('fails at once on a permanent error and keeps the error; retries a temporary one, past its attempts through reconcile', async () => {
    await prefer({ channels: ['IN_APP', 'EMAIL', 'WEBHOOK'], email: 'khong-ton-tai@hatinh.gov.vn', webhookUrl: hookUrl });
    hookStatus = 503;
    const id = await notify();
    await delivery.afterNotificationsCreated([id]);
    const rows = await waitFor(async () => {
      const all = await deliveries();
      const e = all.find((r) => r.channel === 'EMAIL');
      const h = all.find((r) => r.channel === 'WEBHOOK');
      const job = h && (await delivery.queue.getJob(deliveryJobId(h.id as string)));
      return e?.state === 'FAILED' && job && (await job.getState()) === 'failed' && all;
    });
    const email = rows.find((r) => r.channel === 'EMAIL')!;
    const hook = rows.find((r) => r.channel === 'WEBHOOK')!;
    expect(email).toMatchObject({ state: 'FAILED', attempts: 1 });
    expect(email.last_error).toMatch(/SMTP 550/);
    // A 503 is not final: the job ran out of attempts, the delivery stays PENDING with its error.
    expect(hook).toMatchObject({ state: 'PENDING', attempts: 3, last_error: 'webhook answered HTTP 503' });
    expect(hooks).toHaveLength(3);
    hookStatus = 200;
    expect(await delivery.reconcile()).toBe(1);
    await settled(2);
    expect((await deliveries()).find((r) => r.id === hook.id)).toMatchObject({ state: 'SENT', attempts: 4 });
    expect(hooks).toHaveLength(4);
    const failed = (await delivery.queue.getJob(deliveryJobId(email.id as string)))!;
    expect(await failed.getState()).toBe('failed');
    expect(failed.failedReason).toMatch(/SMTP 550/);
    expect(failed.attemptsMade).toBe(1);

    hookStatus = 400;
    await db.query(`DELETE FROM workflow.notification_preference`);
    await prefer({ channels: ['IN_APP', 'WEBHOOK'], webhookUrl: hookUrl });
    const second = await notify();
    await delivery.afterNotificationsCreated([second]);
    const row = await waitFor(async () => (await deliveries()).find((r) => r.state === 'FAILED' && r.id !== hook.id && r.id !== email.id));
    expect(row).toMatchObject({ attempts: 1, last_error: 'webhook answered HTTP 400' });
  });

  it('fails a malformed address without trying', async () => {
    await prefer({ channels: ['IN_APP', 'EMAIL'], email: 'phong-tnmt' });
    await delivery.afterNotificationsCreated([await notify()]);
    const [row] = await settled();
    expect(row).toMatchObject({ state: 'FAILED', attempts: 1, last_error: 'malformed email address: phong-tnmt' });
    expect(mails).toHaveLength(0);
  });

  it('batches a digest user’s notifications into one email at the digest hour', async () => {
    await prefer({ channels: ['IN_APP', 'EMAIL'], email: 'phan.dinh.hung@hatinh.gov.vn', dailyDigest: true, digestHour: 8 });
    const a = await notify({ subject: 'Nhắc hạn: Kiến nghị số 12/KN-HĐND còn 2 ngày làm việc' });
    clock.advance(60_000);
    const b = await notify({ subject: 'Quá hạn: Kiến nghị cử tri về đèn chiếu sáng đường Trần Phú' });
    await delivery.afterNotificationsCreated([a]);
    await delivery.afterNotificationsCreated([b]);
    const rows = await deliveries();
    expect(rows.map((r) => [r.digest, r.state, (r.not_before as Date).toISOString()])).toEqual([
      [true, 'PENDING', '2026-11-30T01:00:00.000Z'],
      [true, 'PENDING', '2026-11-30T01:00:00.000Z'],
    ]);
    const job = (await delivery.queue.getJob(digestJobId('OFFICIAL', OFFICER, '2026-11-30')))!;
    expect(await job.getState()).toBe('delayed');
    clock.set('2026-11-30T08:00:00+07:00');
    await job.promote();
    const sent = await settled(2);
    expect(new Set(sent.map((r) => r.digest_id)).size).toBe(1);
    expect(sent.every((r) => r.state === 'SENT')).toBe(true);
    expect(mails).toHaveLength(1);
    const mail = parseMail(mails[0].raw);
    expect(mail.subject).toBe('Bản tin hằng ngày ngày 30/11/2026: 2 thông báo');
    expect(mail.text).toContain('1. Nhắc hạn: Kiến nghị số 12/KN-HĐND còn 2 ngày làm việc');
    expect(mail.text).toContain('2. Quá hạn: Kiến nghị cử tri về đèn chiếu sáng đường Trần Phú');
    await delivery.handlers.digest(job);
    expect(mails).toHaveLength(1);
    expect(await db.query(`SELECT digest_date::text, state FROM workflow.digest`)).toEqual([{ digest_date: '2026-11-30', state: 'SENT' }]);
  });

  it('reconcile plans notifications committed without deliveries; departments fall back to the deployment address', async () => {
    const id = await notify({ recipientType: 'DEPARTMENT', recipientId: DEPARTMENT });
    const none = await notify({ recipientType: 'OFFICIAL', recipientId: stableId('official', 'no-prefs') });
    expect(await delivery.reconcile()).toBe(1);
    const [row] = await settled();
    expect(row).toMatchObject({ channel: 'EMAIL', address: 'vanthu@phoihop.local', state: 'SENT' });
    expect(mails[0].to).toEqual(['vanthu@phoihop.local']);
    expect(await db.query(`SELECT 1 FROM workflow.delivery WHERE notification_id = $1`, [none])).toEqual([]);
    expect(id).toBeTruthy();
  });

  it('counts deliveries and job lateness for Prometheus', async () => {
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/phoihop_deliveries_total\{channel="EMAIL",state="SENT"\} \d+/);
    expect(text).toMatch(/phoihop_deliveries_total\{channel="WEBHOOK",state="FAILED"\} \d+/);
    expect(text).toMatch(/phoihop_deliveries_total\{channel="DIGEST",state="SENT"\} 1/);
    expect(text).toMatch(/phoihop_job_lateness_seconds_count\{queue="delivery",name="deliver"\} \d+/);
  });
});
