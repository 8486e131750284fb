import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What came of a visit: guided, a case opened, answered on the spot, or refused with a ground. */
export type ReceptionVisitOutcome = 'GUIDED' | 'CASE_OPENED' | 'ANSWERED' | 'REFUSED';

/** Sổ tiếp công dân — one citizen (or group) received, at a reception day or on regular reception. */
@Entity({ name: 'reception_visit' })
export class ReceptionVisit {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  /** Null: regular reception (tiếp công dân thường xuyên) at the reception office. */
  @Column({ name: 'reception_day_id', type: 'uuid', nullable: true })
  receptionDayId!: string | null;

  @Column({ name: 'visited_on', type: 'date' })
  visitedOn!: string;

  @Column({ name: 'citizen_name', type: 'text' })
  citizenName!: string;

  @Column({ name: 'citizen_address', type: 'text', nullable: true })
  citizenAddress!: string | null;

  /** More than one: a group with one content (đoàn đông người). */
  @Column({ name: 'visitor_count', type: 'int' })
  visitorCount!: number;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  outcome!: ReceptionVisitOutcome;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ type: 'text', nullable: true })
  guidance!: string | null;

  @Column({ name: 'refusal_ground', type: 'text', nullable: true })
  refusalGround!: string | null;

  @Column({ name: 'received_by_name', type: 'text' })
  receivedByName!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
