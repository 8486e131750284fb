import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CommitteeRole = 'HEAD' | 'DEPUTY_HEAD' | 'MEMBER';

/** Ban của HĐND (Ban Pháp chế, Ban Kinh tế – Xã hội…). */
@Entity({ name: 'council_committee' })
export class CouncilCommittee {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'term_id', type: 'uuid' })
  termId!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'text' })
  name!: string;
}

@Entity({ name: 'council_committee_member' })
export class CouncilCommitteeMember {
  @PrimaryColumn({ name: 'committee_id', type: 'uuid' })
  committeeId!: string;

  @PrimaryColumn({ name: 'delegate_id', type: 'uuid' })
  delegateId!: string;

  @Column({ type: 'text' })
  role!: CommitteeRole;
}
