import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DelegatePosition =
  | 'CHAIR'
  | 'VICE_CHAIR'
  | 'STANDING_MEMBER'
  | 'COMMITTEE_HEAD'
  | 'COMMITTEE_DEPUTY_HEAD'
  | 'COMMITTEE_MEMBER'
  | 'DELEGATE';

@Entity({ name: 'delegate' })
export class Delegate {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'term_id', type: 'uuid' })
  termId!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  /** Lower-case name without diacritics, for search. */
  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;

  /** Đơn vị bầu cử. */
  @Column({ name: 'electoral_unit', type: 'text' })
  electoralUnit!: string;

  @Column({ type: 'text' })
  position!: DelegatePosition;

  /** The day the delegate left the council (thôi làm nhiệm vụ đại biểu); null while serving. */
  @Column({ name: 'mandate_ended_on', type: 'date', nullable: true })
  mandateEndedOn!: string | null;

  @Column({ name: 'mandate_end_reason', type: 'text', nullable: true })
  mandateEndReason!: string | null;
}
