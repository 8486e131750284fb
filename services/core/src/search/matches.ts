import type { GraphContext } from '../context';
import { errorCode } from '../errors';
import { snippetOf, type TextRange } from './snippet';
import { compareHits, type SearchKindCode, type SearchPosition, type SearchRequest } from './request';

/**
 * One kind of record a service indexes: its table and the SQL of its title, body and date
 * (`t` is the table's alias), and the read check of the kind — the same rule as reading the
 * entity, so search never shows what the entity's own field would refuse.
 */
export interface SearchSource {
  kind: SearchKindCode;
  table: string;
  title: string;
  /** The text beyond the title, when the record has one. */
  body?: string;
  /** The date a hit is as recent as (ISO date text). */
  at: string;
  /** The jurisdiction column; `t.jurisdiction_id` when absent. */
  jurisdiction?: string;
  /** The service whose `byId` reads the entity under its rule: what it returns is readable. */
  reader(ctx: GraphContext): { byId(id: string): Promise<unknown> };
}

export interface SearchMatch extends SearchPosition {
  title: string;
  snippet: string;
  highlights: TextRange[];
}

export interface SearchMatches {
  total: number;
  matches: SearchMatch[];
}

/** Rows a kind may rank at most; the read check runs on these. */
const CANDIDATES = 500;

/** The document a source's index is built on: the expression must match its migration's. */
export const searchDocument = (s: Pick<SearchSource, 'title' | 'body'>): string => (s.body ? `${s.title} || ' ' || coalesce(${s.body}, '')` : s.title);

interface Row {
  id: string;
  title: string;
  body: string | null;
  at: string;
  rank: number;
}

async function matchesOf(ctx: GraphContext, s: SearchSource, r: SearchRequest): Promise<SearchMatch[]> {
  const folded = r.words.join(' ');
  const doc = `public.phoihop_fold(${searchDocument(s)})`;
  // One LIKE per word: a trigram GIN index answers each, not a LIKE ALL over an array.
  const contains = r.words.map((_, i) => `${doc} LIKE $${i + 3}`).join(' AND ');
  // Relevance: how well the words match the title (counted twice) and the whole record.
  const rows: Row[] = await ctx.db.query(
    `SELECT t.id::text AS id, ${s.title} AS title, ${s.body ?? 'NULL::text'} AS body, (${s.at})::date::text AS at,
            round(((2 * public.word_similarity($1, public.phoihop_fold(${s.title})) + public.word_similarity($1, ${doc})) / 3)::numeric, 4)::float8 AS rank
       FROM ${s.table} t
      WHERE ${contains} AND ($2::uuid IS NULL OR ${s.jurisdiction ?? 't.jurisdiction_id'} = $2::uuid)
      ORDER BY rank DESC, at DESC, t.id
      LIMIT ${CANDIDATES}`,
    [folded, r.jurisdictionId, ...r.words.map((w) => `%${w.replace(/[%_\\]/g, '\\$&')}%`)],
  );
  const reader = s.reader(ctx);
  const readable = rows.length ? await readableThrough(rows.map((row) => row.id), (id) => reader.byId(id)) : new Set<string>();
  return rows
    .filter((row) => readable.has(row.id))
    .map((row) => ({ kind: s.kind, id: row.id, at: row.at, rank: row.rank, title: row.title, ...snippetOf(row.body ? `${row.title} — ${row.body}` : row.title, r.words) }));
}

/**
 * A service's part of a search: its readable matches after the cursor, at most one page and
 * one more (the merge needs no more from any service), and how many there are in all.
 */
export async function findMatches(ctx: GraphContext, sources: readonly SearchSource[], r: SearchRequest): Promise<SearchMatches> {
  const wanted = sources.filter((s) => r.kinds.includes(s.kind));
  const all = (await Promise.all(wanted.map((s) => matchesOf(ctx, s, r)))).flat().sort(compareHits);
  const after = r.after;
  return { total: all.length, matches: (after ? all.filter((m) => compareHits(after, m) < 0) : all).slice(0, r.first + 1) };
}

const REFUSED = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND']);

/**
 * The read check of a source through the entity's own read (the service's `byId`): what it
 * returns is readable; null, FORBIDDEN or UNAUTHENTICATED is not. Batched by the service's loaders.
 */
async function readableThrough(ids: readonly string[], read: (id: string) => Promise<unknown>): Promise<Set<string>> {
  const seen = await Promise.all(
    ids.map((id) =>
      read(id).then(
        (row) => (row ? id : null),
        (e: unknown) => {
          if (REFUSED.has(errorCode(e) ?? '')) return null;
          throw e;
        },
      ),
    ),
  );
  return new Set(seen.filter((id): id is string => id !== null));
}
