import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AnswerColumns } from '../answers';
import type { CompetentLevel, FieldOfResponsibility, PetitionRecipientKind, VoterPetitionStatus } from '../generated/graphql';

@Entity({ name: 'voter_petition' })
export class VoterPetition extends AnswerColumns {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  /** The meeting's date, copied so yearly figures need no join. */
  @Column({ name: 'raised_on', type: 'date' })
  raisedOn!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'text' })
  field!: FieldOfResponsibility;

  @Column({ name: 'competent_level', type: 'text' })
  competentLevel!: CompetentLevel;

  @Column({ name: 'repeat_of_id', type: 'uuid', nullable: true })
  repeatOfId!: string | null;

  @Column({ type: 'text' })
  status!: VoterPetitionStatus;

  @Column({ name: 'recipient_kind', type: 'text', nullable: true })
  recipientKind!: PetitionRecipientKind | null;

  /** The committee's Department (federation reference). */
  @Column({ name: 'recipient_department_id', type: 'uuid', nullable: true })
  recipientDepartmentId!: string | null;

  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName!: string | null;

  @Column({ name: 'forwarded_on', type: 'date', nullable: true })
  forwardedOn!: string | null;

  @Column({ name: 'forwarding_document', type: 'text', nullable: true })
  forwardingDocument!: string | null;

  @Column({ name: 'answer_due', type: 'date', nullable: true })
  answerDue!: string | null;

  @Column({ name: 'answer_due_rule', type: 'text', nullable: true })
  answerDueRule!: string | null;

  @Column({ name: 'answer_due_explanation', type: 'jsonb', nullable: true })
  answerDueExplanation!: unknown;

  @Column({ name: 'reported_back_meeting_id', type: 'uuid', nullable: true })
  reportedBackMeetingId!: string | null;

  /** The council's next regular Session (federation reference) the answer must precede. */
  @Column({ name: 'next_session_id', type: 'uuid', nullable: true })
  nextSessionId!: string | null;

  /** That session's opening day as the Standing Board read it when forwarding. */
  @Column({ name: 'next_session_on', type: 'date', nullable: true })
  nextSessionOn!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
