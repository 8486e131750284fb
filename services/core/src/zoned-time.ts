import { TZDate } from '@date-fns/tz';

/** A wall-clock time in a zone: the local date and the minutes since local midnight. */
/** 'HH:MM' or 'HH:MM:SS' → minutes after midnight. */
export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export interface LocalTime {
  date: string;
  minutes: number;
}

const MINUTE_MS = 60_000;

/** Where an instant falls on the wall clock of a time zone. */
export function toLocalTime(at: Date, timeZone: string): LocalTime {
  const local = new TZDate(at.getTime(), timeZone);
  const date = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
  const minutes = local.getHours() * 60 + local.getMinutes() + (local.getSeconds() * 1000 + local.getMilliseconds()) / MINUTE_MS;
  return { date, minutes };
}

/** The instant at `minutes` after local midnight of a date (YYYY-MM-DD) in a time zone. */
export function instantAt(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const whole = Math.floor(minutes);
  const local = new TZDate(y, m - 1, d, Math.floor(whole / 60), whole % 60, 0, Math.round((minutes - whole) * MINUTE_MS), timeZone);
  return new Date(local.getTime());
}
