import type { IsoDate } from '../calendar/dates';

/** What decides whether an item is overdue. */
export interface OverdueFacts {
  /** The clock still runs (not resolved, answered, closed or cancelled). */
  open: boolean;
  due: IsoDate | null;
  /** For items whose late completion stays on the record as overdue (answers): when it was done. */
  doneOn?: IsoDate | null;
}

/** The one `overdue`: open past its due date, or (where `doneOn` is given) done after it. */
export function isOverdue(item: OverdueFacts, today: IsoDate): boolean {
  if (!item.due) return false;
  if (item.open) return today > item.due;
  return item.doneOn != null && item.doneOn > item.due;
}

/**
 * The same rule as a SQL condition over column expressions, for list filters; `today` is the
 * named parameter that carries today's date.
 */
export function overdueSql(columns: { open: string; due: string; doneOn?: string }, today = ':today'): string {
  const open = `(${columns.open} AND ${columns.due} < ${today})`;
  return columns.doneOn ? `(${open} OR (NOT (${columns.open}) AND ${columns.doneOn} > ${columns.due}))` : open;
}
