/**
 * The one place the delivery worker learns which days are working days. The official
 * calendar lives in services/core/src/calendar (WorkingCalendar); until core exports it,
 * callers pass `isWorkingDay` from it, and this default knows only the weekly rest days.
 */
export type IsWorkingDay = (date: string) => boolean;

export const weekdaysOnly: IsWorkingDay = (date) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
};
