import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Người tố cáo — a denouncer's identity, secret by law (Law on Denunciations Art. 9, 47, 56):
 * its own table, read only by the handling inspector, never logged.
 */
@Entity({ name: 'denouncer' })
export class Denouncer {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'id_number', type: 'text', nullable: true })
  idNumber!: string | null;
}
