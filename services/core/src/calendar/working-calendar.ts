import { nfc } from '../text';
import { addDays, fromDayNumber, isCalendarDate, InvalidDateError, isoDate, toDayNumber, weekday, weekdayVi, yearOf, type IsoDate } from './dates';
import type { CalendarDay, CalendarException, DayInfo, DecidedPeriod } from './model';
import { OFFICIAL_CALENDAR_EXCEPTIONS } from './official-calendar';
import { statutoryDays, type StatutoryDay } from './statutory';

const WEEKLY_REST = 'Bộ luật Lao động 2019, Điều 111';
/** Far enough for any deadline; a loop that walks further has a bug, not a long case. */
const MAX_WALK_DAYS = 3660;

/**
 * Working days of a Vietnamese public office: Saturdays and Sundays off, the public holidays
 * of Labour Code 2019 Art. 112 with the compensatory days of Art. 111(3), and each year's
 * official exceptions, which win over everything computed. Pure and immutable: build a new
 * one when the exceptions change.
 */
export class WorkingCalendar {
  private readonly exceptions = new Map<IsoDate, CalendarException>();
  private readonly decided = new Map<number, Set<DecidedPeriod>>();
  private readonly statutoryByYear = new Map<number, Map<IsoDate, StatutoryDay>>();
  private readonly workingByDay = new Map<number, boolean>();
  private readonly countsByYear = new Map<number, Uint16Array>();

  constructor(exceptions: readonly CalendarException[] = []) {
    for (const e of exceptions) {
      if (!isCalendarDate(e.date)) throw new InvalidDateError(e.date);
      if (this.exceptions.has(e.date)) throw new Error(`Two calendar exceptions for ${e.date}`);
      this.exceptions.set(e.date, { ...e, reason: nfc(e.reason), source: nfc(e.source), period: e.period ?? null });
      if (e.period) {
        const year = yearOf(e.date);
        const set = this.decided.get(year) ?? new Set<DecidedPeriod>();
        set.add(e.period);
        this.decided.set(year, set);
      }
    }
  }

  /** The shipped official schedules (2023–2026); services load the admin-edited copy instead. */
  static official(): WorkingCalendar {
    return new WorkingCalendar(OFFICIAL_CALENDAR_EXCEPTIONS);
  }

  /** The exceptions it was built from, in date order. */
  listExceptions(): CalendarException[] {
    return [...this.exceptions.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  dayInfo(date: IsoDate): DayInfo {
    if (!isCalendarDate(date)) throw new InvalidDateError(date);
    const exception = this.exceptions.get(date);
    const statutory = this.statutory(yearOf(date)).get(date);
    if (exception) {
      return {
        date,
        working: exception.kind === 'WORKING_DAY',
        cause: 'EXCEPTION',
        reason: exception.reason,
        source: exception.source,
        holiday: statutory?.holiday ?? (exception.kind === 'DAY_OFF' ? (exception.period ?? null) : null),
      };
    }
    if (statutory) {
      return {
        date,
        working: false,
        cause: statutory.compensatory ? 'COMPENSATORY' : 'HOLIDAY',
        reason: statutory.name,
        source: statutory.source,
        holiday: statutory.holiday,
      };
    }
    const w = weekday(date);
    if (w === 0 || w === 6) {
      return { date, working: false, cause: 'WEEKEND', reason: `Nghỉ hằng tuần (${weekdayVi(date)})`, source: WEEKLY_REST, holiday: null };
    }
    return { date, working: true, cause: 'WORKDAY', reason: null, source: null, holiday: null };
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    return this.walk(date, 1);
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: IsoDate): IsoDate {
    return this.walk(date, -1);
  }

  /** `date` itself when it is a working day, else the next one (Civil Code 2015, Art. 148). */
  rollForward(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /** `date` itself when it is a working day, else the previous one (for "n days before" limits). */
  rollBackward(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : this.previousWorkingDay(date);
  }

  /**
   * The n-th working day after `from`; `from` itself is not counted (Civil Code 2015,
   * Art. 147: a period counted in days starts on the day after the event). A negative n
   * counts backwards ("7 working days before"); 0 returns `from` unchanged.
   */
  addWorkingDays(from: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
    let day = toDayNumber(from);
    for (let i = 0; i < Math.abs(n); i++) day = this.walkDays(day, n > 0 ? 1 : -1, from);
    return fromDayNumber(day);
  }

  /**
   * `from` plus n calendar days; an end that falls on a day off moves to the next working day
   * (Civil Code 2015, Art. 148). Counting backwards (n < 0) moves it to the previous working
   * day instead, so a "7 days before" limit stays before the event.
   */
  addCalendarDays(from: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`addCalendarDays needs a whole number of days, got ${n}`);
    const end = addDays(from, n);
    return n < 0 ? this.rollBackward(end) : this.rollForward(end);
  }

  /**
   * Working days in (a, b]: the count that `addWorkingDays(a, count)` walks to reach b when b
   * is a working day. Negative when b is before a.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    if (b < a) return 0 - this.workingDaysBetween(b, a);
    // Two look-ups in per-year running counts instead of a walk over every day between:
    // `workingDaysLeft` of a list of deadlines months away asks this once per row (issue 12).
    let count = this.workingInYearUpTo(b) - this.workingInYearUpTo(a);
    for (let y = yearOf(a); y < yearOf(b); y++) count += this.runningCounts(y).at(-1)!;
    return count;
  }

  /** Working days from 1 January of the date's year to the date, both included. */
  private workingInYearUpTo(date: IsoDate): number {
    const year = yearOf(date);
    return this.runningCounts(year)[toDayNumber(date) - toDayNumber(isoDate(year, 1, 1))];
  }

  /** For each day of the year, the working days from 1 January up to it (the calendar never changes). */
  private runningCounts(year: number): Uint16Array {
    let counts = this.countsByYear.get(year);
    if (!counts) {
      const first = toDayNumber(isoDate(year, 1, 1));
      counts = new Uint16Array(toDayNumber(isoDate(year + 1, 1, 1)) - first);
      for (let i = 0, n = 0; i < counts.length; i++) counts[i] = n += this.isWorkingDayNumber(first + i) ? 1 : 0;
      this.countsByYear.set(year, counts);
    }
    return counts;
  }

  /** Every day off in [from, to], with why. */
  daysOff(from: IsoDate, to: IsoDate): DayInfo[] {
    const out: DayInfo[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) {
      const info = this.dayInfo(d);
      if (!info.working) out.push(info);
    }
    return out;
  }

  /**
   * The year's departures from the ordinary week: every weekday off, every working weekend
   * day, and the holidays that fall on a weekend (so a reader sees why the next Monday is off).
   */
  days(year: number): CalendarDay[] {
    const out: CalendarDay[] = [];
    for (let d = isoDate(year, 1, 1); yearOf(d) === year; d = addDays(d, 1)) {
      const info = this.dayInfo(d);
      if (info.cause === 'WORKDAY' || info.cause === 'WEEKEND') continue;
      const w = weekday(d);
      const weekend = w === 0 || w === 6;
      if (!info.working || weekend) out.push({ date: d, working: info.working, reason: info.reason ?? '' });
    }
    return out;
  }

  private walk(date: IsoDate, step: 1 | -1): IsoDate {
    return fromDayNumber(this.walkDays(toDayNumber(date), step, date));
  }

  private walkDays(day: number, step: 1 | -1, origin: IsoDate): number {
    let d = day;
    for (let i = 0; i < MAX_WALK_DAYS; i++) {
      d += step;
      if (this.isWorkingDayNumber(d)) return d;
    }
    throw new Error(`No working day within ${MAX_WALK_DAYS} days of ${origin}`);
  }

  /** Memoized by day number: deadline arithmetic asks about the same days again and again. */
  private isWorkingDayNumber(day: number): boolean {
    let working = this.workingByDay.get(day);
    if (working === undefined) {
      working = this.dayInfo(fromDayNumber(day)).working;
      this.workingByDay.set(day, working);
    }
    return working;
  }

  private statutory(year: number): Map<IsoDate, StatutoryDay> {
    let days = this.statutoryByYear.get(year);
    if (!days) {
      // Every statutory day and its compensatory day fall between January and September.
      days = new Map(statutoryDays(year, this.decided.get(year)).map((s) => [s.date, s]));
      this.statutoryByYear.set(year, days);
    }
    return days;
  }
}
