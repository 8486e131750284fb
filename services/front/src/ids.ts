import { badInput, isUuid } from '@phoihop/core';

/** Ids are UUIDs; anything else is bad input on the named field, before any SQL runs. */
export function requireUuid(field: string, value: string): string {
  if (!isUuid(value)) throw badInput(field, `${field} không phải là mã hợp lệ.`);
  return value;
}
