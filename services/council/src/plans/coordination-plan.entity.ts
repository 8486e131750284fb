import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Body } from '@phoihop/core';

/** Kế hoạch phối hợp hằng năm of the three bodies. */
@Entity({ name: 'coordination_plan' })
export class CoordinationPlan {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  title!: string;
}

@Entity({ name: 'plan_activity' })
export class PlanActivity {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'owner_body', type: 'text' })
  ownerBody!: Body;

  @Column({ name: 'planned_on', type: 'date' })
  plannedOn!: string;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: string | null;
}

@Entity({ name: 'plan_signature' })
export class PlanSignature {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @PrimaryColumn({ type: 'text' })
  body!: Body;

  @Column({ name: 'signer_name', type: 'text' })
  signerName!: string;

  @Column({ name: 'signer_title', type: 'text' })
  signerTitle!: string;

  @Column({ name: 'signed_on', type: 'date' })
  signedOn!: string;
}
