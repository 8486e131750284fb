import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Người tố cáo — a denouncer's identity, as the handling inspector reads it (never stored like this). */
export interface Denouncer {
  fullName: string;
  address: string | null;
  phone: string | null;
  idNumber: string | null;
}

/**
 * The stored form of a denouncer's identity, secret by law (Law on Denunciations Art. 9, 47,
 * 56): its own table, the whole identity sealed as one AES-256-GCM value bound to the case
 * (see denouncers/denouncer-vault.ts), with the id of the key that sealed it.
 */
@Entity({ name: 'denouncer' })
export class SealedDenouncer {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'key_id', type: 'text' })
  keyId!: string;

  @Column({ type: 'bytea' })
  identity!: Buffer;
}
