import { badInput, nfc, requireUuid } from '@phoihop/core';

/** Trimmed NFC text, refused when blank. */
export function text(field: string, value: string): string {
  const v = nfc(value).trim();
  if (!v) throw badInput(field, 'Không được để trống.');
  return v;
}

export function optionalText(value: string | null | undefined): string | null {
  const v = value == null ? '' : nfc(value).trim();
  return v || null;
}

export const uuid = requireUuid;

export function uuids(field: string, values: readonly string[] | null | undefined): string[] {
  const list = [...new Set(values ?? [])];
  list.forEach((v, i) => uuid(`${field}.${i}`, v));
  return list;
}

/** Refuses `later` before `earlier`, naming the later field. */
export function inOrder(field: string, earlier: string | null | undefined, later: string | null | undefined, message: string): void {
  if (earlier && later && later < earlier) throw badInput(field, message);
}

/** True for Postgres unique violations, optionally of one constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.driverError?.code ?? e.code;
  const name = e.driverError?.constraint ?? e.constraint;
  return code === '23505' && (!constraint || name === constraint);
}
