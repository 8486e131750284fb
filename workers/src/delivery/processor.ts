import { type Clock, type DeliveryConfig, type Logger } from '@phoihop/core';
import type { DeliveryStore, RecipientType } from '@phoihop/workflow';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { JobHandler } from '../jobs';
import type { WorkerMetrics } from '../metrics';
import type { Mailer } from './channels/email';
import { postWebhook } from './channels/webhook';
import type { DeliverJob, DigestJob } from './model';
import { windowFor } from './plan';
import { renderDigest, renderEmail, renderWebhook } from './render';
import { nextDeliverySlot, type DeliveryWindow } from './schedule';

/**
 * A claim lapses this long after its holder last renewed it; the holder renews it every
 * RENEW_MS while it sends (a slow SMTP server or webhook), so only a dead worker loses it,
 * and its delivery is retried, with the same key, within seconds.
 */
export const LEASE_MS = 10_000;
const RENEW_MS = 3_000;
/** A digest's claim is not renewed: one email, held as long as the old delivery lease. */
const DIGEST_LEASE_MS = 5 * 60_000;

export interface ProcessorDeps {
  store: DeliveryStore;
  mailer: Mailer;
  config: DeliveryConfig;
  /** Production refuses webhooks to localhost as well as to private networks. */
  production: boolean;
  clock: Clock;
  logger: Logger;
  metrics?: WorkerMetrics;
  baseWindow(): Promise<Omit<DeliveryWindow, 'quietHours'>>;
  /** Adds the digest job of a later day for items that missed theirs. */
  scheduleDigest(recipientType: RecipientType, recipientId: string, quietFrom: Date): Promise<void>;
}

/** Thrown to retry later when another processor holds the claim. */
export class ClaimedElsewhereError extends Error {}

/** Pauses between tries of recording a sent delivery. */
const MARK_SENT_PAUSES_MS = [100, 500, 2_000];

/**
 * Records a delivery as sent, retrying that statement alone (it is idempotent) through a brief
 * database error: failing the job here would send the message again once the lease ends.
 */
async function markSent(d: ProcessorDeps, deliveryId: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await d.store.markSent(deliveryId, d.clock.now());
    } catch (error) {
      if (attempt >= MARK_SENT_PAUSES_MS.length) throw error;
      d.logger.warn({ deliveryId, err: message(error) }, 'could not record a sent delivery; retrying');
      await new Promise((r) => setTimeout(r, MARK_SENT_PAUSES_MS[attempt]));
    }
  }
}

/**
 * Only a failure the send declares permanent (a 4xx webhook answer, an SMTP 5xx, a malformed
 * address) ends a delivery. A receiver that stays down past the job's attempts keeps the
 * delivery PENDING with its last error, and the reconciler runs it again (issue 10, item 1).
 */
const isFinal = (error: unknown) => error instanceof UnrecoverableError;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Outside the recipient's hours (a retry's backoff can land at night) the job goes back to
 * the delayed set until the next slot, without spending an attempt.
 */
async function deferOutsideWindow(job: Job, token: string | undefined, window: DeliveryWindow, now: Date): Promise<Date | null> {
  const slot = nextDeliverySlot(now, window);
  if (slot.getTime() <= now.getTime()) return null;
  if (token) {
    // BullMQ counts in wall-clock time; the domain clock may be a test's fixed clock.
    await job.moveToDelayed(Date.now() + (slot.getTime() - now.getTime()), token);
    throw new DelayedError();
  }
  return slot;
}

export function deliveryHandlers(d: ProcessorDeps): Record<'deliver' | 'digest', JobHandler> {
  async function deliver(job: Job, token?: string): Promise<void> {
    const { deliveryId } = job.data as DeliverJob;
    const delivery = await d.store.get(deliveryId);
    if (!delivery || delivery.state !== 'PENDING') return; // done meanwhile: nothing to do
    const now = d.clock.now();
    const [{ preference }] = await d.store.notificationsWithPreferences([delivery.notificationId]);
    const slot = await deferOutsideWindow(job, token, windowFor(preference, await d.baseWindow()), now);
    if (slot) return d.store.updateNotBefore(delivery.id, slot);

    const claim = await d.store.claim(delivery.id, now, LEASE_MS);
    if (!claim) {
      const lapses = await d.store.leaseEnd(delivery.id, LEASE_MS);
      if (!lapses) return; // sent or ended meanwhile
      if (token) {
        // Another worker holds it, or a dead one did: look again when its lease lapses.
        await job.moveToDelayed(Date.now() + Math.max(0, lapses.getTime() - now.getTime()) + 200, token);
        throw new DelayedError();
      }
      throw new ClaimedElsewhereError(`delivery ${delivery.id} is being sent by another worker`);
    }
    const renewal = setInterval(() => {
      d.store.renewClaim(delivery.id, claim, d.clock.now()).catch((err: unknown) => d.logger.warn({ deliveryId: delivery.id, err: message(err) }, 'could not renew a delivery lease'));
    }, RENEW_MS);
    try {
      const n = await d.store.notification(delivery.notificationId);
      if (delivery.channel === 'EMAIL') {
        await d.mailer.send(delivery.address, renderEmail(n), { messageId: `<delivery-${delivery.id}@phoihop>` });
      } else {
        if (!d.config.webhookSigningSecret) throw new UnrecoverableError('WEBHOOK_SIGNING_SECRET is not configured');
        await postWebhook(delivery.address, renderWebhook(delivery.id, n, now), {
          secret: d.config.webhookSigningSecret,
          idempotencyKey: delivery.id,
          now,
          allowLoopback: !d.production,
        });
      }
    } catch (error) {
      const final = isFinal(error);
      await d.store.recordFailure(delivery.id, message(error), final);
      if (final) d.metrics?.deliveries.inc({ channel: delivery.channel, state: 'FAILED' });
      d.logger.warn({ deliveryId: delivery.id, channel: delivery.channel, final, err: message(error) }, 'delivery failed');
      throw error;
    } finally {
      clearInterval(renewal);
    }
    await markSent(d, delivery.id);
    d.metrics?.deliveries.inc({ channel: delivery.channel, state: 'SENT' });
  }

  async function digest(job: Job, token?: string): Promise<void> {
    const { recipientType, recipientId, date } = job.data as DigestJob;
    const now = d.clock.now();
    const items = await d.store.dueDigestItems(recipientType, recipientId, now);
    if (items.length === 0) return;
    const [{ preference }] = await d.store.notificationsWithPreferences([items[0].notification.id]);
    if (await deferOutsideWindow(job, token, windowFor(preference, await d.baseWindow()), now)) return;

    const address = items[items.length - 1].address;
    const claim = await d.store.claimDigest({ recipientType, recipientId, date, address }, now, DIGEST_LEASE_MS);
    if (!claim) {
      const state = await d.store.digestState({ recipientType, recipientId, date });
      if (state === 'PENDING') throw new ClaimedElsewhereError(`digest ${recipientId} ${date} is being sent by another worker`);
      // That day's digest is gone already: these items missed it and ride with the next one.
      return d.scheduleDigest(recipientType, recipientId, now);
    }
    const ids = items.map((i) => i.deliveryId);
    try {
      await d.mailer.send(claim.address, renderDigest(date, items.map((i) => i.notification)), { messageId: `<digest-${claim.id}@phoihop>` });
    } catch (error) {
      const final = isFinal(error);
      await d.store.recordDigestFailure(claim.id, ids, message(error), final);
      if (final) d.metrics?.deliveries.inc({ channel: 'DIGEST', state: 'FAILED' });
      throw error;
    }
    await d.store.markDigestSent(claim.id, ids, d.clock.now());
    d.metrics?.deliveries.inc({ channel: 'DIGEST', state: 'SENT' });
    d.logger.info({ recipientType, recipientId, date, items: ids.length }, 'digest sent');
  }

  return { deliver, digest };
}
