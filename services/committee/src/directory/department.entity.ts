import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FieldOfResponsibility } from '../generated/graphql';

export type DepartmentKind = 'SPECIALISED_OFFICE' | 'COMMUNE' | 'PUBLIC_SERVICE_UNIT' | 'INSPECTORATE';

@Entity({ name: 'department' })
export class Department {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;

  @Column({ type: 'text' })
  kind!: DepartmentKind;

  /** Fields of responsibility (LAND, CONSTRUCTION, …): route work and pick the vice-chair in charge. */
  @Column({ type: 'text', array: true })
  fields!: FieldOfResponsibility[];

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** False once dissolved or merged: it keeps its records but takes no new work. */
  @Column({ type: 'boolean' })
  active!: boolean;
}
