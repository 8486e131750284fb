import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeTypedCursor, idKindOf, sortKindOf, type IdKind, type SortKind } from './cursor';
import { badInput } from './errors';

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /**
   * From {@link paginate}, a getter that starts the count when GraphQL reads the field, i.e.
   * only when the query selects `totalCount` (it resolves to a promise GraphQL awaits;
   * server code reads nodes and pageInfo, never this).
   */
  totalCount: number;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw badInput('first', `first must be between 0 and ${MAX_PAGE}`);
  }
  return first;
}

export interface PageOrder<T> {
  column: string;
  direction: 'ASC' | 'DESC';
  value: (row: T) => unknown;
  /** The sort value's type; by default read from the entity metadata of `column`. */
  kind?: SortKind;
  /** The row id's type; by default read from the entity metadata. */
  idKind?: IdKind;
}

/**
 * Keyset pagination over `(sortColumn, id)`: one query for the page, whatever the page size,
 * and one for the count when (and only when) the query selects `totalCount`.
 */
export async function paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, args: PageArgs, order: PageOrder<T>): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const alias = qb.alias;
  const idColumn = `${alias}.id`;
  // The cursor is checked before any statement runs.
  const cursor = args.after
    ? decodeTypedCursor(args.after, { sort: order.kind ?? sortKindOf(qb, order.column), id: order.idKind ?? idKindOf(qb, idColumn) })
    : null;
  const counted = qb.clone();
  const page = qb.clone();
  if (cursor) {
    const [sortValue, id] = cursor;
    const op = order.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${order.column}, ${idColumn}) ${op} (:cursorSort, :cursorId)`, { cursorSort: sortValue, cursorId: id });
  }
  page.orderBy(order.column, order.direction).addOrderBy(idColumn, order.direction).take(undefined).limit(size + 1);
  const rows = await page.getMany();
  const hasNextPage = rows.length > size;
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor([order.value(node), (node as unknown as { id: unknown }).id]), node }));
  return lazyCount({ nodes, edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } }, () => counted.getCount());
}

/**
 * Counting is the most expensive statement of a list (every row of a department, issue 12),
 * and most queries never ask: the count runs once, when GraphQL reads `totalCount`.
 */
function lazyCount<T>(page: Omit<Connection<T>, 'totalCount'>, count: () => Promise<number>): Connection<T> {
  let counted: Promise<number> | undefined;
  return Object.defineProperty(page, 'totalCount', { enumerable: true, get: () => (counted ??= count()) }) as Connection<T>;
}
