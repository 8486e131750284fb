import { z } from 'zod';
import { isCalendarDate } from './calendar/dates';
import { badInput } from './errors';
import { isUuid } from './ids';
import { nfc } from './text';

/**
 * The one input module: every helper takes the field first (a dotted path into the
 * arguments, `input.subject`), then the value, then options. Each refuses with
 * BAD_USER_INPUT naming the field, before any SQL runs.
 */

/** Length limits of text inputs (characters, after trimming), stated in the schema descriptions. */
export const TEXT_LIMIT = {
  /** Numbers, codes, decision and document numbers. */
  code: 100,
  /** Names of people, bodies and places. */
  name: 300,
  /** Subjects, titles, one-line summaries. */
  title: 1000,
  /** Contents, conclusions, answers, minutes. */
  text: 20_000,
} as const;

/** Anything a String argument may not carry: NUL and other C0 controls (tab and line breaks allowed), lone surrogates, non-characters. */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses text a database or a reader cannot hold faithfully. */
export function validUnicode(field: string, value: string): string {
  if (INVALID.test(value)) throw badInput(field, 'Văn bản chứa ký tự không hợp lệ (ký tự điều khiển hoặc mã Unicode hỏng).');
  return value;
}

export interface TextOptions {
  /** What the field is, for the message: "trích yếu nội dung đơn". */
  what?: string;
  /** Maximum length; `TEXT_LIMIT.text` when left out. */
  max?: number;
}

function clean(field: string, value: string, max: number): string {
  const v = nfc(validUnicode(field, value).trim());
  if (v.length > max) throw badInput(field, `Tối đa ${max.toLocaleString('vi-VN')} ký tự (đã nhập ${v.length.toLocaleString('vi-VN')}).`);
  return v;
}

/** Trimmed NFC text that must not be empty. */
export function requiredText(field: string, value: string | null | undefined, o: TextOptions = {}): string {
  const v = clean(field, value ?? '', o.max ?? TEXT_LIMIT.text);
  if (!v) throw badInput(field, o.what ? `Cần nhập ${o.what}.` : 'Không được để trống.');
  return v;
}

/** Trimmed NFC text or null when blank; `undefined` (left out of an update) stays undefined. */
export function optionalText(field: string, value: string | null | undefined, o: TextOptions = {}): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return clean(field, value, o.max ?? TEXT_LIMIT.text) || null;
}

/** `requiredText` for an update: `undefined` (left out) stays undefined, anything given must not be blank. */
export function changedText(field: string, value: string | null | undefined, o: TextOptions = {}): string | undefined {
  return value === undefined ? undefined : requiredText(field, value, o);
}

const emailSchema = z.email();

/** A mailbox address, lower-cased, or null when blank; `undefined` stays undefined. */
export function emailAddress(field: string, value: string | null | undefined): string | null | undefined {
  const v = optionalText(field, value, { max: TEXT_LIMIT.name });
  if (!v) return v;
  if (!emailSchema.safeParse(v).success) throw badInput(field, `Địa chỉ thư điện tử "${v}" không hợp lệ.`);
  return v.toLowerCase();
}

/** A phone number: digits with optional leading +, spaces, dots or dashes; 9 to 15 digits. */
export function phoneNumber(field: string, value: string | null | undefined): string | null | undefined {
  const v = optionalText(field, value, { max: TEXT_LIMIT.code });
  if (!v) return v;
  const digits = v.replace(/[\s.-]/g, '');
  if (!/^\+?\d{9,15}$/.test(digits)) throw badInput(field, `Số điện thoại "${v}" không hợp lệ.`);
  return digits;
}

/** An id: a UUID (it never reaches Postgres otherwise). */
export function uuid(field: string, value: string): string {
  if (typeof value !== 'string' || !isUuid(value)) throw badInput(field, `Mã định danh không hợp lệ: ${JSON.stringify(value)}.`);
  return value;
}

/** A list of ids, each a UUID, duplicates dropped in order. */
export function uuids(field: string, values: readonly string[] | null | undefined): string[] {
  const list = [...new Set(values ?? [])];
  list.forEach((v, i) => uuid(`${field}.${i}`, v));
  return list;
}

/** A calendar date `YYYY-MM-DD`. */
export function calendarDate(field: string, value: string): string {
  if (!isCalendarDate(value)) throw badInput(field, `Ngày không hợp lệ: ${JSON.stringify(value)}.`);
  return value;
}

/** A date that is not after `limit` (usually today). */
export function notAfter(field: string, value: string, limit: string, message = 'Ngày không được sau hôm nay.'): string {
  if (calendarDate(field, value) > limit) throw badInput(field, message);
  return value;
}

/** Refuses `later` before `earlier`, naming the later field. */
export function inOrder(field: string, earlier: string | null | undefined, later: string | null | undefined, message: string): void {
  if (earlier && later && later < earlier) throw badInput(field, message);
}

/** One of the allowed values (an enum narrower than its GraphQL type). */
export function oneOf<T extends string>(field: string, value: string, allowed: readonly T[], message?: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw badInput(field, message ?? `Giá trị ${value} không được phép ở đây.`);
  return value as T;
}

/** A whole number within bounds. */
export function intBetween(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, `Phải là số nguyên từ ${min} đến ${max}.`);
  return value;
}
