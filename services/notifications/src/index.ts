import { SHARED_SDL, loadTypeDefs, mergeResolvers, scalarResolvers, type ServiceDefinition } from '@phoihop/core';
import { calendarResolvers } from './calendar/calendar.resolvers';
import { DeadlineEvent } from './deadlines/deadline-event.entity';
import { Deadline } from './deadlines/deadline.entity';
import { deadlineResolvers } from './deadlines/deadlines.resolvers';
import { inboxResolvers } from './inbox/inbox.resolvers';
import { Notification } from './inbox/notification.entity';
import { Workflow1764100000000 } from './migrations/1764100000000-Workflow';
import { Preferences1764100000100 } from './migrations/1764100000100-Preferences';
import { Deliveries1764100000101 } from './migrations/1764100000101-Deliveries';
import { OutboxProcessed1764100000200 } from './migrations/1764100000200-OutboxProcessed';
import { DeliveriesPlanned1764100000201 } from './migrations/1764100000201-DeliveriesPlanned';
import { EscalationPolicy } from './policies/escalation-policy.entity';
import { policyResolvers } from './policies/policies.resolvers';
import { NotificationPreference } from './preferences/notification-preference.entity';
import { preferenceResolvers } from './preferences/preferences.resolvers';
import { ruleResolvers } from './rules/rules.resolvers';

/** Thông báo và thời hạn — the graph face of the `workflow` schema that the workers write. */
export const notifications: ServiceDefinition = {
  name: 'notifications',
  schema: 'workflow',
  typeDefs: loadTypeDefs(__dirname, SHARED_SDL.deadlineRules),
  resolvers: mergeResolvers(scalarResolvers, deadlineResolvers, inboxResolvers, policyResolvers, calendarResolvers, preferenceResolvers, ruleResolvers),
  entities: [Deadline, DeadlineEvent, Notification, EscalationPolicy, NotificationPreference],
  migrations: [Workflow1764100000000, Preferences1764100000100, Deliveries1764100000101, OutboxProcessed1764100000200, DeliveriesPlanned1764100000201],
};

export { seedDemo } from './demo';
export { Deadline, type DeadlineState } from './deadlines/deadline.entity';
export { DeadlineEvent, type DeadlineEventKind, type EventRecipient } from './deadlines/deadline-event.entity';
export { Notification, notificationKey, type RecipientType } from './inbox/notification.entity';
export { bodyRecipient, type Recipient } from './inbox/recipients';
export { EscalationPolicy } from './policies/escalation-policy.entity';
export { DEFAULT_STAGES, stageCode, validateStages, type PolicyStage, type RecipientRule } from './policies/stages';
export * from './schedule/plan';
export { DEADLINES_RESCHEDULE, requestReschedule, type RescheduleRequest } from './schedule/reschedule';
export { DEADLINES_RECOMPUTE, requestRecompute, type RecomputeRequest } from './rules/recompute-request';
export { webhookTargetProblem, type WebhookTargetRules } from './preferences/webhook-target';
