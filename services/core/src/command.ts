import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { EntityRule, ItemRule } from './access';
import type { GraphContext } from './context';
import { conflict, notFound } from './errors';
import { isUniqueViolation } from './unique-violation';
import { auditSnapshot, recordAudit } from './audit/record';

/**
 * The one command path for every state change, in every subgraph (DESIGN.md, rules 3 and 7):
 * load the row FOR UPDATE → check access on it (the item's rule, the same one lists and
 * `__resolveReference` apply) → validate and change → save → publish (outbox) → audit (the
 * columns that changed, who and when: core/audit), all in one transaction passed explicitly. A change that raced another waits for its lock
 * and then sees the committed state, so its own state check answers CONFLICT.
 */
export type RowCommand<E extends ObjectLiteral> = RowChange<E> & RowGuard<E>;

interface RowChange<E extends ObjectLiteral> {
  /** The mutation, as the audit trail names it: `acceptCitizenCase`. */
  operation: string;
  id: string;
  /** The argument that names the row: `input.caseId`. */
  field: string;
  /** Only these states may take the change; any other is CONFLICT on `field` with `message`. */
  from?: { states: readonly string[]; message: string; column?: keyof E & string };
  /** Validates against the locked row and changes it; may write dependent rows through `m`. */
  apply(m: EntityManager, row: E): Promise<void> | void;
  /** Writes the outbox rows the change publishes, after the save. */
  publish?(m: EntityManager, saved: E): Promise<void>;
}

/**
 * Which rows and who may change them: the item's rule, whose writers are checked on the locked
 * row (UNAUTHENTICATED, FORBIDDEN) and whose entity is the row's (its class name is the GraphQL
 * type a NOT_FOUND names). `entity` names the row's entity for a rule that guards several;
 * `authorize` replaces the writers' check where the change is someone else's to make.
 */
type RowGuard<E extends ObjectLiteral> =
  | { rule: EntityRule<E, NoInfer<E>>; entity?: EntityTarget<E>; authorize?(row: E): void }
  | { rule: ItemRule<NoInfer<E>>; entity: EntityTarget<E>; authorize?(row: E): void }
  | { rule?: undefined; entity: EntityTarget<E>; authorize(row: E): void };

/** Creates a row: nothing to lock, the access check on what the input names. */
export interface CreateCommand<E extends ObjectLiteral> {
  operation: string;
  entity: EntityTarget<E>;
  /** Refuses the caller before anything is read. */
  authorize(): void;
  /** Checks references and builds the row (unsaved) in `m`. */
  build(m: EntityManager): Promise<E> | E;
  /** Dependent rows written after the row is saved (it has its id then). */
  after?(m: EntityManager, saved: E): Promise<void>;
  publish?(m: EntityManager, saved: E): Promise<void>;
  /** A unique index the create may hit (a number taken meanwhile): CONFLICT on this field. */
  unique?: { field: string; message: string };
}

/** What the command path needs of the request: the database, and who and when for the audit row. */
export type CommandContext = Pick<GraphContext, 'db' | 'user' | 'clock' | 'access'>;

/** Reads a row under FOR UPDATE; NOT_FOUND (the entity's type, the field) when it does not exist. */
export async function lockRow<E extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<E>, id: string, field: string): Promise<E> {
  const repo = m.getRepository(entity);
  const row = await repo.createQueryBuilder('row').setLock('pessimistic_write').where('row.id = :id', { id }).getOne();
  if (!row) throw notFound(repo.metadata.name, id, field);
  return row;
}

/** Runs a change on one existing row (see RowCommand). */
export function changeRow<E extends ObjectLiteral>(ctx: CommandContext, command: RowCommand<E>, m?: EntityManager): Promise<E> {
  // The union guarantees one of them: `entity` where given, else the rule's.
  const entity: EntityTarget<E> = command.entity ?? (command.rule as EntityRule<E>).entity;
  const authorize = (row: E) => (command.authorize ? command.authorize(row) : ctx.access.requireWrite(command.rule!, row));
  const run = async (tx: EntityManager): Promise<E> => {
    const row = await lockRow(tx, entity, command.id, command.field);
    authorize(row);
    const before = auditSnapshot(tx, entity, row);
    if (command.from) {
      const state = String(row[(command.from.column ?? 'status') as keyof E]);
      if (!command.from.states.includes(state)) throw conflict(command.from.message, command.field);
    }
    await command.apply(tx, row);
    const saved = await tx.getRepository(entity).save(row);
    await command.publish?.(tx, saved);
    await recordAudit(tx, ctx, { operation: command.operation, entity, before, saved });
    return saved;
  };
  return m ? run(m) : ctx.db.transaction(run);
}

/** Runs a creation (see CreateCommand). */
export async function createRow<E extends ObjectLiteral>(ctx: CommandContext, command: CreateCommand<E>, m?: EntityManager): Promise<E> {
  command.authorize();
  const run = async (tx: EntityManager): Promise<E> => {
    const row = await command.build(tx);
    const saved = await tx.getRepository(command.entity).save(row);
    await command.after?.(tx, saved);
    await command.publish?.(tx, saved);
    await recordAudit(tx, ctx, { operation: command.operation, entity: command.entity, before: null, saved });
    return saved;
  };
  try {
    return await (m ? run(m) : ctx.db.transaction(run));
  } catch (error) {
    if (command.unique && isUniqueViolation(error)) throw conflict(command.unique.message, command.unique.field);
    throw error;
  }
}

/** Puts the row a key names (a setting kept one per key): lock it if it exists, else build it. */
export interface PutCommand<E extends ObjectLiteral> {
  operation: string;
  entity: EntityTarget<E>;
  /** The columns of the row's unique key. */
  key: FindOptionsWhere<E>;
  /** Refuses the caller before anything is read. */
  authorize(): void;
  /** The row as it will be saved, from the locked one (changed in place) or from nothing. */
  apply(m: EntityManager, existing: E | null): Promise<E> | E;
  publish?(m: EntityManager, saved: E): Promise<void>;
}

/** Runs a put (see PutCommand): the audit row has the fields before (null when new) and after. */
export async function putRow<E extends ObjectLiteral>(ctx: CommandContext, command: PutCommand<E>, m?: EntityManager): Promise<E> {
  command.authorize();
  const run = async (tx: EntityManager): Promise<E> => {
    const existing = await tx.getRepository(command.entity).findOne({ where: command.key, lock: { mode: 'pessimistic_write' } });
    const before = existing ? auditSnapshot(tx, command.entity, existing) : null;
    const saved = await tx.getRepository(command.entity).save(await command.apply(tx, existing));
    await command.publish?.(tx, saved);
    await recordAudit(tx, ctx, { operation: command.operation, entity: command.entity, before, saved });
    return saved;
  };
  return m ? run(m) : ctx.db.transaction(run);
}
