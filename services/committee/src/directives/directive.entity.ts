import { Column, Entity, PrimaryColumn } from 'typeorm';

export type FollowUpSourceType = 'RECOMMENDATION' | 'VOTER_PETITION' | 'FRONT_RECOMMENDATION' | 'CITIZEN_CASE';

@Entity({ name: 'directive' })
export class Directive {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  /** Số hiệu, e.g. "125/UBND-TNMT". */
  @Column({ type: 'text' })
  number!: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Column({ name: 'signer_id', type: 'uuid' })
  signerId!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'source_type', type: 'text' })
  sourceType!: FollowUpSourceType;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
