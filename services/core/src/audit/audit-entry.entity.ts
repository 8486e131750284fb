import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Nhật ký thao tác — one row per change a mutation made, written by the command path in the
 * mutation's own transaction (issue 11 item 8). Each service has the table in its own schema
 * (the DataSource's default schema); a trigger refuses UPDATE and DELETE.
 */
@Entity({ name: 'audit_log' })
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** By the one clock (ctx.clock), not the database's. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_subject', type: 'text' })
  actorSubject!: string;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  /** The roles of the caller's grants, e.g. `{COMMITTEE_LEADER}`. */
  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles!: string[];

  /** The caller's grants as the token carried them: role, jurisdiction, department. */
  @Column({ name: 'actor_grants', type: 'jsonb' })
  actorGrants!: unknown[];

  /** The mutation: `acceptCitizenCase`. */
  @Column({ type: 'text' })
  operation!: string;

  /** The entity changed: `CitizenCase`. */
  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  /** The changed columns as they were (null on a creation). */
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  /** The changed columns as they are now. */
  @Column({ type: 'jsonb' })
  after!: Record<string, unknown>;
}
