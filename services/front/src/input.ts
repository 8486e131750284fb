import { badInput, nfc } from '@phoihop/core';

const MAX_TEXT = 4000;

/** Trimmed NFC text; BAD_USER_INPUT naming the field when empty (if required) or too long. */
export function text(field: string, value: string, required = true): string | null {
  const v = nfc(value.trim());
  if (!v && required) throw badInput(field, 'Nội dung không được để trống.');
  if (v.length > MAX_TEXT) throw badInput(field, `Tối đa ${MAX_TEXT} ký tự.`);
  return v || null;
}

export const requiredText = (field: string, value: string): string => text(field, value, true)!;
export const optionalText = (field: string, value: string | null | undefined): string | null => (value ? text(field, value, false) : null);
