/** Rows the delivery worker reads and writes in the `workflow` schema (raw SQL, see store.ts). */

export type DeliveryChannel = 'EMAIL' | 'WEBHOOK';
export type DeliveryState = 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';
export type RecipientType = 'OFFICIAL' | 'DEPARTMENT' | 'BODY';

/** A notification as the workflow engineer writes it: subject and body are Vietnamese (NFC). */
export interface NotificationRow {
  id: string;
  key: string;
  recipientType: RecipientType;
  recipientId: string;
  jurisdictionId: string | null;
  itemKind: string;
  itemId: string;
  deadlineVersion: number;
  stage: string;
  level: number;
  subject: string;
  body: string;
  createdAt: Date;
}

export interface PreferenceRow {
  channels: string[];
  email: string | null;
  webhookUrl: string | null;
  dailyDigest: boolean;
  digestHour: number;
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
}

export interface DeliveryRow {
  id: string;
  notificationId: string;
  channel: DeliveryChannel;
  address: string;
  state: DeliveryState;
  digest: boolean;
  attempts: number;
  notBefore: Date;
  recipientType: RecipientType;
  recipientId: string;
}

/** Payloads carry ids only; the processor re-reads the rows (STYLE.md, Jobs). */
export interface DeliverJob {
  deliveryId: string;
}

export interface DigestJob {
  recipientType: RecipientType;
  recipientId: string;
  /** Local date of the digest, YYYY-MM-DD. */
  date: string;
}
