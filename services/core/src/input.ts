import { z } from 'zod';
import { badInput } from './errors';
import { nfc } from './text';

const email = z.email();

/** Trimmed NFC text that must not be empty; BAD_USER_INPUT naming the field otherwise. */
export function requiredText(value: string | null | undefined, field: string, what: string): string {
  const v = nfc((value ?? '').trim());
  if (!v) throw badInput(field, `Cần nhập ${what}.`);
  return v;
}

/** Trimmed NFC text or null when blank; `undefined` (left out of an update) stays undefined. */
export function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const v = nfc((value ?? '').trim());
  return v || null;
}

/** A mailbox address, lower-cased, or null when blank; `undefined` stays undefined. */
export function validEmail(value: string | null | undefined, field: string): string | null | undefined {
  const v = optionalText(value);
  if (!v) return v;
  if (!email.safeParse(v).success) throw badInput(field, `Địa chỉ thư điện tử "${v}" không hợp lệ.`);
  return v.toLowerCase();
}

/** A phone number: digits with optional leading +, spaces, dots or dashes; 9 to 15 digits. */
export function validPhone(value: string | null | undefined, field: string): string | null | undefined {
  const v = optionalText(value);
  if (!v) return v;
  const digits = v.replace(/[\s.-]/g, '');
  if (!/^\+?\d{9,15}$/.test(digits)) throw badInput(field, `Số điện thoại "${v}" không hợp lệ.`);
  return digits;
}
