import { computeDeadline, DEFAULT_DEADLINE_RULES, WorkingCalendar, type DeadlineInput } from '@phoihop/core';

const calendar = WorkingCalendar.official();

/** A due date by the default rules on the official calendar, as the graph would compute it. */
export const due = (input: DeadlineInput) => computeDeadline(input, DEFAULT_DEADLINE_RULES, calendar);
