import type { IsoDate } from './dates';

/** An official change to the ordinary week: a day off on a weekday, or a working weekend day. */
export type CalendarExceptionKind = 'DAY_OFF' | 'WORKING_DAY';

/**
 * The two holiday periods whose exact days the Prime Minister fixes every year
 * (Labour Code 2019, Art. 112(3)): Tết and National Day. When a year's data carries rows
 * for one of them, those rows are the whole period and the computed default (including
 * its compensatory days) is dropped for that year.
 */
export type DecidedPeriod = 'TET' | 'NATIONAL_DAY';

export interface CalendarException {
  date: IsoDate;
  kind: CalendarExceptionKind;
  /** Why, in Vietnamese with diacritics (NFC). */
  reason: string;
  /** The decision or notice that ordered it. */
  source: string;
  period?: DecidedPeriod | null;
}

export type HolidayCode = 'NEW_YEAR' | 'TET' | 'HUNG_KINGS' | 'REUNIFICATION_DAY' | 'LABOUR_DAY' | 'NATIONAL_DAY';

/** Why a day is what it is; `WORKDAY` and `WEEKEND` are the ordinary week. */
export type DayCause = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'COMPENSATORY' | 'EXCEPTION';

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  cause: DayCause;
  /** Vietnamese; null on an ordinary working day. */
  reason: string | null;
  /** Legal provision or official notice behind the status; null on an ordinary working day. */
  source: string | null;
  holiday: HolidayCode | null;
}

/** The shape behind the GraphQL `CalendarDay` type. */
export interface CalendarDay {
  date: IsoDate;
  working: boolean;
  reason: string;
}
