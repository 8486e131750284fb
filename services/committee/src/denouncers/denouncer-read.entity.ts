import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Lượt xem danh tính người tố cáo — one read of a denouncer's identity, written in the request
 * that returned it. Append-only: the table refuses UPDATE and DELETE (migration trigger).
 */
@Entity({ name: 'denouncer_read' })
export class DenouncerRead {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** The token's subject. */
  @Column({ name: 'user_id', type: 'text' })
  userId!: string;

  @Column({ name: 'official_id', type: 'uuid' })
  officialId!: string;

  @Column({ name: 'read_at', type: 'timestamptz' })
  readAt!: Date;
}
