import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AnswerColumns } from '../answers';
import type { FieldOfResponsibility, PetitionRecipientKind } from '../generated/graphql';

@Entity({ name: 'front_recommendation' })
export class FrontRecommendation extends AnswerColumns {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ name: 'supervision_id', type: 'uuid', nullable: true })
  supervisionId!: string | null;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'text' })
  field!: FieldOfResponsibility;

  @Column({ name: 'recipient_kind', type: 'text' })
  recipientKind!: PetitionRecipientKind;

  @Column({ name: 'recipient_department_id', type: 'uuid', nullable: true })
  recipientDepartmentId!: string | null;

  @Column({ name: 'recipient_name', type: 'text' })
  recipientName!: string;

  @Column({ name: 'document_number', type: 'text' })
  documentNumber!: string;

  @Column({ name: 'sent_on', type: 'date' })
  sentOn!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'due_rule', type: 'text' })
  dueRule!: string;

  @Column({ name: 'due_explanation', type: 'jsonb' })
  dueExplanation!: unknown;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
