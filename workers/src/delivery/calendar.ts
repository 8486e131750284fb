import { loadCalendar } from '@phoihop/notifications';
import type { DataSource } from 'typeorm';

/** Which days are working days: the admin-edited official calendar of the deployment. */
export interface WorkingDays {
  isWorkingDay(date: string): boolean;
}

export type CalendarSource = () => Promise<WorkingDays>;

/**
 * The one place the delivery worker learns the calendar: the notifications service's
 * loader (the `reference` schema, cached per DataSource; the official schedules until the
 * schema exists).
 */
export const calendarOf = (db: DataSource): CalendarSource => () => loadCalendar(db);
