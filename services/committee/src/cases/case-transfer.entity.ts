import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Chuyển đơn — a case handed to another department (and inspector); the legal clock runs on. */
@Entity({ name: 'case_transfer' })
export class CaseTransfer {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'from_department_id', type: 'uuid' })
  fromDepartmentId!: string;

  @Column({ name: 'to_department_id', type: 'uuid' })
  toDepartmentId!: string;

  @Column({ name: 'from_inspector_id', type: 'uuid', nullable: true })
  fromInspectorId!: string | null;

  @Column({ name: 'to_inspector_id', type: 'uuid', nullable: true })
  toInspectorId!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'transferred_on', type: 'date' })
  transferredOn!: string;

  @Column({ name: 'transferred_at', type: 'timestamptz' })
  transferredAt!: Date;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;
}
