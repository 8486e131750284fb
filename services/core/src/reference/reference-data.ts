import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { CalendarException } from '../calendar/model';
import { WorkingCalendar } from '../calendar/working-calendar';
import { DEADLINE_ITEM_KINDS, type DeadlineRule } from '../deadlines/rules';
import { REFERENCE_SCHEMA as S } from './entities';
import { ReferenceListener } from './reference-listener';

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

export interface ReferenceDataOptions {
  /** Safety net: an entry older than this is read again even without a notification. */
  ttlMs?: number;
  /** While no listener is up (starting, reconnecting), entries are kept this long only. */
  unwatchedTtlMs?: number;
  /** Listen for edits on each database's `phoihop_reference` channel (off: TTL only). */
  listen?: boolean;
}

interface Entry<T> {
  value: Promise<T>;
  generation: number;
  readAt: number;
}

/**
 * The calendar and the rules, cached per DataSource. Every process learns of an edit at once:
 * a trigger on the reference tables sends NOTIFY at commit (migrations.ts), and one listener
 * per database (started lazily by the first read) drops the cache. A modest TTL covers a
 * notification lost while the listener reconnects. Inside a transaction that has just edited
 * the data, use readCalendar/readRules directly.
 */
export class ReferenceData {
  private readonly calendars = new WeakMap<DataSource, Entry<WorkingCalendar>>();
  private readonly rules = new WeakMap<DataSource, Entry<readonly DeadlineRule[]>>();
  private readonly listeners = new Map<string, ReferenceListener>();
  private generation = 0;
  private readonly ttlMs: number;
  private readonly unwatchedTtlMs: number;
  private readonly listen: boolean;

  constructor(o: ReferenceDataOptions = {}) {
    this.ttlMs = o.ttlMs ?? 5 * 60_000;
    this.unwatchedTtlMs = o.unwatchedTtlMs ?? 5_000;
    this.listen = o.listen ?? true;
  }

  loadCalendar(db: DataSource): Promise<WorkingCalendar> {
    return this.cached(this.calendars, db, () => readCalendar(db));
  }

  loadRules(db: DataSource): Promise<readonly DeadlineRule[]> {
    return this.cached(this.rules, db, () => readRules(db));
  }

  /** Drops every cached entry; the editing process calls it right after its commit. */
  invalidate(): void {
    this.generation++;
  }

  /** Starts (or joins) the listener of the DataSource's database; resolves once it is up or has failed once. */
  async watch(db: DataSource): Promise<boolean> {
    const listener = this.listenerOf(db);
    if (!listener) return false;
    await listener.start();
    return listener.listening;
  }

  /** Stops every listener (process shutdown, end of a test). */
  async close(): Promise<void> {
    const all = [...this.listeners.values()];
    this.listeners.clear();
    await Promise.all(all.map((l) => l.stop()));
    this.invalidate();
  }

  private listenerOf(db: DataSource): ReferenceListener | null {
    const url = (db.options as { url?: string }).url;
    if (!this.listen || !url) return null;
    let listener = this.listeners.get(url);
    if (!listener) {
      listener = new ReferenceListener(
        url,
        () => this.invalidate(),
        () => {
          if (this.listeners.get(url) === listener) this.listeners.delete(url);
        },
      );
      this.listeners.set(url, listener);
    }
    void listener.start();
    return listener;
  }

  private cached<T>(cache: WeakMap<DataSource, Entry<T>>, db: DataSource, read: () => Promise<T>): Promise<T> {
    const listening = this.listenerOf(db)?.listening ?? false;
    const ttl = listening ? this.ttlMs : this.unwatchedTtlMs;
    const now = performance.now();
    const hit = cache.get(db);
    if (hit && hit.generation === this.generation && now - hit.readAt < ttl) return hit.value;
    const entry: Entry<T> = { value: read(), generation: this.generation, readAt: now };
    cache.set(db, entry);
    // A failed read is not cached: the next call tries again.
    entry.value.catch(() => {
      if (cache.get(db) === entry) cache.delete(db);
    });
    return entry.value;
  }
}

/** The process-wide cache. */
export const referenceData = new ReferenceData();
