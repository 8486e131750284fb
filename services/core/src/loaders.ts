import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Per-request DataLoader registry: one loader per name per request, so every entity type
 * is fetched with one SQL statement per request however many rows ask for it.
 */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<Array<V | null | Error>>): DataLoader<K, V | null> {
    let loader = this.byName.get(name);
    if (!loader) {
      loader = new DataLoader<K, V | null>(batch as never, {
        maxBatchSize: 1000,
        // Dispatch after the current I/O turn, not the current microtask queue: rows whose
        // resolvers wake in the same turn share one batch, so a page costs one statement.
        batchScheduleFn: (dispatch) => setImmediate(dispatch),
      }) as DataLoader<unknown, unknown>;
      this.byName.set(name, loader);
    }
    return loader as DataLoader<K, V | null>;
  }
}

/** Orders batch results by the requested keys (DataLoader's contract). */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const index = new Map<K, V>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((k) => index.get(k) ?? null);
}

/** The rows of `entity` by id, one statement per batch: `rowLoader(ctx, Session).load(id)`, null where there is none. */
export function rowLoader<E extends ObjectLiteral & { id: string }>(ctx: { db: DataSource; loaders: Loaders }, entity: EntityTarget<E>): DataLoader<string, E | null> {
  const repo = ctx.db.getRepository(entity);
  return ctx.loaders.get<string, E>(`${repo.metadata.name}.byId`, async (ids) =>
    byKeys(ids, await repo.createQueryBuilder('row').where('row.id = ANY(:ids)', { ids }).getMany(), (row) => row.id),
  );
}

/** Groups batch results by key, for one-to-many loaders. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const index = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = index.get(k);
    if (list) list.push(row);
    else index.set(k, [row]);
  }
  return keys.map((k) => index.get(k) ?? []);
}
