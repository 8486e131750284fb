import { Column, Entity, PrimaryColumn } from 'typeorm';

export type LetterDisposition = 'FORWARDED' | 'GUIDED' | 'FILED';
export type AuthorityLevel = 'CENTRAL' | 'PROVINCE' | 'COMMUNE';

/** Xử lý đơn không thuộc thẩm quyền — forwarded, the citizen guided, or filed; the case closes here. */
@Entity({ name: 'case_letter_handling' })
export class CaseLetterHandling {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  disposition!: LetterDisposition;

  @Column({ name: 'handled_on', type: 'date' })
  handledOn!: string;

  /** The competent body, as written: it may be outside this deployment. */
  @Column({ name: 'addressee_name', type: 'text', nullable: true })
  addresseeName!: string | null;

  @Column({ name: 'addressee_level', type: 'text', nullable: true })
  addresseeLevel!: AuthorityLevel | null;

  /** The forwarding letter (phiếu chuyển / công văn chuyển đơn). */
  @Column({ name: 'letter_number', type: 'text', nullable: true })
  letterNumber!: string | null;

  @Column({ name: 'letter_date', type: 'date', nullable: true })
  letterDate!: string | null;

  /** What the citizen was told (văn bản hướng dẫn). */
  @Column({ type: 'text', nullable: true })
  guidance!: string | null;

  /** Why the letter is filed without handling (căn cứ lưu đơn). */
  @Column({ name: 'legal_ground', type: 'text', nullable: true })
  legalGround!: string | null;
}

/** The first-round decision a second-round complaint contests. */
@Entity({ name: 'case_contested_decision' })
export class CaseContestedDecision {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** The first-round case, when it was handled here. */
  @Column({ name: 'contested_case_id', type: 'uuid', nullable: true })
  contestedCaseId!: string | null;

  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  /** Who issued it, when it was not this committee. */
  @Column({ type: 'text', nullable: true })
  issuer!: string | null;
}

/** Đối thoại — a dialogue in the resolution of a complaint, minuted. */
@Entity({ name: 'complaint_dialogue' })
export class ComplaintDialogue {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'jsonb' })
  participants!: string[];

  @Column({ type: 'text' })
  minutes!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
