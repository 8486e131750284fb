import { encodeCursor, pageSize } from '../pagination';
import { badInput } from '../errors';
import { isUuid } from '../ids';
import { foldDiacritics, nfc } from '../text';

/** The kinds of record the one search box finds (SearchKind in search.graphql). */
export const SEARCH_KINDS = ['CITIZEN_CASE', 'VOTER_PETITION', 'RECOMMENDATION', 'FRONT_RECOMMENDATION', 'RESOLUTION', 'DIRECTIVE', 'ASSIGNMENT'] as const;
export type SearchKindCode = (typeof SEARCH_KINDS)[number];

/** Where a hit stands in the merged order: relevance, then recency, then kind and id (unique). */
export interface SearchPosition {
  rank: number;
  at: string;
  kind: SearchKindCode;
  id: string;
}

/** One search as the `SearchResults` key carries it to every subgraph that contributes hits. */
export interface SearchRequest {
  text: string;
  /** The folded words every hit contains. */
  words: string[];
  kinds: SearchKindCode[];
  jurisdictionId: string | null;
  first: number;
  after: SearchPosition | null;
}

const MAX_TEXT = 200;

/** Checks the `search` arguments once, where the root field is; BAD_USER_INPUT names the argument. */
export function searchRequest(args: { text: string; kinds?: readonly string[] | null; jurisdictionId?: string | null; first?: number | null; after?: string | null }): SearchRequest {
  const text = nfc(args.text).trim();
  if (text.length > MAX_TEXT) throw badInput('text', `Nội dung tìm kiếm dài quá ${MAX_TEXT} ký tự.`);
  const words = [...new Set(foldDiacritics(text).split(' ').filter(Boolean))];
  if (words.length === 0) throw badInput('text', 'Hãy nhập nội dung cần tìm.');
  if (args.jurisdictionId != null && !isUuid(args.jurisdictionId)) throw badInput('jurisdictionId', 'Mã đơn vị hành chính không hợp lệ.');
  const kinds = args.kinds?.length ? [...new Set(args.kinds)].sort() : [...SEARCH_KINDS];
  return { text, words, kinds: kinds as SearchKindCode[], jurisdictionId: args.jurisdictionId ?? null, first: pageSize(args.first), after: args.after ? positionOf(args.after) : null };
}

/** A search cursor or key is base64url JSON of a list; anything else is refused on the argument. */
function decodeList(text: string, field: string, message: string): unknown[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value)) return value;
  } catch {
    // falls through to the refusal
  }
  throw badInput(field, message);
}

function positionOf(cursor: string): SearchPosition {
  const [rank, at, kind, id] = decodeList(cursor, 'after', 'Con trỏ phân trang không hợp lệ.');
  if (typeof rank !== 'number' || typeof at !== 'string' || !SEARCH_KINDS.includes(kind as SearchKindCode) || typeof id !== 'string' || !isUuid(id)) {
    throw badInput('after', 'Con trỏ phân trang không hợp lệ.');
  }
  return { rank, at, kind: kind as SearchKindCode, id };
}

export const searchCursor = (p: SearchPosition): string => encodeCursor([p.rank, p.at, p.kind, p.id]);

/** The entity key: the checked request, so every subgraph answers the same search. */
export const searchKey = (r: SearchRequest): string => encodeCursor([r.text, r.kinds, r.jurisdictionId, r.first, r.after && searchCursor(r.after)]);

export function requestOfKey(key: string): SearchRequest {
  const [text, kinds, jurisdictionId, first, after] = decodeList(key, 'request', 'Khóa tìm kiếm không hợp lệ.') as [string, string[], string | null, number, string | null];
  return searchRequest({ text, kinds, jurisdictionId, first, after });
}

/** Merged order: higher rank first, then the more recent, then kind and id. */
export function compareHits(a: SearchPosition, b: SearchPosition): number {
  return b.rank - a.rank || (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id);
}

/** The SearchResults entity as its key carries it (the council's and the Front's mapper). */
export interface SearchResultsKey {
  request: string;
}
