import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RecipientType } from '../inbox/notification.entity';

export type NotificationChannel = 'IN_APP' | 'EMAIL' | 'WEBHOOK';

/**
 * Tùy chọn nhận thông báo — how one recipient (an official, a department) wants its
 * notifications. The delivery worker reads these rows when it plans email and webhooks.
 */
@Entity({ name: 'notification_preference' })
export class NotificationPreference {
  @PrimaryColumn({ name: 'recipient_type', type: 'text' })
  recipientType!: RecipientType;

  @PrimaryColumn({ name: 'recipient_id', type: 'text' })
  recipientId!: string;

  /** Always holds IN_APP: the inbox cannot be switched off. */
  @Column({ type: 'text', array: true })
  channels!: NotificationChannel[];

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'webhook_url', type: 'text', nullable: true })
  webhookUrl!: string | null;

  @Column({ name: 'daily_digest', type: 'boolean' })
  dailyDigest!: boolean;

  /** Local hour (0–23) of the daily digest; moved into office hours when outside them. */
  @Column({ name: 'digest_hour', type: 'smallint' })
  digestHour!: number;

  /** 'HH:MM:SS' as Postgres returns a `time`; may wrap midnight. */
  @Column({ name: 'quiet_hours_start', type: 'time', nullable: true })
  quietHoursStart!: string | null;

  @Column({ name: 'quiet_hours_end', type: 'time', nullable: true })
  quietHoursEnd!: string | null;

  /** Null only for the defaults of a recipient who never saved preferences. */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date | null;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}
