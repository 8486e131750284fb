import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'voter_contact_meeting' })
export class VoterContactMeeting {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  /** Copied from the round, so scoping never needs a join. */
  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ name: 'locality_name', type: 'text' })
  localityName!: string;

  @Column({ name: 'locality_id', type: 'uuid', nullable: true })
  localityId!: string | null;

  /** Locality and place folded (no diacritics, case or spacing), so a point counts once. */
  @Column({ name: 'point_key', type: 'text' })
  pointKey!: string;

  @Column({ name: 'voter_count', type: 'int' })
  voterCount!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Last correction (`updateVoterContactMeeting`), null if never corrected. */
  @Column({ name: 'corrected_at', type: 'timestamptz', nullable: true })
  correctedAt!: Date | null;
}

@Entity({ name: 'meeting_delegate' })
export class MeetingDelegate {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'delegate_id', type: 'uuid' })
  delegateId!: string;
}

@Entity({ name: 'meeting_official' })
export class MeetingOfficial {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'official_id', type: 'uuid' })
  officialId!: string;
}
