import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isCalendarDate } from '../calendar/dates';
import { badInput } from '../errors';
import type { GraphContext } from '../context';
import type { Logger } from '../logging';
import { writeAudit } from '../audit/record';
import { readCalendar, readRules } from '../reference/reference-data';
import { computeDeadline, type DeadlineResult } from './compute';
import { DEADLINE_ITEM_KINDS, type DeadlineItemKind } from './rules';
import { publishDeadline, type RecomputeCause, type RecomputeScope, type TrackedItem } from './tracked-item';

/**
 * A calendar day can move a due date only when it lies between the clock start and the due
 * date; the margin covers a due date capped at the working day before a session, which a
 * make-up day just before the session can move.
 */
const WINDOW_MARGIN_DAYS = 15;

/** A WHERE fragment (TypeORM named parameters) selecting the items a scope may touch. */
export function recomputeWhere(scope: RecomputeScope, start: string, due: string): { where: string; params: Record<string, unknown> } {
  if (scope.cause === 'RULE') return { where: `${start} >= :recomputeFrom`, params: { recomputeFrom: scope.from } };
  return {
    where: `(LEAST(${start}, ${due}) - ${WINDOW_MARGIN_DAYS} <= :recomputeTo::date
             AND GREATEST(${start}, COALESCE(${due}, 'infinity'::date)) + ${WINDOW_MARGIN_DAYS} >= :recomputeFrom::date)`,
    params: { recomputeFrom: scope.from, recomputeTo: scope.to ?? scope.from },
  };
}

/** Which rows of an entity are open items, for the recompute's half of a tracked-item adapter. */
export interface OpenRows {
  /** The query's alias of the entity, as the conditions below name it: `a`. */
  alias: string;
  /** The SQL condition of an open (or paused) item, with its named parameters. */
  open: string;
  params?: Record<string, unknown>;
  /** The clock start and the stored due date, as SQL on the alias. */
  start: string;
  due: string;
}

/**
 * `candidates` and `lock` of an adapter whose items are rows of one entity: the open rows a
 * scope may touch, in id order, and a row re-read under FOR UPDATE (null when it has closed
 * meanwhile: Postgres checks the condition again on the locked row).
 */
export function openRows<E extends ObjectLiteral & { id: string }>(entity: EntityTarget<E>, rows: OpenRows): Pick<TrackedItem<E>, 'candidates' | 'lock'> {
  const open = (m: EntityManager) => m.getRepository(entity).createQueryBuilder(rows.alias).where(rows.open, rows.params);
  return {
    candidates(m, scope) {
      const w = recomputeWhere(scope, rows.start, rows.due);
      return open(m).andWhere(w.where, w.params).orderBy(`${rows.alias}.id`).getMany();
    },
    lock: (m, item) => open(m).setLock('pessimistic_write', undefined, [rows.alias]).andWhere(`${rows.alias}.id = :lockId`, { lockId: item.id }).getOne(),
  };
}

/** Validates a scope given as GraphQL arguments; throws BAD_USER_INPUT naming the argument. */
export function checkRecomputeScope(scope: RecomputeScope): RecomputeScope {
  if (!isCalendarDate(scope.from)) throw badInput('from', 'Ngày không hợp lệ.');
  const to = scope.to ?? null;
  if (to !== null && (!isCalendarDate(to) || to < scope.from)) throw badInput('to', 'Ngày cuối phải từ ngày đầu trở đi.');
  if (scope.cause === 'RULE') {
    if (!scope.ruleKind || !DEADLINE_ITEM_KINDS.includes(scope.ruleKind)) throw badInput('ruleKind', 'Cần nêu loại quy định thời hạn đã thay đổi.');
  } else if (scope.ruleKind) {
    throw badInput('ruleKind', 'Thay đổi lịch làm việc không gắn với một quy định thời hạn.');
  }
  return { ...scope, to };
}

export interface RecomputeResult {
  examined: number;
  moved: number;
  failed: number;
}

/**
 * Recomputes the due dates of a service's open items after an edit of the calendar or of a
 * rule, with the reference data read fresh (not the cache: the edit has just committed). An
 * item is written, with its outbox row in the same transaction, only when its due date
 * changes, so a second run moves nothing. Each move is its own short transaction that locks
 * the item and computes again, so a concurrent step of its lifecycle is never overwritten.
 * An item the rules refuse is logged and skipped (retrying cannot fix it); any other error
 * fails the run, which the caller retries: what was moved stays moved, the rest follows.
 */
export async function recomputeDeadlines(
  db: DataSource,
  tracked: ReadonlyArray<TrackedItem<unknown>>,
  scope: RecomputeScope,
  logger: Logger,
): Promise<RecomputeResult> {
  const [rules, calendar] = await Promise.all([readRules(db), readCalendar(db)]);
  /** The new result when the due date changes, else null. */
  const moved = async (m: EntityManager, source: TrackedItem<unknown>, item: unknown): Promise<DeadlineResult | null> => {
    const input = await source.input(m, item);
    if (scope.cause === 'RULE' && input.kind !== scope.ruleKind) return null;
    const result = computeDeadline(input, rules, calendar);
    return result.due === source.storedDue(item) ? null : result;
  };
  const total: RecomputeResult = { examined: 0, moved: 0, failed: 0 };
  for (const source of tracked) {
    const items = await source.candidates(db.manager, scope);
    total.examined += items.length;
    for (const item of items) {
      try {
        if (!(await moved(db.manager, source, item))) continue;
        const applied = await db.transaction(async (m) => {
          const locked = await source.lock(m, item);
          const result = locked === null ? null : await moved(m, source, locked);
          if (!result) return false;
          source.setDue(locked, result);
          await source.save(m, locked);
          await publishDeadline(m, source, locked);
          return true;
        });
        if (applied) total.moved++;
      } catch (err) {
        // Data the rules refuse stays refused; anything else (a lost connection) fails the run, to be retried.
        if (!(err instanceof GraphQLError)) throw err;
        total.failed++;
        logger.error({ err, source: source.name, cause: scope.cause }, 'could not recompute a due date; item skipped');
      }
    }
  }
  return total;
}

/** The arguments of each owning subgraph's `recompute…Deadlines` mutation. */
export interface RecomputeArgs {
  cause: RecomputeCause;
  from: string;
  to?: string | null;
  ruleKind?: DeadlineItemKind | null;
}

/**
 * The body of every owning subgraph's recompute mutation: workers (SERVICE) and admins only,
 * arguments checked, the service's tracked items recomputed. Returns how many due dates moved.
 */
export async function recomputeForSubgraph(ctx: GraphContext, tracked: ReadonlyArray<TrackedItem<unknown>>, args: RecomputeArgs): Promise<number> {
  ctx.access.require(['SERVICE']);
  const scope = checkRecomputeScope(args);
  const result = await recomputeDeadlines(ctx.db, tracked, scope, ctx.logger);
  ctx.logger.info({ ...scope, ...result }, 'deadlines recomputed');
  // Each move is its own short transaction (above); the run as a whole is one audit row.
  await ctx.db.transaction((m) =>
    writeAudit(m, ctx, { operation: 'recomputeDeadlines', entityType: 'DeadlineRecompute', entityId: `${scope.cause}:${scope.from}`, before: null, after: { ...scope, ...result } }),
  );
  return result.moved;
}
