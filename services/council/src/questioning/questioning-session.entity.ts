import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AnswererKind, FieldOfResponsibility, QuestioningKind, QuestioningVenue } from '../generated/graphql';

/** Phiên chất vấn, phiên giải trình: at a council session or a Standing Committee meeting. */
@Entity({ name: 'questioning_session' })
export class QuestioningSession {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'text' })
  kind!: QuestioningKind;

  @Column({ type: 'text' })
  venue!: QuestioningVenue;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  @Column({ name: 'meeting_title', type: 'text', nullable: true })
  meetingTitle!: string | null;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'chaired_by', type: 'text', nullable: true })
  chairedBy!: string | null;
}

export type QuestionStatus = 'ASKED' | 'ANSWERED';

/** Câu hỏi chất vấn, numbered in the order asked within its session. */
@Entity({ name: 'question' })
export class Question {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'questioning_session_id', type: 'uuid' })
  questioningSessionId!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ name: 'asked_by_id', type: 'uuid' })
  askedById!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'text', nullable: true })
  field!: FieldOfResponsibility | null;

  @Column({ name: 'answerer_kind', type: 'text' })
  answererKind!: AnswererKind;

  @Column({ name: 'answerer_name', type: 'text' })
  answererName!: string;

  @Column({ name: 'answering_department_id', type: 'uuid', nullable: true })
  answeringDepartmentId!: string | null;

  @Column({ name: 'answering_official_id', type: 'uuid', nullable: true })
  answeringOfficialId!: string | null;

  @Column({ name: 'answer_summary', type: 'text', nullable: true })
  answerSummary!: string | null;

  @Column({ type: 'text' })
  status!: QuestionStatus;
}
