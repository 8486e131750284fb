import { nfc } from '@phoihop/core';
import type { Notification } from '@phoihop/workflow';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const paragraphs = (body: string) =>
  body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

const FOOTER = 'Thư này được gửi tự động từ hệ thống Phối Hợp. Vui lòng không trả lời thư này.';

function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5">
${content}
<hr><p style="color:#666;font-size:12px">${escapeHtml(FOOTER)}</p>
</body></html>`;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** One notification as an email. */
export function renderEmail(n: Notification): RenderedEmail {
  const subject = nfc(n.subject);
  const body = nfc(n.body);
  return {
    subject,
    text: `${body}\n\n--\n${FOOTER}\n`,
    html: page(subject, `<h2>${escapeHtml(subject)}</h2>\n${paragraphs(body)}`),
  };
}

/** The day's notifications of one recipient as one email. */
export function renderDigest(date: string, items: Notification[]): RenderedEmail {
  const [y, m, d] = date.split('-');
  const subject = nfc(`Bản tin hằng ngày ngày ${d}/${m}/${y}: ${items.length} thông báo`);
  const text = items.map((n, i) => `${i + 1}. ${nfc(n.subject)}\n${nfc(n.body)}`).join('\n\n');
  const html = items.map((n) => `<h3>${escapeHtml(nfc(n.subject))}</h3>\n${paragraphs(nfc(n.body))}`).join('\n');
  return {
    subject,
    text: `${text}\n\n--\n${FOOTER}\n`,
    html: page(subject, `<h2>${escapeHtml(subject)}</h2>\n${html}`),
  };
}

/** The JSON body of a webhook; the receiver dedupes on `id` (also the Idempotency-Key header). */
export function renderWebhook(deliveryId: string, n: Notification, sentAt: Date): string {
  return JSON.stringify({
    id: deliveryId,
    type: 'notification',
    sentAt: sentAt.toISOString(),
    notification: {
      id: n.id,
      key: n.key,
      recipient: { type: n.recipientType, id: n.recipientId },
      jurisdictionId: n.jurisdictionId,
      item: { kind: n.itemKind, id: n.itemId, deadlineVersion: n.deadlineVersion },
      stage: n.stage,
      level: n.level,
      subject: nfc(n.subject),
      body: nfc(n.body),
      createdAt: n.createdAt.toISOString(),
    },
  });
}
