import { auditLogMigration, prepareDatabase, serviceDataSource, type OwnedSchema } from '@phoihop/core';
import type { DataSource } from 'typeorm';
import { DeadlineEvent } from './deadlines/deadline-event.entity';
import { Deadline } from './deadlines/deadline.entity';
import { Notification } from './inbox/notification.entity';
import { Workflow1764100000000 } from './migrations/1764100000000-Workflow';
import { Preferences1764100000100 } from './migrations/1764100000100-Preferences';
import { Deliveries1764100000101 } from './migrations/1764100000101-Deliveries';
import { OutboxProcessed1764100000200 } from './migrations/1764100000200-OutboxProcessed';
import { FollowedSessions1766100000100 } from './migrations/1766100000100-FollowedSessions';
import { DeliveriesPlanned1764100000201 } from './migrations/1764100000201-DeliveriesPlanned';
import { InboxEvents1764100000300 } from './migrations/1764100000300-InboxEvents';
import { FinalFailure1764100000301 } from './migrations/1764100000301-FinalFailure';
import { EscalationOffsets1764100000400 } from './migrations/1764100000400-EscalationOffsets';
import { QuestioningCommitmentPolicy1766000000100 } from './migrations/1766000000100-QuestioningCommitmentPolicy';
import { EscalationPolicy } from './policies/escalation-policy.entity';
import { NotificationPreference } from './preferences/notification-preference.entity';

/**
 * The `workflow` schema: the deadline ledger, the inbox, preferences, deliveries and the
 * escalation policies. The notifications subgraph (its graph face) and the workers (its
 * writers) are its one owner in two processes (DESIGN.md rule 1); both take it from here.
 */
export const WORKFLOW_SCHEMA: OwnedSchema = {
  schema: 'workflow',
  entities: [Deadline, DeadlineEvent, Notification, EscalationPolicy, NotificationPreference],
  migrations: [Workflow1764100000000, Preferences1764100000100, Deliveries1764100000101, OutboxProcessed1764100000200, DeliveriesPlanned1764100000201, InboxEvents1764100000300, FinalFailure1764100000301, EscalationOffsets1764100000400, auditLogMigration('workflow', 1765400000000), QuestioningCommitmentPolicy1766000000100, FollowedSessions1766100000100],
};

/** A DataSource of the workflow schema (not yet initialized). */
export const workflowDataSource = (url: string): DataSource => serviceDataSource(WORKFLOW_SCHEMA, url);

/** Creates the database when missing, prepares the reference schema and migrates the workflow schema. */
export const prepareWorkflowDatabase = (databaseUrl: string): Promise<DataSource> => prepareDatabase(WORKFLOW_SCHEMA, { databaseUrl });

export { Deadline, finalFailure, type DeadlineState, type StagedDeadline, type FinalFailure, type StoredExplanation } from './deadlines/deadline.entity';
export { DeadlineEvent, type DeadlineEventKind, type EventRecipient } from './deadlines/deadline-event.entity';
export { LEDGER_COLUMNS } from './deadlines/ledger-columns';
export { Notification, notificationKey, type Inbox, type RecipientType } from './inbox/notification.entity';
export { addressesOf, bodyRecipient, type Recipient } from './inbox/recipients';
export * from './inbox/inbox-feed';
export { INBOX_CHANNEL } from './migrations/1764100000300-InboxEvents';
export { EscalationPolicy } from './policies/escalation-policy.entity';
export { ALSO_RAISING, DEFAULT_STAGES, stageCode, validateStages, type PolicyStage, type RecipientRule, type StageKind } from './policies/stages';
export { NotificationPreference, type NotificationChannel } from './preferences/notification-preference.entity';
export { webhookTargetProblem, type WebhookTargetRules } from './preferences/webhook-target';
export { nextStage, openingTime, placeStages, stageJobId, type LedgerPosition, type PlannedStage, type StageJobData } from './schedule/plan';
export { DEADLINES_RESCHEDULE, requestReschedule, type RescheduleRequest } from './requests/reschedule-request';
export { DEADLINES_RECOMPUTE, requestRecompute, type RecomputeRequest } from './requests/recompute-request';
export { WorkflowStore } from './store';
export * from './delivery/delivery.store';
