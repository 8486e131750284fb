import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';

/** Postgres NOTIFY channel the relay listens on. */
export const OUTBOX_CHANNEL = 'phoihop_outbox';

/**
 * A service's published interface (DESIGN.md rule 3): every change that creates, moves,
 * pauses or clears a deadline writes one row here in the same transaction. The workers'
 * relay reads these rows and moves them to BullMQ; each service has the table in its own
 * schema (the DataSource's default schema).
 */
@Entity({ name: 'outbox' })
@Index('outbox_pending', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** What happened, e.g. `deadline.upserted`, `deadline.cleared`. */
  @Column({ type: 'text' })
  topic!: string;

  /** Tracked item kind, e.g. `COMPLAINT`, `RECOMMENDATION`. */
  @Column({ name: 'aggregate_type', type: 'text' })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'uuid' })
  aggregateId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;
}

export interface OutboxMessage {
  topic: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/** Writes outbox rows inside the caller's transaction. */
export async function writeOutbox(manager: EntityManager, ...messages: OutboxMessage[]): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('writeOutbox must run inside a transaction');
  }
  await manager.getRepository(OutboxEvent).insert(messages as Array<Partial<OutboxEvent>> as never);
}

/** DDL for a service's outbox table and its NOTIFY trigger; used by each initial migration. */
export function outboxDdl(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}"."outbox" (
       "id" bigserial PRIMARY KEY,
       "topic" text NOT NULL,
       "aggregate_type" text NOT NULL,
       "aggregate_id" uuid NOT NULL,
       "payload" jsonb NOT NULL,
       "created_at" timestamptz NOT NULL DEFAULT now(),
       "relayed_at" timestamptz
     )`,
    `CREATE INDEX "outbox_pending" ON "${schema}"."outbox" ("id") WHERE "relayed_at" IS NULL`,
    `CREATE OR REPLACE FUNCTION "${schema}".outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_notify('${OUTBOX_CHANNEL}', '${schema}'); RETURN NULL; END $$`,
    `CREATE TRIGGER outbox_notify AFTER INSERT ON "${schema}"."outbox"
     FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".outbox_notify()`,
  ];
}
