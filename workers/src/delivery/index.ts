import { toLocalTime, type Clock, type Config, type Logger } from '@phoihop/core';
import { Queue, UnrecoverableError, Worker, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { DataSource } from 'typeorm';
import { processMetrics, type WorkerMetrics } from '../metrics';
import { calendarOf, type CalendarSource } from './calendar';
import { createMailer } from './channels/email';
import type { DeliverJob, DeliveryRow, DigestJob, RecipientType } from './model';
import { deliveryIntents, notBefore, windowFor } from './plan';
import { deliveryHandlers, type JobHandler } from './processor';
import { nextDigestTime } from './schedule';
import { DeliveryStore, type PlannedDelivery } from './store';

export const DELIVERY_QUEUE = 'delivery';
export const DELIVERY_JOB_NAMES = ['deliver', 'digest'] as const;
export { signWebhook, verifyWebhookSignature, SIGNATURE_HEADER as WEBHOOK_SIGNATURE_HEADER, IDEMPOTENCY_HEADER } from './channels/webhook';

/** How far back reconcile looks for notifications whose deliveries were never planned. */
const RECONCILE_WINDOW_MS = 7 * 24 * 3600_000;
const DAY_S = 24 * 3600;

export interface DeliveryOptions {
  /** DataSource of the notifications service (schema `workflow`). */
  db: DataSource;
  connection: ConnectionOptions;
  prefix: string;
  config: Config;
  clock: Clock;
  logger: Logger;
  /** Where deliveries and lateness are counted; the process's registry by default. */
  metrics?: WorkerMetrics;
  /** The working-day calendar; by default the admin-edited one read through `db`. */
  calendar?: CalendarSource;
  concurrency?: number;
  /** Tests that drive the handlers themselves pass false. */
  autorun?: boolean;
  jobOptions?: Pick<JobsOptions, 'attempts' | 'backoff'>;
  /** The deliveries' storage; tests pass one that fails on cue. */
  store?: DeliveryStore;
}

/** One table of job names → handler, refused at start when a name has none or an extra one. */
function checkHandlers(handlers: Record<string, JobHandler>): void {
  const names = Object.keys(handlers).sort();
  if (names.join() !== [...DELIVERY_JOB_NAMES].sort().join()) {
    throw new Error(`delivery handlers ${names.join(', ')} do not match job names ${DELIVERY_JOB_NAMES.join(', ')}`);
  }
}

const safeId = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');
export const deliveryJobId = (deliveryId: string) => `delivery-${deliveryId}`;
export const digestJobId = (recipientType: string, recipientId: string, date: string) =>
  `digest-${safeId(recipientType)}-${safeId(recipientId)}-${date}`;

/**
 * Email and webhook delivery of notifications (issue #6, part 5). Postgres holds every
 * delivery and its state; BullMQ only carries ids at the right time, and `reconcile`
 * rebuilds the jobs from Postgres.
 */
export function createDelivery(o: DeliveryOptions) {
  // An ioredis instance is shared as it is; options get the producer and worker settings of STYLE.md.
  const shared = typeof (o.connection as { duplicate?: unknown }).duplicate === 'function';
  const producer = (shared ? o.connection : { ...o.connection, enableOfflineQueue: false }) as ConnectionOptions;
  const consumer = (shared ? o.connection : { ...o.connection, maxRetriesPerRequest: null }) as ConnectionOptions;
  const store = o.store ?? new DeliveryStore(o.db);
  const metrics = o.metrics ?? processMetrics;
  const mailer = createMailer(o.config.delivery.smtpUrl, o.config.delivery.mailFrom);
  const calendar = o.calendar ?? calendarOf(o.db);
  const baseWindow = async () => {
    const days = await calendar();
    return { timeZone: o.config.timeZone, workingHours: o.config.delivery.workingHours, isWorkingDay: (d: string) => days.isWorkingDay(d) };
  };
  const queue = new Queue<DeliverJob | DigestJob>(DELIVERY_QUEUE, {
    connection: producer,
    prefix: o.prefix,
    defaultJobOptions: {
      attempts: o.jobOptions?.attempts ?? 8,
      backoff: o.jobOptions?.backoff ?? { type: 'exponential', delay: 30_000 },
      // Completed jobs are the dedupe window of the job ids; failed ones keep their error.
      removeOnComplete: { age: 32 * DAY_S },
      removeOnFail: { age: 90 * DAY_S },
    },
  });

  const delayUntil = (at: Date) => Math.max(0, at.getTime() - o.clock.now().getTime());

  async function addDigestJob(recipientType: RecipientType, recipientId: string, at: Date): Promise<void> {
    const date = toLocalTime(at, o.config.timeZone).date;
    await queue.add('digest', { recipientType, recipientId, date }, { jobId: digestJobId(recipientType, recipientId, date), delay: delayUntil(at) });
  }

  /** Adds the job of a pending delivery; `replace` first drops a finished job of the same id (reconcile). */
  async function enqueue(d: DeliveryRow, replace: boolean): Promise<void> {
    if (d.digest) {
      const date = toLocalTime(d.notBefore, o.config.timeZone).date;
      const existing = replace ? await queue.getJob(digestJobId(d.recipientType, d.recipientId, date)) : undefined;
      const state = existing ? await existing.getState() : undefined;
      if (state === 'completed' || state === 'failed') return scheduleDigest(d.recipientType, d.recipientId, o.clock.now());
      return addDigestJob(d.recipientType, d.recipientId, d.notBefore);
    }
    const jobId = deliveryJobId(d.id);
    if (replace) {
      const existing = await queue.getJob(jobId);
      const state = existing ? await existing.getState() : undefined;
      if (existing && (state === 'completed' || state === 'failed')) await existing.remove();
    }
    await queue.add('deliver', { deliveryId: d.id }, { jobId, delay: delayUntil(d.notBefore) });
  }

  async function scheduleDigest(recipientType: RecipientType, recipientId: string, after: Date): Promise<void> {
    const [row] = await o.db.query(
      `SELECT digest_hour, to_char(quiet_hours_start, 'HH24:MI') AS qs, to_char(quiet_hours_end, 'HH24:MI') AS qe
       FROM workflow.notification_preference WHERE recipient_type = $1 AND recipient_id = $2`,
      [recipientType, recipientId],
    );
    const hour = row ? Number(row.digest_hour) : 8;
    const window = windowFor(row ? { quietHoursStart: row.qs, quietHoursEnd: row.qe } : null, await baseWindow());
    // Strictly after today's digest: search from the next minute.
    await addDigestJob(recipientType, recipientId, nextDigestTime(new Date(after.getTime() + 60_000), hour, window).at);
  }

  const handlers = deliveryHandlers({
    store,
    mailer,
    config: o.config.delivery,
    production: o.config.isProduction,
    clock: o.clock,
    logger: o.logger,
    metrics,
    baseWindow,
    scheduleDigest,
  });
  checkHandlers(handlers);

  const worker = new Worker<DeliverJob | DigestJob>(
    DELIVERY_QUEUE,
    async (job, token) => {
      const handler = (handlers as Record<string, JobHandler>)[job.name];
      if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
      await handler(job, token);
    },
    {
      connection: consumer,
      prefix: o.prefix,
      concurrency: o.concurrency ?? 5,
      autorun: o.autorun ?? true,
    },
  );
  worker.on('error', (err) => o.logger.error({ err }, 'delivery worker error'));
  metrics.instrument(worker);

  async function plan(notificationIds: string[]): Promise<void> {
    if (notificationIds.length === 0) return;
    const now = o.clock.now();
    const planned: PlannedDelivery[] = [];
    const base = await baseWindow();
    for (const { notification, preference } of await store.notificationsWithPreferences(notificationIds)) {
      const window = windowFor(preference, base);
      for (const intent of deliveryIntents(notification, preference, o.config.delivery)) {
        planned.push({ notificationId: notification.id, ...intent, notBefore: notBefore(intent, preference, window, now) });
      }
    }
    await store.insert(planned, notificationIds, now);
  }

  return {
    queue,
    worker,
    handlers,
    /** Plans the deliveries of freshly committed notifications and schedules their jobs. Idempotent. */
    async afterNotificationsCreated(notificationIds: string[]): Promise<void> {
      if (notificationIds.length === 0) return;
      await plan(notificationIds);
      for (const d of await store.pending(notificationIds)) await enqueue(d, false);
    },
    /** Rebuilds from Postgres: plans forgotten notifications, re-adds a job for every pending delivery. */
    async reconcile(): Promise<number> {
      const now = o.clock.now();
      await plan(await store.unplannedNotifications(new Date(now.getTime() - RECONCILE_WINDOW_MS)));
      const pending = await store.pending();
      for (const d of pending) await enqueue(d, true);
      return pending.length;
    },
    async close(): Promise<void> {
      await worker.close();
      await queue.close();
      mailer.close();
    },
  };
}

export type Delivery = ReturnType<typeof createDelivery>;
