import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'council_term' })
export class CouncilTerm {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'start_year', type: 'int' })
  startYear!: number;

  @Column({ name: 'end_year', type: 'int' })
  endYear!: number;
}
