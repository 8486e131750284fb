import { isIsoDate } from '../scalars';

/**
 * Calendar dates as ISO strings 'YYYY-MM-DD', with arithmetic on day numbers (days since
 * 1970-01-01, UTC). No local-time `Date` is ever built, so a server's time zone cannot
 * shift a date by one.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;

/** Thrown for a string that is not a real calendar date. */
export class InvalidDateError extends Error {
  constructor(readonly value: unknown) {
    super(`Not an ISO calendar date (YYYY-MM-DD): ${String(value)}`);
    this.name = 'InvalidDateError';
  }
}

/** Type guard for input of unknown shape; the check itself is the `Date` scalar's. */
export function isCalendarDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && isIsoDate(value);
}

/** Days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  if (!isCalendarDate(date)) throw new InvalidDateError(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return fromDayNumber(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', the form Vietnamese documents write. */
export function formatVi(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

const WEEKDAY_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
export const weekdayVi = (date: IsoDate): string => WEEKDAY_VI[weekday(date)];

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
