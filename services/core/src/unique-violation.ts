import type { EntityManager } from 'typeorm';

/** True for a Postgres unique violation (23505), optionally of one constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && (!constraint || name === constraint);
}

/**
 * Serialises writers of one key (a numbering sequence, a document number) until the
 * transaction ends: `SELECT count(*) + 1` or exists-then-insert under it cannot race.
 */
export async function lockKey(m: EntityManager, ...parts: Array<string | number>): Promise<void> {
  await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [parts.join(':')]);
}
