import { referenceData, WorkingCalendar } from '@phoihop/core';
import type { DataSource } from 'typeorm';

/**
 * The one place this service and the workers get their working calendar: the admin-edited
 * copy in the `reference` schema, or the shipped official schedules while that schema has
 * not been created in this database yet (a fresh test database, a subgraph started alone).
 */
export async function loadCalendar(db: DataSource): Promise<WorkingCalendar> {
  try {
    return await referenceData.loadCalendar(db);
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return WorkingCalendar.official();
    throw error;
  }
}

/** Drops the cached calendar after an edit, in this process. */
export function invalidateCalendar(): void {
  referenceData.invalidate();
}
