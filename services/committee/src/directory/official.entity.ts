import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FieldOfResponsibility } from '../generated/graphql';

export type OfficialPosition = 'CHAIR' | 'VICE_CHAIR' | 'DEPARTMENT_HEAD' | 'DEPUTY_HEAD' | 'STAFF' | 'INSPECTOR';

@Entity({ name: 'official' })
export class Official {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;

  @Column({ type: 'text' })
  position!: OfficialPosition;

  /** Chức danh as written on documents: "Phó Chủ tịch UBND", "Chánh Thanh tra". */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** For a vice-chair, the fields in their portfolio (phụ trách lĩnh vực). */
  @Column({ type: 'text', array: true })
  fields!: FieldOfResponsibility[];

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;
}
