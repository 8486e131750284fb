import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SupervisionKind = 'SURVEY' | 'SUPERVISION';
export type SupervisingBody = 'STANDING_COMMITTEE' | 'COUNCIL_COMMITTEE';
export type SupervisionStatus = 'PLANNED' | 'IN_PROGRESS' | 'CONCLUDED';

/** Cuộc khảo sát, giám sát. */
@Entity({ name: 'supervision' })
export class Supervision {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'text' })
  kind!: SupervisionKind;

  @Column({ type: 'boolean' })
  thematic!: boolean;

  @Column({ name: 'conducted_by', type: 'text' })
  conductedBy!: SupervisingBody;

  @Column({ name: 'council_committee_id', type: 'uuid', nullable: true })
  councilCommitteeId!: string | null;

  @Column({ type: 'text' })
  subject!: string;

  /** When the delegation works. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  /** The period under review (e.g. 2021–2023), when the plan names one. */
  @Column({ name: 'review_from', type: 'date', nullable: true })
  reviewFrom!: string | null;

  @Column({ name: 'review_to', type: 'date', nullable: true })
  reviewTo!: string | null;

  @Column({ name: 'target_department_ids', type: 'uuid', array: true })
  targetDepartmentIds!: string[];

  @Column({ name: 'target_resolution_ids', type: 'uuid', array: true })
  targetResolutionIds!: string[];

  @Column({ type: 'text' })
  status!: SupervisionStatus;

  @Column({ name: 'conclusion_date', type: 'date', nullable: true })
  conclusionDate!: string | null;

  @Column({ type: 'text', nullable: true })
  conclusion!: string | null;
}
