import type { Role } from '../auth';
import type { GraphContext } from '../context';
import { badInput } from '../errors';
import { encodeCursor, pageSize, type Connection, type PageArgs } from '../pagination';

/**
 * Who reads a jurisdiction's scorecards: as the report's non-public parts (the plan behind
 * next year's tasks, council's coordinationRule), the coordination records' readers of the
 * jurisdiction; ADMIN and SERVICE always.
 */
export const SCORECARD_READERS: readonly Role[] = ['COUNCIL_STANDING', 'DELEGATE', 'COMMITTEE_LEADER', 'FRONT_STANDING', 'INSPECTOR', 'FRONT_STAFF', 'DEPARTMENT_STAFF'];

/** UNAUTHENTICATED / FORBIDDEN unless the user may read the jurisdiction's scorecards. */
export function requireScorecardReader(ctx: GraphContext, jurisdictionId: string): void {
  ctx.access.require(SCORECARD_READERS, { jurisdictionId });
}

/**
 * A page of a short list sorted in memory (a jurisdiction's departments or delegates): the
 * cursor names the order and the last row's id, so a page of another order is refused.
 */
export function pageOfSorted<T>(rows: readonly T[], idOf: (row: T) => string, order: string, args: PageArgs): Connection<T> {
  const size = pageSize(args.first);
  let from = 0;
  if (args.after) {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'));
    } catch {
      decoded = null;
    }
    const [cursorOrder, id] = Array.isArray(decoded) ? decoded : [];
    const at = cursorOrder === order ? rows.findIndex((r) => idOf(r) === id) : -1;
    if (at < 0) throw badInput('after', 'Con trỏ phân trang không hợp lệ.');
    from = at + 1;
  }
  const page = rows.slice(from, from + size);
  const edges = page.map((node) => ({ cursor: encodeCursor([order, idOf(node)]), node }));
  return { nodes: page, edges, pageInfo: { hasNextPage: from + size < rows.length, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: rows.length };
}

/** A scorecard's year: from 1990 to this year (BAD_USER_INPUT on `year` otherwise). */
export function scorecardYear(ctx: GraphContext, year: number): number {
  const thisYear = Number(ctx.today().slice(0, 4));
  if (!Number.isInteger(year) || year < 1990 || year > thisYear) throw badInput('year', `Năm phải từ 1990 đến ${thisYear}.`);
  return year;
}
