import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CitizenCaseKind = 'COMPLAINT' | 'DENUNCIATION' | 'PETITION';
export type CaseChannel = 'RECEPTION' | 'MAIL' | 'ONLINE' | 'COUNCIL' | 'FRONT';
export type ComplaintRound = 'FIRST' | 'SECOND';
export type CaseComplexity = 'NORMAL' | 'COMPLEX' | 'ESPECIALLY_COMPLEX';
export type CitizenCaseStatus = 'RECEIVED' | 'ACCEPTED' | 'DECLINED' | 'SUSPENDED' | 'RESOLVED';
export type CaseOutcome =
  | 'UPHELD'
  | 'PARTLY_UPHELD'
  | 'REJECTED'
  | 'WITHDRAWN'
  | 'SUBSTANTIATED'
  | 'PARTLY_SUBSTANTIATED'
  | 'UNSUBSTANTIATED'
  | 'ANSWERED';

@Entity({ name: 'citizen_case' })
export class CitizenCase {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  /** Số vào sổ, e.g. "KN-12/2026". */
  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  kind!: CitizenCaseKind;

  @Column({ type: 'text' })
  channel!: CaseChannel;

  /** Complaints only: first or second round (lần đầu, lần hai). */
  @Column({ type: 'text', nullable: true })
  round!: ComplaintRound | null;

  @Column({ type: 'text' })
  complexity!: CaseComplexity;

  @Column({ name: 'remote_area', type: 'boolean' })
  remoteArea!: boolean;

  @Column({ name: 'several_places', type: 'boolean' })
  severalPlaces!: boolean;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'text', nullable: true })
  field!: string | null;

  /** Complainant or petitioner; always null for a denunciation (see Denouncer). */
  @Column({ name: 'petitioner_name', type: 'text', nullable: true })
  petitionerName!: string | null;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Column({ name: 'reception_day_id', type: 'uuid', nullable: true })
  receptionDayId!: string | null;

  @Column({ name: 'handling_department_id', type: 'uuid' })
  handlingDepartmentId!: string;

  @Column({ name: 'handling_inspector_id', type: 'uuid', nullable: true })
  handlingInspectorId!: string | null;

  @Column({ type: 'text' })
  status!: CitizenCaseStatus;

  @Column({ name: 'accepted_on', type: 'date', nullable: true })
  acceptedOn!: string | null;

  @Column({ name: 'declined_on', type: 'date', nullable: true })
  declinedOn!: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  resolvedOn!: string | null;

  @Column({ name: 'decision_number', type: 'text', nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: CaseOutcome | null;

  @Column({ name: 'outcome_summary', type: 'text', nullable: true })
  outcomeSummary!: string | null;

  /** The day the current phase's clock started: received (acceptance) or accepted (resolution). */
  @Column({ name: 'clock_start', type: 'date' })
  clockStart!: string;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'due_rule', type: 'text' })
  dueRule!: string;

  @Column({ name: 'due_explanation', type: 'jsonb' })
  dueExplanation!: unknown;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
