import { SHARED_SDL, auditResolvers, loadTypeDefs, mergeResolvers, scalarResolvers, type ServiceDefinition } from '@phoihop/core';
import { WORKFLOW_SCHEMA } from '@phoihop/workflow';
import { calendarResolvers } from './calendar/calendar.resolvers';
import { deadlineResolvers } from './deadlines/deadlines.resolvers';
import { inboxResolvers } from './inbox/inbox.resolvers';
import { policyResolvers } from './policies/policies.resolvers';
import { preferenceResolvers } from './preferences/preferences.resolvers';
import { ruleResolvers } from './rules/rules.resolvers';
import { scorecardResolvers } from './scorecards/scorecards.resolvers';

/** Thông báo và thời hạn — the graph face of the `workflow` schema that the workers write. */
export const notifications: ServiceDefinition = {
  name: 'notifications',
  ...WORKFLOW_SCHEMA,
  typeDefs: loadTypeDefs(__dirname, SHARED_SDL.deadlineRules, SHARED_SDL.audit),
  resolvers: mergeResolvers(scalarResolvers, auditResolvers('notifications', []), deadlineResolvers, inboxResolvers, policyResolvers, calendarResolvers, preferenceResolvers, ruleResolvers, scorecardResolvers),
};
