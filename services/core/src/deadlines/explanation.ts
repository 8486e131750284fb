import type { IsoDate } from '../calendar/dates';
import type { HolidayCode } from '../calendar/model';
import type { Counting, DeadlineDirection } from './rules';

export interface SkippedDay {
  date: IsoDate;
  reason: string;
  holiday: HolidayCode | null;
}

export interface SuspensionApplied {
  from: IsoDate;
  /** Null while the suspension is open (the clock is paused). */
  to: IsoDate | null;
  /** Days added back, in the rule's counting unit; 0 when it did not touch the period. */
  daysAdded: number;
  applied: boolean;
}

/** How a due date was computed, for the `Deadline.explanation` field and for audits. */
export interface DeadlineExplanation {
  rule: { code: string; version: number; legalBasis: string; variant: string | null };
  start: IsoDate;
  counting: Counting;
  direction: DeadlineDirection;
  /** Days of the rule (or variant) before extensions and suspensions; null for an explicit date. */
  baseDays: number | null;
  extensions: { granted: number; max: number; daysEach: number; daysAdded: number };
  suspensions: SuspensionApplied[];
  /** Days counted in the rule's unit: base + extensions + suspended days. */
  daysCounted: number;
  /** Explicit date from the issuing act, when there is one. */
  explicitDue: IsoDate | null;
  /** The date the count ends on, before a day off moved it (Civil Code 2015, Art. 148). */
  countedEnd: IsoDate | null;
  /** Days off passed over: not counted (WORKING), or moved across (CALENDAR), each with why. */
  skipped: SkippedDay[];
  /** Set when a cap (the next regular session) brought the due date earlier. */
  cappedBy: IsoDate | null;
  paused: boolean;
  due: IsoDate | null;
  /** One Vietnamese sentence. */
  summary: string;
}
