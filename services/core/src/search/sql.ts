import type { QueryRunner } from 'typeorm';

/**
 * Installs what every service's search index uses, once per database: the `unaccent` and
 * `pg_trgm` extensions and `public.phoihop_fold(text)`, an IMMUTABLE unaccent + lower (the
 * stock `unaccent(text)` is only STABLE, so it cannot appear in an index). Extensions live per
 * database, in `public`, where every service's schema sees them; the advisory lock serialises
 * the services' migrations, which run at the same time on the first start.
 */
export async function installSearchFunctions(q: QueryRunner): Promise<void> {
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('phoihop.search-functions'))`);
  await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
  await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
  await q.query(`
    CREATE OR REPLACE FUNCTION public.phoihop_fold(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate($1, 'đĐ', 'dD'))) $$`);
}

/** A trigram GIN index on the folded document of a table (the `LIKE` of search uses it). */
export const searchIndexSql = (table: string, name: string, document: string): string =>
  `CREATE INDEX IF NOT EXISTS "${name}" ON ${table} USING gin (public.phoihop_fold(${document}) public.gin_trgm_ops)`;
