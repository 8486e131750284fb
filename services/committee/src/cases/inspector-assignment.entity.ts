import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Quyết định phân công người giải quyết — the decision that names a case's handling inspector
 * (on receipt, acceptance or transfer): by the committee leader or the head of the handling
 * department, never by the inspector named. Append-only: a new decision is a new row.
 */
@Entity({ name: 'inspector_assignment' })
export class InspectorAssignment {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @Column({ name: 'inspector_id', type: 'uuid' })
  inspectorId!: string;

  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  /** The leader's or head's official id (null for a leader signed in without one, e.g. ADMIN). */
  @Column({ name: 'decided_by_official_id', type: 'uuid', nullable: true })
  decidedByOfficialId!: string | null;

  @Column({ name: 'decided_by_name', type: 'text' })
  decidedByName!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
