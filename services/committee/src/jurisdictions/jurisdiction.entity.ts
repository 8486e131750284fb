import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type JurisdictionLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

@Entity({ name: 'jurisdiction' })
export class Jurisdiction {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  /** Mã đơn vị hành chính (national administrative unit code). */
  @Index({ unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Lower-case name without diacritics, for search. */
  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;

  @Column({ type: 'text' })
  level!: JurisdictionLevel;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'active_from', type: 'date' })
  activeFrom!: string;

  @Column({ name: 'active_to', type: 'date', nullable: true })
  activeTo!: string | null;
}
