import { referenceData } from '@phoihop/core';
import type { DataSource } from 'typeorm';

/** Which days are working days: the admin-edited official calendar of the deployment. */
export interface WorkingDays {
  isWorkingDay(date: string): boolean;
}

export type CalendarSource = () => Promise<WorkingDays>;

/**
 * The one place the delivery worker learns the calendar: the admin-edited `reference`
 * schema, cached per DataSource and refreshed on every edit.
 */
export const calendarOf = (db: DataSource): CalendarSource => () => referenceData.loadCalendar(db);
