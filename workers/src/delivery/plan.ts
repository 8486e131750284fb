import { minutesOf, type DeliveryConfig } from '@phoihop/core';
import type { DeliveryChannel, Notification, PreferenceRow } from '@phoihop/workflow';
import { nextDeliverySlot, nextDigestTime, type DeliveryWindow } from './schedule';

export interface DeliveryIntent {
  channel: DeliveryChannel;
  address: string;
  digest: boolean;
}

/**
 * Where a notification goes besides the inbox. A recipient's preferences decide; a
 * department without preferences gets the deployment's default address, if any.
 */
export function deliveryIntents(n: Notification, pref: PreferenceRow | null, defaults: DeliveryConfig): DeliveryIntent[] {
  if (!pref) {
    if (n.recipientType !== 'DEPARTMENT') return [];
    const out: DeliveryIntent[] = [];
    if (defaults.defaultEmail) out.push({ channel: 'EMAIL', address: defaults.defaultEmail, digest: false });
    if (defaults.defaultWebhookUrl) out.push({ channel: 'WEBHOOK', address: defaults.defaultWebhookUrl, digest: false });
    return out;
  }
  const out: DeliveryIntent[] = [];
  if (pref.channels.includes('EMAIL') && pref.email) out.push({ channel: 'EMAIL', address: pref.email, digest: pref.dailyDigest });
  // A digest is an email; webhooks feed other systems and go out as the items come.
  if (pref.channels.includes('WEBHOOK') && pref.webhookUrl) out.push({ channel: 'WEBHOOK', address: pref.webhookUrl, digest: false });
  return out;
}

/** The recipient's window: office hours of the deployment, narrowed by the recipient's quiet hours. */
export function windowFor(pref: Pick<PreferenceRow, 'quietHoursStart' | 'quietHoursEnd'> | null, base: Omit<DeliveryWindow, 'quietHours'>): DeliveryWindow {
  const quiet =
    pref?.quietHoursStart && pref.quietHoursEnd ? { start: minutesOf(pref.quietHoursStart), end: minutesOf(pref.quietHoursEnd) } : null;
  return { ...base, quietHours: quiet };
}

/** When the delivery may go out: the next allowed slot, or the digest time for digest users. */
export function notBefore(intent: DeliveryIntent, pref: PreferenceRow | null, window: DeliveryWindow, now: Date): Date {
  return intent.digest && pref ? nextDigestTime(now, pref.digestHour, window).at : nextDeliverySlot(now, window);
}
