import type { DataSource, EntityManager } from 'typeorm';
import type { Notification, RecipientType } from '../inbox/notification.entity';
import type { NotificationPreference } from '../preferences/notification-preference.entity';

export type DeliveryChannel = 'EMAIL' | 'WEBHOOK';
export type DeliveryState = 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';

/** What delivery reads of a recipient's preferences; quiet hours as 'HH:MM'. */
export type PreferenceRow = Pick<NotificationPreference, 'channels' | 'email' | 'webhookUrl' | 'dailyDigest' | 'digestHour' | 'quietHoursStart' | 'quietHoursEnd'>;

/** One email or webhook delivery of a notification (workflow.delivery), with its recipient. */
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

type Runner = Pick<DataSource | EntityManager, 'query'>;

const NOTIFICATION_COLUMNS = `n.id, n.key, n.recipient_type, n.recipient_id, n.jurisdiction_id, n.item_kind, n.item_id,
  n.deadline_version, n.stage, n.level, n.subject, n.body, n.created_at, n.read_at, n.deliveries_planned_at`;

const DELIVERY_COLUMNS = `d.id, d.notification_id, d.channel, d.address, d.state, d.digest, d.attempts, d.not_before,
  n.recipient_type, n.recipient_id`;

type Raw = Record<string, unknown>;

const orNull = (v: unknown) => (v ? new Date(v as string) : null);

const toNotification = (r: Raw): Notification => ({
  id: r.id as string,
  key: r.key as string,
  recipientType: r.recipient_type as RecipientType,
  recipientId: r.recipient_id as string,
  jurisdictionId: r.jurisdiction_id as string,
  itemKind: r.item_kind as Notification['itemKind'],
  itemId: r.item_id as string,
  deadlineVersion: Number(r.deadline_version),
  stage: r.stage as string,
  level: Number(r.level),
  subject: r.subject as string,
  body: r.body as string,
  createdAt: new Date(r.created_at as string),
  readAt: orNull(r.read_at),
  deliveriesPlannedAt: orNull(r.deliveries_planned_at),
});

const toDelivery = (r: Raw): DeliveryRow => ({
  id: r.id as string,
  notificationId: r.notification_id as string,
  channel: r.channel as DeliveryChannel,
  address: r.address as string,
  state: r.state as DeliveryRow['state'],
  digest: r.digest as boolean,
  attempts: Number(r.attempts),
  notBefore: new Date(r.not_before as string),
  recipientType: r.recipient_type as RecipientType,
  recipientId: r.recipient_id as string,
});

const PREFERENCE_COLUMNS = `p.channels AS p_channels, p.email AS p_email, p.webhook_url AS p_webhook_url,
  p.daily_digest AS p_daily_digest, p.digest_hour AS p_digest_hour,
  to_char(p.quiet_hours_start, 'HH24:MI') AS p_quiet_hours_start, to_char(p.quiet_hours_end, 'HH24:MI') AS p_quiet_hours_end`;

const toPreference = (r: Raw): PreferenceRow | null =>
  r.p_channels
    ? {
        channels: r.p_channels as PreferenceRow['channels'],
        email: r.p_email as string | null,
        webhookUrl: r.p_webhook_url as string | null,
        dailyDigest: r.p_daily_digest as boolean,
        digestHour: Number(r.p_digest_hour),
        quietHoursStart: r.p_quiet_hours_start as string | null,
        quietHoursEnd: r.p_quiet_hours_end as string | null,
      }
    : null;

export interface PlannedDelivery {
  notificationId: string;
  channel: DeliveryChannel;
  address: string;
  digest: boolean;
  notBefore: Date;
}

export interface DigestItem {
  deliveryId: string;
  address: string;
  notification: Notification;
}

export interface DigestClaim {
  id: string;
  address: string;
}

/**
 * The deliveries' SQL over the `workflow` schema (the workers' side of the one owner, DESIGN.md
 * rule 1). Writes that return rows are wrapped in a CTE so the driver hands back the rows
 * whatever the command.
 */
export class DeliveryStore {
  constructor(private readonly db: DataSource) {}

  async notificationsWithPreferences(ids: string[]): Promise<Array<{ notification: Notification; preference: PreferenceRow | null }>> {
    if (ids.length === 0) return [];
    const rows: Raw[] = await this.db.query(
      `SELECT ${NOTIFICATION_COLUMNS}, ${PREFERENCE_COLUMNS}
       FROM workflow.notification n
       LEFT JOIN workflow.notification_preference p ON p.recipient_type = n.recipient_type AND p.recipient_id = n.recipient_id
       WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => ({ notification: toNotification(r), preference: toPreference(r) }));
  }

  /** Notifications of the last days whose deliveries were never planned: a crash between commit and planning. */
  async unplannedNotifications(since: Date): Promise<string[]> {
    const rows: Raw[] = await this.db.query(
      `SELECT n.id FROM workflow.notification n WHERE n.created_at >= $1 AND n.deliveries_planned_at IS NULL`,
      [since],
    );
    return rows.map((r) => r.id as string);
  }

  /**
   * Records the deliveries planned for these notifications, and that they were planned (with
   * none, when the recipient wanted none), together. Idempotent: a delivery already planned
   * for (notification, channel, address) is kept as it is.
   */
  async insert(planned: PlannedDelivery[], notificationIds: string[], at: Date): Promise<void> {
    await this.db.transaction(async (m) => {
      if (planned.length) {
        await m.query(
          `INSERT INTO workflow.delivery (notification_id, channel, address, digest, not_before)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::boolean[], $5::timestamptz[])
           ON CONFLICT (notification_id, channel, address) DO NOTHING`,
          [
            planned.map((p) => p.notificationId),
            planned.map((p) => p.channel),
            planned.map((p) => p.address),
            planned.map((p) => p.digest),
            planned.map((p) => p.notBefore.toISOString()),
          ],
        );
      }
      await m.query(`UPDATE workflow.notification SET deliveries_planned_at = $2 WHERE id = ANY($1::uuid[]) AND deliveries_planned_at IS NULL`, [notificationIds, at]);
    });
  }

  async pending(notificationIds?: string[]): Promise<DeliveryRow[]> {
    const rows: Raw[] = await this.db.query(
      `SELECT ${DELIVERY_COLUMNS} FROM workflow.delivery d JOIN workflow.notification n ON n.id = d.notification_id
       WHERE d.state = 'PENDING' ${notificationIds ? 'AND d.notification_id = ANY($1::uuid[])' : ''}
       ORDER BY d.not_before`,
      notificationIds ? [notificationIds] : [],
    );
    return rows.map(toDelivery);
  }

  async get(id: string): Promise<DeliveryRow | null> {
    const rows: Raw[] = await this.db.query(
      `SELECT ${DELIVERY_COLUMNS} FROM workflow.delivery d JOIN workflow.notification n ON n.id = d.notification_id WHERE d.id = $1`,
      [id],
    );
    return rows.length ? toDelivery(rows[0]) : null;
  }

  /** A recipient's preferences as delivery reads them; null when they never saved any. */
  async preference(recipientType: RecipientType, recipientId: string): Promise<PreferenceRow | null> {
    const rows: Raw[] = await this.db.query(
      `SELECT ${PREFERENCE_COLUMNS} FROM workflow.notification_preference p WHERE p.recipient_type = $1 AND p.recipient_id = $2`,
      [recipientType, recipientId],
    );
    return rows.length ? toPreference(rows[0]) : null;
  }

  async notification(id: string): Promise<Notification> {
    const rows: Raw[] = await this.db.query(`SELECT ${NOTIFICATION_COLUMNS} FROM workflow.notification n WHERE n.id = $1`, [id]);
    return toNotification(rows[0]);
  }

  /**
   * Records the attempt before anything is sent and takes a short lease on the row, under a
   * token of its own: a second processor of the same delivery finds it taken (or already SENT)
   * and sends nothing. The holder renews the lease while it sends; a worker that died lets it
   * lapse within `leaseMs`, and the retry goes out with the same key. Null when taken.
   */
  async claim(id: string, now: Date, leaseMs: number): Promise<string | null> {
    const rows: Raw[] = await this.db.query(
      `WITH c AS (UPDATE workflow.delivery SET attempts = attempts + 1, claimed_at = $2, claim_token = gen_random_uuid()
         WHERE id = $1 AND state = 'PENDING' AND (claimed_at IS NULL OR claimed_at < $3) RETURNING claim_token)
       SELECT claim_token FROM c`,
      [id, now, new Date(now.getTime() - leaseMs)],
    );
    return rows.length === 1 ? (rows[0].claim_token as string) : null;
  }

  /** Extends the holder's lease; false when the claim is no longer this holder's. */
  async renewClaim(id: string, token: string, now: Date): Promise<boolean> {
    const rows: Raw[] = await this.db.query(
      `WITH r AS (UPDATE workflow.delivery SET claimed_at = $3 WHERE id = $1 AND claim_token = $2 AND state = 'PENDING' RETURNING id) SELECT id FROM r`,
      [id, token, now],
    );
    return rows.length === 1;
  }

  /** When the current lease of a delivery lapses; null when nobody holds one. */
  async leaseEnd(id: string, leaseMs: number): Promise<Date | null> {
    const rows: Raw[] = await this.db.query(`SELECT claimed_at FROM workflow.delivery WHERE id = $1 AND state = 'PENDING'`, [id]);
    const at = rows[0]?.claimed_at as string | undefined;
    return at ? new Date(new Date(at).getTime() + leaseMs) : null;
  }

  async markSent(id: string, now: Date, m: Runner = this.db): Promise<void> {
    await m.query(
      `UPDATE workflow.delivery SET state = 'SENT', sent_at = $2, claimed_at = NULL, claim_token = NULL, last_error = NULL WHERE id = $1`,
      [id, now],
    );
  }

  /** Keeps the error; a final failure ends the delivery, otherwise the lease is released for the retry. */
  async recordFailure(id: string, error: string, final: boolean): Promise<void> {
    await this.db.query(
      `UPDATE workflow.delivery SET last_error = $2, claimed_at = NULL, claim_token = NULL, state = CASE WHEN $3 THEN 'FAILED' ELSE state END
       WHERE id = $1 AND state = 'PENDING'`,
      [id, error.slice(0, 2000), final],
    );
  }

  async markSkipped(id: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE workflow.delivery SET state = 'SKIPPED', last_error = $2, claimed_at = NULL WHERE id = $1`, [id, reason]);
  }

  /** One digest per recipient and day: created on first use, then leased like a delivery. */
  async claimDigest(r: { recipientType: string; recipientId: string; date: string; address: string }, now: Date, leaseMs: number): Promise<DigestClaim | null> {
    await this.db.query(
      `INSERT INTO workflow.digest (recipient_type, recipient_id, digest_date, address) VALUES ($1, $2, $3, $4)
       ON CONFLICT (recipient_type, recipient_id, digest_date) DO NOTHING`,
      [r.recipientType, r.recipientId, r.date, r.address],
    );
    const rows: Raw[] = await this.db.query(
      `WITH c AS (UPDATE workflow.digest SET attempts = attempts + 1, claimed_at = $4
         WHERE recipient_type = $1 AND recipient_id = $2 AND digest_date = $3 AND state = 'PENDING'
           AND (claimed_at IS NULL OR claimed_at < $5) RETURNING id, address)
       SELECT id, address FROM c`,
      [r.recipientType, r.recipientId, r.date, now, new Date(now.getTime() - leaseMs)],
    );
    return rows.length ? { id: rows[0].id as string, address: rows[0].address as string } : null;
  }

  async digestState(r: { recipientType: string; recipientId: string; date: string }): Promise<string | null> {
    const rows: Raw[] = await this.db.query(
      `SELECT state FROM workflow.digest WHERE recipient_type = $1 AND recipient_id = $2 AND digest_date = $3`,
      [r.recipientType, r.recipientId, r.date],
    );
    return rows.length ? (rows[0].state as string) : null;
  }

  /** The recipient's digest deliveries that are due, with their notifications. */
  async dueDigestItems(recipientType: string, recipientId: string, now: Date): Promise<DigestItem[]> {
    const rows: Raw[] = await this.db.query(
      `SELECT d.id AS delivery_id, d.address AS delivery_address, ${NOTIFICATION_COLUMNS} FROM workflow.delivery d JOIN workflow.notification n ON n.id = d.notification_id
       WHERE d.digest AND d.state = 'PENDING' AND d.not_before <= $3 AND n.recipient_type = $1 AND n.recipient_id = $2
       ORDER BY n.created_at, n.id`,
      [recipientType, recipientId, now],
    );
    return rows.map((r) => ({ deliveryId: r.delivery_id as string, address: r.delivery_address as string, notification: toNotification(r) }));
  }

  async markDigestSent(digestId: string, deliveryIds: string[], now: Date): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(`UPDATE workflow.digest SET state = 'SENT', sent_at = $2, claimed_at = NULL, last_error = NULL WHERE id = $1`, [digestId, now]);
      await m.query(
        `UPDATE workflow.delivery SET state = 'SENT', sent_at = $2, digest_id = $3, claimed_at = NULL WHERE id = ANY($1::uuid[]) AND state = 'PENDING'`,
        [deliveryIds, now, digestId],
      );
    });
  }

  /** A final failure fails the digest and the deliveries it carried. */
  async recordDigestFailure(digestId: string, deliveryIds: string[], error: string, final: boolean): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(
        `UPDATE workflow.digest SET last_error = $2, claimed_at = NULL, state = CASE WHEN $3 THEN 'FAILED' ELSE state END WHERE id = $1`,
        [digestId, error.slice(0, 2000), final],
      );
      if (final) {
        await m.query(
          `UPDATE workflow.delivery SET state = 'FAILED', last_error = $2, digest_id = $3 WHERE id = ANY($1::uuid[]) AND state = 'PENDING'`,
          [deliveryIds, error.slice(0, 2000), digestId],
        );
      }
    });
  }

  async updateNotBefore(id: string, at: Date): Promise<void> {
    await this.db.query(`UPDATE workflow.delivery SET not_before = $2 WHERE id = $1 AND state = 'PENDING'`, [id, at]);
  }
}
