import type { TrackedItemKind } from '@phoihop/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PolicyStage } from './stages';

/** Thang nhắc hạn và cảnh báo — the reminder and escalation ladder of one item kind. */
@Entity({ name: 'escalation_policy' })
export class EscalationPolicy {
  @PrimaryColumn({ name: 'item_kind', type: 'text' })
  itemKind!: TrackedItemKind;

  /** In firing order (validated on write). */
  @Column({ type: 'jsonb' })
  stages!: PolicyStage[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy!: string | null;
}
