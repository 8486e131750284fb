import type { Resolvers } from '../generated/graphql';
import { CalendarService } from './calendar.service';

/** The calendar is public reference data (official days off); edits are admins'. */
export const calendarResolvers: Resolvers = {
  Query: {
    calendar: (_, { year }, ctx) => new CalendarService(ctx).year(year),
    addWorkingDays: (_, { from, days }, ctx) => new CalendarService(ctx).addWorkingDays(from, days),
  },
  Mutation: {
    setCalendarException: (_, { input }, ctx) => new CalendarService(ctx).set(input),
    removeCalendarException: (_, { date }, ctx) => new CalendarService(ctx).remove(date),
  },
};
