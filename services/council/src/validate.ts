import { badInput, nfc, uuid } from '@phoihop/core';

export { isUniqueViolation } from '@phoihop/core';

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

export { uuid };

export function uuids(field: string, values: readonly string[] | null | undefined): string[] {
  const list = [...new Set(values ?? [])];
  list.forEach((v, i) => uuid(`${field}.${i}`, v));
  return list;
}

/** Refuses `later` before `earlier`, naming the later field. */
export function inOrder(field: string, earlier: string | null | undefined, later: string | null | undefined, message: string): void {
  if (earlier && later && later < earlier) throw badInput(field, message);
}
