import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DelegationLevel, VoterContactRoundKind } from '../generated/graphql';

@Entity({ name: 'voter_contact_round' })
export class VoterContactRound {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'text' })
  kind!: VoterContactRoundKind;

  /** The council's Session (federation reference; not a foreign key). */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  @Column({ name: 'delegation_level', type: 'text' })
  delegationLevel!: DelegationLevel;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  topic!: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Last correction (`updateVoterContactRound`), null if never corrected. */
  @Column({ name: 'corrected_at', type: 'timestamptz', nullable: true })
  correctedAt!: Date | null;
}
