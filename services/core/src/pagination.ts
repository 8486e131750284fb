import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
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
  totalCount: number;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) return v;
  } catch {
    /* fall through */
  }
  throw badInput(field, 'Invalid cursor');
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw badInput('first', `first must be between 0 and ${MAX_PAGE}`);
  }
  return first;
}

/**
 * Keyset pagination over `(sortColumn, id)`: one query for the page and one for the count,
 * whatever the page size.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  order: { column: string; direction: 'ASC' | 'DESC'; value: (row: T) => unknown },
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const alias = qb.alias;
  const idColumn = `${alias}.id`;
  const totalCount = await qb.clone().getCount();
  const page = qb.clone();
  if (args.after) {
    const [sortValue, id] = decodeCursor(args.after);
    const op = order.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${order.column}, ${idColumn}) ${op} (:cursorSort, :cursorId)`, { cursorSort: sortValue, cursorId: id });
  }
  page.orderBy(order.column, order.direction).addOrderBy(idColumn, order.direction).take(undefined).limit(size + 1);
  const rows = await page.getMany();
  const hasNextPage = rows.length > size;
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor([order.value(node), (node as unknown as { id: unknown }).id]), node }));
  return { nodes, edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
