import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { CalendarException } from '../calendar/model';
import { WorkingCalendar } from '../calendar/working-calendar';
import { DEADLINE_ITEM_KINDS, type DeadlineRule } from '../deadlines/rules';
import { REFERENCE_SCHEMA as S } from './entities';

/** Anything that runs SQL: a DataSource, or an EntityManager inside a transaction. */
type Queryable = Pick<DataSource | EntityManager, 'query'>;

const complexity = z.enum(['NORMAL', 'COMPLEX', 'ESPECIALLY_COMPLEX']);
const VariantsSchema = z.array(
  z.object({
    complexity: complexity.optional(),
    remoteArea: z.boolean().optional(),
    round: z.enum(['FIRST', 'SECOND']).optional(),
    severalPlaces: z.boolean().optional(),
    days: z.number().int().positive(),
    maxExtensions: z.number().int().nonnegative().optional(),
    label: z.string(),
  }),
);

/**
 * Reads the calendar exceptions with plain SQL on the schema-qualified table, so any
 * service's DataSource can read them without registering the reference entities.
 */
export async function readCalendar(db: Queryable): Promise<WorkingCalendar> {
  const rows: Array<{ date: string; kind: CalendarException['kind']; reason: string; source: string; period: CalendarException['period'] }> =
    await db.query(`SELECT "date"::text AS "date", "kind", "reason", "source", "period" FROM "${S}"."calendar_exceptions" ORDER BY "date"`);
  return new WorkingCalendar(rows);
}

export async function readRules(db: Queryable): Promise<DeadlineRule[]> {
  const rows: Array<Record<string, unknown>> = await db.query(
    `SELECT "code", "version", "item_kind", "legal_basis", "counting", "direction", "base_days", "variants",
            "max_extensions", "extension_days", "explicit_due_required", "configurable",
            "effective_from"::text AS "effective_from", "effective_to"::text AS "effective_to"
       FROM "${S}"."deadline_rules" ORDER BY "item_kind", "effective_from", "version"`,
  );
  return rows.map((r) => {
    const itemKind = r.item_kind as DeadlineRule['itemKind'];
    if (!DEADLINE_ITEM_KINDS.includes(itemKind)) throw new Error(`Unknown deadline item kind ${String(r.item_kind)}`);
    return {
      code: String(r.code),
      version: Number(r.version),
      itemKind,
      legalBasis: String(r.legal_basis),
      counting: r.counting as DeadlineRule['counting'],
      direction: r.direction as DeadlineRule['direction'],
      baseDays: r.base_days === null ? null : Number(r.base_days),
      variants: VariantsSchema.parse(r.variants),
      maxExtensions: Number(r.max_extensions),
      extensionDays: Number(r.extension_days),
      explicitDueRequired: Boolean(r.explicit_due_required),
      configurable: Boolean(r.configurable),
      effectiveFrom: String(r.effective_from),
      effectiveTo: r.effective_to === null ? null : String(r.effective_to),
    };
  });
}

/**
 * The calendar and the rules, read once per DataSource and kept until `invalidate()`.
 * Admin edits (notifications subgraph) call `invalidate()` in their process; other processes
 * learn of edits from the worker that recomputes open deadlines, which calls it too.
 * Inside a transaction that has just edited the data, use readCalendar/readRules directly.
 */
export class ReferenceData {
  private calendars = new WeakMap<DataSource, Promise<WorkingCalendar>>();
  private rules = new WeakMap<DataSource, Promise<readonly DeadlineRule[]>>();

  loadCalendar(db: DataSource): Promise<WorkingCalendar> {
    return this.cached(this.calendars, db, () => readCalendar(db));
  }

  loadRules(db: DataSource): Promise<readonly DeadlineRule[]> {
    return this.cached(this.rules, db, () => readRules(db));
  }

  invalidate(): void {
    this.calendars = new WeakMap();
    this.rules = new WeakMap();
  }

  private cached<T>(cache: WeakMap<DataSource, Promise<T>>, db: DataSource, read: () => Promise<T>): Promise<T> {
    let pending = cache.get(db);
    if (!pending) {
      pending = read();
      cache.set(db, pending);
      // A failed read is not cached: the next call tries again.
      pending.catch(() => {
        if (cache.get(db) === pending) cache.delete(db);
      });
    }
    return pending;
  }
}

/** The process-wide cache. */
export const referenceData = new ReferenceData();
