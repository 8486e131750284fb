import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FieldOfResponsibility } from '../generated/graphql';
import type { Body, DeadlineExplanation } from '@phoihop/core';

export type RecommendationStatus = 'OPEN' | 'RESOLVED' | 'WITHDRAWN';

/** Kiến nghị sau giám sát. Overdue is computed from the due date, never stored. */
@Entity({ name: 'recommendation' })
export class Recommendation {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'supervision_id', type: 'uuid' })
  supervisionId!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'text' })
  content!: string;

  /** Field of responsibility (LAND, CONSTRUCTION…): picks the vice-chair an escalation reaches. */
  @Column({ type: 'text', nullable: true })
  field!: FieldOfResponsibility | null;

  @Column({ name: 'addressed_to', type: 'text' })
  addressedTo!: Body;

  @Column({ name: 'department_ids', type: 'uuid', array: true })
  departmentIds!: string[];

  /** A body outside the three, as written (issue #13, item 5); the council follows it up. */
  @Column({ name: 'external_addressee_name', type: 'text', nullable: true })
  externalAddresseeName!: string | null;

  @Column({ name: 'external_addressee_level', type: 'text', nullable: true })
  externalAddresseeLevel!: 'CENTRAL' | 'PROVINCE' | 'COMMUNE' | null;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  /** The date in the conclusion, rolled forward past a day off. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  /** The date as the conclusion wrote it. */
  @Column({ name: 'requested_due_date', type: 'date' })
  requestedDueDate!: string;

  @Column({ name: 'due_explanation', type: 'jsonb', nullable: true })
  dueExplanation!: DeadlineExplanation | null;

  @Column({ type: 'text' })
  status!: RecommendationStatus;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'closing_note', type: 'text', nullable: true })
  closingNote!: string | null;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
