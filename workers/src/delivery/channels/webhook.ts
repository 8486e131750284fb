import { webhookTargetProblem } from '@phoihop/workflow';
import { UnrecoverableError } from 'bullmq';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signature, after Stripe's scheme: header
 * `Phoihop-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 * The receiver recomputes v1 over the raw body and rejects a timestamp older than its
 * tolerance, which stops replays.
 */
export const SIGNATURE_HEADER = 'phoihop-signature';
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const DEFAULT_TOLERANCE_SECONDS = 300;
const TIMEOUT_MS = 10_000;

export function signWebhook(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/** For receivers (and tests): true when the header signs this body within the tolerance. */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string | undefined,
  now: Date,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1) return false;
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const given = Buffer.from(parts.v1);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function isWebhookUrl(address: string): boolean {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export class WebhookError extends Error {}

/** POSTs a signed body; 2xx is delivered; 408, 429, 5xx and network errors retry; 3xx and other 4xx do not. */
export async function postWebhook(
  url: string,
  body: string,
  o: { secret: string; idempotencyKey: string; now: Date; /** Outside production only. */ allowLoopback: boolean },
): Promise<void> {
  if (!isWebhookUrl(url)) throw new UnrecoverableError(`malformed webhook URL: ${url}`);
  // Checked again at send time: the name may point somewhere else than when it was saved.
  const problem = await webhookTargetProblem(url, { allowLoopback: o.allowLoopback });
  if (problem) throw new UnrecoverableError(`webhook target refused: ${problem}`);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'PhoiHop-Webhooks/1',
      [SIGNATURE_HEADER]: signWebhook(o.secret, body, o.now),
      [IDEMPOTENCY_HEADER]: o.idempotencyKey,
    },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await res.body?.cancel();
  if (res.status >= 200 && res.status < 300) return;
  const message = `webhook answered HTTP ${res.status}`;
  // A redirect or a 4xx is a misconfigured receiver; only 408, 429 and 5xx are worth a retry.
  if (res.status < 500 && res.status !== 408 && res.status !== 429) throw new UnrecoverableError(message);
  throw new WebhookError(message);
}
