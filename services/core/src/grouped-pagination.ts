import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeTypedCursor, idKindOf, selectedColumn, sortKindOf, type IdKind, type SortKind } from './cursor';
import { encodeCursor, pageSize, type Connection, type PageArgs } from './pagination';

/**
 * The rows behind a nested list, for every parent of a batch at once. `source` must select
 * exactly three columns aliased `parent`, `id` and `sort`, already restricted to the batch's
 * parents (e.g. `WHERE m.round_id = ANY(:parents)`).
 */
export interface GroupedPageSpec<T> {
  source: SelectQueryBuilder<ObjectLiteral>;
  direction: 'ASC' | 'DESC';
  /** Loads the page rows by id in one statement. */
  load: (ids: string[]) => Promise<T[]>;
  /** The row's `sort` value, as the cursor carries it. */
  sortOf: (row: T) => unknown;
  /** The `sort` column's type; by default read from the entity metadata when it is a plain column. */
  sortKind?: SortKind;
  /** The `id` column's type; by default read from the entity metadata (UUID or integer when unknown). */
  idKind?: IdKind;
}

/**
 * Keyset pagination of a nested list (`Round.meetings`, `Delegate.meetings`) for a whole
 * DataLoader batch: two statements whatever the number of parents and the page size (a
 * window query for the ids and counts, then the rows), instead of two per parent.
 */
export async function paginateGroups<T extends { id: string }>(
  db: DataSource,
  parents: readonly string[],
  args: PageArgs,
  spec: GroupedPageSpec<T>,
): Promise<Array<Connection<T>>> {
  const size = pageSize(args.first);
  const sortColumn = selectedColumn(spec.source, 'sort');
  const idColumn = selectedColumn(spec.source, 'id');
  const cursor = args.after
    ? decodeTypedCursor(args.after, {
        sort: spec.sortKind ?? (sortColumn ? sortKindOf(spec.source, sortColumn) : undefined),
        id: spec.idKind ?? (idColumn ? idKindOf(spec.source, idColumn) : undefined),
      })
    : null;
  const [sourceSql, params] = spec.source.getQueryAndParameters();
  const dir = spec.direction === 'ASC' ? 'ASC' : 'DESC';
  let cursorFilter = 'TRUE';
  if (cursor) {
    const [sort, id] = cursor;
    params.push(sort, id);
    cursorFilter = `(s.sort, s.id) ${dir === 'ASC' ? '>' : '<'} ($${params.length - 1}, $${params.length})`;
  }
  params.push(size + 1);
  const rows: Array<{ parent: string; id: string | null; total: string }> = await db.query(
    `WITH s AS (${sourceSql}),
          c AS (SELECT parent, count(*) AS total FROM s GROUP BY parent),
          p AS (SELECT s.parent, s.id, row_number() OVER (PARTITION BY s.parent ORDER BY s.sort ${dir}, s.id ${dir}) AS rn
                FROM s WHERE ${cursorFilter})
     SELECT c.parent::text AS parent, p.id::text AS id, c.total FROM c
     LEFT JOIN p ON p.parent = c.parent AND p.rn <= $${params.length}
     ORDER BY c.parent, p.rn`,
    params,
  );
  const ids = [...new Set(rows.map((r) => r.id).filter((id): id is string => id !== null))];
  const loaded = ids.length ? await spec.load(ids) : [];
  const byId = new Map(loaded.map((row) => [row.id, row]));
  const groups = new Map<string, { total: number; nodes: T[] }>();
  for (const r of rows) {
    const group = groups.get(r.parent) ?? { total: Number(r.total), nodes: [] };
    const row = r.id ? byId.get(r.id) : undefined;
    if (row) group.nodes.push(row);
    groups.set(r.parent, group);
  }
  return parents.map((parent) => {
    const group = groups.get(parent) ?? { total: 0, nodes: [] };
    const nodes = group.nodes.slice(0, size);
    const edges = nodes.map((node) => ({ cursor: encodeCursor([spec.sortOf(node), node.id]), node }));
    return {
      nodes,
      edges,
      pageInfo: { hasNextPage: group.nodes.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: group.total,
    };
  });
}
