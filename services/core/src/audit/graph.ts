import type { GraphContext } from '../context';
import { badInput } from '../errors';
import { paginate, type Connection, type PageArgs } from '../pagination';
import { AuditEntry } from './audit-entry.entity';

export interface AuditLogFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorSubject?: string | null;
  from?: Date | string | null;
  to?: Date | string | null;
}

/** The root field's arguments, carried to every service's part in the AuditLog entity's key. */
interface AuditLogKey extends PageArgs {
  filter: AuditLogFilter;
}

const encodeKey = (k: AuditLogKey) => Buffer.from(JSON.stringify(k), 'utf8').toString('base64url');

function decodeKey(key: string): AuditLogKey {
  try {
    const k = JSON.parse(Buffer.from(key, 'base64url').toString('utf8')) as AuditLogKey;
    if (typeof k === 'object' && k && typeof k.filter === 'object') return k;
  } catch {
    // fall through: refused below
  }
  throw badInput('key', 'Khóa nhật ký không hợp lệ.');
}

/** One service's audit rows matching the filter, newest first. */
function auditPage(ctx: GraphContext, filter: AuditLogFilter, page: PageArgs): Promise<Connection<AuditEntry>> {
  const qb = ctx.db.getRepository(AuditEntry).createQueryBuilder('a');
  if (filter.entityType) qb.andWhere('a.entity_type = :type', { type: filter.entityType });
  if (filter.entityId) qb.andWhere('a.entity_id = :id', { id: filter.entityId });
  if (filter.actorSubject) qb.andWhere('a.actor_subject = :sub', { sub: filter.actorSubject });
  if (filter.from) qb.andWhere('a.at >= :from', { from: new Date(filter.from) });
  if (filter.to) qb.andWhere('a.at < :to', { to: new Date(filter.to) });
  return paginate(qb, page, { column: 'a.id', direction: 'DESC', value: (a) => a.id });
}

type Parent = { id: string };

/**
 * The audit trail's graph face in one service: `auditLog` (ADMIN; the root field answers the
 * same key in every service, each part is the service's own rows), `<service>` on AuditLog,
 * and `auditTrail` on the entity types the service owns, for whoever could read the parent
 * (the parent was read through its item rule).
 */
export function auditResolvers(service: string, entityTypes: readonly string[]) {
  const trail = (typeName: string) => ({
    auditTrail: (parent: Parent, args: PageArgs, ctx: GraphContext) => auditPage(ctx, { entityType: typeName, entityId: parent.id }, args),
  });
  return {
    Query: {
      auditLog: (_: unknown, args: AuditLogKey, ctx: GraphContext) => {
        ctx.access.require(['ADMIN']);
        return { key: encodeKey({ filter: args.filter ?? {}, first: args.first, after: args.after }) };
      },
    },
    AuditLog: {
      __resolveReference: (ref: { key: string }) => ref,
      [service]: (log: { key: string }, _: unknown, ctx: GraphContext) => {
        ctx.access.require(['ADMIN']);
        const { filter, first, after } = decodeKey(log.key);
        return auditPage(ctx, filter, { first, after });
      },
    },
    AuditEntry: {
      changes: (a: AuditEntry) =>
        Object.keys({ ...(a.before ?? {}), ...a.after }).map((field) => ({
          field,
          before: a.before && field in a.before ? JSON.stringify(a.before[field]) : null,
          after: field in a.after ? JSON.stringify(a.after[field]) : null,
        })),
    },
    ...Object.fromEntries(entityTypes.map((t) => [t, trail(t)])),
  };
}
