import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SocialSupervisionKind } from '../generated/graphql';

@Entity({ name: 'social_supervision' })
export class SocialSupervision {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'text' })
  kind!: SocialSupervisionKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'subject_name', type: 'text' })
  subjectName!: string;

  @Column({ name: 'subject_department_id', type: 'uuid', nullable: true })
  subjectDepartmentId!: string | null;

  @Column({ name: 'decision_document', type: 'text', nullable: true })
  decisionDocument!: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'text', nullable: true })
  conclusion!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
