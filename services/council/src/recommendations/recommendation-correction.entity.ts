import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FieldOfResponsibility } from '../generated/graphql';

/** One correction of a recommendation's text or departments, with what it replaced. */
@Entity({ name: 'recommendation_correction' })
export class RecommendationCorrection {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ name: 'corrected_at', type: 'timestamptz' })
  correctedAt!: Date;

  /** The user id of the Standing Committee member who corrected it. */
  @Column({ name: 'corrected_by', type: 'text' })
  correctedBy!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'previous_content', type: 'text' })
  previousContent!: string;

  @Column({ name: 'previous_field', type: 'text', nullable: true })
  previousField!: FieldOfResponsibility | null;

  @Column({ name: 'previous_department_ids', type: 'uuid', array: true })
  previousDepartmentIds!: string[];
}
