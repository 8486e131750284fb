import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ReceptionDayKind = 'REGULAR' | 'THEMATIC' | 'UNSCHEDULED';
/** Who hosts the day: the committee chair, the council Standing Committee (Law 136/2025), or both. */
export type ReceptionHost = 'COMMITTEE_CHAIR' | 'COUNCIL_STANDING' | 'JOINT';

@Entity({ name: 'reception_day' })
export class ReceptionDay {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ type: 'text' })
  kind!: ReceptionDayKind;

  @Column({ name: 'hosting_body', type: 'text' })
  hostingBody!: ReceptionHost;

  @Column({ name: 'host_official_ids', type: 'uuid', array: true })
  hostOfficialIds!: string[];

  /** Council delegates receiving citizens with the committee (council's Delegate ids). */
  @Column({ name: 'delegate_ids', type: 'uuid', array: true })
  delegateIds!: string[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
