import { referenceData, toLocalTime, type Clock, type Config, type Logger, type WorkingCalendar } from '@phoihop/core';
import { DeliveryStore, type DeliveryRow, type PlannedDelivery, type RecipientType } from '@phoihop/workflow';
import type { JobsOptions } from 'bullmq';
import type { DataSource } from 'typeorm';
import { processMetrics, type WorkerMetrics } from '../metrics';
import { createQueue, createWorker, type QueueAt } from '../queues';
import { createMailer } from './channels/email';
import type { DeliverJob, DigestJob } from './model';
import { deliveryIntents, notBefore, windowFor } from './plan';
import { deliveryHandlers } from './processor';
import { nextDigestTime } from './schedule';

export { signWebhook, verifyWebhookSignature, SIGNATURE_HEADER as WEBHOOK_SIGNATURE_HEADER, IDEMPOTENCY_HEADER } from './channels/webhook';

/** How far back reconcile looks for notifications whose deliveries were never planned. */
const RECONCILE_WINDOW_MS = 7 * 24 * 3600_000;

export interface DeliveryOptions extends QueueAt {
  /** DataSource of the `workflow` schema. */
  db: DataSource;
  config: Config;
  clock: Clock;
  logger: Logger;
  /** Where deliveries and lateness are counted; the process's registry by default. */
  metrics?: WorkerMetrics;
  /** The working-day calendar; by default the admin-edited one read through `db`. */
  calendar?: () => Promise<Pick<WorkingCalendar, 'isWorkingDay'>>;
  concurrency?: number;
  /** Tests that drive the handlers themselves pass false. */
  autorun?: boolean;
  jobOptions?: Pick<JobsOptions, 'attempts' | 'backoff'>;
  /** The deliveries' storage; tests pass one that fails on cue. */
  store?: DeliveryStore;
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
  const store = o.store ?? new DeliveryStore(o.db);
  const metrics = o.metrics ?? processMetrics;
  const mailer = createMailer(o.config.delivery.smtpUrl, o.config.delivery.mailFrom);
  const calendar = o.calendar ?? (() => referenceData.loadCalendar(o.db));
  const baseWindow = async () => {
    const days = await calendar();
    return { timeZone: o.config.timeZone, workingHours: o.config.delivery.workingHours, isWorkingDay: (d: string) => days.isWorkingDay(d) };
  };
  const queue = createQueue<DeliverJob | DigestJob>('delivery', o, o.jobOptions);

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
    const preference = await store.preference(recipientType, recipientId);
    const window = windowFor(preference, await baseWindow());
    // Strictly after today's digest: search from the next minute.
    await addDigestJob(recipientType, recipientId, nextDigestTime(new Date(after.getTime() + 60_000), preference?.digestHour ?? 8, window).at);
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
  const worker = createWorker('delivery', Object.entries(handlers), { ...o, metrics });

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
