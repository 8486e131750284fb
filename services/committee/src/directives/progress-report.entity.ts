import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'progress_report' })
export class ProgressReport {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @Column({ type: 'integer' })
  percent!: number;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'author_user_id', type: 'text' })
  authorUserId!: string;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;
}
