import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FieldOfResponsibility } from '../generated/graphql';

/** Nghị quyết HĐND. */
@Entity({ name: 'resolution' })
export class Resolution {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  /** Official number, e.g. `28/NQ-HĐND` (NFC); unique per jurisdiction and year. */
  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  field!: FieldOfResponsibility | null;

  @Column({ type: 'boolean' })
  thematic!: boolean;

  @Column({ name: 'adopted_on', type: 'date' })
  adoptedOn!: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'repealed_on', type: 'date', nullable: true })
  repealedOn!: string | null;
}
