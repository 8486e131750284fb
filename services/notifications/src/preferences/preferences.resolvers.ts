import type { Resolvers } from '../generated/graphql';
import { PreferencesService } from './preferences.service';

const hhmm = (t: string | null) => (t ? t.slice(0, 5) : null);

export const preferenceResolvers: Resolvers = {
  Me: {
    notificationPreferences: (_, __, ctx) => new PreferencesService(ctx).mine(),
  },
  Query: {
    departmentNotificationPreferences: (_, { departmentId }, ctx) => new PreferencesService(ctx).ofDepartment(departmentId),
  },
  Mutation: {
    updateNotificationPreferences: (_, { input }, ctx) => new PreferencesService(ctx).updateMine(input),
    updateDepartmentNotificationPreferences: (_, { departmentId, input }, ctx) =>
      new PreferencesService(ctx).updateDepartment(departmentId, input),
  },
  NotificationPreferences: {
    quietHoursStart: (p) => hhmm(p.quietHoursStart),
    quietHoursEnd: (p) => hhmm(p.quietHoursEnd),
  },
};
