import type { RecipientType } from '@phoihop/workflow';

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
