import type { TrackedItemKind } from '@phoihop/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type RecipientType = 'OFFICIAL' | 'DEPARTMENT' | 'BODY';

/**
 * Thông báo — one message to one recipient; the row is the in-app inbox entry. `key`
 * (item kind, item id, deadline version, stage, recipient) makes every send idempotent.
 */
@Entity({ name: 'notification' })
export class Notification {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ type: 'text', unique: true })
  key!: string;

  @Column({ name: 'recipient_type', type: 'text' })
  recipientType!: RecipientType;

  /** Official or department uuid, or `COUNCIL_STANDING:<jurisdictionId>` for a body. */
  @Column({ name: 'recipient_id', type: 'text' })
  recipientId!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ name: 'item_kind', type: 'text' })
  itemKind!: TrackedItemKind;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ name: 'deadline_version', type: 'int' })
  deadlineVersion!: number;

  @Column({ type: 'text' })
  stage!: string;

  @Column({ type: 'int' })
  level!: number;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** When the workers planned its email and webhook deliveries; null until then. */
  @Column({ name: 'deliveries_planned_at', type: 'timestamptz', nullable: true })
  deliveriesPlannedAt!: Date | null;
}

/** The idempotency key of a notification (DESIGN.md rule 4). */
export function notificationKey(n: Pick<Notification, 'itemKind' | 'itemId' | 'deadlineVersion' | 'stage' | 'recipientType' | 'recipientId'>): string {
  return `${n.itemKind}/${n.itemId}/v${n.deadlineVersion}/${n.stage}/${n.recipientType}:${n.recipientId}`;
}

/** The `Me` object: no fields of its own, the inbox is read through the service. */
export type Inbox = Record<string, never>;
