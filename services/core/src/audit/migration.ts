import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The migration that creates a service's append-only audit log, written once: each service
 * lists `auditLogMigration(schema, timestamp)` among its migrations.
 */
export function auditLogMigration(schema: string, timestamp: number): new () => MigrationInterface {
  const name = `AuditLog${timestamp}`;
  const table = `"${schema}"."audit_log"`;
  return class implements MigrationInterface {
    name = name;

    async up(q: QueryRunner): Promise<void> {
      await q.query(`CREATE TABLE ${table} (
        "id" bigserial PRIMARY KEY,
        "at" timestamptz NOT NULL,
        "actor_subject" text NOT NULL,
        "actor_name" text NOT NULL,
        "actor_roles" text[] NOT NULL,
        "actor_grants" jsonb NOT NULL,
        "operation" text NOT NULL,
        "entity_type" text NOT NULL,
        "entity_id" text NOT NULL,
        "before" jsonb,
        "after" jsonb NOT NULL
      )`);
      await q.query(`CREATE INDEX "audit_log_entity" ON ${table} ("entity_type", "entity_id", "at")`);
      await q.query(`CREATE INDEX "audit_log_actor" ON ${table} ("actor_subject", "at")`);
      // Append-only: not even the service's own role rewrites history.
      await q.query(`CREATE FUNCTION "${schema}"."audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP; END $$`);
      await q.query(`CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION "${schema}"."audit_log_append_only"()`);
      await q.query(`CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION "${schema}"."audit_log_append_only"()`);
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE ${table}`);
      await q.query(`DROP FUNCTION "${schema}"."audit_log_append_only"()`);
    }
  };
}
