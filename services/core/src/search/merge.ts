import type { Connection } from '../pagination';
import type { SearchMatch, SearchMatches } from './matches';
import { compareHits, searchCursor, type SearchRequest } from './request';

/** The page of the merged order, from every service's part (each already cut to a page and one). */
export function mergeMatches(r: SearchRequest, parts: readonly SearchMatches[]): Connection<SearchMatch> {
  const merged = parts.flatMap((p) => p.matches).sort(compareHits);
  const page = merged.slice(0, r.first);
  const edges = page.map((node) => ({ cursor: searchCursor(node), node }));
  return {
    nodes: page,
    edges,
    pageInfo: { hasNextPage: merged.length > r.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: parts.reduce((n, p) => n + p.total, 0),
  };
}
