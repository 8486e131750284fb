import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { GraphContext } from '../context';
import { AuditEntry } from './audit-entry.entity';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const secrets = new WeakMap<Function, ReadonlySet<string>>();

/**
 * Marks properties of an entity that no audit row may carry (a secret, an identity the law
 * protects). Sealed columns (`bytea`) are never carried either, marked or not.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function auditSecret(entity: Function, ...properties: string[]): void {
  secrets.set(entity, new Set([...(secrets.get(entity) ?? []), ...properties]));
}

/** Who changed what, as the command path passes it. */
export type AuditActor = Pick<GraphContext, 'user' | 'clock'>;

/** A column value as JSON keeps it: dates as ISO text, the rest as they are. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}

/** The entity's auditable columns as plain values. */
export function auditSnapshot<E extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<E>, row: E): Record<string, unknown> {
  const meta = m.connection.getMetadata(entity);
  const hidden = secrets.get(meta.target as object as never) ?? new Set<string>();
  const out: Record<string, unknown> = {};
  for (const c of meta.columns) {
    if (hidden.has(c.propertyName) || c.type === 'bytea') continue;
    out[c.propertyName] = plain(c.getEntityValue(row));
  }
  // A copy: `apply` changes the locked row (and its arrays) in place.
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

/**
 * Writes one audit row in the mutation's transaction: the columns that changed, before and
 * after. Nothing changed, nothing written.
 */
export async function recordAudit<E extends ObjectLiteral>(
  m: EntityManager,
  actor: AuditActor,
  change: { operation: string; entity: EntityTarget<E>; before: Record<string, unknown> | null; saved: E },
): Promise<void> {
  const meta = m.connection.getMetadata(change.entity);
  const now = auditSnapshot(m, change.entity, change.saved);
  const keys = Object.keys(now).filter((k) => !change.before || JSON.stringify(change.before[k]) !== JSON.stringify(now[k]));
  if (change.before && keys.length === 0) return;
  const pick = (o: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, o[k]]));
  await writeAudit(m, actor, {
    operation: change.operation,
    entityType: meta.targetName,
    entityId: meta.primaryColumns.map((c) => String(c.getEntityValue(change.saved))).join(':'),
    before: change.before ? pick(change.before) : null,
    after: pick(now),
  });
}

/**
 * Writes an audit row as given, in the caller's transaction, to the service's own audit_log.
 * For changes to rows the service keeps without an entity of its own (the reference calendar
 * and rules edited through notifications); everything else goes through recordAudit.
 */
export async function writeAudit(
  m: EntityManager,
  actor: AuditActor,
  entry: { operation: string; entityType: string; entityId: string; before: Record<string, unknown> | null; after: Record<string, unknown> },
): Promise<void> {
  const user = actor.user;
  await m.getRepository(AuditEntry).insert({
    at: actor.clock.now(),
    actorSubject: user?.userId ?? 'anonymous',
    actorName: user?.name ?? '',
    actorRoles: [...new Set(user?.grants.map((g) => g.role) ?? [])],
    actorGrants: user?.grants ?? [],
    ...entry,
    before: entry.before && (JSON.parse(JSON.stringify(entry.before)) as Record<string, unknown>),
    after: JSON.parse(JSON.stringify(entry.after)) as Record<string, unknown>,
  } as never);
}
