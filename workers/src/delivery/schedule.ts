/**
 * When a message may go out: inside office hours on a working day of the recipient's
 * calendar, outside the recipient's quiet hours. Pure functions of an instant; the time
 * zone arithmetic is core's, so the server's own zone never matters.
 */
import { addDays, instantAt, toLocalTime } from '@phoihop/core';

/** Minutes after local midnight, [start, end). */
export interface MinuteRange {
  start: number;
  end: number;
}

export interface DeliveryWindow {
  timeZone: string;
  workingHours: MinuteRange;
  /** The recipient's calendar (DESIGN.md: deadlines and working days from one calendar). */
  isWorkingDay(date: string): boolean;
  /** May wrap midnight (start > end). */
  quietHours?: MinuteRange | null;
}

const DAY = 24 * 60;
/** A calendar with a year of days off in a row is broken data; stop rather than spin. */
const MAX_DAYS = 400;

function inQuiet(minutes: number, quiet: MinuteRange | null | undefined): boolean {
  if (!quiet || quiet.start === quiet.end) return false;
  return quiet.start < quiet.end
    ? minutes >= quiet.start && minutes < quiet.end
    : minutes >= quiet.start || minutes < quiet.end;
}

/** The first minute at or after `from` on that day when sending is allowed; null if none. */
function firstAllowedMinute(from: number, w: DeliveryWindow): number | null {
  let m = Math.max(from, w.workingHours.start);
  while (m < w.workingHours.end) {
    if (!inQuiet(m, w.quietHours)) return m;
    const q = w.quietHours!;
    m = q.start < q.end || m < q.end ? q.end : DAY;
  }
  return null;
}

/** `at` itself when a message may go out then, else the start of the next allowed slot. */
export function nextDeliverySlot(at: Date, w: DeliveryWindow): Date {
  const now = toLocalTime(at, w.timeZone);
  for (let i = 0; i < MAX_DAYS; i++) {
    const date = addDays(now.date, i);
    if (!w.isWorkingDay(date)) continue;
    const minute = firstAllowedMinute(i === 0 ? now.minutes : 0, w);
    if (minute === null) continue;
    return i === 0 && minute === now.minutes ? at : instantAt(date, minute, w.timeZone);
  }
  throw new Error(`No delivery slot within ${MAX_DAYS} days of ${at.toISOString()}`);
}

/**
 * When today's (or the next) daily digest goes out: `hour`:00 on the first working day whose
 * digest time is not yet past, moved into an allowed slot when quiet hours cover it.
 */
export function nextDigestTime(at: Date, hour: number, w: DeliveryWindow): { date: string; at: Date } {
  const now = toLocalTime(at, w.timeZone);
  for (let i = 0; i < MAX_DAYS; i++) {
    const date = addDays(now.date, i);
    if (!w.isWorkingDay(date)) continue;
    const minute = firstAllowedMinute(hour * 60, w);
    if (minute === null || (i === 0 && minute < now.minutes)) continue;
    return { date, at: instantAt(date, minute, w.timeZone) };
  }
  throw new Error(`No digest slot within ${MAX_DAYS} days of ${at.toISOString()}`);
}
